//! Clock values that move: this desk's unsent work the server refused as too
//! far ahead, other desks' work carried here, and events whose server copy
//! has another value than the one this desk holds. Each moves in the log,
//! and the parts it belongs to are derived again in the new order.

use std::collections::{BTreeSet, HashSet};

use rusqlite::{params, OptionalExtension};

use super::receive::{rederive_customers, rederive_shop, Links, Part};
use super::LoggedEvent;
use crate::core::{Result, Writer};

/// Events from the shop's server that this desk already holds under another
/// clock value (it got them from an import before their desk, its clock far
/// ahead, gave them the server's time) take the server's place, and the
/// parts they belong to are applied again: the server's order is the shop's.
/// Gives how many moved.
pub fn take_servers_places(w: &mut Writer<'_>, batch: &[LoggedEvent]) -> Result<u64> {
    let mut moved: Vec<Option<String>> = Vec::new();
    for ev in batch {
        let Some(hlc) = ev.hlc else { continue };
        let held: Option<(i64, Option<String>)> = w
            .tx()
            .prepare_cached("SELECT hlc, customer_id FROM events WHERE id = ?1")?
            .query_row([&ev.id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((mine, customer)) = held {
            if mine != hlc {
                w.tx()
                    .prepare_cached("UPDATE events SET hlc = ?2 WHERE id = ?1")?
                    .execute(params![ev.id, hlc])?;
                moved.push(customer);
            }
        }
    }
    if moved.is_empty() {
        return Ok(0);
    }
    w.forget_highest_hlc();
    let links = Links::load(w.tx())?;
    let parts: BTreeSet<Part> = moved.iter().map(|c| links.part(c.as_deref())).collect();
    for part in &parts {
        match part {
            Part::Shop => drop(rederive_shop(w, None)?),
            Part::Customers(root) => rederive_customers(w, &links.members(root), None, None)?,
        }
    }
    Ok(moved.len() as u64)
}

/// How far ahead of the server's clock a re-stamped event may still follow
/// what the desk holds: within the server's tolerance (ten minutes unless the
/// owner set it otherwise), with room for the push that follows.
const RESTAMP_FOLLOW_MS: i64 = 5 * 60 * 1000;

/// This desk's own events from arrival `after_seq` on, which the shop's
/// server refused because their clock values were too far ahead of its own
/// clock (`server_ms`), get new ones: in their order, after every other
/// event this desk holds and not before the server's time, so each still
/// comes after everything its writer had seen. Other desks' events held here
/// that are themselves ahead of the server (imported from a desk whose clock
/// runs ahead, not yet sent) are not followed: the new values must be ones
/// the server takes. What they touch is derived again in the new order.
/// Returns how many were re-stamped.
pub fn restamp_unsent(w: &mut Writer<'_>, after_seq: i64, server_ms: i64) -> Result<u64> {
    let me = w.desk_id().to_owned();
    let rows: Vec<(i64, String, Option<String>)> = {
        let mut stmt = w.tx().prepare(
            "SELECT seq, id, customer_id FROM events WHERE seq > ?1 AND desk_id = ?2 ORDER BY seq",
        )?;
        let rows =
            stmt.query_map(rusqlite::params![after_seq, me], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    restamp(w, rows, server_ms)
}

/// Other desks' events this desk carries for the shop (they came with an
/// import) whose clock values the server found too far ahead, and that no
/// one else may ever send (their desk gone, or restored to before them): they
/// get new ones as [`restamp_unsent`] gives this desk's own. The server's copy
/// stands for every desk, their own included, so the shop keeps one order.
pub fn restamp_carried(w: &mut Writer<'_>, ids: &[String], server_ms: i64) -> Result<u64> {
    let mut rows: Vec<(i64, String, Option<String>)> = Vec::new();
    {
        let mut stmt = w.tx().prepare_cached(
            "SELECT e.seq, e.id, e.customer_id FROM events e JOIN carried c ON c.event_id = e.id WHERE e.id = ?1",
        )?;
        for id in ids {
            if let Some(row) = stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).optional()? {
                rows.push(row);
            }
        }
    }
    rows.sort();
    restamp(w, rows, server_ms)
}

/// New clock values for `rows` (seq, id, customer), in their order, after
/// everything else this desk holds up to a little past the server's time.
fn restamp(w: &mut Writer<'_>, rows: Vec<(i64, String, Option<String>)>, server_ms: i64) -> Result<u64> {
    if rows.is_empty() {
        return Ok(0);
    }
    let limit = crate::core::hlc::at_ms(server_ms.saturating_add(RESTAMP_FOLLOW_MS))
        | ((1 << crate::core::hlc::LOGICAL_BITS) - 1);
    let moving: HashSet<&str> = rows.iter().map(|(_, id, _)| id.as_str()).collect();
    let mut highest: i64 = 0;
    {
        let mut stmt =
            w.tx().prepare("SELECT id, hlc FROM events WHERE hlc <= ?1 ORDER BY hlc DESC LIMIT ?2")?;
        let found = stmt.query_map(rusqlite::params![limit, rows.len() as i64 + 1], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in found {
            let (id, hlc) = row?;
            if !moving.contains(id.as_str()) {
                highest = hlc;
                break;
            }
        }
    }
    {
        let mut stmt = w.tx().prepare_cached("UPDATE events SET hlc = ?2 WHERE seq = ?1")?;
        for (seq, _, _) in &rows {
            highest = crate::core::hlc::next(highest, server_ms);
            stmt.execute(rusqlite::params![seq, highest])?;
        }
    }
    w.forget_highest_hlc();
    let links = Links::load(w.tx())?;
    let parts: BTreeSet<Part> = rows.iter().map(|(_, _, c)| links.part(c.as_deref())).collect();
    for part in &parts {
        match part {
            Part::Shop => drop(rederive_shop(w, None)?),
            Part::Customers(root) => rederive_customers(w, &links.members(root), None, None)?,
        }
    }
    Ok(rows.len() as u64)
}
