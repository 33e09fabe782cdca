//! A customer's events, and how each changes the customer's current state.

use crate::msg;
use rusqlite::{params, Connection};

use super::customer;
use crate::core::validate::{self, Email, Phone};
use crate::core::{event_kinds, Error, Event, EventMeta, FieldChange, Result, Writer};

event_kinds!(
    /// What happens to a customer's record.
    pub enum CustomerEvent {
        "customer_created" => CustomerCreated {
            name: String,
            phones: Vec<String>,
            emails: Vec<String>,
            organisation: String,
            segment: String,
            notes: String,
        },
        "customer_updated" => CustomerUpdated { changes: Vec<FieldChange> },
        "expectations_changed" => ExpectationsChanged { changes: Vec<FieldChange> },
    }
);

impl Event for CustomerEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        let id = meta.customer(self.kind())?;
        match self {
            CustomerEvent::CustomerCreated { name, phones, emails, organisation, segment, notes } => {
                apply_customer_created(w, id, name, phones, emails, organisation, segment, notes, meta.at)
            }
            CustomerEvent::CustomerUpdated { changes } => apply_customer_updated(w, id, changes, meta.at),
            CustomerEvent::ExpectationsChanged { changes } => {
                super::expectations::apply_expectations_changed(w, id, changes, meta.at)
            }
        }
    }
}

/// The new customer's row, contacts and type-ahead entry.
#[allow(clippy::too_many_arguments)]
fn apply_customer_created(
    w: &mut Writer<'_>,
    id: &str,
    name: &str,
    phones: &[String],
    emails: &[String],
    organisation: &str,
    segment: &str,
    notes: &str,
    at: i64,
) -> Result<()> {
    let phones = validate::phones(phones)?;
    let emails = validate::emails(emails)?;
    w.tx()
        .prepare_cached(
            "INSERT INTO customers (id, name, organisation, segment, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?
        .execute(params![id, name, organisation, segment, notes, at])?;
    let rowid = w.tx().last_insert_rowid();
    write_contacts(w.tx(), id, &phones, &emails)?;
    let contacts: Vec<&str> =
        phones.iter().map(|p| p.display.as_str()).chain(emails.iter().map(|e| e.display.as_str())).collect();
    index(w, rowid, name, organisation, &contacts.join(" "), true)
}

/// Each changed field takes its new value; changed contacts are rewritten.
fn apply_customer_updated(w: &mut Writer<'_>, id: &str, changes: &[FieldChange], at: i64) -> Result<()> {
    let mut c = customer(w.tx(), id)?;
    let list = |text: &str| -> Vec<String> {
        text.split(", ").filter(|s| !s.trim().is_empty()).map(str::to_owned).collect()
    };
    let mut contacts = false;
    for change in changes {
        let to = change.to.clone();
        match change.field.as_str() {
            "name" => c.name = to,
            "organisation" => c.organisation = to,
            "segment" => c.segment = to,
            "notes" => c.notes = to,
            "phones" => {
                c.phones = list(&to);
                contacts = true;
            }
            "emails" => {
                c.emails = list(&to);
                contacts = true;
            }
            other => {
                return Err(Error::invalid("events", msg!("error-customers-unknown-customer-field", other)))
            }
        }
    }
    w.tx().execute(
        "UPDATE customers SET name = ?2, organisation = ?3, segment = ?4, notes = ?5, updated_at = ?6 WHERE id = ?1",
        params![id, c.name, c.organisation, c.segment, c.notes, at],
    )?;
    if contacts {
        let phones = validate::phones(&c.phones)?;
        let emails = validate::emails(&c.emails)?;
        w.tx().execute("DELETE FROM customer_contacts WHERE customer_id = ?1", [id])?;
        write_contacts(w.tx(), id, &phones, &emails)?;
    }
    reindex(w, id)
}

pub(super) fn write_contacts(
    conn: &Connection,
    customer_id: &str,
    phones: &[Phone],
    emails: &[Email],
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO customer_contacts (customer_id, kind, position, value, norm, tail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, p) in phones.iter().enumerate() {
        stmt.execute(params![customer_id, "phone", i as i64, p.display, p.digits, p.tail()])?;
    }
    for (i, e) in emails.iter().enumerate() {
        stmt.execute(params![customer_id, "email", i as i64, e.display, e.norm, ""])?;
    }
    Ok(())
}

pub(super) const INDEX: &str =
    "INSERT INTO customer_names (rowid, name, organisation, contacts) VALUES (?1, ?2, ?3, ?4)";

fn index(
    w: &mut Writer<'_>,
    rowid: i64,
    name: &str,
    organisation: &str,
    contacts: &str,
    fresh: bool,
) -> Result<()> {
    w.index_text(INDEX, rowid, vec![name.to_owned(), organisation.to_owned(), contacts.to_owned()], fresh)
}

/// Keeps the type-ahead index in step with the customer row.
pub(super) fn reindex(w: &mut Writer<'_>, customer_id: &str) -> Result<()> {
    let (rowid, name, organisation): (i64, String, String) = w.tx().query_row(
        "SELECT rowid, name, organisation FROM customers WHERE id = ?1",
        [customer_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let contacts: String = w.tx().query_row(
        "SELECT coalesce(group_concat(value, ' '), '') FROM customer_contacts WHERE customer_id = ?1",
        [customer_id],
        |r| r.get(0),
    )?;
    index(w, rowid, &name, &organisation, &contacts, false)
}
