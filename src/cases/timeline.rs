//! Timelines: every event about a customer across all their cases (or about
//! one case), newest first, a page at a time.

use crate::msg;
use rusqlite::{Connection, OptionalExtension, Row};
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
    "e.hlc, e.id, e.at, e.desk_id, e.staff_id, s.name, e.customer_id, e.case_id, k.subject, e.payload
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

/// Newest first in the agreed order (the order every desk applies the
/// history in, whatever the writing desks' clocks said), a page at a time, for
/// a customer (under any of their ids) or a case.
fn timeline(
    conn: &Connection,
    column: &str,
    ids: &[String],
    cursor: Option<&str>,
    limit: u32,
) -> Result<TimelinePage> {
    let limit = page_size(limit);
    let bad = || Error::invalid("cursor", msg!("error-cases-page-position-valid-reload-timeline"));
    let (hlc, desk, id) = match parse_cursor(cursor)? {
        Some((hlc, rest)) => {
            let (desk, id) = rest.split_once('.').ok_or_else(bad)?;
            (hlc, desk.to_owned(), id.to_owned())
        }
        None => (i64::MAX, String::new(), String::new()),
    };
    let marks = (0..ids.len()).map(|i| format!("?{}", i + 5)).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT {ENTRY_COLUMNS}
         WHERE e.{column} IN ({marks}) AND (e.hlc, e.desk_id, e.id) < (?1, ?2, ?3)
         ORDER BY e.hlc DESC, e.desk_id DESC, e.id DESC
         LIMIT ?4"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut args: Vec<&dyn rusqlite::ToSql> = vec![&hlc, &desk, &id];
    let fetch = i64::from(limit) + 1;
    args.push(&fetch);
    for i in ids {
        args.push(i);
    }
    let rows = stmt.query_map(args.as_slice(), |r| Ok((entry_row(r)?, r.get_ref(9)?.as_str()?.len())))?;
    let mut entries = Vec::with_capacity(limit as usize);
    let mut more = false;
    let mut last = None;
    let mut bytes = 0;
    for row in rows {
        let ((hlc, entry), size) = row?;
        // A page stops at the row limit or the byte budget, whichever comes first:
        // no response over a megabyte, however long the entries.
        bytes += size + ENTRY_OVERHEAD;
        if entries.len() == limit as usize || (bytes > PAGE_BYTES && !entries.is_empty()) {
            more = true;
            break;
        }
        last = Some(format!("{hlc}.{}.{}", entry.desk_id, entry.id));
        entries.push(entry);
    }
    Ok(TimelinePage { entries, next_cursor: if more { last } else { None } })
}

impl Store {
    /// Every event about a customer, across all their cases, newest first.
    pub fn customer_timeline(
        &self,
        customer_id: &str,
        cursor: Option<&str>,
        limit: u32,
    ) -> Result<TimelinePage> {
        let id = crate::customers::current_id(&self.conn, customer_id)?;
        crate::customers::customer(&self.conn, &id)?;
        timeline(&self.conn, "customer_id", &crate::customers::ids_of(&self.conn, &id)?, cursor, limit)
    }

    /// The events of one case, newest first.
    pub fn case_timeline(&self, case_id: &str, cursor: Option<&str>, limit: u32) -> Result<TimelinePage> {
        self.case_summary(case_id)?;
        timeline(&self.conn, "case_id", &[case_id.to_owned()], cursor, limit)
    }

    pub fn entry(&self, id: &str) -> Result<TimelineEntry> {
        entry(&self.conn, id)
    }

    /// A place in this desk's log: what a person had seen of every case
    /// when they started writing. `case_news` answers what came in after it.
    pub fn log_mark(&self) -> Result<LogMark> {
        Ok(LogMark(self.conn.query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| r.get(0))?))
    }

    /// What came in on a case after `mark` (from [`Store::log_mark`]) from
    /// anyone but `me` at this desk: the customer's words, answers, notes,
    /// status changes. Before an answer is sent, so two people do not both
    /// answer; offline it reads what this desk knows. Oldest first, at most 20.
    pub fn case_news(&self, case_id: &str, mark: LogMark, me: Option<&str>) -> Result<CaseNews> {
        self.case_summary(case_id)?;
        let desk = self.desk_id_now()?;
        let sql = format!(
            "SELECT {ENTRY_COLUMNS}
             WHERE e.case_id = ?1 AND e.seq > ?2 AND e.kind IN ({NEWS_KINDS})
               AND NOT (e.desk_id = ?3 AND e.staff_id IS ?4)
             ORDER BY e.hlc, e.desk_id, e.id LIMIT 20"
        );
        let entries = self
            .conn
            .prepare_cached(&sql)?
            .query_map(rusqlite::params![case_id, mark.0, desk, me], entry_row)?
            .map(|r| r.map(|(_, e)| e))
            .collect::<rusqlite::Result<_>>()?;
        Ok(CaseNews { mark: self.log_mark()?, entries })
    }
}

/// What a person writing an answer has to know came in meanwhile.
const NEWS_KINDS: &str = "'customer_message', 'reply', 'note', 'call', 'visit', 'status_changed', \
     'mail_received', 'mail_reply'";

/// A place in this desk's log (its arrival order), from [`Store::log_mark`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct LogMark(#[ts(type = "number")] pub i64);

/// What came in on a case since a mark, and the mark to use from now on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseNews {
    pub mark: LogMark,
    pub entries: Vec<TimelineEntry>,
}
