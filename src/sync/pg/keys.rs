//! The shop's key on the server's side: the server keeps only its check
//! (see `super::super::seal`), and the owner may seal, once, what a shop
//! sent before it sealed its words.

use tokio_postgres::{Client, GenericClient};

use super::errors::{Link, Who};
use super::{schema, DESK_PROTOCOL};
use crate::core::Result;
use crate::msg;
use crate::shop::LoggedEvent;
use crate::sync::seal::{self, ShopKey};

/// The first server schema that knows sealed payloads.
const SEALING_SCHEMA: i32 = 6;

/// Whether the server knows sealed payloads (set up by this build or later).
pub(crate) async fn server_seals(client: &Client, link: &Link) -> Result<bool> {
    Ok(schema::version(client, link).await? >= SEALING_SCHEMA)
}

/// The shop's key check on the server: `None` when the shop's words are not
/// sealed (or its server was set up before sealing).
pub(crate) async fn server_check(client: &Client, link: &Link, shop_id: &str) -> Result<Option<String>> {
    if !server_seals(client, link).await? {
        return Ok(None);
    }
    match link.who {
        Who::Owner => {
            let row = client
                .query_opt("SELECT key_check FROM casebook.shops WHERE id = $1", &[&shop_id])
                .await
                .map_err(|e| link.fail(e))?;
            Ok(row.and_then(|r| r.get(0)))
        }
        Who::Desk | Who::Joining => desk_check(client, link).await,
    }
}

/// The key check of the connected desk's shop (on a server that seals).
pub(crate) async fn desk_check(client: &Client, link: &Link) -> Result<Option<String>> {
    let row = client
        .query_one("SELECT casebook.key_check($1)", &[&DESK_PROTOCOL])
        .await
        .map_err(|e| link.fail(e))?;
    Ok(row.get(0))
}

/// The key to seal with for a shop whose check is `check`: `None` when the
/// shop does not seal its words. Refused when it does and this desk has no
/// key, or another.
pub(crate) async fn key_for(link: &Link, shop_id: &str, check: Option<&str>) -> Result<Option<ShopKey>> {
    let Some(check) = check else { return Ok(None) };
    verify(link, check, seal::kept_key(shop_id).await?).map(Some)
}

/// `key`, if it is the one the shop's server knows by `check`; refused with
/// words that say what to do when it is missing or another.
pub(crate) fn verify(link: &Link, check: &str, key: Option<ShopKey>) -> Result<ShopKey> {
    match key {
        None => Err(link.refused(msg!("error-seal-key-missing"))),
        Some(key) if key.check() != check => Err(link.refused(msg!("error-seal-key-wrong"))),
        Some(key) => Ok(key),
    }
}

/// The key this desk seals with (see [`key_for`]).
pub(crate) async fn sealing(client: &Client, link: &Link, shop_id: &str) -> Result<Option<ShopKey>> {
    let check = server_check(client, link, shop_id).await?;
    key_for(link, shop_id, check.as_deref()).await
}

/// For the owner: the shop's key, made now (and its check given to the
/// server) if the shop has none. A shop sealed with a key this computer does
/// not hold is refused: a desk gets it with a join or key code.
pub(crate) async fn owner_key(client: &Client, link: &Link, shop_id: &str) -> Result<ShopKey> {
    let kept = seal::kept_key(shop_id).await?;
    match server_check(client, link, shop_id).await? {
        Some(check) => verify(link, &check, kept),
        None => {
            let key = match kept {
                Some(key) => key,
                None => ShopKey::generate()?,
            };
            seal::keep_key(shop_id, &key).await?;
            let set = client
                .execute(
                    // Desks too old to open a sealed payload are told to update.
                    "UPDATE casebook.shops SET key_check = $2, min_desk_protocol = greatest(min_desk_protocol, $3)
                     WHERE id = $1 AND key_check IS NULL",
                    &[&shop_id, &key.check(), &DESK_PROTOCOL],
                )
                .await
                .map_err(|e| link.fail(e))?;
            if set == 0 {
                // Another owner's desk sealed it meanwhile, with its key.
                return Err(link.refused(msg!("error-seal-key-wrong")));
            }
            Ok(key)
        }
    }
}

/// Seals, on the server, the payloads of these events that it holds in
/// clear (sent before the shop sealed its words); an event about a forgotten
/// customer keeps, there too, only what this desk keeps of it. Returns how
/// many changed.
pub(crate) async fn seal_held(
    client: &impl GenericClient,
    link: &Link,
    shop_id: &str,
    key: &ShopKey,
    events: &[LoggedEvent],
) -> Result<u64> {
    let (ids, payloads): (Vec<&str>, Vec<String>) =
        events.iter().map(|e| (e.id.as_str(), key.seal_payload(&e.id, e.payload.as_str()))).unzip();
    client
        .execute(
            "UPDATE casebook.events e SET payload = t.p
             FROM unnest($2::text[], $3::text[]) AS t(id, p)
             WHERE e.shop_id = $1 AND e.id = t.id AND e.payload <> t.p
               AND e.payload NOT LIKE '%\"sealed\"%'
               AND CASE WHEN e.kind <> 'customer_forgotten'
                             AND EXISTS (SELECT 1 FROM casebook.forgotten f
                                         WHERE f.shop_id = $1 AND f.customer_id = e.customer_id)
                        THEN t.p NOT LIKE '%\"sealed\"%'
                        ELSE t.p LIKE '%\"sealed\"%' END",
            &[&shop_id, &ids, &payloads],
        )
        .await
        .map_err(|e| link.fail(e))
}
