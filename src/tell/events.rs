//! Tell it once: its events, and how each changes the current state.

use crate::msg;
use rusqlite::params;

use super::{Brief, PromiseStatus};
use crate::cases::set_owner;
use crate::core::{clock, event_kinds, Error, Event, EventMeta, Id, Origin, Result, Ts, Writer};

event_kinds!(
    /// Handoffs, promises, pinned facts and complaints.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `handoff`: the receiver owns the case (the last writer in the one
    ///   order wins); of the promises it moves, those that are not this
    ///   customer's are left as they are.
    /// - `promise_made`, `complaint_flagged`: an id made twice is set aside
    ///   the second time.
    /// - `promise_kept`, `promise_broken`, `complaint_closed`: a promise or
    ///   complaint this customer never had is set aside; one already closed
    ///   stays as the first close in the one order left it (two desks
    ///   closing it at once).
    /// - `fact_pinned`: pins an entry of this customer's history only (else
    ///   set aside); pinned twice is one pin. `fact_unpinned`: takes off this
    ///   customer's pin, if any.
    pub enum TellEvent {
        "handoff" => Handoff {
            from: Option<Id>,
            to: Id,
            brief: Brief,
            /// The sender's open promises on this case, now the receiver's to keep.
            #[serde(default)]
            moved_promises: Vec<Id>,
        },
        "promise_made" => PromiseMade { promise_id: Id, text: String, due_at: Ts, owner_id: Option<Id> },
        "promise_kept" => PromiseKept { promise_id: Id, text: String },
        "promise_broken" => PromiseBroken { promise_id: Id, text: String, recovery: String },
        "fact_pinned" => FactPinned { event_id: Id, text: String },
        "fact_unpinned" => FactUnpinned { event_id: Id, text: String },
        "complaint_flagged" => ComplaintFlagged { complaint_id: Id, event_id: Option<Id>, summary: String },
        /// Closing a complaint: what we changed, and whether we told the customer.
        "complaint_closed" => ComplaintClosed { complaint_id: Id, what_changed: String, customer_told: bool },
    }
);

impl Event for TellEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        let kind = self.kind();
        match self {
            TellEvent::Handoff { from, to, moved_promises, .. } => {
                apply_handoff(w, meta, from.as_deref(), to, moved_promises)
            }
            TellEvent::PromiseMade { promise_id, text, due_at, owner_id } => {
                apply_promise_made(w, meta, promise_id, text, *due_at, owner_id.as_deref())
            }
            TellEvent::PromiseKept { promise_id, .. } => {
                close_promise(w, meta, promise_id, PromiseStatus::Kept, None)
            }
            TellEvent::PromiseBroken { promise_id, recovery, .. } => {
                close_promise(w, meta, promise_id, PromiseStatus::Broken, Some(recovery))
            }
            TellEvent::FactPinned { event_id, text } => {
                apply_fact_pinned(w, meta.customer(kind)?, event_id, text, meta)
            }
            TellEvent::FactUnpinned { event_id, .. } => {
                if w.require_in_part("pins", "event_id", event_id, meta).is_ok() {
                    w.tx().execute("DELETE FROM pins WHERE event_id = ?1", [event_id])?;
                }
                Ok(())
            }
            TellEvent::ComplaintFlagged { complaint_id, event_id, summary } => {
                apply_complaint_flagged(w, meta, complaint_id, event_id.as_deref(), summary)
            }
            TellEvent::ComplaintClosed { complaint_id, what_changed, customer_told } => {
                apply_complaint_closed(w, meta, complaint_id, what_changed, *customer_told)
            }
        }
    }

    fn creates<'a>(&'a self, _meta: &'a EventMeta) -> Vec<&'a str> {
        match self {
            TellEvent::PromiseMade { promise_id, .. } => vec![promise_id],
            TellEvent::ComplaintFlagged { complaint_id, .. } => vec![complaint_id],
            _ => Vec::new(),
        }
    }

    fn search_text(&self) -> Option<String> {
        match self {
            TellEvent::PromiseMade { text, .. } => Some(text.clone()),
            TellEvent::PromiseBroken { text, recovery, .. } => Some(format!("{text} {recovery}")),
            TellEvent::ComplaintFlagged { summary, .. } => Some(summary.clone()),
            TellEvent::Handoff { brief, .. } => (!brief.note.is_empty()).then(|| brief.note.clone()),
            TellEvent::ComplaintClosed { what_changed, .. } => Some(what_changed.clone()),
            _ => None,
        }
    }
}

/// A handoff from another desk older than this is shown in the inbox but not
/// announced with a desktop notification.
const SHARED_NEWS_MS: i64 = 60 * 60 * 1000;

/// The receiver owns the case and the moved promises, and finds the case in
/// their inbox. A replayed handoff is history, not news: nobody is told again.
fn apply_handoff(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    from: Option<&str>,
    to: &str,
    moved_promises: &[Id],
) -> Result<()> {
    let case_id = meta.case("handoff")?;
    for id in moved_promises {
        if w.require_in_part("promises", "id", id, meta).is_ok() {
            w.tx().execute("UPDATE promises SET owner_id = ?2 WHERE id = ?1", params![id, to])?;
        }
    }
    let now = clock::to_ms(clock::now());
    let (seen, notified) = match meta.origin {
        Origin::Live => (None, None),
        Origin::Replay => (Some(now), Some(now)),
        // From another desk: waiting in the receiver's inbox here too, with a
        // desktop notice unless it is old news (the desk was offline a while).
        Origin::Shared if now - meta.at > SHARED_NEWS_MS => (None, Some(now)),
        Origin::Shared => (None, None),
    };
    // Applied again (its customer re-derived), it keeps what this desk already
    // knows: seen is seen.
    w.tx().execute(
        "INSERT INTO handoff_inbox (event_id, case_id, from_staff, to_staff, at, seen_at, notified_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (event_id) DO NOTHING",
        params![meta.id, case_id, from, to, meta.at, seen, notified],
    )?;
    set_owner(w, case_id, Some(to.to_owned()), meta.at)
}

fn apply_promise_made(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    promise_id: &str,
    text: &str,
    due_at: Ts,
    owner_id: Option<&str>,
) -> Result<()> {
    w.tx().execute(
        "INSERT INTO promises (id, customer_id, case_id, text, owner_id, made_by, made_at, due_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            promise_id,
            meta.customer("promise_made")?,
            meta.case("promise_made")?,
            text,
            owner_id,
            meta.staff_id,
            meta.at,
            clock::to_ms(due_at)
        ],
    )?;
    Ok(())
}

/// A promise kept, or broken with what we did to make it right.
fn close_promise(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    promise_id: &str,
    status: PromiseStatus,
    recovery: Option<&String>,
) -> Result<()> {
    w.require_in_part("promises", "id", promise_id, meta)?;
    w.tx().execute(
        "UPDATE promises SET status = ?2, closed_at = ?3, closed_by = ?4, recovery = ?5
         WHERE id = ?1 AND status = 'open'",
        params![promise_id, status, meta.at, meta.staff_id, recovery],
    )?;
    Ok(())
}

fn apply_fact_pinned(
    w: &mut Writer<'_>,
    customer: &str,
    event_id: &str,
    text: &str,
    meta: &EventMeta,
) -> Result<()> {
    // Only an entry of this customer's own history can be pinned on it.
    if !w.entry_in_part(event_id, customer)? {
        return Err(Error::refers_to_nothing(msg!("error-tell-pinned-entry-unknown", event_id)));
    }
    w.tx().execute(
        "INSERT INTO pins (event_id, customer_id, pinned_by, pinned_at, text) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (event_id) DO NOTHING",
        params![event_id, customer, meta.staff_id, meta.at, text],
    )?;
    Ok(())
}

fn apply_complaint_flagged(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    complaint_id: &str,
    event_id: Option<&str>,
    summary: &str,
) -> Result<()> {
    w.tx().execute(
        "INSERT INTO complaints (id, customer_id, case_id, event_id, summary, opened_at, opened_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            complaint_id,
            meta.customer("complaint_flagged")?,
            meta.case("complaint_flagged")?,
            event_id,
            summary,
            meta.at,
            meta.staff_id
        ],
    )?;
    Ok(())
}

fn apply_complaint_closed(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    complaint_id: &str,
    what_changed: &str,
    customer_told: bool,
) -> Result<()> {
    w.require_in_part("complaints", "id", complaint_id, meta)?;
    w.tx().execute(
        "UPDATE complaints SET status = 'closed', closed_at = ?2, closed_by = ?3, what_changed = ?4,
                customer_told = ?5 WHERE id = ?1 AND status = 'open'",
        params![complaint_id, meta.at, meta.staff_id, what_changed, customer_told],
    )?;
    Ok(())
}
