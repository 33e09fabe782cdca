//! Replaying events from another desk's log (an export): each event is added with
//! its own id, desk and time, and the current-state tables move exactly as they
//! did when it was first recorded. An event already in the log is skipped, so
//! replaying the same history twice adds nothing.

use rusqlite::{params, OptionalExtension};

use super::sla::{load_settings, put_setting, CALENDAR, TARGETS};
use super::write::{CaseState, Ctx, Writer};
use super::{read, tell};
use crate::model::*;
use crate::{clock, validate, Error, Result};

/// One event as it travels between desks: the log row, with its payload.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoggedEvent {
    pub id: Id,
    pub desk_id: String,
    pub staff_id: Option<Id>,
    pub at: Ts,
    pub customer_id: Option<Id>,
    pub case_id: Option<Id>,
    pub payload: EventPayload,
}

/// What replaying did to one event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replayed {
    Added,
    AlreadyThere,
}

fn needs(value: Option<&str>, what: &str, kind: &str) -> Result<String> {
    value
        .map(str::to_owned)
        .ok_or_else(|| Error::invalid("events", format!("a {kind} event must name its {what}")))
}

impl Writer<'_> {
    /// Adds one event from another log and applies it to the current state.
    pub fn replay(&mut self, ev: &LoggedEvent) -> Result<Replayed> {
        let known: bool =
            self.tx()
                .query_row("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)", [&ev.id], |r| r.get(0))?;
        if known {
            return Ok(Replayed::AlreadyThere);
        }
        if ev.id.trim().is_empty() || ev.desk_id.trim().is_empty() {
            return Err(Error::invalid("events", "every event needs an id and the desk that wrote it"));
        }
        let at = clock::to_ms(ev.at);
        let kind = ev.payload.kind();
        let ctx = Ctx { staff_id: ev.staff_id.clone(), at: ev.at };
        // State first for things that are created (the event row refers to them),
        // then the event, then state that refers to the event.
        match &ev.payload {
            EventPayload::StaffAdded { staff_id, name, role } => {
                self.tx().execute(
                    "INSERT INTO staff (id, name, role, active, created_at) VALUES (?1, ?2, ?3, 1, ?4)",
                    params![staff_id, name, role, at],
                )?;
                self.note_staff_changed();
            }
            EventPayload::StaffUpdated { staff_id, changes } => {
                read::staff_member(self.tx(), staff_id)?;
                for change in changes {
                    match change.field.as_str() {
                        "active" => {
                            let active = change.to == "true";
                            self.tx().execute(
                                "UPDATE staff SET active = ?2 WHERE id = ?1",
                                params![staff_id, active],
                            )?;
                        }
                        other => {
                            return Err(Error::invalid("events", format!("unknown staff field '{other}'")));
                        }
                    }
                }
                self.note_staff_changed();
            }
            EventPayload::CustomerCreated { name, phones, emails, organisation, segment, notes } => {
                let id = needs(ev.customer_id.as_deref(), "customer", kind)?;
                self.tx().execute(
                    "INSERT INTO customers (id, name, organisation, segment, notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![id, name, organisation, segment, notes, at],
                )?;
                self.write_contacts(&id, &validate::phones(phones)?, &validate::emails(emails)?)?;
                self.index_customer(&id)?;
            }
            EventPayload::CustomerUpdated { changes } => {
                let id = needs(ev.customer_id.as_deref(), "customer", kind)?;
                self.replay_customer_update(&id, changes, at)?;
            }
            EventPayload::CaseOpened { subject, channel, priority, owner_id } => {
                let id = needs(ev.case_id.as_deref(), "case", kind)?;
                let customer_id = needs(ev.customer_id.as_deref(), "customer", kind)?;
                self.tx().execute(
                    "INSERT INTO cases (id, customer_id, subject, channel, status, priority, owner_id, opened_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?7)",
                    params![id, customer_id, subject, channel, priority, owner_id, at],
                )?;
                let rowid = self.tx().last_insert_rowid();
                self.index_case_subject(rowid, subject)?;
                let state = CaseState::opened(&id, &customer_id, *priority, owner_id.clone(), at);
                self.save_case(&state, at)?;
                self.touch_contact(&customer_id, at)?;
            }
            EventPayload::CustomerMessage { .. }
            | EventPayload::Reply { .. }
            | EventPayload::Note { .. }
            | EventPayload::Call { .. }
            | EventPayload::Visit { .. } => {
                let mut state = self.case_state(&needs(ev.case_id.as_deref(), "case", kind)?)?;
                if state.after_entry(&ev.payload, at) {
                    self.touch_contact(&state.customer_id.clone(), at)?;
                }
                self.save_case(&state, at)?;
            }
            EventPayload::StatusChanged { to, .. } => {
                let mut state = self.case_state(&needs(ev.case_id.as_deref(), "case", kind)?)?;
                state.move_to(*to, at);
                self.save_case(&state, at)?;
            }
            EventPayload::AssignmentChanged { to, .. } => {
                let mut state = self.case_state(&needs(ev.case_id.as_deref(), "case", kind)?)?;
                state.owner_id = to.clone();
                self.save_case(&state, at)?;
            }
            EventPayload::PriorityChanged { to, .. } => {
                let mut state = self.case_state(&needs(ev.case_id.as_deref(), "case", kind)?)?;
                state.priority = *to;
                self.save_case(&state, at)?;
            }
            EventPayload::Handoff { to, moved_promises, .. } => {
                let case_id = needs(ev.case_id.as_deref(), "case", kind)?;
                for id in moved_promises {
                    self.tx().execute("UPDATE promises SET owner_id = ?2 WHERE id = ?1", params![id, to])?;
                }
                let mut state = self.case_state(&case_id)?;
                state.owner_id = Some(to.clone());
                self.save_case(&state, at)?;
            }
            EventPayload::PromiseMade { promise_id, text, due_at, owner_id } => {
                self.tx().execute(
                    "INSERT INTO promises (id, customer_id, case_id, text, owner_id, made_by, made_at, due_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        promise_id,
                        needs(ev.customer_id.as_deref(), "customer", kind)?,
                        needs(ev.case_id.as_deref(), "case", kind)?,
                        text,
                        owner_id,
                        ev.staff_id,
                        at,
                        clock::to_ms(*due_at)
                    ],
                )?;
            }
            EventPayload::PromiseKept { promise_id, .. } | EventPayload::PromiseBroken { promise_id, .. } => {
                let (status, recovery) = match &ev.payload {
                    EventPayload::PromiseBroken { recovery, .. } => (PromiseStatus::Broken, Some(recovery)),
                    _ => (PromiseStatus::Kept, None),
                };
                let changed = self.tx().execute(
                    "UPDATE promises SET status = ?2, closed_at = ?3, closed_by = ?4, recovery = ?5 WHERE id = ?1",
                    params![promise_id, status, at, ev.staff_id, recovery],
                )?;
                if changed == 0 {
                    return Err(Error::not_found("Promise", promise_id));
                }
            }
            EventPayload::ExpectationsChanged { changes } => {
                let id = needs(ev.customer_id.as_deref(), "customer", kind)?;
                self.replay_expectations(&id, changes, at)?;
            }
            EventPayload::FactPinned { .. } | EventPayload::FactUnpinned { .. } => {}
            EventPayload::ComplaintFlagged { complaint_id, event_id, summary } => {
                self.tx().execute(
                    "INSERT INTO complaints (id, customer_id, case_id, event_id, summary, opened_at, opened_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        complaint_id,
                        needs(ev.customer_id.as_deref(), "customer", kind)?,
                        needs(ev.case_id.as_deref(), "case", kind)?,
                        event_id,
                        summary,
                        at,
                        ev.staff_id
                    ],
                )?;
            }
            EventPayload::ComplaintClosed { complaint_id, what_changed, customer_told } => {
                let changed = self.tx().execute(
                    "UPDATE complaints SET status = 'closed', closed_at = ?2, closed_by = ?3, what_changed = ?4,
                            customer_told = ?5 WHERE id = ?1",
                    params![complaint_id, at, ev.staff_id, what_changed, customer_told],
                )?;
                if changed == 0 {
                    return Err(Error::not_found("Complaint", complaint_id));
                }
            }
            EventPayload::CaseEscalated { escalation_id, to, cause, note } => {
                self.tx().execute(
                    "INSERT INTO escalations (id, customer_id, case_id, to_staff, cause, note, opened_at, opened_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        escalation_id,
                        needs(ev.customer_id.as_deref(), "customer", kind)?,
                        needs(ev.case_id.as_deref(), "case", kind)?,
                        to,
                        cause,
                        note,
                        at,
                        ev.staff_id
                    ],
                )?;
            }
            EventPayload::EscalationClosed { escalation_id, what_changed, .. } => {
                let changed = self.tx().execute(
                    "UPDATE escalations SET status = 'closed', closed_at = ?2, closed_by = ?3, what_changed = ?4
                     WHERE id = ?1",
                    params![escalation_id, at, ev.staff_id, what_changed],
                )?;
                if changed == 0 {
                    return Err(Error::not_found("Escalation", escalation_id));
                }
            }
            EventPayload::SatisfactionRecorded { score, comment } => {
                if !(1..=5).contains(score) {
                    return Err(Error::invalid("events", format!("a score of {score} is outside 1 to 5")));
                }
                let case_id = needs(ev.case_id.as_deref(), "case", kind)?;
                let customer_id = needs(ev.customer_id.as_deref(), "customer", kind)?;
                self.save_satisfaction(&case_id, &customer_id, *score, comment, at, ev.staff_id.as_deref())?;
            }
            EventPayload::OutreachCall { outcome, .. } => {
                let customer_id = needs(ev.customer_id.as_deref(), "customer", kind)?;
                self.apply_outreach(&customer_id, *outcome, at)?;
            }
            EventPayload::RootCausesChanged { causes } => {
                let causes = super::learn::clean_root_causes(causes)?;
                put_setting(self.tx(), super::learn::ROOT_CAUSES, &causes)?;
            }
            EventPayload::CalendarChanged { calendar } => {
                crate::calendar::Calendar::new(calendar.clone())?;
                put_setting(self.tx(), CALENDAR, calendar)?;
                let fresh = load_settings(self.tx())?;
                self.replace_settings(fresh);
                self.recompute_due_times()?;
            }
            EventPayload::TargetsChanged { targets } => {
                targets.validate()?;
                put_setting(self.tx(), TARGETS, targets)?;
                let fresh = load_settings(self.tx())?;
                self.replace_settings(fresh);
                self.recompute_due_times()?;
            }
        }
        self.insert_event(
            &ev.id,
            &ev.desk_id,
            &ctx,
            ev.customer_id.as_deref(),
            ev.case_id.as_deref(),
            &ev.payload,
        )?;
        match &ev.payload {
            EventPayload::FactPinned { event_id, .. } => {
                let customer = needs(ev.customer_id.as_deref(), "customer", kind)?;
                self.tx().execute(
                    "INSERT INTO pins (event_id, customer_id, pinned_by, pinned_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (event_id) DO NOTHING",
                    params![event_id, customer, ev.staff_id, at],
                )?;
            }
            EventPayload::FactUnpinned { event_id, .. } => {
                self.tx().execute("DELETE FROM pins WHERE event_id = ?1", [event_id])?;
            }
            // A replayed handoff is history, not news: nobody is told about it again.
            EventPayload::Handoff { from, to, .. } => {
                let now = clock::to_ms(clock::now());
                self.tx().execute(
                    "INSERT INTO handoff_inbox (event_id, case_id, from_staff, to_staff, at, seen_at, notified_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![ev.id, ev.case_id, from, to, at, now],
                )?;
            }
            _ => {}
        }
        Ok(Replayed::Added)
    }

    fn replay_customer_update(&mut self, id: &str, changes: &[FieldChange], at: i64) -> Result<()> {
        let mut customer = read::customer(self.tx(), id)?;
        let list = |text: &str| -> Vec<String> {
            text.split(", ").filter(|s| !s.trim().is_empty()).map(str::to_owned).collect()
        };
        let mut contacts = false;
        for change in changes {
            let to = change.to.clone();
            match change.field.as_str() {
                "name" => customer.name = to,
                "organisation" => customer.organisation = to,
                "segment" => customer.segment = to,
                "notes" => customer.notes = to,
                "phones" => {
                    customer.phones = list(&to);
                    contacts = true;
                }
                "emails" => {
                    customer.emails = list(&to);
                    contacts = true;
                }
                other => return Err(Error::invalid("events", format!("unknown customer field '{other}'"))),
            }
        }
        self.tx().execute(
            "UPDATE customers SET name = ?2, organisation = ?3, segment = ?4, notes = ?5, updated_at = ?6 WHERE id = ?1",
            params![id, customer.name, customer.organisation, customer.segment, customer.notes, at],
        )?;
        if contacts {
            let phones = validate::phones(&customer.phones)?;
            let emails = validate::emails(&customer.emails)?;
            self.tx().execute("DELETE FROM customer_contacts WHERE customer_id = ?1", [id])?;
            self.write_contacts(id, &phones, &emails)?;
        }
        self.index_customer(id)
    }

    fn replay_expectations(&mut self, customer_id: &str, changes: &[FieldChange], at: i64) -> Result<()> {
        let mut e = tell::expectations(self.tx(), customer_id)?;
        for change in changes {
            let to = change.to.clone();
            match change.field.as_str() {
                "preferred channel" => {
                    e.preferred_channel = if to.is_empty() { None } else { Some(to.parse()?) };
                }
                "contact hours" => e.contact_hours = to,
                "turnaround" => e.turnaround = to,
                "always do" => e.always_do = to,
                "never do" => e.never_do = to,
                "if we get it wrong" => e.recovery = to,
                "notes" => e.notes = to,
                other => {
                    return Err(Error::invalid("events", format!("unknown expectation field '{other}'")))
                }
            }
        }
        tell::save_expectations(self.tx(), customer_id, &e, at)
    }
}

/// The id of the newest event, if any: how an import knows a database is empty.
pub(crate) fn any_event(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT 1 FROM events LIMIT 1", [], |_| Ok(())).optional()?.is_some())
}
