//! A case's events, and how each changes the case's current state.

use super::{CallDirection, CaseState, CaseStatus, Channel, Priority};
use crate::core::hlc::OrderKey;
use crate::core::{event_kinds, Event, EventMeta, Id, Result, Writer};
use crate::hours::measures::targets_at;
use crate::hours::HeldTo;

event_kinds!(
    /// What happens on a case: it opens, the customer and we speak, and its
    /// status, owner or priority change.
    ///
    /// How concurrent work settles, kind by kind (the case named must be the
    /// event's customer's, else the event is set aside; see `shop::check_refs`):
    /// - `case_opened`: a case id opened twice is set aside the second time.
    /// - the conversation entries: always recorded; each moves the response
    ///   clock from where the case stands at its place in the order.
    /// - `status_changed`: a move from a status the case has already left
    ///   (two desks closing one case differently at once) is recorded and has
    ///   no effect; the first move in the one order stands.
    /// - `assignment_changed`, `priority_changed`: the last writer in the one
    ///   order wins; an owner this desk does not (yet) know is kept as named.
    /// - `case_renamed`: the subject is one value; the last rename in the one
    ///   order stands (two desks renaming at once end with the same name).
    pub enum CaseEvent {
        "case_opened" => CaseOpened { subject: String, channel: Channel, priority: Priority, owner_id: Option<Id> },
        "customer_message" => CustomerMessage { body: String, channel: Channel },
        "reply" => Reply { body: String, channel: Channel },
        "note" => Note { body: String },
        "call" => Call { body: String, direction: CallDirection },
        "visit" => Visit { body: String },
        "status_changed" => StatusChanged { from: CaseStatus, to: CaseStatus, reason: Option<String> },
        "assignment_changed" => AssignmentChanged { from: Option<Id>, to: Option<Id> },
        "priority_changed" => PriorityChanged { from: Priority, to: Priority },
        /// The case's subject says what it is about now (a typo mended, or
        /// the story turned out to be another).
        "case_renamed" => CaseRenamed { subject: String },
    }
);

impl CaseEvent {
    /// The words of a conversation entry (what was said, noted or done).
    pub fn body(&self) -> Option<&str> {
        match self {
            CaseEvent::CustomerMessage { body, .. }
            | CaseEvent::Reply { body, .. }
            | CaseEvent::Note { body }
            | CaseEvent::Call { body, .. }
            | CaseEvent::Visit { body } => Some(body),
            _ => None,
        }
    }
}

impl Event for CaseEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        let case_id = meta.case(self.kind())?;
        match self {
            CaseEvent::CaseOpened { subject, channel, priority, owner_id } => {
                let customer_id = meta.customer(self.kind())?;
                let key = OrderKey { hlc: meta.hlc, desk_id: meta.desk_id.clone(), id: meta.id.clone() };
                let held = HeldTo::new(&targets_at(w, &key)?, *priority);
                let opened =
                    CaseState::opened(case_id, customer_id, *priority, owner_id.clone(), meta.at, held);
                apply_case_opened(w, &opened, subject, *channel)
            }
            CaseEvent::CustomerMessage { .. }
            | CaseEvent::Reply { .. }
            | CaseEvent::Note { .. }
            | CaseEvent::Call { .. }
            | CaseEvent::Visit { .. } => apply_entry(w, case_id, self, meta.at),
            CaseEvent::StatusChanged { from, to, .. } => {
                apply_status_changed(w, case_id, *from, *to, meta.at)
            }
            CaseEvent::AssignmentChanged { to, .. } => set_owner(w, case_id, to.clone(), meta.at),
            CaseEvent::PriorityChanged { to, .. } => apply_priority_changed(w, case_id, *to, meta.at),
            CaseEvent::CaseRenamed { subject } => apply_case_renamed(w, case_id, subject),
        }
    }

    fn search_text(&self) -> Option<String> {
        self.body().map(str::to_owned)
    }

    fn creates<'a>(&'a self, meta: &'a EventMeta) -> Vec<&'a str> {
        match (self, meta.case_id.as_deref()) {
            (CaseEvent::CaseOpened { .. }, Some(case)) => vec![case],
            _ => Vec::new(),
        }
    }
}

/// A case's subject in the search index (by the case's rowid).
pub(super) const SUBJECT_INDEX: &str = "INSERT INTO case_text (rowid, subject) VALUES (?1, ?2)";

/// The new case's row, its subject in the search index, and its clock started,
/// held to the targets in force as it opens.
fn apply_case_opened(w: &mut Writer<'_>, state: &CaseState, subject: &str, channel: Channel) -> Result<()> {
    let rowid = state.insert(w, subject, channel)?;
    w.index_text(SUBJECT_INDEX, rowid, vec![subject.to_owned()], true)?;
    w.touch_contact(&state.customer_id, state.opened_at)
}

/// A conversation entry moves the response clock; speaking with the customer
/// is contact.
fn apply_entry(w: &mut Writer<'_>, case_id: &str, event: &CaseEvent, at: i64) -> Result<()> {
    let mut state = CaseState::load(w, case_id)?;
    if state.after_entry(event, at) {
        w.touch_contact(&state.customer_id.clone(), at)?;
    }
    state.save(w, at)
}

fn apply_status_changed(
    w: &mut Writer<'_>,
    case_id: &str,
    from: CaseStatus,
    to: CaseStatus,
    at: i64,
) -> Result<()> {
    let mut state = CaseState::load(w, case_id)?;
    if state.status != from {
        // The case left `from` by another move first: this one has no effect.
        return Ok(());
    }
    state.move_to(to, at);
    state.save(w, at)
}

fn apply_priority_changed(w: &mut Writer<'_>, case_id: &str, to: Priority, at: i64) -> Result<()> {
    let mut state = CaseState::load(w, case_id)?;
    state.set_priority(w, to)?;
    state.save(w, at)
}

/// The case's subject becomes `subject`, in the search index too. Renaming
/// is housekeeping, not contact: the case keeps its place in the queue.
fn apply_case_renamed(w: &mut Writer<'_>, case_id: &str, subject: &str) -> Result<()> {
    let (rowid, before): (i64, String) = w
        .tx()
        .prepare_cached("SELECT rowid, subject FROM cases WHERE id = ?1")?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if before == subject {
        return Ok(());
    }
    w.tx().prepare_cached("UPDATE cases SET subject = ?2 WHERE id = ?1")?.execute([case_id, subject])?;
    // The subject index keeps no copy of its text: the old words name the row.
    w.remove_text(SUBJECT_INDEX, rowid, vec![before])?;
    w.index_text(SUBJECT_INDEX, rowid, vec![subject.to_owned()], true)?;
    w.note_case(case_id);
    Ok(())
}

/// Makes `owner` the case's owner (an assignment, or a handoff's receiver).
pub fn set_owner(w: &mut Writer<'_>, case_id: &str, owner: Option<Id>, at: i64) -> Result<()> {
    let mut state = CaseState::load(w, case_id)?;
    state.owner_id = owner;
    state.save(w, at)
}
