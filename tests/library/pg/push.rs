//! Pushing and pulling through the real server: idempotent pushes, a changed
//! event refused whole, the first desk's upload, and above all no event ever
//! skipped by a desk pulling "after my cursor" while others push.

use std::collections::{BTreeSet, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use casebook::core::rng::Rng;
use casebook::core::RawJson;
use casebook::sync::{invite, join, upload_as_owner, PgRelay, Pushed, Relay, PUSH_BATCH};
use casebook::{ids, Error};

use super::{event, events, Db};

#[tokio::test]
async fn the_same_batch_pushed_twice_adds_nothing() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    let batch = events(&shop.desk.config.desk_id, 10);

    let first = relay.push(&batch).await.unwrap();
    assert_eq!(first, Pushed { added: 10, already_there: 0 }, "a new batch is stored whole");
    let again = relay.push(&batch).await.unwrap();
    assert_eq!(
        again,
        Pushed { added: 0, already_there: 10 },
        "a push repeated after a lost answer adds nothing"
    );

    let pulled = relay.pull(0, 100).await.unwrap();
    let positions: Vec<i64> = pulled.iter().map(|r| r.position).collect();
    assert_eq!(positions, (1..=10).collect::<Vec<_>>(), "stored once each, in the batch's order");
    let back: Vec<_> = pulled.into_iter().map(|r| r.event).collect();
    assert_eq!(back, batch, "every field comes back as it was sent");
    assert_eq!(relay.pull(10, 100).await.unwrap(), vec![], "nothing after the last");
    assert_eq!(relay.pull(4, 3).await.unwrap().iter().map(|r| r.position).collect::<Vec<_>>(), vec![5, 6, 7]);
}

#[tokio::test]
async fn a_changed_event_is_refused_and_nothing_of_its_batch_is_stored() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let desk = shop.desk.config.desk_id.clone();
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    let sent = events(&desk, 2);
    relay.push(&sent).await.unwrap();

    let mut changed = sent[1].clone();
    changed.payload =
        RawJson::new(r#"{"kind":"staff_added","staff_id":"x","name":"Other","role":"staff"}"#.into())
            .unwrap();
    let newcomer = event(&desk, 7);
    let err = relay.push(&[newcomer.clone(), changed.clone()]).await.expect_err("a changed event is refused");
    assert!(matches!(err, Error::Conflict { .. }), "a conflict: {err:?}");
    assert!(err.to_string().contains(&changed.id), "the message names the event: {err}");
    let held: Vec<String> = relay.pull(0, 100).await.unwrap().into_iter().map(|r| r.event.id).collect();
    assert_eq!(held, vec![sent[0].id.clone(), sent[1].id.clone()], "nothing of the refused batch was stored");

    let mut later = sent[0].clone();
    later.hlc = later.hlc.map(|h| h + 1);
    let err = relay.push(&[later]).await.expect_err("a different clock value is a different event");
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");

    let mut twin = newcomer.clone();
    twin.case_id = Some(ids::new_id());
    let err = relay.push(&[newcomer.clone(), twin]).await.expect_err("one id twice in a batch, differing");
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    let same_twice = relay.push(&[newcomer.clone(), newcomer]).await.unwrap();
    assert_eq!(
        same_twice,
        Pushed { added: 1, already_there: 1 },
        "identical copies in one batch are stored once"
    );
}

#[tokio::test]
async fn the_first_desk_uploads_its_whole_history_as_owner() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    // Events of desks the server has never heard of: an old history.
    let mut history = events(&ids::new_id(), 7_000);
    history.extend(events(&ids::new_id(), 5_500));
    let owner = db.owner();
    let up = upload_as_owner(&owner, &shop.shop_id, &history).await.unwrap();
    assert_eq!(up, Pushed { added: 12_500, already_there: 0 }, "everything is stored");
    let again = upload_as_owner(&owner, &shop.shop_id, &history[..6_000]).await.unwrap();
    assert_eq!(again, Pushed { added: 0, already_there: 6_000 }, "an upload repeated adds nothing");

    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    let mut seen = Vec::new();
    let mut after = 0;
    loop {
        let batch = relay.pull(after, PUSH_BATCH).await.unwrap();
        let Some(last) = batch.last() else { break };
        after = last.position;
        seen.extend(batch.into_iter().map(|r| r.event.id));
    }
    let sent: Vec<String> = history.iter().map(|e| e.id.clone()).collect();
    assert_eq!(seen, sent, "a desk pulls the uploaded history in its order");
    let err = upload_as_owner(&owner, "no-such-shop", &history[..1]).await.expect_err("an unknown shop");
    assert!(err.to_string().contains("does not hold"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_thousand_events_go_up_in_batches_of_five_thousand() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    let all = events(&shop.desk.config.desk_id, 20_000);
    let started = Instant::now();
    for batch in all.chunks(PUSH_BATCH) {
        let pushed = relay.push(batch).await.unwrap();
        assert_eq!(pushed.added, batch.len() as u64, "each batch is stored whole");
    }
    let took = started.elapsed();
    eprintln!(
        "pushed 20,000 events in {:.0} ms: {:.0} events/s",
        took.as_secs_f64() * 1000.0,
        20_000.0 / took.as_secs_f64()
    );
    let started = Instant::now();
    let mut count = 0;
    let mut after = 0;
    loop {
        let batch = relay.pull(after, PUSH_BATCH).await.unwrap();
        let Some(last) = batch.last() else { break };
        after = last.position;
        count += batch.len();
    }
    eprintln!("pulled them in {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    assert_eq!(count, 20_000, "all of them come back");
}

/// Eight desks push at once, in random batch sizes, while two desks pull
/// "after my cursor" over and over. If a position ever became visible before a
/// smaller one, a puller would move past the smaller one and never see it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_event_is_skipped_while_desks_push_at_once() {
    const PUSHERS: usize = 8;
    let db = Db::new().await;
    let shop = db.shop("Busy Shop").await;
    let owner = db.owner();
    let mut desks = vec![shop.desk.clone()];
    for n in 1..PUSHERS + 2 {
        let code = invite(&owner, &shop.shop_id, &format!("Desk {n}")).await.unwrap().code;
        desks.push(join(&code).await.unwrap());
    }
    let pullers: Vec<_> = desks.split_off(PUSHERS);

    let done = Arc::new(AtomicBool::new(false));
    let mut pushing = Vec::new();
    for (n, desk) in desks.into_iter().enumerate() {
        pushing.push(tokio::spawn(async move {
            let mut relay = PgRelay::open(desk.config.clone(), &desk.password).await.unwrap();
            let mut rng = Rng::new(n as u64 + 1);
            let mut acknowledged = Vec::new();
            let until = Instant::now() + Duration::from_secs(3);
            let mut k = 0;
            while Instant::now() < until {
                let size = rng.range(1, 120);
                let batch: Vec<_> = (0..size).map(|i| event(&desk.config.desk_id, k + i)).collect();
                k += size;
                relay.push(&batch).await.expect("a push succeeds");
                acknowledged.extend(batch.into_iter().map(|e| e.id));
            }
            acknowledged
        }));
    }
    let mut pulling = Vec::new();
    for desk in pullers {
        let done = done.clone();
        pulling.push(tokio::spawn(async move {
            let mut relay = PgRelay::open(desk.config.clone(), &desk.password).await.unwrap();
            let mut seen = Vec::new();
            let mut after = 0;
            let mut rounds = 0;
            loop {
                let finished = done.load(Ordering::SeqCst);
                let batch = relay.pull(after, 700).await.expect("a pull succeeds");
                rounds += 1;
                for r in &batch {
                    assert!(r.position > after, "positions only grow");
                    after = r.position;
                    seen.push(r.event.id.clone());
                }
                if batch.is_empty() && finished {
                    break;
                }
            }
            (seen, rounds)
        }));
    }
    let mut acknowledged = BTreeSet::new();
    let mut total = 0;
    for task in pushing {
        let ids = task.await.unwrap();
        total += ids.len();
        acknowledged.extend(ids);
    }
    done.store(true, Ordering::SeqCst);
    assert_eq!(acknowledged.len(), total, "every pushed id is unique");
    for task in pulling {
        let (seen, rounds) = task.await.unwrap();
        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(unique.len(), seen.len(), "a puller sees no event twice");
        let seen: BTreeSet<String> = seen.into_iter().collect();
        let missed = acknowledged.difference(&seen).count();
        assert_eq!(missed, 0, "a puller skipped {missed} of {total} acknowledged events");
        assert_eq!(seen, acknowledged, "and saw nothing that was not acknowledged");
        eprintln!("a puller saw all {total} events from {PUSHERS} desks in {rounds} pulls");
    }
}
