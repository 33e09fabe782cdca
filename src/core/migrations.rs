//! Versioned, append-only, atomic schema migrations.
//!
//! The schema version lives in SQLite's `user_version`. Each migration runs inside
//! one transaction together with the bump of `user_version`, so a crash leaves the
//! database either before or after a migration, never half-way. The text of every
//! applied migration is fingerprinted in `schema_migrations`; if a released
//! migration is edited later, opening refuses instead of drifting silently.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::{Error, Result};

pub struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Never edit or reorder: only append.
pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, name: "history", sql: include_str!("migrations/0001_history.sql") },
    Migration {
        version: 2,
        name: "response targets",
        sql: include_str!("migrations/0002_response_targets.sql"),
    },
    Migration { version: 3, name: "tell it once", sql: include_str!("migrations/0003_tell_it_once.sql") },
    Migration { version: 4, name: "search", sql: include_str!("migrations/0004_search.sql") },
    Migration { version: 5, name: "learn", sql: include_str!("migrations/0005_learn.sql") },
    Migration { version: 6, name: "features", sql: include_str!("migrations/0006_features.sql") },
    Migration { version: 7, name: "one history", sql: include_str!("migrations/0007_one_history.sql") },
    Migration { version: 8, name: "mail", sql: include_str!("migrations/0008_mail.sql") },
    Migration { version: 9, name: "attachments", sql: include_str!("migrations/0009_attachments.sql") },
    Migration { version: 10, name: "case measures", sql: include_str!("migrations/0010_case_measures.sql") },
    Migration { version: 11, name: "settled", sql: include_str!("migrations/0011_settled.sql") },
    Migration { version: 12, name: "carried", sql: include_str!("migrations/0012_carried.sql") },
    Migration { version: 13, name: "staff merges", sql: include_str!("migrations/0013_staff_merges.sql") },
    Migration { version: 14, name: "passcodes", sql: include_str!("migrations/0014_passcodes.sql") },
    Migration { version: 15, name: "forgotten", sql: include_str!("migrations/0015_forgotten.sql") },
    Migration {
        version: 16,
        name: "rederive indexes",
        sql: include_str!("migrations/0016_rederive_indexes.sql"),
    },
    Migration { version: 17, name: "drafts", sql: include_str!("migrations/0017_drafts.sql") },
    Migration { version: 18, name: "search terms", sql: include_str!("migrations/0018_search_terms.sql") },
    Migration { version: 19, name: "saved replies", sql: include_str!("migrations/0019_saved_replies.sql") },
];

/// The newest schema this build understands.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

/// Marks a SQLite file as Casebook's (`PRAGMA application_id`): "CsBk".
pub const APPLICATION_ID: i32 = 0x4373_426b;

/// FNV-1a, 64 bit: stable across Rust versions and platforms, enough to notice an
/// edited migration. Carriage returns are skipped, so a build from a Windows
/// checkout (CRLF line ends) reads the same migrations as any other.
fn checksum(sql: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in sql.bytes().filter(|b| *b != b'\r') {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

pub fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the schema up to [`LATEST`]. Each step is atomic.
pub fn migrate(conn: &mut Connection, now_ms: i64) -> Result<()> {
    migrate_with(conn, MIGRATIONS, now_ms)
}

fn migrate_with(conn: &mut Connection, migrations: &[Migration], now_ms: i64) -> Result<()> {
    // A migration may rebuild a table others refer to (SQLite's twelve steps,
    // which copy every row with its id and rowid, so every reference stays as
    // it was): foreign keys are off while it runs. The pragma is a no-op
    // inside a transaction, so it is set around them.
    let enforced: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    let result = migrate_each(conn, migrations, now_ms);
    if enforced {
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
    }
    result
}

fn migrate_each(conn: &mut Connection, migrations: &[Migration], now_ms: i64) -> Result<()> {
    for migration in migrations {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = user_version(&tx)?;
        if i64::from(migration.version) <= current {
            verify_applied(&tx, migration)?;
            tx.commit()?;
            continue;
        }
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                checksum   TEXT NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT;",
        )?;
        tx.execute_batch(migration.sql).map_err(|e| {
            Error::Internal(format!(
                "schema migration {} ({}) failed: {e}",
                migration.version, migration.name
            ))
        })?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?1, ?2, ?3, ?4)",
            params![migration.version, migration.name, checksum(migration.sql), now_ms],
        )?;
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(())
}

fn verify_applied(conn: &Connection, migration: &Migration) -> Result<()> {
    let stored: Option<String> = conn
        .query_row("SELECT checksum FROM schema_migrations WHERE version = ?1", [migration.version], |r| {
            r.get(0)
        })
        .optional()?;
    match stored {
        Some(sum) if sum == checksum(migration.sql) => Ok(()),
        Some(_) => Err(Error::Internal(format!(
            "schema migration {} ({}) differs from the one this database was built with; \
             released migrations must never change",
            migration.version, migration.name
        ))),
        None => Err(Error::Corrupt {
            detail: format!("schema migration {} is marked applied but not recorded", migration.version),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_consecutive_from_one() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version as usize, i + 1, "migration '{}' is out of order", m.name);
        }
    }

    #[test]
    fn a_failing_migration_leaves_no_trace() {
        let mut conn = Connection::open_in_memory().unwrap();
        let steps = [
            Migration { version: 1, name: "good", sql: "CREATE TABLE a (x INTEGER) STRICT;" },
            Migration {
                version: 2,
                name: "bad",
                sql: "CREATE TABLE b (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);",
            },
        ];
        let err = migrate_with(&mut conn, &steps, 0).unwrap_err();
        assert!(err.to_string().contains("migration 2 (bad) failed"), "the error names the migration: {err}");
        assert_eq!(user_version(&conn).unwrap(), 1, "the good step stays applied");
        let b_exists: bool = conn
            .query_row("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'b')", [], |r| r.get(0))
            .unwrap();
        assert!(!b_exists, "the half-run step is rolled back completely");
    }

    #[test]
    fn checksum_is_stable() {
        assert_eq!(checksum(""), "cbf29ce484222325", "FNV-1a offset basis for empty input");
        assert_ne!(checksum("a"), checksum("b"), "different text, different fingerprint");
    }
}
