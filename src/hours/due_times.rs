//! Each open case's due time, stored on the case and indexed, so the queue
//! (ordered by due time) and the alarm scheduler (the next due time) are index
//! range scans. The clock state it is computed from lives on the case too, so a
//! calendar or target change recomputes every due time without replaying events.

use rusqlite::{params, Connection};

use super::{due, CaseClock, CaseStatus, Pause, Priority, SlaSettings};
use crate::core::Result;

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

/// The clock columns of a case, as stored.
pub fn case_clock(
    opened_at: i64,
    status: CaseStatus,
    priority: Priority,
    waiting_since: Option<i64>,
    first_response_at: Option<i64>,
    pauses: &str,
) -> Result<CaseClock> {
    Ok(CaseClock {
        opened_at,
        status,
        priority,
        waiting_since,
        first_response_at,
        pauses: serde_json::from_str::<Vec<Pause>>(pauses)?,
    })
}

/// Writes a case's due time and queue position, computed from its clock.
pub fn save_due(
    conn: &Connection,
    case_id: &str,
    clock: &CaseClock,
    updated_at: i64,
    settings: &SlaSettings,
) -> Result<()> {
    let due = due(clock, &settings.calendar, &settings.targets);
    conn.prepare_cached(
        "UPDATE cases SET due_at = ?2, due_target = ?3, due_cycle = ?4, queue_key = ?5 WHERE id = ?1",
    )?
    .execute(params![
        case_id,
        due.map(|d| d.at),
        due.map(|d| d.target),
        due.map(|d| d.cycle),
        queue_key(clock.status, due.map(|d| d.at), updated_at),
    ])?;
    Ok(())
}

/// Recomputes the due time of every open or waiting case (or one case).
/// Returns how many were updated.
pub fn recompute(conn: &Connection, settings: &SlaSettings, only: Option<&str>) -> Result<u32> {
    let mut read = conn.prepare(
        "SELECT id, opened_at, status, priority, waiting_since, first_response_at, pauses, updated_at
         FROM cases WHERE status IN ('open', 'waiting') AND (?1 IS NULL OR id = ?1)",
    )?;
    let mut rows = read.query(params![only])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let pauses: String = r.get(6)?;
        let clock = case_clock(r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, &pauses)?;
        save_due(conn, &id, &clock, r.get(7)?, settings)?;
        n += 1;
    }
    Ok(n)
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
