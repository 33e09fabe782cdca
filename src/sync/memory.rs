//! A relay kept in memory: the stand-in server the convergence tests run
//! desks against, with exactly the rules of the real one (idempotent pushes,
//! refusal of a changed event, positions in commit order).

use crate::msg;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use super::{Carried, Pushed, Relay, Relayed};
use crate::core::{Error, Result};
use crate::shop::LoggedEvent;

#[derive(Default)]
struct Shared {
    log: Vec<LoggedEvent>,
    by_id: HashMap<String, usize>,
    /// While set, every call fails as if the network were down.
    down: bool,
    /// Events another desk brought (see [`Relay::push_carried`]): their own
    /// desk's copy, sent later, counts as already there.
    brought: HashSet<String>,
}

/// A shop's relay in memory. Clones share the same log: one per desk.
#[derive(Clone, Default)]
pub struct MemoryRelay {
    shared: Arc<Mutex<Shared>>,
}

impl MemoryRelay {
    pub fn new() -> MemoryRelay {
        MemoryRelay::default()
    }

    /// Takes the relay off the network (`true`) or brings it back.
    pub fn set_down(&self, down: bool) {
        self.lock().down = down;
    }

    /// Every event the relay holds, in its order.
    pub fn log(&self) -> Vec<LoggedEvent> {
        self.lock().log.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn check_up(shared: &Shared) -> Result<()> {
        if shared.down {
            return Err(Error::Unavailable { msg: msg!("error-sync-shop-s-server-cannot-reached") });
        }
        Ok(())
    }
}

impl Relay for MemoryRelay {
    async fn push(&mut self, events: &[LoggedEvent]) -> Result<Pushed> {
        let mut shared = self.lock();
        Self::check_up(&shared)?;
        let mut pushed = Pushed::default();
        // Checked whole before anything is stored: one transaction.
        for ev in events {
            if let Some(&at) = shared.by_id.get(&ev.id) {
                if shared.log[at] != *ev && !shared.brought.contains(&ev.id) {
                    return Err(Error::Conflict {
                        msg: msg!("error-sync-server-holds-different-event-id", id = ev.id),
                    });
                }
            }
        }
        for ev in events {
            if shared.by_id.contains_key(&ev.id) {
                pushed.already_there += 1;
            } else {
                let at = shared.log.len();
                shared.by_id.insert(ev.id.clone(), at);
                shared.log.push(ev.clone());
                pushed.added += 1;
            }
        }
        Ok(pushed)
    }

    async fn push_carried(&mut self, events: &[LoggedEvent]) -> Result<Carried> {
        let mut shared = self.lock();
        Self::check_up(&shared)?;
        let mut out = Carried::default();
        for ev in events {
            let outcome = if shared.by_id.contains_key(&ev.id) {
                "already"
            } else {
                let at = shared.log.len();
                shared.by_id.insert(ev.id.clone(), at);
                shared.log.push(ev.clone());
                shared.brought.insert(ev.id.clone());
                "added"
            };
            out.note(ev.id.clone(), outcome);
        }
        Ok(out)
    }

    async fn pull(&mut self, after: i64, limit: usize) -> Result<Vec<Relayed>> {
        let shared = self.lock();
        Self::check_up(&shared)?;
        let start = usize::try_from(after.max(0)).unwrap_or(usize::MAX);
        Ok(shared
            .log
            .iter()
            .enumerate()
            .skip(start)
            .take(limit)
            .map(|(i, ev)| Relayed { position: i as i64 + 1, event: ev.clone() })
            .collect())
    }
}
