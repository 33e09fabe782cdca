//! A shop's desks on the server: one PostgreSQL role each, granted only what a
//! desk needs, and the list the owner manages.

use crate::msg;
use serde::{Deserialize, Serialize};
use tokio_postgres::{GenericClient, Transaction};
use ts_rs::TS;

use super::connect::{ident, verifier};
use super::errors::Link;
use crate::core::{clock, Error, Result, Ts};

/// One desk of the shop, as the server knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ServerDesk {
    pub id: String,
    pub name: String,
    pub invited_at: Ts,
    /// When it joined with its code (the first desk joins as it creates the shop).
    pub joined_at: Option<Ts>,
    /// Its last sync or heartbeat.
    pub last_seen: Option<Ts>,
    /// Its clock minus the server's at its last heartbeat, in milliseconds.
    #[ts(type = "number | null")]
    pub clock_offset_ms: Option<i64>,
    /// When the owner withdrew its access.
    pub revoked_at: Option<Ts>,
}

/// The desk's role name: `casebook_desk_` and its id's letters and digits.
pub(crate) fn role_name(desk_id: &str) -> Result<String> {
    let tail: String =
        desk_id.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    if tail.is_empty() {
        return Err(Error::invalid("desk_id", msg!("error-sync-desk-id", desk_id)));
    }
    let mut name = format!("casebook_desk_{tail}");
    name.truncate(63);
    Ok(name)
}

/// Creates the desk's role with this password, or gives an existing one this
/// password and lets it log in again; then grants what a desk needs, and no
/// more (the row-level policies of the schema narrow it to its own shop).
pub(crate) async fn create_role(tx: &Transaction<'_>, link: &Link, role: &str, password: &str) -> Result<()> {
    let fail = |e| link.fail(e);
    let exists = tx.query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&role]).await.map_err(fail)?;
    let r = ident(role);
    let v = verifier(password);
    let make = if exists.is_some() {
        format!("ALTER ROLE {r} LOGIN PASSWORD '{v}'")
    } else {
        format!(
            "CREATE ROLE {r} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT CONNECTION LIMIT 16 \
             PASSWORD '{v}'"
        )
    };
    tx.batch_execute(&make).await.map_err(fail)?;
    tx.batch_execute(&grants(role)).await.map_err(fail)?;
    Ok(())
}

/// The server's functions a desk may call: everything it does goes through
/// them (`server/0003_gate.sql`, `server/0004_carried.sql`,
/// `server/0007_presence.sql`).
const DESK_FUNCTIONS: &[&str] = &[
    "hello(integer)",
    "join_shop(integer, text)",
    "heartbeat(integer, bigint)",
    "now_ms()",
    "shop_desks(integer)",
    "pull(integer, bigint, integer)",
    "push(integer, text[], text[], bigint[], text[], bigint[], text[], text[], text[], text[])",
    "files_missing(integer, text[])",
    "put_file(integer, text, bytea)",
    "get_file(integer, text)",
    "erase_file(integer, text)",
    "push_carried(integer, text[], text[], bigint[], text[], bigint[], text[], text[], text[], text[])",
    "set_presence(integer, text, text, boolean, integer)",
    "presence(integer)",
];

/// What a desk's role is granted: no right on any table but reading the
/// server's schema version, only its functions. Its sessions get time limits
/// (a desk may lift them for itself, so the server does not rely on them: a
/// push that finds the shop held ends the desk session holding it). The
/// owner becomes a member of the role, which lets revoking end its sessions.
pub(crate) fn grants(role: &str) -> String {
    let r = ident(role);
    let functions = DESK_FUNCTIONS.iter().map(|f| format!("casebook.{f}")).collect::<Vec<_>>().join(", ");
    format!(
        "REVOKE ALL ON ALL TABLES IN SCHEMA casebook FROM {r};
         GRANT USAGE ON SCHEMA casebook TO {r};
         GRANT SELECT ON casebook.schema_version TO {r};
         GRANT EXECUTE ON FUNCTION {functions} TO {r};
         ALTER ROLE {r} SET statement_timeout = '120s';
         ALTER ROLE {r} SET lock_timeout = '10s';
         ALTER ROLE {r} SET idle_in_transaction_session_timeout = '30s';
         GRANT {r} TO CURRENT_USER;"
    )
}

const DESK_COLUMNS: &str = "id, name,
    (extract(epoch FROM invited_at) * 1000)::int8,
    (extract(epoch FROM joined_at) * 1000)::int8,
    (extract(epoch FROM last_seen) * 1000)::int8,
    clock_offset_ms,
    (extract(epoch FROM revoked_at) * 1000)::int8";

/// The shop's desks, in the order they were invited (for the owner).
pub(crate) async fn list(client: &impl GenericClient, link: &Link, shop_id: &str) -> Result<Vec<ServerDesk>> {
    let rows = client
        .query(
            &format!("SELECT {DESK_COLUMNS} FROM casebook.desks WHERE shop_id = $1 ORDER BY invited_at, id"),
            &[&shop_id],
        )
        .await
        .map_err(|e| link.fail(e))?;
    Ok(from_rows(&rows))
}

/// The calling desk's shop's desks.
pub(crate) async fn list_for_desk(client: &impl GenericClient, link: &Link) -> Result<Vec<ServerDesk>> {
    let rows = client
        .query("SELECT * FROM casebook.shop_desks($1)", &[&super::DESK_PROTOCOL])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(from_rows(&rows))
}

fn from_rows(rows: &[tokio_postgres::Row]) -> Vec<ServerDesk> {
    let ts = |ms: Option<i64>| ms.map(clock::from_ms);
    rows.iter()
        .map(|r| ServerDesk {
            id: r.get(0),
            name: r.get(1),
            invited_at: clock::from_ms(r.get(2)),
            joined_at: ts(r.get(3)),
            last_seen: ts(r.get(4)),
            clock_offset_ms: r.get(5),
            revoked_at: ts(r.get(6)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_are_plain_and_short() {
        let name = role_name("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b").unwrap();
        assert_eq!(name, "casebook_desk_0190a1b2c3d47e5f8a9b0c1d2e3f4a5b");
        assert!(role_name("--").is_err(), "an id with no letters or digits is refused");
        assert!(role_name(&"a".repeat(200)).unwrap().len() <= 63);
    }
}
