//! Storing and reading a shop's events on the server: the same rules for a
//! desk's push and the owner's first upload.
//!
//! **Positions.** A pull asks for "the events after position N", so a position
//! must never become visible after a larger one: a puller that had already
//! moved its cursor past it would never see it. A plain sequence would break
//! exactly that: `nextval` is handed out at once and outside the transaction,
//! so a push that took 41 can commit after one that took 42, and a desk pulling
//! in between moves its cursor to 42 and skips 41 for ever. Here positions come
//! from the shop's row, read with `SELECT ... FOR UPDATE` and moved in the same
//! transaction that inserts the events: the next push for the shop waits on
//! that row lock until this one has committed (or rolled back), so commit order
//! is position order and every reader sees a gap-free prefix. (Positions left
//! unused by a rolled-back push are harmless: nothing ever takes them.)

use crate::msg;
use std::collections::HashMap;

use tokio_postgres::{Client, GenericClient, Row};

use super::errors::{Link, Who};
use crate::core::{clock, Error, RawJson, Result};
use crate::shop::LoggedEvent;
use crate::sync::{Pushed, Relayed, SyncConfig};

/// One event as its columns.
#[derive(Debug, PartialEq)]
struct Columns<'a> {
    id: &'a str,
    desk_id: &'a str,
    hlc: i64,
    staff_id: Option<&'a str>,
    at: i64,
    customer_id: Option<&'a str>,
    case_id: Option<&'a str>,
    kind: String,
    payload: &'a str,
}

fn columns(ev: &LoggedEvent) -> Result<Columns<'_>> {
    let hlc = ev.hlc.ok_or_else(|| {
        Error::Internal(format!("event {} has no place in the shared order and cannot be sent", ev.id))
    })?;
    Ok(Columns {
        id: &ev.id,
        desk_id: &ev.desk_id,
        hlc,
        staff_id: ev.staff_id.as_deref(),
        at: clock::to_ms(ev.at),
        customer_id: ev.customer_id.as_deref(),
        case_id: ev.case_id.as_deref(),
        kind: ev.kind(),
        payload: ev.payload.as_str(),
    })
}

/// Two payloads say the same: the same text, or the same JSON written another way.
fn same_payload(a: &str, b: &str) -> bool {
    a == b
        || matches!(
            (serde_json::from_str::<serde_json::Value>(a), serde_json::from_str::<serde_json::Value>(b)),
            (Ok(x), Ok(y)) if x == y
        )
}

fn same(held: &Row, ours: &Columns<'_>) -> bool {
    held.get::<_, &str>(1) == ours.desk_id
        && held.get::<_, i64>(2) == ours.hlc
        && held.get::<_, Option<&str>>(3) == ours.staff_id
        && held.get::<_, i64>(4) == ours.at
        && held.get::<_, Option<&str>>(5) == ours.customer_id
        && held.get::<_, Option<&str>>(6) == ours.case_id
        && held.get::<_, &str>(7) == ours.kind
        && same_payload(held.get(8), ours.payload)
}

fn conflict(id: &str) -> Error {
    Error::Conflict { msg: msg!("error-sync-server-holds-different-event-id", id) }
}

/// The channel desks of this shop listen on for news.
pub(crate) fn channel(shop_id: &str) -> String {
    let mut name = String::from("casebook_");
    name.extend(
        shop_id.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }),
    );
    // PostgreSQL names are at most 63 bytes; the name is all ASCII.
    name.truncate(63);
    name
}

/// Stores a batch in one transaction on `client`: events the server lacks are
/// given the next positions in the batch's order; events it holds identical are
/// counted; any held event that differs refuses the whole batch.
pub(crate) async fn push(
    client: &mut Client,
    link: &Link,
    shop_id: &str,
    events: &[LoggedEvent],
) -> Result<Pushed> {
    if events.is_empty() {
        return Ok(Pushed::default());
    }
    let fail = |e| link.fail(e);
    let rows = events.iter().map(columns).collect::<Result<Vec<_>>>()?;
    let tx = client.transaction().await.map_err(fail)?;

    // The shop's row lock, held to commit: see the module's comment.
    let next: i64 = match tx
        .query_opt("SELECT next_position FROM casebook.shops WHERE id = $1 FOR UPDATE", &[&shop_id])
        .await
        .map_err(fail)?
    {
        Some(row) => row.get(0),
        None if link.who == Who::Owner => return Err(link.shop_not_here(&format!("shop {shop_id}"))),
        // A desk sees only its own shop's row, and none once revoked.
        None => return Err(why_unseen(&tx, link, shop_id).await),
    };

    let ids: Vec<&str> = rows.iter().map(|r| r.id).collect();
    let held = tx
        .query(
            "SELECT id, desk_id, hlc, staff_id, at, customer_id, case_id, kind, payload
             FROM casebook.events WHERE shop_id = $1 AND id = ANY($2::text[])",
            &[&shop_id, &ids],
        )
        .await
        .map_err(fail)?;
    let held: HashMap<&str, &Row> = held.iter().map(|r| (r.get::<_, &str>(0), r)).collect();

    let mut fresh: HashMap<&str, &Columns<'_>> = HashMap::new();
    let mut new: Vec<&Columns<'_>> = Vec::new();
    for row in &rows {
        if let Some(h) = held.get(row.id) {
            if !same(h, row) {
                return Err(conflict(row.id));
            }
        } else if let Some(first) = fresh.get(row.id) {
            // The same id twice in one batch: only identical copies are fine.
            if *first != row {
                return Err(conflict(row.id));
            }
        } else {
            fresh.insert(row.id, row);
            new.push(row);
        }
    }
    let mut pushed = Pushed { added: 0, already_there: (rows.len() - new.len()) as u64 };
    if new.is_empty() {
        tx.commit().await.map_err(fail)?;
        return Ok(pushed);
    }

    let ids: Vec<&str> = new.iter().map(|r| r.id).collect();
    let desks: Vec<&str> = new.iter().map(|r| r.desk_id).collect();
    let staff: Vec<Option<&str>> = new.iter().map(|r| r.staff_id).collect();
    let customers: Vec<Option<&str>> = new.iter().map(|r| r.customer_id).collect();
    let cases: Vec<Option<&str>> = new.iter().map(|r| r.case_id).collect();
    let kinds: Vec<&str> = new.iter().map(|r| r.kind.as_str()).collect();
    let payloads: Vec<&str> = new.iter().map(|r| r.payload).collect();
    // Hand out the positions first: the server's rules accept a desk's event
    // only at a position below the shop's next_position.
    let last = next + new.len() as i64 - 1;
    tx.execute("UPDATE casebook.shops SET next_position = $2 WHERE id = $1", &[&shop_id, &(last + 1)])
        .await
        .map_err(fail)?;
    let hlcs: Vec<i64> = new.iter().map(|r| r.hlc).collect();
    let ats: Vec<i64> = new.iter().map(|r| r.at).collect();
    // One statement for the whole batch. ON CONFLICT is a second guard: under
    // the shop's lock, the ids checked above cannot have appeared since.
    let added = tx
        .execute(
            "INSERT INTO casebook.events
                 (shop_id, position, id, desk_id, hlc, staff_id, at, customer_id, case_id, kind, payload)
             SELECT $1, $2::int8 + t.n - 1, t.id, t.desk_id, t.hlc, t.staff_id, t.at, t.customer_id,
                    t.case_id, t.kind, t.payload
             FROM unnest($3::text[], $4::text[], $5::int8[], $6::text[], $7::int8[], $8::text[],
                         $9::text[], $10::text[], $11::text[])
                  WITH ORDINALITY AS t(id, desk_id, hlc, staff_id, at, customer_id, case_id, kind, payload, n)
             ON CONFLICT (shop_id, id) DO NOTHING",
            &[&shop_id, &next, &ids, &desks, &hlcs, &staff, &ats, &customers, &cases, &kinds, &payloads],
        )
        .await
        .map_err(fail)?;
    tx.execute("SELECT pg_notify($1, $2)", &[&channel(shop_id), &last.to_string()]).await.map_err(fail)?;
    tx.commit().await.map_err(fail)?;
    pushed.added = added;
    pushed.already_there = events.len() as u64 - added;
    Ok(pushed)
}

/// The shop's events after `after`, at most `limit`, in the server's order.
pub(crate) async fn pull(
    client: &impl GenericClient,
    link: &Link,
    shop_id: &str,
    after: i64,
    limit: usize,
) -> Result<Vec<Relayed>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = client
        .query(
            "SELECT position, id, desk_id, hlc, staff_id, at, customer_id, case_id, payload
             FROM casebook.events WHERE shop_id = $1 AND position > $2 ORDER BY position LIMIT $3",
            &[&shop_id, &after, &limit],
        )
        .await
        .map_err(|e| link.fail(e))?;
    rows.iter()
        .map(|r| {
            let id: String = r.get(1);
            let payload = RawJson::new(r.get(8))
                .map_err(|e| link.refused(msg!("error-sync-shop-s-server-holds-event", id, detail = e)))?;
            Ok(Relayed {
                position: r.get(0),
                event: LoggedEvent {
                    id,
                    desk_id: r.get(2),
                    hlc: Some(r.get(3)),
                    staff_id: r.get(4),
                    at: clock::from_ms(r.get(5)),
                    customer_id: r.get(6),
                    case_id: r.get(7),
                    payload,
                },
            })
        })
        .collect()
}

/// Checks that the connected role is this desk, of this shop, not revoked.
pub(crate) async fn check_me(
    client: &impl GenericClient,
    link: &Link,
    shop_id: &str,
    desk_id: &str,
) -> Result<()> {
    let me = client
        .query_opt("SELECT desk_id, shop_id, revoked FROM casebook.me", &[])
        .await
        .map_err(|e| link.fail(e))?;
    match me {
        None => Err(link.shop_not_here(&format!("desk {desk_id}"))),
        Some(row) if row.get::<_, bool>(2) => Err(link.revoked()),
        Some(row) if row.get::<_, &str>(0) != desk_id || row.get::<_, &str>(1) != shop_id => {
            Err(link.shop_not_here(&format!("shop {shop_id}")))
        }
        Some(_) => Ok(()),
    }
}

/// Why a desk cannot see its shop: revoked, or not this server's.
async fn why_unseen(client: &impl GenericClient, link: &Link, shop_id: &str) -> Error {
    match client.query_opt("SELECT revoked FROM casebook.me", &[]).await {
        Ok(Some(row)) if row.get::<_, bool>(0) => link.revoked(),
        Ok(_) => link.shop_not_here(&format!("shop {shop_id}")),
        Err(e) => link.fail(e),
    }
}

/// A desk's pull. The server's rules show a revoked desk nothing, so an empty
/// answer is checked: "no news" must not hide "no longer allowed".
pub(crate) async fn pull_for_desk(
    client: &Client,
    link: &Link,
    config: &SyncConfig,
    after: i64,
    limit: usize,
) -> Result<Vec<Relayed>> {
    let got = pull(client, link, &config.shop_id, after, limit).await?;
    if got.is_empty() {
        check_me(client, link, &config.shop_id, &config.desk_id).await?;
    }
    Ok(got)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_news_channel_is_a_valid_name() {
        assert_eq!(channel("0190-ABCD"), "casebook_0190_abcd");
        assert!(channel(&"x".repeat(100)).len() <= 63, "within PostgreSQL's name length");
    }

    #[test]
    fn payloads_match_by_meaning() {
        assert!(same_payload(r#"{"kind":"a","x":1}"#, r#"{"x": 1, "kind": "a"}"#));
        assert!(!same_payload(r#"{"kind":"a","x":1}"#, r#"{"kind":"a","x":2}"#));
    }
}
