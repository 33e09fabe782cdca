//! The demo shop generator.

use casebook::demo::{seed, SeedOptions};
use casebook::{clock, ErrorCode, Store};

fn story(store: &Store) -> Vec<String> {
    let conn = store.connection();
    conn.prepare(
        "SELECT e.kind || '|' || e.at || '|' || coalesce(c.name, '') || '|' || coalesce(json_extract(e.payload, '$.body'), json_extract(e.payload, '$.subject'), '')
         FROM events e LEFT JOIN customers c ON c.id = e.customer_id ORDER BY e.seq",
    )
    .unwrap()
    .query_map([], |r| r.get(0))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

#[test]
fn the_same_seed_and_day_give_the_same_shop() {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let options = SeedOptions { seed: 7, customers: 25, events: None, now };
    let mut a = Store::open_in_memory().unwrap();
    let mut b = Store::open_in_memory().unwrap();
    let report = seed(&mut a, &options).unwrap();
    seed(&mut b, &options).unwrap();
    assert_eq!(story(&a), story(&b), "a seed reproduces every name, time and word");
    assert_eq!(report.customers, 25);
    assert!(report.cases >= 25, "every customer has at least one case");
    assert!(report.events > report.cases * 2, "cases carry conversations, not just titles");

    let mut c = Store::open_in_memory().unwrap();
    seed(&mut c, &SeedOptions { seed: 8, ..options }).unwrap();
    assert_ne!(story(&a), story(&c), "another seed gives another shop");
}

#[test]
fn the_demo_has_a_live_queue_and_a_realistic_history() {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    seed(&mut store, &SeedOptions::demo(now)).unwrap();
    let info = store.desk_info().unwrap();
    assert_eq!(info.staff, 4, "four staff members to switch between");
    assert_eq!(info.customers, 40);
    let queue = store.queue(None, 200).unwrap();
    assert!(queue.total >= 5, "there are open cases to look at (got {})", queue.total);
    assert!(
        queue.cases.iter().any(|c| c.waiting_since.is_some()),
        "some customers are waiting for an answer"
    );
    let newest =
        store.connection().query_row("SELECT max(at) FROM events", [], |r| r.get::<_, i64>(0)).unwrap();
    assert!(newest <= clock::to_ms(now), "nothing in the demo happens after its 'now'");
}

#[test]
fn the_demo_never_mixes_into_an_existing_shop() {
    let mut store = Store::open_in_memory().unwrap();
    seed(&mut store, &SeedOptions::demo(clock::now())).unwrap();
    let before = store.desk_info().unwrap();
    let err = seed(&mut store, &SeedOptions::demo(clock::now())).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict, "{err}");
    assert!(err.to_string().contains("empty database"), "the message says what to do: {err}");
    assert_eq!(store.desk_info().unwrap(), before, "nothing was added");
}

#[test]
fn a_benchmark_sized_shop_reaches_the_events_asked_for() {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let report = seed(&mut store, &SeedOptions { seed: 7, customers: 50, events: Some(3_000), now }).unwrap();
    assert!(report.events >= 3_000, "at least the events asked for: {}", report.events);
    assert!(report.events < 3_400, "and not far beyond: {}", report.events);
    assert_eq!(store.desk_info().unwrap().customers, 50, "returning customers, not new ones");
}
