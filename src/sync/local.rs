//! The desk's side of sync: which of its events the server has not yet
//! acknowledged, and receiving what was pulled together with the pull cursor.
//! The cursors are desk-local (the `meta` table), never part of the history.

use std::future::Future;

use rusqlite::params;

use super::Relayed;
use crate::core::db::Db;
use crate::core::{clock, Origin, Result, Store, StoredEvent};
use crate::shop::{LoggedEvent, Received};

/// The last arrival (this desk's `seq`) of its own events the server acknowledged.
const PUSHED: &str = "sync.pushed_seq";
/// The server position of the last event pulled and applied here.
const PULLED: &str = "sync.pulled_position";

/// Events of one other desk this desk holds for the shop's server (they came
/// with an import).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct CarriedCount {
    pub desk_id: String,
    #[ts(type = "number")]
    pub count: u64,
}

/// Events this desk wrote that the server has not acknowledged, oldest first,
/// with the arrival order of the last.
#[derive(Clone, Debug, Default)]
pub struct Unsent {
    pub events: Vec<LoggedEvent>,
    pub last_seq: i64,
}

/// This desk's own events that forgetting changed (see `shop::forget`): the
/// server may hold them with their words, so they go as brought work, which
/// the server takes only if it lacks them; never in a push of the desk's own,
/// where a copy that differs from the server's would stop the sync.
const SENT_AS_BROUGHT: &str = "(EXISTS (SELECT 1 FROM carried c WHERE c.event_id = e.id)
    OR e.kind <> 'customer_forgotten' AND (EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = e.customer_id)
        OR EXISTS (SELECT 1 FROM part_links l JOIN forgotten f ON f.customer_id = l.other WHERE l.event_id = e.id)))";

fn cursor(store: &Store, key: &str) -> Result<i64> {
    Ok(store.meta_value(key)?.and_then(|v| v.parse().ok()).unwrap_or(0))
}

fn pushed_cursor(conn: &rusqlite::Connection) -> Result<i64> {
    let value: Option<String> = rusqlite::OptionalExtension::optional(conn.query_row(
        "SELECT value FROM meta WHERE key = ?1",
        [PUSHED],
        |r| r.get(0),
    ))?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(0))
}

fn set_cursor(conn: &rusqlite::Connection, key: &str, value: i64) -> Result<()> {
    // Never backwards: two programs syncing one database must not undo each other.
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE CAST(meta.value AS INTEGER) < ?2",
        params![key, value.to_string()],
    )?;
    Ok(())
}

impl Store {
    /// Up to `limit` of this desk's own events the server has not acknowledged.
    pub fn unsent(&self, limit: usize) -> Result<Unsent> {
        let after = cursor(self, PUSHED)?;
        self.events_from(after, Some(&self.desk_id_now()?), limit)
    }

    /// Up to `limit` events of any desk that arrived here after `seq`, in
    /// arrival order: the first desk's whole history, uploaded in pieces.
    pub fn events_after(&self, seq: i64, limit: usize) -> Result<Unsent> {
        self.events_from(seq, None, limit)
    }

    fn events_from(&self, after: i64, desk: Option<&str>, limit: usize) -> Result<Unsent> {
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT seq, id, desk_id, staff_id, at, customer_id, case_id, kind, payload, hlc FROM events e
                 WHERE seq > ?1 AND (?2 IS NULL OR desk_id = ?2 AND NOT {SENT_AS_BROUGHT})
                 ORDER BY seq LIMIT ?3"
        ))?;
        let mut rows = stmt.query(params![after, desk, limit as i64])?;
        let mut out = Unsent::default();
        while let Some(r) = rows.next()? {
            let e = StoredEvent::from_row(r)?;
            out.last_seq = e.seq;
            out.events.push(LoggedEvent::from_stored(e)?);
        }
        Ok(out)
    }

    /// How many of this desk's own events wait to be sent.
    pub fn unsent_count(&self) -> Result<u64> {
        let after = cursor(self, PUSHED)?;
        let n: i64 = self.connection().query_row(
            &format!(
                "SELECT count(*) FROM events e WHERE seq > ?1 AND desk_id = ?2 AND NOT {SENT_AS_BROUGHT}"
            ),
            params![after, self.desk_id_now()?],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Records that the server committed this desk's events up to `seq`.
    pub fn mark_pushed(&mut self, seq: i64) -> Result<()> {
        set_cursor(self.connection(), PUSHED, seq)
    }

    /// The arrival order up to which the server holds all of this desk's events.
    pub fn pushed_seq(&self) -> Result<i64> {
        cursor(self, PUSHED)
    }

    /// The server position of the last event pulled here.
    pub fn pulled_position(&self) -> Result<i64> {
        cursor(self, PULLED)
    }

    /// Applies pulled events and moves the pull cursor past them, in one
    /// transaction: killed halfway, the desk has neither.
    pub fn receive_pulled(&mut self, batch: &[Relayed], origin: Origin) -> Result<Received> {
        let Some(last) = batch.iter().map(|r| r.position).max() else { return Ok(Received::default()) };
        let events: Vec<LoggedEvent> = batch.iter().map(|r| r.event.clone()).collect();
        self.write(|w| {
            // With nothing of its own waiting, the push cursor moves past what
            // arrives, so counting what waits never reads the shop's history
            // (and this desk's own events coming back from the server, after a
            // restore, are not "waiting": the server sent them).
            let me = w.desk_id().to_owned();
            let waiting: bool = w.tx().query_row(
                "SELECT EXISTS (SELECT 1 FROM events WHERE seq > ?1 AND desk_id = ?2)",
                params![pushed_cursor(w.tx())?, me],
                |r| r.get(0),
            )?;
            crate::shop::take_servers_places(w, &events)?;
            let got = w.receive(&events, origin)?;
            set_cursor(w.tx(), PULLED, last)?;
            if !waiting {
                let top: i64 =
                    w.tx().query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| r.get(0))?;
                set_cursor(w.tx(), PUSHED, top)?;
            }
            Ok(got)
        })
        .and_then(|got| {
            // A customer forgotten at another desk leaves no copy of their
            // words in this desk's files either.
            self.finish_forgetting()?;
            Ok(got)
        })
    }

    /// Gives this desk's unsent events from `from` on new clock values, not
    /// before the server's clock (`server_ms`), after the server refused
    /// `from` as too far ahead; later events use the server's clock too while
    /// this store is open. Events before `from` may be on the server already
    /// (an acknowledgement lost) and keep theirs. See
    /// [`crate::shop::restamp_unsent`].
    pub fn restamp_unsent(&mut self, server_ms: i64, from: &str) -> Result<u64> {
        let pushed = cursor(self, PUSHED)?;
        let seq: Option<i64> = rusqlite::OptionalExtension::optional(self.connection().query_row(
            "SELECT seq FROM events WHERE id = ?1 AND desk_id = ?2",
            params![from, self.desk_id_now()?],
            |r| r.get(0),
        ))?;
        // Not this desk's unsent event (a server of another mind): from the first unsent.
        let after = seq.map_or(pushed, |s| (s - 1).max(pushed));
        let ahead = clock::to_ms(clock::now()) - server_ms;
        self.set_clock_offset(-ahead);
        self.write(|w| crate::shop::restamp_unsent(w, after, server_ms))
    }

    /// Up to `limit` of the events of other desks this desk holds for the
    /// shop (they came with an import), in the log's order, after `after`
    /// (an event id; `None` from the first).
    pub fn carried(&self, after: Option<&str>, limit: usize) -> Result<Vec<LoggedEvent>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT e.seq, e.id, e.desk_id, e.staff_id, e.at, e.customer_id, e.case_id, e.kind, e.payload, e.hlc
             FROM carried c JOIN events e ON e.id = c.event_id
             WHERE e.seq > coalesce((SELECT seq FROM events WHERE id = ?1), 0)
             ORDER BY e.seq LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![after, limit as i64])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(LoggedEvent::from_stored(StoredEvent::from_row(r)?)?);
        }
        Ok(out)
    }

    /// Stops carrying these events: the server has them, or never will.
    pub fn carried_done(&mut self, ids: &[String]) -> Result<()> {
        let tx = self.connection_mut().transaction()?;
        {
            let mut stmt = tx.prepare_cached("DELETE FROM carried WHERE event_id = ?1")?;
            for id in ids {
                stmt.execute([id])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// How many events of other desks this desk holds for the shop, by desk.
    pub fn carried_count(&self) -> Result<Vec<CarriedCount>> {
        let mut stmt = self
            .connection()
            .prepare_cached("SELECT desk_id, count(*) FROM carried GROUP BY desk_id ORDER BY desk_id")?;
        let rows = stmt
            .query_map([], |r| Ok(CarriedCount { desk_id: r.get(0)?, count: r.get::<_, i64>(1)? as u64 }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Forgets both cursors (the desk leaves its shop or joins another).
    pub fn reset_sync_cursors(&mut self) -> Result<()> {
        self.connection().execute("DELETE FROM meta WHERE key IN (?1, ?2)", [PUSHED, PULLED])?;
        Ok(())
    }
}

/// Where the desk's history lives, as the sync engine uses it: a [`Store`]
/// (the CLI, tests) or the app's [`Db`] with its one writer thread.
pub trait Local: Send {
    fn unsent(&mut self, limit: usize) -> impl Future<Output = Result<Unsent>> + Send;
    fn mark_pushed(&mut self, seq: i64) -> impl Future<Output = Result<()>> + Send;
    fn restamp_unsent(&mut self, server_ms: i64, from: String) -> impl Future<Output = Result<u64>> + Send;
    fn pulled_position(&mut self) -> impl Future<Output = Result<i64>> + Send;
    fn receive_pulled(
        &mut self,
        batch: Vec<Relayed>,
        origin: Origin,
    ) -> impl Future<Output = Result<Received>> + Send;
    fn carried(
        &mut self,
        after: Option<String>,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<LoggedEvent>>> + Send;
    fn carried_done(&mut self, ids: Vec<String>) -> impl Future<Output = Result<()>> + Send;
    fn restamp_carried(
        &mut self,
        ids: Vec<String>,
        server_ms: i64,
    ) -> impl Future<Output = Result<u64>> + Send;
}

impl Local for Store {
    async fn unsent(&mut self, limit: usize) -> Result<Unsent> {
        Store::unsent(self, limit)
    }

    async fn mark_pushed(&mut self, seq: i64) -> Result<()> {
        Store::mark_pushed(self, seq)
    }

    async fn restamp_unsent(&mut self, server_ms: i64, from: String) -> Result<u64> {
        Store::restamp_unsent(self, server_ms, &from)
    }

    async fn pulled_position(&mut self) -> Result<i64> {
        Store::pulled_position(self)
    }

    async fn receive_pulled(&mut self, batch: Vec<Relayed>, origin: Origin) -> Result<Received> {
        Store::receive_pulled(self, &batch, origin)
    }

    async fn carried(&mut self, after: Option<String>, limit: usize) -> Result<Vec<LoggedEvent>> {
        Store::carried(self, after.as_deref(), limit)
    }

    async fn carried_done(&mut self, ids: Vec<String>) -> Result<()> {
        Store::carried_done(self, &ids)
    }

    async fn restamp_carried(&mut self, ids: Vec<String>, server_ms: i64) -> Result<u64> {
        self.write(|w| crate::shop::restamp_carried(w, &ids, server_ms))
    }
}

impl Local for Db {
    async fn unsent(&mut self, limit: usize) -> Result<Unsent> {
        self.read(move |s| s.unsent(limit)).await
    }

    async fn mark_pushed(&mut self, seq: i64) -> Result<()> {
        self.write(move |s| s.mark_pushed(seq)).await
    }

    async fn restamp_unsent(&mut self, server_ms: i64, from: String) -> Result<u64> {
        self.write(move |s| s.restamp_unsent(server_ms, &from)).await
    }

    async fn pulled_position(&mut self) -> Result<i64> {
        self.read(|s| s.pulled_position()).await
    }

    async fn receive_pulled(&mut self, batch: Vec<Relayed>, origin: Origin) -> Result<Received> {
        self.write(move |s| s.receive_pulled(&batch, origin)).await
    }

    async fn carried(&mut self, after: Option<String>, limit: usize) -> Result<Vec<LoggedEvent>> {
        self.read(move |s| s.carried(after.as_deref(), limit)).await
    }

    async fn carried_done(&mut self, ids: Vec<String>) -> Result<()> {
        self.write(move |s| s.carried_done(&ids)).await
    }

    async fn restamp_carried(&mut self, ids: Vec<String>, server_ms: i64) -> Result<u64> {
        self.write(move |s| s.write(|w| crate::shop::restamp_carried(w, &ids, server_ms))).await
    }
}
