//! The mailbox loop, beside the app on the mail desk (or once, for
//! `casebook mail check`): connect, fetch and send, then wait for news
//! (IMAP IDLE where the server has it, else a check every few minutes), a
//! reply written here or arriving through sync, a "Check now", or the next
//! try of a reply that failed. When a server cannot be reached it waits and
//! tries again, longer each time, and says since when it is offline.

use crate::msg;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{watch, Notify};
use ts_rs::TS;

use super::config::MailSettings;
use super::imap;
pub use super::round::{CheckOptions, CheckReport};
use super::shop_mailbox;
use crate::core::db::Db;
use crate::core::{clock, Error, Result, Ts};

/// The longest an IDLE waits before the desk looks anyway (servers drop
/// IDLE connections after 30 minutes).
const IDLE_MAX: Duration = Duration::from_secs(20 * 60);
/// The first wait before trying an unreachable server again, and the longest.
const RETRY_FIRST: Duration = Duration::from_secs(5);
const RETRY_MAX: Duration = Duration::from_secs(300);

/// How the shop's mailbox stands on this desk, in the words the page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum MailState {
    /// No mailbox is connected.
    NotConnected,
    /// Another desk fetches and sends the shop's mail.
    OtherDesk {
        desk_name: String,
    },
    Connecting,
    /// Signed in; `idle` when the server tells at once about new mail.
    Connected {
        idle: bool,
    },
    /// A server cannot be reached; the desk tries again by itself.
    Offline {
        since: Ts,
        reason: String,
    },
    /// Something a person must fix (a password, a certificate).
    Problem {
        message: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailStatus {
    #[serde(flatten)]
    #[ts(flatten)]
    pub state: MailState,
    pub address: Option<String>,
    pub last_checked_at: Option<Ts>,
}

impl MailStatus {
    fn new(state: MailState) -> MailStatus {
        MailStatus { state, address: None, last_checked_at: None }
    }

    pub fn not_connected() -> MailStatus {
        MailStatus::new(MailState::NotConnected)
    }
}

/// The running loop: wake it and read or watch its status.
#[derive(Clone)]
pub struct MailHandle {
    wake: Arc<Notify>,
    status: watch::Receiver<MailStatus>,
}

impl MailHandle {
    /// Look again now: "Check now", or the settings changed.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn status(&self) -> MailStatus {
        self.status.borrow().clone()
    }

    pub fn watch(&self) -> watch::Receiver<MailStatus> {
        self.status.clone()
    }
}

/// This desk's settings and password, if it is the shop's mail desk.
pub(super) async fn this_desk(db: &Db) -> Result<std::result::Result<(MailSettings, String), MailState>> {
    let (settings, shop, desk) =
        db.read(|s| Ok((MailSettings::load(s)?, shop_mailbox(s.connection())?, s.desk_id_now()?))).await?;
    let Some(shop) = shop else { return Ok(Err(MailState::NotConnected)) };
    let settings = match settings {
        Some(s) if shop.desk_id == desk && s.address.eq_ignore_ascii_case(&shop.address) => s,
        _ => return Ok(Err(MailState::OtherDesk { desk_name: shop.desk_name })),
    };
    let secret = settings.secret();
    let password = tokio::task::spawn_blocking(move || secret.load())
        .await
        .map_err(|e| Error::Internal(format!("the password store could not be asked ({e})")))??;
    match password {
        Some(p) => Ok(Ok((settings, p))),
        None => Ok(Err(MailState::Problem {
            message: "The mail password is not kept on this computer (Casebook was closed, and there is no \
                      password store to keep it in). Enter it again on the Mailbox page."
                .into(),
        })),
    }
}

/// One round, from a process of its own (`casebook mail check`).
pub async fn check_once(db: &Db, options: &CheckOptions) -> Result<CheckReport> {
    let (settings, password) = match this_desk(db).await? {
        Ok(x) => x,
        Err(MailState::OtherDesk { desk_name }) => {
            return Err(Error::Conflict { msg: msg!("error-mail-shop-s-mail-handled-desk", desk_name) })
        }
        Err(MailState::Problem { message }) => {
            return Err(Error::Conflict { msg: msg!("error-mail-problem", message) })
        }
        Err(_) => return Err(Error::Conflict { msg: msg!("error-mail-no-mailbox-connected-connect-one") }),
    };
    let mut session = imap::connect(&settings, &password).await?;
    let report = super::round::round(db, &mut session, &settings, &password, options).await;
    let _ = session.logout().await;
    report
}

/// Starts the loop on the current Tokio runtime.
pub fn start(db: Db) -> MailHandle {
    let wake = Arc::new(Notify::new());
    let (tell, status) = watch::channel(MailStatus::new(MailState::NotConnected));
    tokio::spawn(run(db, wake.clone(), tell));
    MailHandle { wake, status }
}

fn set(tell: &watch::Sender<MailStatus>, f: impl FnOnce(&mut MailStatus)) {
    tell.send_if_modified(|s| {
        let before = s.clone();
        f(s);
        *s != before
    });
}

async fn run(db: Db, wake: Arc<Notify>, tell: watch::Sender<MailStatus>) {
    let mut retry = RETRY_FIRST;
    loop {
        let (settings, password) = match this_desk(&db).await {
            Ok(Ok(x)) => x,
            Ok(Err(state)) => {
                set(&tell, |s| *s = MailStatus::new(state));
                wait_for_news(&db, &wake, Duration::from_secs(60)).await;
                continue;
            }
            Err(e) => {
                let message = crate::staff::in_desk_words(&db, &e).await;
                set(&tell, |s| s.state = MailState::Problem { message });
                wait_for_news(&db, &wake, RETRY_MAX).await;
                continue;
            }
        };
        set(&tell, |s| {
            s.address = Some(settings.address.clone());
            if !matches!(s.state, MailState::Offline { .. }) {
                s.state = MailState::Connecting;
            }
        });
        match serve(&db, &wake, &tell, &settings, &password).await {
            Ok(()) => retry = RETRY_FIRST,
            Err(e) => {
                let words = crate::staff::in_desk_words(&db, &e).await;
                let state = match &e {
                    Error::Unavailable { .. } => MailState::Offline {
                        since: match &tell.borrow().state {
                            MailState::Offline { since, .. } => *since,
                            _ => clock::now(),
                        },
                        reason: words,
                    },
                    _ => MailState::Problem { message: words },
                };
                set(&tell, |s| s.state = state);
                wait_for_news(&db, &wake, retry).await;
                retry = (retry * 2).min(RETRY_MAX);
            }
        }
    }
}

/// Works with one connection until it breaks (an error) or the settings may
/// have changed (woken: `Ok`).
async fn serve(
    db: &Db,
    wake: &Notify,
    tell: &watch::Sender<MailStatus>,
    settings: &MailSettings,
    password: &str,
) -> Result<()> {
    let mut session = imap::connect(settings, password).await?;
    let idle = imap::can_idle(&mut session).await;
    let options = CheckOptions::default();
    loop {
        super::round::round(db, &mut session, settings, password, &options).await?;
        set(tell, |s| {
            s.state = MailState::Connected { idle };
            s.last_checked_at = Some(clock::now());
        });
        let next_try = next_retry(db).await;
        let poll = Duration::from_secs(u64::from(settings.poll_secs.max(30)));
        let limit = next_try
            .map_or(if idle { IDLE_MAX } else { poll }, |t| t.min(if idle { IDLE_MAX } else { poll }));
        if idle {
            imap::examine(&mut session, "INBOX", &settings.imap_host).await?;
            let mut handle = session.idle();
            handle
                .init()
                .await
                .map_err(|e| imap::imap_error(e, &settings.imap_host, msg!("imap-doing-idle")))?;
            let woken = {
                let (waiting, stop) = handle.wait_with_timeout(limit);
                tokio::pin!(waiting);
                tokio::select! {
                    r = &mut waiting => {
                        r.map_err(|e| imap::imap_error(e, &settings.imap_host, msg!("imap-doing-idle")))?;
                        false
                    }
                    woken = news_here(db, wake) => {
                        drop(stop);
                        let _ = (&mut waiting).await;
                        woken
                    }
                }
            };
            session = handle
                .done()
                .await
                .map_err(|e| imap::imap_error(e, &settings.imap_host, msg!("imap-doing-stop-idle")))?;
            if woken {
                let _ = session.logout().await;
                return Ok(());
            }
        } else {
            tokio::select! {
                _ = tokio::time::sleep(limit) => {}
                woken = news_here(db, wake) => if woken {
                    let _ = session.logout().await;
                    return Ok(());
                }
            }
        }
    }
}

/// How long until the next failed reply is due again.
async fn next_retry(db: &Db) -> Option<Duration> {
    let now = clock::to_ms(clock::now());
    let next: Option<i64> = db
        .read(|s| {
            Ok(s.connection().query_row(
                "SELECT min(a.next_at) FROM mail_attempts a JOIN mail_outbox o ON o.event_id = a.event_id
                 WHERE o.status = 'waiting' AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = o.customer_id)",
                [],
                |r| r.get(0),
            )?)
        })
        .await
        .ok()
        .flatten();
    next.map(|at| Duration::from_millis((at - now).max(1_000) as u64))
}

/// Resolves when there is work here: a reply to send or retry written (here
/// or received through sync) gives `false`; a wake (settings changed, "Check
/// now") gives `true`.
async fn news_here(db: &Db, wake: &Notify) -> bool {
    let mut changes = db.subscribe();
    loop {
        tokio::select! {
            _ = wake.notified() => return true,
            change = changes.recv() => match change {
                Ok(c) if c.kinds.iter().any(|k| k == "mailbox_connected" || k == "mailbox_disconnected") => return true,
                Ok(c) if c.everything || c.kinds.iter().any(|k| k == "mail_reply" || k == "mail_retried") => return false,
                Ok(_) => {}
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => return false,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => std::future::pending::<()>().await,
            }
        }
    }
}

async fn wait_for_news(db: &Db, wake: &Notify, at_most: Duration) {
    tokio::select! {
        _ = news_here(db, wake) => {}
        _ = tokio::time::sleep(at_most) => {}
    }
}

/// Every message of a folder, byte for byte (for checking what arrived
/// where, and for export). Nothing is marked as read.
pub async fn read_folder(settings: &MailSettings, password: &str, folder: &str) -> Result<Vec<Vec<u8>>> {
    let mut session = imap::connect(settings, password).await?;
    let state = imap::examine(&mut session, folder, &settings.imap_host).await?;
    let mut out = Vec::new();
    if state.exists > 0 {
        let uids: Vec<u32> = imap::new_messages(&mut session, 0, &settings.imap_host)
            .await?
            .into_iter()
            .map(|(u, _)| u)
            .collect();
        out =
            imap::fetch(&mut session, &uids, &settings.imap_host).await?.into_iter().map(|f| f.raw).collect();
    }
    let _ = session.logout().await;
    Ok(out)
}
