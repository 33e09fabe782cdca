//! The alarm scheduler: a tokio task that sleeps until the next due-soon warning
//! or due time, wakes early when anything changes, raises each alarm at most once
//! (the library remembers which were raised, across restarts) and keeps the
//! window title and tray showing how many cases are overdue.

use std::sync::Arc;
use std::time::Duration;

use casebook::model::{DeskStatus, Ts};
use casebook::shop::{self, Notice};
use casebook::{clock, msg, Db, Lang, Words};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::Notify;

/// Shows a notification on the desktop (its own words, such as the click
/// action's label, in `lang`).
pub trait Notifier: Send + Sync + 'static {
    fn show(&self, notice: &Notice, lang: Lang) -> Result<(), String>;
}

/// The longest the scheduler sleeps. Timers stand still while a computer is
/// suspended; this bound makes a laptop that wakes up catch up within minutes.
/// It is not polling: a wake finds nothing to do unless something fell due.
const MAX_SLEEP: Duration = Duration::from_secs(10 * 60);

/// After a failed check (a busy database), try again after this long.
const RETRY: Duration = Duration::from_secs(30);

/// What one check found.
struct Check {
    notices: Vec<Notice>,
    /// The desk's language, in which the notices are worded.
    lang: Lang,
    overdue: u32,
    next_wake: Option<Ts>,
}

async fn check(db: &Db, now: Ts, started: Option<Ts>) -> casebook::Result<Check> {
    db.write(move |s| {
        let lead = s.lead_minutes()?;
        let alarms = s.take_alarms(now, lead)?;
        let tz = s.sla_settings()?.calendar.tz();
        let handoffs = s.take_handoff_notices()?;
        let at_desk = s.current_staff_id()?;
        let lang = s.lang()?;
        let mut notices = shop::handoff_notices(&handoffs, at_desk.as_deref(), lang);
        notices.extend(shop::notices(&alarms, tz, started, lang));
        Ok(Check { notices, lang, overdue: s.overdue_count(now)?, next_wake: s.next_wake(now, lead)? })
    })
    .await
}

/// Runs until the database closes. `wake` lets a command make it check at once
/// (after a desk preference such as the lead time changes); every committed
/// write wakes it too. `publish` receives the status after each check.
pub async fn run(
    db: Db,
    notifier: Arc<dyn Notifier>,
    wake: Arc<Notify>,
    publish: impl Fn(DeskStatus) + Send + 'static,
) {
    let started = clock::now();
    let mut changes = db.subscribe();
    let mut first = true;
    let mut notifications_error: Option<String> = None;
    loop {
        let now = clock::now();
        let sleep_for = match check(&db, now, first.then_some(started)).await {
            Ok(found) => {
                let lang = found.lang;
                for notice in found.notices {
                    let n = notifier.clone();
                    let shown = tokio::task::spawn_blocking(move || n.show(&notice, lang))
                        .await
                        .unwrap_or_else(|e| Err(format!("the notification task failed: {e}")));
                    match shown {
                        Ok(()) => notifications_error = None,
                        Err(err) => {
                            tracing::warn!(%err, "a desktop notification could not be shown");
                            notifications_error =
                                Some(Words::of(lang).text(&msg!("shell-notifications-broken", detail = err)));
                        }
                    }
                }
                publish(DeskStatus {
                    overdue: found.overdue,
                    notifications_error: notifications_error.clone(),
                });
                match found.next_wake {
                    // A few milliseconds past the due time, so it has passed when we look.
                    Some(at) => {
                        (at - now).to_std().unwrap_or_default().min(MAX_SLEEP) + Duration::from_millis(5)
                    }
                    None => MAX_SLEEP,
                }
            }
            Err(err) => {
                tracing::error!(%err, "checking due times failed; trying again shortly");
                RETRY
            }
        };
        first = false;
        tokio::select! {
            _ = tokio::time::sleep(sleep_for) => {}
            _ = wake.notified() => {}
            changed = changes.recv() => {
                if let Err(RecvError::Closed) = changed {
                    return;
                }
            }
        }
    }
}

/// Real desktop notifications: freedesktop D-Bus on Linux, Notification Center
/// on macOS, toasts on Windows. A click opens the case where the platform
/// reports clicks (Linux).
pub struct DesktopNotifier {
    on_click: Arc<dyn Fn(String) + Send + Sync>,
}

impl DesktopNotifier {
    pub fn new(on_click: impl Fn(String) + Send + Sync + 'static) -> Self {
        #[cfg(target_os = "macos")]
        {
            // Dev builds have no bundle; notifications then fall back to the terminal's.
            let _ = notify_rust::set_application(crate::IDENTIFIER);
        }
        DesktopNotifier { on_click: Arc::new(on_click) }
    }
}

impl Notifier for DesktopNotifier {
    fn show(&self, notice: &Notice, lang: Lang) -> Result<(), String> {
        let mut n = notify_rust::Notification::new();
        n.summary(&notice.summary).body(&notice.body).appname("Casebook");
        #[cfg(windows)]
        n.app_id(crate::IDENTIFIER);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            if notice.case_id.is_some() {
                n.action("default", &Words::of(lang).text(&msg!("notify-open-case")));
            }
            let handle = n.show().map_err(|e| e.to_string())?;
            if let Some(case_id) = notice.case_id.clone() {
                let on_click = self.on_click.clone();
                // Waits until the notification is clicked or closed (it expires).
                std::thread::spawn(move || {
                    handle.wait_for_action(|action| {
                        if action == "default" {
                            on_click(case_id);
                        }
                    })
                });
            }
            Ok(())
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        {
            let _ = (&self.on_click, lang);
            n.show().map(|_| ()).map_err(|e| e.to_string())
        }
    }
}
