//! Backups forget too. A backup is a copy of the whole database: without
//! this, a customer forgotten today would still be in last week's backups,
//! and come back with a restore or with anyone who opens the file. After a
//! forget (here, or received from another desk), every backup beside the data
//! gets the erasures it lacks, the same way the desk did (`shop::forget`):
//! the log's payloads, the state, the search indexes, the attached files of
//! the backups' pool. Restoring a backup also takes this desk's erasures
//! along (`restore_from`), should a backup have been copied back from
//! elsewhere.

use std::path::{Path, PathBuf};

use crate::core::{Origin, Result, Store};
use crate::shop::forget::{erasures, BACKUPS_TO_FORGET};
use crate::shop::LoggedEvent;

use super::backup::{backups_dir, list};

/// What to bring to this desk's backups, if anything: their folder and every
/// erasure in the log.
pub fn backups_to_forget(store: &Store) -> Result<Option<(PathBuf, Vec<LoggedEvent>)>> {
    if store.meta_value(BACKUPS_TO_FORGET)?.is_none() {
        return Ok(None);
    }
    let Some(path) = store.path() else { return Ok(None) };
    Ok(Some((backups_dir(path), erasures(store)?)))
}

/// Brings these erasures to every backup in `dir` that lacks one. Returns
/// how many backups changed. Works on the backup files only: the desk's own
/// database is not touched, so this can run beside it.
pub fn forget_in(dir: &Path, forgets: &[LoggedEvent]) -> Result<u32> {
    let mut changed = 0;
    for backup in list(dir)? {
        let path = dir.join(&backup.file_name);
        let mut store = Store::open(&path)?;
        let missing: Vec<LoggedEvent> = forgets
            .iter()
            .filter(|e| {
                let held: rusqlite::Result<bool> = store.connection().query_row(
                    "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
                    [&e.id],
                    |r| r.get(0),
                );
                !held.unwrap_or(false)
            })
            .cloned()
            .collect();
        if missing.is_empty() {
            continue;
        }
        store.write(|w| w.receive(&missing, Origin::Replay).map(drop))?;
        store.finish_forgetting()?;
        changed += 1;
    }
    Ok(changed)
}

impl Store {
    /// Notes that the backups have had `erasures` erasures: done, unless more
    /// arrived meanwhile.
    pub fn backups_forgotten(&mut self, erasures: usize) -> Result<()> {
        if self::erasures(self)?.len() <= erasures {
            self.set_meta(BACKUPS_TO_FORGET, None)?;
        }
        Ok(())
    }

    /// Every backup beside the data gets the erasures it lacks (see the
    /// module's notes). Returns how many backups changed.
    pub fn forget_in_backups(&mut self) -> Result<u32> {
        let Some((dir, forgets)) = backups_to_forget(self)? else { return Ok(0) };
        let changed = forget_in(&dir, &forgets)?;
        self.backups_forgotten(forgets.len())?;
        Ok(changed)
    }
}

/// The same for the app: the erasures are read on the database's reader, the
/// backups changed on a blocking thread beside it (the desk keeps working),
/// and the note cleared on the writer.
pub async fn forget_in_backups(db: &crate::core::db::Db) -> Result<u32> {
    let Some((dir, forgets)) = db.read(backups_to_forget).await? else { return Ok(0) };
    let count = forgets.len();
    let changed = tokio::task::spawn_blocking(move || forget_in(&dir, &forgets))
        .await
        .map_err(|e| crate::core::Error::Internal(e.to_string()))??;
    db.write(move |s| s.backups_forgotten(count)).await?;
    Ok(changed)
}
