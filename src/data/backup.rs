//! Backups: consistent copies of the database (SQLite's online backup, taken in
//! one read transaction while the desk keeps working), each checked with
//! `integrity_check` before it counts, kept in a `backups` folder beside the
//! data and rotated (the newest of each of the last 7 days, and of each of the
//! 4 weeks before). Restoring checks the backup first and always keeps the
//! current history as a backup before replacing it.

use crate::core::Msg;
use crate::msg;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Datelike, TimeZone, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use tokio::sync::oneshot;

use crate::core::db::{job_died, Db};
use crate::core::migrations::{APPLICATION_ID, LATEST as SCHEMA_VERSION};
use crate::core::{clock, text_enum, Error, Result, Store, Ts};
use crate::staff::Actor;

pub const DAILY_KEPT: usize = 7;
pub const WEEKLY_KEPT: usize = 4;
/// How often the app takes a backup while it runs.
pub const EVERY: Duration = Duration::from_secs(24 * 60 * 60);

text_enum!(
    /// Why a backup was taken. Automatic ones are rotated; the others are kept
    /// until someone deletes them.
    BackupKind {
        Automatic => "auto",
        Manual => "manual",
        BeforeRestore => "before-restore",
    }
);

/// A backup file, checked, with what it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    pub taken_at: Ts,
    pub kind: BackupKind,
    pub size_kb: u32,
    pub schema_version: u32,
    pub customers: u32,
    pub cases: u32,
    pub events: u32,
    /// Attached files it refers to (kept beside it, in `attachments/`).
    pub files: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RestoreReport {
    pub restored: BackupInfo,
    /// Where the history that was replaced is kept.
    pub previous: BackupInfo,
}

/// The backups folder for a database: `backups/` beside it.
pub fn backups_dir(db_path: &Path) -> PathBuf {
    db_path.parent().map(|p| p.join("backups")).unwrap_or_else(|| PathBuf::from("backups"))
}

fn file_name(at: Ts, kind: BackupKind) -> String {
    format!("casebook-{}-{}.db", at.format("%Y%m%d-%H%M%S"), kind.as_str())
}

/// A new backup's path in `dir`: never an existing file, even for two backups
/// in the same second (a restore right after a restore must not overwrite the
/// backup it is restoring from).
pub(super) fn unused_path(dir: &Path, at: Ts, kind: BackupKind) -> PathBuf {
    let first = dir.join(file_name(at, kind));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("casebook-{}-{}-{n}.db", at.format("%Y%m%d-%H%M%S"), kind.as_str())))
        .find(|p| !p.exists())
        .expect("some number is free")
}

/// When and why a backup was taken, from its file name.
fn parse_name(name: &str) -> Option<(Ts, BackupKind)> {
    let rest = name.strip_prefix("casebook-")?.strip_suffix(".db")?;
    let (stamp, kind) = (rest.get(..15)?, rest.get(16..)?);
    let kind = match kind.rsplit_once('-') {
        Some((k, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => k,
        _ => kind,
    };
    let at = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?;
    Some((Utc.from_utc_datetime(&at), kind.parse().ok()?))
}

fn io(context: Msg) -> impl FnOnce(std::io::Error) -> Error {
    move |e| Error::io(context, e)
}

/// Checks a file is a healthy Casebook database this version can open (running
/// `integrity_check` over every page), and says what it holds. Opened read-only:
/// checking changes nothing.
pub fn verify(path: &Path) -> Result<BackupInfo> {
    inspect(path, true)
}

/// What a backup holds, from its header and counts alone (quick enough to list
/// many large backups; [`verify`] reads every page).
pub fn describe(path: &Path) -> Result<BackupInfo> {
    inspect(path, false)
}

fn inspect(path: &Path, full_check: bool) -> Result<BackupInfo> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let size = std::fs::metadata(path)
        .map_err(io(msg!("error-data-could-read-backup", path = path.display())))?
        .len();
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut header))
        .map_err(io(msg!("error-data-could-read-backup", path = path.display())))?;
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(Error::NotCasebook { path: path.to_path_buf() });
    }
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(Error::from)?;
    let not_ours = || Error::NotCasebook { path: path.to_path_buf() };
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(|_| not_ours())?;
    if app_id != APPLICATION_ID {
        return Err(not_ours());
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > i64::from(SCHEMA_VERSION) {
        return Err(Error::NewerSchema { found: version, supported: i64::from(SCHEMA_VERSION) });
    }
    let damaged = |detail: String| Error::Corrupt { detail: format!("{} {detail}", path.display()) };
    if full_check {
        // The check looks up every index entry in its table: with SQLite's
        // default 2 MB cache that is a disk read each; a larger cache for this
        // one connection makes it several times faster.
        conn.execute_batch("PRAGMA cache_size = -262144; PRAGMA mmap_size = 2147483648;")?;
        let check: String = conn
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
            .map_err(|e| damaged(format!("cannot be read: {e}")))?;
        if check != "ok" {
            return Err(damaged(format!("fails its integrity check: {check}")));
        }
    }
    let count = |sql: &str| {
        conn.query_row(sql, [], |r| r.get::<_, u32>(0)).map_err(|e| damaged(format!("cannot be read: {e}")))
    };
    let (taken_at, kind) = parse_name(&name).unwrap_or_else(|| {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        let at = modified.map(chrono::DateTime::<Utc>::from).unwrap_or_else(clock::now);
        (at, BackupKind::Manual)
    });
    Ok(BackupInfo {
        path: path.display().to_string(),
        file_name: name,
        taken_at,
        kind,
        size_kb: u32::try_from(size / 1024).unwrap_or(u32::MAX),
        schema_version: version as u32,
        customers: count("SELECT coalesce(max(rowid), 0) FROM customers")?,
        cases: count("SELECT coalesce(max(rowid), 0) FROM cases")?,
        events: count("SELECT coalesce(max(seq), 0) FROM events")?,
        files: crate::attachments::referenced(&conn).map(|f| f.len() as u32).unwrap_or(0),
    })
}

/// How a copy is paced: so many pages a step, then a pause.
#[derive(Clone, Copy, Debug)]
pub struct Pace {
    pub pages: i32,
    pub pause: Duration,
}

/// 4 MB a step (about 10 ms of work), then 4 ms for everyone else: reads at
/// the counter never queue behind the copy, and the copy of a 1 GB shop takes
/// about a second longer than in one go.
pub const PACE: Pace = Pace { pages: 1024, pause: Duration::from_millis(4) };

/// Every this many steps (64 MB) the copy is flushed to disk, so the disk never
/// holds a backlog of writes that a read at the counter would queue behind.
const FLUSH_EVERY_STEPS: u32 = 16;

/// Copies the database `source` is connected to into a new file at `target`
/// (replaced if it exists), as [`PACE`] paces it. See [`copy_paced`].
pub fn copy_database(source: &Connection, target: &Path) -> Result<()> {
    copy_paced(source, target, PACE, |_| {})
}

/// Copies the database `source` is connected to into a new file at `target`,
/// a step at a time with a pause after each (`between` runs in it, with the
/// pages left), and flushes it to disk before returning.
///
/// The whole copy is one read transaction on `source`: writers go on
/// committing meanwhile, the copy shows the database as it was when it began,
/// and a write between two steps never makes it start again. A `source` already
/// in a transaction is copied as that transaction sees it.
pub fn copy_paced(
    source: &Connection,
    target: &Path,
    pace: Pace,
    mut between: impl FnMut(i32),
) -> Result<()> {
    let _ = std::fs::remove_file(target);
    let own_read = source.is_autocommit();
    if own_read {
        // BEGIN alone takes no snapshot; the first read does.
        source.execute_batch("BEGIN DEFERRED")?;
        if let Err(e) = source.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)) {
            let _ = source.execute_batch("ROLLBACK");
            return Err(e.into());
        }
    }
    let copied = (|| {
        let mut copy = Connection::open(target)?;
        // Flushed once at the end (and every few steps) instead of at SQLite's
        // own moments: the file is renamed into place only once checked.
        copy.pragma_update(None, "synchronous", "OFF")?;
        let flush = std::fs::OpenOptions::new()
            .write(true)
            .open(target)
            .map_err(io(msg!("error-data-could-write-backup", target = target.display())))?;
        {
            let backup = Backup::new(source, &mut copy)?;
            let mut steps = 0u32;
            loop {
                // Busy or locked (another connection holds what the copy
                // needs) is tried again after the pause.
                if let rusqlite::backup::StepResult::Done = backup.step(pace.pages)? {
                    break;
                }
                steps += 1;
                if steps.is_multiple_of(FLUSH_EVERY_STEPS) {
                    flush
                        .sync_data()
                        .map_err(io(msg!("error-data-could-write-backup", target = target.display())))?;
                }
                between(backup.progress().remaining);
                std::thread::sleep(pace.pause);
            }
        }
        // One self-contained file, whatever the source's journal mode.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        drop(copy);
        flush.sync_all().map_err(io(msg!("error-data-could-write-backup", target = target.display())))?;
        Ok::<_, Error>(())
    })();
    if own_read {
        source.execute_batch("COMMIT")?;
    }
    if copied.is_err() {
        let _ = std::fs::remove_file(target);
    }
    copied
}

impl Store {
    /// A consistent copy of the whole database at `target`, checked before it is
    /// kept. The copy ([`copy_database`]) is made in one read transaction, in
    /// paced steps: other connections go on reading and writing meanwhile, and
    /// the copy shows the database as it was when it began.
    pub fn backup_to(&self, target: &Path) -> Result<BackupInfo> {
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(io(msg!("error-data-could-create-backups-folder", dir = dir.display())))?;
        }
        let partial = target.with_extension("partial");
        let _ = std::fs::remove_file(&partial);
        if let Err(e) = copy_database(self.connection(), &partial) {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
        match verify(&partial).and_then(|_| keep_files(self, &partial, &pool_beside(target))) {
            Ok(_) => {
                std::fs::rename(&partial, target)
                    .map_err(io(msg!("error-data-could-keep-backup", target = target.display())))?;
                describe(target)
            }
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                Err(e)
            }
        }
    }
}

impl Db {
    /// Where this database's backups are kept.
    pub fn backups_dir(&self) -> PathBuf {
        backups_dir(&self.inner.path)
    }

    /// Takes a checked backup on a connection of its own, so neither the writer
    /// nor the readers wait for it, then rotates the automatic backups.
    pub fn backup_blocking(&self, kind: BackupKind) -> Result<BackupInfo> {
        let _one_at_a_time = self.inner.backing_up.lock().unwrap_or_else(|p| p.into_inner());
        let store = Store::open_reader(&self.inner.path)?;
        take(&store, &self.backups_dir(), kind)
    }

    pub async fn backup(&self, kind: BackupKind) -> Result<BackupInfo> {
        let db = self.clone();
        let (tx, rx) = oneshot::channel();
        std::thread::Builder::new()
            .name("casebook-backup".into())
            .spawn(move || {
                let _ = tx.send(db.backup_blocking(kind));
            })
            .map_err(|e| Error::io(msg!("error-data-could-start-backup"), e))?;
        rx.await.unwrap_or_else(|_| Err(job_died()))
    }

    /// Whether anything was recorded since the newest backup, so closing the app
    /// does not copy an unchanged history again.
    pub fn changed_since_last_backup(&self) -> Result<bool> {
        let latest = list(&self.backups_dir())?.into_iter().next();
        let Some(latest) = latest else { return Ok(true) };
        let events = self.read_blocking(|s| Ok(s.desk_info()?.events))?;
        Ok(events != latest.events)
    }

    /// Replaces the history with a backup's, on the writer thread so no write
    /// interleaves. The current history is kept as a backup first.
    pub async fn restore(&self, who: Actor, file: PathBuf) -> Result<RestoreReport> {
        let dir = self.backups_dir();
        // Not a clone of `self`: the writer thread must never hold the last handle.
        let backing_up = self.inner.backing_up.clone();
        self.write(move |store| {
            let _one_at_a_time = backing_up.lock().unwrap_or_else(|p| p.into_inner());
            store.restore_from(&who, &file, &dir)
        })
        .await
    }
}

/// Takes an automatic or manual backup into `dir`, then rotates the automatic ones.
pub fn take(store: &Store, dir: &Path, kind: BackupKind) -> Result<BackupInfo> {
    let info = store.backup_to(&unused_path(dir, clock::now(), kind))?;
    rotate(dir)?;
    Ok(info)
}

/// Every backup in `dir`, newest first. Files that are not healthy Casebook
/// backups are left out (and left alone).
pub fn list(dir: &Path) -> Result<Vec<BackupInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::io(msg!("error-data-could-read-backups-folder", dir = dir.display()), e))
        }
    };
    let mut out: Vec<BackupInfo> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .filter_map(|p| describe(&p).ok())
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.taken_at));
    Ok(out)
}

/// Which automatic backups to delete: keep the newest of each of the last
/// [`DAILY_KEPT`] days that have one, then the newest of each of the
/// [`WEEKLY_KEPT`] weeks before those. Manual and before-restore backups stay.
pub fn to_delete(names: &[String]) -> Vec<String> {
    let mut automatic: Vec<(Ts, &String)> = names
        .iter()
        .filter_map(|n| parse_name(n).filter(|(_, k)| *k == BackupKind::Automatic).map(|(t, _)| (t, n)))
        .collect();
    automatic.sort_by_key(|a| std::cmp::Reverse(a.0));
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    let mut keep = Vec::new();
    for (at, name) in &automatic {
        let day = at.date_naive();
        let week = (at.iso_week().year(), at.iso_week().week());
        if days.len() < DAILY_KEPT && !days.contains(&day) {
            days.push(day);
            keep.push(*name);
        } else if days.len() >= DAILY_KEPT
            && weeks.len() < WEEKLY_KEPT
            && !weeks.contains(&week)
            && !days.iter().any(|d| (d.iso_week().year(), d.iso_week().week()) == week)
        {
            weeks.push(week);
            keep.push(*name);
        }
    }
    automatic.into_iter().filter(|(_, n)| !keep.contains(n)).map(|(_, n)| n.clone()).collect()
}

/// Deletes the automatic backups [`to_delete`] names.
pub fn rotate(dir: &Path) -> Result<u32> {
    let names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => {
            entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect()
        }
        Err(_) => return Ok(0),
    };
    let mut removed = 0;
    for name in to_delete(&names) {
        if std::fs::remove_file(dir.join(&name)).is_ok() {
            removed += 1;
        }
    }
    if removed > 0 {
        // Files no remaining backup refers to leave the pool.
        let mut keep = std::collections::BTreeSet::new();
        for b in list(dir)? {
            keep.extend(crate::attachments::referenced_in(Path::new(&b.path))?);
        }
        crate::attachments::prune(&crate::attachments::Files::new(dir.join(FILES_DIR)), &keep)?;
    }
    Ok(removed)
}

/// Backups keep the files they refer to in one pool beside them, by content:
/// each file once, however many backups refer to it.
pub const FILES_DIR: &str = "attachments";

pub(super) fn pool_beside(backup: &Path) -> PathBuf {
    backup.parent().map(|p| p.join(FILES_DIR)).unwrap_or_else(|| PathBuf::from(FILES_DIR))
}

/// Copies into the pool every file the new backup refers to, each checked.
/// A file missing or damaged here does not stop the backup (the history is
/// the part that matters most); `casebook check` names it.
fn keep_files(store: &Store, backup: &Path, pool: &Path) -> Result<()> {
    let Ok(live) = store.attachment_files() else { return Ok(()) };
    let pool = crate::attachments::Files::new(pool);
    for hash in crate::attachments::referenced_in(backup)? {
        if pool.has(&hash) {
            continue;
        }
        match live.get(&hash) {
            Ok(bytes) => pool.put_as(&hash, &bytes)?,
            Err(Error::NotFound { .. } | Error::Corrupt { .. }) => {
                tracing::warn!(%hash, "an attached file is missing or damaged; the backup goes on without it");
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Whether an automatic backup is due: none yet, or the newest is [`EVERY`] old.
pub fn is_due(dir: &Path, now: Ts) -> bool {
    match latest_automatic(dir) {
        Some(at) => now.signed_duration_since(at).to_std().is_ok_and(|age| age >= EVERY),
        None => true,
    }
}

/// A backup in `dir` chosen by its file name (as the app lists them). Only a
/// plain name is accepted: nothing outside the backups folder can be named.
pub fn named(dir: &Path, file_name: &str) -> Result<PathBuf> {
    let plain = !file_name.is_empty()
        && Path::new(file_name).file_name().is_some_and(|n| n == file_name)
        && file_name.ends_with(".db");
    if !plain {
        return Err(Error::invalid("file_name", msg!("error-data-name-backup-pick-one-from", file_name)));
    }
    let path = dir.join(file_name);
    if !path.is_file() {
        return Err(Error::not_found("Backup", file_name));
    }
    Ok(path)
}

/// The newest automatic backup's time, for "is one due?".
pub fn latest_automatic(dir: &Path) -> Option<Ts> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| parse_name(&e.file_name().to_string_lossy()))
        .filter(|(_, k)| *k == BackupKind::Automatic)
        .map(|(t, _)| t)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(day: &str, kind: BackupKind) -> String {
        file_name(clock::parse(&format!("{day}T18:00:00Z")).unwrap(), kind)
    }

    #[test]
    fn names_carry_the_time_and_the_reason() {
        let n = name("2026-11-20", BackupKind::BeforeRestore);
        assert_eq!(n, "casebook-20261120-180000-before-restore.db");
        assert_eq!(parse_name(&n).map(|(_, k)| k), Some(BackupKind::BeforeRestore));
        assert_eq!(parse_name("notes.db"), None);
        let second = "casebook-20261120-180000-before-restore-2.db";
        assert_eq!(
            parse_name(second).map(|(_, k)| k),
            Some(BackupKind::BeforeRestore),
            "a second in the same second"
        );
    }

    #[test]
    fn rotation_keeps_seven_days_and_four_weeks_and_every_manual_backup() {
        // Daily backups for 60 days back from 2026-11-22, two on the last day.
        let mut names: Vec<String> = (0..60)
            .map(|d| {
                name(
                    &(chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap() - chrono::Duration::days(d))
                        .to_string(),
                    BackupKind::Automatic,
                )
            })
            .collect();
        names.push(file_name(clock::parse("2026-11-22T09:00:00Z").unwrap(), BackupKind::Automatic));
        names.push(name("2026-01-05", BackupKind::Manual));
        names.push(name("2026-02-05", BackupKind::BeforeRestore));
        let gone = to_delete(&names);
        let kept: Vec<&String> = names.iter().filter(|n| !gone.contains(n)).collect();
        let auto: Vec<&&String> = kept.iter().filter(|n| n.ends_with("-auto.db")).collect();
        assert_eq!(auto.len(), DAILY_KEPT + WEEKLY_KEPT, "7 daily and 4 weekly automatic backups: {auto:?}");
        assert!(kept.contains(&&names[0]), "the newest is kept");
        assert!(gone.contains(&names[60]), "the older backup of the same day goes");
        assert!(
            kept.iter().any(|n| n.ends_with("-manual.db"))
                && kept.iter().any(|n| n.ends_with("-before-restore.db")),
            "manual ones stay"
        );
    }
}
