//! Working a case at the counter: the rules, then the events.

use super::{
    case_summary, entry, CaseEvent, CaseState, CaseStatus, CaseSummary, CaseUpdate, Channel, CustomerChoice,
    EntryKind, NewEntry, NewInteraction, Priority, TimelineEntry,
};
use crate::core::validate::{self, BODY_MAX, SUBJECT_MAX};
use crate::core::{clock, ids, Ctx, Error, Id, Result, Writer};
use crate::customers::customer;
use crate::msg;
use rusqlite::OptionalExtension;

impl Writer<'_> {
    /// Logs a walk-in, a call or a message as a new case, creating the customer in
    /// the same transaction when they are new.
    pub fn open_case(&mut self, ctx: &Ctx, input: &NewInteraction) -> Result<CaseSummary> {
        self.check_actor(ctx)?;
        let subject = validate::required_line(&input.subject, "subject", msg!("label-subject"), SUBJECT_MAX)?;
        let message = match input.message.as_deref() {
            Some(m) if !m.trim().is_empty() => {
                Some(validate::required_text(m, "message", msg!("label-message"), BODY_MAX)?)
            }
            _ => None,
        };
        self.check_owner(input.owner_id.as_deref())?;
        let customer_id = match &input.customer {
            CustomerChoice::Existing { id } => customer(self.tx(), id)?.id,
            CustomerChoice::New { customer, allow_duplicate } => {
                self.create_customer_apart(ctx, customer, *allow_duplicate)?.id
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

    /// Records a checked new case for a known customer, with what they said.
    #[allow(clippy::too_many_arguments)]
    pub fn insert_case(
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
        let opened = CaseEvent::CaseOpened { subject, channel, priority, owner_id: owner_id.clone() };
        self.append(ctx, Some(customer_id), Some(&id), &opened)?;
        if let Some(body) = message {
            self.append(ctx, Some(customer_id), Some(&id), &CaseEvent::CustomerMessage { body, channel })?;
        }
        // What the apply functions made of it: a message as the case opens
        // changes nothing on a case that is already waiting for us.
        CaseState::load(self, &id)
    }

    /// Moves a case to another status, with its event (and nothing if it is
    /// already there).
    pub fn set_status(&mut self, ctx: &Ctx, state: &mut CaseState, to: CaseStatus) -> Result<()> {
        self.change_status(ctx, state, to, None)
    }

    fn case_summary(&self, id: &str) -> Result<CaseSummary> {
        let settings = self.settings()?;
        case_summary(self.tx(), id, &settings.calendar, clock::to_ms(clock::now()))
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
        let event = CaseEvent::StatusChanged { from: state.status, to, reason: reason.map(str::to_owned) };
        let (customer_id, case_id) = (state.customer_id.clone(), state.id.clone());
        self.append(ctx, Some(&customer_id), Some(&case_id), &event)?;
        // The same move the event's apply function made to the stored case.
        state.move_to(to, ctx.at_ms());
        Ok(())
    }

    /// Adds what the customer said, a reply, a note, a call or a visit to a case.
    pub fn add_entry(&mut self, ctx: &Ctx, input: &NewEntry) -> Result<TimelineEntry> {
        self.check_actor(ctx)?;
        let label = match input.kind {
            EntryKind::CustomerMessage => msg!("label-the-customers-message"),
            EntryKind::Reply => msg!("label-the-reply"),
            EntryKind::Note => msg!("label-the-note"),
            EntryKind::Call => msg!("label-the-call-summary"),
            EntryKind::Visit => msg!("label-the-visit-summary"),
        };
        let body = validate::required_text(&input.body, "body", label, BODY_MAX)?;
        let mut state = CaseState::load(self, &input.case_id)?;
        let channel: Channel =
            self.tx().query_row("SELECT channel FROM cases WHERE id = ?1", [&state.id], |r| r.get(0))?;
        let event = match input.kind {
            EntryKind::CustomerMessage => CaseEvent::CustomerMessage { body, channel },
            EntryKind::Reply => CaseEvent::Reply { body, channel },
            EntryKind::Note => CaseEvent::Note { body },
            EntryKind::Call => {
                CaseEvent::Call { body, direction: input.direction.unwrap_or(super::CallDirection::Inbound) }
            }
            EntryKind::Visit => CaseEvent::Visit { body },
        };
        let (customer_id, case_id) = (state.customer_id.clone(), state.id.clone());
        let meta = self.append(ctx, Some(&customer_id), Some(&case_id), &event)?;
        // Saved: the draft kept while it was typed goes in the same step.
        super::drafts::saved(self, &case_id)?;
        if input.kind == EntryKind::CustomerMessage {
            state = CaseState::load(self, &case_id)?;
            self.change_status(ctx, &mut state, CaseStatus::Open, Some("the customer wrote again"))?;
        }
        entry(self.tx(), &meta.id)
    }

    /// Changes status, priority and owner from the case page; each real change is
    /// its own event.
    pub fn update_case(&mut self, ctx: &Ctx, input: &CaseUpdate) -> Result<CaseSummary> {
        self.check_actor(ctx)?;
        let mut state = CaseState::load(self, &input.case_id)?;
        let (customer_id, case_id) = (state.customer_id.clone(), state.id.clone());
        if let Some(owner) = &input.owner_id {
            if *owner != state.owner_id {
                self.check_owner(owner.as_deref())?;
                let event = CaseEvent::AssignmentChanged { from: state.owner_id.clone(), to: owner.clone() };
                self.append(ctx, Some(&customer_id), Some(&case_id), &event)?;
                state.owner_id = owner.clone();
            }
        }
        if let Some(priority) = input.priority {
            if priority != state.priority {
                let event = CaseEvent::PriorityChanged { from: state.priority, to: priority };
                self.append(ctx, Some(&customer_id), Some(&case_id), &event)?;
                state.priority = priority;
            }
        }
        if let Some(status) = input.status {
            self.change_status(ctx, &mut state, status, None)?;
        }
        self.case_summary(&case_id)
    }

    /// Gives a case a new subject (a typo mended, or the story turned out to
    /// be another). Anyone at the desk may; a subject like the one it has
    /// changes nothing and writes nothing.
    pub fn rename_case(&mut self, ctx: &Ctx, case_id: &str, subject: &str) -> Result<CaseSummary> {
        self.check_actor(ctx)?;
        let subject = validate::required_line(subject, "subject", msg!("label-subject"), SUBJECT_MAX)?;
        let (customer_id, current): (Id, String) = self
            .tx()
            .query_row("SELECT customer_id, subject FROM cases WHERE id = ?1", [case_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("Case", case_id))?;
        if current != subject {
            let event = CaseEvent::CaseRenamed { subject };
            self.append(ctx, Some(&customer_id), Some(case_id), &event)?;
        }
        self.case_summary(case_id)
    }
}
