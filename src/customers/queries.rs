//! Reading customers: one by id, the type-ahead look-up and the duplicate check.

use rusqlite::{params, Connection, OptionalExtension};

use super::{Customer, CustomerMatch, MatchField};
use crate::core::validate::{self, phone_tail};
use crate::core::{clock, page_size, text, Error, Result, Store};

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

pub fn customer(conn: &Connection, id: &str) -> Result<Customer> {
    let row = conn
        .prepare_cached(
            "SELECT c.id, c.name, c.organisation, c.segment, c.notes, c.created_at, c.updated_at, c.last_contact_at,
                    (SELECT count(*) FROM cases k WHERE k.customer_id = c.id AND k.status IN ('open', 'waiting')),
                    (SELECT count(*) FROM cases k WHERE k.customer_id = c.id), c.language
             FROM customers c WHERE c.id = ?1",
        )?
        .query_row([id], |r| {
            Ok(Customer {
                id: r.get(0)?,
                name: r.get(1)?,
                phones: Vec::new(),
                emails: Vec::new(),
                organisation: r.get(2)?,
                segment: r.get(3)?,
                notes: r.get(4)?,
                language: r.get(10)?,
                created_at: clock::from_ms(r.get(5)?),
                updated_at: clock::from_ms(r.get(6)?),
                last_contact_at: r.get::<_, Option<i64>>(7)?.map(clock::from_ms),
                open_cases: r.get(8)?,
                total_cases: r.get(9)?,
            })
        })
        .optional()?;
    let mut customer = row.ok_or_else(|| Error::not_found("Customer", id))?;
    (customer.phones, customer.emails) = contacts(conn, id)?;
    Ok(customer)
}

/// Which field of a customer the typed words matched, for the suggestion label.
pub fn which_field(typed: &[String], c: &Customer) -> MatchField {
    let matches = |text: &str| {
        let have = text::words(text);
        typed.iter().all(|t| have.iter().any(|h| h.starts_with(t.as_str())))
    };
    if matches(&c.name) {
        MatchField::Name
    } else if matches(&c.organisation) {
        MatchField::Organisation
    } else if c.emails.iter().any(|e| matches(e)) {
        MatchField::Email
    } else {
        MatchField::Name
    }
}

/// Customers whose phone number or email address starts with what was typed.
/// Phone numbers match whatever their formatting: the digits as typed, or the
/// same number written nationally or internationally (compared on the trailing
/// digits without leading zeros).
pub fn lookup_contacts(conn: &Connection, query: &str, limit: usize) -> Result<Vec<String>> {
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

fn as_match(
    conn: &Connection,
    id: &str,
    matched_on: impl FnOnce(&Customer) -> MatchField,
) -> Result<CustomerMatch> {
    let c = customer(conn, id)?;
    let matched_on = matched_on(&c);
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
}

/// Customers matching what was typed so far: name or organisation (prefix, accents
/// ignored), phone (whatever the formatting) or email.
pub fn lookup(conn: &Connection, query: &str, limit: u32) -> Result<Vec<CustomerMatch>> {
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
            as_match(conn, &id, |c| match field {
                MatchField::Name => which_field(&words, c),
                other => other,
            })
        })
        .collect()
}

/// Existing customers with one of these phone numbers or email addresses. Entries
/// that are not valid contacts are skipped: the duplicate check is a courtesy, the
/// validation that refuses them happens when saving.
pub fn duplicates(conn: &Connection, phones: &[String], emails: &[String]) -> Result<Vec<CustomerMatch>> {
    let phones: Vec<validate::Phone> = phones.iter().filter_map(|p| validate::phone(p).ok()).collect();
    let emails: Vec<validate::Email> = emails.iter().filter_map(|e| validate::email(e).ok()).collect();
    duplicates_of(conn, &phones, &emails)
}

/// Existing customers with one of these checked phone numbers or email
/// addresses (what a person typed, checked once when they saved).
pub fn duplicates_of(
    conn: &Connection,
    phones: &[validate::Phone],
    emails: &[validate::Email],
) -> Result<Vec<CustomerMatch>> {
    let mut found: Vec<(String, MatchField)> = Vec::new();
    for e in emails {
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
    for p in phones {
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
    found.into_iter().map(|(id, matched_on)| as_match(conn, &id, |_| matched_on)).collect()
}

impl Store {
    /// A customer by id; an id merged into another customer gives that one.
    pub fn customer(&self, id: &str) -> Result<Customer> {
        customer(&self.conn, &super::current_id(&self.conn, id)?)
    }

    pub fn lookup_customers(&self, query: &str, limit: u32) -> Result<Vec<CustomerMatch>> {
        lookup(&self.conn, query, limit)
    }

    pub fn find_duplicates(&self, phones: &[String], emails: &[String]) -> Result<Vec<CustomerMatch>> {
        duplicates(&self.conn, phones, emails)
    }
}
