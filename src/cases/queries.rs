//! Reading cases: one case's header, a customer's cases and the queue.

use crate::msg;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{CaseSummary, QueuePage};
use crate::core::{clock, page_size, Error, Result, Store};
use crate::hours::{Calendar, DueInfo, Target};

const CASE_COLUMNS: &str =
    "k.id, k.customer_id, cu.name, k.subject, k.channel, k.status, k.priority, k.owner_id, s.name,
     k.opened_at, k.updated_at, k.waiting_since, k.queue_key, k.due_at, k.due_target
     FROM cases k
     JOIN customers cu ON cu.id = k.customer_id
     LEFT JOIN staff s ON s.id = k.owner_id";

/// Reads a case row; its due time is turned into business time left by
/// [`with_due`], which needs the calendar.
fn case_row(r: &Row<'_>) -> rusqlite::Result<(CaseSummary, Option<(i64, Target)>)> {
    let due_at: Option<i64> = r.get(13)?;
    let due_target: Option<Target> = r.get(14)?;
    Ok((
        CaseSummary {
            id: r.get(0)?,
            customer_id: r.get(1)?,
            customer_name: r.get(2)?,
            subject: r.get(3)?,
            channel: r.get(4)?,
            status: r.get(5)?,
            priority: r.get(6)?,
            owner_id: r.get(7)?,
            owner_name: r.get(8)?,
            opened_at: clock::from_ms(r.get(9)?),
            updated_at: clock::from_ms(r.get(10)?),
            waiting_since: r.get::<_, Option<i64>>(11)?.map(clock::from_ms),
            due: None,
        },
        due_at.zip(due_target),
    ))
}

fn with_due((mut case, due): (CaseSummary, Option<(i64, Target)>), cal: &Calendar, now: i64) -> CaseSummary {
    case.due = due.map(|(at, target)| DueInfo::new(target, at, now, cal));
    case
}

pub fn case_summary(conn: &Connection, id: &str, cal: &Calendar, now: i64) -> Result<CaseSummary> {
    let sql = format!("SELECT {CASE_COLUMNS} WHERE k.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], case_row)
        .optional()?
        .map(|row| with_due(row, cal, now))
        .ok_or_else(|| Error::not_found("Case", id))
}

pub fn customer_cases(
    conn: &Connection,
    customer_id: &str,
    cal: &Calendar,
    now: i64,
) -> Result<Vec<CaseSummary>> {
    let sql = format!("SELECT {CASE_COLUMNS} WHERE k.customer_id = ?1 ORDER BY k.opened_at DESC");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([customer_id], case_row)?;
    rows.map(|r| Ok(with_due(r?, cal, now))).collect()
}

/// A position in a keyset-paged list: an integer and an id, sent to the UI as
/// text.
pub fn parse_cursor(cursor: Option<&str>) -> Result<Option<(i64, String)>> {
    let Some(cursor) = cursor.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let bad = || Error::invalid("cursor", msg!("error-cases-page-position-valid-reload-list"));
    let (key, rest) = cursor.split_once('.').ok_or_else(bad)?;
    let key: i64 = key.parse().map_err(|_| bad())?;
    if rest.is_empty() {
        return Err(bad());
    }
    Ok(Some((key, rest.to_owned())))
}

pub fn queue(
    conn: &Connection,
    cursor: Option<&str>,
    limit: u32,
    cal: &Calendar,
    now: i64,
) -> Result<QueuePage> {
    let limit = page_size(limit);
    let (key, id) = parse_cursor(cursor)?.unwrap_or((i64::MIN, String::new()));
    let sql = format!(
        "SELECT {CASE_COLUMNS}
         WHERE k.queue_key IS NOT NULL AND (k.queue_key, k.id) > (?1, ?2)
         ORDER BY k.queue_key, k.id
         LIMIT ?3"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    // One row more than asked for tells whether another page follows.
    let mut rows = stmt.query(params![key, id, limit + 1])?;
    let mut cases = Vec::new();
    let mut last_key = None;
    let mut more = false;
    while let Some(row) = rows.next()? {
        if cases.len() == limit as usize {
            more = true;
            break;
        }
        last_key = Some(row.get::<_, i64>(12)?);
        cases.push(with_due(case_row(row)?, cal, now));
    }
    let next_cursor = match (more, last_key, cases.last()) {
        (true, Some(k), Some(c)) => Some(format!("{k}.{}", c.id)),
        _ => None,
    };
    let total: u32 =
        conn.query_row("SELECT count(*) FROM cases WHERE queue_key IS NOT NULL", [], |r| r.get(0))?;
    Ok(QueuePage { cases, next_cursor, total })
}

fn now_ms() -> i64 {
    clock::to_ms(clock::now())
}

impl Store {
    /// A customer's cases, newest first (an id merged into another customer
    /// gives that one's).
    pub fn customer_cases(&self, customer_id: &str) -> Result<Vec<CaseSummary>> {
        let customer_id = crate::customers::current_id(&self.conn, customer_id)?;
        crate::customers::customer(&self.conn, &customer_id)?;
        let settings = self.sla_settings()?;
        customer_cases(&self.conn, &customer_id, &settings.calendar, now_ms())
    }

    pub fn case_summary(&self, id: &str) -> Result<CaseSummary> {
        let settings = self.sla_settings()?;
        case_summary(&self.conn, id, &settings.calendar, now_ms())
    }

    /// Open cases, the most urgent first: overdue (longest overdue on top), then
    /// due soonest, then cases waiting on the customer.
    pub fn queue(&self, cursor: Option<&str>, limit: u32) -> Result<QueuePage> {
        let settings = self.sla_settings()?;
        queue(&self.conn, cursor, limit, &settings.calendar, now_ms())
    }
}
