//! The case page's and the customer page's actions from the command line:
//! status, priority and owner, promises, handoffs, escalations, complaints,
//! scores, key facts, attachments, customer edits and merges. Each goes
//! through the same library action as the window, as the person named by
//! `--as`, and prints what it did (or, with `--json`, the record).

use std::path::PathBuf;

use clap::Subcommand;

use casebook::model::*;
use casebook::{clock, msg, Error, Result, Store};

use crate::args::Cli;
use crate::people::staff_id;
use crate::{act, print, t};

#[derive(Subcommand)]
pub enum CaseAction {
    /// Change a case's status, priority or owner (each a change of its own).
    Update {
        case_id: String,
        /// open, waiting, resolved or closed.
        #[arg(long)]
        status: Option<String>,
        /// low, normal, high or urgent.
        #[arg(long)]
        priority: Option<String>,
        /// The new owner's name or id; `--owner none` leaves it unassigned.
        #[arg(long)]
        owner: Option<String>,
    },
    /// Give a case a new subject.
    Rename {
        case_id: String,
        #[arg(long)]
        subject: String,
    },
    /// Hand a case to a colleague with a brief.
    Handoff {
        case_id: String,
        /// The colleague's name or id.
        #[arg(long)]
        to: String,
        /// What to do next, in your words.
        #[arg(long)]
        note: String,
    },
    /// Take a case to the owner or a shift lead, with its root cause.
    Escalate {
        case_id: String,
        #[arg(long)]
        to: String,
        #[arg(long)]
        cause: String,
        #[arg(long)]
        note: String,
    },
    /// Flag a complaint on a case (or on one of its entries).
    Complaint {
        case_id: String,
        #[arg(long)]
        summary: String,
        /// The entry it is about.
        #[arg(long)]
        entry: Option<String>,
    },
    /// The customer's score for a case, 1 (very unhappy) to 5 (very happy).
    Score {
        case_id: String,
        #[arg(long)]
        score: i64,
        #[arg(long, default_value = "")]
        comment: String,
    },
    /// Make a promise on a case, due at TIME (RFC 3339).
    Promise {
        case_id: String,
        #[arg(long)]
        text: String,
        #[arg(long, value_name = "TIME")]
        due: String,
        /// Who keeps it (name or id); the person acting if left out.
        #[arg(long)]
        owner: Option<String>,
    },
    /// Pin an entry as a key fact of the customer, or unpin it.
    Pin {
        entry_id: String,
        #[arg(long)]
        off: bool,
    },
    /// Attach files to an entry.
    Attach {
        entry_id: String,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Take an attached file off its entry (the file stays in the history).
    RemoveAttachment { attachment_id: String },
    /// Erase an attached file's content everywhere, with the reason (the owner).
    EraseAttachment {
        attachment_id: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Subcommand)]
pub enum PromiseCommand {
    /// The promise was kept.
    Keep { promise_id: String },
    /// The promise was broken; say what was done to make it right.
    Break {
        promise_id: String,
        #[arg(long)]
        recovery: String,
    },
}

#[derive(Subcommand)]
pub enum ClosingCommand {
    /// Close a complaint: what changed so it does not happen again.
    Complaint {
        complaint_id: String,
        #[arg(long)]
        what_changed: String,
        /// The customer was told what changed.
        #[arg(long)]
        told: bool,
    },
    /// Close an escalation: what changed so it does not happen again.
    Escalation {
        escalation_id: String,
        #[arg(long)]
        what_changed: String,
    },
}

#[derive(Subcommand)]
pub enum CustomerAction {
    /// Change a customer's record: each change is recorded on its own, so
    /// another desk's changes made meanwhile stay.
    Edit {
        customer_id: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long = "add-phone")]
        add_phones: Vec<String>,
        #[arg(long = "remove-phone")]
        remove_phones: Vec<String>,
        #[arg(long = "add-email")]
        add_emails: Vec<String>,
        #[arg(long = "remove-email")]
        remove_emails: Vec<String>,
        #[arg(long)]
        organisation: Option<String>,
        #[arg(long)]
        segment: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        /// The language they are written to (en, nl, de, fr, es; "" for the
        /// shop's): it picks the version of a saved reply they get.
        #[arg(long)]
        language: Option<String>,
    },
    /// Two records of one customer: keep the one added first, the other follows it.
    Merge { customer_id: String, other_id: String },
    /// What the customer expects of the shop; only the fields given change.
    Expectations {
        customer_id: String,
        /// walk_in, phone, email, chat or other; `none` for no preference.
        #[arg(long)]
        channel: Option<String>,
        #[arg(long)]
        contact_hours: Option<String>,
        #[arg(long)]
        turnaround: Option<String>,
        #[arg(long)]
        always_do: Option<String>,
        #[arg(long)]
        never_do: Option<String>,
        #[arg(long)]
        recovery: Option<String>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// Take a merge back (its id is on the customer's page and in `--json`).
    UndoMerge { merge_id: String },
    /// Two records that look alike are different people: stop suggesting them.
    NotDuplicates { customer_id: String, other_id: String },
}

fn parsed<T: std::str::FromStr<Err = Error>>(text: &Option<String>) -> Result<Option<T>> {
    text.as_deref().map(str::parse).transpose()
}

pub fn case_action(cli: &Cli, store: &mut Store, action: &CaseAction) -> Result<()> {
    match action {
        CaseAction::Update { case_id, status, priority, owner } => {
            let owner_id = match owner.as_deref() {
                None => None,
                Some("none") => Some(None),
                Some(name) => Some(Some(staff_id(store, name)?)),
            };
            let update = CaseUpdate {
                case_id: case_id.clone(),
                status: parsed(status)?,
                priority: parsed(priority)?,
                owner_id,
            };
            let case = act(cli, store, |w, ctx| w.update_case(ctx, &update))?;
            print(cli, &case, |c| {
                t(msg!("cli-case-updated", subject = c.subject.as_str(), status = c.status))
            })
        }
        CaseAction::Rename { case_id, subject } => {
            let case = act(cli, store, |w, ctx| w.rename_case(ctx, case_id, subject))?;
            print(cli, &case, |c| t(msg!("cli-case-renamed", subject = c.subject.as_str())))
        }
        CaseAction::Handoff { case_id, to, note } => {
            let to_staff_id = staff_id(store, to)?;
            let input = HandoffInput {
                case_id: case_id.clone(),
                to_staff_id,
                brief: Brief { sections: vec![], note: note.clone() },
            };
            let handoff = act(cli, store, |w, ctx| w.hand_off(ctx, &input))?;
            print(cli, &handoff, |_| t(msg!("cli-handed-off", to = to.as_str())))
        }
        CaseAction::Escalate { case_id, to, cause, note } => {
            let input = NewEscalation {
                case_id: case_id.clone(),
                to_staff_id: staff_id(store, to)?,
                cause: cause.clone(),
                note: note.clone(),
            };
            let escalation = act(cli, store, |w, ctx| w.escalate(ctx, &input))?;
            print(cli, &escalation, |e| t(msg!("cli-escalated", id = e.id.as_str())))
        }
        CaseAction::Complaint { case_id, summary, entry } => {
            let input =
                NewComplaint { case_id: case_id.clone(), event_id: entry.clone(), summary: summary.clone() };
            let complaint = act(cli, store, |w, ctx| w.flag_complaint(ctx, &input))?;
            print(cli, &complaint, |c| t(msg!("cli-complaint-flagged", id = c.id.as_str())))
        }
        CaseAction::Score { case_id, score, comment } => {
            let input = NewSatisfaction { case_id: case_id.clone(), score: *score, comment: comment.clone() };
            let recorded = act(cli, store, |w, ctx| w.record_satisfaction(ctx, &input))?;
            print(cli, &recorded, |_| t(msg!("cli-score-recorded", score = *score)))
        }
        CaseAction::Promise { case_id, text, due, owner } => {
            let owner_id = owner.as_deref().map(|o| staff_id(store, o)).transpose()?;
            let input = NewPromise {
                case_id: case_id.clone(),
                text: text.clone(),
                due_at: clock::parse(due)?,
                owner_id,
            };
            let promise = act(cli, store, |w, ctx| w.make_promise(ctx, &input))?;
            print(cli, &promise, |p| t(msg!("cli-promise-made", id = p.id.as_str())))
        }
        CaseAction::Pin { entry_id, off } => {
            act(
                cli,
                store,
                |w, ctx| if *off { w.unpin_fact(ctx, entry_id) } else { w.pin_fact(ctx, entry_id) },
            )?;
            print(cli, &!off, |pinned| {
                t(if *pinned { msg!("cli-fact-pinned") } else { msg!("cli-fact-unpinned") })
            })
        }
        CaseAction::Attach { entry_id, files } => {
            let mut staged = Vec::new();
            for path in files {
                let bytes = std::fs::read(path)
                    .map_err(|e| Error::io(msg!("error-data-could-read-2", path = path.display()), e))?;
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                staged.push(store.stage_file(&name, &bytes)?);
            }
            let attached = act(cli, store, |w, ctx| w.attach_files(ctx, entry_id, &staged))?;
            print(cli, &attached, |a| t(msg!("cli-files-attached", count = a.len())))
        }
        CaseAction::RemoveAttachment { attachment_id } => {
            act(cli, store, |w, ctx| w.remove_attachment(ctx, attachment_id))?;
            print(cli, attachment_id, |_| t(msg!("cli-attachment-removed")))
        }
        CaseAction::EraseAttachment { attachment_id, reason } => {
            act(cli, store, |w, ctx| w.erase_attachment(ctx, attachment_id, reason))?;
            print(cli, attachment_id, |_| t(msg!("cli-attachment-erased")))
        }
    }
}

pub fn promise(cli: &Cli, store: &mut Store, command: &PromiseCommand) -> Result<()> {
    let outcome = match command {
        PromiseCommand::Keep { promise_id } => {
            PromiseOutcome { promise_id: promise_id.clone(), kept: true, recovery: None }
        }
        PromiseCommand::Break { promise_id, recovery } => {
            PromiseOutcome { promise_id: promise_id.clone(), kept: false, recovery: Some(recovery.clone()) }
        }
    };
    let promise = act(cli, store, |w, ctx| w.close_promise(ctx, &outcome))?;
    print(cli, &promise, |p| {
        t(if outcome.kept {
            msg!("cli-promise-kept", text = p.text.as_str())
        } else {
            msg!("cli-promise-broken", text = p.text.as_str())
        })
    })
}

pub fn close(cli: &Cli, store: &mut Store, command: &ClosingCommand) -> Result<()> {
    match command {
        ClosingCommand::Complaint { complaint_id, what_changed, told } => {
            let input = ComplaintClosing {
                complaint_id: complaint_id.clone(),
                what_changed: what_changed.clone(),
                customer_told: *told,
            };
            let complaint = act(cli, store, |w, ctx| w.close_complaint(ctx, &input))?;
            print(cli, &complaint, |_| t(msg!("cli-complaint-closed")))
        }
        ClosingCommand::Escalation { escalation_id, what_changed } => {
            let input = EscalationClosing {
                escalation_id: escalation_id.clone(),
                what_changed: what_changed.clone(),
            };
            let escalation = act(cli, store, |w, ctx| w.close_escalation(ctx, &input))?;
            print(cli, &escalation, |_| t(msg!("cli-escalation-closed")))
        }
    }
}

pub fn customer_action(cli: &Cli, store: &mut Store, action: &CustomerAction) -> Result<()> {
    match action {
        CustomerAction::Edit {
            customer_id,
            name,
            add_phones,
            remove_phones,
            add_emails,
            remove_emails,
            organisation,
            segment,
            notes,
            language,
        } => {
            let now = store.customer(customer_id)?;
            let list = |have: &[String], add: &[String], remove: &[String]| -> Option<Vec<String>> {
                if add.is_empty() && remove.is_empty() {
                    return None;
                }
                let gone = |c: &String| remove.iter().any(|r| r.trim().eq_ignore_ascii_case(c.trim()));
                let mut out: Vec<String> = have.iter().filter(|c| !gone(c)).cloned().collect();
                out.extend(add.iter().cloned());
                Some(out)
            };
            let patch = CustomerPatch {
                name: name.clone(),
                phones: list(&now.phones, add_phones, remove_phones),
                emails: list(&now.emails, add_emails, remove_emails),
                organisation: organisation.clone(),
                segment: segment.clone(),
                notes: notes.clone(),
                language: language.clone(),
            };
            let customer = act(cli, store, |w, ctx| w.update_customer(ctx, customer_id, &patch))?;
            print(cli, &customer, |c| t(msg!("cli-customer-updated", name = c.name.as_str())))
        }
        CustomerAction::Expectations {
            customer_id,
            channel,
            contact_hours,
            turnaround,
            always_do,
            never_do,
            recovery,
            notes,
        } => {
            let mut e = store.expectations(customer_id)?;
            if let Some(c) = channel {
                e.preferred_channel = if c == "none" { None } else { Some(c.parse()?) };
            }
            for (field, value) in [
                (&mut e.contact_hours, contact_hours),
                (&mut e.turnaround, turnaround),
                (&mut e.always_do, always_do),
                (&mut e.never_do, never_do),
                (&mut e.recovery, recovery),
                (&mut e.notes, notes),
            ] {
                if let Some(v) = value {
                    *field = v.clone();
                }
            }
            let saved = act(cli, store, |w, ctx| w.set_expectations(ctx, customer_id, &e))?;
            print(cli, &saved, |_| t(msg!("cli-expectations-saved")))
        }
        CustomerAction::Merge { customer_id, other_id } => {
            let merge_id = act(cli, store, |w, ctx| w.merge_customers(ctx, customer_id, other_id))?;
            print(cli, &merge_id, |id| t(msg!("cli-customers-merged", id = id.as_str())))
        }
        CustomerAction::UndoMerge { merge_id } => {
            let other = act(cli, store, |w, ctx| w.undo_merge(ctx, merge_id))?;
            print(cli, &other, |id| t(msg!("cli-merge-undone", id = id.as_str())))
        }
        CustomerAction::NotDuplicates { customer_id, other_id } => {
            act(cli, store, |w, ctx| w.dismiss_duplicate(ctx, customer_id, other_id))?;
            print(cli, &true, |_| t(msg!("cli-not-duplicates")))
        }
    }
}
