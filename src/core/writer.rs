//! The write path. A feature's action checks its rules, then appends events
//! through [`Writer::append`], which records each in the log and applies it to
//! the current state through the event's own [`Event::apply`], inside the
//! caller's transaction. Nothing is updated in place without an event that says
//! who changed what, and when.

use std::any::Any;
use std::collections::BTreeMap;
use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::event::{Event, EventMeta, Indexed, Origin};
use super::settings::{self, Cache};
use super::settle::{self, SetAsideReason};
use super::{clock, hlc, ids, ChangeSet, Error, Id, Result, Ts};

/// Who is acting and when. `staff_id` is `None` only for work the desk does by
/// itself (seeding the demo shop, adding the very first staff member).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ctx {
    pub staff_id: Option<Id>,
    pub at: Ts,
    /// Whether they proved who they are with their passcode (see `staff::rights`).
    pub proved: bool,
}

impl Ctx {
    pub fn now(staff_id: Option<Id>) -> Ctx {
        Ctx { staff_id, at: clock::now(), proved: false }
    }

    pub fn at(staff_id: Option<Id>, at: Ts) -> Ctx {
        Ctx { staff_id, at: clock::from_ms(clock::to_ms(at)), proved: false }
    }

    pub fn staff(staff_id: &str) -> Ctx {
        Ctx::now(Some(staff_id.to_owned()))
    }

    pub fn proved(self) -> Ctx {
        Ctx { proved: true, ..self }
    }

    pub fn at_ms(&self) -> i64 {
        clock::to_ms(self.at)
    }
}

/// The version a writer's own cache entries are kept under: they live only as
/// long as its transaction, and are dropped explicitly when settings change.
const LOCAL: i64 = -1;

pub struct Writer<'a> {
    pub(super) tx: Transaction<'a>,
    desk_id: &'a str,
    changes: ChangeSet,
    /// The store's cache of parsed settings, read (never written) here: a
    /// transaction that rolls back must not leave its settings behind.
    shared: &'a Cache,
    /// Settings parsed inside this transaction.
    local: Cache,
    /// Search-index rows held back until commit (see [`Writer::defer_search_index`]).
    pub(super) pending_text: Option<BTreeMap<(&'static str, i64), Vec<String>>>,
    /// While an event is applied under a savepoint: what `pending_text` held
    /// before each change, so a rolled-back apply leaves no words behind.
    pub(super) text_journal: Option<Vec<TextUndo>>,
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

/// A search-index row held back, and what it held before a change: undone
/// when the apply that changed it rolls back.
pub(super) type TextUndo = ((&'static str, i64), Option<Vec<String>>);

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
            text_journal: None,
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
        self.refuse_forgotten(customer_id, event.kind())?;
        let payload = serde_json::to_string(event)?;
        let indexed = Indexed::of(event, &meta);
        meta.seq = self.insert_event(&meta, event.kind(), &payload, &indexed)?;
        self.apply_event(&meta, event)?;
        Ok(meta)
    }

    /// Nothing new is written about a forgotten customer (see `shop::forget`):
    /// whoever tries is told, and nothing is written.
    fn refuse_forgotten(&self, customer_id: Option<&str>, kind: &str) -> Result<()> {
        let Some(id) = customer_id.filter(|_| kind != "customer_forgotten") else { return Ok(()) };
        let forgotten: bool = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM forgotten WHERE customer_id = ?1)")?
            .query_row([id], |r| r.get(0))?;
        if forgotten {
            return Err(Error::invalid("customer", msg!("error-privacy-customer-forgotten")));
        }
        Ok(())
    }

    /// Reads the highest clock value from the log again at the next event
    /// (after clock values in the log were changed).
    pub fn forget_highest_hlc(&mut self) {
        self.hlc_highest = None;
    }

    /// The clock value for a new event: above every event this desk holds (its
    /// own and those it received) and not below its clock.
    fn next_hlc(&mut self) -> Result<i64> {
        let now = clock::to_ms(clock::now()) + self.clock_offset_ms;
        let highest = match self.hlc_highest {
            Some(h) => h,
            // A value further ahead of this desk's clock than any server lets
            // through is not followed: one poisoned event must not drag every
            // later one to the end of time (see `hlc::FOLLOW_AHEAD_MS`).
            None => self
                .tx
                .prepare_cached("SELECT coalesce(max(hlc), 0) FROM events WHERE hlc <= ?1")?
                .query_row([hlc::follow_limit(now)], |r| r.get(0))?,
        };
        let value = hlc::next(highest, now);
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

    /// Records an event in the log (its words in the search index, the ids it
    /// creates and the customers it links) without applying it. Returns its
    /// arrival order here. Used by [`Writer::append`] and by the shop's
    /// `receive`, which then applies events in the agreed order.
    pub fn insert_event(
        &mut self,
        meta: &EventMeta,
        kind: &str,
        payload: &str,
        indexed: &Indexed,
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
        // Received events move this desk's clock past them (unless poisoned).
        if let Some(h) = &mut self.hlc_highest {
            if meta.hlc <= hlc::follow_limit(clock::to_ms(clock::now()) + self.clock_offset_ms) {
                *h = (*h).max(meta.hlc);
            }
        }
        self.index_event(meta, seq, indexed)?;
        Ok(seq)
    }

    /// Keeps what the log holds beside an event in the log: its words in the
    /// search index (in step with the log, in the same transaction), the ids
    /// it creates and the customers it links. Also for an event set aside by
    /// an older build, once this one can read it.
    pub fn index_event(&mut self, meta: &EventMeta, seq: i64, indexed: &Indexed) -> Result<()> {
        if let Some(text) = &indexed.search_text {
            self.index_text(
                "INSERT INTO event_text (rowid, body) VALUES (?1, ?2)",
                seq,
                vec![text.clone()],
                true,
            )?;
        }
        if let (Some(customer), Some(other)) = (&meta.customer_id, &indexed.links) {
            settle::link(&self.tx, &meta.id, customer, other)?;
        }
        for id in &indexed.creates {
            settle::created(&self.tx, id, &meta.id, meta.customer_id.as_deref())?;
        }
        Ok(())
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

    /// Applies an event another log wrote (another desk, an export, the log
    /// itself re-derived) so that it never fails because of the event: what
    /// the event cannot do, it does not do. It runs under a savepoint; if its
    /// apply refuses (it names a case that is not its customer's, its payload
    /// makes no sense here), every change it made is rolled back and the event
    /// is noted as set aside, with why. Only a fault of this desk itself (a
    /// full disk, a busy or damaged database) is returned: then the whole
    /// write stops, to be tried again, and nothing is lost.
    pub fn apply_settled<E: Event>(&mut self, meta: &EventMeta, event: &E) -> Result<()> {
        self.tx.prepare_cached("SAVEPOINT apply_settled")?.execute([])?;
        self.text_journal = Some(Vec::new());
        let outcome = self.apply_event(meta, event);
        let journal = self.text_journal.take().unwrap_or_default();
        match outcome {
            Ok(()) => {
                self.tx.prepare_cached("RELEASE apply_settled")?.execute([])?;
                Ok(())
            }
            Err(e) if e.is_desk_fault() => Err(e),
            Err(e) => {
                self.tx.execute_batch("ROLLBACK TO apply_settled; RELEASE apply_settled")?;
                // What the apply kept for this transaction went with it.
                if let Some(pending) = &mut self.pending_text {
                    for (key, before) in journal.into_iter().rev() {
                        match before {
                            Some(values) => pending.insert(key, values),
                            None => pending.remove(&key),
                        };
                    }
                }
                self.scratch.clear();
                self.local = Cache::default();
                let (reason, detail) = settle::why(&e);
                tracing::info!(event = %meta.id, reason = reason.as_str(), "set aside: {detail}");
                self.set_aside(&meta.id, reason, &detail, false)
            }
        }
    }

    /// Notes that an event stays in the log without being applied, and why;
    /// `unread` when this build could not even read its payload.
    pub fn set_aside(
        &mut self,
        event_id: &str,
        reason: SetAsideReason,
        detail: &str,
        unread: bool,
    ) -> Result<()> {
        settle::note(&self.tx, event_id, reason, detail, unread)?;
        self.changes.kind("event_set_aside");
        Ok(())
    }

    /// How many events this desk keeps without applying them.
    pub fn set_aside_count(&self) -> Result<u64> {
        Ok(self.tx.prepare_cached("SELECT count(*) FROM set_aside")?.query_row([], |r| r.get::<_, i64>(0))?
            as u64)
    }

    /// Whether two customers' state is one part (the same customer, or linked
    /// by a merge, its undo, "different people", or an id both created): an
    /// event about one may then touch the other's records.
    pub fn same_part(&self, a: &str, b: &str) -> Result<bool> {
        if a == b {
            return Ok(true);
        }
        settle::linked(&self.tx, a, b)
    }

    /// Checks that a record an event names by id (a promise, an escalation, an
    /// attachment) is in `table` and belongs to the event's customer or one
    /// linked with them; otherwise the event refers to nothing here. `key` is
    /// the table's id column; the table has a `customer_id` column.
    pub fn require_in_part(
        &self,
        table: &'static str,
        key: &'static str,
        id: &str,
        meta: &EventMeta,
    ) -> Result<()> {
        let owner: Option<Option<String>> = self
            .tx
            .prepare_cached(&format!("SELECT customer_id FROM {table} WHERE {key} = ?1"))?
            .query_row([id], |r| r.get(0))
            .optional()?;
        match (owner.flatten(), meta.customer_id.as_deref()) {
            (Some(owner), Some(customer)) if self.same_part(&owner, customer)? => Ok(()),
            _ => Err(Error::refers_to_nothing(msg!("error-core-event-names-unknown-record", table, id))),
        }
    }

    /// Whether the log entry `entry_id` is in `customer`'s part of the history
    /// (its customer, resolved through merges, is linked with them).
    pub fn entry_in_part(&self, entry_id: &str, customer: &str) -> Result<bool> {
        let owner: Option<Option<String>> = self
            .tx
            .prepare_cached("SELECT customer_id FROM events WHERE id = ?1")?
            .query_row([entry_id], |r| r.get(0))
            .optional()?;
        let Some(owner) = owner.flatten() else { return Ok(false) };
        let owner = self.customer_now(Some(&owner))?.unwrap_or(owner);
        self.same_part(&owner, customer)
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
}
