//! Sync as it runs beside the app (or `casebook sync run`): push and pull
//! whenever there is something to do, and say at a glance how it stands.
//!
//! One loop per desk. After each local write it sends what is new; when the
//! server says another desk pushed (LISTEN/NOTIFY) it pulls; every
//! [`FALLBACK`] it checks anyway, in case a notification was lost. When the
//! server cannot be reached it waits and tries again, longer each time (up to
//! [`RETRY_MAX`]), while the desk goes on working; the status says since when
//! it is offline and how much waits to be sent.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{watch, Notify};
use ts_rs::TS;

use super::pg::PgRelay;
use super::presence::PresenceLoop;
use super::{sync_once, SyncConfig};
use crate::core::db::Db;
use crate::core::{clock, Error, Result, Ts};
use crate::msg;
use crate::staff::in_desk_words;

/// How often the desk checks for news without being told.
pub const FALLBACK: Duration = Duration::from_secs(20);
/// How often the desk tells the server it is here and compares clocks.
pub const HEARTBEAT: Duration = Duration::from_secs(60);
/// The first wait before trying an unreachable server again, and the longest.
pub const RETRY_FIRST: Duration = Duration::from_secs(2);
pub const RETRY_MAX: Duration = Duration::from_secs(60);

/// How sync stands, in the words the top bar shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SyncState {
    /// This desk is not part of a shop with other desks.
    Alone,
    /// Reaching the server.
    Connecting,
    /// Everything this desk wrote is on the server, and everything the server
    /// had is here.
    InSync,
    /// Sending this desk's work.
    Sending {
        #[ts(type = "number")]
        waiting: u64,
    },
    /// Taking in other desks' work (a joining desk: the whole history).
    Receiving {
        #[ts(type = "number")]
        received: u64,
    },
    /// The server cannot be reached; the desk works on and sends later.
    Offline {
        since: Ts,
        #[ts(type = "number")]
        waiting: u64,
        reason: String,
    },
    /// The server refused, or something else needs a person: the message says
    /// what happened and what to do.
    Problem { message: String },
}

/// What the top bar and the Desks & sync page show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncStatus {
    #[serde(flatten)]
    #[ts(flatten)]
    pub state: SyncState,
    pub shop_name: Option<String>,
    /// The server, as `host:port`.
    pub server: Option<String>,
    pub last_synced_at: Option<Ts>,
    /// This desk's clock minus the server's, at the last heartbeat.
    #[ts(type = "number | null")]
    pub clock_offset_ms: Option<i64>,
    /// The clock is further off than five minutes: the person should fix it.
    pub clock_wrong: bool,
}

impl SyncStatus {
    pub fn alone() -> SyncStatus {
        SyncStatus {
            state: SyncState::Alone,
            shop_name: None,
            server: None,
            last_synced_at: None,
            clock_offset_ms: None,
            clock_wrong: false,
        }
    }
}

/// The running loop's handle: wake it (a setting changed, "Sync now") and
/// read or watch its status.
#[derive(Clone)]
pub struct SyncHandle {
    wake: Arc<Notify>,
    status: watch::Receiver<SyncStatus>,
    /// Who is on which case at the other desks, and where this desk's person is.
    pub presence: super::PresenceHandle,
}

impl SyncHandle {
    /// Makes the loop look again at once (its configuration may have changed).
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn status(&self) -> SyncStatus {
        self.status.borrow().clone()
    }

    /// Changes of status, for the app to pass on to the screen.
    pub fn watch(&self) -> watch::Receiver<SyncStatus> {
        self.status.clone()
    }
}

/// Desk-local: the last problem a sync round met (in the desk's words), and
/// when the desk last finished a round, so `casebook sync status` can say
/// what the app says ("this desk's access to the shop was withdrawn").
const LAST_PROBLEM: &str = "sync.last_problem";
const LAST_SYNCED: &str = "sync.last_synced_at";

/// Records how a round ended: `None` for a round that finished.
pub fn note_outcome(store: &mut crate::core::Store, problem: Option<&str>) -> Result<()> {
    store.set_meta(LAST_PROBLEM, problem)?;
    if problem.is_none() {
        store.set_meta(LAST_SYNCED, Some(&clock::now().to_rfc3339()))?;
    }
    Ok(())
}

/// The last problem a round met, and when a round last finished.
pub fn last_outcome(store: &crate::core::Store) -> Result<(Option<String>, Option<crate::core::Ts>)> {
    let synced = store.meta_value(LAST_SYNCED)?.and_then(|t| clock::parse(&t).ok());
    Ok((store.meta_value(LAST_PROBLEM)?, synced))
}

/// The desk's saved sync configuration, if it belongs to a shop.
pub fn load_config(store: &crate::core::Store) -> Result<Option<SyncConfig>> {
    store.meta_value(SyncConfig::META_KEY)?.map(|text| SyncConfig::from_json(&text)).transpose()
}

/// Starts the loop on the current Tokio runtime.
pub fn start(db: Db) -> SyncHandle {
    let wake = Arc::new(Notify::new());
    let (tell, status) = watch::channel(SyncStatus::alone());
    let (people, presence, pings) = super::presence::channel();
    tokio::spawn(run(db, wake.clone(), tell, people, pings));
    SyncHandle { wake, status, presence }
}

struct Reporter {
    tell: watch::Sender<SyncStatus>,
    now: SyncStatus,
}

impl Reporter {
    fn set(&mut self, state: SyncState) {
        if self.now.state != state {
            self.now.state = state;
            self.tell.send_replace(self.now.clone());
        }
    }

    fn update(&mut self, f: impl FnOnce(&mut SyncStatus)) {
        let before = self.now.clone();
        f(&mut self.now);
        if self.now != before {
            self.tell.send_replace(self.now.clone());
        }
    }
}

async fn password_of(config: &SyncConfig) -> Result<Option<String>> {
    let key = config.secret();
    tokio::task::spawn_blocking(move || key.load())
        .await
        .map_err(|e| Error::Internal(format!("the password store could not be asked ({e})")))?
}

async fn run(
    db: Db,
    wake: Arc<Notify>,
    tell: watch::Sender<SyncStatus>,
    mut people: PresenceLoop,
    pings: tokio::sync::mpsc::Sender<()>,
) {
    let mut report = Reporter { tell, now: SyncStatus::alone() };
    loop {
        // Alone, or between servers: nobody else is here.
        people.clear();
        let config = match db.read(load_config).await {
            Ok(c) => c,
            Err(e) => {
                report.set(SyncState::Problem { message: in_desk_words(&db, &e).await });
                wake.notified().await;
                continue;
            }
        };
        let Some(config) = config else {
            report.update(|s| *s = SyncStatus::alone());
            wake.notified().await;
            continue;
        };
        report.update(|s| {
            s.shop_name = Some(config.shop_name.clone());
            s.server = Some(config.server.display());
            if s.state == SyncState::Alone {
                s.state = SyncState::Connecting;
            }
        });
        let password = match password_of(&config).await {
            Ok(Some(p)) => p,
            Ok(None) => {
                let missing = Error::Server { msg: msg!("sync-password-missing") };
                report.set(SyncState::Problem { message: in_desk_words(&db, &missing).await });
                wake.notified().await;
                continue;
            }
            Err(e) => {
                report.set(SyncState::Problem { message: in_desk_words(&db, &e).await });
                tokio::select! {
                    _ = wake.notified() => {}
                    _ = tokio::time::sleep(RETRY_MAX) => {}
                }
                continue;
            }
        };
        report.set(SyncState::Connecting);
        let mut relay = PgRelay::new(config, password);
        relay.hear_presence(pings.clone());
        people.reconnected();
        if serve(&db, &wake, &mut relay, &mut report, &mut people).await.is_err() {
            // The configuration changed: read it again.
            continue;
        }
    }
}

/// Syncs with one server until woken to look at the configuration again
/// (then returns `Err(())`).
async fn serve(
    db: &Db,
    wake: &Notify,
    relay: &mut PgRelay,
    report: &mut Reporter,
    people: &mut PresenceLoop,
) -> std::result::Result<(), ()> {
    let mut changes = db.subscribe();
    let mut local_closed = false;
    let mut retry = RETRY_FIRST;
    let mut last_beat: Option<std::time::Instant> = None;
    loop {
        match round(db, relay, report).await {
            Ok(()) => {
                retry = RETRY_FIRST;
                if last_beat.is_none_or(|t| t.elapsed() >= HEARTBEAT) {
                    if let Ok(beat) = relay.heartbeat().await {
                        last_beat = Some(std::time::Instant::now());
                        report.update(|s| {
                            s.clock_offset_ms = Some(beat.clock_offset_ms);
                            s.clock_wrong = beat.clock_wrong;
                        });
                    }
                }
                // Wait for news from the server, work written here, or a
                // wake; meanwhile, say where this desk's person is and hear
                // where the others are.
                // Every branch is safe to drop halfway: presence wakes this
                // loop often, and no news or write may be lost when it does.
                let waited = tokio::time::sleep(FALLBACK);
                tokio::pin!(waited);
                loop {
                    tokio::select! {
                        heard = relay.wait_for_news(FALLBACK) => {
                            if let Err(e) = heard {
                                people.clear();
                                offline(db, report, &e).await;
                            }
                            break;
                        }
                        got = changes.recv(), if !local_closed => match waits_after(db, got).await {
                            Some(true) => break,
                            Some(false) => {}
                            None => local_closed = true,
                        },
                        _ = wake.notified() => return Err(()),
                        due = people.due() => people.act(due, db, relay).await,
                        _ = &mut waited => break,
                    }
                }
            }
            Err(e) => {
                people.clear();
                offline(db, report, &e).await;
                let pause = tokio::time::sleep(retry);
                tokio::pin!(pause);
                loop {
                    tokio::select! {
                        _ = &mut pause => break,
                        _ = wake.notified() => return Err(()),
                        // Work written meanwhile: the count of what waits stays true.
                        _ = local_work(db, &mut changes) => offline(db, report, &e).await,
                    }
                }
                retry = (retry * 2).min(RETRY_MAX);
            }
        }
    }
}

/// Resolves once this desk has written something that waits to be sent.
async fn local_work(db: &Db, changes: &mut tokio::sync::broadcast::Receiver<crate::core::ChangeSet>) {
    loop {
        match waits_after(db, changes.recv().await).await {
            Some(true) => return,
            Some(false) => {}
            None => std::future::pending::<()>().await,
        }
    }
}

/// After a write was heard (`got`, from the writer's broadcast): whether work
/// waits to be sent, once a burst of writes has had a moment to finish.
/// `None`: no write will be heard any more.
async fn waits_after(
    db: &Db,
    got: std::result::Result<crate::core::ChangeSet, tokio::sync::broadcast::error::RecvError>,
) -> Option<bool> {
    if matches!(got, Err(tokio::sync::broadcast::error::RecvError::Closed)) {
        return None;
    }
    if db.read(|s| s.unsent_count()).await.unwrap_or(0) > 0 {
        // Let a burst of writes finish first.
        tokio::time::sleep(Duration::from_millis(50)).await;
        return Some(true);
    }
    Some(false)
}

/// One push and pull, with the status kept up to date.
async fn round(db: &Db, relay: &mut PgRelay, report: &mut Reporter) -> Result<()> {
    let waiting = db.read(|s| s.unsent_count()).await?;
    if waiting > 0 {
        report.set(SyncState::Sending { waiting });
    }
    let tell = report.tell.clone();
    let mut local = db.clone();
    let outcome = sync_once(&mut local, relay, |r| {
        tell.send_modify(|s| s.state = SyncState::Receiving { received: r.pulled });
    })
    .await;
    // `send_modify` went round the reporter: take its view back.
    report.now = report.tell.borrow().clone();
    outcome?;
    super::sync_files(db, relay).await?;
    super::forget_on_server(db, relay).await?;
    // A customer forgotten at another desk leaves this desk's backups too.
    if let Err(e) = crate::data::forgetting::forget_in_backups(db).await {
        tracing::warn!("the backups could not forget yet: {e}");
    }
    report.update(|s| {
        s.state = SyncState::InSync;
        s.last_synced_at = Some(clock::now());
    });
    db.write(|s| note_outcome(s, None)).await?;
    Ok(())
}

/// The server cannot be reached (or refused): say so, with since when and what
/// waits. A refusal is a problem for a person, not a state to wait out.
async fn offline(db: &Db, report: &mut Reporter, e: &Error) {
    let waiting = db.read(|s| s.unsent_count()).await.unwrap_or(0);
    match e {
        Error::Unavailable { .. } => {
            let since = match &report.now.state {
                SyncState::Offline { since, .. } => *since,
                _ => clock::now(),
            };
            let reason = in_desk_words(db, e).await;
            report.set(SyncState::Offline { since, waiting, reason });
        }
        other => {
            let message = in_desk_words(db, other).await;
            let kept = message.clone();
            let _ = db.write(move |s| note_outcome(s, Some(&kept))).await;
            report.set(SyncState::Problem { message });
        }
    }
}
