//! The write path. Every change appends events and updates the current-state
//! tables inside the caller's transaction; nothing is updated in place without an
//! event that says who changed what, and when.

use std::sync::Arc;

use rusqlite::{params, OptionalExtension, Transaction};

use super::read;
use super::sla::SlaSettings;
use crate::model::*;
use crate::sla::{self as targets, Pause};
use crate::validate::{self, BODY_MAX, NAME_MAX, NOTES_MAX, SHORT_MAX, SUBJECT_MAX};
use crate::{clock, ids, Error, Result};

/// Who is acting and when. `staff_id` is `None` only for work the desk does by
/// itself (seeding the demo shop, adding the very first staff member).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ctx {
    pub staff_id: Option<Id>,
    pub at: Ts,
}

impl Ctx {
    pub fn now(staff_id: Option<Id>) -> Ctx {
        Ctx { staff_id, at: clock::now() }
    }

    pub fn at(staff_id: Option<Id>, at: Ts) -> Ctx {
        Ctx { staff_id, at: clock::from_ms(clock::to_ms(at)) }
    }

    pub fn staff(staff_id: &str) -> Ctx {
        Ctx::now(Some(staff_id.to_owned()))
    }
}

/// The queue order as one integer: open cases by due time (the most overdue on
/// top), then cases waiting on the customer. 2^45 ms is over a thousand years,
/// so a due time never spills into the waiting class.
const QUEUE_CLASS: i64 = 1 << 45;

pub(crate) fn queue_key(status: CaseStatus, due_at: Option<i64>, updated_at: i64) -> Option<i64> {
    match status {
        CaseStatus::Open => Some(due_at.unwrap_or(QUEUE_CLASS + updated_at)),
        CaseStatus::Waiting => Some(2 * QUEUE_CLASS + updated_at),
        CaseStatus::Resolved | CaseStatus::Closed => None,
    }
}

/// The mutable part of a case, as the write path needs it.
pub(crate) struct CaseState {
    pub(super) id: Id,
    pub(super) customer_id: Id,
    pub(super) status: CaseStatus,
    pub(super) priority: Priority,
    pub(super) owner_id: Option<Id>,
    pub(super) waiting_since: Option<i64>,
    pub(super) opened_at: i64,
    pub(super) first_response_at: Option<i64>,
    pub(super) resolved_at: Option<i64>,
    pub(super) pauses: Vec<Pause>,
}

impl CaseState {
    /// A case as it is the moment it opens: it needs our attention from then.
    pub(super) fn opened(
        id: &str,
        customer_id: &str,
        priority: Priority,
        owner_id: Option<Id>,
        at: i64,
    ) -> Self {
        CaseState {
            id: id.to_owned(),
            customer_id: customer_id.to_owned(),
            status: CaseStatus::Open,
            priority,
            owner_id,
            waiting_since: Some(at),
            opened_at: at,
            first_response_at: None,
            resolved_at: None,
            pauses: Vec::new(),
        }
    }

    /// How a status change moves the case's clocks. Used when it happens and when
    /// an exported history is replayed, so both give the same case.
    pub(super) fn move_to(&mut self, to: CaseStatus, at: i64) {
        let from = self.status;
        self.status = to;
        // The resolution clock runs only while the case is open.
        if from == CaseStatus::Open {
            self.pauses.push(Pause { start: at, end: None });
        } else if to == CaseStatus::Open {
            if let Some(last) = self.pauses.last_mut().filter(|p| p.end.is_none()) {
                last.end = Some(at);
            }
        }
        self.resolved_at = matches!(to, CaseStatus::Resolved | CaseStatus::Closed).then_some(at);
        self.waiting_since = match to {
            // Reopened: it needs attention again, now.
            CaseStatus::Open => self.waiting_since.or(Some(at)),
            // The ball is in the customer's court, or the case is done.
            CaseStatus::Waiting | CaseStatus::Resolved | CaseStatus::Closed => None,
        };
    }

    /// How a conversation entry moves the response clock. Returns whether the
    /// customer was in touch (for "last contact").
    pub(super) fn after_entry(&mut self, payload: &EventPayload, at: i64) -> bool {
        match payload {
            // They wrote again: the wait starts at their first unanswered message.
            EventPayload::CustomerMessage { .. } => {
                self.waiting_since = self.waiting_since.or(Some(at));
                true
            }
            // We spoke to them: nobody is waiting on us any more.
            EventPayload::Reply { .. } | EventPayload::Call { .. } | EventPayload::Visit { .. } => {
                self.waiting_since = None;
                self.first_response_at = self.first_response_at.or(Some(at));
                true
            }
            _ => false,
        }
    }

    fn clock(&self) -> targets::CaseClock {
        targets::CaseClock {
            opened_at: self.opened_at,
            status: self.status,
            priority: self.priority,
            waiting_since: self.waiting_since,
            first_response_at: self.first_response_at,
            pauses: self.pauses.clone(),
        }
    }
}

pub struct Writer<'a> {
    tx: Transaction<'a>,
    desk_id: &'a str,
    changes: ChangeSet,
    settings: Arc<SlaSettings>,
    /// Search-index rows held back until commit (see [`Writer::defer_search_index`]).
    pending_text: Option<PendingText>,
}

/// Full-text rows waiting to be written. FTS5 flushes its in-memory index at
/// every statement savepoint, and any UPDATE with a constraint opens one: in a
/// bulk write, interleaving index inserts with updates makes thousands of tiny
/// index segments that must then be merged. Writing them all at the end makes
/// a few large ones.
#[derive(Default)]
struct PendingText {
    events: Vec<(i64, String)>,
    cases: Vec<(i64, String)>,
    customers: std::collections::BTreeMap<i64, (String, String, String)>,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(tx: Transaction<'a>, desk_id: &'a str, settings: Arc<SlaSettings>) -> Self {
        Writer { tx, desk_id, changes: ChangeSet::default(), settings, pending_text: None }
    }

    pub(crate) fn commit(mut self) -> Result<ChangeSet> {
        self.write_pending_text()?;
        self.tx.commit()?;
        Ok(self.changes)
    }

    /// For bulk writes (imports): the search index is written once, just before
    /// the commit, instead of row by row. Nothing in the transaction may search
    /// after this.
    pub fn defer_search_index(&mut self) {
        self.pending_text.get_or_insert_with(PendingText::default);
    }

    fn write_pending_text(&mut self) -> Result<()> {
        let Some(pending) = self.pending_text.take() else { return Ok(()) };
        let mut events = self.tx.prepare_cached("INSERT INTO event_text (rowid, body) VALUES (?1, ?2)")?;
        for (rowid, body) in &pending.events {
            events.execute(params![rowid, body])?;
        }
        let mut cases = self.tx.prepare_cached("INSERT INTO case_text (rowid, subject) VALUES (?1, ?2)")?;
        for (rowid, subject) in &pending.cases {
            cases.execute(params![rowid, subject])?;
        }
        let mut customers = self.tx.prepare_cached(
            "INSERT INTO customer_names (rowid, name, organisation, contacts) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (rowid, (name, organisation, contacts)) in &pending.customers {
            customers.execute(params![rowid, name, organisation, contacts])?;
        }
        Ok(())
    }

    pub(super) fn index_case_subject(&mut self, rowid: i64, subject: &str) -> Result<()> {
        match &mut self.pending_text {
            Some(p) => p.cases.push((rowid, subject.to_owned())),
            None => {
                self.tx
                    .prepare_cached("INSERT INTO case_text (rowid, subject) VALUES (?1, ?2)")?
                    .execute(params![rowid, subject])?;
            }
        }
        Ok(())
    }

    /// A customer's type-ahead row; `fresh` when the customer was just inserted
    /// (there is no old row to remove).
    fn index_customer_row(
        &mut self,
        rowid: i64,
        name: &str,
        organisation: &str,
        contacts: &str,
        fresh: bool,
    ) -> Result<()> {
        let pending_here = self.pending_text.as_ref().is_some_and(|p| p.customers.contains_key(&rowid));
        if !fresh && !pending_here {
            self.tx.prepare_cached("DELETE FROM customer_names WHERE rowid = ?1")?.execute([rowid])?;
        }
        match &mut self.pending_text {
            Some(p) => {
                p.customers.insert(rowid, (name.to_owned(), organisation.to_owned(), contacts.to_owned()));
            }
            None => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO customer_names (rowid, name, organisation, contacts) VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![rowid, name, organisation, contacts])?;
            }
        }
        Ok(())
    }

    pub(crate) fn tx(&self) -> &Transaction<'a> {
        &self.tx
    }

    /// The calendar and targets in force for this write.
    pub fn settings(&self) -> Arc<SlaSettings> {
        self.settings.clone()
    }

    pub(crate) fn replace_settings(&mut self, settings: SlaSettings) {
        self.settings = Arc::new(settings);
    }

    pub(crate) fn note_staff_changed(&mut self) {
        self.changes.staff = true;
    }

    pub(crate) fn note_everything_changed(&mut self) {
        self.changes.everything = true;
        self.changes.customers.clear();
        self.changes.cases.clear();
    }

    /// Appends a new event, made at this desk, to the log.
    pub(crate) fn append_event(
        &mut self,
        ctx: &Ctx,
        customer_id: Option<&str>,
        case_id: Option<&str>,
        payload: &EventPayload,
    ) -> Result<Id> {
        let id = ids::new_id();
        let desk_id = self.desk_id;
        self.insert_event(&id, desk_id, ctx, customer_id, case_id, payload)?;
        Ok(id)
    }

    /// Writes one event row (and its search text). Events made here come through
    /// [`Writer::append_event`]; imported ones keep their own id and desk.
    pub(super) fn insert_event(
        &mut self,
        id: &str,
        desk_id: &str,
        ctx: &Ctx,
        customer_id: Option<&str>,
        case_id: Option<&str>,
        payload: &EventPayload,
    ) -> Result<()> {
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO events (id, desk_id, staff_id, at, customer_id, case_id, kind, payload)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        insert.execute(params![
            id,
            desk_id,
            ctx.staff_id,
            clock::to_ms(ctx.at),
            customer_id,
            case_id,
            payload.kind(),
            serde_json::to_string(payload)?,
        ])?;
        drop(insert);
        // The search index moves in step with the log, in the same transaction.
        if let Some(text) = super::search::search_text(payload) {
            let seq = self.tx.last_insert_rowid();
            match &mut self.pending_text {
                Some(p) => p.events.push((seq, text)),
                None => {
                    self.tx
                        .prepare_cached("INSERT INTO event_text (rowid, body) VALUES (?1, ?2)")?
                        .execute(params![seq, text])?;
                }
            }
        }
        if let Some(c) = customer_id {
            self.changes.customer(c);
        }
        if let Some(c) = case_id {
            self.changes.case(c);
        }
        Ok(())
    }

    /// The person acting must be on the staff list and active.
    pub(crate) fn check_actor(&self, ctx: &Ctx) -> Result<()> {
        let Some(staff_id) = &ctx.staff_id else {
            return Ok(());
        };
        match read::staff_member(&self.tx, staff_id).optional_found()? {
            Some(s) if s.active => Ok(()),
            Some(s) => Err(Error::Conflict {
                message: format!(
                    "{} is no longer active on the staff list. Pick who is at the desk.",
                    s.name
                ),
            }),
            None => Err(Error::Conflict {
                message:
                    "The person at the desk is not on the staff list. Pick who you are from the staff list."
                        .into(),
            }),
        }
    }

    // ----- staff -----

    pub fn add_staff(&mut self, ctx: &Ctx, input: &NewStaff) -> Result<Staff> {
        self.check_actor(ctx)?;
        let name = validate::required_line(&input.name, "name", "Name", NAME_MAX)?;
        let taken: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE lower(name) = lower(?1) AND active = 1)",
            [&name],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::invalid(
                "name",
                format!("There is already someone called {name} on the staff list. Add a surname or initial to tell them apart."),
            ));
        }
        let id = ids::new_id();
        self.tx.execute(
            "INSERT INTO staff (id, name, role, active, created_at) VALUES (?1, ?2, ?3, 1, ?4)",
            params![id, name, input.role, clock::to_ms(ctx.at)],
        )?;
        let payload = EventPayload::StaffAdded { staff_id: id.clone(), name: name.clone(), role: input.role };
        self.append_event(ctx, None, None, &payload)?;
        self.changes.staff = true;
        Ok(Staff { id, name, role: input.role, active: true })
    }

    pub fn set_staff_active(&mut self, ctx: &Ctx, staff_id: &str, active: bool) -> Result<Staff> {
        self.check_actor(ctx)?;
        let staff = read::staff_member(&self.tx, staff_id)?;
        if staff.active == active {
            return Ok(staff);
        }
        if !active {
            let others: i64 = self.tx.query_row(
                "SELECT count(*) FROM staff WHERE active = 1 AND id <> ?1",
                [staff_id],
                |r| r.get(0),
            )?;
            if others == 0 {
                return Err(Error::Conflict {
                    message: format!(
                        "{} is the only active staff member; add someone else first.",
                        staff.name
                    ),
                });
            }
        }
        self.tx.execute("UPDATE staff SET active = ?2 WHERE id = ?1", params![staff_id, active])?;
        let change =
            FieldChange { field: "active".into(), from: staff.active.to_string(), to: active.to_string() };
        self.append_event(
            ctx,
            None,
            None,
            &EventPayload::StaffUpdated { staff_id: staff_id.to_owned(), changes: vec![change] },
        )?;
        self.changes.staff = true;
        Ok(Staff { active, ..staff })
    }

    // ----- customers -----

    /// Every customer contact as (customer id, customer name, kind, key): the
    /// phone tail or the folded email, the keys customers are matched on.
    pub fn all_contacts(&self) -> Result<Vec<(Id, String, String, String)>> {
        let mut stmt = self.tx.prepare(
            "SELECT c.customer_id, u.name, c.kind, CASE c.kind WHEN 'phone' THEN c.tail ELSE c.norm END
             FROM customer_contacts c JOIN customers u ON u.id = c.customer_id
             ORDER BY u.rowid, c.kind, c.position",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The first customer with one of these phone numbers or email addresses.
    pub fn find_customer(&self, phones: &[String], emails: &[String]) -> Result<Option<Customer>> {
        let found = read::duplicates(&self.tx, phones, emails)?;
        match found.into_iter().next() {
            Some(m) => Ok(Some(read::customer(&self.tx, &m.id)?)),
            None => Ok(None),
        }
    }

    pub fn create_customer(
        &mut self,
        ctx: &Ctx,
        input: &NewCustomer,
        allow_duplicate: bool,
    ) -> Result<Customer> {
        self.check_actor(ctx)?;
        let name = validate::required_line(&input.name, "name", "Customer name", NAME_MAX)?;
        let phones = validate::phones(&input.phones)?;
        let emails = validate::emails(&input.emails)?;
        let organisation =
            validate::optional_line(&input.organisation, "organisation", "Organisation", SHORT_MAX)?;
        let segment = validate::optional_line(&input.segment, "segment", "Segment", SHORT_MAX)?;
        let notes = validate::optional_text(&input.notes, "notes", "Notes", NOTES_MAX)?;

        if !allow_duplicate {
            let phone_text: Vec<String> = phones.iter().map(|p| p.display.clone()).collect();
            let email_text: Vec<String> = emails.iter().map(|e| e.display.clone()).collect();
            let existing = read::duplicates(&self.tx, &phone_text, &email_text)?;
            if let Some(first) = existing.first() {
                let what = match first.matched_on {
                    MatchField::Email => "email address",
                    _ => "phone number",
                };
                return Err(Error::DuplicateCustomer {
                    message: format!(
                        "{} already has this {what}. Use {} instead, or confirm that this is a different person.",
                        first.name, first.name
                    ),
                });
            }
        }

        let id = self.insert_customer(ctx, name, phones, emails, organisation, segment, notes)?;
        read::customer(&self.tx, &id)
    }

    /// Writes a customer whose fields have been checked, with its event.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn insert_customer(
        &mut self,
        ctx: &Ctx,
        name: String,
        phones: Vec<validate::Phone>,
        emails: Vec<validate::Email>,
        organisation: String,
        segment: String,
        notes: String,
    ) -> Result<Id> {
        let id = ids::new_id();
        let at = clock::to_ms(ctx.at);
        self.tx
            .prepare_cached(
                "INSERT INTO customers (id, name, organisation, segment, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![id, name, organisation, segment, notes, at])?;
        let rowid = self.tx.last_insert_rowid();
        self.write_contacts(&id, &phones, &emails)?;
        let contacts: Vec<&str> = phones
            .iter()
            .map(|p| p.display.as_str())
            .chain(emails.iter().map(|e| e.display.as_str()))
            .collect();
        self.index_customer_row(rowid, &name, &organisation, &contacts.join(" "), true)?;
        let payload = EventPayload::CustomerCreated {
            name,
            phones: phones.into_iter().map(|p| p.display).collect(),
            emails: emails.into_iter().map(|e| e.display).collect(),
            organisation,
            segment,
            notes,
        };
        self.append_event(ctx, Some(&id), None, &payload)?;
        Ok(id)
    }

    pub fn update_customer(&mut self, ctx: &Ctx, id: &str, patch: &CustomerPatch) -> Result<Customer> {
        self.check_actor(ctx)?;
        let before = read::customer(&self.tx, id)?;
        let mut changes = Vec::new();
        let mut after = before.clone();

        if let Some(name) = &patch.name {
            after.name = validate::required_line(name, "name", "Customer name", NAME_MAX)?;
        }
        if let Some(org) = &patch.organisation {
            after.organisation = validate::optional_line(org, "organisation", "Organisation", SHORT_MAX)?;
        }
        if let Some(segment) = &patch.segment {
            after.segment = validate::optional_line(segment, "segment", "Segment", SHORT_MAX)?;
        }
        if let Some(notes) = &patch.notes {
            after.notes = validate::optional_text(notes, "notes", "Notes", NOTES_MAX)?;
        }
        let phones = match &patch.phones {
            Some(list) => Some(validate::phones(list)?),
            None => None,
        };
        let emails = match &patch.emails {
            Some(list) => Some(validate::emails(list)?),
            None => None,
        };
        if let Some(p) = &phones {
            after.phones = p.iter().map(|p| p.display.clone()).collect();
        }
        if let Some(e) = &emails {
            after.emails = e.iter().map(|e| e.display.clone()).collect();
        }

        let mut note = |field: &str, from: &str, to: &str| {
            if from != to {
                changes.push(FieldChange { field: field.into(), from: from.into(), to: to.into() });
            }
        };
        note("name", &before.name, &after.name);
        note("phones", &before.phones.join(", "), &after.phones.join(", "));
        note("emails", &before.emails.join(", "), &after.emails.join(", "));
        note("organisation", &before.organisation, &after.organisation);
        note("segment", &before.segment, &after.segment);
        note("notes", &before.notes, &after.notes);
        if changes.is_empty() {
            return Ok(before);
        }

        self.tx.execute(
            "UPDATE customers SET name = ?2, organisation = ?3, segment = ?4, notes = ?5, updated_at = ?6 WHERE id = ?1",
            params![id, after.name, after.organisation, after.segment, after.notes, clock::to_ms(ctx.at)],
        )?;
        if phones.is_some() || emails.is_some() {
            let phones = match phones {
                Some(p) => p,
                None => validate::phones(&before.phones)?,
            };
            let emails = match emails {
                Some(e) => e,
                None => validate::emails(&before.emails)?,
            };
            self.tx.execute("DELETE FROM customer_contacts WHERE customer_id = ?1", [id])?;
            self.write_contacts(id, &phones, &emails)?;
        }
        self.index_customer(id)?;
        self.append_event(ctx, Some(id), None, &EventPayload::CustomerUpdated { changes })?;
        read::customer(&self.tx, id)
    }

    pub(super) fn write_contacts(
        &mut self,
        customer_id: &str,
        phones: &[validate::Phone],
        emails: &[validate::Email],
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO customer_contacts (customer_id, kind, position, value, norm, tail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (i, p) in phones.iter().enumerate() {
            stmt.execute(params![customer_id, "phone", i as i64, p.display, p.digits, p.tail()])?;
        }
        for (i, e) in emails.iter().enumerate() {
            stmt.execute(params![customer_id, "email", i as i64, e.display, e.norm, ""])?;
        }
        Ok(())
    }

    /// Keeps the type-ahead index in step with the customer row.
    pub(super) fn index_customer(&mut self, customer_id: &str) -> Result<()> {
        let (rowid, name, organisation): (i64, String, String) = self.tx.query_row(
            "SELECT rowid, name, organisation FROM customers WHERE id = ?1",
            [customer_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let contacts: String = self.tx.query_row(
            "SELECT coalesce(group_concat(value, ' '), '') FROM customer_contacts WHERE customer_id = ?1",
            [customer_id],
            |r| r.get(0),
        )?;
        self.index_customer_row(rowid, &name, &organisation, &contacts, false)
    }

    pub(super) fn touch_contact(&mut self, customer_id: &str, at: i64) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE customers SET last_contact_at = max(coalesce(last_contact_at, 0), ?2) WHERE id = ?1",
            )?
            .execute(params![customer_id, at])?;
        Ok(())
    }

    // ----- cases -----

    /// A handoff makes the receiver the owner; the handoff event itself records it.
    pub(crate) fn set_owner_for_handoff(&mut self, case_id: &str, owner: &str, at: i64) -> Result<()> {
        let mut state = self.case_state(case_id)?;
        state.owner_id = Some(owner.to_owned());
        self.save_case(&state, at)
    }

    pub(crate) fn check_owner(&self, owner_id: Option<&str>) -> Result<()> {
        let Some(owner_id) = owner_id else {
            return Ok(());
        };
        match read::staff_member(&self.tx, owner_id).optional_found()? {
            Some(s) if s.active => Ok(()),
            Some(s) => Err(Error::invalid(
                "owner_id",
                format!("{} is no longer active, so cannot own a case. Pick someone else.", s.name),
            )),
            None => Err(Error::invalid(
                "owner_id",
                "The chosen owner is not on the staff list. Pick someone else.",
            )),
        }
    }

    /// Logs a walk-in, a call or a message as a new case, creating the customer in
    /// the same transaction when they are new.
    pub fn open_case(&mut self, ctx: &Ctx, input: &NewInteraction) -> Result<CaseSummary> {
        self.check_actor(ctx)?;
        let subject = validate::required_line(&input.subject, "subject", "Subject", SUBJECT_MAX)?;
        let message = match input.message.as_deref() {
            Some(m) if !m.trim().is_empty() => {
                Some(validate::required_text(m, "message", "Message", BODY_MAX)?)
            }
            _ => None,
        };
        self.check_owner(input.owner_id.as_deref())?;
        let customer_id = match &input.customer {
            CustomerChoice::Existing { id } => read::customer(&self.tx, id)?.id,
            CustomerChoice::New { customer, allow_duplicate } => {
                self.create_customer(ctx, customer, *allow_duplicate)?.id
            }
        };
        // The three questions asked at a new customer's first visit.
        if let Some(expectations) = input.expectations.as_ref().filter(|e| !e.is_empty()) {
            self.set_expectations(ctx, &customer_id, expectations)?;
        }

        let state = self.insert_case(
            ctx,
            &customer_id,
            subject,
            input.channel,
            input.priority,
            input.owner_id.clone(),
            message,
        )?;
        self.case_summary(&state.id)
    }

    /// Writes a checked new case for a known customer, with its events.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn insert_case(
        &mut self,
        ctx: &Ctx,
        customer_id: &str,
        subject: String,
        channel: Channel,
        priority: Priority,
        owner_id: Option<Id>,
        message: Option<String>,
    ) -> Result<CaseState> {
        let id = ids::new_id();
        let at = clock::to_ms(ctx.at);
        self.tx
            .prepare_cached(
                "INSERT INTO cases (id, customer_id, subject, channel, status, priority, owner_id, opened_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?7)",
            )?
            .execute(params![id, customer_id, subject, channel, priority, owner_id, at])?;
        let rowid = self.tx.last_insert_rowid();
        self.index_case_subject(rowid, &subject)?;
        let state = CaseState::opened(&id, customer_id, priority, owner_id.clone(), at);
        self.save_case(&state, at)?;
        let opened = EventPayload::CaseOpened { subject, channel, priority, owner_id };
        self.append_event(ctx, Some(customer_id), Some(&id), &opened)?;
        if let Some(body) = message {
            let said = EventPayload::CustomerMessage { body, channel };
            self.append_event(ctx, Some(customer_id), Some(&id), &said)?;
        }
        self.touch_contact(customer_id, at)?;
        Ok(state)
    }

    /// Moves a case to another status, with its event and recomputed due time.
    pub(crate) fn set_status(&mut self, ctx: &Ctx, state: &mut CaseState, to: CaseStatus) -> Result<()> {
        if state.status != to {
            self.change_status(ctx, state, to, None)?;
            self.save_case(state, clock::to_ms(ctx.at))?;
        }
        Ok(())
    }

    fn case_summary(&self, id: &str) -> Result<CaseSummary> {
        read::case_summary(&self.tx, id, &self.settings.calendar, clock::to_ms(clock::now()))
    }

    pub(super) fn case_state(&self, case_id: &str) -> Result<CaseState> {
        let row = self
            .tx
            .query_row(
                "SELECT id, customer_id, status, priority, owner_id, waiting_since, opened_at, first_response_at,
                        resolved_at, pauses
                 FROM cases WHERE id = ?1",
                [case_id],
                |r| {
                    Ok((
                        CaseState {
                            id: r.get(0)?,
                            customer_id: r.get(1)?,
                            status: r.get(2)?,
                            priority: r.get(3)?,
                            owner_id: r.get(4)?,
                            waiting_since: r.get(5)?,
                            opened_at: r.get(6)?,
                            first_response_at: r.get(7)?,
                            resolved_at: r.get(8)?,
                            pauses: Vec::new(),
                        },
                        r.get::<_, String>(9)?,
                    ))
                },
            )
            .optional()?;
        let (mut state, pauses) = row.ok_or_else(|| Error::not_found("Case", case_id))?;
        state.pauses = serde_json::from_str(&pauses)?;
        Ok(state)
    }

    /// Writes a case's state back, with its due time recomputed.
    pub(super) fn save_case(&mut self, state: &CaseState, at: i64) -> Result<()> {
        let due = targets::due(&state.clock(), &self.settings.calendar, &self.settings.targets);
        self.tx.prepare_cached(
            "UPDATE cases SET status = ?2, priority = ?3, owner_id = ?4, waiting_since = ?5, updated_at = ?6,
                    first_response_at = ?7, resolved_at = ?8, pauses = ?9,
                    due_at = ?10, due_target = ?11, due_cycle = ?12, queue_key = ?13
             WHERE id = ?1",
        )?
        .execute(params![
                state.id,
                state.status,
                state.priority,
                state.owner_id,
                state.waiting_since,
                at,
                state.first_response_at,
                state.resolved_at,
                serde_json::to_string(&state.pauses)?,
                due.map(|d| d.at),
                due.map(|d| d.target),
                due.map(|d| d.cycle),
                queue_key(state.status, due.map(|d| d.at), at),
            ],
        )?;
        self.changes.case(&state.id);
        Ok(())
    }

    fn change_status(
        &mut self,
        ctx: &Ctx,
        state: &mut CaseState,
        to: CaseStatus,
        reason: Option<&str>,
    ) -> Result<()> {
        if state.status == to {
            return Ok(());
        }
        let from = state.status;
        state.move_to(to, clock::to_ms(ctx.at));
        let payload = EventPayload::StatusChanged { from, to, reason: reason.map(str::to_owned) };
        let (customer_id, case_id) = (state.customer_id.clone(), state.id.clone());
        self.append_event(ctx, Some(&customer_id), Some(&case_id), &payload)?;
        Ok(())
    }

    /// Adds what the customer said, a reply, a note, a call or a visit to a case.
    pub fn add_entry(&mut self, ctx: &Ctx, input: &NewEntry) -> Result<TimelineEntry> {
        self.check_actor(ctx)?;
        let label = match input.kind {
            EntryKind::CustomerMessage => "The customer's message",
            EntryKind::Reply => "The reply",
            EntryKind::Note => "The note",
            EntryKind::Call => "The call summary",
            EntryKind::Visit => "The visit summary",
        };
        let body = validate::required_text(&input.body, "body", label, BODY_MAX)?;
        let mut state = self.case_state(&input.case_id)?;
        let channel: Channel =
            self.tx.query_row("SELECT channel FROM cases WHERE id = ?1", [&state.id], |r| r.get(0))?;
        let at = clock::to_ms(ctx.at);
        let payload = match input.kind {
            EntryKind::CustomerMessage => EventPayload::CustomerMessage { body, channel },
            EntryKind::Reply => EventPayload::Reply { body, channel },
            EntryKind::Note => EventPayload::Note { body },
            EntryKind::Call => {
                EventPayload::Call { body, direction: input.direction.unwrap_or(CallDirection::Inbound) }
            }
            EntryKind::Visit => EventPayload::Visit { body },
        };
        let (customer_id, case_id) = (state.customer_id.clone(), state.id.clone());
        let id = self.append_event(ctx, Some(&customer_id), Some(&case_id), &payload)?;
        if input.kind == EntryKind::CustomerMessage {
            self.change_status(ctx, &mut state, CaseStatus::Open, Some("the customer wrote again"))?;
        }
        if state.after_entry(&payload, at) {
            self.touch_contact(&customer_id, at)?;
        }
        self.save_case(&state, at)?;
        read::entry(&self.tx, &id)
    }

    /// Changes status, priority and owner from the case page; each real change is
    /// its own event.
    pub fn update_case(&mut self, ctx: &Ctx, input: &CaseUpdate) -> Result<CaseSummary> {
        self.check_actor(ctx)?;
        let mut state = self.case_state(&input.case_id)?;
        let (customer_id, case_id) = (state.customer_id.clone(), state.id.clone());
        let mut changed = false;
        if let Some(owner) = &input.owner_id {
            if *owner != state.owner_id {
                self.check_owner(owner.as_deref())?;
                let payload =
                    EventPayload::AssignmentChanged { from: state.owner_id.clone(), to: owner.clone() };
                self.append_event(ctx, Some(&customer_id), Some(&case_id), &payload)?;
                state.owner_id = owner.clone();
                changed = true;
            }
        }
        if let Some(priority) = input.priority {
            if priority != state.priority {
                let payload = EventPayload::PriorityChanged { from: state.priority, to: priority };
                self.append_event(ctx, Some(&customer_id), Some(&case_id), &payload)?;
                state.priority = priority;
                changed = true;
            }
        }
        if let Some(status) = input.status {
            if status != state.status {
                self.change_status(ctx, &mut state, status, None)?;
                changed = true;
            }
        }
        if changed {
            self.save_case(&state, clock::to_ms(ctx.at))?;
        }
        self.case_summary(&case_id)
    }
}

/// Turns "not found" into `None` for checks that report their own message.
trait OptionalFound<T> {
    fn optional_found(self) -> Result<Option<T>>;
}

impl<T> OptionalFound<T> for Result<T> {
    fn optional_found(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_classes_never_overlap() {
        let far_future = 4_102_444_800_000; // 2100-01-01
        let due_late = queue_key(CaseStatus::Open, Some(far_future), 0).unwrap();
        let no_due = queue_key(CaseStatus::Open, None, 0).unwrap();
        let waiting_on_them = queue_key(CaseStatus::Waiting, None, 0).unwrap();
        assert!(due_late < no_due, "any due time ranks above an open case without one");
        assert!(no_due < waiting_on_them, "cases waiting on the customer come last");
        assert_eq!(queue_key(CaseStatus::Resolved, None, 0), None, "resolved cases leave the queue");
    }
}
