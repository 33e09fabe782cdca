//! Several desks, one history. Each desk keeps its whole history in its own
//! SQLite file and works offline for as long as it must; a relay (the shop's
//! PostgreSQL server) passes events between them. The server holds events,
//! never current state: each desk derives its own from the events it holds,
//! through the one apply path, in the one agreed order (see
//! [`crate::shop::Received`] and [`crate::core::hlc`]).
//!
//! A desk *pushes* the events it wrote that the server has not acknowledged,
//! oldest first, and moves its push cursor only after the server has committed
//! them. Pushing is idempotent: an event id the server already holds is
//! skipped, and the same id with different content is refused and reported.
//! A desk *pulls* the events after its pull cursor, in the server's order, and
//! moves the cursor in the same SQLite transaction that applies them, so a
//! desk killed mid-pull neither loses nor repeats anything.
//!
//! The server's order is safe to read with "after my cursor": positions are
//! handed out under a per-shop lock held until commit, so a position becomes
//! visible only after every smaller one has (see `pg/events.rs`; the server's
//! schema and rules are in `server/`).

mod config;
mod engine;
mod files;
mod forget;
pub mod host;
pub mod join;
mod local;
mod memory;
pub mod pg;
pub mod presence;
pub mod seal;
pub mod secrets;
pub mod service;
pub mod setup;

use std::future::Future;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use config::{Joined, ServerAddress, SyncConfig};
pub use engine::{sync_once, SyncReport, PULL_BATCH, PUSH_BATCH};
pub use files::{sync_files, FilesSynced};
pub use forget::forget_on_server;
pub use join::{join, JoinCode};
pub use local::{CarriedCount, Local, Unsent};
pub use memory::MemoryRelay;
pub use pg::{
    create_shop, invite, invite_for, list_desks, readmit, revoke, seal_held_events, seal_shop,
    upload_as_owner, Heartbeat, Invitation, Owner, PgRelay, ServerDesk, JOIN_CODE_DAYS,
};
pub use presence::{Here, Presence, PresenceHandle};
pub use secrets::SecretKey;
pub use service::{SyncHandle, SyncState, SyncStatus};

use crate::core::Result;
use crate::shop::LoggedEvent;

/// One event as the server holds it: its position in the server's order for
/// this shop, and the event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relayed {
    pub position: i64,
    pub event: LoggedEvent,
}

/// What a push did on the server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Pushed {
    /// Events the server did not have.
    #[ts(type = "number")]
    pub added: u64,
    /// Events it already held, identical (a push repeated after a lost answer).
    #[ts(type = "number")]
    pub already_there: u64,
}

/// What the server said to events of other desks this desk brought it (they
/// came with an export it imported).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Carried {
    /// Stored now, for their desk.
    pub added: u64,
    /// Held already: their desk (or another) sent them.
    pub already_there: u64,
    /// Left here for now: their clock value is ahead of the server's (or the
    /// server is older than this build). Offered again at the next sync.
    pub kept: u64,
    /// Refused for good (malformed, or a different event under the id).
    pub refused: u64,
    /// The events this desk need not carry any more (all but the kept ones).
    pub done: Vec<String>,
    /// The kept ones: ahead of the server's clock.
    pub ahead: Vec<String>,
    /// The server's clock when it answered, when some were ahead.
    pub server_ms: Option<i64>,
}

impl Carried {
    /// Counts the server's answer for one event.
    pub fn note(&mut self, id: String, outcome: &str) {
        match outcome {
            "added" => self.added += 1,
            "already" => self.already_there += 1,
            "refused" => self.refused += 1,
            _ => {
                self.kept += 1;
                self.ahead.push(id);
                return;
            }
        }
        self.done.push(id);
    }
}

/// The server as a desk sees it. Every method may fail with an error that says
/// what went wrong (the server is unreachable, the credential was revoked);
/// nothing is changed on the desk by a failure.
pub trait Relay: Send {
    /// Stores these events (all written at this desk), in one transaction.
    /// An event the server already holds is skipped if identical; if it
    /// differs, nothing is stored and the error names the event.
    fn push(&mut self, events: &[LoggedEvent]) -> impl Future<Output = Result<Pushed>> + Send;

    /// The events after `position` in the server's order, at most `limit`.
    fn pull(&mut self, after: i64, limit: usize) -> impl Future<Output = Result<Vec<Relayed>>> + Send;

    /// Offers events other desks wrote that this desk holds (from an
    /// import). The server stores those it lacks, through its usual checks;
    /// their own desk's copy, sent later, counts as already there. Nothing
    /// here fails because of one event.
    fn push_carried(&mut self, events: &[LoggedEvent]) -> impl Future<Output = Result<Carried>> + Send;
}
