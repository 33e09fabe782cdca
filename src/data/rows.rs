//! Reading the whole history out, row by row, for an export: the event log in
//! order, and the customers and cases as they stand.

use rusqlite::{params, OptionalExtension};

use crate::cases::{CaseStatus, Channel, Priority};
use crate::core::{clock, Id, Result, Store, StoredEvent, Ts};

/// A customer as the export's `customers.csv` lists them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerRow {
    pub id: Id,
    pub name: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub organisation: String,
    pub segment: String,
    pub notes: String,
    pub created_at: Ts,
    pub updated_at: Ts,
    pub last_contact_at: Option<Ts>,
    /// The customer this record was merged into, if it was.
    pub merged_into: Option<Id>,
}

/// A case as the export's `cases.csv` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRow {
    pub id: Id,
    pub customer_id: Id,
    pub customer_name: String,
    pub subject: String,
    pub channel: Channel,
    pub status: CaseStatus,
    pub priority: Priority,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub opened_at: Ts,
    pub updated_at: Ts,
    pub first_response_at: Option<Ts>,
    pub resolved_at: Option<Ts>,
    pub due_at: Option<Ts>,
}

fn ts(ms: Option<i64>) -> Option<Ts> {
    ms.map(clock::from_ms)
}

impl Store {
    /// Every event as the log holds it, in the order every desk applies it.
    pub fn each_event(&self, mut f: impl FnMut(StoredEvent) -> Result<()>) -> Result<u64> {
        let mut stmt = self.connection().prepare(
            "SELECT seq, id, desk_id, staff_id, at, customer_id, case_id, kind, payload, hlc FROM events
             ORDER BY hlc, desk_id, id",
        )?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            f(StoredEvent::from_row(r)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Every customer, in the order they were added.
    pub fn each_customer(&self, mut f: impl FnMut(CustomerRow) -> Result<()>) -> Result<u64> {
        let mut stmt = self.connection().prepare(
            "SELECT c.id, c.name, c.organisation, c.segment, c.notes, c.created_at, c.updated_at, c.last_contact_at,
                    (SELECT group_concat(value, char(10)) FROM
                       (SELECT value FROM customer_contacts WHERE customer_id = c.id AND kind = 'phone' ORDER BY position)),
                    (SELECT group_concat(value, char(10)) FROM
                       (SELECT value FROM customer_contacts WHERE customer_id = c.id AND kind = 'email' ORDER BY position)),
                    c.merged_into
             FROM customers c ORDER BY c.rowid",
        )?;
        let mut rows = stmt.query(params![])?;
        let mut n = 0;
        let split = |s: Option<String>| -> Vec<String> {
            s.map(|s| s.split('\n').map(str::to_owned).collect()).unwrap_or_default()
        };
        while let Some(r) = rows.next()? {
            f(CustomerRow {
                id: r.get(0)?,
                name: r.get(1)?,
                organisation: r.get(2)?,
                segment: r.get(3)?,
                notes: r.get(4)?,
                created_at: clock::from_ms(r.get(5)?),
                updated_at: clock::from_ms(r.get(6)?),
                last_contact_at: ts(r.get(7)?),
                phones: split(r.get(8)?),
                emails: split(r.get(9)?),
                merged_into: r.get(10)?,
            })?;
            n += 1;
        }
        Ok(n)
    }

    /// Every case, in the order they were opened.
    pub fn each_case(&self, mut f: impl FnMut(CaseRow) -> Result<()>) -> Result<u64> {
        let mut stmt = self.connection().prepare(
            "SELECT k.id, k.customer_id, c.name, k.subject, k.channel, k.status, k.priority, k.owner_id, s.name,
                    k.opened_at, k.updated_at, k.first_response_at, k.resolved_at, k.due_at
             FROM cases k JOIN customers c ON c.id = k.customer_id LEFT JOIN staff s ON s.id = k.owner_id
             ORDER BY k.rowid",
        )?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            f(CaseRow {
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
                first_response_at: ts(r.get(11)?),
                resolved_at: ts(r.get(12)?),
                due_at: ts(r.get(13)?),
            })?;
            n += 1;
        }
        Ok(n)
    }

    /// Whether the log holds any event at all.
    pub fn has_events(&self) -> Result<bool> {
        Ok(self.connection().query_row("SELECT 1 FROM events LIMIT 1", [], |_| Ok(())).optional()?.is_some())
    }
}
