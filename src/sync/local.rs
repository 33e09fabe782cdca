//! The desk's side of sync: which of its events the server has not yet
//! acknowledged, and receiving what was pulled together with the pull cursor.
//! The cursors are desk-local (the `meta` table), never part of the history.

use std::future::Future;

use rusqlite::params;

use super::Relayed;
use crate::core::db::Db;
use crate::core::{Origin, Result, Store, StoredEvent};
use crate::shop::{LoggedEvent, Received};

/// The last arrival (this desk's `seq`) of its own events the server acknowledged.
const PUSHED: &str = "sync.pushed_seq";
/// The server position of the last event pulled and applied here.
const PULLED: &str = "sync.pulled_position";

/// Events this desk wrote that the server has not acknowledged, oldest first,
/// with the arrival order of the last.
#[derive(Clone, Debug, Default)]
pub struct Unsent {
    pub events: Vec<LoggedEvent>,
    pub last_seq: i64,
}

fn cursor(store: &Store, key: &str) -> Result<i64> {
    let value: Option<String> = rusqlite::OptionalExtension::optional(store.connection().query_row(
        "SELECT value FROM meta WHERE key = ?1",
        [key],
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
        let mut stmt = self.connection().prepare_cached(
            "SELECT seq, id, desk_id, staff_id, at, customer_id, case_id, kind, payload, hlc FROM events
             WHERE seq > ?1 AND desk_id = ?2 ORDER BY seq LIMIT ?3",
        )?;
        let mut rows = stmt.query(params![after, self.desk_id(), limit as i64])?;
        let mut out = Unsent::default();
        while let Some(r) = rows.next()? {
            let e = StoredEvent {
                seq: r.get(0)?,
                id: r.get(1)?,
                desk_id: r.get(2)?,
                staff_id: r.get(3)?,
                at: r.get(4)?,
                customer_id: r.get(5)?,
                case_id: r.get(6)?,
                kind: r.get(7)?,
                payload: r.get(8)?,
                hlc: r.get(9)?,
            };
            out.last_seq = e.seq;
            out.events.push(LoggedEvent::from_stored(e)?);
        }
        Ok(out)
    }

    /// How many of this desk's own events wait to be sent.
    pub fn unsent_count(&self) -> Result<u64> {
        let after = cursor(self, PUSHED)?;
        let n: i64 = self.connection().query_row(
            "SELECT count(*) FROM events WHERE seq > ?1 AND desk_id = ?2",
            params![after, self.desk_id()],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Records that the server committed this desk's events up to `seq`.
    pub fn mark_pushed(&mut self, seq: i64) -> Result<()> {
        set_cursor(self.connection(), PUSHED, seq)
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
            let got = w.receive(&events, origin)?;
            set_cursor(w.tx(), PULLED, last)?;
            Ok(got)
        })
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
    fn pulled_position(&mut self) -> impl Future<Output = Result<i64>> + Send;
    fn receive_pulled(
        &mut self,
        batch: Vec<Relayed>,
        origin: Origin,
    ) -> impl Future<Output = Result<Received>> + Send;
}

impl Local for Store {
    async fn unsent(&mut self, limit: usize) -> Result<Unsent> {
        Store::unsent(self, limit)
    }

    async fn mark_pushed(&mut self, seq: i64) -> Result<()> {
        Store::mark_pushed(self, seq)
    }

    async fn pulled_position(&mut self) -> Result<i64> {
        Store::pulled_position(self)
    }

    async fn receive_pulled(&mut self, batch: Vec<Relayed>, origin: Origin) -> Result<Received> {
        Store::receive_pulled(self, &batch, origin)
    }
}

impl Local for Db {
    async fn unsent(&mut self, limit: usize) -> Result<Unsent> {
        self.read(move |s| s.unsent(limit)).await
    }

    async fn mark_pushed(&mut self, seq: i64) -> Result<()> {
        self.write(move |s| s.mark_pushed(seq)).await
    }

    async fn pulled_position(&mut self) -> Result<i64> {
        self.read(|s| s.pulled_position()).await
    }

    async fn receive_pulled(&mut self, batch: Vec<Relayed>, origin: Origin) -> Result<Received> {
        self.write(move |s| s.receive_pulled(&batch, origin)).await
    }
}
