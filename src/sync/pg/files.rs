//! Attached files on the server: kept once per content for the whole shop,
//! through the server's functions (which check a file's content against its
//! name, and delete one only when the history holds its erasure).

use tokio_postgres::Client;

use super::errors::Link;
use super::DESK_PROTOCOL;
use crate::core::Result;

/// Which of `hashes` the server does not hold yet for this shop.
pub(crate) async fn missing(client: &Client, link: &Link, hashes: &[String]) -> Result<Vec<String>> {
    let rows = client
        .query("SELECT * FROM casebook.files_missing($1, $2)", &[&DESK_PROTOCOL, &hashes])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(rows.into_iter().map(|r| r.get(0)).collect())
}

/// Adds a file (a second desk adding the same content at once is no harm).
pub(crate) async fn put(client: &Client, link: &Link, hash: &str, bytes: &[u8]) -> Result<()> {
    client
        .execute("SELECT casebook.put_file($1, $2, $3)", &[&DESK_PROTOCOL, &hash, &bytes])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(())
}

/// A file's content, if the server has it.
pub(crate) async fn get(client: &Client, link: &Link, hash: &str) -> Result<Option<Vec<u8>>> {
    let row = client
        .query_one("SELECT casebook.get_file($1, $2)", &[&DESK_PROTOCOL, &hash])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(row.get(0))
}

/// Deletes an erased file's content from the server.
pub(crate) async fn delete(client: &Client, link: &Link, hash: &str) -> Result<()> {
    client
        .execute("SELECT casebook.erase_file($1, $2)", &[&DESK_PROTOCOL, &hash])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(())
}
