//! Automatic backups while the app runs: one soon after start when the newest is
//! a day old (or there is none), then daily, and one when the app closes if
//! anything was recorded since the last. Each is checked before it counts and
//! taken on a connection of its own, so the desk never waits for it. The same
//! loop keeps the owner's rule for how long customers are kept.

use std::time::Duration;

use casebook::data::backup::{self, BackupKind};
use casebook::{clock, Db};

/// Start-up stays quick: the first check waits a little.
const FIRST_CHECK: Duration = Duration::from_secs(90);
/// How often to look whether a day has passed since the last backup.
const CHECK_EVERY: Duration = Duration::from_secs(30 * 60);

pub async fn run(db: Db) {
    tokio::time::sleep(FIRST_CHECK).await;
    loop {
        keep_retention(&db).await;
        if backup::is_due(&db.backups_dir(), clock::now()) {
            take(&db).await;
        }
        tokio::time::sleep(CHECK_EVERY).await;
    }
}

/// The owner's rule for keeping customers (off unless they set it): those
/// now past it are forgotten, here and in the backups.
async fn keep_retention(db: &Db) {
    match db.write(|s| s.keep_retention()).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(forgotten = n, "customers past the shop's rule were forgotten"),
        Err(err) => tracing::error!(%err, "the shop's rule for keeping customers could not be applied"),
    }
    if let Err(err) = casebook::data::forgetting::forget_in_backups(db).await {
        tracing::warn!(%err, "the backups could not forget yet");
    }
}

async fn take(db: &Db) {
    match db.backup(BackupKind::Automatic).await {
        Ok(info) => {
            tracing::info!(file = %info.path, events = info.events, "automatic backup taken and checked")
        }
        Err(err) => tracing::error!(%err, "the automatic backup failed"),
    }
}

/// On the way out: a last backup if the history changed since the newest one.
pub fn at_exit(db: &Db) {
    match db.changed_since_last_backup() {
        Ok(false) => tracing::debug!("nothing new since the last backup"),
        Ok(true) => match db.backup_blocking(BackupKind::Automatic) {
            Ok(info) => tracing::info!(file = %info.path, "backup taken on closing"),
            Err(err) => tracing::error!(%err, "the backup on closing failed"),
        },
        Err(err) => tracing::error!(%err, "could not tell whether a backup is needed"),
    }
}
