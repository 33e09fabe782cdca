//! Duplicate customers: two records of one person, made at two desks while
//! they were offline, by a spreadsheet import, or in a hurry at the counter.
//!
//! Casebook suggests likely pairs (the same phone number or email, the same
//! name) and staff merge them (`customers_merged`) or say they are different
//! people (`not_duplicates`). A merge is the same whichever desk makes it and
//! in whichever direction: the record added first survives and everything of
//! the other's follows it. Undoing a merge (`merge_undone`) applies both
//! customers' events again without it, which the whole history does
//! (`shop::undo_merge`).

mod events;

use crate::msg;
use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use events::{forget_customers, DuplicateEvent};

use crate::core::{clock, text, text_enum, Ctx, Error, Id, Result, Store, Ts, Writer};
use crate::customers::{current_id, customer, duplicates, Customer, NewCustomer};

text_enum!(
    /// Why two customers look like one person.
    DuplicateReason {
        SamePhone => "same_phone",
        SameEmail => "same_email",
        SameName => "same_name",
    }
);

/// One of a pair of likely duplicates, as the comparison shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicateSide {
    pub id: Id,
    pub name: String,
    pub organisation: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub total_cases: u32,
    pub created_at: Ts,
}

/// Two customers that may be one person. `first` is the one that keeps its
/// record if they are merged (the one added first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicatePair {
    pub first: DuplicateSide,
    pub second: DuplicateSide,
    pub reasons: Vec<DuplicateReason>,
}

/// A merge in effect on a customer's record, which can be undone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeRecord {
    /// The merge's event id: what undoing it names.
    pub merge_id: Id,
    pub other_id: Id,
    pub other_name: String,
    pub at: Ts,
    pub by_name: Option<String>,
}

/// The most pairs suggested at once.
const SUGGESTIONS_MAX: usize = 100;

fn side(conn: &Connection, id: &str) -> Result<DuplicateSide> {
    let c = customer(conn, id)?;
    Ok(DuplicateSide {
        id: c.id,
        name: c.name,
        organisation: c.organisation,
        phones: c.phones,
        emails: c.emails,
        total_cases: c.total_cases,
        created_at: c.created_at,
    })
}

/// "Ana  Costa", "costa ana" and "Ána Costa" are one name.
fn name_key(name: &str) -> String {
    let mut words = text::words(&text::fold(name));
    words.sort();
    words.join(" ")
}

/// Pairs of current customers that look like one person, most reasons first.
pub fn likely_duplicates(conn: &Connection, limit: usize) -> Result<Vec<DuplicatePair>> {
    let mut reasons: BTreeMap<(Id, Id), Vec<DuplicateReason>> = BTreeMap::new();
    let mut add = |a: String, b: String, why: DuplicateReason| {
        let key = if a < b { (a, b) } else { (b, a) };
        let list = reasons.entry(key).or_default();
        if !list.contains(&why) {
            list.push(why);
        }
    };
    let mut stmt = conn.prepare(
        "SELECT a.customer_id, b.customer_id, a.kind FROM customer_contacts a
         JOIN customer_contacts b ON b.kind = a.kind AND b.customer_id > a.customer_id
              AND ((a.kind = 'phone' AND b.tail = a.tail AND a.tail <> '') OR (a.kind = 'email' AND b.norm = a.norm))",
    )?;
    for row in
        stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
    {
        let (a, b, kind) = row?;
        add(a, b, if kind == "phone" { DuplicateReason::SamePhone } else { DuplicateReason::SameEmail });
    }
    let mut by_name: HashMap<String, Vec<Id>> = HashMap::new();
    // A forgotten customer is shown by a number, and never merged back.
    let mut stmt = conn.prepare(
        "SELECT id, name FROM customers c WHERE merged_into IS NULL
         AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = c.id)",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (id, name) = row?;
        let key = name_key(&name);
        if !key.is_empty() {
            by_name.entry(key).or_default().push(id);
        }
    }
    for ids in by_name.into_values().filter(|ids| ids.len() > 1) {
        // A very common name alone says little: only small groups are offered.
        if ids.len() > 5 {
            continue;
        }
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                add(a.clone(), b.clone(), DuplicateReason::SameName);
            }
        }
    }
    let mut dismissed = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM duplicate_dismissals WHERE first = ?1 AND second = ?2)",
    )?;
    let mut ranked: Vec<((Id, Id), Vec<DuplicateReason>)> = Vec::new();
    for ((a, b), why) in reasons {
        if dismissed.query_row(params![a, b], |r| r.get::<_, bool>(0))? {
            continue;
        }
        ranked.push(((a, b), why));
    }
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1.len()));
    let mut out = Vec::new();
    for ((a, b), mut why) in ranked.into_iter().take(limit.min(SUGGESTIONS_MAX)) {
        why.sort_by_key(|r| r.as_str());
        let (first, second) = crate::customers::elder(conn, &a, &b)?;
        out.push(DuplicatePair { first: side(conn, &first)?, second: side(conn, &second)?, reasons: why });
    }
    Ok(out)
}

/// The merges in effect on a customer's record, newest first.
pub fn merges(conn: &Connection, customer_id: &str) -> Result<Vec<MergeRecord>> {
    let id = current_id(conn, customer_id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT m.event_id, m.other, m.other_name, m.at, s.name
         FROM customer_merges m LEFT JOIN staff s ON s.id = m.by_staff
         WHERE m.survivor = ?1 ORDER BY m.at DESC, m.event_id DESC",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(MergeRecord {
            merge_id: r.get(0)?,
            other_id: r.get(1)?,
            other_name: r.get(2)?,
            at: clock::from_ms(r.get(3)?),
            by_name: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Both ids, each as the customer it now is; refused when they are one already.
pub(crate) fn two_customers(w: &Writer<'_>, a: &str, b: &str) -> Result<(Id, Id)> {
    let a = current_id(w.tx(), a)?;
    let b = current_id(w.tx(), b)?;
    customer(w.tx(), &a)?;
    customer(w.tx(), &b)?;
    if a == b {
        return Err(Error::Conflict { msg: msg!("error-duplicates-these-already-one-customer-nothing") });
    }
    // A forgotten customer is never merged back into anyone (see `shop::forget`).
    let forgotten: bool = w
        .tx()
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM forgotten WHERE customer_id IN (?1, ?2))")?
        .query_row([&a, &b], |r| r.get(0))?;
    if forgotten {
        return Err(Error::invalid("customer", msg!("error-privacy-customer-forgotten")));
    }
    Ok((a, b))
}

impl Writer<'_> {
    /// Creates a customer. With `allow_duplicate` (the person at the desk said
    /// this is someone else than the record with the same phone number or
    /// email), each such look-alike is recorded as a different person in the
    /// same transaction, so Possible duplicates does not offer the pair.
    pub fn create_customer_apart(
        &mut self,
        ctx: &Ctx,
        input: &NewCustomer,
        allow_duplicate: bool,
    ) -> Result<Customer> {
        let alike =
            if allow_duplicate { duplicates(self.tx(), &input.phones, &input.emails)? } else { Vec::new() };
        let made = self.create_customer(ctx, input, allow_duplicate)?;
        for other in alike {
            let other = current_id(self.tx(), &other.id)?;
            if other != made.id {
                self.append(ctx, Some(&made.id), None, &DuplicateEvent::NotDuplicates { other })?;
            }
        }
        Ok(made)
    }

    /// Records that two look-alike records are different people: the pair is
    /// not suggested again.
    pub fn dismiss_duplicate(&mut self, ctx: &Ctx, a: &str, b: &str) -> Result<()> {
        self.check_actor(ctx)?;
        let (a, b) = two_customers(self, a, b)?;
        self.append(ctx, Some(&a), None, &DuplicateEvent::NotDuplicates { other: b })?;
        Ok(())
    }
}

impl Store {
    /// Pairs of customers that look like one person, most likely first.
    pub fn likely_duplicates(&self, limit: u32) -> Result<Vec<DuplicatePair>> {
        likely_duplicates(&self.conn, limit as usize)
    }

    /// The merges in effect on a customer's record, which can be undone.
    pub fn customer_merges(&self, customer_id: &str) -> Result<Vec<MergeRecord>> {
        merges(&self.conn, customer_id)
    }
}

/// What the shop knows of this feature (see `core::feature`): what merges
/// and "different people" answers left on customers goes with them. A merge
/// moves the other features' rows (the shop does, from every declaration).
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["customer_aliases", "customer_merges", "duplicate_dismissals"],
    also_forget: Some(forget_customers),
    ..crate::core::Feature::kinds("duplicates", DuplicateEvent::KINDS)
};
