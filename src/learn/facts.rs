//! What the reports read, by date: each query is one index range scan over the
//! current-state tables (the indexes of migration 5). The reports themselves
//! only count, compute and word.

use rusqlite::Connection;

use crate::core::Result;
use crate::hours::{Pause, Priority};
use crate::tell::PromiseStatus;

/// A case opened in the range, with its clock.
pub struct CaseTimes {
    pub segment: String,
    pub priority: Priority,
    pub opened_at: i64,
    pub first_response_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub pauses: Vec<Pause>,
}

/// Cases opened in `[start, end)`, with their customer's segment.
pub fn cases_opened(conn: &Connection, start: i64, end: i64) -> Result<Vec<CaseTimes>> {
    let mut stmt = conn.prepare_cached(
        "SELECT cu.segment, k.priority, k.opened_at, k.first_response_at, k.resolved_at, k.pauses
         FROM cases k JOIN customers cu ON cu.id = k.customer_id
         WHERE k.opened_at >= ?1 AND k.opened_at < ?2",
    )?;
    let mut rows = stmt.query([start, end])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(CaseTimes {
            segment: r.get::<_, String>(0)?.trim().to_owned(),
            priority: r.get(1)?,
            opened_at: r.get(2)?,
            first_response_at: r.get(3)?,
            resolved_at: r.get(4)?,
            pauses: serde_json::from_str(&r.get::<_, String>(5)?)?,
        });
    }
    Ok(out)
}

/// Promises falling due in `[start, end)`: when, and how they stand.
pub fn promises_due(conn: &Connection, start: i64, end: i64) -> Result<Vec<(i64, PromiseStatus)>> {
    let mut stmt =
        conn.prepare_cached("SELECT due_at, status FROM promises WHERE due_at >= ?1 AND due_at < ?2")?;
    let rows = stmt.query_map([start, end], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An escalation opened in the range.
pub struct EscalationFacts {
    pub cause: String,
    pub open: bool,
    pub opened_at: i64,
    pub case_subject: String,
    pub note: String,
    pub what_changed: Option<String>,
}

/// Escalations opened in `[start, end)`, oldest first.
pub fn escalations_opened(conn: &Connection, start: i64, end: i64) -> Result<Vec<EscalationFacts>> {
    let mut stmt = conn.prepare_cached(
        "SELECT x.cause, x.status, x.opened_at, k.subject, x.note, x.what_changed
         FROM escalations x JOIN cases k ON k.id = x.case_id
         WHERE x.opened_at >= ?1 AND x.opened_at < ?2 ORDER BY x.opened_at, x.id",
    )?;
    let rows = stmt.query_map([start, end], |r| {
        Ok(EscalationFacts {
            cause: r.get(0)?,
            open: r.get::<_, String>(1)? == "open",
            opened_at: r.get(2)?,
            case_subject: r.get(3)?,
            note: r.get(4)?,
            what_changed: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// When each complaint opened in `[start, end)` was opened.
pub fn complaints_opened(conn: &Connection, start: i64, end: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT opened_at FROM complaints WHERE opened_at >= ?1 AND opened_at < ?2")?;
    let rows = stmt.query_map([start, end], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A complaint closed in the range, with what we changed.
pub struct ClosedComplaint {
    pub closed_at: i64,
    pub customer_name: String,
    pub summary: String,
    pub what_changed: String,
    pub customer_told: bool,
}

/// Complaints closed in `[start, end)`, oldest first.
pub fn complaints_closed(conn: &Connection, start: i64, end: i64) -> Result<Vec<ClosedComplaint>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.closed_at, cu.name, c.summary, c.what_changed, c.customer_told
         FROM complaints c JOIN customers cu ON cu.id = c.customer_id
         WHERE c.closed_at >= ?1 AND c.closed_at < ?2 ORDER BY c.closed_at, c.id",
    )?;
    let rows = stmt.query_map([start, end], |r| {
        Ok(ClosedComplaint {
            closed_at: r.get(0)?,
            customer_name: r.get(1)?,
            summary: r.get(2)?,
            what_changed: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
            customer_told: r.get::<_, Option<bool>>(4)?.unwrap_or(false),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many complaints are open now.
pub fn open_complaints(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM complaints WHERE status = 'open'", [], |r| r.get(0))?)
}

/// Each case's latest score given in `[start, end)`: when, and the score.
pub fn scores_given(conn: &Connection, start: i64, end: i64) -> Result<Vec<(i64, u8)>> {
    let mut stmt = conn.prepare_cached("SELECT at, score FROM satisfaction WHERE at >= ?1 AND at < ?2")?;
    let rows = stmt.query_map([start, end], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
