//! Two real desks (SQLite stores) sharing one history through the real
//! server: what one writes, the other gets; the other hears of it at once.

use std::time::Duration;

use casebook::model::*;
use casebook::sync::{create_shop, invite, join, sync_once, PgRelay};
use casebook::{ids, Ctx};

use super::{store, Db};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_one_desk_writes_the_other_receives() {
    let db = Db::new().await;
    let mut a = store();
    let shop_id = ids::new_id();
    let first = create_shop(&db.owner(), &shop_id, "Corner Shop", a.desk_id(), "Counter").await.unwrap();
    let ana = a
        .write(|w| {
            w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        })
        .unwrap();
    let input = NewCustomer {
        name: "Maria Silva".into(),
        phones: vec!["+351 912 345 678".into()],
        ..NewCustomer::default()
    };
    let maria = a.write(|w| w.create_customer(&Ctx::staff(&ana.id), &input, false)).unwrap();
    let mut relay_a = PgRelay::open(first.config.clone(), &first.password).await.unwrap();
    let up = sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
    assert!(up.pushed >= 2, "the first desk sends its work: {up:?}");
    assert_eq!(a.unsent_count().unwrap(), 0, "and knows the server has it");

    // A second desk joins. It only receives here: the desk id its events
    // carry must be the one the join code gave it.
    let code = invite(&db.owner(), &shop_id, "Back office").await.unwrap().code;
    let second = join(&code).await.unwrap();
    let mut b = store();
    let mut relay_b = PgRelay::open(second.config.clone(), &second.password).await.unwrap();
    assert!(
        relay_b.wait_for_news(Duration::from_secs(1)).await.unwrap(),
        "listening starts with 'maybe news'"
    );
    let down = sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    assert_eq!(down.pulled, up.pushed, "everything the first desk sent arrives: {down:?}");
    assert_eq!(b.customer(&maria.id).unwrap().name, "Maria Silva", "the customer is on the second desk");
    assert!(b.list_staff().unwrap().iter().any(|s| s.id == ana.id), "and so is the staff member");
    assert_eq!(b.state_dump().unwrap(), a.state_dump().unwrap(), "both desks hold the same shop");

    // More work at the first desk: the second hears of it without polling.
    assert!(
        !relay_b.wait_for_news(Duration::from_millis(200)).await.unwrap(),
        "no news while nothing happens"
    );
    let more = NewCustomer { name: "João Reis".into(), ..NewCustomer::default() };
    let joao = a.write(|w| w.create_customer(&Ctx::staff(&ana.id), &more, false)).unwrap();
    sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
    assert!(relay_b.wait_for_news(Duration::from_secs(5)).await.unwrap(), "the push is announced");
    let down = sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    assert!(down.pulled >= 1, "{down:?}");
    assert_eq!(b.customer(&joao.id).unwrap().name, "João Reis");

    let beat = relay_b.heartbeat().await.unwrap();
    assert!(beat.clock_offset_ms.abs() < 2_000, "same computer, same clock: {beat:?}");
    assert!(!beat.clock_wrong);
    let desks = relay_b.desks().await.unwrap();
    assert_eq!(desks.len(), 2, "a desk sees its shop's desks: {desks:?}");
    let me = desks.iter().find(|d| d.id == second.config.desk_id).unwrap();
    assert!(me.last_seen.is_some() && me.clock_offset_ms.is_some(), "the heartbeat was recorded: {me:?}");
}
