//! Forgetting a customer (what the GDPR calls erasure, article 17).
//!
//! An owner's `customer_forgotten` names the customer and every record merged
//! into them. From then on, on every desk:
//!
//! - **The log keeps every event, in its place, with its envelope** (id, desk,
//!   clock, kind, customer and case ids), and each payload keeps what says
//!   nothing about a person: kinds, channels, priorities, statuses, scores,
//!   root causes, ids, times, sizes ([`redact`]). Every other word, name,
//!   address and number becomes empty; a customer's name becomes their
//!   number ("#04821"). This is the one change the log allows (the
//!   `forgetting` table opens it, in the same transaction).
//! - **The current state is derived again** from those payloads, so screens,
//!   search, the type-ahead, reports' lists and exports hold nothing of the
//!   person; the cases, their channels, times and targets stay, and the
//!   reports still add up.
//! - **Whatever arrives later about them** (from a desk that was offline, an
//!   old export) is logged and applied the same way.
//!
//! Which records are forgotten is read from the log itself as events are
//! logged (`forgotten`), so every desk agrees whatever order events came in.
//! Merging a forgotten record with one that is not has no effect.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use super::receive::{rederive_customers, Links};
use super::EventPayload;
use crate::core::{clock, Ctx, Error, Event, EventMeta, Id, Result, Right, Store, Ts, Writer};
use crate::customers::CustomerEvent;
use crate::msg;
use crate::staff::Actor;

pub const KIND: &str = "customer_forgotten";
/// A reason is a sentence or two ("asked by the customer at the counter").
pub const MAX_REASON: usize = 500;
/// Set (desk-local) while a forget's last steps are still to run here.
const TO_FINISH: &str = "forget_to_finish";
/// Set (desk-local) when an erasure reached this desk and its backups may
/// not all have it yet (see `data::forgetting`).
pub const BACKUPS_TO_FORGET: &str = "backups_to_forget";
/// Set (desk-local) when an erasure reached this desk and the shop's server
/// may still hold sealed words of the records it names (see `sync::seal`).
pub const SERVER_TO_FORGET: &str = "server_to_forget";
/// The search indexes, whose pages may still hold a forgotten word until merged.
const INDEXES: [&str; 3] = ["event_text", "case_text", "customer_names"];
const EVENT_INDEX: &str = "INSERT INTO event_text (rowid, body) VALUES (?1, ?2)";

/// Payload fields whose values say nothing about a person, kept whatever they
/// hold: what kind of thing happened, how, and how it went.
const KEPT: &[&str] = &[
    "kind",
    "channel",
    "priority",
    "direction",
    "outcome",
    "how",
    "why",
    "noise",
    "cause",
    "score",
    "history",
    "retrying",
    "customer_told",
    "moved_promises",
    "date",
    "hash",
    "raw_hash",
    "raw_size",
    "size",
    "other",
];

fn kept(key: &str, value: &Value) -> bool {
    if KEPT.contains(&key)
        || key == "id"
        || key == "ids"
        || key.ends_with("_id")
        || key.ends_with("_ids")
        || key.ends_with("_at")
    {
        return true;
    }
    // `from` and `to` are a status, a priority or a colleague's id on a case,
    // and addresses on a mail: only the first kind is kept.
    (key == "from" || key == "to")
        && match value {
            Value::Null => true,
            Value::String(s) => s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
            _ => false,
        }
}

/// `deep`: a list of records keeps each record's kept fields (a file's hash
/// and size); otherwise a list is emptied. Says whether anything changed.
fn redact_object(map: &mut Map<String, Value>, name: Option<&str>, deep: bool) -> bool {
    let mut changed = false;
    for (key, value) in map.iter_mut() {
        if kept(key, value) {
            continue;
        }
        match value {
            Value::String(s) => {
                let named = match (name, key.as_str()) {
                    (Some(name), "name") => name,
                    _ => "",
                };
                if s != named {
                    s.clear();
                    s.push_str(named);
                    changed = true;
                }
            }
            Value::Array(items) if deep => {
                let before = items.len();
                items.retain(Value::is_object);
                changed |= items.len() != before;
                for item in items.iter_mut() {
                    if let Value::Object(inner) = item {
                        changed |= redact_object(inner, None, true);
                    }
                }
            }
            Value::Array(items) => {
                changed |= !items.is_empty();
                items.clear();
            }
            Value::Object(inner) => changed |= redact_object(inner, None, deep),
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }
    changed
}

/// Takes every word out of a payload read as JSON, as forgetting does, with
/// nothing put in their place, keeping a list's records with their kept
/// fields (the hashes of attached files, which the shop's server holds
/// anyway): what a sealed payload shows in clear (see `sync::seal`). Says
/// whether there were any words.
pub fn strip_words(map: &mut Map<String, Value>) -> bool {
    redact_object(map, None, true)
}

/// The number a forgotten customer is shown by, the same on every desk.
pub fn number(customer_id: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, customer_id.as_bytes());
    let b = digest.as_ref();
    format!("#{:05}", u32::from_be_bytes([b[0], b[1], b[2], b[3]]) % 100_000)
}

/// A payload as a forgotten customer's event keeps it: every word about the
/// person gone, the rest as it was. The same on every desk, and the same
/// again when applied to its own result.
pub fn redact(payload: &str, customer_id: &str) -> Option<String> {
    let mut value: Value = serde_json::from_str(payload).ok()?;
    if value.get("kind").and_then(Value::as_str) == Some(KIND) {
        return None;
    }
    let Value::Object(map) = &mut value else { return None };
    redact_object(map, Some(&number(customer_id)), false);
    serde_json::to_string(&value).ok()
}

/// Whether this record was forgotten.
pub fn is_forgotten(conn: &Connection, customer_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM forgotten WHERE customer_id = ?1)")?
        .query_row([customer_id], |r| r.get(0))?)
}

/// The payload an event about a forgotten customer is applied with, if it is
/// one (and not already so): its own, redacted.
pub(super) fn redacted(
    w: &Writer<'_>,
    meta: &EventMeta,
    event: &EventPayload,
) -> Result<Option<EventPayload>> {
    let Some(customer) = meta.customer_id.as_deref() else { return Ok(None) };
    let about = is_forgotten(w.tx(), customer)?
        || event.links().is_some_and(|o| is_forgotten(w.tx(), o).unwrap_or(false));
    if !about || event.kind() == KIND {
        return Ok(None);
    }
    let text = serde_json::to_string(event)?;
    let Some(clean) = redact(&text, customer) else { return Ok(None) };
    Ok(if clean == text { None } else { Some(EventPayload::from_json(&clean)?) })
}

/// An event arriving about a forgotten customer (or naming one as the other
/// side of a merge): the payload it is logged with, without their words.
/// `None` when it is about nobody forgotten; `Some(None)` when its payload
/// holds nothing of them already.
pub(super) fn on_arrival(w: &Writer<'_>, meta: &EventMeta, payload: &str) -> Result<Option<Option<String>>> {
    let Some(customer) = meta.customer_id.as_deref() else { return Ok(None) };
    let mut about = is_forgotten(w.tx(), customer)?;
    if !about {
        if let Some(other) = EventPayload::from_json(payload).ok().as_ref().and_then(Event::links) {
            about = is_forgotten(w.tx(), other)?;
        }
    }
    Ok(about.then(|| redact(payload, customer).filter(|clean| clean != payload)))
}

/// Merging a forgotten record with one that is not has no effect: a forgotten
/// customer is never merged back into anyone.
pub(super) fn merges_back(w: &Writer<'_>, meta: &EventMeta, event: &EventPayload) -> Result<bool> {
    let (Some(customer), Some(other)) = (meta.customer_id.as_deref(), event.links()) else {
        return Ok(false);
    };
    if event.kind() != "customers_merged" {
        return Ok(false);
    }
    Ok(is_forgotten(w.tx(), customer)? != is_forgotten(w.tx(), other)?)
}

/// Each customer's record as a forgotten one's: who asked, when and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Forgotten {
    pub customer_id: Id,
    /// The number the customer is shown by now ("#04821").
    pub number: String,
    pub at: Ts,
    pub by: Option<String>,
    pub reason: String,
}

/// How a customer was forgotten, if they were.
pub fn forgotten(conn: &Connection, customer_id: &str) -> Result<Option<Forgotten>> {
    let row = conn
        .prepare_cached(
            "SELECT e.at, s.name, e.payload FROM forgotten f JOIN events e ON e.id = f.event_id
             LEFT JOIN staff s ON s.id = e.staff_id WHERE f.customer_id = ?1",
        )?
        .query_row([customer_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?))
        })
        .optional()?;
    Ok(row.map(|(at, by, payload)| {
        let reason = match serde_json::from_str::<CustomerEvent>(&payload) {
            Ok(CustomerEvent::CustomerForgotten { reason, .. }) => reason,
            _ => String::new(),
        };
        Forgotten {
            customer_id: customer_id.to_owned(),
            number: number(customer_id),
            at: clock::from_ms(at),
            by,
            reason,
        }
    }))
}

impl Writer<'_> {
    /// Settles a `customer_forgotten` just logged (written here, or
    /// received): its records are listed as forgotten, their events in the
    /// log lose their words, and their part of the state is derived again
    /// from them.
    ///
    /// Unlike other owner's tools, a forget another desk sends is not judged
    /// here by its author's role: it cannot be undone, and a desk that refused
    /// it (having heard first that its author was no longer an owner) while
    /// another obeyed would keep what the other erased. Only an owner can
    /// forget at a desk ([`Writer::forget_customer`]).
    pub(super) fn settle_forget(&mut self, meta: &EventMeta, ids: &[Id]) -> Result<()> {
        // Nothing here searches: the index is written once, at the commit.
        self.defer_search_index();
        let mut all: BTreeSet<Id> = ids.iter().cloned().collect();
        all.extend(meta.customer_id.clone());
        for id in &all {
            self.tx()
                .prepare_cached(
                    "INSERT INTO forgotten (customer_id, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                )?
                .execute(params![id, meta.id])?;
        }
        let all: Vec<Id> = all.into_iter().collect();
        redact_log(self, &all)?;
        let links = Links::load(self.tx())?;
        let members: Vec<Id> =
            all.iter().flat_map(|id| links.members(id)).collect::<BTreeSet<Id>>().into_iter().collect();
        crate::cases::forget_drafts(self, &members)?;
        rederive_customers(self, &members, None, None)?;
        // The search indexes and the write-ahead log still hold the words,
        // and so do the backups.
        note(self, TO_FINISH)?;
        note(self, BACKUPS_TO_FORGET)?;
        note(self, SERVER_TO_FORGET)?;
        self.note_kind(KIND);
        Ok(())
    }

    /// Forgets a customer everywhere: an owner's act, with a reason (which
    /// the history keeps, without anything about the person).
    pub fn forget_customer(&mut self, ctx: &Ctx, customer_id: &str, reason: &str) -> Result<Forgotten> {
        self.check_right(ctx, Right::Owner, msg!("lead-forget-customer"))?;
        self.forget_as(ctx, customer_id, reason)
    }

    /// Forgets a customer for whoever may: an owner at the desk
    /// ([`Writer::forget_customer`]), or the desk itself keeping the rule an
    /// owner set (`privacy::retention`).
    pub fn forget_as(&mut self, ctx: &Ctx, customer_id: &str, reason: &str) -> Result<Forgotten> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::invalid("reason", msg!("error-privacy-reason-needed")));
        }
        if reason.chars().count() > MAX_REASON {
            return Err(Error::invalid("reason", msg!("error-privacy-reason-too-long", max = MAX_REASON)));
        }
        let id = crate::customers::current_id(self.tx(), customer_id)?;
        crate::customers::customer(self.tx(), &id)?;
        if is_forgotten(self.tx(), &id)? {
            return Err(Error::invalid(
                "customer",
                msg!("error-privacy-already-forgotten", number = number(&id)),
            ));
        }
        let ids = crate::customers::ids_of(self.tx(), &id)?;
        let event = CustomerEvent::CustomerForgotten { ids: ids.clone(), reason: reason.to_owned() };
        let meta = self.append(ctx, Some(&id), None, &event)?;
        self.settle_forget(&meta, &ids)?;
        forgotten(self.tx(), &id)?.ok_or_else(|| Error::Internal("a forgotten customer is not listed".into()))
    }
}

/// Events about these records (or naming one as the other side of a merge)
/// lose every word about the person, in the log and in the search index.
/// Their raw mail kept on this desk goes; their attached files are noted to
/// be removed once the change is committed ([`Store::sweep_forgotten`]).
fn redact_log(w: &mut Writer<'_>, ids: &[Id]) -> Result<()> {
    let mut rows = Vec::new();
    {
        let mut stmt = w.tx().prepare_cached(
            "SELECT seq, customer_id, payload, id, desk_id FROM events WHERE customer_id = ?1 AND kind <> ?2
             UNION SELECT e.seq, e.customer_id, e.payload, e.id, e.desk_id FROM part_links l
             JOIN events e ON e.id = l.event_id WHERE l.other = ?1",
        )?;
        for id in ids {
            let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Row> {
                Ok(Row {
                    seq: r.get(0)?,
                    customer: r.get(1)?,
                    payload: r.get(2)?,
                    id: r.get(3)?,
                    desk: r.get(4)?,
                })
            };
            for row in stmt.query_map(params![id, KIND], read)? {
                rows.push(row?);
            }
        }
    }
    // Every one of this desk's own events about them goes as brought work
    // from now on, changed or not: the push of the desk's own leaves them out
    // (`sync::local`), and one left out and never brought would never reach
    // the shop.
    let me = w.desk_id().to_owned();
    for row in rows.iter().filter(|r| r.desk == me) {
        send_as_brought(w, &row.id)?;
    }
    let changed: Vec<(Row, String)> = rows
        .into_iter()
        .filter_map(|row| {
            let clean = redact(&row.payload, &row.customer)?;
            (clean != row.payload).then_some((row, clean))
        })
        .collect();
    let text = |payload: &str| EventPayload::from_json(payload).ok().as_ref().and_then(Event::search_text);
    // The index first, then the log, then the index again: each kind of
    // statement in one run, so the search index is not flushed between them.
    for (row, _) in &changed {
        if let Some(words) = text(&row.payload) {
            w.remove_text(EVENT_INDEX, row.seq, vec![words])?;
        }
    }
    w.tx().execute("INSERT OR IGNORE INTO forgetting (one) VALUES (1)", [])?;
    for (row, clean) in &changed {
        let_go(w, &row.payload)?;
        w.tx()
            .prepare_cached("UPDATE events SET payload = ?2 WHERE seq = ?1")?
            .execute(params![row.seq, clean])?;
    }
    w.tx().execute("DELETE FROM forgetting", [])?;
    for (row, clean) in &changed {
        if let Some(words) = text(clean) {
            w.index_text(EVENT_INDEX, row.seq, vec![words], true)?;
        }
    }
    Ok(())
}

/// An event of the log, as forgetting reads it.
struct Row {
    seq: i64,
    customer: String,
    payload: String,
    id: Id,
    desk: String,
}

/// This desk's own event, changed by forgetting, may be on the shop's server
/// already with its words (until the server forgets them too): it is sent as
/// brought work, which the server takes only if it lacks it, never as a
/// correction that would stop this desk's sync.
pub(super) fn send_as_brought(w: &mut Writer<'_>, event_id: &str) -> Result<()> {
    let desk = w.desk_id().to_owned();
    w.tx()
        .prepare_cached("INSERT OR IGNORE INTO carried (event_id, desk_id) VALUES (?1, ?2)")?
        .execute(params![event_id, desk])?;
    Ok(())
}

/// What a forgotten customer's event kept beside the log goes too: its raw
/// mail at once, its attached files once the change is committed.
pub(super) fn let_go(w: &mut Writer<'_>, payload: &str) -> Result<()> {
    for (hash, file) in kept_bytes(payload) {
        w.erase_raw_mail(&hash)?;
        if file {
            w.tx()
                .prepare_cached("INSERT OR IGNORE INTO forgotten_files (hash) VALUES (?1)")?
                .execute([&hash])?;
        }
    }
    note(w, TO_FINISH)
}

/// Notes (desk-local) that work is left for after the commit.
fn note(w: &Writer<'_>, key: &str) -> Result<()> {
    w.tx()
        .prepare_cached("INSERT INTO meta (key, value) VALUES (?1, '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value")?
        .execute([key])?;
    Ok(())
}

/// The contents an event keeps beside the log: the raw mail it was read from
/// (`false`) and the files attached to it (`true`).
fn kept_bytes(payload: &str) -> Vec<(String, bool)> {
    let Ok(value) = serde_json::from_str::<Value>(payload) else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(h) = value.pointer("/mail/raw_hash").and_then(Value::as_str) {
        out.push((h.to_owned(), false));
    }
    for file in value.get("files").and_then(Value::as_array).into_iter().flatten() {
        if let Some(h) = file.get("hash").and_then(Value::as_str) {
            out.push((h.to_owned(), true));
        }
    }
    out
}

/// Overwrites every free page of the database file with zeros: pages freed
/// before (a row moved, an index segment merged away) may still hold a
/// forgotten customer's words. A table of zeros takes them all, and is
/// dropped again (its pages zeroed as they are freed, `secure_delete = ON`).
fn wipe_free_pages(w: &mut Writer<'_>) -> Result<()> {
    let page: i64 = w.tx().query_row("PRAGMA page_size", [], |r| r.get(0))?;
    let free =
        |w: &Writer<'_>| -> Result<i64> { Ok(w.tx().query_row("PRAGMA freelist_count", [], |r| r.get(0))?) };
    if free(w)? == 0 {
        return Ok(());
    }
    w.tx().execute_batch("CREATE TABLE forget_wipe (zeros BLOB NOT NULL)")?;
    // Each row spills over pages taken from the free list (a few bytes of
    // each page are its own bookkeeping); a bounded number of rounds.
    for _ in 0..64 {
        let left = free(w)?;
        if left == 0 {
            break;
        }
        w.tx().execute("INSERT INTO forget_wipe (zeros) VALUES (zeroblob(?1))", [left * (page - 8)])?;
    }
    w.tx().execute_batch("DROP TABLE forget_wipe")?;
    Ok(())
}

/// Every erasure in this desk's log, ready to travel: a restored backup takes
/// them along, so nobody forgotten since it was taken comes back.
pub fn erasures(store: &Store) -> Result<Vec<super::LoggedEvent>> {
    let mut stmt = store.connection().prepare(
        "SELECT seq, id, desk_id, staff_id, at, customer_id, case_id, kind, payload, hlc
         FROM events WHERE kind = ?1 ORDER BY hlc, desk_id, id",
    )?;
    let rows = stmt.query_map([KIND], crate::core::StoredEvent::from_row)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(super::LoggedEvent::from_stored(row?)?);
    }
    Ok(out)
}

impl Store {
    /// An owner forgets a customer ([`Writer::forget_customer`]), and this
    /// desk's files let go of them at once ([`Store::finish_forgetting`]).
    pub fn forget(&mut self, who: &Actor, customer_id: &str, reason: &str) -> Result<Forgotten> {
        let forgotten = self.act(who, None, |w, ctx| w.forget_customer(ctx, customer_id, reason))?;
        self.finish_forgetting()?;
        Ok(forgotten)
    }

    /// The last steps of forgetting, once the change is committed: the
    /// customers' attached files leave the disk, the search indexes are
    /// rewritten without the words taken out, and the write-ahead log is
    /// emptied into the database (whose free space `secure_delete` zeroes),
    /// so no copy of the words is left in any file of this desk. Quick when
    /// there is nothing to do; run after a forget here and after sync.
    pub fn finish_forgetting(&mut self) -> Result<bool> {
        if self.meta_value(TO_FINISH)?.is_none() {
            return Ok(false);
        }
        self.sweep_forgotten_files()?;
        // Everything freed from here on is zeroed, whole pages too.
        self.connection().execute_batch("PRAGMA secure_delete = ON")?;
        let done = self.write(|w| {
            for index in INDEXES {
                w.tx().execute(&format!("INSERT INTO {index} ({index}) VALUES ('optimize')"), [])?;
            }
            wipe_free_pages(w)?;
            w.tx().execute("DELETE FROM meta WHERE key = ?1", [TO_FINISH])?;
            Ok(())
        });
        self.connection().execute_batch("PRAGMA secure_delete = FAST")?;
        done?;
        // With other readers open the log may not empty at once; it does at a
        // later checkpoint, and this runs again after the next forget or sync.
        self.connection().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(true)
    }

    /// How a customer was forgotten, if they were (asked by any of their ids).
    pub fn forgotten(&self, customer_id: &str) -> Result<Option<Forgotten>> {
        let id = crate::customers::current_id(self.connection(), customer_id)?;
        forgotten(self.connection(), &id)
    }
}
