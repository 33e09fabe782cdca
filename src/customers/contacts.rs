//! A customer's phone numbers and email addresses as the history keeps them:
//! as typed, with the key they are compared by, worked out once when a person
//! typed them. Applying an event never reads a person's typing again.
//!
//! The contacts are a set: an edit records what was added and what was
//! removed, so two desks adding a number each both keep theirs. Phone numbers
//! are the same number when their last nine digits are ("0612 345 678" and
//! "+31 6 1234 5678"), emails when they are equal ignoring case.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::validate::{phone_tail, Email, Phone};
use crate::core::{Id, Result};

/// One phone number or email address: as typed, and its key (a phone's
/// digits, an email folded to lower case).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    pub display: String,
    pub key: String,
}

impl From<Phone> for Contact {
    fn from(p: Phone) -> Contact {
        Contact { display: p.display, key: p.digits }
    }
}

impl From<Email> for Contact {
    fn from(e: Email) -> Contact {
        Contact { display: e.display, key: e.norm }
    }
}

/// Events written before contacts carried their keys hold the text as typed
/// (already checked then). Its key is worked out the way it was then, once,
/// as the event is read; never checked again.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stored {
    Keyed { display: String, key: String },
    Typed(String),
}

/// Reads a list of phone numbers, keyed or as typed in older events.
pub fn phones<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<Contact>, D::Error> {
    read(d, |text| text.chars().filter(char::is_ascii_digit).collect())
}

/// Reads a list of email addresses, keyed or as typed in older events.
pub fn emails<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<Contact>, D::Error> {
    read(d, |text| text.trim().to_lowercase())
}

fn read<'de, D: serde::Deserializer<'de>>(
    d: D,
    key: fn(&str) -> String,
) -> std::result::Result<Vec<Contact>, D::Error> {
    let stored = Vec::<Stored>::deserialize(d)?;
    Ok(stored
        .into_iter()
        .map(|s| match s {
            Stored::Keyed { display, key } => Contact { display, key },
            Stored::Typed(text) => {
                Contact { key: key(&text), display: text.split_whitespace().collect::<Vec<_>>().join(" ") }
            }
        })
        .collect())
}

/// Phone numbers or email addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Phone,
    Email,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Phone => "phone",
            Kind::Email => "email",
        }
    }

    /// What makes two contacts the same: a phone's last digits, an email's key.
    pub fn identity(self, c: &Contact) -> String {
        match self {
            Kind::Phone => phone_tail(&c.key).to_owned(),
            Kind::Email => c.key.clone(),
        }
    }
}

/// A customer's contacts of one kind, in the order they were added.
pub fn held(conn: &Connection, customer_id: &str, kind: Kind) -> Result<Vec<Contact>> {
    let mut stmt = conn.prepare_cached(
        "SELECT value, norm FROM customer_contacts WHERE customer_id = ?1 AND kind = ?2 ORDER BY position",
    )?;
    let rows = stmt.query_map(params![customer_id, kind.as_str()], |r| {
        Ok(Contact { display: r.get(0)?, key: r.get(1)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds the contacts the customer does not have yet (by identity), after the
/// ones they have. However many: the limit of five is a rule for a person
/// typing, which concurrent work may pass (two desks adding three each), and
/// every address anyone added is kept.
pub fn add(conn: &Connection, customer_id: &Id, kind: Kind, added: &[Contact]) -> Result<()> {
    let have = held(conn, customer_id, kind)?;
    let mut known: Vec<String> = have.iter().map(|c| kind.identity(c)).collect();
    let mut next: i64 = conn
        .prepare_cached("SELECT coalesce(max(position) + 1, 0) FROM customer_contacts WHERE customer_id = ?1 AND kind = ?2")?
        .query_row(params![customer_id, kind.as_str()], |r| r.get(0))?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO customer_contacts (customer_id, kind, position, value, norm, tail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for c in added {
        let identity = kind.identity(c);
        if c.key.is_empty() || known.contains(&identity) {
            continue;
        }
        let tail = match kind {
            Kind::Phone => identity.clone(),
            Kind::Email => String::new(),
        };
        stmt.execute(params![customer_id, kind.as_str(), next, c.display, c.key, tail])?;
        known.push(identity);
        next += 1;
    }
    Ok(())
}

/// Removes these contacts (by identity) if the customer has them.
pub fn remove(conn: &Connection, customer_id: &Id, kind: Kind, removed: &[Contact]) -> Result<()> {
    let have = held(conn, customer_id, kind)?;
    let gone: Vec<String> = removed.iter().map(|c| kind.identity(c)).collect();
    let mut stmt = conn
        .prepare_cached("DELETE FROM customer_contacts WHERE customer_id = ?1 AND kind = ?2 AND norm = ?3")?;
    for c in have.iter().filter(|c| gone.contains(&kind.identity(c))) {
        stmt.execute(params![customer_id, kind.as_str(), c.key])?;
    }
    Ok(())
}

/// Replaces the customer's contacts of one kind with `list` (an event from
/// before edits recorded their changes, which carried the whole list).
pub fn replace(conn: &Connection, customer_id: &Id, kind: Kind, list: &[Contact]) -> Result<()> {
    conn.prepare_cached("DELETE FROM customer_contacts WHERE customer_id = ?1 AND kind = ?2")?
        .execute(params![customer_id, kind.as_str()])?;
    add(conn, customer_id, kind, list)
}

/// What a person's new list adds to and removes from the list held.
pub fn diff(kind: Kind, before: &[Contact], after: &[Contact]) -> (Vec<Contact>, Vec<Contact>) {
    let ids = |list: &[Contact]| list.iter().map(|c| kind.identity(c)).collect::<Vec<_>>();
    let (had, has) = (ids(before), ids(after));
    let added = after.iter().filter(|c| !had.contains(&kind.identity(c))).cloned().collect();
    let removed = before.iter().filter(|c| !has.contains(&kind.identity(c))).cloned().collect();
    (added, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_events_hold_contacts_as_typed_and_read_with_their_keys() {
        #[derive(Deserialize)]
        struct E {
            #[serde(deserialize_with = "phones")]
            phones: Vec<Contact>,
            #[serde(deserialize_with = "emails")]
            emails: Vec<Contact>,
        }
        let e: E = serde_json::from_str(
            r#"{"phones": ["06 1234  5678", {"display": "+31 6 1", "key": "3161"}], "emails": ["Ana@Example.com"]}"#,
        )
        .unwrap();
        assert_eq!(
            e.phones[0],
            Contact { display: "06 1234 5678".into(), key: "0612345678".into() },
            "digits are the key"
        );
        assert_eq!(e.phones[1].key, "3161", "a keyed contact is read as written");
        assert_eq!(e.emails[0].key, "ana@example.com", "an email is compared folded");
    }

    #[test]
    fn a_diff_says_what_was_added_and_removed_by_identity() {
        let c = |d: &str, k: &str| Contact { display: d.into(), key: k.into() };
        let before = vec![c("06 1234 5678", "0612345678"), c("020 555 0101", "0205550101")];
        let after = vec![c("+31 6 1234 5678", "31612345678"), c("030 111 2222", "0301112222")];
        let (added, removed) = diff(Kind::Phone, &before, &after);
        assert_eq!(
            added,
            vec![c("030 111 2222", "0301112222")],
            "the same number in another form is not new"
        );
        assert_eq!(removed, vec![c("020 555 0101", "0205550101")]);
    }
}
