//! Events that cannot be applied here are kept, in their place, and noted:
//! never a wall in front of the events after them.
//!
//! A desk applies what other desks wrote, in the one order, however that
//! meets what it holds. Each kind's apply says, beside it, how it settles what
//! concurrent work made inconsistent (two desks adding a sixth address, a
//! status move from a state the case has already left). What an event cannot
//! do at all it does not do, and it is *set aside* with one of these reasons:
//!
//! - **unknown_kind**: written by a newer Casebook; applied in its place once
//!   this desk is updated (see `shop::retry_set_aside`);
//! - **damaged**: its payload cannot be read, or says what cannot be
//!   (a score of 9, a calendar in no time zone);
//! - **refers_to_nothing**: it names a case, a promise or a customer this
//!   customer's history never had (or another customer's); if the thing it
//!   names arrives later and sorts before it, its customer's part is derived
//!   again and it applies then;
//! - **not_allowed**: its author had no right to it at its place in the order.
//!
//! Which events are set aside follows from the log alone, so every desk of
//! one version sets aside the same events. The notes are desk-local (a newer
//! desk applies what an older one sets aside) and never in the canonical dump.

use std::collections::{HashSet, VecDeque};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{text_enum, Error, Result, Store};

text_enum!(
    /// Why an event is kept in the log without being applied.
    SetAsideReason {
        UnknownKind => "unknown_kind",
        Damaged => "damaged",
        RefersToNothing => "refers_to_nothing",
        NotAllowed => "not_allowed",
    }
);

/// Why an apply that refused leaves its event set aside, and a line for the log.
pub(crate) fn why(err: &Error) -> (SetAsideReason, String) {
    let reason = match err {
        Error::Unapplied { reason, .. } => *reason,
        Error::NotFound { .. } => SetAsideReason::RefersToNothing,
        Error::NotAllowed { .. } => SetAsideReason::NotAllowed,
        _ => SetAsideReason::Damaged,
    };
    (reason, err.to_string())
}

/// This build, as set-aside notes name it: a desk updated to another build
/// tries its set-aside events again.
pub fn build() -> &'static str {
    #[cfg(feature = "test-hooks")]
    if let Some(b) = hooks::build() {
        return b;
    }
    env!("CARGO_PKG_VERSION")
}

pub(crate) fn note(
    conn: &Connection,
    event_id: &str,
    reason: SetAsideReason,
    detail: &str,
    unread: bool,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO set_aside (event_id, reason, detail, noted_by, unread) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (event_id) DO UPDATE SET reason = excluded.reason, detail = excluded.detail,
             noted_by = excluded.noted_by, unread = excluded.unread",
    )?
    .execute(params![event_id, reason, detail, build(), unread])?;
    Ok(())
}

/// Forgets the notes on these events: they are about to be applied again.
pub fn clear(conn: &Connection, event_ids: &[&str]) -> Result<()> {
    let any: bool =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM set_aside)")?.query_row([], |r| r.get(0))?;
    if !any {
        return Ok(());
    }
    let mut stmt = conn.prepare_cached("DELETE FROM set_aside WHERE event_id = ?1")?;
    for id in event_ids {
        stmt.execute([id])?;
    }
    Ok(())
}

pub(crate) fn link(conn: &Connection, event_id: &str, customer: &str, other: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO part_links (event_id, customer_id, other) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
    )?
    .execute(params![event_id, customer, other])?;
    Ok(())
}

/// Records an id an event creates; another customer's event that created it
/// first links the two customers (see the module's notes).
pub(crate) fn created(conn: &Connection, id: &str, event_id: &str, customer: Option<&str>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO created_ids (id, event_id, customer_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
    )?
    .execute(params![id, event_id, customer])?;
    let Some(customer) = customer else { return Ok(()) };
    let others: Vec<String> = conn
        .prepare_cached(
            "SELECT DISTINCT customer_id FROM created_ids
             WHERE id = ?1 AND event_id <> ?2 AND customer_id IS NOT NULL AND customer_id <> ?3",
        )?
        .query_map(params![id, event_id, customer], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for other in others {
        link(conn, event_id, customer, &other)?;
    }
    Ok(())
}

/// Every customer linked with `id` (itself included), following the links.
pub fn part_of(conn: &Connection, id: &str) -> Result<Vec<String>> {
    let mut seen: HashSet<String> = HashSet::from([id.to_owned()]);
    let mut todo = VecDeque::from([id.to_owned()]);
    let mut stmt = conn.prepare_cached(
        "SELECT other FROM part_links WHERE customer_id = ?1 UNION SELECT customer_id FROM part_links WHERE other = ?1",
    )?;
    while let Some(at) = todo.pop_front() {
        for next in stmt.query_map([&at], |r| r.get::<_, String>(0))? {
            let next = next?;
            if seen.insert(next.clone()) {
                todo.push_back(next);
            }
        }
    }
    let mut out: Vec<String> = seen.into_iter().collect();
    out.sort();
    Ok(out)
}

pub(crate) fn linked(conn: &Connection, a: &str, b: &str) -> Result<bool> {
    Ok(part_of(conn, a)?.iter().any(|c| c == b))
}

/// Events set aside here, counted by the desk that wrote them and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetAside {
    pub desk_id: String,
    pub reason: SetAsideReason,
    #[ts(type = "number")]
    pub count: u64,
    /// The kinds among them (for "needs a newer Casebook": which features).
    pub kinds: Vec<String>,
    /// Whom they were written as (for "not allowed": as whom a desk tried).
    pub authors: Vec<String>,
}

impl Store {
    /// What this desk keeps without applying, by desk and reason.
    pub fn set_aside_summary(&self) -> Result<Vec<SetAside>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT e.desk_id, s.reason, count(*), group_concat(DISTINCT e.kind),
                    group_concat(DISTINCT coalesce(st.name, e.staff_id))
             FROM set_aside s JOIN events e ON e.id = s.event_id LEFT JOIN staff st ON st.id = e.staff_id
             GROUP BY e.desk_id, s.reason ORDER BY e.desk_id, s.reason",
        )?;
        let rows = stmt.query_map([], |r| {
            let kinds: Option<String> = r.get(3)?;
            let authors: Option<String> = r.get(4)?;
            Ok(SetAside {
                authors: authors
                    .unwrap_or_default()
                    .split(',')
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned)
                    .collect(),
                desk_id: r.get(0)?,
                reason: r.get(1)?,
                count: r.get::<_, i64>(2)? as u64,
                kinds: kinds
                    .unwrap_or_default()
                    .split(',')
                    .filter(|k| !k.is_empty())
                    .map(str::to_owned)
                    .collect(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The ids of the events set aside for `reason` (or any reason).
    pub fn set_aside_ids(&self, reason: Option<SetAsideReason>) -> Result<Vec<String>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT event_id FROM set_aside WHERE ?1 IS NULL OR reason = ?1 ORDER BY event_id",
        )?;
        let rows = stmt.query_map([reason], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// For tests of desks of different versions: the calling thread plays an
/// older build that does not know some kinds, or one with another version.
/// Thread-local, so tests running side by side do not see each other's.
#[cfg(feature = "test-hooks")]
pub mod hooks {
    use std::cell::RefCell;

    thread_local! {
        static UNKNOWN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
        static BUILD: RefCell<Option<&'static str>> = const { RefCell::new(None) };
    }

    /// Kinds this thread reads as unknown (as an older Casebook would).
    pub fn pretend_unknown(kinds: &[&str]) {
        UNKNOWN.with(|u| *u.borrow_mut() = kinds.iter().map(|k| k.to_string()).collect());
    }

    pub fn pretends_unknown(kind: &str) -> bool {
        UNKNOWN.with(|u| u.borrow().iter().any(|k| k == kind))
    }

    /// The version this thread's desk calls itself.
    pub fn pretend_build(version: Option<&'static str>) {
        BUILD.with(|b| *b.borrow_mut() = version);
    }

    pub(super) fn build() -> Option<&'static str> {
        BUILD.with(|b| *b.borrow())
    }
}
