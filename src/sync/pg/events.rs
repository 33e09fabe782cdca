//! Storing and reading a shop's events on the server: the same rules for a
//! desk's push and the owner's first upload, kept by the server itself
//! (`casebook.append` in `server/0003_gate.sql`).
//!
//! **Positions.** A pull asks for "the events after position N", so a position
//! must never become visible after a larger one: a puller that had already
//! moved its cursor past it would never see it. A plain sequence would break
//! exactly that: `nextval` is handed out at once and outside the transaction,
//! so a push that took 41 can commit after one that took 42, and a desk pulling
//! in between moves its cursor to 42 and skips 41 for ever. The server hands
//! positions out from the shop's row, under a row lock held to commit: the
//! next push for the shop waits until this one has committed (or rolled
//! back), so commit order is position order and every reader sees a gap-free
//! prefix. Desks never hold that lock themselves: they may only call the
//! server's functions, and one that holds a transaction open is ended.

use std::borrow::Cow;

use crate::msg;
use tokio_postgres::{Client, GenericClient};

use super::errors::{Link, Who};
use crate::core::{clock, Error, RawJson, Result};
use crate::shop::LoggedEvent;
use crate::sync::seal::{Opened, ShopKey};
use crate::sync::{Carried, Pushed, Relayed, SyncConfig};

/// A batch this long is sealed on two threads.
const SEAL_IN_TWO: usize = 512;

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
    payload: Cow<'a, str>,
}

fn columns<'a>(ev: &'a LoggedEvent, key: Option<&ShopKey>) -> Result<Columns<'a>> {
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
        payload: match key {
            Some(key) => Cow::Owned(key.seal_payload(&ev.id, ev.payload.as_str())),
            None => Cow::Borrowed(ev.payload.as_str()),
        },
    })
}

/// A batch of events as the server's functions take them: one array per
/// column, in the batch's order.
struct Arrays<'a> {
    ids: Vec<&'a str>,
    desks: Vec<&'a str>,
    hlcs: Vec<i64>,
    staff: Vec<Option<&'a str>>,
    ats: Vec<i64>,
    customers: Vec<Option<&'a str>>,
    cases: Vec<Option<&'a str>>,
    kinds: Vec<String>,
    payloads: Vec<Cow<'a, str>>,
}

impl<'a> Arrays<'a> {
    /// The batch's columns, each payload sealed when the shop seals its
    /// words (`key`).
    fn of(events: &'a [LoggedEvent], key: Option<&ShopKey>) -> Result<Arrays<'a>> {
        let rows = match key {
            // Sealing is most of a push's work on the desk: both halves of a
            // big batch at once.
            Some(_) if events.len() >= SEAL_IN_TWO => {
                let (first, second) = events.split_at(events.len() / 2);
                let seal = |part: &'a [LoggedEvent]| {
                    part.iter().map(|e| columns(e, key)).collect::<Result<Vec<_>>>()
                };
                let (rows, rest) = std::thread::scope(|s| {
                    let other = s.spawn(|| seal(second));
                    let rows = seal(first);
                    (
                        rows,
                        other
                            .join()
                            .unwrap_or_else(|_| Err(Error::Internal("sealing a batch failed".into()))),
                    )
                });
                let mut rows = rows?;
                rows.extend(rest?);
                rows
            }
            _ => events.iter().map(|e| columns(e, key)).collect::<Result<Vec<_>>>()?,
        };
        Ok(Arrays {
            ids: rows.iter().map(|r| r.id).collect(),
            desks: rows.iter().map(|r| r.desk_id).collect(),
            hlcs: rows.iter().map(|r| r.hlc).collect(),
            staff: rows.iter().map(|r| r.staff_id).collect(),
            ats: rows.iter().map(|r| r.at).collect(),
            customers: rows.iter().map(|r| r.customer_id).collect(),
            cases: rows.iter().map(|r| r.case_id).collect(),
            kinds: rows.iter().map(|r| r.kind.clone()).collect(),
            payloads: rows.into_iter().map(|r| r.payload).collect(),
        })
    }

    /// The nine arrays, in the order every function takes them after its
    /// first argument.
    fn params(&self) -> [&(dyn tokio_postgres::types::ToSql + Sync); 9] {
        [
            &self.ids,
            &self.desks,
            &self.hlcs,
            &self.staff,
            &self.ats,
            &self.customers,
            &self.cases,
            &self.kinds,
            &self.payloads,
        ]
    }

    /// `first` and then the nine arrays, as `$1` to `$10`.
    fn with<'b>(
        &'b self,
        first: &'b (dyn tokio_postgres::types::ToSql + Sync),
    ) -> Vec<&'b (dyn tokio_postgres::types::ToSql + Sync)> {
        std::iter::once(first).chain(self.params()).collect()
    }
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

/// Offers the server events of other desks this desk holds (see
/// `server/0004_carried.sql`): each is answered added, already there, kept
/// while its clock value is ahead, or refused.
pub(crate) async fn push_carried(
    client: &impl GenericClient,
    link: &Link,
    events: &[LoggedEvent],
    key: Option<&ShopKey>,
) -> Result<Carried> {
    let mut out = Carried::default();
    if events.is_empty() {
        return Ok(out);
    }
    let arrays = Arrays::of(events, key)?;
    let answers = client
        .query(
            "SELECT event_id, outcome FROM casebook.push_carried($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            &arrays.with(&super::DESK_PROTOCOL),
        )
        .await
        .map_err(|e| link.fail(e))?;
    for row in answers {
        let (id, outcome): (String, String) = (row.get(0), row.get(1));
        out.note(id, &outcome);
    }
    if !out.ahead.is_empty() {
        let row = client.query_one("SELECT casebook.now_ms()", &[]).await.map_err(|e| link.fail(e))?;
        out.server_ms = Some(row.get(0));
    }
    Ok(out)
}

/// Stores a batch through the server's checks, in one transaction: events
/// the server lacks are given the next positions in the batch's order; events
/// it holds identical are counted; any held event that differs, or any event
/// the server refuses, refuses the whole batch. `as_desk`: the desk's own
/// push (in its name, within its rate); otherwise the owner's upload.
pub(crate) async fn push(
    client: &impl GenericClient,
    link: &Link,
    shop_id: &str,
    events: &[LoggedEvent],
    key: Option<&ShopKey>,
) -> Result<Pushed> {
    if events.is_empty() {
        return Ok(Pushed::default());
    }
    let arrays = Arrays::of(events, key)?;
    let row = match link.who {
        Who::Owner => client
            .query_one(
                "SELECT added, already FROM casebook.append($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                &arrays.with(&shop_id),
            )
            .await,
        Who::Desk | Who::Joining => {
            client
                .query_one(
                    "SELECT added, already FROM casebook.push($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    &arrays.with(&super::DESK_PROTOCOL),
                )
                .await
        }
    }
    .map_err(|e| link.fail(e))?;
    let (added, already): (i64, i64) = (row.get(0), row.get(1));
    Ok(Pushed { added: added as u64, already_there: already as u64 })
}

/// The shop's events after `after`, at most `limit`, in the server's order,
/// their payloads opened with `key` (one it does not open is kept as it
/// came, and set aside as damaged where it is received).
pub(crate) async fn pull(
    client: &impl GenericClient,
    link: &Link,
    shop_id: &str,
    after: i64,
    limit: usize,
    key: Option<&ShopKey>,
) -> Result<Vec<Relayed>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = match link.who {
        Who::Owner => {
            client
                .query(
                    "SELECT position, id, desk_id, hlc, staff_id, at, customer_id, case_id, payload
                     FROM casebook.events WHERE shop_id = $1 AND position > $2 ORDER BY position LIMIT $3",
                    &[&shop_id, &after, &limit],
                )
                .await
        }
        Who::Desk | Who::Joining => {
            let limit = i32::try_from(limit).unwrap_or(i32::MAX);
            client
                .query("SELECT * FROM casebook.pull($1, $2, $3)", &[&super::DESK_PROTOCOL, &after, &limit])
                .await
        }
    }
    .map_err(|e| link.fail(e))?;
    rows.iter()
        .map(|r| {
            let id: String = r.get(1);
            let text: String = r.get(8);
            let text = match key.map(|k| k.open_payload(&id, &text)) {
                Some(Opened::Payload(opened)) => opened,
                _ => text,
            };
            let payload = RawJson::new(text)
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

/// Who the server says the connected desk is: (desk, shop, shop's name,
/// joined). Refused when its access was withdrawn.
pub(crate) async fn hello(
    client: &impl GenericClient,
    link: &Link,
) -> Result<(String, String, String, bool)> {
    let row = client
        .query_one(
            "SELECT desk_id, shop_id, shop_name, joined FROM casebook.hello($1)",
            &[&super::DESK_PROTOCOL],
        )
        .await
        .map_err(|e| link.fail(e))?;
    Ok((row.get(0), row.get(1), row.get(2), row.get(3)))
}

/// Checks that the connected role is this desk, of this shop, not revoked.
pub(crate) async fn check_me(
    client: &impl GenericClient,
    link: &Link,
    shop_id: &str,
    desk_id: &str,
) -> Result<()> {
    let (me, shop, _, _) = hello(client, link).await?;
    if me != desk_id || shop != shop_id {
        return Err(link.shop_not_here(&format!("shop {shop_id}")));
    }
    Ok(())
}

/// A desk's pull (the server refuses a revoked desk rather than answer empty).
pub(crate) async fn pull_for_desk(
    client: &Client,
    link: &Link,
    config: &SyncConfig,
    after: i64,
    limit: usize,
    key: Option<&ShopKey>,
) -> Result<Vec<Relayed>> {
    pull(client, link, &config.shop_id, after, limit, key).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_news_channel_is_a_valid_name() {
        assert_eq!(channel("0190-ABCD"), "casebook_0190_abcd");
        assert!(channel(&"x".repeat(100)).len() <= 63, "within PostgreSQL's name length");
    }
}
