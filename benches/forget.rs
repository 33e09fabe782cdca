//! How long forgetting a customer takes on the desk: one with 5,000 events in
//! their history, in a shop of 1,000,000 events (the scale bench's shop, when
//! it was made: target/bench-data/casebook-1m.db, or CASEBOOK_BENCH_DB), else
//! in a shop of 100,000 events made here. Printed beside the target, never
//! asserted. Run with `cargo bench --bench forget`.

use std::path::PathBuf;
use std::time::Instant;

use casebook::demo::{seed, SeedOptions};
use casebook::model::*;
use casebook::{clock, Ctx, Store};

const THEIR_EVENTS: usize = 5_000;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("shop.db");
    let big = std::env::var_os("CASEBOOK_BENCH_DB").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/casebook-1m.db")
    });
    if big.exists() {
        std::fs::copy(&big, &copy).unwrap();
    } else {
        println!(
            "(no 1,000,000-event shop made yet by `cargo bench --bench scale`: a 100,000-event one instead)"
        );
        let mut store = Store::open(&copy).unwrap();
        seed(
            &mut store,
            &SeedOptions { seed: 7, customers: 5_000, events: Some(100_000), now: clock::now() },
        )
        .unwrap();
    }
    let mut store = Store::open(&copy).unwrap();
    let info = store.desk_info().unwrap();
    let owner: String = store
        .connection()
        .query_row("SELECT id FROM staff WHERE role = 'owner' AND active = 1 ORDER BY id LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    let ctx = Ctx::staff(&owner);

    // A regular with a long history: one case a week, a conversation in each.
    let input = NewCustomer {
        name: "Zebulon Quirinus".into(),
        phones: vec!["06 1239 8765".into()],
        emails: vec!["zebulon@quirk.example".into()],
        ..NewCustomer::default()
    };
    let zeb = store.write(|w| w.create_customer(&ctx, &input, true)).unwrap();
    let mut written = 1;
    while written < THEIR_EVENTS {
        store
            .write(|w| {
                let case = w.open_case(
                    &ctx,
                    &NewInteraction {
                        customer: CustomerChoice::Existing { id: zeb.id.clone() },
                        subject: format!("Quirkmobile service {written}"),
                        channel: Channel::WalkIn,
                        priority: Priority::Normal,
                        owner_id: None,
                        message: Some("It squeaks again, zanzibar".into()),
                        expectations: None,
                    },
                )?;
                for i in 0..48 {
                    let kind = if i % 2 == 0 { EntryKind::Reply } else { EntryKind::CustomerMessage };
                    let body = format!("Message {i} about the quirkmobile's zanzibar squeak");
                    w.add_entry(&ctx, &NewEntry { case_id: case.id.clone(), kind, body, direction: None })?;
                }
                Ok(())
            })
            .unwrap();
        written += 50;
    }
    println!("shop: {} events; the customer to forget: {written} events", info.events + written as u32);

    let started = Instant::now();
    let forgotten = store.write(|w| w.forget_customer(&ctx, &zeb.id, "Asked at the counter")).unwrap();
    let write = started.elapsed();
    let started = Instant::now();
    store.finish_forgetting().unwrap();
    let finish = started.elapsed();
    println!(
        "forget: the history, the state, the search  {:>7.3} s   (target < 1 s: gone from every screen)",
        write.as_secs_f64()
    );
    println!(
        "forget: this desk's files, after it          {:>7.3} s   (search index pages, free pages, the WAL; in the background)",
        finish.as_secs_f64()
    );
    assert!(forgotten.number.starts_with('#'));
}
