//! What the reports read, by date: each query is one index range scan over the
//! current-state tables (the indexes of migration 5). The reports themselves
//! only count, compute and word.

use std::collections::HashMap;

use rusqlite::Connection;

use crate::core::Result;
use crate::tell::PromiseStatus;

/// A case opened in the range, measured against the targets it is held to
/// (stored on the case, see `hours::measures`).
pub struct CaseTimes {
    /// Its customer's segment, as an index into [`OpenedCases::segments`].
    pub segment: usize,
    pub opened_at: i64,
    pub first_target: i32,
    pub first_response_ms: Option<i64>,
    pub first_missed_after: Option<i64>,
    pub resolution_target: i32,
    pub resolution_ms: Option<i64>,
    pub resolution_missed_after: Option<i64>,
}

/// The cases opened in a range, and the segments their customers are in.
pub struct OpenedCases {
    pub cases: Vec<CaseTimes>,
    /// Segment names (trimmed; "" for none), in the order first met.
    pub segments: Vec<String>,
}

/// Past one case for every this many customers, every customer's segment is
/// read in one scan rather than each customer's on its own: one look-up by id
/// costs about as much as reading 30 customers in a row.
const CUSTOMERS_PER_LOOKUP: usize = 32;

/// A customer id as a map key: a UUID as its 128 bits (a report over ten years
/// looks up one per case, and small keys compared as integers keep the map in
/// the processor's cache); any other id as its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct UuidKey(u128);

impl UuidKey {
    /// The 128 bits of a UUID in its 36-character text form, if `id` is one.
    fn of(id: &[u8]) -> Option<UuidKey> {
        if id.len() != 36 {
            return None;
        }
        let mut v: u128 = 0;
        for (i, &b) in id.iter().enumerate() {
            if matches!(i, 8 | 13 | 18 | 23) {
                if b != b'-' {
                    return None;
                }
                continue;
            }
            let d = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                // Upper case would be a different id as text.
                _ => return None,
            };
            v = (v << 4) | u128::from(d);
        }
        Some(UuidKey(v))
    }
}

/// The keys are ids, not chosen by an attacker, and already random: their
/// low bits, mixed once, are hash enough (SipHash cost more than the lookups).
#[derive(Default)]
struct QuickHash(u64);

impl std::hash::Hasher for QuickHash {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0 ^ u64::from_le_bytes(word)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u128(&mut self, v: u128) {
        self.0 = ((v as u64) ^ ((v >> 64) as u64)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

type Quick = std::hash::BuildHasherDefault<QuickHash>;

/// Each customer's segment, as an index into the names, as far as known.
#[derive(Default)]
struct SegmentOf {
    uuids: HashMap<UuidKey, usize, Quick>,
    others: HashMap<String, usize, Quick>,
}

impl SegmentOf {
    fn get(&self, id: &[u8]) -> Option<usize> {
        match UuidKey::of(id) {
            Some(k) => self.uuids.get(&k).copied(),
            None => self.others.get(String::from_utf8_lossy(id).as_ref()).copied(),
        }
    }

    fn insert(&mut self, id: &[u8], segment: usize) {
        match UuidKey::of(id) {
            Some(k) => self.uuids.insert(k, segment),
            None => self.others.insert(String::from_utf8_lossy(id).into_owned(), segment),
        };
    }
}

/// Segment names in the order first met, each named once.
#[derive(Default)]
struct SegmentNames(Vec<String>);

impl SegmentNames {
    fn index(&mut self, name: &str) -> usize {
        match self.0.iter().position(|s| s == name) {
            Some(i) => i,
            None => {
                self.0.push(name.to_owned());
                self.0.len() - 1
            }
        }
    }
}

/// Cases opened in `[start, end)`: one range of the `cases_by_opened` index,
/// which holds every column read here. With `segments`, each case's
/// customer's segment too (otherwise every case is in segment 0, unnamed).
pub fn cases_opened(conn: &Connection, start: i64, end: i64, segments: bool) -> Result<OpenedCases> {
    let mut names = SegmentNames::default();
    let mut of = SegmentOf::default();
    let mut all_read = false;
    let customers: i64 = if segments {
        conn.query_row("SELECT coalesce(max(rowid), 0) FROM customers", [], |r| r.get(0))?
    } else {
        0
    };
    let customers = usize::try_from(customers).unwrap_or(0);
    let lookups = (customers / CUSTOMERS_PER_LOOKUP).max(64);
    let mut one = conn.prepare_cached("SELECT segment FROM customers WHERE id = ?1")?;
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, opened_at, first_target, first_response_ms, first_missed_after,
                resolution_target, resolution_ms, resolution_missed_after
         FROM cases WHERE opened_at >= ?1 AND opened_at < ?2",
    )?;
    let mut rows = stmt.query([start, end])?;
    let mut cases = Vec::new();
    while let Some(r) = rows.next()? {
        if segments && cases.len() == lookups && !all_read {
            of.uuids.reserve(customers);
            let mut all = conn.prepare_cached("SELECT id, segment FROM customers")?;
            let mut customers = all.query([])?;
            while let Some(c) = customers.next()? {
                let segment = names.index(c.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?.trim());
                of.insert(c.get_ref(0)?.as_bytes().map_err(rusqlite::Error::from)?, segment);
            }
            all_read = true;
        }
        let segment = if segments {
            let customer = r.get_ref(0)?.as_bytes().map_err(rusqlite::Error::from)?;
            match of.get(customer) {
                Some(s) => s,
                None => {
                    let name: String =
                        one.query_row([std::str::from_utf8(customer).unwrap_or_default()], |c| c.get(0))?;
                    let s = names.index(name.trim());
                    of.insert(customer, s);
                    s
                }
            }
        } else {
            0
        };
        cases.push(CaseTimes {
            segment,
            opened_at: r.get(1)?,
            first_target: r.get::<_, Option<i32>>(2)?.unwrap_or_default(),
            first_response_ms: r.get(3)?,
            first_missed_after: r.get(4)?,
            resolution_target: r.get::<_, Option<i32>>(5)?.unwrap_or_default(),
            resolution_ms: r.get(6)?,
            resolution_missed_after: r.get(7)?,
        });
    }
    if !segments {
        names.index("");
    }
    Ok(OpenedCases { cases, segments: names.0 })
}

/// Promises falling due in `[start, end)`: when, and how they stand.
pub fn promises_due(conn: &Connection, start: i64, end: i64) -> Result<Vec<(i64, PromiseStatus)>> {
    let mut stmt =
        conn.prepare_cached("SELECT due_at, status FROM promises WHERE due_at >= ?1 AND due_at < ?2")?;
    let rows = stmt.query_map([start, end], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An escalation opened in the range.
pub struct EscalationFacts {
    pub cause: String,
    pub open: bool,
    pub opened_at: i64,
    pub case_subject: String,
    pub note: String,
    pub what_changed: Option<String>,
}

/// Escalations opened in `[start, end)`, oldest first.
pub fn escalations_opened(conn: &Connection, start: i64, end: i64) -> Result<Vec<EscalationFacts>> {
    let mut stmt = conn.prepare_cached(
        "SELECT x.cause, x.status, x.opened_at, k.subject, x.note, x.what_changed
         FROM escalations x JOIN cases k ON k.id = x.case_id
         WHERE x.opened_at >= ?1 AND x.opened_at < ?2 ORDER BY x.opened_at, x.id",
    )?;
    let rows = stmt.query_map([start, end], |r| {
        Ok(EscalationFacts {
            cause: r.get(0)?,
            open: r.get::<_, String>(1)? == "open",
            opened_at: r.get(2)?,
            case_subject: r.get(3)?,
            note: r.get(4)?,
            what_changed: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// When each complaint opened in `[start, end)` was opened.
pub fn complaints_opened(conn: &Connection, start: i64, end: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT opened_at FROM complaints WHERE opened_at >= ?1 AND opened_at < ?2")?;
    let rows = stmt.query_map([start, end], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A complaint closed in the range, with what we changed.
pub struct ClosedComplaint {
    pub closed_at: i64,
    pub customer_name: String,
    pub summary: String,
    pub what_changed: String,
    pub customer_told: bool,
}

/// Complaints closed in `[start, end)`, oldest first.
pub fn complaints_closed(conn: &Connection, start: i64, end: i64) -> Result<Vec<ClosedComplaint>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.closed_at, cu.name, c.summary, c.what_changed, c.customer_told
         FROM complaints c JOIN customers cu ON cu.id = c.customer_id
         WHERE c.closed_at >= ?1 AND c.closed_at < ?2 ORDER BY c.closed_at, c.id",
    )?;
    let rows = stmt.query_map([start, end], |r| {
        Ok(ClosedComplaint {
            closed_at: r.get(0)?,
            customer_name: r.get(1)?,
            summary: r.get(2)?,
            what_changed: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
            customer_told: r.get::<_, Option<bool>>(4)?.unwrap_or(false),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many complaints are open now.
pub fn open_complaints(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM complaints WHERE status = 'open'", [], |r| r.get(0))?)
}

/// Each case's latest score given in `[start, end)`: when, and the score.
pub fn scores_given(conn: &Connection, start: i64, end: i64) -> Result<Vec<(i64, u8)>> {
    let mut stmt = conn.prepare_cached("SELECT at, score FROM satisfaction WHERE at >= ?1 AND at < ?2")?;
    let rows = stmt.query_map([start, end], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn customer_ids_are_kept_apart_exactly() {
        let a = b"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        let b = b"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";
        assert!(UuidKey::of(a).is_some(), "a lower-case UUID is read as its 128 bits");
        assert_ne!(UuidKey::of(a), UuidKey::of(b), "ids one digit apart are different keys");
        for other in [
            &b"0193A1B2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"[..],
            b"customer-1",
            b"0193a1b2c3d47e5f8a9b0c1d2e3f4a5b0000",
        ] {
            assert!(
                UuidKey::of(other).is_none(),
                "{} is kept as text, not read as a UUID",
                String::from_utf8_lossy(other)
            );
        }
        let mut of = SegmentOf::default();
        of.insert(a, 1);
        of.insert(b, 2);
        of.insert(b"customer-1", 3);
        assert_eq!(
            (of.get(a), of.get(b), of.get(b"customer-1"), of.get(b"customer-2")),
            (Some(1), Some(2), Some(3), None),
            "each id finds its own segment, and an unknown id none"
        );
    }
}
