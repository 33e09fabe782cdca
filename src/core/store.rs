//! The SQLite store: opening safely, migrations, and the one write path.
//!
//! A `Store` owns one connection. Writes go through [`Store::write`], which runs a
//! closure inside one IMMEDIATE transaction: the events it appends and the
//! current-state rows their apply functions change commit together or not at all.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use super::migrations::{self, APPLICATION_ID};
use super::settings::Cache;
use super::writer::Writer;
use super::{clock, ids, ChangeSet, Error, Result};

/// How long a connection waits for another writer before reporting "busy".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The `meta` key under which a desk keeps its shop's sync settings (see
/// `sync::SyncConfig`); absent on a desk that is in no shop.
pub const SHOP_META_KEY: &str = "sync.config";

/// The `meta` key of the app version that last opened this database (see
/// `shop::desk`): a new database starts with the version that made it, so
/// only an update is ever told as one.
pub const APP_VERSION_META_KEY: &str = "app_version";

pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) desk_id: String,
    pub(crate) path: Option<PathBuf>,
    changes: ChangeSet,
    /// Values parsed from the settings table (the calendar, the targets),
    /// reloaded when the settings version moves.
    cache: Cache,
    /// How far this desk's clock is from the real time: zero, except in tests
    /// of desks whose clocks are wrong.
    clock_offset_ms: i64,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up
    /// to date. Refuses, without changing anything, a file that is not a Casebook
    /// database or was written by a newer Casebook.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        check_file_header(path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::io(msg!("error-core-could-create-data-folder", dir = dir.display()), e)
            })?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| open_error(path, e))?;
        Store::setup(conn, Some(path.to_path_buf()))
    }

    /// A private database in memory, for tests and throwaway work.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, None)
    }

    /// A read-only connection to a database another `Store` has already opened
    /// and migrated. Used by the reader threads of [`super::db::Db`].
    pub(crate) fn open_reader(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| open_error(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        set_pragmas(&conn)?;
        conn.pragma_update(None, "query_only", true)?;
        let desk_id = read_desk_id(&conn)?.ok_or_else(|| Error::Internal("the desk id is missing".into()))?;
        Ok(Store {
            conn,
            desk_id,
            path: Some(path.to_path_buf()),
            changes: ChangeSet::default(),
            cache: Cache::default(),
            clock_offset_ms: 0,
        })
    }

    fn setup(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        // Look before touching: a newer or foreign database must stay exactly as it is.
        let version = migrations::user_version(&conn).map_err(|e| match e {
            Error::Corrupt { .. } => Error::NotCasebook { path: shown.clone() },
            other => other,
        })?;
        if version > i64::from(migrations::LATEST) {
            return Err(Error::NewerSchema { found: version, supported: i64::from(migrations::LATEST) });
        }
        let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if app_id != APPLICATION_ID {
            let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
            if app_id != 0 || tables > 0 {
                return Err(Error::NotCasebook { path: shown });
            }
        }
        set_pragmas(&conn)?;
        migrations::migrate(&mut conn, clock::to_ms(clock::now()))?;
        let desk_id = match read_desk_id(&conn)? {
            Some(id) => id,
            None => {
                let id = ids::new_id();
                conn.execute("INSERT INTO meta (key, value) VALUES ('desk_id', ?1)", [&id])?;
                conn.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
                    [APP_VERSION_META_KEY, env!("CARGO_PKG_VERSION")],
                )?;
                id
            }
        };
        Ok(Store {
            conn,
            desk_id,
            path,
            changes: ChangeSet::default(),
            cache: Cache::default(),
            clock_offset_ms: 0,
        })
    }

    /// How long a write waits for another program holding the database before
    /// reporting it busy (5 s by default).
    pub fn set_busy_timeout(&self, wait: Duration) -> Result<()> {
        Ok(self.conn.busy_timeout(wait)?)
    }

    /// Moves this desk's clock values by `ms` (positive: ahead): sync sets
    /// it back when the shop's server says the clock runs ahead; tests set
    /// it to play desks whose clocks disagree. Only new events move.
    #[cfg(not(feature = "test-hooks"))]
    pub(crate) fn set_clock_offset(&mut self, ms: i64) {
        self.clock_offset_ms = ms;
    }

    /// As above, open to the library's own tests (`test-hooks`).
    #[cfg(feature = "test-hooks")]
    pub fn set_clock_offset(&mut self, ms: i64) {
        self.clock_offset_ms = ms;
    }

    /// This installation's id, recorded on every event it writes (as this
    /// connection opened it; see [`Store::desk_id_now`]).
    pub fn desk_id(&self) -> &str {
        &self.desk_id
    }

    /// This installation's id as it stands now, even if it was changed (a new
    /// desk joining its shop takes the id the shop gave it) since this
    /// connection opened: for the reader connections.
    pub fn desk_id_now(&self) -> Result<String> {
        read_desk_id(&self.conn)?.ok_or_else(|| Error::Internal("the desk id is missing".into()))
    }

    /// Takes the id the shop gave this desk, before it has written anything:
    /// every event it writes from now on carries it.
    pub fn adopt_desk_id(&mut self, id: &str) -> Result<()> {
        let events: i64 = self.conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        if events > 0 && id != self.desk_id {
            return Err(Error::Conflict { msg: msg!("error-core-desk-already-has-own-history", events) });
        }
        self.conn.execute("UPDATE meta SET value = ?1 WHERE key = 'desk_id'", [id])?;
        self.desk_id = id.to_owned();
        Ok(())
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one transaction. Everything it writes commits together, or
    /// nothing does.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut writer = Writer::new(tx, &self.desk_id, &self.cache, self.clock_offset_ms);
        let out = f(&mut writer)?;
        let changes = writer.commit()?;
        self.changes.merge(changes);
        Ok(out)
    }

    /// Runs `f` in a transaction that is always rolled back: a dry run whose
    /// result is exactly what [`Store::write`] would do.
    pub fn rehearse<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut writer = Writer::new(tx, &self.desk_id, &self.cache, self.clock_offset_ms);
        f(&mut writer)
        // Dropping the writer drops its transaction, which rolls it back.
    }

    /// What was written since the last call: the UI refreshes only that.
    pub fn take_changes(&mut self) -> ChangeSet {
        std::mem::take(&mut self.changes)
    }

    /// Desk-local preferences (not history): who is at the counter, and the like.
    pub fn preference(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [pref_key(key)], |r| r.get(0))
            .optional()?)
    }

    pub fn set_preference(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [pref_key(key), v.to_owned()],
            )?,
            None => self.conn.execute("DELETE FROM meta WHERE key = ?1", [pref_key(key)])?,
        };
        Ok(())
    }

    /// Whether this desk belongs to a shop (it keeps its shop's sync
    /// settings under [`SHOP_META_KEY`]).
    pub fn in_shop(&self) -> Result<bool> {
        Ok(self.meta_value(SHOP_META_KEY)?.is_some())
    }

    /// A desk-local value kept under `key` in `meta` (not history): the sync
    /// settings and cursors, say.
    pub fn meta_value(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Sets (or with `None`, removes) a desk-local value in `meta`.
    pub fn set_meta(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, v],
            )?,
            None => self.conn.execute("DELETE FROM meta WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// The schema as SQL text, in a stable order (for the schema snapshot test).
    pub fn schema_sql(&self) -> Result<String> {
        let mut stmt = self.conn.prepare(
            "SELECT sql FROM sqlite_schema
             WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE TABLE ''%'
             ORDER BY type DESC, name",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = String::new();
        for sql in rows {
            out.push_str(&sql?);
            out.push_str(";\n\n");
        }
        Ok(out)
    }

    /// Direct access for the library's own modules (never for writes: those
    /// go through [`Store::write`]). Not part of the shipped API: the app and
    /// the CLI ask the library questions instead.
    #[cfg(not(feature = "test-hooks"))]
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    /// As above, open to the library's own tests and benchmarks
    /// (`test-hooks`) that need to look underneath.
    #[cfg(feature = "test-hooks")]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// SQLite's own integrity check of the database file: `ok`, or what is
    /// wrong (the first problem).
    pub fn integrity(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?)
    }

    /// Where an event stands in this desk's log (its sequence number), if
    /// the log holds it.
    pub fn log_position(&self, event_id: &str) -> Result<Option<i64>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT seq FROM events WHERE id = ?1", [event_id], |r| r.get(0))
            .optional()?)
    }

    pub(crate) fn connection_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Values parsed from the shop's settings, for the features that own them.
    pub fn cache(&self) -> &Cache {
        &self.cache
    }

    /// Runs `f` inside one read transaction, so everything it reads is from the
    /// same moment even while the desk goes on writing.
    pub fn snapshot<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        let out = f(self)?;
        tx.commit()?;
        Ok(out)
    }

    /// After the whole database was replaced by a backup's content: bring an older
    /// schema up to date, keep this installation's desk id (the events it writes
    /// from now on are still this desk's), make sure every connection reloads its
    /// settings, and tell the UI that everything changed.
    pub(crate) fn after_restore(&mut self, settings_version_before: i64) -> Result<()> {
        set_pragmas(&self.conn)?;
        migrations::migrate(&mut self.conn, clock::to_ms(clock::now()))?;
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('desk_id', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [&self.desk_id],
        )?;
        // Settings are cached by version; lift the restored versions above any
        // this or another connection has seen, so no stale calendar survives.
        self.conn.execute("UPDATE settings SET version = version + ?1 + 1", [settings_version_before])?;
        self.cache.clear();
        let mut all = ChangeSet { staff: true, settings: true, ..ChangeSet::default() };
        all.everything();
        self.changes.merge(all);
        Ok(())
    }
}

fn pref_key(key: &str) -> String {
    format!("pref.{key}")
}

fn read_desk_id(conn: &Connection) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM meta WHERE key = 'desk_id'", [], |r| r.get(0)).optional()?)
}

/// Set on every connection. WAL lets the UI read while the writer writes.
/// `synchronous = FULL` makes each commit durable across power loss, not only
/// across a crash of the app: a shop cannot re-create a lost conversation.
/// `secure_delete = FAST` zeroes what a change frees inside a page, at no
/// cost in writes; forgetting a customer zeroes every free page too
/// (`shop::forget`), so their words do not linger in the file.
fn set_pragmas(conn: &Connection) -> Result<()> {
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
        return Err(Error::Internal(format!("could not switch the database to WAL (it is '{mode}')")));
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -16000;
         PRAGMA secure_delete = FAST;",
    )?;
    // The write path uses a few dozen distinct statements; the default cache of
    // 16 would re-parse some of them on every bulk row.
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// A non-empty file must start with SQLite's magic header; anything else (a CSV,
/// a document) is refused before SQLite touches it.
fn check_file_header(path: &Path) -> Result<()> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(msg!("error-data-could-read-2", path = path.display()), e)),
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(Error::io(msg!("error-data-could-read-2", path = path.display()), e)),
        }
    }
    if read == 0 {
        return Ok(());
    }
    if read < header.len() || &header != b"SQLite format 3\0" {
        return Err(Error::NotCasebook { path: path.to_path_buf() });
    }
    Ok(())
}

fn open_error(path: &Path, err: rusqlite::Error) -> Error {
    match Error::from(err) {
        Error::Storage(inner) => Error::io(
            msg!("error-core-could-open-database", path = path.display()),
            std::io::Error::other(inner.to_string()),
        ),
        other => other,
    }
}
