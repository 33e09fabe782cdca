//! Events from other logs (another desk, through sync; an export) join this
//! desk's history here, and current state stays what applying the whole log in
//! the agreed order, (hlc, desk id, event id), to an empty database gives.
//!
//! The current state falls apart into independent parts: each customer
//! (together with every customer a merge or a "different people" answer ever
//! linked them to) with all their cases, promises, complaints, escalations and
//! scores; and the shop's own part, the staff list and settings. No event of
//! one part reads another part's state, except due times, which always follow
//! the current calendar and targets whatever order they came in.
//!
//! So a batch is received part by part. Where every new event of a part sorts
//! after everything already applied to it, the new events are simply applied
//! in order. Where one sorts before (it was written at a desk that was offline,
//! or whose clock is behind), that part is forgotten and its events applied
//! again, from the first, in order. Either way the part ends as the sorted log
//! makes it.

use crate::msg;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::{forget, EventPayload, LoggedEvent};
use crate::core::hlc::OrderKey;
use crate::core::{clock, settle, Error, EventMeta, Id, Indexed, Origin, Result, Writer};
use crate::customers::CustomerEvent;
use crate::duplicates::DuplicateEvent;

/// What receiving a batch did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Received {
    pub added: u64,
    pub already_there: u64,
    /// Customers whose events were applied again from the first, because
    /// events arrived that sort before ones already applied to them.
    pub customers_rederived: u64,
    /// Whether the staff list and settings were applied again from the first.
    pub shop_rederived: bool,
    /// Events kept but not applied: a kind this build does not know, a
    /// payload it cannot read (see `core::settle`).
    pub set_aside: u64,
    /// The highest clock value among the events added.
    pub highest_hlc: i64,
}

/// The independent parts of the current state.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Part {
    /// The staff list and the settings: events about no customer.
    Shop,
    /// Customers linked by merges (named by the smallest id among them).
    Customers(Id),
}

/// Which customers merges and "different people" answers have linked.
pub(super) struct Links {
    parent: HashMap<Id, Id>,
    /// Every linked customer by the root of their group.
    groups: HashMap<Id, Vec<Id>>,
}

/// Every merge and undo, for taking merges back.
/// The kinds list is the `events_linking_customers` index's own (SQLite uses
/// a partial index only for its exact condition); `not_duplicates` rows are
/// left out after reading.
const LINKING: &str = "SELECT id, hlc, desk_id, kind, customer_id, json_extract(payload, '$.other'),
        json_extract(payload, '$.merge_id')
     FROM events WHERE kind IN ('customers_merged', 'merge_undone', 'not_duplicates')";

struct Linking {
    key: OrderKey,
    kind: String,
    customer: Option<Id>,
    other: Option<Id>,
    merge_id: Option<Id>,
}

fn linking(conn: &Connection) -> Result<Vec<Linking>> {
    let mut stmt = conn.prepare_cached(LINKING)?;
    let rows = stmt.query_map([], |r| {
        Ok(Linking {
            key: OrderKey { id: r.get(0)?, hlc: r.get(1)?, desk_id: r.get(2)? },
            kind: r.get(3)?,
            customer: r.get(4)?,
            other: r.get(5)?,
            merge_id: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Links {
    /// Customers linked by a merge, its undo, "different people", or an id
    /// both created (see `core::settle`).
    pub(super) fn load(conn: &Connection) -> Result<Links> {
        let mut links = Links { parent: HashMap::new(), groups: HashMap::new() };
        let mut stmt = conn.prepare_cached("SELECT customer_id, other FROM part_links")?;
        let pairs = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for pair in pairs {
            let (a, b) = pair?;
            links.union(&a, &b);
        }
        let mut groups: HashMap<Id, Vec<Id>> = HashMap::new();
        for id in links.parent.keys() {
            groups.entry(links.find(id)).or_default().push(id.clone());
        }
        for members in groups.values_mut() {
            members.sort();
        }
        links.groups = groups;
        Ok(links)
    }

    fn find(&self, id: &str) -> Id {
        let mut at = id;
        while let Some(p) = self.parent.get(at) {
            if p == at {
                break;
            }
            at = p;
        }
        at.to_owned()
    }

    fn union(&mut self, a: &str, b: &str) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent.insert(child, root.clone());
            self.parent.entry(root.clone()).or_insert(root);
        }
    }

    pub(super) fn part(&self, customer: Option<&str>) -> Part {
        match customer {
            None => Part::Shop,
            Some(c) => Part::Customers(self.find(c)),
        }
    }

    /// Every customer linked with `id`, itself included.
    pub(super) fn members(&self, id: &str) -> Vec<Id> {
        self.groups.get(&self.find(id)).cloned().unwrap_or_else(|| vec![id.to_owned()])
    }
}

fn key_of(meta: &EventMeta) -> OrderKey {
    OrderKey { hlc: meta.hlc, desk_id: meta.desk_id.clone(), id: meta.id.clone() }
}

impl LoggedEvent {
    /// The event as the log row it becomes here.
    fn meta(&self, origin: Origin) -> Result<EventMeta> {
        let hlc = self.hlc.ok_or_else(|| {
            Error::invalid("events", msg!("error-shop-event-has-no-clock-value", id = self.id))
        })?;
        Ok(EventMeta {
            id: self.id.clone(),
            seq: 0,
            hlc,
            desk_id: self.desk_id.clone(),
            staff_id: self.staff_id.clone(),
            at: clock::to_ms(self.at),
            customer_id: self.customer_id.clone(),
            case_id: self.case_id.clone(),
            origin,
        })
    }
}

/// The last event of the log in the agreed order, if any.
fn top_key(conn: &Connection) -> Result<Option<OrderKey>> {
    Ok(conn
        .prepare_cached(
            "SELECT hlc, desk_id, id FROM events ORDER BY hlc DESC, desk_id DESC, id DESC LIMIT 1",
        )?
        .query_row([], |r| Ok(OrderKey { hlc: r.get(0)?, desk_id: r.get(1)?, id: r.get(2)? }))
        .optional()?)
}

/// Whether a part already holds an event (from before this batch) that sorts
/// after `key`.
fn has_later(conn: &Connection, part: &Part, links: &Links, key: &OrderKey, before_seq: i64) -> Result<bool> {
    const LATER: &str = "(hlc, desk_id, id) > (?1, ?2, ?3) AND seq < ?4)";
    match part {
        Part::Shop => Ok(conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM events WHERE customer_id IS NULL AND {LATER}"
            ))?
            .query_row(params![key.hlc, key.desk_id, key.id, before_seq], |r| r.get(0))?),
        Part::Customers(root) => {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM events WHERE customer_id = ?5 AND {LATER}"
            ))?;
            for member in links.members(root) {
                if stmt.query_row(params![key.hlc, key.desk_id, key.id, before_seq, member], |r| r.get(0))? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

impl Writer<'_> {
    /// Adds events from another log and applies them so that the current state
    /// is what the sorted log gives (see the module's notes). Events already in
    /// the log are skipped. `origin` says whether they are news here (another
    /// desk's work, just shared) or history (an export, a desk joining).
    pub fn receive(&mut self, batch: &[LoggedEvent], origin: Origin) -> Result<Received> {
        let mut forgets: Vec<(EventMeta, Vec<Id>)> = Vec::new();
        for ev in batch.iter().filter(|e| e.payload.as_str().contains(forget::KIND)) {
            if let Ok(EventPayload::Customers(CustomerEvent::CustomerForgotten { ids, .. })) = ev.decode() {
                if !self.has_event(&ev.id)? && !forgets.iter().any(|(m, _)| m.id == ev.id) {
                    forgets.push((ev.meta(origin)?, ids));
                }
            }
        }
        let report = self.receive_in_order(batch, origin)?;
        // A forget is settled once the batch is in: judged with every staff
        // change that came with it, and its part derived again without the
        // person's words.
        for (meta, ids) in forgets {
            self.settle_forget(&meta, &ids)?;
        }
        if report.added > 0 && batch.iter().any(|e| e.kind() == "targets_changed") {
            super::judged::after_targets(self)?;
        }
        Ok(report)
    }

    fn receive_in_order(&mut self, batch: &[LoggedEvent], origin: Origin) -> Result<Received> {
        let mut report = Received::default();
        // The search index is written once, at commit: nothing here searches.
        self.defer_search_index();
        let top = top_key(self.tx())?;
        let mut fresh: Vec<(EventMeta, Option<EventPayload>)> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for ev in batch {
            if !seen.insert(ev.id.as_str()) || self.has_event(&ev.id)? {
                report.already_there += 1;
                continue;
            }
            let mut meta = ev.meta(origin)?;
            // About a customer forgotten here: logged without their words.
            let forgotten = forget::on_arrival(self, &meta, ev.payload.as_str())?;
            if forgotten.is_some() && meta.desk_id == self.desk_id() {
                forget::send_as_brought(self, &meta.id)?;
            }
            let clean = forgotten.flatten();
            if clean.is_some() {
                forget::let_go(self, ev.payload.as_str())?;
            }
            let text = clean.as_deref().unwrap_or(ev.payload.as_str());
            // Read once here; an event this build cannot read is still kept,
            // in its place, and set aside (see `core::settle`).
            let (kind, indexed, payload) = match EventPayload::from_json(text) {
                Ok(p) => (crate::core::Event::kind(&p).to_owned(), Indexed::of(&p, &meta), Ok(p)),
                Err(e) => (ev.kind(), Indexed::default(), Err(e)),
            };
            meta.seq = self.insert_event(&meta, &kind, text, &indexed)?;
            report.highest_hlc = report.highest_hlc.max(meta.hlc);
            let payload = match payload {
                Ok(p) => Some(p),
                Err(e) => {
                    let (reason, detail) = settle::why(&e);
                    self.set_aside(&meta.id, reason, &detail, true)?;
                    report.set_aside += 1;
                    None
                }
            };
            fresh.push((meta, payload));
        }
        report.added = fresh.len() as u64;
        let Some(first_seq) = fresh.iter().map(|(m, _)| m.seq).min() else { return Ok(report) };
        fresh.sort_by_key(|(m, _)| key_of(m));
        // The usual case, online or joining: everything new sorts after
        // everything held. No part can be behind.
        if top.as_ref().is_none_or(|t| key_of(&fresh[0].0) > *t) {
            for (meta, payload) in &fresh {
                if let Some(p) = payload {
                    self.apply_settled(meta, p)?;
                }
            }
            return Ok(report);
        }

        let links = Links::load(self.tx())?;
        let mut earliest: BTreeMap<Part, OrderKey> = BTreeMap::new();
        for (meta, _) in &fresh {
            earliest.entry(links.part(meta.customer_id.as_deref())).or_insert_with(|| key_of(meta));
        }
        let mut behind: HashSet<Part> = HashSet::new();
        for (part, key) in &earliest {
            if has_later(self.tx(), part, &links, key, first_seq)? {
                behind.insert(part.clone());
            }
        }
        // A change to the staff list before a customer's event that was judged
        // by it (closing an escalation, erasing a file): that judgement is
        // made again, after the shop's part.
        let staff_change = fresh
            .iter()
            .filter(|(m, p)| m.customer_id.is_none() && matches!(p, Some(EventPayload::Staff(_))))
            .map(|(m, _)| key_of(m))
            .min();
        if let Some(key) = staff_change {
            if super::judged::judged_after(self.tx(), &key)? {
                behind.insert(Part::Shop);
            }
        }
        let news = Some((first_seq, origin));
        if behind.contains(&Part::Shop) {
            // The parts it applied again are behind too: their new events are in.
            behind.extend(rederive_shop(self, news)?);
            report.shop_rederived = true;
        }
        // The shop's new events go first: a customer's part applied again
        // next reads what they settle (a targets change, who may do what) by
        // their place in the order, and must not find one in the log that
        // has not been judged yet.
        let shop_first = |(meta, _): &&(EventMeta, Option<EventPayload>)| meta.customer_id.is_none();
        if !behind.contains(&Part::Shop) {
            for (meta, payload) in fresh.iter().filter(shop_first) {
                if let Some(p) = payload {
                    self.apply_settled(meta, p)?;
                }
            }
        }
        for part in &behind {
            if let Part::Customers(root) = part {
                let members = links.members(root);
                report.customers_rederived += members.len() as u64;
                rederive_customers(self, &members, None, news)?;
            }
        }
        for (meta, payload) in fresh.iter().filter(|e| !shop_first(e)) {
            if !behind.contains(&links.part(meta.customer_id.as_deref())) {
                if let Some(p) = payload {
                    self.apply_settled(meta, p)?;
                }
            }
        }
        Ok(report)
    }
}

/// Merges taken back by an undo that sorts no later than `upto`: the merge the
/// undo names, and every merge of the same two records before the undo (made
/// at two desks at once, say). Only undos and merges of these linked
/// customers count: an undo never reaches into another part of the state.
fn void_merges(conn: &Connection, upto: Option<&OrderKey>, members: &[Id]) -> Result<HashSet<Id>> {
    let ours =
        |l: &Linking| l.kind != "not_duplicates" && l.customer.as_ref().is_some_and(|c| members.contains(c));
    let all: Vec<Linking> = linking(conn)?.into_iter().filter(ours).collect();
    let merges: Vec<&Linking> = all.iter().filter(|l| l.kind == "customers_merged").collect();
    let pair = |l: &Linking| {
        let (a, b) = (l.customer.clone().unwrap_or_default(), l.other.clone().unwrap_or_default());
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    };
    let mut void = HashSet::new();
    for undo in all.iter().filter(|l| l.kind == "merge_undone" && upto.is_none_or(|u| l.key <= *u)) {
        let Some(named) = merges.iter().find(|m| Some(&m.key.id) == undo.merge_id.as_ref()) else { continue };
        let named_pair = pair(named);
        for m in &merges {
            if m.key < undo.key && pair(m) == named_pair {
                void.insert(m.key.id.clone());
            }
        }
    }
    Ok(void)
}

/// One event as read back from the log.
struct Logged {
    meta: EventMeta,
    kind: String,
    payload: String,
}

fn read_events(conn: &Connection, sql: &str, args: impl rusqlite::Params) -> Result<Vec<Logged>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(args, |r| {
        Ok(Logged {
            meta: EventMeta {
                seq: r.get(0)?,
                id: r.get(1)?,
                hlc: r.get(2)?,
                desk_id: r.get(3)?,
                staff_id: r.get(4)?,
                at: r.get(5)?,
                customer_id: r.get(6)?,
                case_id: r.get(7)?,
                origin: Origin::Replay,
            },
            kind: r.get(8)?,
            payload: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const EVENT_COLUMNS: &str =
    "SELECT seq, id, hlc, desk_id, staff_id, at, customer_id, case_id, kind, payload FROM events";

/// Applies logged events again, in the agreed order. Events added in this
/// batch (`news`: from which arrival on, and as what) keep their origin, so a
/// handoff just shared is still news; the rest are history. Each is applied
/// as received events are: what it cannot do it does not do, and is set aside.
fn apply_again(
    w: &mut Writer<'_>,
    mut events: Vec<Logged>,
    void: &HashSet<Id>,
    news: Option<(i64, Origin)>,
) -> Result<()> {
    events.sort_by_key(|e| key_of(&e.meta));
    let ids: Vec<&str> = events.iter().map(|e| e.meta.id.as_str()).collect();
    settle::clear(w.tx(), &ids)?;
    for mut e in events {
        if e.kind == "merge_undone" || void.contains(&e.meta.id) {
            continue;
        }
        if let Some((from, origin)) = news {
            if e.meta.seq >= from {
                e.meta.origin = origin;
            }
        }
        match EventPayload::from_json(&e.payload) {
            Ok(payload) => w.apply_settled(&e.meta, &payload)?,
            Err(err) => {
                let (reason, detail) = settle::why(&err);
                w.set_aside(&e.meta.id, reason, &detail, true)?;
            }
        }
    }
    Ok(())
}

/// Forgets these customers' current state and applies their events again,
/// in order, up to `upto` (all of them if `None`), leaving out merges that
/// were undone.
pub(super) fn rederive_customers(
    w: &mut Writer<'_>,
    members: &[Id],
    upto: Option<&OrderKey>,
    news: Option<(i64, Origin)>,
) -> Result<()> {
    // Rows are deleted and written again; references are checked at commit.
    w.tx().execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let cases_before = case_ids(w.tx(), members)?;
    // Later features first: they build on the earlier ones.
    for feature in super::FEATURES.iter().rev() {
        feature.forget_customers(w, members)?;
    }
    let mut events = Vec::new();
    for id in members {
        let sql = format!("{EVENT_COLUMNS} WHERE customer_id = ?1");
        events.extend(read_events(w.tx(), &sql, [id])?);
    }
    if let Some(u) = upto {
        events.retain(|e| key_of(&e.meta) <= *u);
    }
    let void = void_merges(w.tx(), upto, members)?;
    apply_again(w, events, &void, news)?;
    crate::tell::tidy_inbox(w, &cases_before)?;
    w.note_everything_changed();
    Ok(())
}

/// The cases these customers hold now.
fn case_ids(conn: &Connection, members: &[Id]) -> Result<Vec<Id>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM cases WHERE customer_id = ?1")?;
    let mut out = Vec::new();
    for m in members {
        for id in stmt.query_map([m], |r| r.get::<_, String>(0))? {
            out.push(id?);
        }
    }
    Ok(out)
}

/// Forgets what the shop's own events built (each feature's `forget_shop`:
/// the staff list, hours and targets, root causes, saved replies) and the
/// settings they wrote, and applies those events again, in order. Settings no
/// event ever set stay. Then applies again the customers' parts that hold
/// events judged by the shop's part. Answers those parts.
pub(super) fn rederive_shop(w: &mut Writer<'_>, news: Option<(i64, Origin)>) -> Result<HashSet<Part>> {
    w.tx().execute_batch("PRAGMA defer_foreign_keys = ON")?;
    for feature in super::FEATURES {
        if let Some(forget) = feature.forget_shop {
            forget(w)?;
        }
    }
    super::judged::reset_shop_settings(w)?;
    let events = read_events(w.tx(), &format!("{EVENT_COLUMNS} WHERE customer_id IS NULL"), [])?;
    apply_again(w, events, &HashSet::new(), news)?;
    // Settings an event set aside this time no longer hold: every open case's
    // due time and the reports' measures follow what stands now.
    crate::cases::clock::recompute_due_times(w)?;
    crate::cases::clock::rehold_all(w)?;
    crate::cases::clock::remeasure_at_commit(w);
    let links = Links::load(w.tx())?;
    let mut judged: HashSet<Part> = HashSet::new();
    for kind in super::judged::judged_in_parts() {
        let customers: Vec<String> = w
            .tx()
            .prepare_cached(
                "SELECT DISTINCT customer_id FROM events WHERE kind = ?1 AND customer_id IS NOT NULL",
            )?
            .query_map([kind], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for c in customers {
            judged.insert(links.part(Some(&c)));
        }
    }
    for part in &judged {
        if let Part::Customers(root) = part {
            rederive_customers(w, &links.members(root), None, news)?;
        }
    }
    w.note_staff_changed();
    w.note_settings_changed();
    w.note_everything_changed();
    Ok(judged)
}

/// After an undo is applied: both customers (and all linked to them) as the
/// log up to the undo, without the merge, makes them.
pub(super) fn after_undo(w: &mut Writer<'_>, meta: &EventMeta, event: &DuplicateEvent) -> Result<()> {
    let links = Links::load(w.tx())?;
    let mut members: BTreeSet<Id> = BTreeSet::new();
    for id in [meta.customer_id.as_deref().unwrap_or_default(), event.other()] {
        members.extend(links.members(id));
    }
    let members: Vec<Id> = members.into_iter().filter(|m| !m.is_empty()).collect();
    rederive_customers(w, &members, Some(&key_of(meta)), None)
}

/// Events set aside by another build of this desk are tried again: a kind it
/// did not know, a payload it could not read. Each part they belong to is
/// derived again from the first, so they apply in their place. Returns how
/// many events were tried.
pub fn retry_set_aside(w: &mut Writer<'_>) -> Result<u64> {
    let sql = format!("{EVENT_COLUMNS} WHERE id IN (SELECT event_id FROM set_aside WHERE noted_by <> ?1)");
    let rows = read_events(w.tx(), &sql, [settle::build()])?;
    if rows.is_empty() {
        return Ok(0);
    }
    w.defer_search_index();
    // What an older build could not read beside them is kept now: their
    // words for search, the ids they create, the customers they link.
    for e in &rows {
        if let Ok(payload) = EventPayload::from_json(&e.payload) {
            let unread: bool = w
                .tx()
                .prepare_cached("SELECT unread FROM set_aside WHERE event_id = ?1")?
                .query_row([&e.meta.id], |r| r.get(0))?;
            if unread {
                w.index_event(&e.meta, e.meta.seq, &Indexed::of(&payload, &e.meta))?;
            }
        }
    }
    let links = Links::load(w.tx())?;
    let parts: BTreeSet<Part> = rows.iter().map(|e| links.part(e.meta.customer_id.as_deref())).collect();
    for part in &parts {
        match part {
            Part::Shop => drop(rederive_shop(w, None)?),
            Part::Customers(root) => rederive_customers(w, &links.members(root), None, None)?,
        }
    }
    Ok(rows.len() as u64)
}
