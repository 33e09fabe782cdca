//! Presence on the shop's server: where this desk's person is, and the
//! others (see `crate::sync::presence` and `server/0007_presence.sql`).

use std::time::Duration;

use tokio_postgres::error::SqlState;
use tokio_postgres::Client;

use super::errors::Link;
use super::DESK_PROTOCOL;
use crate::core::{Error, Result};
use crate::sync::presence::{Here, Presence};

/// The server predates presence (set up by an older Casebook, its owner has
/// not connected since): there is nothing to tell or read.
fn missing(e: &tokio_postgres::Error) -> bool {
    e.code() == Some(&SqlState::UNDEFINED_FUNCTION)
}

pub(super) async fn set(client: &Client, link: &Link, here: &Here, staff: &str, ttl: Duration) -> Result<()> {
    let ttl = ttl.as_millis() as i32;
    let staff: String = staff.chars().take(120).collect();
    match client
        .execute(
            "SELECT casebook.set_presence($1, $2, $3, $4, $5)",
            &[&DESK_PROTOCOL, &here.case_id, &staff, &here.writing, &ttl],
        )
        .await
    {
        Ok(_) => Ok(()),
        Err(e) if missing(&e) => Ok(()),
        Err(e) => Err(link.fail(e)),
    }
}

/// The others' rows, each with how long it holds (ms) unless renewed.
pub(super) async fn list(client: &Client, link: &Link) -> Result<Vec<(Presence, u64)>> {
    let rows = match client.query("SELECT * FROM casebook.presence($1)", &[&DESK_PROTOCOL]).await {
        Ok(rows) => rows,
        Err(e) if missing(&e) => return Ok(Vec::new()),
        Err(e) => return Err(link.fail(e)),
    };
    rows.iter()
        .map(|r| {
            let left: i64 = r.try_get(5).map_err(|e| Error::Internal(e.to_string()))?;
            Ok((
                Presence {
                    desk_id: r.get(0),
                    desk_name: r.get(1),
                    staff_name: r.get(2),
                    case_id: r.get(3),
                    writing: r.get(4),
                },
                left.max(0) as u64,
            ))
        })
        .collect()
}
