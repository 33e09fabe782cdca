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

/// Past this many cases, every customer's segment is read in one scan rather
/// than each customer's on its own (about the same time at this many).
const SEGMENTS_IN_ONE_SCAN: usize = 5_000;

/// Customer ids as map keys, kept inline: a report over ten years looks up
/// one per case, and comparing keys that live elsewhere on the heap was most of
/// its time. Ids are 36-character UUIDs; any other id is kept as text.
#[derive(Clone, PartialEq, Eq, Hash)]
enum CustomerKey {
    Uuid([u8; 36]),
    Other(String),
}

impl CustomerKey {
    fn new(id: &[u8]) -> CustomerKey {
        match <[u8; 36]>::try_from(id) {
            Ok(bytes) => CustomerKey::Uuid(bytes),
            Err(_) => CustomerKey::Other(String::from_utf8_lossy(id).into_owned()),
        }
    }
}

/// FNV-1a over 8-byte words: the keys are ids, not chosen by an attacker, and
/// SipHash's strength costs more than the lookups here.
#[derive(Default)]
struct QuickHash(u64);

impl std::hash::Hasher for QuickHash {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            h = (h ^ u64::from_le_bytes(word)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

type Segments = HashMap<CustomerKey, usize, std::hash::BuildHasherDefault<QuickHash>>;

/// Cases opened in `[start, end)`, with their customer's segment: one range of
/// the `cases_by_opened` index, which holds every column read here.
pub fn cases_opened(conn: &Connection, start: i64, end: i64) -> Result<OpenedCases> {
    let mut segments: Vec<String> = Vec::new();
    let mut index = |name: &str| match segments.iter().position(|s| s == name) {
        Some(i) => i,
        None => {
            segments.push(name.to_owned());
            segments.len() - 1
        }
    };
    let mut of = Segments::default();
    let mut all_read = false;
    let mut one = conn.prepare_cached("SELECT segment FROM customers WHERE id = ?1")?;
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, opened_at, first_target, first_response_ms, first_missed_after,
                resolution_target, resolution_ms, resolution_missed_after
         FROM cases WHERE opened_at >= ?1 AND opened_at < ?2",
    )?;
    let mut rows = stmt.query([start, end])?;
    let mut cases = Vec::new();
    while let Some(r) = rows.next()? {
        if cases.len() == SEGMENTS_IN_ONE_SCAN && !all_read {
            let mut all = conn.prepare_cached("SELECT id, segment FROM customers")?;
            let mut customers = all.query([])?;
            while let Some(c) = customers.next()? {
                let segment = index(c.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?.trim());
                of.insert(
                    CustomerKey::new(c.get_ref(0)?.as_bytes().map_err(rusqlite::Error::from)?),
                    segment,
                );
            }
            all_read = true;
        }
        let customer = r.get_ref(0)?.as_bytes().map_err(rusqlite::Error::from)?;
        let key = CustomerKey::new(customer);
        let segment = match of.get(&key) {
            Some(s) => *s,
            None => {
                let name: String =
                    one.query_row([std::str::from_utf8(customer).unwrap_or_default()], |c| c.get(0))?;
                let s = index(name.trim());
                of.insert(key, s);
                s
            }
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
    Ok(OpenedCases { cases, segments })
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
