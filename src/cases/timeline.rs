//! Timelines: every event about a customer across all their cases (or about
//! one case), newest first, a page at a time.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::parse_cursor;
use crate::core::{clock, page_size, Error, Id, RawJson, Result, Store, Ts};

/// A timeline page is cut before its entries' text passes this many bytes, so
/// no IPC response comes near a megabyte.
const PAGE_BYTES: usize = 600_000;
/// Ids, names and times around each entry's text, generously.
const ENTRY_OVERHEAD: usize = 600;

/// One entry of a timeline: an event with the names the screen needs. The
/// payload is passed through as stored (any feature's event).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelineEntry {
    pub id: Id,
    pub at: Ts,
    pub desk_id: Id,
    pub staff_id: Option<Id>,
    pub staff_name: Option<String>,
    pub customer_id: Option<Id>,
    pub case_id: Option<Id>,
    pub case_subject: Option<String>,
    pub payload: RawJson,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelinePage {
    pub entries: Vec<TimelineEntry>,
    pub next_cursor: Option<String>,
}

const ENTRY_COLUMNS: &str =
    "e.seq, e.id, e.at, e.desk_id, e.staff_id, s.name, e.customer_id, e.case_id, k.subject, e.payload
     FROM events e
     LEFT JOIN staff s ON s.id = e.staff_id
     LEFT JOIN cases k ON k.id = e.case_id";

fn entry_row(r: &Row<'_>) -> rusqlite::Result<(i64, TimelineEntry)> {
    let payload: String = r.get(9)?;
    let payload = RawJson::new(payload).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok((
        r.get(0)?,
        TimelineEntry {
            id: r.get(1)?,
            at: clock::from_ms(r.get(2)?),
            desk_id: r.get(3)?,
            staff_id: r.get(4)?,
            staff_name: r.get(5)?,
            customer_id: r.get(6)?,
            case_id: r.get(7)?,
            case_subject: r.get(8)?,
            payload,
        },
    ))
}

pub fn entry(conn: &Connection, id: &str) -> Result<TimelineEntry> {
    let sql = format!("SELECT {ENTRY_COLUMNS} WHERE e.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], entry_row)
        .optional()?
        .map(|(_, e)| e)
        .ok_or_else(|| Error::not_found("Event", id))
}

/// Newest first, a page at a time, for either a customer or a case.
fn timeline(
    conn: &Connection,
    column: &str,
    id: &str,
    cursor: Option<&str>,
    limit: u32,
) -> Result<TimelinePage> {
    let limit = page_size(limit);
    let (at, seq) = match parse_cursor(cursor)? {
        Some((at, seq)) => (
            at,
            seq.parse::<i64>().map_err(|_| {
                Error::invalid("cursor", "The page position is not valid. Reload the timeline.")
            })?,
        ),
        None => (i64::MAX, i64::MAX),
    };
    let sql = format!(
        "SELECT {ENTRY_COLUMNS}
         WHERE e.{column} = ?1 AND (e.at, e.seq) < (?2, ?3)
         ORDER BY e.at DESC, e.seq DESC
         LIMIT ?4"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params![id, at, seq, limit + 1], |r| Ok((entry_row(r)?, r.get_ref(9)?.as_str()?.len())))?;
    let mut entries = Vec::with_capacity(limit as usize);
    let mut more = false;
    let mut last = None;
    let mut bytes = 0;
    for row in rows {
        let ((seq, entry), size) = row?;
        // A page stops at the row limit or the byte budget, whichever comes first:
        // no response over a megabyte, however long the entries.
        bytes += size + ENTRY_OVERHEAD;
        if entries.len() == limit as usize || (bytes > PAGE_BYTES && !entries.is_empty()) {
            more = true;
            break;
        }
        last = Some((clock::to_ms(entry.at), seq));
        entries.push(entry);
    }
    let next_cursor = match (more, last) {
        (true, Some((at, seq))) => Some(format!("{at}.{seq}")),
        _ => None,
    };
    Ok(TimelinePage { entries, next_cursor })
}

impl Store {
    /// Every event about a customer, across all their cases, newest first.
    pub fn customer_timeline(
        &self,
        customer_id: &str,
        cursor: Option<&str>,
        limit: u32,
    ) -> Result<TimelinePage> {
        crate::customers::customer(&self.conn, customer_id)?;
        timeline(&self.conn, "customer_id", customer_id, cursor, limit)
    }

    /// The events of one case, newest first.
    pub fn case_timeline(&self, case_id: &str, cursor: Option<&str>, limit: u32) -> Result<TimelinePage> {
        self.case_summary(case_id)?;
        timeline(&self.conn, "case_id", case_id, cursor, limit)
    }

    pub fn entry(&self, id: &str) -> Result<TimelineEntry> {
        entry(&self.conn, id)
    }
}
