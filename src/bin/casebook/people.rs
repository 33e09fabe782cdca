//! Staff, customers, cases, the queue and timelines.

use casebook::model::*;
use casebook::staff::{passcode, Passcode};
use casebook::{msg, Result, Store};

use crate::args::{CaseCommand, Cli, CustomerCommand, StaffCommand};
use crate::{act, optional_ctx, print, t, who};

pub fn staff(cli: &Cli, store: &mut Store, command: &StaffCommand) -> Result<()> {
    match command {
        StaffCommand::List => {
            let staff = store.list_staff()?;
            print(cli, &staff, |list| {
                list.iter()
                    .map(|s| {
                        format!(
                            "{}  {:<24} {}{}",
                            s.id,
                            s.name,
                            s.role,
                            if s.active { "" } else { " (inactive)" }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        StaffCommand::Pick { name } => {
            let id = store.resolve(&Actor::Named(name.clone()))?.unwrap_or_default();
            store.set_current_staff(Some(&id))?;
            let info = store.desk_info()?;
            let person = store.staff_member(&id)?;
            print(cli, &info, |_| t(msg!("cli-at-desk", name = person.name)))
        }
        StaffCommand::Add { name, role } => {
            let input = NewStaff { name: name.clone(), role: role.parse()? };
            // The shop's first person is picked as being at the desk, as in the app.
            let staff = if store.desk_info()?.first_run {
                store.add_staff_as(&who(cli), &input)?
            } else {
                let ctx = optional_ctx(cli, store)?;
                store.write(|w| w.add_staff(&ctx, &input))?
            };
            print(cli, &staff, |s| t(msg!("cli-staff-added", name = s.name, role = s.role, id = s.id)))
        }
        StaffCommand::Rename { staff, to } => {
            let id = staff_id(store, staff)?;
            let person = act(cli, store, |w, ctx| w.rename_staff(ctx, &id, to))?;
            print(cli, &person, |p| t(msg!("cli-staff-renamed", name = p.name.as_str())))
        }
        StaffCommand::Merge { duplicate, into } => {
            let (gone, keep) = (staff_id(store, duplicate)?, staff_id(store, into)?);
            let person = act(cli, store, |w, ctx| w.merge_staff(ctx, &gone, &keep))?;
            print(cli, &person, |p| t(msg!("cli-staff-merged", name = p.name.as_str())))
        }
        StaffCommand::Role { staff, role } => {
            let (id, role) = (staff_id(store, staff)?, role.parse()?);
            let person = act(cli, store, |w, ctx| w.set_staff_role(ctx, &id, role))?;
            print(cli, &person, |p| t(msg!("cli-staff-role", name = p.name.as_str(), role = p.role)))
        }
        StaffCommand::Passcode { staff } => {
            let id = staff_id(store, staff)?;
            let code = new_passcode()?;
            let hash = passcode::hash_new(&code, &store.passcode_rule()?)?;
            let person = store.record_passcode_as(&who(cli), &id, &hash)?;
            print(cli, &person, |p| t(msg!("cli-passcode-set", name = p.name.as_str())))
        }
        StaffCommand::ClearPasscode { staff } => {
            let id = staff_id(store, staff)?;
            let person = act(cli, store, |w, ctx| w.clear_passcode(ctx, &id))?;
            print(cli, &person, |p| t(msg!("cli-passcode-cleared", name = p.name.as_str())))
        }
        StaffCommand::Recover { owner } => {
            let id = staff_id(store, owner)?;
            let (hash, rule) = store.before_recovery(&id)?;
            let code = secret("CASEBOOK_RECOVERY_CODE", msg!("cli-recovery-prompt"))?;
            let right = passcode::verify_recovery(&code, &hash);
            store.after_recovery(&id, right, || passcode::hash_new(&new_passcode()?, &rule))?;
            let person = store.staff_member(&id)?;
            print(cli, &person, |p| t(msg!("cli-passcode-set", name = p.name.as_str())))
        }
        StaffCommand::Tries => {
            let tries = store.sign_in_tries()?;
            print(cli, &tries, |list| {
                if list.is_empty() {
                    return t(msg!("cli-no-wrong-tries"));
                }
                list.iter()
                    .map(|x| {
                        t(msg!(
                            "cli-wrong-tries",
                            name = x.name.as_str(),
                            count = x.failures,
                            at = crate::local_time(casebook::clock::from_ms(x.last_at))
                        ))
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        StaffCommand::Deactivate { staff } | StaffCommand::Activate { staff } => {
            let active = matches!(command, StaffCommand::Activate { .. });
            let id = staff_id(store, staff)?;
            let person = act(cli, store, |w, ctx| w.set_staff_active(ctx, &id, active))?;
            print(cli, &person, |p| {
                t(if p.active {
                    msg!("cli-staff-active", name = p.name.as_str())
                } else {
                    msg!("cli-staff-inactive", name = p.name.as_str())
                })
            })
        }
    }
}

/// A secret from the environment (for scripts) or asked on the terminal, never echoed.
fn secret(var: &str, prompt: casebook::Msg) -> Result<Passcode> {
    if let Some(v) = std::env::var_os(var) {
        return Ok(Passcode::new(v.to_string_lossy().into_owned()));
    }
    rpassword::prompt_password(t(prompt))
        .map(Passcode::new)
        .map_err(|e| casebook::Error::io(msg!("cli-passcode-prompt-failed"), e))
}

/// A new passcode: CASEBOOK_NEW_PASSCODE, or typed twice on the terminal.
fn new_passcode() -> Result<Passcode> {
    if std::env::var_os("CASEBOOK_NEW_PASSCODE").is_some() {
        return secret("CASEBOOK_NEW_PASSCODE", msg!("cli-new-passcode-prompt"));
    }
    let first = secret("CASEBOOK_NEW_PASSCODE", msg!("cli-new-passcode-prompt"))?;
    let again = secret("CASEBOOK_NEW_PASSCODE", msg!("cli-new-passcode-again"))?;
    if !first.same_as(&again) {
        return Err(casebook::Error::invalid("passcode", msg!("cli-passcodes-differ")));
    }
    Ok(first)
}

/// A staff member by id, by the start of an active colleague's name, or by
/// the whole name of someone no longer active.
pub(crate) fn staff_id(store: &Store, text: &str) -> Result<String> {
    match store.resolve(&Actor::Named(text.to_owned())) {
        Ok(Some(id)) => Ok(id),
        Ok(None) => Err(casebook::Error::not_found("Staff member", text)),
        Err(e) => {
            let wanted = text.trim().to_lowercase();
            let gone: Vec<Staff> = store
                .list_staff()?
                .into_iter()
                .filter(|s| !s.active && s.name.to_lowercase() == wanted)
                .collect();
            match gone.as_slice() {
                [one] => Ok(one.id.clone()),
                _ => Err(e),
            }
        }
    }
}

pub fn customer(cli: &Cli, store: &mut Store, command: &CustomerCommand) -> Result<()> {
    match command {
        CustomerCommand::Action(action) => crate::work::customer_action(cli, store, action),
        CustomerCommand::Find { query, limit } => {
            let found = store.lookup_customers(query, *limit)?;
            print(cli, &found, |list| {
                if list.is_empty() {
                    return t(msg!("cli-no-customer-matches", query));
                }
                list.iter()
                    .map(|c| {
                        format!(
                            "{}  {:<28} {:<18} {}",
                            c.id,
                            c.name,
                            c.phones.join(", "),
                            c.emails.join(", ")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        CustomerCommand::Export { id, folder } => {
            let parent = match folder {
                Some(f) => f.clone(),
                None => casebook::data::exchange::exports_dir(&crate::db_path(cli)?),
            };
            let report = store.export_customer(id, &parent)?;
            print(cli, &report, |r| {
                t(msg!(
                    "cli-customer-exported",
                    folder = r.folder.as_str(),
                    cases = r.cases,
                    entries = r.entries,
                    files = r.files
                ))
            })
        }
        CustomerCommand::Forget { id, reason } => {
            let forgotten = act(cli, store, |w, ctx| w.forget_customer(ctx, id, reason))?;
            store.finish_forgetting()?;
            store.forget_in_backups()?;
            print(cli, &forgotten, |f| t(msg!("cli-customer-forgotten", number = f.number.as_str())))
        }
        CustomerCommand::Show { id } => {
            let customer = store.customer(id)?;
            print(cli, &customer, |c| {
                format!(
                    "{}\nphones        {}\nemails        {}\norganisation  {}\nsegment       {}\nopen cases    {} of {}\nnotes         {}",
                    c.name,
                    c.phones.join(", "),
                    c.emails.join(", "),
                    c.organisation,
                    c.segment,
                    c.open_cases,
                    c.total_cases,
                    c.notes
                )
            })
        }
        CustomerCommand::Add { name, phones, emails, organisation, segment, allow_duplicate } => {
            let input = NewCustomer {
                name: name.clone(),
                phones: phones.clone(),
                emails: emails.clone(),
                organisation: organisation.clone(),
                segment: segment.clone(),
                notes: String::new(),
            };
            let customer = act(cli, store, |w, ctx| w.create_customer_apart(ctx, &input, *allow_duplicate))?;
            print(cli, &customer, |c| t(msg!("cli-customer-added", name = c.name, id = c.id)))
        }
    }
}

pub fn case(cli: &Cli, store: &mut Store, command: &CaseCommand) -> Result<()> {
    match command {
        CaseCommand::Action(action) => crate::work::case_action(cli, store, action),
        CaseCommand::Open { customer, subject, channel, priority, message } => {
            let (channel, priority) = (channel.parse()?, priority.parse()?);
            let case = act(cli, store, |w, ctx| {
                let input = NewInteraction {
                    customer: CustomerChoice::Existing { id: customer.clone() },
                    subject: subject.clone(),
                    channel,
                    priority,
                    owner_id: ctx.staff_id.clone(),
                    message: message.clone(),
                    expectations: None,
                };
                w.open_case(ctx, &input)
            })?;
            print(cli, &case, |c| {
                t(msg!("cli-case-opened", id = c.id, customer = c.customer_name, subject = c.subject))
            })
        }
        CaseCommand::Log { case_id, kind, body } => {
            let input = NewEntry {
                case_id: case_id.clone(),
                kind: kind.parse()?,
                body: body.clone(),
                direction: None,
            };
            let entry = act(cli, store, |w, ctx| w.add_entry(ctx, &input))?;
            print(cli, &entry, |e| e.id.clone())
        }
        CaseCommand::Show { id } => {
            let detail = store.case_detail(id)?;
            print(cli, &detail, |d| {
                format!(
                    "{}\ncustomer  {}\nstatus    {}\npriority  {}\nowner     {}\nchannel   {}",
                    d.case.subject,
                    d.customer.name,
                    d.case.status,
                    d.case.priority,
                    d.case.owner_name.as_deref().unwrap_or("nobody"),
                    d.case.channel
                )
            })
        }
    }
}

/// Business minutes as "1 h 20 min", in the command line's language.
fn hours(minutes: u32) -> String {
    t(msg!("report-duration", hours = minutes / 60, minutes = minutes % 60))
}

pub fn queue(cli: &Cli, store: &Store, limit: u32) -> Result<()> {
    let page = store.queue(None, limit)?;
    print(cli, &page, |p| {
        if p.cases.is_empty() {
            return t(msg!("cli-queue-empty"));
        }
        p.cases
            .iter()
            .map(|c| {
                let due = match &c.due {
                    Some(d) if d.overdue => t(msg!("cli-overdue", by = hours(d.business_minutes))),
                    Some(d) => t(msg!("cli-due-in", within = hours(d.business_minutes))),
                    None => t(msg!("cli-waiting-on-customer")),
                };
                format!("{}  {:<24} {:<44} {}", c.id, c.customer_name, c.subject, due)
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

pub fn timeline(cli: &Cli, store: &Store, customer_id: &str, limit: u32) -> Result<()> {
    let page = store.customer_timeline(customer_id, None, limit)?;
    print(cli, &page, |p| {
        p.entries
            .iter()
            .map(|e| {
                let kind = e.event().map(|ev| casebook::core::Event::kind(&ev)).unwrap_or("?");
                format!(
                    "{}  {:<18} {:<16} {}",
                    crate::local_time(e.at),
                    kind,
                    e.staff_name.as_deref().unwrap_or("-"),
                    e.case_subject.as_deref().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}
