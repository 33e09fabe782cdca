//! Complaints: a case, or one entry of it, flagged; kept on every case of the
//! customer and in every brief until closed with what we changed.

use crate::msg;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{Complaint, ComplaintClosing, ComplaintStatus, ComplaintsPage, NewComplaint, TellEvent};
use crate::core::validate::{self, NOTES_MAX, SUBJECT_MAX};
use crate::core::{clock, ids, page_size, Ctx, Error, Result, Store, Writer};

pub const COMPLAINT_COLUMNS: &str =
    "c.id, c.customer_id, cu.name, c.case_id, k.subject, c.event_id, c.summary, c.status,
     c.opened_at, s.name, c.closed_at, c.what_changed, c.customer_told
     FROM complaints c
     JOIN customers cu ON cu.id = c.customer_id
     JOIN cases k ON k.id = c.case_id
     LEFT JOIN staff s ON s.id = c.opened_by";

pub fn complaint_row(r: &Row<'_>) -> rusqlite::Result<Complaint> {
    Ok(Complaint {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        customer_name: r.get(2)?,
        case_id: r.get(3)?,
        case_subject: r.get(4)?,
        event_id: r.get(5)?,
        summary: r.get(6)?,
        status: r.get(7)?,
        opened_at: clock::from_ms(r.get(8)?),
        opened_by_name: r.get(9)?,
        closed_at: r.get::<_, Option<i64>>(10)?.map(clock::from_ms),
        what_changed: r.get(11)?,
        customer_told: r.get(12)?,
    })
}

pub fn complaint(conn: &Connection, id: &str) -> Result<Complaint> {
    let sql = format!("SELECT {COMPLAINT_COLUMNS} WHERE c.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], complaint_row)
        .optional()?
        .ok_or_else(|| Error::not_found("Complaint", id))
}

pub(super) fn customer_complaints(conn: &Connection, customer_id: &str) -> Result<Vec<Complaint>> {
    let sql = format!(
        "SELECT {COMPLAINT_COLUMNS} WHERE c.customer_id = ?1 ORDER BY c.status = 'closed', c.opened_at DESC, c.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([customer_id], complaint_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A page of a register (`columns` reads its table as `alias`): open ones
/// oldest first (the longest waiting on top), closed ones newest first.
pub fn register_sql(columns: &str, alias: &str, closed: bool) -> String {
    let order = if closed { "closed_at DESC" } else { "opened_at" };
    format!("SELECT {columns} WHERE {alias}.status = ?1 ORDER BY {alias}.{order} LIMIT ?2")
}

/// How many of a register's rows are open and closed (both read from its
/// status index). `table` is one of our own table names, never user input.
pub fn register_counts(conn: &Connection, table: &str) -> Result<(u32, u32)> {
    let sql = format!(
        "SELECT (SELECT count(*) FROM {table} WHERE status = 'open'), (SELECT count(*) FROM {table} WHERE status = 'closed')"
    );
    Ok(conn.query_row(&sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

impl Store {
    /// The complaints register: open ones (oldest first) or closed ones (newest first).
    pub fn complaints(&self, status: ComplaintStatus, limit: u32) -> Result<ComplaintsPage> {
        let sql = register_sql(COMPLAINT_COLUMNS, "c", status == ComplaintStatus::Closed);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let complaints = stmt
            .query_map(params![status, page_size(limit)], complaint_row)?
            .collect::<rusqlite::Result<_>>()?;
        let (open, closed) = register_counts(&self.conn, "complaints")?;
        Ok(ComplaintsPage { complaints, open, closed })
    }
}

impl Writer<'_> {
    /// Flags a case, or one entry of it, as a complaint.
    pub fn flag_complaint(&mut self, ctx: &Ctx, input: &NewComplaint) -> Result<Complaint> {
        self.check_actor(ctx)?;
        let customer_id: String = self
            .tx()
            .query_row("SELECT customer_id FROM cases WHERE id = ?1", [&input.case_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("Case", &input.case_id))?;
        if let Some(event_id) = &input.event_id {
            let case: Option<String> = self
                .tx()
                .query_row("SELECT case_id FROM events WHERE id = ?1", [event_id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("Event", event_id))?;
            if case.as_deref() != Some(input.case_id.as_str()) {
                return Err(Error::invalid("event_id", msg!("error-tell-entry-belongs-another-case-flag")));
            }
        }
        let summary = validate::required_line(
            &input.summary,
            "summary",
            msg!("label-what-the-complaint-is-about"),
            SUBJECT_MAX,
        )?;
        let id = ids::new_id();
        let event = TellEvent::ComplaintFlagged {
            complaint_id: id.clone(),
            event_id: input.event_id.clone(),
            summary,
        };
        self.append(ctx, Some(&customer_id), Some(&input.case_id), &event)?;
        complaint(self.tx(), &id)
    }

    /// Closes a complaint: what we changed, and whether we told the customer.
    pub fn close_complaint(&mut self, ctx: &Ctx, input: &ComplaintClosing) -> Result<Complaint> {
        self.check_actor(ctx)?;
        let current = complaint(self.tx(), &input.complaint_id)?;
        if current.status == ComplaintStatus::Closed {
            return Err(Error::Conflict { msg: msg!("error-tell-complaint-already-closed-nothing-changed") });
        }
        let what_changed = validate::required_text(
            &input.what_changed,
            "what_changed",
            msg!("label-what-we-changed"),
            NOTES_MAX,
        )?;
        let event = TellEvent::ComplaintClosed {
            complaint_id: current.id.clone(),
            what_changed,
            customer_told: input.customer_told,
        };
        self.append(ctx, Some(&current.customer_id), Some(&current.case_id), &event)?;
        complaint(self.tx(), &current.id)
    }
}
