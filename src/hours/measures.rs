//! Each case measured against its targets, in business time: the pure
//! arithmetic, and which targets the log says a case is held to. The cases
//! feature keeps the results on the case (migration 10, `cases::clock`), so
//! the fairness and attainment reports read one index range and only count.
//!
//! A case is held to the targets **in force when it was opened**: those of the
//! last `targets_changed` before its `case_opened` in the agreed order, for its
//! priority now. Cases opened before the shop's first recorded targets are held
//! to those first targets, and while the log records none, to the targets in
//! use. So a targets change never rewrites cases opened before it, and a desk
//! that applies the log again from the first event holds every case to the
//! same targets: [`targets_at`] reads them from the log, by order, not from the
//! settings of the moment.
//!
//! The measures are counted on the shop's *current* calendar, like due times:
//! a calendar change counts every case again, closed ones too, once, just
//! before its transaction commits (`cases::clock::remeasure_all`).

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::targets::running_reaches;
use super::{Calendar, CaseClock, HoursEvent, Pause, Priority, TargetPolicy};
use crate::core::hlc::OrderKey;
use crate::core::{Error, Result, Writer};

const MINUTE_MS: i64 = 60_000;

/// The targets a case is held to, in business minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeldTo {
    pub first_response: i32,
    pub resolution: i32,
}

impl HeldTo {
    pub fn new(policy: &TargetPolicy, priority: Priority) -> HeldTo {
        let t = policy.for_priority(priority);
        HeldTo { first_response: t.first_response, resolution: t.resolution }
    }
}

/// How a case stands against the targets it is held to: what the reports read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measures {
    /// Business time from opening to our first reply, call or visit.
    pub first_response_ms: Option<i64>,
    /// While unanswered: the first response target is missed once the time is
    /// past this instant.
    pub first_missed_after: Option<i64>,
    /// Business time from opening until resolved or closed, pauses left out.
    pub resolution_ms: Option<i64>,
    /// While unresolved: the resolution target is missed once the time is past
    /// this instant (`None` while a pause holds the clock below the target).
    pub resolution_missed_after: Option<i64>,
}

/// Business time the case was open between `opened` and `until`, skipping the
/// pauses (waiting on the customer, resolved).
pub fn running_ms(cal: &Calendar, opened: i64, pauses: &[Pause], until: i64) -> i64 {
    let mut total = 0;
    let mut from = opened;
    for p in pauses {
        if p.start >= until {
            break;
        }
        if p.start > from {
            total += cal.between_ms(from, p.start);
        }
        match p.end {
            Some(end) => from = from.max(end),
            None => return total,
        }
    }
    if until > from {
        total += cal.between_ms(from, until);
    }
    total
}

/// A case's measures on `cal`, from its clock and when it was resolved.
pub fn measure(clock: &CaseClock, resolved_at: Option<i64>, cal: &Calendar, held: HeldTo) -> Measures {
    Measures {
        first_response_ms: clock.first_response_at.map(|at| cal.between_ms(clock.opened_at, at)),
        first_missed_after: match clock.first_response_at {
            Some(_) => None,
            None => cal.add_ms(clock.opened_at, i64::from(held.first_response) * MINUTE_MS),
        },
        resolution_ms: resolved_at.map(|at| running_ms(cal, clock.opened_at, &clock.pauses, at)),
        // Missed once the running time is *more* than the target: from the
        // first instant it has run one millisecond past it.
        resolution_missed_after: match resolved_at {
            Some(_) => None,
            None => running_reaches(clock, cal, i64::from(held.resolution) * MINUTE_MS + 1).map(|t| t - 1),
        },
    }
}

/// Target policies read from the log in this transaction, by event id.
#[derive(Default)]
struct Policies(HashMap<String, TargetPolicy>);

/// The `targets_changed` event nearest `key` before it (or after it, with
/// `after`), as (event id, payload).
fn neighbour(conn: &Connection, key: &OrderKey, after: bool) -> Result<Option<(String, String)>> {
    let sql = if after {
        "SELECT id, payload FROM events WHERE kind = 'targets_changed' AND (hlc, desk_id, id) > (?1, ?2, ?3)
           AND NOT EXISTS (SELECT 1 FROM set_aside s WHERE s.event_id = events.id)
         ORDER BY hlc, desk_id, id LIMIT 1"
    } else {
        "SELECT id, payload FROM events WHERE kind = 'targets_changed' AND (hlc, desk_id, id) < (?1, ?2, ?3)
           AND NOT EXISTS (SELECT 1 FROM set_aside s WHERE s.event_id = events.id)
         ORDER BY hlc DESC, desk_id DESC, id DESC LIMIT 1"
    };
    Ok(conn
        .prepare_cached(sql)?
        .query_row(params![key.hlc, key.desk_id, key.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

fn policy(w: &mut Writer<'_>, (id, payload): (String, String)) -> Result<TargetPolicy> {
    if let Some(p) = w.scratch::<Policies>().0.get(&id) {
        return Ok(*p);
    }
    let targets = match serde_json::from_str::<HoursEvent>(&payload)? {
        HoursEvent::TargetsChanged { targets } => targets,
        other => {
            return Err(Error::Internal(format!("event {id} is not a targets change: {}", other.kind_name())))
        }
    };
    w.scratch::<Policies>().0.insert(id, targets);
    Ok(targets)
}

/// The targets in force at `key` in the agreed order (see the module's notes).
pub fn targets_at(w: &mut Writer<'_>, key: &OrderKey) -> Result<TargetPolicy> {
    let found = match neighbour(w.tx(), key, false)? {
        Some(before) => Some(before),
        None => neighbour(w.tx(), &OrderKey { hlc: -1, desk_id: String::new(), id: String::new() }, true)?,
    };
    match found {
        Some(event) => policy(w, event),
        None => Ok(w.settings()?.targets),
    }
}

/// Where a case's `case_opened` event stands in the agreed order.
pub fn opening_key(conn: &Connection, case_id: &str) -> Result<Option<OrderKey>> {
    Ok(conn
        .prepare_cached(
            "SELECT hlc, desk_id, id FROM events WHERE case_id = ?1 AND kind = 'case_opened'
             ORDER BY hlc, desk_id, id LIMIT 1",
        )?
        .query_row([case_id], |r| Ok(OrderKey { hlc: r.get(0)?, desk_id: r.get(1)?, id: r.get(2)? }))
        .optional()?)
}

/// The targets a case is held to, for its priority now, read from the log.
pub fn held_to(w: &mut Writer<'_>, case_id: &str, priority: Priority) -> Result<HeldTo> {
    let policy = match opening_key(w.tx(), case_id)? {
        Some(key) => targets_at(w, &key)?,
        None => w.settings()?.targets,
    };
    Ok(HeldTo::new(&policy, priority))
}

/// After a `targets_changed` at `key`: the cases opened from it until the
/// next one in the agreed order (from the very first case, if it is the
/// first), which are held to its targets.
pub fn cases_opened_under(w: &Writer<'_>, key: &OrderKey) -> Result<Vec<String>> {
    let start = match neighbour(w.tx(), key, false)? {
        Some(_) => key.clone(),
        None => OrderKey { hlc: -1, desk_id: String::new(), id: String::new() },
    };
    let end = match neighbour(w.tx(), key, true)? {
        Some((id, _)) => w
            .tx()
            .prepare_cached("SELECT hlc, desk_id, id FROM events WHERE id = ?1")?
            .query_row([&id], |r| Ok(OrderKey { hlc: r.get(0)?, desk_id: r.get(1)?, id: r.get(2)? }))?,
        None => OrderKey { hlc: i64::MAX, desk_id: String::new(), id: String::new() },
    };
    Ok(w.tx()
        .prepare_cached(
            "SELECT case_id FROM events
             WHERE kind = 'case_opened' AND (hlc, desk_id, id) > (?1, ?2, ?3) AND (hlc, desk_id, id) < (?4, ?5, ?6)",
        )?
        .query_map(params![start.hlc, start.desk_id, start.id, end.hlc, end.desk_id, end.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}
