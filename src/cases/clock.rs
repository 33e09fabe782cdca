//! The case's clock columns, kept by the cases feature alone: each open
//! case's due time and queue position, the targets it is held to and how it
//! measures against them (migration 10). `hours` supplies the arithmetic as
//! pure functions ([`due`], [`measure`]) and says which targets the log holds a
//! case to; this module writes what they answer. When the shop's hours or
//! targets change, the shop has the cases follow ([`follow_hours`]), in the
//! same transaction, for live writes and replays alike.
//!
//! Due times are stored and indexed, so the queue (ordered by due time) and
//! the alarm scheduler (the next due time) are index range scans.

use rusqlite::{params, Connection, OptionalExtension};

use super::CaseStatus;
use crate::core::hlc::OrderKey;
use crate::core::{EventMeta, Result, Store, Writer};
use crate::hours::measures::{cases_opened_under, held_to};
use crate::hours::{
    due, measure, Calendar, CaseClock, HeldTo, HoursEvent, Measures, Pause, Priority, TargetPolicy,
};

/// The queue order as one integer: open cases by due time (the most overdue on
/// top), then cases waiting on the customer. 2^45 ms is over a thousand years,
/// so a due time never spills into the waiting class.
const QUEUE_CLASS: i64 = 1 << 45;

pub fn queue_key(status: CaseStatus, due_at: Option<i64>, updated_at: i64) -> Option<i64> {
    match status {
        CaseStatus::Open => Some(due_at.unwrap_or(QUEUE_CLASS + updated_at)),
        CaseStatus::Waiting => Some(2 * QUEUE_CLASS + updated_at),
        CaseStatus::Resolved | CaseStatus::Closed => None,
    }
}

/// The clock its targets run on, for a case in this state.
pub fn clock_of(
    opened_at: i64,
    status: CaseStatus,
    priority: Priority,
    waiting_since: Option<i64>,
    first_response_at: Option<i64>,
    pauses: Vec<Pause>,
) -> CaseClock {
    CaseClock {
        opened_at,
        open: status == CaseStatus::Open,
        priority,
        waiting_since,
        first_response_at,
        pauses,
    }
}

/// One case row with what its measures are computed from.
struct Row {
    id: String,
    clock: CaseClock,
    resolved_at: Option<i64>,
    held: Option<HeldTo>,
    measures: Measures,
}

const COLUMNS: &str = "SELECT id, opened_at, status, priority, waiting_since, first_response_at, pauses,
        resolved_at, first_target, resolution_target, first_response_ms, first_missed_after, resolution_ms,
        resolution_missed_after FROM cases";

fn read_row(r: &rusqlite::Row<'_>) -> Result<Row> {
    let pauses: String = r.get(6)?;
    let status: CaseStatus = r.get(2)?;
    let (first, resolution): (Option<i32>, Option<i32>) = (r.get(8)?, r.get(9)?);
    Ok(Row {
        id: r.get(0)?,
        clock: clock_of(r.get(1)?, status, r.get(3)?, r.get(4)?, r.get(5)?, serde_json::from_str(&pauses)?),
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

fn read_rows(conn: &Connection, filter: &str) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare(&format!("{COLUMNS} {filter}"))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(read_row(r)?);
    }
    Ok(out)
}

/// Writes a case's targets and measures.
pub(super) fn save_measures(conn: &Connection, case_id: &str, held: HeldTo, m: &Measures) -> Result<()> {
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

/// Case rows changed under what the cases feature keeps for this
/// transaction, and under every window's view.
fn rows_changed(w: &mut Writer<'_>) {
    w.clear_scratch();
    w.note_everything_changed();
}

/// A case held to `held` and measured on `cal`, written only where that
/// changes what is stored. Says whether it did.
fn keep_measured(w: &Writer<'_>, row: &Row, held: HeldTo, cal: &Calendar) -> Result<bool> {
    let m = measure(&row.clock, row.resolved_at, cal, held);
    if Some(held) == row.held && m == row.measures {
        return Ok(false);
    }
    save_measures(w.tx(), &row.id, held, &m)?;
    Ok(true)
}

/// After `changed` cases were written: answers how many.
fn finish(w: &mut Writer<'_>, changed: u32) -> u32 {
    if changed > 0 {
        rows_changed(w);
    }
    changed
}

/// Recomputes the due time of every open or waiting case with the shop's
/// current hours and targets. Returns how many were written.
pub fn recompute_due_times(w: &mut Writer<'_>) -> Result<u32> {
    let settings = w.settings()?;
    let n = {
        let conn = w.tx();
        // Read as they are written: only what a due time is computed from.
        let mut read = conn.prepare(
            "SELECT id, opened_at, status, priority, waiting_since, first_response_at, pauses, updated_at
             FROM cases WHERE status IN ('open', 'waiting')",
        )?;
        let mut write = conn.prepare_cached(
            "UPDATE cases SET due_at = ?2, due_target = ?3, due_cycle = ?4, queue_key = ?5 WHERE id = ?1",
        )?;
        let mut rows = read.query([])?;
        let mut n = 0u32;
        while let Some(r) = rows.next()? {
            let status: CaseStatus = r.get(2)?;
            let pauses: String = r.get(6)?;
            let clock =
                clock_of(r.get(1)?, status, r.get(3)?, r.get(4)?, r.get(5)?, serde_json::from_str(&pauses)?);
            let due = due(&clock, &settings.calendar, &settings.targets);
            let id: String = r.get(0)?;
            write.execute(params![
                id,
                due.map(|d| d.at),
                due.map(|d| d.target),
                due.map(|d| d.cycle),
                queue_key(status, due.map(|d| d.at), r.get(7)?),
            ])?;
            n += 1;
        }
        n
    };
    rows_changed(w);
    Ok(n)
}

/// Measures every case again on the current calendar, writing only those that
/// changed. Returns how many changed. Cases not yet held to targets (from
/// before migration 10) are held to those in force when they opened.
pub fn remeasure_all(w: &mut Writer<'_>) -> Result<u32> {
    let settings = w.settings()?;
    let mut changed = 0;
    for row in read_rows(w.tx(), "")? {
        let held = match row.held {
            Some(h) => h,
            None => held_to(w, &row.id, row.clock.priority)?,
        };
        changed += u32::from(keep_measured(w, &row, held, &settings.calendar)?);
    }
    Ok(finish(w, changed))
}

const REMEASURE: &str = "measure every case on the current calendar";

/// Every case measured again on the current calendar, once, just before this
/// transaction commits (a replay may apply many calendar changes).
pub fn remeasure_at_commit(w: &mut Writer<'_>) {
    w.before_commit(REMEASURE, |w| remeasure_all(w).map(drop));
}

/// The cases `ids` held to `targets`, measured again where that changed them.
fn hold(w: &mut Writer<'_>, ids: Vec<String>, targets: &TargetPolicy) -> Result<u32> {
    if ids.is_empty() {
        return Ok(0);
    }
    let settings = w.settings()?;
    let mut changed = 0;
    for id in ids {
        let row = w
            .tx()
            .prepare_cached(&format!("{COLUMNS} WHERE id = ?1"))?
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
        changed += u32::from(keep_measured(w, &row, held, &settings.calendar)?);
    }
    Ok(finish(w, changed))
}

/// Every case held again to the targets the log says were in force when it
/// was opened, after the shop's part was applied again: a targets change set
/// aside this time (its author had no right to it there) holds no case.
pub fn rehold_all(w: &mut Writer<'_>) -> Result<u32> {
    if !w.has_shop_event("targets_changed")? {
        return Ok(0);
    }
    let settings = w.settings()?;
    let mut changed = 0;
    for row in read_rows(w.tx(), "")? {
        let held = held_to(w, &row.id, row.clock.priority)?;
        if Some(held) != row.held {
            changed += u32::from(keep_measured(w, &row, held, &settings.calendar)?);
        }
    }
    Ok(finish(w, changed))
}

/// Every case held to the targets in use: while the log records no targets,
/// that is what each case is held to (see `hours::measures`).
fn hold_all_to_current(w: &mut Writer<'_>) -> Result<()> {
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

/// After an event of the shop's hours was applied: every open case's due
/// time follows the new calendar or targets; a calendar change measures every
/// case again (once, at commit), and a targets change holds the cases opened
/// under it to it.
pub fn follow_hours(w: &mut Writer<'_>, meta: &EventMeta, event: &HoursEvent) -> Result<()> {
    recompute_due_times(w)?;
    match event {
        HoursEvent::CalendarChanged { .. } | HoursEvent::CalendarEdited { .. } => remeasure_at_commit(w),
        HoursEvent::TargetsChanged { targets } => {
            let key = OrderKey { hlc: meta.hlc, desk_id: meta.desk_id.clone(), id: meta.id.clone() };
            let ids = cases_opened_under(w, &key)?;
            hold(w, ids, targets)?;
        }
    }
    Ok(())
}

/// After the shop's hours and targets were set without an event (a new
/// database's defaults, or those an import adopted): every case follows them.
pub fn follow_settings(w: &mut Writer<'_>) -> Result<()> {
    recompute_due_times(w)?;
    hold_all_to_current(w)?;
    remeasure_at_commit(w);
    Ok(())
}

/// The note migration 10 leaves in `meta` until every case is measured.
const MEASURE_PENDING: &str = "measure_cases";

/// What the reports read for each case, for cases from before it was kept
/// (migration 10 leaves a note for it): counted once, when the desk opens.
/// Returns how many cases were measured.
pub fn ensure_measures(store: &mut Store) -> Result<u32> {
    if store.meta_value(MEASURE_PENDING)?.is_none() {
        return Ok(0);
    }
    store.write(|w| {
        let n = remeasure_all(w)?;
        w.tx().execute("DELETE FROM meta WHERE key = ?1", [MEASURE_PENDING])?;
        Ok(n)
    })
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
