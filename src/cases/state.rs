//! The mutable part of a case, and how events move it: its status, owner and
//! priority, and the clock its response targets are counted on.

use rusqlite::{params, OptionalExtension};

use super::{CaseEvent, CaseStatus, Priority};
use crate::core::{Error, Id, Result, Writer};
use crate::hours::{due, queue_key, CaseClock, Pause};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseState {
    pub id: Id,
    pub customer_id: Id,
    pub status: CaseStatus,
    pub priority: Priority,
    pub owner_id: Option<Id>,
    pub waiting_since: Option<i64>,
    pub opened_at: i64,
    pub first_response_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub pauses: Vec<Pause>,
}

impl CaseState {
    /// A case as it is the moment it opens: it needs our attention from then.
    pub fn opened(id: &str, customer_id: &str, priority: Priority, owner_id: Option<Id>, at: i64) -> Self {
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

    /// How a status change moves the case's clocks.
    pub fn move_to(&mut self, to: CaseStatus, at: i64) {
        let from = self.status;
        self.status = to;
        // The resolution clock runs only while the case is open.
        if from == CaseStatus::Open {
            if to != CaseStatus::Open {
                self.pauses.push(Pause { start: at, end: None });
            }
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
    pub fn after_entry(&mut self, event: &CaseEvent, at: i64) -> bool {
        match event {
            // They wrote again: the wait starts at their first unanswered message.
            CaseEvent::CustomerMessage { .. } => {
                self.waiting_since = self.waiting_since.or(Some(at));
                true
            }
            // We spoke to them: nobody is waiting on us any more.
            CaseEvent::Reply { .. } | CaseEvent::Call { .. } | CaseEvent::Visit { .. } => {
                self.waiting_since = None;
                self.first_response_at = self.first_response_at.or(Some(at));
                true
            }
            _ => false,
        }
    }

    pub fn clock(&self) -> CaseClock {
        CaseClock {
            opened_at: self.opened_at,
            status: self.status,
            priority: self.priority,
            waiting_since: self.waiting_since,
            first_response_at: self.first_response_at,
            pauses: self.pauses.clone(),
        }
    }

    /// Reads a case's state in the current transaction.
    pub fn load(w: &Writer<'_>, case_id: &str) -> Result<CaseState> {
        let row = w
            .tx()
            .prepare_cached(
                "SELECT id, customer_id, status, priority, owner_id, waiting_since, opened_at, first_response_at,
                        resolved_at, pauses
                 FROM cases WHERE id = ?1",
            )?
            .query_row([case_id], |r| {
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
            })
            .optional()?;
        let (mut state, pauses) = row.ok_or_else(|| Error::not_found("Case", case_id))?;
        state.pauses = serde_json::from_str(&pauses)?;
        Ok(state)
    }

    /// Writes the state back, with its due time recomputed.
    pub fn save(&self, w: &mut Writer<'_>, at: i64) -> Result<()> {
        let settings = w.settings()?;
        let due = due(&self.clock(), &settings.calendar, &settings.targets);
        w.tx()
            .prepare_cached(
                "UPDATE cases SET status = ?2, priority = ?3, owner_id = ?4, waiting_since = ?5, updated_at = ?6,
                        first_response_at = ?7, resolved_at = ?8, pauses = ?9,
                        due_at = ?10, due_target = ?11, due_cycle = ?12, queue_key = ?13
                 WHERE id = ?1",
            )?
            .execute(params![
                self.id,
                self.status,
                self.priority,
                self.owner_id,
                self.waiting_since,
                at,
                self.first_response_at,
                self.resolved_at,
                serde_json::to_string(&self.pauses)?,
                due.map(|d| d.at),
                due.map(|d| d.target),
                due.map(|d| d.cycle),
                queue_key(self.status, due.map(|d| d.at), at),
            ])?;
        w.note_case(&self.id);
        Ok(())
    }
}
