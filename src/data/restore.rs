//! Restoring a backup: checked first, the current history kept as a backup
//! before anything is replaced, and no customer forgotten since coming back.

use std::path::Path;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::backup::{pool_beside, unused_path, verify, BackupKind, RestoreReport};
use crate::core::store::SHOP_META_KEY;
use crate::core::{clock, settings, Error, Origin, Result, Store};
use crate::msg;
use crate::staff::Actor;

impl Store {
    /// Replaces this database's content with a backup's. The backup is checked
    /// first (a Casebook database, this version or older, intact); the current
    /// history is backed up to `backups` before anything is replaced; an older
    /// backup is migrated after. Callers must make sure nobody else writes.
    pub fn restore_from(&mut self, who: &Actor, backup: &Path, backups: &Path) -> Result<RestoreReport> {
        self.check_right_as(who, crate::core::Right::Owner, msg!("lead-restore"))?;
        let restored = verify(backup)?;
        let source = Connection::open_with_flags(
            backup,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // A desk of a shop stays in its shop: a backup taken before it joined
        // or connected is this desk's history all the same. Another shop's
        // backup would mix two shops' histories: refused.
        let shop_now = self.meta_value(SHOP_META_KEY)?;
        let shop_then: Option<String> = source
            .query_row("SELECT value FROM meta WHERE key = ?1", [SHOP_META_KEY], |r| r.get(0))
            .optional()
            .unwrap_or(None);
        let shop_of = |json: &str| {
            serde_json::from_str::<serde_json::Value>(json).ok().and_then(|v| {
                Some((v.get("shop_id")?.as_str()?.to_owned(), v.get("shop_name")?.as_str()?.to_owned()))
            })
        };
        if let (Some(now), Some(then)) =
            (shop_now.as_deref().and_then(shop_of), shop_then.as_deref().and_then(shop_of))
        {
            if now.0 != then.0 {
                return Err(Error::invalid(
                    "backup",
                    msg!("error-data-backup-of-another-shop", theirs = then.1, ours = now.1),
                ));
            }
        }
        // Customers forgotten since the backup was taken stay forgotten: their
        // erasures are taken along and applied to the restored history.
        let forgets = crate::shop::forget::erasures(self)?;
        let now = clock::now();
        let previous = self.backup_to(&unused_path(backups, now, BackupKind::BeforeRestore))?;
        let settings_before = settings::version(self.connection())?;
        Backup::new(&source, self.connection_mut())?.step(-1)?;
        drop(source);
        self.after_restore(settings_before)?;
        if let Some(config) = &shop_now {
            self.set_meta(SHOP_META_KEY, Some(config))?;
            if shop_then.is_none() {
                // Taken before the desk was in the shop: it sends all its own
                // work again (the server skips what it has) and receives the
                // shop's history from the first (skipping what it holds).
                self.reset_sync_cursors()?;
            }
        }
        // The files the restored history refers to come back from beside the backup.
        if let Ok(live) = self.attachment_files() {
            let pool = crate::attachments::Files::new(pool_beside(backup));
            let wanted = crate::attachments::referenced(self.connection())?;
            crate::attachments::copy_files(&pool, &live, &wanted)?;
        }
        crate::shop::prepare(self)?;
        if !forgets.is_empty() {
            self.write(|w| w.receive(&forgets, Origin::Replay).map(drop))?;
            self.finish_forgetting()?;
        }
        Ok(RestoreReport { restored, previous })
    }
}
