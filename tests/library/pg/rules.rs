//! The server's own rules, tried directly as a desk's PostgreSQL role: what
//! a desk may not do must be refused by the server, not only by Casebook.

use casebook::sync::{invite, revoke, PgRelay, Relay};
use casebook::Error;
use tokio_postgres::error::SqlState;

use super::{event, events, Db};

fn refused<T: std::fmt::Debug>(result: Result<T, tokio_postgres::Error>, why: &str) -> String {
    let err = result.expect_err(why);
    assert_eq!(err.code(), Some(&SqlState::INSUFFICIENT_PRIVILEGE), "{why}: {err:?}");
    err.as_db_error().map(|e| e.message().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn no_one_changes_or_deletes_the_history() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    relay.push(&events(&shop.desk.config.desk_id, 3)).await.unwrap();

    let desk = db.as_desk(&shop.desk).await;
    refused(
        desk.execute("UPDATE casebook.events SET payload = '{}'", &[]).await,
        "a desk may not edit events",
    );
    refused(desk.execute("DELETE FROM casebook.events", &[]).await, "a desk may not delete events");
    refused(desk.execute("TRUNCATE casebook.events", &[]).await, "a desk may not empty the history");

    let admin = db.as_admin().await;
    let msg = refused(
        admin.execute("UPDATE casebook.events SET kind = 'x'", &[]).await,
        "not even the owner edits",
    );
    assert!(msg.contains("append-only"), "the refusal says why: {msg}");
    refused(admin.execute("DELETE FROM casebook.events", &[]).await, "not even the owner deletes");
    refused(admin.execute("TRUNCATE casebook.events", &[]).await, "not even the owner empties it");
    let n: i64 = admin.query_one("SELECT count(*) FROM casebook.events", &[]).await.unwrap().get(0);
    assert_eq!(n, 3, "every event is still there");
}

#[tokio::test]
async fn a_desk_sees_only_its_own_shop() {
    let db = Db::new().await;
    let a = db.shop("Shop A").await;
    let b = db.shop("Shop B").await;
    let mut relay_a = PgRelay::open(a.desk.config.clone(), &a.desk.password).await.unwrap();
    let mut relay_b = PgRelay::open(b.desk.config.clone(), &b.desk.password).await.unwrap();
    relay_a.push(&events(&a.desk.config.desk_id, 2)).await.unwrap();
    relay_b.push(&events(&b.desk.config.desk_id, 5)).await.unwrap();

    let desk = db.as_desk(&a.desk).await;
    let count = |sql: &'static str| {
        let desk = &desk;
        async move { desk.query_one(sql, &[]).await.unwrap().get::<_, i64>(0) }
    };
    assert_eq!(count("SELECT count(*) FROM casebook.events").await, 2, "shop A's desk reads only A's events");
    assert_eq!(count("SELECT count(*) FROM casebook.shops").await, 1, "and only its own shop");
    assert_eq!(count("SELECT count(*) FROM casebook.desks").await, 1, "and only its shop's desks");
    let pulled = relay_a.pull(0, 100).await.unwrap();
    assert_eq!(pulled.len(), 2, "a pull brings nothing of another shop");
    assert!(pulled.iter().all(|r| r.event.desk_id == a.desk.config.desk_id));
}

#[tokio::test]
async fn a_desk_writes_only_in_its_own_name() {
    let db = Db::new().await;
    let a = db.shop("Shop A").await;
    let b = db.shop("Shop B").await;
    let other = invite(&db.owner(), &a.shop_id, "Back office").await.unwrap();
    let desk = db.as_desk(&a.desk).await;
    let me = &a.desk.config.desk_id;
    let insert = "INSERT INTO casebook.events (shop_id, position, id, desk_id, hlc, at, kind, payload)
                  VALUES ($1, 1000, $2, $3, 1, 1, 'staff_added', '{}')";

    let msg = refused(
        desk.execute(insert, &[&a.shop_id, &"e1", &other.desk_id]).await,
        "a desk may not write an event in another desk's name",
    );
    assert!(msg.contains("row-level security"), "the server's policy refused it: {msg}");
    refused(
        desk.execute(insert, &[&b.shop_id, &"e2", me]).await,
        "a desk may not write into another shop's history",
    );
    refused(
        desk.execute(insert, &[&a.shop_id, &"e3", me]).await,
        "a desk may not place its own event at a position it was not handed (a reader may be past it)",
    );
    let mut relay = PgRelay::open(a.desk.config.clone(), &a.desk.password).await.unwrap();
    let err = relay.push(&[event(&other.desk_id, 1)]).await.expect_err("a push in another desk's name fails");
    assert!(matches!(err, Error::Server { .. }), "refused by the server, with a message: {err:?}");

    let renamed =
        desk.execute("UPDATE casebook.desks SET name = 'Mine now' WHERE id = $1", &[&other.desk_id]).await;
    assert_eq!(renamed.unwrap(), 0, "a desk cannot change another desk's row");
    let own = desk.execute("UPDATE casebook.desks SET name = 'Front' WHERE id = $1", &[me]).await;
    assert_eq!(own.unwrap(), 1, "a desk may rename itself");
    refused(
        desk.execute("UPDATE casebook.desks SET revoked_at = NULL WHERE id = $1", &[me]).await,
        "a desk may not lift its own revocation",
    );
    refused(
        desk.execute("UPDATE casebook.shops SET name = 'x'", &[]).await,
        "a desk may not rename the shop",
    );
    let msg = refused(
        desk.execute("UPDATE casebook.shops SET next_position = 0 WHERE id = $1", &[&a.shop_id]).await,
        "a desk may not move its shop's positions back (they would be handed out twice)",
    );
    assert!(msg.contains("only move forward"), "{msg}");
    let moved =
        desk.execute("UPDATE casebook.shops SET next_position = 1 WHERE id = $1", &[&b.shop_id]).await;
    assert_eq!(moved.unwrap(), 0, "a desk cannot touch another shop's positions");
    refused(desk.execute("CREATE TABLE casebook.mine (x int)", &[]).await, "a desk may not add tables");
}

#[tokio::test]
async fn a_revoked_desk_is_refused_with_a_clear_message() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    relay.push(&events(&shop.desk.config.desk_id, 4)).await.unwrap();

    // Revoked while a session stays open: the server's rules alone refuse it.
    let open = db.as_desk(&shop.desk).await;
    db.as_admin().await.execute("UPDATE casebook.desks SET revoked_at = now()", &[]).await.unwrap();
    let n: i64 = open.query_one("SELECT count(*) FROM casebook.events", &[]).await.unwrap().get(0);
    assert_eq!(n, 0, "a revoked desk reads nothing, even on a connection opened before");
    let err = relay.pull(0, 10).await.expect_err("a revoked desk's pull fails rather than look empty");
    assert!(err.to_string().contains("withdrawn"), "it says access was withdrawn: {err}");
    let err = relay.push(&events(&shop.desk.config.desk_id, 1)).await.expect_err("and its push fails");
    assert!(err.to_string().contains("withdrawn"), "{err}");

    revoke(&db.owner(), &shop.shop_id, &shop.desk.config.desk_id).await.unwrap();
    let err = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.expect_err("login refused");
    assert!(matches!(err, Error::Server { .. }), "a refusal, not 'unreachable': {err:?}");
    let text = err.to_string();
    assert!(
        text.contains("withdrawn") && text.contains("new join code"),
        "says what happened and what to do: {text}"
    );
    let admin = db.as_admin().await;
    let n: i64 = admin.query_one("SELECT count(*) FROM casebook.events", &[]).await.unwrap().get(0);
    assert_eq!(n, 4, "its events stay in the shop's history");
}
