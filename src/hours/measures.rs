//! Each case measured against its targets, in business time, and kept on the
//! case (migration 10), so the fairness and attainment reports read one index
//! range and only count.
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
//! before its transaction commits ([`remeasure_all`]).

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::targets::running_reaches;
use super::{case_clock, Calendar, CaseClock, HoursEvent, Pause, Priority, TargetPolicy};
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

/// Writes a case's targets and measures.
pub fn save_measures(conn: &Connection, case_id: &str, held: HeldTo, m: &Measures) -> Result<()> {
    conn.prepare_cached(
        "UPDATE cases SET first_target = ?2, resolution_target = ?3, first_response_ms = ?4,
                first_missed_after = ?5, resolution_ms = ?6, resolution_missed_after = ?7
         WHERE id = ?1",
    )?
    .execute(params![
        case_id,
        held.first_response,
        held.resolution,
        m.first_response_ms,
        m.first_missed_after,
        m.resolution_ms,
        m.resolution_missed_after,
    ])?;
    Ok(())
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

const CASE_COLUMNS: &str = "SELECT id, opened_at, status, priority, waiting_since, first_response_at, pauses,
        resolved_at, first_target, resolution_target, first_response_ms, first_missed_after, resolution_ms,
        resolution_missed_after FROM cases";

/// One case row with what its measures are computed from.
struct Row {
    id: String,
    clock: CaseClock,
    resolved_at: Option<i64>,
    held: Option<HeldTo>,
    measures: Measures,
}

fn read_row(r: &rusqlite::Row<'_>) -> Result<Row> {
    let pauses: String = r.get(6)?;
    let (first, resolution): (Option<i32>, Option<i32>) = (r.get(8)?, r.get(9)?);
    Ok(Row {
        id: r.get(0)?,
        clock: case_clock(r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, &pauses)?,
        resolved_at: r.get(7)?,
        held: first.zip(resolution).map(|(first_response, resolution)| HeldTo { first_response, resolution }),
        measures: Measures {
            first_response_ms: r.get(10)?,
            first_missed_after: r.get(11)?,
            resolution_ms: r.get(12)?,
            resolution_missed_after: r.get(13)?,
        },
    })
}

/// Measures every case again on the current calendar, writing only those that
/// changed. Returns how many changed. Cases not yet held to targets (from
/// before migration 10) are held to those in force when they opened.
pub fn remeasure_all(w: &mut Writer<'_>) -> Result<u32> {
    let settings = w.settings()?;
    let rows: Vec<Row> = {
        let mut stmt = w.tx().prepare(CASE_COLUMNS)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(read_row(r)?);
        }
        out
    };
    let mut changed = 0;
    for row in rows {
        let held = match row.held {
            Some(h) => h,
            None => held_to(w, &row.id, row.clock.priority)?,
        };
        let m = measure(&row.clock, row.resolved_at, &settings.calendar, held);
        if Some(held) != row.held || m != row.measures {
            save_measures(w.tx(), &row.id, held, &m)?;
            changed += 1;
        }
    }
    if changed > 0 {
        // Case rows changed under what the cases feature keeps for this transaction.
        w.clear_scratch();
        w.note_everything_changed();
    }
    Ok(changed)
}

/// After a `targets_changed` at `key` is applied: the cases opened from it
/// until the next one in the agreed order (from the very first case, if it is
/// the first) are held to `targets`.
pub fn hold_cases_opened_after(w: &mut Writer<'_>, key: &OrderKey, targets: &TargetPolicy) -> Result<u32> {
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
    let case_ids: Vec<String> = w
        .tx()
        .prepare_cached(
            "SELECT case_id FROM events
             WHERE kind = 'case_opened' AND (hlc, desk_id, id) > (?1, ?2, ?3) AND (hlc, desk_id, id) < (?4, ?5, ?6)",
        )?
        .query_map(params![start.hlc, start.desk_id, start.id, end.hlc, end.desk_id, end.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if case_ids.is_empty() {
        return Ok(0);
    }
    let settings = w.settings()?;
    let mut changed = 0;
    for id in case_ids {
        let row = w
            .tx()
            .prepare_cached(&format!("{CASE_COLUMNS} WHERE id = ?1"))?
            .query_row([&id], |r| Ok(read_row(r)))
            .optional()?
            .transpose()?;
        // A case whose opening is in the log but not applied yet (later in
        // this batch) is held to its targets when it is.
        let Some(row) = row else { continue };
        let held = HeldTo::new(targets, row.clock.priority);
        if Some(held) == row.held {
            // Same targets, same measures (a calendar change measures every
            // case again by itself).
            continue;
        }
        let m = measure(&row.clock, row.resolved_at, &settings.calendar, held);
        save_measures(w.tx(), &row.id, held, &m)?;
        changed += 1;
    }
    if changed > 0 {
        w.clear_scratch();
        w.note_everything_changed();
    }
    Ok(changed)
}

/// Every case held again to the targets the log says were in force when it
/// was opened, after the shop's part was applied again: a targets change set
/// aside this time (its author had no right to it there) holds no case.
pub fn rehold_all(w: &mut Writer<'_>) -> Result<u32> {
    if !w.has_shop_event("targets_changed")? {
        return Ok(0);
    }
    let settings = w.settings()?;
    let rows: Vec<Row> = {
        let mut stmt = w.tx().prepare(CASE_COLUMNS)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(read_row(r)?);
        }
        out
    };
    let mut changed = 0;
    for row in rows {
        let held = held_to(w, &row.id, row.clock.priority)?;
        if Some(held) != row.held {
            let m = measure(&row.clock, row.resolved_at, &settings.calendar, held);
            save_measures(w.tx(), &row.id, held, &m)?;
            changed += 1;
        }
    }
    if changed > 0 {
        w.clear_scratch();
        w.note_everything_changed();
    }
    Ok(changed)
}

/// Every case held to the targets in use: while the log records no targets,
/// that is what each case is held to (see the module's notes).
pub fn hold_all_to_current(w: &mut Writer<'_>) -> Result<()> {
    if w.has_shop_event("targets_changed")? {
        return Ok(());
    }
    let targets = w.settings()?.targets;
    for p in [Priority::Urgent, Priority::High, Priority::Normal, Priority::Low] {
        let held = HeldTo::new(&targets, p);
        w.tx()
            .prepare_cached("UPDATE cases SET first_target = ?2, resolution_target = ?3 WHERE priority = ?1")?
            .execute(params![p, held.first_response, held.resolution])?;
    }
    w.clear_scratch();
    Ok(())
}
