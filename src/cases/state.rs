//! The mutable part of a case, and how events move it: its status, owner and
//! priority, and the clock its response targets are counted on.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::clock::{clock_of, queue_key, save_measures};
use super::{CaseEvent, CaseStatus, Priority};
use crate::core::{Error, Id, Result, Writer};
use crate::hours::measures::held_to;
use crate::hours::{due, measure, CaseClock, Due, HeldTo, Measures, Pause, Target};

/// The row as it was read, so saving writes only what changed and computes the
/// due time again only when the case's clock moved.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Stored {
    status: CaseStatus,
    clock: CaseClock,
    owner_id: Option<Id>,
    resolved_at: Option<i64>,
    updated_at: i64,
    due: Option<Due>,
    /// The targets and measures as stored (`None` for a case from before
    /// they were kept, not yet measured).
    measured: Option<(HeldTo, Measures)>,
}

/// Cases written in this transaction, as they now stand: reading one back
/// (a message logged as the case opens, a status set on import) costs nothing.
#[derive(Default)]
struct Written(HashMap<Id, CaseState>);

/// Forgets the cases kept for this transaction, after a write that went round
/// them (cases moved to another customer, or forgotten to be applied again).
pub(super) fn forget_written(w: &mut Writer<'_>) {
    w.scratch::<Written>().0.clear();
}

/// Past this many, the cache starts again: a bulk import touches each case a
/// few times in a row, never long after.
const WRITTEN_MAX: usize = 4_096;

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
    /// The targets the case is held to: those in force when it was opened,
    /// for its priority (see `hours::measures`).
    pub held: HeldTo,
    stored: Option<Stored>,
}

impl CaseState {
    /// A case as it is the moment it opens: it needs our attention from then.
    pub fn opened(
        id: &str,
        customer_id: &str,
        priority: Priority,
        owner_id: Option<Id>,
        at: i64,
        held: HeldTo,
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
            held,
            stored: None,
        }
    }

    /// The case's priority changes, and with it the targets it is held to
    /// (still those in force when it was opened).
    pub fn set_priority(&mut self, w: &mut Writer<'_>, priority: Priority) -> Result<()> {
        if priority != self.priority {
            self.priority = priority;
            self.held = held_to(w, &self.id, priority)?;
        }
        Ok(())
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
        clock_of(
            self.opened_at,
            self.status,
            self.priority,
            self.waiting_since,
            self.first_response_at,
            self.pauses.clone(),
        )
    }

    /// Reads a case's state in the current transaction.
    pub fn load(w: &mut Writer<'_>, case_id: &str) -> Result<CaseState> {
        if let Some(state) = w.scratch::<Written>().0.get(case_id) {
            return Ok(state.clone());
        }
        let row = w
            .tx()
            .prepare_cached(
                "SELECT id, customer_id, status, priority, owner_id, waiting_since, opened_at, first_response_at,
                        resolved_at, pauses, updated_at, due_at, due_target, due_cycle,
                        first_target, resolution_target, first_response_ms, first_missed_after, resolution_ms,
                        resolution_missed_after
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
                        held: HeldTo { first_response: 0, resolution: 0 },
                        stored: None,
                    },
                    r.get::<_, String>(9)?,
                    r.get::<_, i64>(10)?,
                    (r.get::<_, Option<i64>>(11)?, r.get::<_, Option<Target>>(12)?, r.get::<_, Option<i64>>(13)?),
                    (r.get::<_, Option<i32>>(14)?, r.get::<_, Option<i32>>(15)?),
                    Measures {
                        first_response_ms: r.get(16)?,
                        first_missed_after: r.get(17)?,
                        resolution_ms: r.get(18)?,
                        resolution_missed_after: r.get(19)?,
                    },
                ))
            })
            .optional()?;
        let (mut state, pauses, updated_at, due, held, measures) =
            row.ok_or_else(|| Error::not_found("Case", case_id))?;
        state.pauses = serde_json::from_str(&pauses)?;
        let measured = match held {
            (Some(first_response), Some(resolution)) => {
                state.held = HeldTo { first_response, resolution };
                Some((state.held, measures))
            }
            // From before targets were kept on the case: held to those in
            // force when it opened, measured when it is next saved.
            _ => {
                state.held = held_to(w, case_id, state.priority)?;
                None
            }
        };
        let due = match due {
            (Some(at), Some(target), Some(cycle)) => Some(Due { target, at, cycle }),
            _ => None,
        };
        state.stored = Some(Stored {
            status: state.status,
            clock: state.clock(),
            owner_id: state.owner_id.clone(),
            resolved_at: state.resolved_at,
            updated_at,
            due,
            measured,
        });
        Ok(state)
    }

    /// Writes the state back, with its due time recomputed when its clock
    /// moved, and its measures when its clock, resolution or targets moved. A
    /// state that did not change at all is not written again.
    pub fn save(&self, w: &mut Writer<'_>, at: i64) -> Result<()> {
        let clock = self.clock();
        let unmeasured = match &self.stored {
            Some(s) => {
                s.clock != clock
                    || s.resolved_at != self.resolved_at
                    || s.measured.map(|m| m.0) != Some(self.held)
            }
            None => true,
        };
        let measured = match &self.stored {
            Some(Stored { measured: Some(m), .. }) if !unmeasured => *m,
            _ => {
                let settings = w.settings()?;
                (self.held, measure(&clock, self.resolved_at, &settings.calendar, self.held))
            }
        };
        let due = match &self.stored {
            Some(s) if s.clock == clock => {
                if s.status == self.status
                    && s.owner_id == self.owner_id
                    && s.resolved_at == self.resolved_at
                    && s.updated_at == at
                    && !unmeasured
                {
                    return Ok(());
                }
                s.due
            }
            _ => {
                let settings = w.settings()?;
                due(&clock, &settings.calendar, &settings.targets)
            }
        };
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
        // Apart, and only when they move: most saves (an entry logged) leave
        // them as they were, and the report index need not be touched.
        if self.stored.as_ref().and_then(|s| s.measured) != Some(measured) {
            save_measures(w.tx(), &self.id, measured.0, &measured.1)?;
        }
        self.remember(w, at, due, measured);
        w.note_case(&self.id);
        Ok(())
    }

    /// A new case's row, with its due time, in one write.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn insert(&self, w: &mut Writer<'_>, subject: &str, channel: super::Channel) -> Result<i64> {
        let settings = w.settings()?;
        let clock = self.clock();
        let due = due(&clock, &settings.calendar, &settings.targets);
        let measures = measure(&clock, self.resolved_at, &settings.calendar, self.held);
        let at = self.opened_at;
        w.tx()
            .prepare_cached(
                "INSERT INTO cases (id, customer_id, subject, channel, status, priority, owner_id, opened_at, updated_at,
                                    waiting_since, first_response_at, resolved_at, pauses,
                                    due_at, due_target, due_cycle, queue_key,
                                    first_target, resolution_target, first_response_ms, first_missed_after,
                                    resolution_ms, resolution_missed_after)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?18, ?19, ?20, ?21, ?22)",
            )?
            .execute(params![
                self.id,
                self.customer_id,
                subject,
                channel,
                self.status,
                self.priority,
                self.owner_id,
                at,
                self.waiting_since,
                self.first_response_at,
                self.resolved_at,
                serde_json::to_string(&self.pauses)?,
                due.map(|d| d.at),
                due.map(|d| d.target),
                due.map(|d| d.cycle),
                queue_key(self.status, due.map(|d| d.at), at),
                self.held.first_response,
                self.held.resolution,
                measures.first_response_ms,
                measures.first_missed_after,
                measures.resolution_ms,
                measures.resolution_missed_after,
            ])?;
        let rowid = w.tx().last_insert_rowid();
        self.remember(w, at, due, (self.held, measures));
        w.note_case(&self.id);
        Ok(rowid)
    }

    /// Keeps the case as now written, for reading back in this transaction.
    fn remember(&self, w: &mut Writer<'_>, at: i64, due: Option<Due>, measured: (HeldTo, Measures)) {
        let mut written = self.clone();
        written.stored = Some(Stored {
            status: self.status,
            clock: self.clock(),
            owner_id: self.owner_id.clone(),
            resolved_at: self.resolved_at,
            updated_at: at,
            due,
            measured: Some(measured),
        });
        let cache = &mut w.scratch::<Written>().0;
        if cache.len() >= WRITTEN_MAX {
            cache.clear();
        }
        cache.insert(self.id.clone(), written);
    }
}
