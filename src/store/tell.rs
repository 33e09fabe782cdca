//! Tell it once: promises, expectation profiles, pinned key facts, complaints and
//! handoffs with a brief. Every change is an event; the tables of migration 3 are
//! the current state the screens read.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::read;
use super::write::{Ctx, Writer};
use super::Store;
use crate::model::*;
use crate::validate::{self, BODY_MAX, NOTES_MAX, SUBJECT_MAX};
use crate::{clock, ids, Error, Result};

/// Limits for a brief: enough for any handover, bounded for pasted essays.
const BRIEF_LINE_MAX: usize = 2_000;
const BRIEF_LINES_MAX: usize = 200;
/// How many recent entries "what we have tried" lists.
const TRIED_LINES: usize = 12;
/// Long entries are shortened in a brief; the whole text stays on the timeline.
const QUOTE_CHARS: usize = 280;

// ----- reads -----------------------------------------------------------------

const PROMISE_COLUMNS: &str =
    "p.id, p.case_id, k.subject, p.customer_id, cu.name, p.text, p.owner_id, o.name, m.name,
     p.made_at, p.due_at, p.status, p.closed_at, p.recovery
     FROM promises p
     JOIN cases k ON k.id = p.case_id
     JOIN customers cu ON cu.id = p.customer_id
     LEFT JOIN staff o ON o.id = p.owner_id
     LEFT JOIN staff m ON m.id = p.made_by";

fn promise_row(r: &Row<'_>, now: i64) -> rusqlite::Result<Promise> {
    let status: PromiseStatus = r.get(11)?;
    let due_at: i64 = r.get(10)?;
    Ok(Promise {
        id: r.get(0)?,
        case_id: r.get(1)?,
        case_subject: r.get(2)?,
        customer_id: r.get(3)?,
        customer_name: r.get(4)?,
        text: r.get(5)?,
        owner_id: r.get(6)?,
        owner_name: r.get(7)?,
        made_by_name: r.get(8)?,
        made_at: clock::from_ms(r.get(9)?),
        due_at: clock::from_ms(due_at),
        status,
        closed_at: r.get::<_, Option<i64>>(12)?.map(clock::from_ms),
        recovery: r.get(13)?,
        overdue: status == PromiseStatus::Open && due_at <= now,
    })
}

pub(crate) fn promise(conn: &Connection, id: &str, now: i64) -> Result<Promise> {
    let sql = format!("SELECT {PROMISE_COLUMNS} WHERE p.id = ?1");
    conn.query_row(&sql, [id], |r| promise_row(r, now))
        .optional()?
        .ok_or_else(|| Error::not_found("Promise", id))
}

fn customer_open_promises(conn: &Connection, customer_id: &str, now: i64) -> Result<Vec<Promise>> {
    let sql =
        format!("SELECT {PROMISE_COLUMNS} WHERE p.customer_id = ?1 AND p.status = 'open' ORDER BY p.due_at");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([customer_id], |r| promise_row(r, now))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn expectations(conn: &Connection, customer_id: &str) -> Result<Expectations> {
    Ok(conn
        .query_row(
            "SELECT preferred_channel, contact_hours, turnaround, always_do, never_do, recovery, notes
             FROM expectations WHERE customer_id = ?1",
            [customer_id],
            |r| {
                Ok(Expectations {
                    preferred_channel: r.get(0)?,
                    contact_hours: r.get(1)?,
                    turnaround: r.get(2)?,
                    always_do: r.get(3)?,
                    never_do: r.get(4)?,
                    recovery: r.get(5)?,
                    notes: r.get(6)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

/// Writes a customer's expectation profile (the event saying what changed is the caller's).
pub(crate) fn save_expectations(
    conn: &Connection,
    customer_id: &str,
    e: &Expectations,
    at: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO expectations (customer_id, preferred_channel, contact_hours, turnaround, always_do, never_do, recovery, notes, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (customer_id) DO UPDATE SET preferred_channel = excluded.preferred_channel,
           contact_hours = excluded.contact_hours, turnaround = excluded.turnaround, always_do = excluded.always_do,
           never_do = excluded.never_do, recovery = excluded.recovery, notes = excluded.notes, updated_at = excluded.updated_at",
        params![
            customer_id,
            e.preferred_channel,
            e.contact_hours,
            e.turnaround,
            e.always_do,
            e.never_do,
            e.recovery,
            e.notes,
            at
        ],
    )?;
    Ok(())
}

fn key_facts(conn: &Connection, customer_id: &str) -> Result<Vec<KeyFact>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.event_id, e.payload, k.subject, s.name, p.pinned_at
         FROM pins p
         JOIN events e ON e.id = p.event_id
         LEFT JOIN cases k ON k.id = e.case_id
         LEFT JOIN staff s ON s.id = p.pinned_by
         WHERE p.customer_id = ?1
         ORDER BY p.pinned_at",
    )?;
    let rows = stmt.query_map([customer_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get::<_, i64>(4)?))
    })?;
    rows.map(|row| {
        let (event_id, payload, case_subject, pinned_by_name, pinned_at) = row?;
        let payload: EventPayload = serde_json::from_str(&payload)?;
        Ok(KeyFact {
            event_id,
            text: fact_text(&payload),
            case_subject,
            pinned_by_name,
            pinned_at: clock::from_ms(pinned_at),
        })
    })
    .collect()
}

pub(super) const COMPLAINT_COLUMNS: &str =
    "c.id, c.customer_id, cu.name, c.case_id, k.subject, c.event_id, c.summary, c.status,
     c.opened_at, s.name, c.closed_at, c.what_changed, c.customer_told
     FROM complaints c
     JOIN customers cu ON cu.id = c.customer_id
     JOIN cases k ON k.id = c.case_id
     LEFT JOIN staff s ON s.id = c.opened_by";

pub(crate) fn complaint_row(r: &Row<'_>) -> rusqlite::Result<Complaint> {
    Ok(Complaint {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        customer_name: r.get(2)?,
        case_id: r.get(3)?,
        case_subject: r.get(4)?,
        event_id: r.get(5)?,
        summary: r.get(6)?,
        status: r.get(7)?,
        opened_at: clock::from_ms(r.get(8)?),
        opened_by_name: r.get(9)?,
        closed_at: r.get::<_, Option<i64>>(10)?.map(clock::from_ms),
        what_changed: r.get(11)?,
        customer_told: r.get(12)?,
    })
}

pub(crate) fn complaint(conn: &Connection, id: &str) -> Result<Complaint> {
    let sql = format!("SELECT {COMPLAINT_COLUMNS} WHERE c.id = ?1");
    conn.query_row(&sql, [id], complaint_row).optional()?.ok_or_else(|| Error::not_found("Complaint", id))
}

fn customer_complaints(conn: &Connection, customer_id: &str) -> Result<Vec<Complaint>> {
    let sql = format!(
        "SELECT {COMPLAINT_COLUMNS} WHERE c.customer_id = ?1 ORDER BY c.status = 'closed', c.opened_at DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([customer_id], complaint_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn customer_context(conn: &Connection, customer_id: &str, now: i64) -> Result<CustomerContext> {
    Ok(CustomerContext {
        expectations: expectations(conn, customer_id)?,
        key_facts: key_facts(conn, customer_id)?,
        open_promises: customer_open_promises(conn, customer_id, now)?,
        complaints: customer_complaints(conn, customer_id)?,
    })
}

const HANDOFF_COLUMNS: &str =
    "e.id, e.case_id, k.subject, cu.name, e.at, e.staff_id, f.name, i.to_staff, t.name, e.payload,
     i.seen_at IS NOT NULL
     FROM events e
     JOIN handoff_inbox i ON i.event_id = e.id
     JOIN cases k ON k.id = e.case_id
     JOIN customers cu ON cu.id = k.customer_id
     LEFT JOIN staff f ON f.id = e.staff_id
     LEFT JOIN staff t ON t.id = i.to_staff";

fn handoff_row(r: &Row<'_>) -> rusqlite::Result<(Handoff, String)> {
    Ok((
        Handoff {
            event_id: r.get(0)?,
            case_id: r.get(1)?,
            case_subject: r.get(2)?,
            customer_name: r.get(3)?,
            at: clock::from_ms(r.get(4)?),
            from_id: r.get(5)?,
            from_name: r.get(6)?,
            to_id: r.get(7)?,
            to_name: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
            brief: Brief::default(),
            seen: r.get(10)?,
        },
        r.get(9)?,
    ))
}

fn with_brief((mut handoff, payload): (Handoff, String)) -> Result<Handoff> {
    if let EventPayload::Handoff { brief, .. } = serde_json::from_str(&payload)? {
        handoff.brief = brief;
    }
    Ok(handoff)
}

pub(crate) fn latest_handoff(conn: &Connection, case_id: &str) -> Result<Option<Handoff>> {
    let sql = format!(
        "SELECT {HANDOFF_COLUMNS} WHERE e.case_id = ?1 AND e.kind = 'handoff' ORDER BY e.at DESC, e.seq DESC LIMIT 1"
    );
    conn.query_row(&sql, [case_id], handoff_row).optional()?.map(with_brief).transpose()
}

/// The text a pinned event stands for.
fn fact_text(p: &EventPayload) -> String {
    match p {
        EventPayload::CustomerMessage { body, .. }
        | EventPayload::Reply { body, .. }
        | EventPayload::Note { body }
        | EventPayload::Call { body, .. }
        | EventPayload::Visit { body } => body.clone(),
        EventPayload::CaseOpened { subject, .. } => subject.clone(),
        EventPayload::PromiseMade { text, .. } => format!("Promised: {text}"),
        EventPayload::ComplaintFlagged { summary, .. } => format!("Complaint: {summary}"),
        other => other.kind().replace('_', " "),
    }
}

fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

fn channel_words(c: Channel) -> &'static str {
    match c {
        Channel::WalkIn => "in person",
        Channel::Phone => "by phone",
        Channel::Email => "by email",
        Channel::Chat => "by chat",
        Channel::Other => "another way",
    }
}

/// Drafts the brief for handing a case on, by fixed rules from the history:
/// 1. their words: the customer's first message on this case, every pinned fact,
///    and their latest message if it differs from the first;
/// 2. what we have tried: the latest replies, notes, calls and visits on this
///    case, oldest first;
/// 3. every open promise to this customer, on any case, soonest first;
/// 4. their expectations, "never" included, word for word;
/// 5. every complaint on record, open ones first.
///
/// Sections with nothing to say are left out. Open promises and "never do"
/// items are never shortened or dropped.
pub(crate) fn draft_brief(conn: &Connection, case_id: &str, now: i64, tz: chrono_tz::Tz) -> Result<Brief> {
    let customer_id: String = conn
        .query_row("SELECT customer_id FROM cases WHERE id = ?1", [case_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("Case", case_id))?;
    let day = |ms: i64| clock::from_ms(ms).with_timezone(&tz).format("%a %-d %b %H:%M").to_string();
    let payload = |text: String| -> Result<EventPayload> { Ok(serde_json::from_str(&text)?) };
    let body_of = |p: &EventPayload| match p {
        EventPayload::CustomerMessage { body, .. }
        | EventPayload::Reply { body, .. }
        | EventPayload::Note { body }
        | EventPayload::Call { body, .. }
        | EventPayload::Visit { body } => body.clone(),
        _ => String::new(),
    };

    let customer_message = |order: &str| -> Result<Option<(String, i64, String)>> {
        let sql = format!(
            "SELECT id, at, payload FROM events WHERE case_id = ?1 AND kind = 'customer_message' ORDER BY at {order}, seq {order} LIMIT 1"
        );
        Ok(conn
            .query_row(&sql, [case_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?))
            })
            .optional()?)
    };
    let mut their_words = Vec::new();
    let first = customer_message("ASC")?;
    if let Some((_, at, p)) = &first {
        their_words.push(format!(
            "“{}” ({})",
            shorten(&body_of(&payload(p.clone())?), QUOTE_CHARS),
            day(*at)
        ));
    }
    for fact in key_facts(conn, &customer_id)? {
        their_words.push(format!("Pinned: {}", shorten(&fact.text, QUOTE_CHARS)));
    }
    if let (Some((first_id, ..)), Some((last_id, at, p))) = (&first, customer_message("DESC")?) {
        if *first_id != last_id {
            their_words.push(format!(
                "Latest: “{}” ({})",
                shorten(&body_of(&payload(p)?), QUOTE_CHARS),
                day(at)
            ));
        }
    }

    let mut tried = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT e.at, e.payload, s.name FROM events e LEFT JOIN staff s ON s.id = e.staff_id
             WHERE e.case_id = ?1 AND e.kind IN ('reply', 'note', 'call', 'visit')
             ORDER BY e.at DESC, e.seq DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![case_id, TRIED_LINES as i64 + 1], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))
        })?;
        let mut recent = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        let more = recent.len() > TRIED_LINES;
        recent.truncate(TRIED_LINES);
        recent.reverse();
        if more {
            let total: i64 = conn.query_row(
                "SELECT count(*) FROM events WHERE case_id = ?1 AND kind IN ('reply', 'note', 'call', 'visit')",
                [case_id],
                |r| r.get(0),
            )?;
            tried.push(format!("…and {} earlier entries on the timeline.", total as usize - TRIED_LINES));
        }
        for (at, p, who) in recent {
            let p = payload(p)?;
            let what = match &p {
                EventPayload::Reply { .. } => "replied",
                EventPayload::Note { .. } => "noted",
                EventPayload::Call { direction: CallDirection::Inbound, .. } => "took a call",
                EventPayload::Call { .. } => "called them",
                _ => "saw them",
            };
            let who = who.unwrap_or_else(|| "Someone".into());
            tried.push(format!("{who} {what} ({}): {}", day(at), shorten(&body_of(&p), QUOTE_CHARS)));
        }
    }

    // A promise is the case owner's to keep unless it says otherwise; on a handoff
    // the owner's promises on this case go to whoever takes it over.
    let case_owner: Option<String> =
        conn.query_row("SELECT owner_id FROM cases WHERE id = ?1", [case_id], |r| r.get(0))?;
    let promises: Vec<String> = customer_open_promises(conn, &customer_id, now)?
        .into_iter()
        .map(|p| {
            let theirs = p.case_id == case_id && p.owner_id.is_some() && p.owner_id == case_owner;
            let owner = match (theirs, p.owner_name) {
                (false, Some(o)) => format!(", {o} keeps it"),
                _ => String::new(),
            };
            let late = if p.overdue { " — OVERDUE" } else { "" };
            format!("{} — due {}{owner}{late}", p.text, day(clock::to_ms(p.due_at)))
        })
        .collect();

    let e = expectations(conn, &customer_id)?;
    let mut expect = Vec::new();
    let mut push = |label: &str, text: &str| {
        if !text.trim().is_empty() {
            expect.push(format!("{label}: {}", text.trim()));
        }
    };
    push("Never", &e.never_do);
    push("Always", &e.always_do);
    push("If we get it wrong", &e.recovery);
    if let Some(c) = e.preferred_channel {
        push("Prefers to be contacted", channel_words(c));
    }
    push("Best time to reach them", &e.contact_hours);
    push("Expects an answer within", &e.turnaround);
    push("Notes", &e.notes);

    let complaints: Vec<String> = customer_complaints(conn, &customer_id)?
        .into_iter()
        .map(|c| match c.status {
            ComplaintStatus::Open => format!(
                "{} (open, since {}, on “{}”)",
                c.summary,
                day(clock::to_ms(c.opened_at)),
                c.case_subject
            ),
            ComplaintStatus::Closed => format!(
                "{} (closed{})",
                c.summary,
                c.what_changed.map(|w| format!("; we changed: {w}")).unwrap_or_default()
            ),
        })
        .collect();

    let sections = [
        (BriefPart::TheirWords, "In their words", their_words),
        (BriefPart::Tried, "What we have tried", tried),
        (BriefPart::Promises, "Open promises", promises),
        (BriefPart::Expectations, "What they expect", expect),
        (BriefPart::Complaints, "Complaints on record", complaints),
    ]
    .into_iter()
    .filter(|(_, _, lines)| !lines.is_empty())
    .map(|(part, title, lines)| BriefSection { part, title: title.into(), lines })
    .collect();
    Ok(Brief { sections, note: String::new() })
}

// ----- writes ----------------------------------------------------------------

fn clean_brief(brief: &Brief) -> Result<Brief> {
    let mut sections = Vec::new();
    let mut count = 0;
    for s in &brief.sections {
        let mut lines = Vec::new();
        for line in &s.lines {
            let line = validate::optional_text(line, "brief", "A line of the brief", BRIEF_LINE_MAX)?;
            if !line.is_empty() {
                lines.push(line);
            }
        }
        count += lines.len();
        if !lines.is_empty() {
            let title = validate::required_line(&s.title, "brief", "A section title", SUBJECT_MAX)?;
            sections.push(BriefSection { part: s.part, title, lines });
        }
    }
    if count > BRIEF_LINES_MAX {
        return Err(Error::invalid(
            "brief",
            format!("The brief has {count} lines; keep it under {BRIEF_LINES_MAX}."),
        ));
    }
    let note = validate::optional_text(&brief.note, "brief", "The handover note", BODY_MAX)?;
    let cleaned = Brief { sections, note };
    if cleaned.is_empty() {
        return Err(Error::invalid(
            "brief",
            "The brief is empty. Keep the drafted lines or write what the next person needs to know.",
        ));
    }
    Ok(cleaned)
}

impl Writer<'_> {
    fn case_customer(&self, case_id: &str) -> Result<(String, CaseStatus)> {
        self.tx()
            .query_row("SELECT customer_id, status FROM cases WHERE id = ?1", [case_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("Case", case_id))
    }

    fn now_ms(&self) -> i64 {
        clock::to_ms(clock::now())
    }

    /// Records a promise made to the customer of a case. It must fall due in the
    /// future, and its owner must be active.
    pub fn make_promise(&mut self, ctx: &Ctx, input: &NewPromise) -> Result<Promise> {
        self.check_actor(ctx)?;
        let (customer_id, _) = self.case_customer(&input.case_id)?;
        let text = validate::required_line(&input.text, "text", "What was promised", SUBJECT_MAX)?;
        if input.due_at <= ctx.at {
            let tz = self.settings().calendar.tz();
            return Err(Error::invalid(
                "due_at",
                format!(
                    "A promise must fall due in the future, and {} has passed. Pick a later time.",
                    input.due_at.with_timezone(&tz).format("%a %-d %b %H:%M")
                ),
            ));
        }
        let owner = input.owner_id.clone().or_else(|| ctx.staff_id.clone());
        self.check_owner(owner.as_deref())?;
        let id = ids::new_id();
        self.tx().execute(
            "INSERT INTO promises (id, customer_id, case_id, text, owner_id, made_by, made_at, due_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                customer_id,
                input.case_id,
                text,
                owner,
                ctx.staff_id,
                clock::to_ms(ctx.at),
                clock::to_ms(input.due_at)
            ],
        )?;
        let payload =
            EventPayload::PromiseMade { promise_id: id.clone(), text, due_at: input.due_at, owner_id: owner };
        self.append_event(ctx, Some(&customer_id), Some(&input.case_id), &payload)?;
        promise(self.tx(), &id, self.now_ms())
    }

    /// Closes a promise as kept, or as broken with what we did to make it right.
    pub fn close_promise(&mut self, ctx: &Ctx, input: &PromiseOutcome) -> Result<Promise> {
        self.check_actor(ctx)?;
        let current = promise(self.tx(), &input.promise_id, self.now_ms())?;
        if current.status != PromiseStatus::Open {
            return Err(Error::Conflict {
                message: format!(
                    "This promise was already closed as {}. Nothing was changed.",
                    current.status
                ),
            });
        }
        let (status, payload, recovery) = if input.kept {
            (
                PromiseStatus::Kept,
                EventPayload::PromiseKept { promise_id: current.id.clone(), text: current.text.clone() },
                None,
            )
        } else {
            let recovery = validate::required_text(
                input.recovery.as_deref().unwrap_or(""),
                "recovery",
                "A broken promise needs a recovery note (what we did to make it right). The recovery note",
                NOTES_MAX,
            )
            .map_err(|_| {
                Error::invalid(
                    "recovery",
                    "A broken promise needs a recovery note: write what we did to make it right.",
                )
            })?;
            let payload = EventPayload::PromiseBroken {
                promise_id: current.id.clone(),
                text: current.text.clone(),
                recovery: recovery.clone(),
            };
            (PromiseStatus::Broken, payload, Some(recovery))
        };
        self.tx().execute(
            "UPDATE promises SET status = ?2, closed_at = ?3, closed_by = ?4, recovery = ?5 WHERE id = ?1",
            params![current.id, status, clock::to_ms(ctx.at), ctx.staff_id, recovery],
        )?;
        self.append_event(ctx, Some(&current.customer_id), Some(&current.case_id), &payload)?;
        promise(self.tx(), &current.id, self.now_ms())
    }

    /// Replaces a customer's expectation profile; each changed field is recorded.
    pub fn set_expectations(
        &mut self,
        ctx: &Ctx,
        customer_id: &str,
        input: &Expectations,
    ) -> Result<Expectations> {
        self.check_actor(ctx)?;
        read::customer(self.tx(), customer_id)?;
        let clean = |text: &str, field: &'static str, label: &str| {
            validate::optional_text(text, field, label, NOTES_MAX)
        };
        let after = Expectations {
            preferred_channel: input.preferred_channel,
            contact_hours: clean(&input.contact_hours, "contact_hours", "Contact hours")?,
            turnaround: clean(&input.turnaround, "turnaround", "Expected turnaround")?,
            always_do: clean(&input.always_do, "always_do", "Always do")?,
            never_do: clean(&input.never_do, "never_do", "Never do")?,
            recovery: clean(&input.recovery, "recovery", "How to recover")?,
            notes: clean(&input.notes, "notes", "Notes")?,
        };
        let before = expectations(self.tx(), customer_id)?;
        let channel = |c: Option<Channel>| c.map(|c| c.to_string()).unwrap_or_default();
        let mut changes = Vec::new();
        for (field, from, to) in [
            ("preferred channel", channel(before.preferred_channel), channel(after.preferred_channel)),
            ("contact hours", before.contact_hours.clone(), after.contact_hours.clone()),
            ("turnaround", before.turnaround.clone(), after.turnaround.clone()),
            ("always do", before.always_do.clone(), after.always_do.clone()),
            ("never do", before.never_do.clone(), after.never_do.clone()),
            ("if we get it wrong", before.recovery.clone(), after.recovery.clone()),
            ("notes", before.notes.clone(), after.notes.clone()),
        ] {
            if from != to {
                changes.push(FieldChange { field: field.into(), from, to });
            }
        }
        if changes.is_empty() {
            return Ok(before);
        }
        save_expectations(self.tx(), customer_id, &after, clock::to_ms(ctx.at))?;
        self.append_event(ctx, Some(customer_id), None, &EventPayload::ExpectationsChanged { changes })?;
        Ok(after)
    }

    fn event_customer(&self, event_id: &str) -> Result<(Option<String>, Option<String>, EventPayload)> {
        let (customer, case, payload): (Option<String>, Option<String>, String) = self
            .tx()
            .query_row("SELECT customer_id, case_id, payload FROM events WHERE id = ?1", [event_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("Event", event_id))?;
        Ok((customer, case, serde_json::from_str(&payload)?))
    }

    /// Pins an event as a key fact about its customer. Pinning twice is harmless.
    pub fn pin_fact(&mut self, ctx: &Ctx, event_id: &str) -> Result<()> {
        self.check_actor(ctx)?;
        let (customer, case, payload) = self.event_customer(event_id)?;
        let customer = customer.ok_or_else(|| {
            Error::invalid("event_id", "Only an entry about a customer can be pinned as a key fact.")
        })?;
        let pinned: bool = self.tx().query_row(
            "SELECT EXISTS (SELECT 1 FROM pins WHERE event_id = ?1)",
            [event_id],
            |r| r.get(0),
        )?;
        if pinned {
            return Ok(());
        }
        self.tx().execute(
            "INSERT INTO pins (event_id, customer_id, pinned_by, pinned_at) VALUES (?1, ?2, ?3, ?4)",
            params![event_id, customer, ctx.staff_id, clock::to_ms(ctx.at)],
        )?;
        let text = fact_text(&payload);
        self.append_event(
            ctx,
            Some(&customer),
            case.as_deref(),
            &EventPayload::FactPinned { event_id: event_id.into(), text },
        )?;
        Ok(())
    }

    pub fn unpin_fact(&mut self, ctx: &Ctx, event_id: &str) -> Result<()> {
        self.check_actor(ctx)?;
        let (customer, case, payload) = self.event_customer(event_id)?;
        let removed = self.tx().execute("DELETE FROM pins WHERE event_id = ?1", [event_id])?;
        if removed == 0 {
            return Ok(());
        }
        let text = fact_text(&payload);
        self.append_event(
            ctx,
            customer.as_deref(),
            case.as_deref(),
            &EventPayload::FactUnpinned { event_id: event_id.into(), text },
        )?;
        Ok(())
    }

    /// Flags a case, or one entry of it, as a complaint.
    pub fn flag_complaint(&mut self, ctx: &Ctx, input: &NewComplaint) -> Result<Complaint> {
        self.check_actor(ctx)?;
        let (customer_id, _) = self.case_customer(&input.case_id)?;
        if let Some(event_id) = &input.event_id {
            let (_, case, _) = self.event_customer(event_id)?;
            if case.as_deref() != Some(input.case_id.as_str()) {
                return Err(Error::invalid(
                    "event_id",
                    "That entry belongs to another case. Flag it from its own case.",
                ));
            }
        }
        let summary =
            validate::required_line(&input.summary, "summary", "What the complaint is about", SUBJECT_MAX)?;
        let id = ids::new_id();
        self.tx().execute(
            "INSERT INTO complaints (id, customer_id, case_id, event_id, summary, opened_at, opened_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                id,
                customer_id,
                input.case_id,
                input.event_id,
                summary,
                clock::to_ms(ctx.at),
                ctx.staff_id
            ],
        )?;
        let payload = EventPayload::ComplaintFlagged {
            complaint_id: id.clone(),
            event_id: input.event_id.clone(),
            summary,
        };
        self.append_event(ctx, Some(&customer_id), Some(&input.case_id), &payload)?;
        complaint(self.tx(), &id)
    }

    /// Hands a case to a colleague with a brief. The receiver becomes the case's
    /// owner and finds it in their inbox.
    pub fn hand_off(&mut self, ctx: &Ctx, input: &HandoffInput) -> Result<Handoff> {
        self.check_actor(ctx)?;
        let from = ctx.staff_id.clone().ok_or_else(|| {
            Error::invalid("from", "A handoff needs someone handing off: pick who you are first.")
        })?;
        if input.to_staff_id == from {
            return Err(Error::invalid(
                "to_staff_id",
                "You cannot hand a case to yourself. Pick a colleague.",
            ));
        }
        let to = read::staff_member(self.tx(), &input.to_staff_id).map_err(|_| {
            Error::invalid("to_staff_id", "The colleague you picked is not on the staff list.")
        })?;
        if !to.active {
            return Err(Error::invalid(
                "to_staff_id",
                format!("{} is no longer active, so cannot take over a case. Pick someone else.", to.name),
            ));
        }
        let (customer_id, status) = self.case_customer(&input.case_id)?;
        if !status.is_active() {
            return Err(Error::Conflict {
                message: format!("This case is {status}. Reopen it before handing it to {}.", to.name),
            });
        }
        let brief = clean_brief(&input.brief)?;
        // Whoever takes the case over keeps the promises made on it by the sender.
        let moved_promises: Vec<String> = {
            let mut stmt = self.tx().prepare_cached(
                "SELECT id FROM promises WHERE case_id = ?1 AND status = 'open' AND owner_id = ?2 ORDER BY due_at",
            )?;
            let rows = stmt.query_map(params![input.case_id, from], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for id in &moved_promises {
            self.tx().execute("UPDATE promises SET owner_id = ?2 WHERE id = ?1", params![id, to.id])?;
        }
        let payload =
            EventPayload::Handoff { from: Some(from.clone()), to: to.id.clone(), brief, moved_promises };
        let event_id = self.append_event(ctx, Some(&customer_id), Some(&input.case_id), &payload)?;
        self.tx().execute(
            "INSERT INTO handoff_inbox (event_id, case_id, from_staff, to_staff, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![event_id, input.case_id, from, to.id, clock::to_ms(ctx.at)],
        )?;
        self.set_owner_for_handoff(&input.case_id, &to.id, clock::to_ms(ctx.at))?;
        latest_handoff(self.tx(), &input.case_id)?
            .ok_or_else(|| Error::Internal("the handoff was not recorded".into()))
    }
}

impl Store {
    pub fn customer_context(&self, customer_id: &str) -> Result<CustomerContext> {
        read::customer(&self.conn, customer_id)?;
        customer_context(&self.conn, customer_id, clock::to_ms(clock::now()))
    }

    pub fn expectations(&self, customer_id: &str) -> Result<Expectations> {
        read::customer(&self.conn, customer_id)?;
        expectations(&self.conn, customer_id)
    }

    pub fn promise(&self, id: &str) -> Result<Promise> {
        promise(&self.conn, id, clock::to_ms(clock::now()))
    }

    /// Every open promise in the shop, soonest due first, a page at a time.
    pub fn open_promises(&self, cursor: Option<&str>, limit: u32) -> Result<PromisesPage> {
        let limit = limit.clamp(1, read::PAGE_MAX);
        let (due, id) = match cursor.filter(|c| !c.is_empty()) {
            Some(c) => {
                let bad = || {
                    Error::invalid("cursor", "The page position is not valid. Reload the list from the top.")
                };
                let (due, id) = c.split_once('.').ok_or_else(bad)?;
                (due.parse::<i64>().map_err(|_| bad())?, id.to_owned())
            }
            None => (i64::MIN, String::new()),
        };
        let now = clock::to_ms(clock::now());
        let sql = format!(
            "SELECT {PROMISE_COLUMNS} WHERE p.status = 'open' AND (p.due_at, p.id) > (?1, ?2) ORDER BY p.due_at, p.id LIMIT ?3"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut promises: Vec<Promise> = stmt
            .query_map(params![due, id, limit + 1], |r| promise_row(r, now))?
            .collect::<rusqlite::Result<_>>()?;
        let more = promises.len() > limit as usize;
        promises.truncate(limit as usize);
        let next_cursor =
            more.then(|| promises.last().map(|p| format!("{}.{}", clock::to_ms(p.due_at), p.id))).flatten();
        let total =
            self.conn.query_row("SELECT count(*) FROM promises WHERE status = 'open'", [], |r| r.get(0))?;
        Ok(PromisesPage { promises, next_cursor, total })
    }

    /// Of the promises due between `from` and `to`, how many were kept.
    pub fn kept_rate(&self, from: Ts, to: Ts) -> Result<KeptRate> {
        if to <= from {
            return Err(Error::invalid(
                "to",
                "The period ends before it starts. Pick an end after the start.",
            ));
        }
        let now = clock::to_ms(clock::now());
        let (kept, broken, open_overdue): (u32, u32, u32) = self.conn.query_row(
            "SELECT coalesce(sum(status = 'kept'), 0), coalesce(sum(status = 'broken'), 0),
                    coalesce(sum(status = 'open' AND due_at <= ?3), 0)
             FROM promises WHERE due_at >= ?1 AND due_at < ?2",
            params![clock::to_ms(from), clock::to_ms(to), now],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let closed = kept + broken;
        Ok(KeptRate {
            from,
            to,
            kept,
            broken,
            open_overdue,
            rate: (closed > 0).then(|| f64::from(kept) / f64::from(closed)),
        })
    }

    /// Drafts the brief for handing this case on (see [`draft_brief`]).
    pub fn draft_brief(&self, case_id: &str) -> Result<Brief> {
        let tz = self.sla_settings()?.calendar.tz();
        draft_brief(&self.conn, case_id, clock::to_ms(clock::now()), tz)
    }

    pub fn latest_handoff(&self, case_id: &str) -> Result<Option<Handoff>> {
        latest_handoff(&self.conn, case_id)
    }

    /// Cases handed to this person that they have not opened since.
    pub fn inbox(&self, staff_id: &str) -> Result<Vec<Handoff>> {
        let sql = format!("SELECT {HANDOFF_COLUMNS} WHERE i.to_staff = ?1 AND i.seen_at IS NULL ORDER BY i.at DESC LIMIT 50");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([staff_id], handoff_row)?;
        rows.map(|r| with_brief(r?)).collect()
    }

    /// The receiver opened the case: its handoffs leave their inbox.
    pub fn mark_handoffs_seen(&mut self, staff_id: &str, case_id: &str) -> Result<u32> {
        Ok(self.conn.execute(
            "UPDATE handoff_inbox SET seen_at = ?3 WHERE to_staff = ?1 AND case_id = ?2 AND seen_at IS NULL",
            params![staff_id, case_id, clock::to_ms(clock::now())],
        )? as u32)
    }

    /// Handoffs not yet announced on this desk's screen; marks them announced.
    pub fn take_handoff_notices(&mut self) -> Result<Vec<Handoff>> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let sql = format!("SELECT {HANDOFF_COLUMNS} WHERE i.notified_at IS NULL ORDER BY i.at");
        let handoffs = {
            let mut stmt = tx.prepare_cached(&sql)?;
            let rows = stmt.query_map([], handoff_row)?;
            rows.map(|r| with_brief(r?)).collect::<Result<Vec<_>>>()?
        };
        tx.execute(
            "UPDATE handoff_inbox SET notified_at = ?1 WHERE notified_at IS NULL",
            [clock::to_ms(clock::now())],
        )?;
        tx.commit()?;
        Ok(handoffs)
    }
}
