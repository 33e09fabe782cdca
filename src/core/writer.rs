//! The write path. A feature's action checks its rules, then appends events
//! through [`Writer::append`], which records each in the log and applies it to
//! the current state through the event's own [`Event::apply`], inside the
//! caller's transaction. Nothing is updated in place without an event that says
//! who changed what, and when.

use std::any::Any;
use std::collections::BTreeMap;
use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::event::{Event, EventMeta, Origin};
use super::settings::{self, Cache};
use super::{clock, hlc, ids, ChangeSet, Error, Id, Result, Ts};

/// Who is acting and when. `staff_id` is `None` only for work the desk does by
/// itself (seeding the demo shop, adding the very first staff member).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ctx {
    pub staff_id: Option<Id>,
    pub at: Ts,
}

impl Ctx {
    pub fn now(staff_id: Option<Id>) -> Ctx {
        Ctx { staff_id, at: clock::now() }
    }

    pub fn at(staff_id: Option<Id>, at: Ts) -> Ctx {
        Ctx { staff_id, at: clock::from_ms(clock::to_ms(at)) }
    }

    pub fn staff(staff_id: &str) -> Ctx {
        Ctx::now(Some(staff_id.to_owned()))
    }

    pub fn at_ms(&self) -> i64 {
        clock::to_ms(self.at)
    }
}

/// The version a writer's own cache entries are kept under: they live only as
/// long as its transaction, and are dropped explicitly when settings change.
const LOCAL: i64 = -1;

pub struct Writer<'a> {
    tx: Transaction<'a>,
    desk_id: &'a str,
    changes: ChangeSet,
    /// The store's cache of parsed settings, read (never written) here: a
    /// transaction that rolls back must not leave its settings behind.
    shared: &'a Cache,
    /// Settings parsed inside this transaction.
    local: Cache,
    /// Search-index rows held back until commit (see [`Writer::defer_search_index`]).
    pending_text: Option<BTreeMap<(&'static str, i64), Vec<String>>>,
    /// What features keep for the rest of this transaction (rows they just
    /// wrote, so reading them back costs nothing).
    scratch: std::collections::HashMap<std::any::TypeId, Box<dyn Any>>,
    /// The highest clock value in the log, once read in this transaction.
    hlc_highest: Option<i64>,
    /// How far this desk's clock is set from the real time (tests of desks
    /// whose clocks are wrong).
    clock_offset_ms: i64,
    /// Work a feature asked to do once, just before the commit (see
    /// [`Writer::before_commit`]), by name.
    before_commit: Vec<(&'static str, BeforeCommit)>,
}

/// A feature's work to do once, just before its transaction commits.
pub type BeforeCommit = fn(&mut Writer<'_>) -> Result<()>;

impl<'a> Writer<'a> {
    pub(crate) fn new(
        tx: Transaction<'a>,
        desk_id: &'a str,
        shared: &'a Cache,
        clock_offset_ms: i64,
    ) -> Self {
        Writer {
            tx,
            desk_id,
            changes: ChangeSet::default(),
            shared,
            local: Cache::default(),
            pending_text: None,
            scratch: std::collections::HashMap::new(),
            hlc_highest: None,
            clock_offset_ms,
            before_commit: Vec::new(),
        }
    }

    pub(crate) fn commit(mut self) -> Result<ChangeSet> {
        while !self.before_commit.is_empty() {
            let (_, job) = self.before_commit.remove(0);
            job(&mut self)?;
        }
        self.write_pending_text()?;
        self.tx.commit()?;
        Ok(self.changes)
    }

    /// The transaction, for the features' own SQL.
    pub fn tx(&self) -> &Transaction<'a> {
        &self.tx
    }

    /// This desk's id.
    pub fn desk_id(&self) -> &str {
        self.desk_id
    }

    // ----- the log -----------------------------------------------------------

    /// Appends a new event, made at this desk now, and applies it.
    pub fn append<E: Event>(
        &mut self,
        ctx: &Ctx,
        customer_id: Option<&str>,
        case_id: Option<&str>,
        event: &E,
    ) -> Result<EventMeta> {
        self.append_with_id(ctx, &ids::new_id(), customer_id, case_id, event)
    }

    /// Appends a new event under an id the feature derived from what it
    /// records (a received mail's comes from its Message-ID), so recording the
    /// same thing twice, here or at another desk, gives the same event, which
    /// the log then holds once. The caller checks [`Writer::has_event`] first.
    pub fn append_with_id<E: Event>(
        &mut self,
        ctx: &Ctx,
        id: &str,
        customer_id: Option<&str>,
        case_id: Option<&str>,
        event: &E,
    ) -> Result<EventMeta> {
        let mut meta = EventMeta {
            id: id.to_owned(),
            seq: 0,
            hlc: self.next_hlc()?,
            desk_id: self.desk_id.to_owned(),
            staff_id: ctx.staff_id.clone(),
            at: ctx.at_ms(),
            customer_id: customer_id.map(str::to_owned),
            case_id: case_id.map(str::to_owned),
            origin: Origin::Live,
        };
        let payload = serde_json::to_string(event)?;
        meta.seq = self.insert_event(&meta, event.kind(), &payload, event.search_text())?;
        self.apply_event(&meta, event)?;
        Ok(meta)
    }

    /// The clock value for a new event: above every event this desk holds (its
    /// own and those it received) and not below its clock.
    fn next_hlc(&mut self) -> Result<i64> {
        let highest = match self.hlc_highest {
            Some(h) => h,
            None => self
                .tx
                .prepare_cached("SELECT coalesce(max(hlc), 0) FROM events")?
                .query_row([], |r| r.get(0))?,
        };
        let value = hlc::next(highest, clock::to_ms(clock::now()) + self.clock_offset_ms);
        self.hlc_highest = Some(value);
        Ok(value)
    }

    /// Whether the log holds any shop-wide event (about no customer) of this kind.
    pub fn has_shop_event(&self, kind: &str) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM events WHERE customer_id IS NULL AND kind = ?1)")?
            .query_row([kind], |r| r.get(0))?)
    }

    /// Whether the log already holds an event with this id.
    pub fn has_event(&self, id: &str) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)")?
            .query_row([id], |r| r.get(0))?)
    }

    /// Records an event in the log (and its words in the search index) without
    /// applying it. Returns its arrival order here. Used by [`Writer::append`]
    /// and by the shop's `receive`, which then applies events in the agreed order.
    pub fn insert_event(
        &mut self,
        meta: &EventMeta,
        kind: &str,
        payload: &str,
        search_text: Option<String>,
    ) -> Result<i64> {
        if meta.id.trim().is_empty() || meta.desk_id.trim().is_empty() {
            return Err(Error::invalid("events", msg!("error-core-every-event-needs-id-desk")));
        }
        self.tx
            .prepare_cached(
                "INSERT INTO events (id, desk_id, staff_id, at, customer_id, case_id, kind, payload, hlc)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                meta.id,
                meta.desk_id,
                meta.staff_id,
                meta.at,
                meta.customer_id,
                meta.case_id,
                kind,
                payload,
                meta.hlc,
            ])?;
        let seq = self.tx.last_insert_rowid();
        // Received events move this desk's clock past them.
        if let Some(h) = &mut self.hlc_highest {
            *h = (*h).max(meta.hlc);
        }
        // The search index moves in step with the log, in the same transaction.
        if let Some(text) = search_text {
            self.index_text("INSERT INTO event_text (rowid, body) VALUES (?1, ?2)", seq, vec![text], true)?;
        }
        Ok(seq)
    }

    /// Applies an event already in the log to the current state through its
    /// kind's own apply function. An event about a customer who has since been
    /// merged into another is applied to the customer they now are.
    pub fn apply_event<E: Event>(&mut self, meta: &EventMeta, event: &E) -> Result<()> {
        let resolved;
        let meta = match self.customer_now(meta.customer_id.as_deref())? {
            Some(now) => {
                let mut m = meta.clone();
                m.customer_id = Some(now);
                resolved = m;
                &resolved
            }
            None => meta,
        };
        self.changes.kind(event.kind());
        if let Some(c) = &meta.customer_id {
            self.changes.customer(c);
        }
        if let Some(c) = &meta.case_id {
            self.changes.case(c);
        }
        event.apply(self, meta)
    }

    /// The customer an id now stands for, if it was merged into another one.
    pub fn customer_now(&self, id: Option<&str>) -> Result<Option<Id>> {
        let Some(id) = id else { return Ok(None) };
        Ok(self
            .tx
            .prepare_cached("SELECT survivor FROM customer_aliases WHERE alias = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }

    // ----- what changed ------------------------------------------------------

    pub fn note_customer(&mut self, id: &str) {
        self.changes.customer(id);
    }

    pub fn note_case(&mut self, id: &str) {
        self.changes.case(id);
    }

    pub fn note_staff_changed(&mut self) {
        self.changes.staff = true;
    }

    /// Reports a change of a kind that is not an event (a desk-local setting
    /// the window shows), so the window can reload what it concerns.
    pub fn note_kind(&mut self, kind: &str) {
        self.changes.kind(kind);
    }

    pub fn note_settings_changed(&mut self) {
        self.changes.settings = true;
    }

    pub fn note_everything_changed(&mut self) {
        self.changes.everything();
    }

    // ----- parsed settings ---------------------------------------------------

    /// A value parsed from the shop's settings (the calendar and targets, say):
    /// parsed once per settings version, and kept for this transaction.
    pub fn cached<T: Any + Send + Sync>(
        &self,
        load: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<Arc<T>> {
        if let Some(v) = self.local.get::<T>(LOCAL) {
            return Ok(v);
        }
        let version = settings::version(&self.tx)?;
        let value = match self.shared.get::<T>(version) {
            Some(v) => v,
            None => Arc::new(load(&self.tx)?),
        };
        self.local.put(LOCAL, value.clone());
        Ok(value)
    }

    /// A feature's scratch space for this transaction.
    pub fn scratch<T: Any + Default>(&mut self) -> &mut T {
        self.scratch
            .entry(std::any::TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("a scratch entry holds its own type")
    }

    /// Runs `job` once, just before this transaction commits, however often it
    /// is asked for under the same `name`: work that only the transaction's
    /// final state needs (every case measured again after the calendar changed,
    /// say, when a re-derivation applies many calendar changes in a row).
    /// Nothing in the transaction may rely on it having run before then.
    pub fn before_commit(&mut self, name: &'static str, job: BeforeCommit) {
        if !self.before_commit.iter().any(|(n, _)| *n == name) {
            self.before_commit.push((name, job));
        }
    }

    /// Forgets every feature's scratch space, after a write that went round it
    /// (every due time recomputed at once, say).
    pub fn clear_scratch(&mut self) {
        self.scratch.clear();
    }

    /// Drops a parsed value after the settings it came from changed.
    pub fn forget<T: Any>(&self) {
        self.local.forget::<T>();
    }

    // ----- the search index --------------------------------------------------

    /// For bulk writes (imports): the search index is written once, just before
    /// the commit, instead of row by row. Nothing in the transaction may search
    /// after this.
    ///
    /// FTS5 flushes its in-memory index at every statement savepoint, and any
    /// UPDATE with a constraint opens one: in a bulk write, interleaving index
    /// inserts with updates makes thousands of tiny index segments that must then
    /// be merged. Writing them all at the end makes a few large ones.
    pub fn defer_search_index(&mut self) {
        self.pending_text.get_or_insert_with(BTreeMap::new);
    }

    /// Writes one row of a full-text index (`insert` names the table and its
    /// columns; `?1` is the rowid). Unless `fresh`, the row's old entry is
    /// removed first.
    pub fn index_text(
        &mut self,
        insert: &'static str,
        rowid: i64,
        values: Vec<String>,
        fresh: bool,
    ) -> Result<()> {
        let pending_here = self.pending_text.as_ref().is_some_and(|p| p.contains_key(&(insert, rowid)));
        if !fresh && !pending_here {
            let table = fts_table(insert)?;
            self.tx.prepare_cached(&format!("DELETE FROM {table} WHERE rowid = ?1"))?.execute([rowid])?;
        }
        match &mut self.pending_text {
            Some(p) => {
                p.insert((insert, rowid), values);
            }
            None => insert_text(&self.tx, insert, rowid, &values)?,
        }
        Ok(())
    }

    /// Removes one row from a full-text index (`insert` names the table as for
    /// [`Writer::index_text`]); `values` are the row's indexed text as it was
    /// written, which an index that keeps no copy of its text (contentless)
    /// needs to find it; empty for an index that keeps its text.
    pub fn remove_text(&mut self, insert: &'static str, rowid: i64, values: Vec<String>) -> Result<()> {
        if let Some(p) = &mut self.pending_text {
            if p.remove(&(insert, rowid)).is_some() {
                return Ok(());
            }
        }
        let table = fts_table(insert)?;
        if values.is_empty() {
            self.tx.prepare_cached(&format!("DELETE FROM {table} WHERE rowid = ?1"))?.execute([rowid])?;
            return Ok(());
        }
        let marks = (0..values.len()).map(|i| format!(", ?{}", i + 2)).collect::<String>();
        let columns = insert
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(cols, _)| cols.trim())
            .ok_or_else(|| Error::Internal(format!("not an index insert: {insert}")))?;
        let sql = format!("INSERT INTO {table} ({table}, {columns}) VALUES ('delete', ?1{marks})");
        insert_text(&self.tx, &sql, rowid, &values)
    }

    fn write_pending_text(&mut self) -> Result<()> {
        let Some(pending) = self.pending_text.take() else { return Ok(()) };
        for ((insert, rowid), values) in &pending {
            insert_text(&self.tx, insert, *rowid, values)?;
        }
        Ok(())
    }
}

fn insert_text(tx: &Connection, insert: &str, rowid: i64, values: &[String]) -> Result<()> {
    let mut stmt = tx.prepare_cached(insert)?;
    let mut args: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(values.len() + 1);
    args.push(&rowid);
    for v in values {
        args.push(v);
    }
    stmt.execute(args.as_slice())?;
    Ok(())
}

/// The table an `INSERT INTO table (...)` statement writes to.
fn fts_table(insert: &str) -> Result<&str> {
    insert
        .strip_prefix("INSERT INTO ")
        .and_then(|rest| rest.split_whitespace().next())
        .ok_or_else(|| Error::Internal(format!("not an index insert: {insert}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_table_is_read_from_its_insert() {
        assert_eq!(fts_table("INSERT INTO case_text (rowid, subject) VALUES (?1, ?2)").unwrap(), "case_text");
        assert!(fts_table("DELETE FROM x").is_err(), "anything else is a bug, said as such");
    }
}
