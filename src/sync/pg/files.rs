//! Attached files on the server: kept once per content for the whole shop.

use tokio_postgres::Client;

use super::errors::Link;
use crate::core::Result;

/// Which of `hashes` the server does not hold yet for this shop.
pub(crate) async fn missing(
    client: &Client,
    link: &Link,
    shop_id: &str,
    hashes: &[String],
) -> Result<Vec<String>> {
    let rows = client
        .query(
            "SELECT h FROM unnest($2::text[]) AS h
             WHERE NOT EXISTS (SELECT 1 FROM casebook.files f WHERE f.shop_id = $1 AND f.hash = h)",
            &[&shop_id, &hashes],
        )
        .await
        .map_err(|e| link.fail(e))?;
    Ok(rows.into_iter().map(|r| r.get(0)).collect())
}

/// Adds a file (a second desk adding the same content at once is no harm).
pub(crate) async fn put(
    client: &Client,
    link: &Link,
    shop_id: &str,
    desk_id: &str,
    hash: &str,
    bytes: &[u8],
) -> Result<()> {
    client
        .execute(
            "INSERT INTO casebook.files (shop_id, hash, size, content, added_by) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (shop_id, hash) DO NOTHING",
            &[&shop_id, &hash, &(bytes.len() as i64), &bytes, &desk_id],
        )
        .await
        .map_err(|e| link.fail(e))?;
    Ok(())
}

/// A file's content, if the server has it.
pub(crate) async fn get(client: &Client, link: &Link, shop_id: &str, hash: &str) -> Result<Option<Vec<u8>>> {
    let row = client
        .query_opt("SELECT content FROM casebook.files WHERE shop_id = $1 AND hash = $2", &[&shop_id, &hash])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(row.map(|r| r.get(0)))
}

/// Deletes an erased file's content from the server.
pub(crate) async fn delete(client: &Client, link: &Link, shop_id: &str, hash: &str) -> Result<()> {
    client
        .execute("DELETE FROM casebook.files WHERE shop_id = $1 AND hash = $2", &[&shop_id, &hash])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(())
}
