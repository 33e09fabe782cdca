//! Attached files on the server: kept once per content for the whole shop,
//! through the server's functions (which delete one only when the history
//! holds its erasure). A shop that seals its words seals files too (see
//! `crate::sync::seal`); the server checks a file sent in clear against its
//! name, and the desk that opens a sealed one checks it.

use tokio_postgres::Client;

use super::errors::Link;
use super::DESK_PROTOCOL;
use crate::core::Result;
use crate::sync::seal::ShopKey;

/// Which of `hashes` the server does not hold yet for this shop.
pub(crate) async fn missing(client: &Client, link: &Link, hashes: &[String]) -> Result<Vec<String>> {
    let rows = client
        .query("SELECT * FROM casebook.files_missing($1, $2)", &[&DESK_PROTOCOL, &hashes])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(rows.into_iter().map(|r| r.get(0)).collect())
}

/// Adds a file, sealed with `key` when the shop seals its words (a second
/// desk adding the same content at once is no harm).
pub(crate) async fn put(
    client: &Client,
    link: &Link,
    hash: &str,
    bytes: &[u8],
    key: Option<&ShopKey>,
) -> Result<()> {
    let result = match key {
        Some(key) => {
            let sealed = key.seal_file(hash, bytes);
            client
                .execute("SELECT casebook.put_sealed_file($1, $2, $3)", &[&DESK_PROTOCOL, &hash, &sealed])
                .await
        }
        None => {
            client.execute("SELECT casebook.put_file($1, $2, $3)", &[&DESK_PROTOCOL, &hash, &bytes]).await
        }
    };
    result.map_err(|e| link.fail(e))?;
    Ok(())
}

/// A file's content, if the server has it: opened with `key` when sealed
/// (content that does not open comes as it is, and the caller's check
/// against its name refuses it).
pub(crate) async fn get(
    client: &Client,
    link: &Link,
    hash: &str,
    key: Option<&ShopKey>,
) -> Result<Option<Vec<u8>>> {
    let row = client
        .query_one("SELECT casebook.get_file($1, $2)", &[&DESK_PROTOCOL, &hash])
        .await
        .map_err(|e| link.fail(e))?;
    let stored: Option<Vec<u8>> = row.get(0);
    Ok(match (stored, key) {
        (Some(stored), Some(key)) => Some(key.open_file(hash, stored).unwrap_or_else(|stored| stored)),
        (stored, _) => stored,
    })
}

/// Deletes an erased file's content from the server.
pub(crate) async fn delete(client: &Client, link: &Link, hash: &str) -> Result<()> {
    client
        .execute("SELECT casebook.erase_file($1, $2)", &[&DESK_PROTOCOL, &hash])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(())
}
