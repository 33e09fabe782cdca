//! A forgotten customer's words leave the shop's server: once an erasure is
//! settled here, this desk names the events about the records it forgets
//! that it holds, and the server drops the sealed part of each (it checks
//! that an erasure in the shop's history named their customer; see
//! `server/0006_sealed.sql`). The forgetting desk does it at once; a desk
//! that was offline, and sent words about the customer before it heard,
//! does it when it hears.

use super::{PgRelay, PUSH_BATCH};
use crate::core::db::Db;
use crate::core::Result;
use crate::shop::forget::SERVER_TO_FORGET;

/// Sends the server the events whose sealed words it should drop, if an
/// erasure reached this desk since the last time. Returns how many lost
/// them. A failure leaves the note, and the next round tries again.
pub async fn forget_on_server(db: &Db, relay: &mut PgRelay) -> Result<u64> {
    let ids: Option<Vec<String>> = db
        .write(|s| {
            if s.meta_value(SERVER_TO_FORGET)?.is_none() {
                return Ok(None);
            }
            let ids = {
                let mut stmt = s.connection().prepare(
                    "SELECT e.id FROM events e
                     WHERE e.kind <> 'customer_forgotten'
                       AND e.customer_id IN (SELECT customer_id FROM forgotten)",
                )?;
                let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
                ids
            };
            s.set_meta(SERVER_TO_FORGET, None)?;
            Ok(Some(ids))
        })
        .await?;
    let Some(ids) = ids else { return Ok(0) };
    if !relay.sealed() {
        // Words the server holds in clear (a shop not sealed yet) are the
        // owner's to seal, which leaves the forgotten ones' as the desks
        // keep them (`setup::seal_shop_words`).
        return Ok(0);
    }
    let mut stripped = 0;
    for chunk in ids.chunks(PUSH_BATCH) {
        match relay.strip_forgotten(chunk).await {
            Ok(n) => stripped += n,
            Err(e) => {
                db.write(|s| s.set_meta(SERVER_TO_FORGET, Some("1"))).await?;
                return Err(e);
            }
        }
    }
    Ok(stripped)
}
