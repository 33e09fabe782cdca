//! Who else is on a case: presence, not history. Each desk tells the shop's
//! server which case its person has open and whether they are writing; the
//! server keeps one row per desk that lapses by itself unless renewed
//! (`server/0007_presence.sql`) and says on the shop's channel when one
//! changes. Offline, a desk shows nothing and loses nothing: presence is
//! never kept on a desk.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, watch};
use ts_rs::TS;

use super::pg::PgRelay;
use crate::core::db::Db;
use crate::core::Id;

/// How long the server keeps a desk's row when it is not renewed: a desk
/// that closes, goes offline or crashes is gone from the others' screens
/// this long after its last word, at most.
pub const TTL: Duration = Duration::from_secs(8);
/// How often a desk renews its row while its person is on a case.
pub const RENEW: Duration = Duration::from_secs(3);

/// Where the person at this desk is: the case they have open (none: on no
/// case) and whether they are writing an answer on it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Here {
    pub case_id: Option<Id>,
    #[serde(default)]
    pub writing: bool,
}

/// Someone at another desk of the shop, and the case they have open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Presence {
    pub desk_id: Id,
    pub desk_name: String,
    pub staff_name: String,
    pub case_id: Id,
    /// Writing an answer on it now.
    pub writing: bool,
}

/// The sync loop's side of presence: what the window says about this desk,
/// what it shows of the others, and the server's word that someone moved.
pub(super) struct PresenceLoop {
    here: watch::Receiver<Here>,
    others: watch::Sender<Vec<Presence>>,
    pings: mpsc::Receiver<()>,
    /// What was last told to the server, and when.
    told: Option<(Here, Instant)>,
    /// When the rows shown lapse unless renewed: look again then.
    look_at: Option<Instant>,
}

/// The app's side: say where this desk's person is; read and watch the others.
#[derive(Clone)]
pub struct PresenceHandle {
    here: watch::Sender<Here>,
    others: watch::Receiver<Vec<Presence>>,
}

impl PresenceHandle {
    /// The person at this desk opened a case, started or stopped writing, or
    /// left it (`Here::default()`).
    pub fn set_here(&self, here: Here) {
        self.here.send_if_modified(|now| {
            let changed = *now != here;
            *now = here;
            changed
        });
    }

    /// Who is on which case at the other desks, as last heard.
    pub fn others(&self) -> Vec<Presence> {
        self.others.borrow().clone()
    }

    pub fn watch(&self) -> watch::Receiver<Vec<Presence>> {
        self.others.clone()
    }
}

/// The two sides, and the sender the relay's listener pings on.
pub(super) fn channel() -> (PresenceLoop, PresenceHandle, mpsc::Sender<()>) {
    let (here_tx, here_rx) = watch::channel(Here::default());
    let (others_tx, others_rx) = watch::channel(Vec::new());
    let (ping_tx, ping_rx) = mpsc::channel(1);
    (
        PresenceLoop { here: here_rx, others: others_tx, pings: ping_rx, told: None, look_at: None },
        PresenceHandle { here: here_tx, others: others_rx },
        ping_tx,
    )
}

/// What the loop is waiting for.
pub(super) enum Due {
    /// The window moved this desk's person.
    Moved,
    /// The server said someone moved.
    Heard,
    /// Time to renew this desk's row or look again at the others'.
    Tick,
}

impl PresenceLoop {
    /// Waits for the next thing to do. Cancel-safe.
    pub(super) async fn due(&mut self) -> Due {
        let renew = match &self.told {
            Some((h, at)) if h.case_id.is_some() => Some(*at + RENEW),
            _ => None,
        };
        let next = [renew, self.look_at].into_iter().flatten().min();
        let sleep = async {
            match next {
                Some(at) => tokio::time::sleep_until(at.into()).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            changed = self.here.changed() => {
                if changed.is_err() { std::future::pending::<()>().await }
                Due::Moved
            }
            Some(()) = self.pings.recv() => Due::Heard,
            () = sleep => Due::Tick,
        }
    }

    /// Does what is due: tells the server where this desk's person is (when
    /// it changed or needs renewing) and reads the others again (when told,
    /// or when their rows lapse). A server that cannot be reached clears
    /// the others: an offline desk shows nobody.
    pub(super) async fn act(&mut self, due: Due, db: &Db, relay: &mut PgRelay) {
        let here = self.here.borrow_and_update().clone();
        let renew_due = self.told.as_ref().is_some_and(|(_, at)| at.elapsed() >= RENEW);
        let told = self.told.as_ref().map(|(h, _)| h);
        if told != Some(&here) || (here.case_id.is_some() && renew_due) {
            let staff =
                db.read(|s| Ok(s.current_staff_name()?.unwrap_or_default())).await.unwrap_or_default();
            match relay.set_presence(&here, &staff, TTL).await {
                Ok(()) => self.told = Some((here, Instant::now())),
                Err(e) => {
                    tracing::debug!("presence not told: {e}");
                    self.told = None;
                    self.clear();
                    return;
                }
            }
        }
        if matches!(due, Due::Heard | Due::Tick) {
            self.look(relay).await;
        }
    }

    /// Reads the others' rows again.
    pub(super) async fn look(&mut self, relay: &mut PgRelay) {
        match relay.presence().await {
            Ok(rows) => {
                let lapse = rows.iter().map(|(_, left)| *left).min();
                // A row renewed meanwhile is read again when the old one would have lapsed.
                self.look_at =
                    Some(Instant::now() + lapse.map_or(RENEW * 2, |ms| Duration::from_millis(ms + 100)));
                let people: Vec<Presence> = rows.into_iter().map(|(p, _)| p).collect();
                self.others.send_if_modified(|now| {
                    let changed = *now != people;
                    *now = people;
                    changed
                });
            }
            Err(e) => {
                tracing::debug!("presence not read: {e}");
                self.clear();
            }
        }
    }

    /// Shows nobody (this desk is offline, or left the shop); looks again
    /// a little later.
    pub(super) fn clear(&mut self) {
        self.look_at = Some(Instant::now() + RENEW * 2);
        self.others.send_if_modified(|now| {
            let changed = !now.is_empty();
            now.clear();
            changed
        });
    }

    /// The connection is new: tell and read again, at once.
    pub(super) fn reconnected(&mut self) {
        self.told = None;
        self.look_at = Some(Instant::now());
    }
}
