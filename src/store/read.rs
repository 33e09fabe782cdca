//! The read queries. Each takes a plain connection so the write path can use them
//! inside its transaction, and `Store` exposes them as methods.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::Store;
use crate::calendar::Calendar;
use crate::model::*;
use crate::sla::{DueInfo, Target};
use crate::validate::{self, phone_tail};
use crate::{clock, text, Error, Result};

/// Pages never exceed this many rows, whatever the caller asks for: keeps every
/// IPC response small.
pub const PAGE_MAX: u32 = 200;

/// A timeline page is cut before its entries' text passes this many bytes, so
/// no IPC response comes near a megabyte.
const PAGE_BYTES: usize = 600_000;
/// Ids, names and times around each entry's text, generously.
const ENTRY_OVERHEAD: usize = 600;

fn page_size(limit: u32) -> u32 {
    limit.clamp(1, PAGE_MAX)
}

pub(crate) fn staff_member(conn: &Connection, id: &str) -> Result<Staff> {
    conn.query_row("SELECT id, name, role, active FROM staff WHERE id = ?1", [id], staff_row)
        .optional()?
        .ok_or_else(|| Error::not_found("Staff member", id))
}

fn staff_row(r: &Row<'_>) -> rusqlite::Result<Staff> {
    Ok(Staff { id: r.get(0)?, name: r.get(1)?, role: r.get(2)?, active: r.get(3)? })
}

pub(crate) fn list_staff(conn: &Connection) -> Result<Vec<Staff>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, role, active FROM staff ORDER BY active DESC, name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], staff_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn contacts(conn: &Connection, customer_id: &str) -> Result<(Vec<String>, Vec<String>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, value FROM customer_contacts WHERE customer_id = ?1 ORDER BY kind, position",
    )?;
    let mut phones = Vec::new();
    let mut emails = Vec::new();
    let mut rows = stmt.query([customer_id])?;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(0)?;
        let value: String = row.get(1)?;
        if kind == "phone" {
            phones.push(value);
        } else {
            emails.push(value);
        }
    }
    Ok((phones, emails))
}

pub(crate) fn customer(conn: &Connection, id: &str) -> Result<Customer> {
    let row = conn
        .query_row(
            "SELECT c.id, c.name, c.organisation, c.segment, c.notes, c.created_at, c.updated_at, c.last_contact_at,
                    (SELECT count(*) FROM cases k WHERE k.customer_id = c.id AND k.status IN ('open', 'waiting')),
                    (SELECT count(*) FROM cases k WHERE k.customer_id = c.id)
             FROM customers c WHERE c.id = ?1",
            [id],
            |r| {
                Ok(Customer {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    phones: Vec::new(),
                    emails: Vec::new(),
                    organisation: r.get(2)?,
                    segment: r.get(3)?,
                    notes: r.get(4)?,
                    created_at: clock::from_ms(r.get(5)?),
                    updated_at: clock::from_ms(r.get(6)?),
                    last_contact_at: r.get::<_, Option<i64>>(7)?.map(clock::from_ms),
                    open_cases: r.get(8)?,
                    total_cases: r.get(9)?,
                })
            },
        )
        .optional()?;
    let mut customer = row.ok_or_else(|| Error::not_found("Customer", id))?;
    (customer.phones, customer.emails) = contacts(conn, id)?;
    Ok(customer)
}

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

pub(crate) fn case_summary(conn: &Connection, id: &str, cal: &Calendar, now: i64) -> Result<CaseSummary> {
    let sql = format!("SELECT {CASE_COLUMNS} WHERE k.id = ?1");
    conn.query_row(&sql, [id], case_row)
        .optional()?
        .map(|row| with_due(row, cal, now))
        .ok_or_else(|| Error::not_found("Case", id))
}

pub(crate) fn customer_cases(
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

/// A position in a keyset-paged list: two integers, sent to the UI as text.
fn parse_cursor(cursor: Option<&str>) -> Result<Option<(i64, String)>> {
    let Some(cursor) = cursor.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let bad = || Error::invalid("cursor", "The page position is not valid. Reload the list from the top.");
    let (key, rest) = cursor.split_once('.').ok_or_else(bad)?;
    let key: i64 = key.parse().map_err(|_| bad())?;
    if rest.is_empty() {
        return Err(bad());
    }
    Ok(Some((key, rest.to_owned())))
}

pub(crate) fn queue(
    conn: &Connection,
    cursor: Option<&str>,
    limit: u32,
    cal: &Calendar,
    now: i64,
) -> Result<QueuePage> {
    let limit = page_size(limit);
    let after = parse_cursor(cursor)?;
    let (key, id) = after.unwrap_or((i64::MIN, String::new()));
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

const ENTRY_COLUMNS: &str =
    "e.seq, e.id, e.at, e.desk_id, e.staff_id, s.name, e.customer_id, e.case_id, k.subject, e.payload
     FROM events e
     LEFT JOIN staff s ON s.id = e.staff_id
     LEFT JOIN cases k ON k.id = e.case_id";

fn entry_row(r: &Row<'_>) -> rusqlite::Result<(i64, TimelineEntry)> {
    let payload: String = r.get(9)?;
    let payload: EventPayload = serde_json::from_str(&payload).map_err(|e| {
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

pub(crate) fn entry(conn: &Connection, id: &str) -> Result<TimelineEntry> {
    let sql = format!("SELECT {ENTRY_COLUMNS} WHERE e.id = ?1");
    conn.query_row(&sql, [id], entry_row)
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
        .query_map(params![id, at, seq, limit + 1], |r| Ok((entry_row(r)?, r.get::<_, String>(9)?.len())))?;
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

/// Customers whose phone number or email address starts with what was typed.
/// Phone numbers match whatever their formatting: the digits as typed, or the
/// same number written nationally or internationally (compared on the trailing
/// digits without leading zeros).
pub(crate) fn lookup_contacts(conn: &Connection, query: &str, limit: usize) -> Result<Vec<String>> {
    let query = query.trim();
    let mut ids = Vec::new();
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    let looks_like_phone =
        digits.len() >= 3 && query.chars().all(|c| c.is_ascii_digit() || " +-().\\/".contains(c));
    if looks_like_phone {
        let national = digits.trim_start_matches('0');
        let tail = phone_tail(&digits);
        // Three index range scans joined by UNION: written as one OR, SQLite
        // would scan every contact instead.
        let mut stmt = conn.prepare_cached(
            "SELECT customer_id FROM customer_contacts WHERE kind = 'phone' AND norm >= ?1 AND norm < ?1 || ':'
             UNION SELECT customer_id FROM customer_contacts WHERE kind = 'phone' AND tail >= ?2 AND tail < ?2 || ':'
             UNION SELECT customer_id FROM customer_contacts WHERE kind = 'phone' AND tail = ?3
             LIMIT ?4",
        )?;
        for id in stmt.query_map(params![digits, national, tail, limit as i64], |r| r.get::<_, String>(0))? {
            ids.push(id?);
        }
    } else if query.contains('@') {
        let needle = query.to_lowercase();
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT customer_id FROM customer_contacts
             WHERE kind = 'email' AND norm >= ?1 AND norm < ?1 || char(1114111)
             LIMIT ?2",
        )?;
        for id in stmt.query_map(params![needle, limit as i64], |r| r.get::<_, String>(0))? {
            ids.push(id?);
        }
    }
    Ok(ids)
}

/// Customers matching what was typed so far: name or organisation (prefix, accents
/// ignored), phone (whatever the formatting) or email.
pub(crate) fn lookup(conn: &Connection, query: &str, limit: u32) -> Result<Vec<CustomerMatch>> {
    let query = query.trim();
    let limit = page_size(limit) as usize;
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let mut found: Vec<(String, MatchField)> = Vec::new();
    let add = |id: String, field: MatchField, found: &mut Vec<(String, MatchField)>| {
        if !found.iter().any(|(f, _)| *f == id) {
            found.push((id, field));
        }
    };

    for id in lookup_contacts(conn, query, limit)? {
        let field = if query.contains('@') { MatchField::Email } else { MatchField::Phone };
        add(id, field, &mut found);
    }
    if let Some(fts) = text::prefix_query(query) {
        let mut stmt = conn.prepare_cached(
            "SELECT c.id FROM customer_names n JOIN customers c ON c.rowid = n.rowid
             WHERE customer_names MATCH ?1
             ORDER BY bm25(customer_names, 10.0, 4.0, 1.0), c.name
             LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![fts, limit as i64], |r| r.get::<_, String>(0))?;
        for id in rows {
            add(id?, MatchField::Name, &mut found);
        }
    }
    found.truncate(limit);
    let words = text::words(query);
    found
        .into_iter()
        .map(|(id, field)| {
            let c = customer(conn, &id)?;
            let matched_on = match field {
                MatchField::Name => text::which_field(&words, &c),
                other => other,
            };
            Ok(CustomerMatch {
                id: c.id,
                name: c.name,
                organisation: c.organisation,
                phones: c.phones,
                emails: c.emails,
                open_cases: c.open_cases,
                last_contact_at: c.last_contact_at,
                matched_on,
            })
        })
        .collect()
}

/// Existing customers with one of these phone numbers or email addresses. Entries
/// that are not valid contacts are skipped: the duplicate check is a courtesy, the
/// validation that refuses them happens when saving.
pub(crate) fn duplicates(
    conn: &Connection,
    phones: &[String],
    emails: &[String],
) -> Result<Vec<CustomerMatch>> {
    let mut found: Vec<(String, MatchField)> = Vec::new();
    for e in emails.iter().filter_map(|e| validate::email(e).ok()) {
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT customer_id FROM customer_contacts WHERE kind = 'email' AND norm = ?1",
        )?;
        for id in stmt.query_map([&e.norm], |r| r.get::<_, String>(0))? {
            let id = id?;
            if !found.iter().any(|(f, _)| *f == id) {
                found.push((id, MatchField::Email));
            }
        }
    }
    for p in phones.iter().filter_map(|p| validate::phone(p).ok()) {
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT customer_id FROM customer_contacts WHERE kind = 'phone' AND tail = ?1",
        )?;
        for id in stmt.query_map([p.tail()], |r| r.get::<_, String>(0))? {
            let id = id?;
            if !found.iter().any(|(f, _)| *f == id) {
                found.push((id, MatchField::Phone));
            }
        }
    }
    found
        .into_iter()
        .map(|(id, matched_on)| {
            let c = customer(conn, &id)?;
            Ok(CustomerMatch {
                id: c.id,
                name: c.name,
                organisation: c.organisation,
                phones: c.phones,
                emails: c.emails,
                open_cases: c.open_cases,
                last_contact_at: c.last_contact_at,
                matched_on,
            })
        })
        .collect()
}

fn now_ms() -> i64 {
    clock::to_ms(clock::now())
}

fn count(conn: &Connection, sql: &str) -> Result<u32> {
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

impl Store {
    pub fn staff_member(&self, id: &str) -> Result<Staff> {
        staff_member(&self.conn, id)
    }

    pub fn list_staff(&self) -> Result<Vec<Staff>> {
        list_staff(&self.conn)
    }

    pub fn customer(&self, id: &str) -> Result<Customer> {
        customer(&self.conn, id)
    }

    pub fn customer_cases(&self, customer_id: &str) -> Result<Vec<CaseSummary>> {
        customer(&self.conn, customer_id)?;
        let settings = self.sla_settings()?;
        customer_cases(&self.conn, customer_id, &settings.calendar, now_ms())
    }

    pub fn case_summary(&self, id: &str) -> Result<CaseSummary> {
        let settings = self.sla_settings()?;
        case_summary(&self.conn, id, &settings.calendar, now_ms())
    }

    pub fn case_detail(&self, id: &str) -> Result<CaseDetail> {
        let settings = self.sla_settings()?;
        let now = now_ms();
        let case = case_summary(&self.conn, id, &settings.calendar, now)?;
        let customer = customer(&self.conn, &case.customer_id)?;
        let other_open_cases = customer_cases(&self.conn, &case.customer_id, &settings.calendar, now)?
            .into_iter()
            .filter(|c| c.id != case.id && c.status.is_active())
            .collect();
        let latest_handoff = super::tell::latest_handoff(&self.conn, id)?;
        let context = super::tell::customer_context(&self.conn, &case.customer_id, now)?;
        let escalations = super::learn::case_escalations(&self.conn, id)?;
        let satisfaction = super::learn::case_satisfaction(&self.conn, id)?;
        Ok(CaseDetail {
            case,
            customer,
            other_open_cases,
            latest_handoff,
            context,
            escalations,
            satisfaction,
        })
    }

    /// Open cases, the most urgent first: overdue (longest overdue on top), then
    /// due soonest, then cases waiting on the customer.
    pub fn queue(&self, cursor: Option<&str>, limit: u32) -> Result<QueuePage> {
        let settings = self.sla_settings()?;
        queue(&self.conn, cursor, limit, &settings.calendar, now_ms())
    }

    /// Every event about a customer, across all their cases, newest first.
    pub fn customer_timeline(
        &self,
        customer_id: &str,
        cursor: Option<&str>,
        limit: u32,
    ) -> Result<TimelinePage> {
        customer(&self.conn, customer_id)?;
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

    pub fn lookup_customers(&self, query: &str, limit: u32) -> Result<Vec<CustomerMatch>> {
        lookup(&self.conn, query, limit)
    }

    pub fn find_duplicates(&self, phones: &[String], emails: &[String]) -> Result<Vec<CustomerMatch>> {
        duplicates(&self.conn, phones, emails)
    }

    pub fn desk_info(&self) -> Result<DeskInfo> {
        let staff = count(&self.conn, "SELECT count(*) FROM staff")?;
        let current_staff_id = match self.preference("current_staff_id")? {
            // Only someone still on the list and active counts as "at the desk".
            Some(id) => match staff_member(&self.conn, &id) {
                Ok(s) if s.active => Some(id),
                _ => None,
            },
            None => None,
        };
        Ok(DeskInfo {
            desk_id: self.desk_id.clone(),
            db_path: self.path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into()),
            schema_version: super::SCHEMA_VERSION,
            staff,
            // Nothing is ever deleted, so the highest rowid is the count: one
            // index lookup instead of reading a million rows at start-up.
            customers: count(&self.conn, "SELECT coalesce(max(rowid), 0) FROM customers")?,
            cases: count(&self.conn, "SELECT coalesce(max(rowid), 0) FROM cases")?,
            events: count(&self.conn, "SELECT coalesce(max(seq), 0) FROM events")?,
            first_run: staff == 0,
            current_staff_id,
            time_zone: self.sla_settings()?.calendar.spec().time_zone.clone(),
        })
    }
}
