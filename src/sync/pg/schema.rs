//! The server's own schema: versioned migrations, applied by the shop's owner,
//! each in one transaction with its version. A desk refuses a server set up by
//! a newer Casebook rather than guess at its rules.

use crate::msg;
use tokio_postgres::error::SqlState;
use tokio_postgres::Client;

use super::errors::Link;
use crate::core::{Error, Result};

/// Never edit or reorder: only append.
const MIGRATIONS: &[(i32, &str)] = &[
    (1, include_str!("../server/0001_relay.sql")),
    (2, include_str!("../server/0002_files.sql")),
    (3, include_str!("../server/0003_gate.sql")),
    (4, include_str!("../server/0004_carried.sql")),
    (5, include_str!("../server/0005_bucket.sql")),
    (6, include_str!("../server/0006_sealed.sql")),
    (7, include_str!("../server/0007_presence.sql")),
];

/// The oldest server schema a desk of this build can work with: the first
/// whose functions it calls (see `server/0003_gate.sql`).
const DESK_NEEDS: i32 = 3;

/// The newest server schema this build knows.
pub const SERVER_SCHEMA: i32 = MIGRATIONS.len() as i32;

/// Any number: the lock every migrating owner takes, so two never interleave.
const MIGRATION_LOCK: i64 = 0x4361_7365_626f_6f6b;

/// The server's schema version; 0 when Casebook was never set up there.
pub(crate) async fn version(client: &Client, link: &Link) -> Result<i32> {
    match client.query_one("SELECT coalesce(max(version), 0) FROM casebook.schema_version", &[]).await {
        Ok(row) => Ok(row.get(0)),
        Err(e)
            if e.code() == Some(&SqlState::UNDEFINED_TABLE)
                || e.code() == Some(&SqlState::INVALID_SCHEMA_NAME) =>
        {
            Ok(0)
        }
        Err(e) => Err(link.fail(e)),
    }
}

/// Refuses a server whose schema is newer than this build knows.
pub(crate) fn refuse_newer(found: i32, link: &Link) -> Result<()> {
    if found > SERVER_SCHEMA {
        return Err(link.refused(msg!(
            "error-sync-server-set-up-newer-casebook",
            found,
            server_schema = SERVER_SCHEMA
        )));
    }
    Ok(())
}

/// For a desk: the server must hold a Casebook shop with the functions this
/// build calls. A newer server is fine: it says on every call whether it
/// still takes this desk's protocol (see `super::DESK_PROTOCOL`).
pub(crate) async fn check(client: &Client, link: &Link) -> Result<()> {
    let found = version(client, link).await?;
    if found == 0 {
        return Err(link.shop_not_here("no Casebook shop is set up on it"));
    }
    if found < DESK_NEEDS {
        return Err(link.refused(msg!("error-sync-server-set-up-older-casebook", at = link.at)));
    }
    Ok(())
}

/// Brings the server's schema up to date (the owner's connection). Idempotent.
pub(crate) async fn migrate(client: &mut Client, link: &Link) -> Result<()> {
    let found = version(client, link).await?;
    refuse_newer(found, link)?;
    if found == SERVER_SCHEMA {
        return Ok(());
    }
    let fail = |e| link.fail(e);
    for &(number, sql) in MIGRATIONS {
        let tx = client.transaction().await.map_err(fail)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).await.map_err(fail)?;
        tx.batch_execute(
            "CREATE SCHEMA IF NOT EXISTS casebook;
             CREATE TABLE IF NOT EXISTS casebook.schema_version (
                 version    integer PRIMARY KEY,
                 applied_at timestamptz NOT NULL DEFAULT now()
             );",
        )
        .await
        .map_err(fail)?;
        let row = tx
            .query_one("SELECT coalesce(max(version), 0) FROM casebook.schema_version", &[])
            .await
            .map_err(fail)?;
        let current: i32 = row.get(0);
        refuse_newer(current, link)?;
        if current >= number {
            continue;
        }
        tx.batch_execute(sql).await.map_err(|e| match e.as_db_error() {
            Some(db) if db.code() != &SqlState::INSUFFICIENT_PRIVILEGE => Error::Server {
                msg: msg!(
                    "error-sync-casebook-could-set-up-tables",
                    at = link.at,
                    number,
                    value = db.message()
                ),
            },
            _ => link.fail(e),
        })?;
        tx.execute("INSERT INTO casebook.schema_version (version) VALUES ($1)", &[&number])
            .await
            .map_err(fail)?;
        // Desks made before get what the newest schema gives a desk, and no more.
        if number == SERVER_SCHEMA {
            for row in tx.query("SELECT role_name FROM casebook.desks", &[]).await.map_err(fail)? {
                let role: String = row.get(0);
                tx.batch_execute(&super::desks::grants(&role)).await.map_err(fail)?;
            }
        }
        tx.commit().await.map_err(fail)?;
    }
    Ok(())
}
