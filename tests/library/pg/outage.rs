//! The server going away: a server that accepts connections but never
//! answers must not hang the desk, and a server that crashes and comes back
//! is used again by itself, with nothing lost or stored twice. The crash test
//! runs its own server, so the others' is never crashed under them.

use std::time::{Duration, Instant};

use casebook::sync::{create_shop, Owner, PgRelay, Pushed, Relay};
use casebook::{ids, Error};

use super::{events, Db, OwnServer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_never_answers_does_not_hang_the_desk() {
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = silent.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut config = shop.desk.config.clone();
    config.server.port = port;
    let started = Instant::now();
    let err = PgRelay::open(config, &shop.desk.password).await.expect_err("no answer, no connection");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(13), "given up within the connect limit, took {took:?}");
    assert!(matches!(err, Error::Unavailable { .. }), "{err:?}");
    assert!(err.to_string().contains("no answer in time"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_server_crash_the_desk_carries_on_by_itself() {
    let server = OwnServer::start();
    let shop_id = ids::new_id();
    let desk_id = ids::new_id();
    let owner = Owner::parse(&server.url).unwrap();
    let joined = create_shop(&owner, &shop_id, "Corner Shop", &desk_id, "Counter").await.unwrap();
    let mut relay = PgRelay::open(joined.config.clone(), &joined.password).await.unwrap();
    let all = events(&desk_id, 150);
    relay.push(&all[..100]).await.unwrap();
    assert!(relay.wait_for_news(Duration::from_millis(10)).await.unwrap(), "listening");

    server.run("crash");
    let err = relay.push(&all[100..]).await.expect_err("the server is down");
    assert!(matches!(err, Error::Unavailable { .. }), "down is 'unreachable', to try again later: {err:?}");
    assert!(err.to_string().contains("keeps working"), "{err}");
    let heard = relay.wait_for_news(Duration::from_millis(500)).await;
    assert!(heard.is_err(), "listening fails too, rather than wait in silence: {heard:?}");

    server.run("restart");
    let pushed = relay.push(&all[100..]).await.expect("the desk reconnects by itself");
    assert_eq!(pushed, Pushed { added: 50, already_there: 0 });
    let again = relay.push(&all[..100]).await.unwrap();
    assert_eq!(again.already_there, 100, "what was committed before the crash survived it");
    let ids: Vec<String> = relay.pull(0, 1000).await.unwrap().into_iter().map(|r| r.event.id).collect();
    assert_eq!(ids, all.iter().map(|e| e.id.clone()).collect::<Vec<_>>(), "each event once, in order");
    assert!(relay.wait_for_news(Duration::from_millis(10)).await.unwrap(), "listening again");
}
