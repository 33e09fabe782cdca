//! A customer's events, and how each changes the customer's current state.

use crate::msg;
use rusqlite::params;

use super::contacts::{self, Contact, Kind};
use super::customer;
use crate::core::{event_kinds, Error, Event, EventMeta, FieldChange, Id, Result, Writer};

event_kinds!(
    /// What happens to a customer's record.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `customer_created`: a customer id created twice is set aside the
    ///   second time (as every created id is, see `core::settle`).
    /// - `customer_edited`: each single value (name, organisation, segment,
    ///   notes, language) takes the last writer's value in the one order; contacts are
    ///   a set: additions and removals of different numbers all happen, and
    ///   however many that makes, every one is kept (five is a rule for a
    ///   person typing, not for what desks add between them). A field this
    ///   build does not know is left as it is. A customer this history never
    ///   created: set aside.
    /// - `customer_updated` (written before edits recorded their changes):
    ///   each field named takes its new value, lists whole.
    /// - `expectations_changed`: each field takes the last writer's value.
    /// - `customer_forgotten`: settled by the whole history once logged
    ///   (`shop::forget`); forgetting twice forgets once.
    pub enum CustomerEvent {
        "customer_created" => CustomerCreated {
            name: String,
            #[serde(deserialize_with = "super::contacts::phones")]
            #[ts(type = "Array<Contact | string>")]
            phones: Vec<Contact>,
            #[serde(deserialize_with = "super::contacts::emails")]
            #[ts(type = "Array<Contact | string>")]
            emails: Vec<Contact>,
            organisation: String,
            segment: String,
            notes: String,
        },
        /// Written before edits recorded their changes: every changed field
        /// with its whole new value (contact lists joined with ", ").
        "customer_updated" => CustomerUpdated { changes: Vec<FieldChange> },
        /// An edit of a customer's record: the single values that changed
        /// (shown as from → to), and the contacts added and removed.
        "customer_edited" => CustomerEdited {
            changes: Vec<FieldChange>,
            #[serde(default)]
            phones_added: Vec<Contact>,
            #[serde(default)]
            phones_removed: Vec<Contact>,
            #[serde(default)]
            emails_added: Vec<Contact>,
            #[serde(default)]
            emails_removed: Vec<Contact>,
        },
        "expectations_changed" => ExpectationsChanged { changes: Vec<FieldChange> },
        /// An owner forgot the customer (see `shop::forget`): `ids` are every
        /// record merged into them then. The reason stays; nothing else about
        /// the person does.
        "customer_forgotten" => CustomerForgotten { ids: Vec<Id>, reason: String },
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
            CustomerEvent::CustomerEdited {
                changes,
                phones_added,
                phones_removed,
                emails_added,
                emails_removed,
            } => {
                let id = id.to_owned();
                customer(w.tx(), &id)?;
                set_fields(w, &id, changes, meta.at)?;
                contacts::remove(w.tx(), &id, Kind::Phone, phones_removed)?;
                contacts::add(w.tx(), &id, Kind::Phone, phones_added)?;
                contacts::remove(w.tx(), &id, Kind::Email, emails_removed)?;
                contacts::add(w.tx(), &id, Kind::Email, emails_added)?;
                reindex(w, &id)
            }
            CustomerEvent::ExpectationsChanged { changes } => {
                super::expectations::apply_expectations_changed(w, id, changes, meta.at)
            }
            // What it does to every part of the state is done where the whole
            // history is known (`shop::forget`).
            CustomerEvent::CustomerForgotten { .. } => customer(w.tx(), id).map(drop),
        }
    }

    fn creates<'a>(&'a self, meta: &'a EventMeta) -> Vec<&'a str> {
        match (self, meta.customer_id.as_deref()) {
            (CustomerEvent::CustomerCreated { .. }, Some(id)) => vec![id],
            _ => Vec::new(),
        }
    }
}

/// The new customer's row, contacts and type-ahead entry.
#[allow(clippy::too_many_arguments)]
fn apply_customer_created(
    w: &mut Writer<'_>,
    id: &str,
    name: &str,
    phones: &[Contact],
    emails: &[Contact],
    organisation: &str,
    segment: &str,
    notes: &str,
    at: i64,
) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::damaged(msg!("error-customers-event-without-name")));
    }
    w.tx()
        .prepare_cached(
            "INSERT INTO customers (id, name, organisation, segment, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?
        .execute(params![id, name, organisation, segment, notes, at])?;
    let rowid = w.tx().last_insert_rowid();
    let id = id.to_owned();
    contacts::add(w.tx(), &id, Kind::Phone, phones)?;
    contacts::add(w.tx(), &id, Kind::Email, emails)?;
    let shown: Vec<&str> = phones.iter().chain(emails).map(|c| c.display.as_str()).collect();
    index(w, rowid, name, organisation, &shown.join(" "), true)
}

/// The single values an edit names take their new value (the last writer in
/// the one order wins). A field this build does not know stays as it is; an
/// empty name (which no desk lets a person save) leaves the name as it is.
fn set_fields(w: &mut Writer<'_>, id: &str, changes: &[FieldChange], at: i64) -> Result<()> {
    let mut c = customer(w.tx(), id)?;
    for change in changes {
        let to = change.to.clone();
        match change.field.as_str() {
            "name" if !to.trim().is_empty() => c.name = to,
            "organisation" => c.organisation = to,
            "segment" => c.segment = to,
            "notes" => c.notes = to,
            // One Casebook speaks, as the desk that wrote it checked; else
            // the shop's.
            "language" => {
                c.language =
                    crate::core::words::Lang::parse(&to).map(|l| l.code().to_owned()).unwrap_or_default()
            }
            _ => {}
        }
    }
    w.tx().execute(
        "UPDATE customers SET name = ?2, organisation = ?3, segment = ?4, notes = ?5, language = ?7, updated_at = ?6
         WHERE id = ?1",
        params![id, c.name, c.organisation, c.segment, c.notes, at, c.language],
    )?;
    Ok(())
}

/// Each changed field takes its new value; a changed contact list replaces
/// the one held, whole (as these events were written).
fn apply_customer_updated(w: &mut Writer<'_>, id: &str, changes: &[FieldChange], at: i64) -> Result<()> {
    set_fields(w, id, changes, at)?;
    let id = id.to_owned();
    for change in changes {
        let list = |key: fn(&str) -> String| -> Vec<Contact> {
            change
                .to
                .split(", ")
                .filter(|s| !s.trim().is_empty())
                .map(|s| Contact { display: s.trim().to_owned(), key: key(s) })
                .collect()
        };
        match change.field.as_str() {
            "phones" => contacts::replace(
                w.tx(),
                &id,
                Kind::Phone,
                &list(|s| s.chars().filter(char::is_ascii_digit).collect()),
            )?,
            "emails" => contacts::replace(w.tx(), &id, Kind::Email, &list(|s| s.trim().to_lowercase()))?,
            _ => {}
        }
    }
    reindex(w, &id)
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
