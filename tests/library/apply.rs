//! One apply path: for random histories that use every kind of event, the
//! current state after live writes equals the state after applying the same
//! events, in order, to an empty database. Every current-state table and the
//! search index are compared in the library's canonical dump (each desk's own
//! bookkeeping aside).

use casebook::model::*;
use casebook::shop::{written_kinds, LoggedEvent};
use casebook::{clock, Ctx, Store};
use proptest::prelude::*;

/// What the random history can do next; the numbers pick among what exists.
#[derive(Clone, Debug)]
pub(crate) struct Op {
    pub what: u8,
    pub a: u32,
    pub b: u32,
    /// Minutes since the previous step.
    pub later: u16,
}

pub(crate) fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(
        (0u8..45, any::<u32>(), any::<u32>(), 0u16..600).prop_map(|(what, a, b, later)| Op {
            what,
            a,
            b,
            later,
        }),
        20..90,
    )
}

fn ids(store: &Store, sql: &str) -> Vec<String> {
    let mut stmt = store.connection().prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

fn pick(list: &[String], n: u32) -> Option<String> {
    (!list.is_empty()).then(|| list[n as usize % list.len()].clone())
}

const CHANNELS: [Channel; 5] =
    [Channel::WalkIn, Channel::Phone, Channel::Email, Channel::Chat, Channel::Other];
const PRIORITIES: [Priority; 4] = [Priority::Low, Priority::Normal, Priority::High, Priority::Urgent];
const STATUSES: [CaseStatus; 4] =
    [CaseStatus::Open, CaseStatus::Waiting, CaseStatus::Resolved, CaseStatus::Closed];
const KINDS: [EntryKind; 5] =
    [EntryKind::CustomerMessage, EntryKind::Reply, EntryKind::Note, EntryKind::Call, EntryKind::Visit];
const OUTCOMES: [OutreachOutcome; 4] = [
    OutreachOutcome::Reached,
    OutreachOutcome::LeftMessage,
    OutreachOutcome::NoAnswer,
    OutreachOutcome::WrongNumber,
];

/// Does one step as a staff member, at `at`. A step the rules refuse writes
/// nothing, which is part of what is tested.
pub(crate) fn step(store: &mut Store, op: &Op, at: Ts) {
    if op.what == 36 {
        return locale_step(store, op, at);
    }
    if op.what == 37 {
        return shared_settings_step(store, at);
    }
    if op.what == 42 {
        return forget_step(store, op, at);
    }
    if op.what == 43 {
        return retention_step(store, op, at);
    }
    if op.what == 44 {
        return crate::replies::step(store, op.a, op.b, at);
    }
    if op.what >= 38 {
        return rights_step(store, op, at);
    }
    if op.what >= 32 {
        return attachment_step(store, op, at);
    }
    if op.what >= 27 {
        return mail_step(store, op, at);
    }
    let staff = ids(store, "SELECT id FROM staff WHERE active = 1 ORDER BY id");
    let leads = ids(store, "SELECT id FROM staff WHERE active = 1 AND role <> 'staff' ORDER BY id");
    let customers = ids(store, "SELECT id FROM customers WHERE merged_into IS NULL ORDER BY id");
    let merges = ids(store, "SELECT event_id FROM customer_merges ORDER BY event_id");
    let cases = ids(store, "SELECT id FROM cases ORDER BY id");
    let open_cases = ids(store, "SELECT id FROM cases WHERE status IN ('open', 'waiting') ORDER BY id");
    let promises = ids(store, "SELECT id FROM promises WHERE status = 'open' ORDER BY id");
    let complaints = ids(store, "SELECT id FROM complaints WHERE status = 'open' ORDER BY id");
    let escalations = ids(store, "SELECT id FROM escalations WHERE status = 'open' ORDER BY id");
    let entries = ids(store, "SELECT id FROM events WHERE case_id IS NOT NULL ORDER BY id");
    let Some(me) = pick(&staff, op.a) else { return };
    let lead = pick(&leads, op.a).unwrap_or_else(|| me.clone());
    // Everyone has typed their passcode: what the rules refuse here is
    // refused for want of a right, never of a passcode.
    let ctx = Ctx::at(Some(me.clone()), at).proved();
    let lead_ctx = Ctx::at(Some(lead.clone()), at).proved();
    // The staff list is the owner's: half the time an owner acts, half the
    // time whoever `me` is (refused unless they are one, here or, when
    // their role changes at another desk at once, where the event arrives).
    let boss = if op.b.is_multiple_of(2) { owner_ctx(store, op.a, at) } else { ctx.clone() };
    let (a, b) = (op.a, op.b);
    let _ = store.write(|w| match op.what {
        0 => w
            .add_staff(&boss, &NewStaff { name: format!("Staff {a}"), role: StaffRole::ALL[b as usize % 3] })
            .map(drop),
        1 => {
            let other = pick(&staff, b).unwrap();
            match b % 5 {
                1 => w.rename_staff(&boss, &other, &format!("Staff {b} renamed")).map(drop),
                2 => {
                    // Someone other than the two acting, as the same person as `me`.
                    let others: Vec<String> =
                        staff.iter().filter(|s| **s != me && **s != lead).cloned().collect();
                    let Some(twin) = pick(&others, b) else { return Ok(()) };
                    w.merge_staff(&boss, &twin, &me).map(drop)
                }
                _ => w.set_staff_active(&boss, &other, other == me || b % 3 != 0).map(drop),
            }
        }
        2 => {
            let customer = NewCustomer {
                name: format!("Customer {a} Müller"),
                phones: if b % 2 == 0 { vec![format!("06 {:08}", b % 100_000_000)] } else { vec![] },
                emails: if b % 3 == 0 { vec![format!("c{a}@example.com")] } else { vec![] },
                segment: ["walk-in", "business", ""][b as usize % 3].into(),
                ..NewCustomer::default()
            };
            w.create_customer(&ctx, &customer, b % 5 == 0).map(drop)
        }
        3 => {
            // Edits as people make them: one field, or one number or address
            // added or taken off (two desks doing this to one customer at
            // once must both keep theirs, past five if it comes to that).
            let Some(c) = pick(&customers, a) else { return Ok(()) };
            let now = casebook::customers::customer(w.tx(), &c)?;
            let mut patch = CustomerPatch::default();
            match b % 7 {
                0 => patch.name = Some(format!("Renamed {b}")),
                1 | 2 => {
                    patch.emails = Some([now.emails.clone(), vec![format!("e{b}@example.com")]].concat())
                }
                3 => {
                    patch.phones =
                        Some([now.phones.clone(), vec![format!("+31 6 {:08}", b % 100_000_000)]].concat())
                }
                4 => patch.emails = Some(now.emails.iter().skip(1).cloned().collect()),
                5 => patch.phones = Some(now.phones.iter().skip(1).cloned().collect()),
                _ => patch.notes = Some(format!("note {b}")),
            }
            w.update_customer(&ctx, &c, &patch).map(drop)
        }
        4 => {
            let Some(c) = pick(&customers, a) else { return Ok(()) };
            let e = Expectations {
                preferred_channel: (b % 2 == 0).then(|| CHANNELS[b as usize % 5]),
                never_do: format!("never {b}"),
                turnaround: if b % 3 == 0 { String::new() } else { "same day".into() },
                ..Expectations::default()
            };
            w.set_expectations(&ctx, &c, &e).map(drop)
        }
        5 | 6 => {
            let customer = match pick(&customers, a).filter(|_| op.what == 5) {
                Some(id) => CustomerChoice::Existing { id },
                None => CustomerChoice::New {
                    customer: NewCustomer { name: format!("Walk-in {a}"), ..NewCustomer::default() },
                    allow_duplicate: true,
                },
            };
            let input = NewInteraction {
                customer,
                subject: format!("Brake squeal {b}"),
                channel: CHANNELS[b as usize % 5],
                priority: PRIORITIES[a as usize % 4],
                owner_id: (b % 2 == 0).then(|| me.clone()),
                message: (a % 3 != 0).then(|| format!("It squeals {a}")),
                expectations: None,
            };
            w.open_case(&ctx, &input).map(drop)
        }
        7..=9 => {
            let Some(case_id) = pick(&cases, a) else { return Ok(()) };
            let input =
                NewEntry { case_id, kind: KINDS[b as usize % 5], body: format!("said {b}"), direction: None };
            w.add_entry(&ctx, &input).map(drop)
        }
        10 if b % 7 == 3 => {
            let Some(case_id) = pick(&cases, a) else { return Ok(()) };
            w.rename_case(&ctx, &case_id, &format!("Brake squeal, renamed {a}")).map(drop)
        }
        10 => {
            let Some(case_id) = pick(&cases, a) else { return Ok(()) };
            let update = CaseUpdate {
                case_id,
                status: (b % 2 == 0).then(|| STATUSES[b as usize % 4]),
                priority: (b % 3 == 0).then(|| PRIORITIES[a as usize % 4]),
                owner_id: (b % 5 == 0).then(|| pick(&staff, b)),
            };
            w.update_case(&ctx, &update).map(drop)
        }
        11 => {
            let (Some(case_id), Some(to)) = (pick(&open_cases, a), pick(&staff, b)) else { return Ok(()) };
            let brief = Brief { sections: vec![], note: format!("over to you {b}") };
            w.hand_off(&ctx, &HandoffInput { case_id, to_staff_id: to, brief }).map(drop)
        }
        12 => {
            let Some(case_id) = pick(&cases, a) else { return Ok(()) };
            let due_at = at + chrono::Duration::minutes(i64::from(b % 5000) + 1);
            w.make_promise(
                &ctx,
                &NewPromise { case_id, text: format!("call back {b}"), due_at, owner_id: None },
            )
            .map(drop)
        }
        13 => {
            let Some(promise_id) = pick(&promises, a) else { return Ok(()) };
            let kept = b % 2 == 0;
            let recovery = (!kept).then(|| format!("made it right {b}"));
            w.close_promise(&ctx, &PromiseOutcome { promise_id, kept, recovery }).map(drop)
        }
        14 => {
            let Some(event_id) = pick(&entries, a) else { return Ok(()) };
            if b % 2 == 0 {
                w.pin_fact(&ctx, &event_id)
            } else {
                w.unpin_fact(&ctx, &event_id)
            }
        }
        15 => {
            let Some(case_id) = pick(&cases, a) else { return Ok(()) };
            w.flag_complaint(&ctx, &NewComplaint { case_id, event_id: None, summary: format!("slow {b}") })
                .map(drop)
        }
        16 => {
            let Some(complaint_id) = pick(&complaints, a) else { return Ok(()) };
            let closing = ComplaintClosing {
                complaint_id,
                what_changed: format!("changed {b}"),
                customer_told: b % 2 == 0,
            };
            w.close_complaint(&ctx, &closing).map(drop)
        }
        17 => {
            let Some(case_id) = pick(&cases, a) else { return Ok(()) };
            let input = NewEscalation {
                case_id,
                to_staff_id: lead.clone(),
                cause: "workload".into(),
                note: format!("help {b}"),
            };
            w.escalate(&ctx, &input).map(drop)
        }
        18 => {
            let Some(escalation_id) = pick(&escalations, a) else { return Ok(()) };
            w.close_escalation(
                &lead_ctx,
                &EscalationClosing { escalation_id, what_changed: format!("rota {b}") },
            )
            .map(drop)
        }
        19 => {
            let Some(case_id) = pick(&cases, a) else { return Ok(()) };
            let input = NewSatisfaction { case_id, score: i64::from(b % 5) + 1, comment: format!("ok {b}") };
            w.record_satisfaction(&ctx, &input).map(drop)
        }
        20 => {
            let Some(customer_id) = pick(&customers, a) else { return Ok(()) };
            let outcome = OUTCOMES[b as usize % 4];
            w.log_outreach_call(&ctx, &NewOutreachCall { customer_id, outcome, note: format!("spoke {b}") })
                .map(drop)
        }
        21 => {
            // Add one cause, or drop one: what two desks do at once must merge.
            let mut causes = casebook::learn::root_causes(w.tx())?;
            if b % 3 == 0 && causes.len() > 1 {
                causes.remove(a as usize % causes.len());
            } else {
                causes.push(format!("cause {}", b % 6));
            }
            w.set_root_causes(&lead_ctx, &causes).map(drop)
        }
        22 => {
            // Add a holiday, drop one, or change a day's hours.
            let mut spec = w.settings()?.calendar.spec().clone();
            match b % 4 {
                0 if !spec.holidays.is_empty() => {
                    spec.holidays.remove(a as usize % spec.holidays.len());
                }
                1 => {
                    spec.week.saturday =
                        vec![casebook::hours::OpenInterval::new("10:00", &format!("1{}:00", 3 + a % 5))]
                }
                _ => spec.holidays.push(casebook::hours::Holiday {
                    date: format!("2026-12-{:02}", b % 28 + 1),
                    name: "Closed".into(),
                    yearly: b % 2 == 0,
                }),
            }
            w.set_calendar(&lead_ctx, &spec)
        }
        23 => {
            let mut targets = casebook::hours::TargetPolicy::default();
            targets.normal.first_response = (b % 240) as i32 + 1;
            w.set_targets(&lead_ctx, &targets)
        }
        24 => {
            let (Some(x), Some(y)) = (pick(&customers, a), pick(&customers, b)) else { return Ok(()) };
            w.merge_customers(&ctx, &x, &y).map(drop)
        }
        25 => {
            let Some(merge) = pick(&merges, a) else { return Ok(()) };
            w.undo_merge(&ctx, &merge).map(drop)
        }
        _ => {
            let (Some(x), Some(y)) = (pick(&customers, a), pick(&customers, b)) else { return Ok(()) };
            w.dismiss_duplicate(&ctx, &x, &y)
        }
    });
}

/// Attachments: files attached to an entry, one removed, one erased by the owner.
fn attachment_step(store: &mut Store, op: &Op, at: Ts) {
    let staff = ids(store, "SELECT id FROM staff WHERE active = 1 ORDER BY id");
    let owners = ids(store, "SELECT id FROM staff WHERE active = 1 AND role = 'owner' ORDER BY id");
    let entries = ids(
        store,
        "SELECT id FROM events WHERE kind IN ('customer_message', 'reply', 'note', 'call', 'visit') ORDER BY id",
    );
    let shown =
        ids(store, "SELECT id FROM attachments WHERE removed_at IS NULL AND erased_at IS NULL ORDER BY id");
    let Some(me) = pick(&staff, op.a) else { return };
    let ctx = Ctx::at(Some(me), at);
    let (a, b) = (op.a, op.b);
    match op.what {
        32 => {
            let Some(entry) = pick(&entries, a) else { return };
            // Two files, one of them the same content as earlier ones now and then.
            let Ok(first) =
                store.stage_file(&format!("photo {b}.txt"), format!("picture {}", b % 3).as_bytes())
            else {
                return;
            };
            let Ok(second) = store.stage_file("../receipt.pdf", format!("%PDF-1.4 receipt {a}").as_bytes())
            else {
                return;
            };
            let _ = store.write(|w| w.attach_files(&ctx, &entry, &[first, second]));
        }
        33 => {
            let Some(id) = pick(&shown, a) else { return };
            let _ = store.write(|w| w.remove_attachment(&ctx, &id));
        }
        34 => {
            let (Some(id), Some(owner)) = (pick(&shown, a), pick(&owners, b)) else { return };
            let _ =
                store.write(|w| w.erase_attachment(&Ctx::at(Some(owner), at), &id, &format!("asked {b}")));
        }
        _ => {
            let Some(owner) = pick(&owners, b) else { return };
            let _ = store.write(|w| w.set_attachment_limit(&Ctx::at(Some(owner), at), 5 + b % 40));
        }
    }
}

/// The mailbox's steps: connecting it, mail in (threaded on earlier mail,
/// noise, bounces of our replies, from the Sent folder), replies by mail and
/// how sending them went.
fn mail_step(store: &mut Store, op: &Op, at: Ts) {
    let leads = ids(store, "SELECT id FROM staff WHERE active = 1 AND role <> 'staff' ORDER BY id");
    let staff = ids(store, "SELECT id FROM staff WHERE active = 1 ORDER BY id");
    let emails =
        ids(store, "SELECT norm FROM customer_contacts WHERE kind = 'email' ORDER BY customer_id, position");
    let messages = ids(store, "SELECT message_id FROM mail_messages ORDER BY event_id");
    let email_cases = ids(store, "SELECT id FROM cases WHERE channel = 'email' ORDER BY id");
    let replies = ids(store, "SELECT event_id FROM mail_outbox ORDER BY event_id");
    let reply_ids = ids(store, "SELECT message_id FROM mail_outbox ORDER BY event_id");
    let (Some(me), Some(lead)) = (pick(&staff, op.a), pick(&leads, op.a)) else { return };
    let (ctx, lead_ctx) = (Ctx::at(Some(me), at), Ctx::at(Some(lead), at));
    let (a, b) = (op.a, op.b);
    let _ = store.write(|w| match op.what {
        27 => w.mailbox_connected(&lead_ctx, "shop@example.com", &format!("Desk {}", b % 3)),
        28 => {
            let from = pick(&emails, a).filter(|_| b % 3 != 0).unwrap_or_else(|| format!("new{a}@example.com"));
            let mut extra = String::new();
            if let Some(parent) = pick(&messages, b).filter(|_| b % 2 == 0) {
                extra.push_str(&format!("In-Reply-To: <{parent}>\r\n"));
            }
            if b % 7 == 0 {
                extra.push_str("Auto-Submitted: auto-replied\r\n");
            }
            let mut body = format!("About my bike, {b}.");
            if let Some(reply) = pick(&reply_ids, a).filter(|_| b % 11 == 0) {
                extra = "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n".into();
                body = format!("--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{reply}>\r\n--b--");
            }
            let sent_folder = b % 5 == 0;
            let (from, to) = if sent_folder { ("shop@example.com".to_owned(), from) } else { (from, "shop@example.com".to_owned()) };
            let raw = format!(
                "From: Someone {a} <{from}>\r\nTo: {to}\r\nSubject: Bike {b}\r\nMessage-ID: <{}@example.com>\r\n{extra}\r\n{body}\r\n",
                casebook::ids::new_id()
            );
            let incoming = casebook::mail::Incoming {
                mail: casebook::mail::read_message(raw.as_bytes()),
                arrived_at: Some(casebook::clock::to_ms(at)),
            };
            w.record_mail(&incoming, sent_folder, None).map(drop)
        }
        29 => {
            let Some(case_id) = pick(&email_cases, a) else { return Ok(()) };
            // Now and then to an address a person typed, besides the customer's.
            let to = if b % 3 == 0 { vec![format!("typed{b}@example.com")] } else { Vec::new() };
            w.reply_by_mail(&ctx, &casebook::mail::MailReplyInput { case_id, body: format!("Answer {b}"), to })
                .map(drop)
        }
        30 => {
            let Some(reply) = pick(&replies, a) else { return Ok(()) };
            let now = casebook::clock::to_ms(at);
            match b % 5 {
                0 => w.record_sent(&reply, casebook::mail::SentHow::Accepted),
                1 => w.record_send_failure(&reply, &format!("451 try later {}", b % 3), false, now),
                2 => w.record_send_failure(&reply, "552 mailbox full", true, now),
                3 => w.retry_mail_reply(&ctx, &reply),
                // A mail desk whose own address is another: it refuses the reply.
                _ => w.judge_reply(&reply, "elsewhere@example.com").map(drop),
            }
        }
        _ => w.mailbox_disconnected(&lead_ctx),
    });
}

/// Every event of `store`, in its order, as another desk would receive them.
fn logged(store: &Store) -> Vec<LoggedEvent> {
    let mut out = Vec::new();
    store
        .each_event(|e| {
            out.push(LoggedEvent::from_stored(e)?);
            Ok(())
        })
        .unwrap();
    out
}

fn live_history(steps: &[Op]) -> Store {
    // On disk: attachments are kept beside the database file. The folder goes
    // when the test ends; the open store keeps its file.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("live.db")).unwrap();
    let start = clock::parse("2026-03-02T08:00:00Z").unwrap();
    store
        .write(|w| {
            let ana = w.add_staff(
                &Ctx::at(None, start),
                &NewStaff { name: "Ana Owner".into(), role: StaffRole::Owner },
            )?;
            w.add_staff(
                &Ctx::at(Some(ana.id), start),
                &NewStaff { name: "Ben Staff".into(), role: StaffRole::Staff },
            )
        })
        .unwrap();
    // One of every kind first (chosen so each step is allowed), then the random steps.
    let op = |what: u8, a: u32, b: u32| Op { what, a, b, later: 5 };
    let every = [
        op(0, 0, 1),   // staff_added (a lead)
        op(41, 0, 0),  // staff_updated: someone leaves
        op(1, 0, 6),   // staff_updated: a new name
        op(0, 9, 0),   // staff_added: someone added twice
        op(1, 0, 7),   // staff_merged
        op(2, 0, 0),   // customer_created
        op(3, 0, 2),   // customer_edited
        op(4, 0, 2),   // expectations_changed
        op(5, 1, 1),   // case_opened with what they said
        op(7, 0, 1),   // reply
        op(8, 0, 3),   // call
        op(9, 0, 4),   // visit
        op(9, 0, 2),   // note
        op(10, 0, 6),  // status_changed (resolved), priority_changed
        op(10, 0, 5),  // assignment_changed
        op(10, 0, 0),  // reopened
        op(10, 0, 3),  // case_renamed
        op(11, 0, 1),  // handoff
        op(12, 0, 30), // promise_made, twice
        op(12, 0, 31),
        op(13, 0, 2), // promise_kept
        op(13, 0, 1), // promise_broken
        op(14, 0, 2), // fact_pinned
        op(14, 0, 3), // fact_unpinned
        op(15, 0, 1), // complaint_flagged
        op(16, 0, 1), // complaint_closed
        op(17, 0, 1), // case_escalated
        op(18, 0, 1), // escalation_closed
        op(19, 0, 3), // satisfaction_recorded
        op(20, 0, 0), // outreach_call
        op(37, 0, 0), // root_causes_changed, calendar_changed: the whole settings, as a desk first shares
        op(21, 0, 1), // root_causes_edited
        op(22, 0, 1), // calendar_edited
        op(23, 0, 7), // targets_changed
        op(6, 2, 1),  // a second customer, with a case
        op(26, 0, 1), // not_duplicates
        op(24, 0, 1), // customers_merged
        op(25, 0, 0), // merge_undone
        op(24, 1, 0), // merged again, the other way round
        op(27, 0, 1), // mailbox_connected
        op(28, 0, 1), // mail_received: a new sender, a new email case
        op(28, 0, 5), // mail_sent_elsewhere
        op(29, 0, 1), // mail_reply
        op(30, 0, 0), // mail_sent
        op(29, 0, 2), // another reply
        op(30, 1, 2), // mail_failed for good
        op(30, 1, 3), // mail_retried
        op(30, 1, 4), // mail_refused
        op(31, 0, 0), // mailbox_disconnected
        op(27, 0, 2), // connected again
        op(32, 0, 1), // files_attached
        op(32, 1, 2), // more files
        op(33, 0, 0), // attachment_removed
        op(0, 5, 2),  // an owner on duty
        op(34, 0, 0), // attachment_erased
        op(35, 0, 1), // attachment_limit_changed
        op(36, 0, 1), // shop_locale_set
        op(36, 0, 0), // shop_locale_set back to each desk's computer
        op(38, 0, 2), // staff_updated: a new role
        op(39, 0, 0), // passcode_set: the owner's own
        op(40, 0, 2), // passcodes_edited (asked for owner tools), recovery_code_set
        op(40, 0, 0), // passcodes_edited: never asked again
        op(6, 3, 2),  // a customer with a case,
        op(42, 0, 0), // forgotten (customer_forgotten)
        op(43, 0, 0), // retention_set: customers kept for a while
        op(43, 0, 2), // retention_set: off
        op(44, 0, 0), // saved_reply_added (the shop's, by an owner)
        op(44, 0, 1), // saved_reply_edited
        op(44, 0, 4), // saved_reply_used
        op(44, 0, 5), // shop_named
        op(44, 0, 6), // customer_edited: the customer's language
        op(44, 1, 0), // saved_reply_added (someone's own)
        op(44, 0, 3), // saved_reply_removed
    ];
    let mut at = start;
    for op in every.iter().chain(steps) {
        at += chrono::Duration::minutes(i64::from(op.later));
        step(&mut store, op, at);
    }
    store
}

/// An owner (by `a`), proved; or nobody, in a shop without one.
fn owner_ctx(store: &Store, a: u32, at: Ts) -> Ctx {
    let owners = ids(store, "SELECT id FROM staff WHERE active = 1 AND role = 'owner' ORDER BY id");
    Ctx::at(pick(&owners, a), at).proved()
}

/// One passcode's hash, made once: hashing is slow on purpose.
fn a_passcode() -> casebook::staff::passcode::PasscodeHash {
    static HASH: std::sync::OnceLock<casebook::staff::passcode::PasscodeHash> = std::sync::OnceLock::new();
    HASH.get_or_init(|| {
        let rule = PasscodeRule { min_digits: 4, ..PasscodeRule::default() };
        casebook::staff::passcode::hash_new(&casebook::staff::Passcode::new("2580"), &rule).unwrap()
    })
    .clone()
}

/// Roles, passcodes and the passcode rule: by an owner or by whoever `a`
/// picks (refused unless they are one where the event is applied).
fn rights_step(store: &mut Store, op: &Op, at: Ts) {
    let staff = ids(store, "SELECT id FROM staff WHERE active = 1 ORDER BY id");
    let Some(me) = pick(&staff, op.a) else { return };
    let boss = if op.b.is_multiple_of(2) {
        owner_ctx(store, op.a, at)
    } else {
        Ctx::at(Some(me.clone()), at).proved()
    };
    let Some(other) = pick(&staff, op.b / 2) else { return };
    let _ = store.write(|w| match op.what {
        38 => w.set_staff_role(&boss, &other, StaffRole::ALL[(op.a as usize + op.b as usize) % 3]).map(drop),
        39 => {
            let whose = if op.b.is_multiple_of(4) { boss.staff_id.clone().unwrap_or(other) } else { other };
            w.record_passcode(&boss, &whose, &a_passcode())
        }
        40 => {
            let edit = RuleEdit {
                ask: Some(PasscodeAsk::ALL[(op.b as usize / 2) % 3]),
                min_digits: Some(4 + (op.a % 5) as u8),
                lock_minutes: Some(op.a % 30),
                reports_owner_only: Some(op.a.is_multiple_of(2)),
            };
            let recovery = (op.b % 4 == 2).then(|| a_passcode().as_str().to_owned());
            w.edit_passcode_rule(&boss, &edit, recovery.as_deref()).map(drop)
        }
        _ => {
            // The owner takes the newest person who is not an owner off the list.
            let Some(leaving) =
                ids_in(w, "SELECT id FROM staff WHERE active = 1 AND role <> 'owner' ORDER BY id DESC")
                    .into_iter()
                    .next()
            else {
                return Ok(());
            };
            w.set_staff_active(&boss, &leaving, false).map(drop)
        }
    });
}

/// An owner half the time, else whoever `a` picks (refused unless they are one).
fn owner_or_anyone(store: &Store, op: &Op, at: Ts) -> Option<Ctx> {
    if op.b.is_multiple_of(2) {
        return Some(owner_ctx(store, op.a, at));
    }
    let staff = ids(store, "SELECT id FROM staff WHERE active = 1 ORDER BY id");
    Some(Ctx::at(Some(pick(&staff, op.a)?), at).proved())
}

/// An owner (or whoever `a` picks, refused unless they are one) forgets a
/// customer: their words leave the log and the state, their cases stay.
fn forget_step(store: &mut Store, op: &Op, at: Ts) {
    let customers =
        ids(store, "SELECT id FROM customers WHERE merged_into IS NULL ORDER BY created_at DESC, id");
    let Some(who) = pick(&customers, op.b / 2) else { return };
    let Some(boss) = owner_or_anyone(store, op, at) else { return };
    let _ = store.write(|w| w.forget_customer(&boss, &who, &format!("asked ({})", op.a % 7)).map(drop));
}

/// The owner (or whoever `a` picks) sets how long customers with no
/// contact are kept, or turns the rule off; those past it are forgotten.
fn retention_step(store: &mut Store, op: &Op, at: Ts) {
    let Some(boss) = owner_or_anyone(store, op, at) else { return };
    let years = (op.b % 4 != 2).then_some(1 + op.a % 3);
    let _ = store.write(|w| w.set_retention(&boss, years).map(drop));
}

fn ids_in(w: &casebook::Writer<'_>, sql: &str) -> Vec<String> {
    let mut stmt = w.tx().prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

/// The desk writes its settings whole, as it does when it first shares its
/// history (`sync connect`): once, where the log has none yet.
fn shared_settings_step(store: &mut Store, at: Ts) {
    let owners = ids(store, "SELECT id FROM staff WHERE active = 1 AND role = 'owner' ORDER BY id");
    let ctx = Ctx::at(owners.first().cloned(), at);
    let _ = store.write(|w| {
        w.log_hours(&ctx)?;
        w.log_root_causes(&ctx)
    });
}

/// The owner sets the shop's language and style (or clears it).
fn locale_step(store: &mut Store, op: &Op, at: Ts) {
    let owners = ids(store, "SELECT id FROM staff WHERE active = 1 AND role = 'owner' ORDER BY id");
    let Some(owner) = pick(&owners, op.a) else { return };
    const REGIONS: [&str; 5] = ["en-GB", "nl-NL", "de-CH", "fr-BE", "es-ES"];
    let i = op.b as usize % 5;
    let choice = (!op.b.is_multiple_of(7))
        .then(|| LocaleChoice { language: Lang::ALL[i].code().to_owned(), region: REGIONS[i].to_owned() });
    let _ = store.write(|w| w.set_shop_locale(&Ctx::at(Some(owner), at), choice.as_ref()));
}

/// Every event of a forgotten customer, on every desk, holds no word about
/// them (its payload is its own redaction), and no way to reach them is kept.
pub(crate) fn forgotten_keep_no_words(store: &Store, i: usize) {
    let conn = store.connection();
    let mut stmt = conn
        .prepare(
            "SELECT e.id, e.customer_id, e.payload FROM events e JOIN forgotten f ON f.customer_id = e.customer_id
             WHERE e.kind <> 'customer_forgotten'",
        )
        .unwrap();
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (id, customer, payload) in rows {
        let again = casebook::shop::forget::redact(&payload, &customer).unwrap_or_else(|| payload.clone());
        let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(
            value(&again),
            value(&payload),
            "desk {i}: event {id} of a forgotten customer holds no words"
        );
    }
    let contacts: i64 = conn
        .query_row(
            "SELECT count(*) FROM customer_contacts c JOIN forgotten f ON f.customer_id = c.customer_id",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(contacts, 0, "desk {i} keeps no phone number or address of a forgotten customer");
}

fn replayed(events: &[LoggedEvent]) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|w| {
            w.receive(events, casebook::core::Origin::Replay)?;
            Ok(())
        })
        .unwrap();
    store
}

fn assert_same(live: &Store, replay: &Store) {
    let (a, b) = (live.state_dump().unwrap(), replay.state_dump().unwrap());
    if a != b {
        let diff = a.lines().zip(b.lines()).find(|(x, y)| x != y);
        panic!("live writes and the replayed log disagree; first difference: {diff:?}");
    }
}

#[test]
fn the_fixed_prefix_uses_every_kind_of_event() {
    let store = live_history(&[]);
    let kinds: std::collections::BTreeSet<String> = logged(&store).iter().map(|e| e.kind()).collect();
    let every: std::collections::BTreeSet<String> = written_kinds().map(str::to_owned).collect();
    assert_eq!(kinds, every, "the property below covers every kind of event this build writes");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn live_writes_and_replaying_the_log_give_the_same_state(steps in ops()) {
        let live = live_history(&steps);
        let again = replayed(&logged(&live));
        assert_same(&live, &again);
        forgotten_keep_no_words(&live, 0);
        forgotten_keep_no_words(&again, 1);
    }
}
