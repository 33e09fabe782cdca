//! Sync figures against a real local PostgreSQL, printed beside their targets
//! (never asserted: the machines here are shared and noisy).
//!
//!     scripts/with-test-servers.sh cargo bench --bench sync
//!
//! - push: one desk sends 100,000 events of its own;
//! - commit to visible: a note written on desk A, until desk B (both running
//!   the sync loop, as the app does) has it;
//! - a week offline: desk B comes back to 10,000 events from A while it wrote
//!   2,000 of its own on the same customers;
//! - join: a new desk downloads a shop of SYNC_BENCH_JOIN events (1,000,000
//!   unless set), its peak memory read from /proc while it runs.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use casebook::demo::SeedOptions;
use casebook::model::{EntryKind, NewEntry};
use casebook::sync::{
    create_shop, invite, join, sync_once, upload_as_owner, Joined, Owner, PgRelay, Relay, SyncConfig,
};
use casebook::{clock, Ctx, Db, Store};

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run `scripts/with-test-servers.sh cargo bench --bench sync`")
    })
}

/// A database of its own on the test server, and the owner's access to it.
async fn database() -> (String, Owner) {
    let base = env("CASEBOOK_TEST_PG_URL");
    let name = format!("casebook_bench_{}", casebook::ids::new_id().replace('-', ""));
    let (client, conn) = tokio_postgres::connect(&base, tokio_postgres::NoTls).await.expect("the server");
    tokio::spawn(conn);
    client.batch_execute(&format!("CREATE DATABASE {name}")).await.expect("a database");
    let url = format!("{}/{name}", base.rsplit_once('/').expect("a database in the URL").0);
    let owner = Owner::parse(&url).expect("the address reads");
    (url, owner)
}

fn seeded(path: &Path, customers: u32, events: u32) -> Store {
    let mut store = Store::open(path).expect("a store");
    let now = clock::now();
    casebook::demo::seed(&mut store, &SeedOptions { seed: 3, customers, events: Some(events), now })
        .expect("the shop is generated");
    store
}

/// Every event of `store`, ready to upload.
fn all_events(store: &Store) -> Vec<casebook::shop::LoggedEvent> {
    let mut out = Vec::new();
    store
        .each_event(|e| {
            out.push(casebook::shop::LoggedEvent::from_stored(e)?);
            Ok(())
        })
        .expect("the log reads");
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// A desk of a new shop on the server, its history uploaded.
async fn first_desk(owner: &Owner, store: &mut Store) -> (String, Joined) {
    let shop_id = casebook::ids::new_id();
    let joined = create_shop(owner, &shop_id, "Bench shop", store.desk_id(), "First").await.expect("a shop");
    for chunk in all_events(store).chunks(20_000) {
        upload_as_owner(owner, &shop_id, chunk).await.expect("the history uploads");
    }
    let top: i64 = store.connection().query_row("SELECT max(seq) FROM events", [], |r| r.get(0)).unwrap();
    store.mark_pushed(top).unwrap();
    (shop_id, joined)
}

/// A new desk of the shop: its (empty) store takes the id the shop gives it.
async fn joined_desk(owner: &Owner, shop_id: &str, store: &mut Store) -> Joined {
    let code = invite(owner, shop_id, "Joining").await.expect("an invitation").code;
    let joined = join(&code).await.expect("joins");
    store.adopt_desk_id(&joined.config.desk_id).expect("an empty desk takes its id");
    joined
}

fn relay(joined: &Joined) -> PgRelay {
    PgRelay::new(joined.config.clone(), joined.password.clone())
}

/// Keeps the desk's settings and password where the sync loop looks for them.
fn remember(store: &mut Store, joined: &Joined) {
    joined.config.secret().store(&joined.password).expect("the password store takes the password");
    store.set_meta(SyncConfig::META_KEY, Some(&joined.config.to_json().unwrap())).unwrap();
}

async fn push_rate(dir: &Path) {
    let (_, owner) = database().await;
    let store = Store::open(dir.join("push.db")).unwrap();
    let shop_id = casebook::ids::new_id();
    let joined = create_shop(&owner, &shop_id, "Push", store.desk_id(), "Pusher").await.unwrap();
    // 100,000 events of this desk's own.
    let source = seeded(&dir.join("push-source.db"), 2_000, 100_000);
    let events: Vec<_> = all_events(&source)
        .into_iter()
        .map(|mut e| {
            e.desk_id = store.desk_id().to_owned();
            e
        })
        .collect();
    let mut relay = PgRelay::open(joined.config, joined.password).await.unwrap();
    let started = Instant::now();
    for batch in events.chunks(casebook::sync::PUSH_BATCH) {
        relay.push(batch).await.expect("pushed");
    }
    let took = started.elapsed();
    println!(
        "push, one desk to a local server: {} events in {took:.2?} = {:.0} events/s (target at least 20,000/s)",
        events.len(),
        events.len() as f64 / took.as_secs_f64()
    );
}

async fn commit_to_visible(dir: &Path) {
    let (_, owner) = database().await;
    let mut a = seeded(&dir.join("a.db"), 50, 2_000);
    let (shop_id, joined_a) = first_desk(&owner, &mut a).await;
    let mut b = Store::open(dir.join("b.db")).unwrap();
    let joined_b = joined_desk(&owner, &shop_id, &mut b).await;
    sync_once(&mut b, &mut relay(&joined_b), |_| {}).await.unwrap();
    remember(&mut a, &joined_a);
    remember(&mut b, &joined_b);
    drop((a, b));
    let (db_a, db_b) = (Db::open(dir.join("a.db")).unwrap(), Db::open(dir.join("b.db")).unwrap());
    let handle_a = casebook::sync::service::start(db_a.clone());
    let handle_b = casebook::sync::service::start(db_b.clone());
    handle_a.wake();
    handle_b.wake();
    let case_id: String = db_a
        .read(|s| Ok(s.connection().query_row("SELECT id FROM cases LIMIT 1", [], |r| r.get(0))?))
        .await
        .unwrap();
    let staff: String = db_a
        .read(|s| Ok(s.connection().query_row("SELECT id FROM staff LIMIT 1", [], |r| r.get(0))?))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut times = Vec::new();
    for i in 0..40 {
        let (case_id, staff) = (case_id.clone(), staff.clone());
        let started = Instant::now();
        let entry = db_a
            .write(move |s| {
                let input = NewEntry {
                    case_id,
                    kind: EntryKind::Note,
                    body: format!("visible {i}"),
                    direction: None,
                };
                s.write(|w| w.add_entry(&Ctx::now(Some(staff)), &input))
            })
            .await
            .unwrap();
        loop {
            let id = entry.id.clone();
            let there: bool = db_b
                .read(move |s| {
                    Ok(s.connection().query_row(
                        "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
                        [&id],
                        |r| r.get(0),
                    )?)
                })
                .await
                .unwrap();
            if there {
                break;
            }
            if started.elapsed() > Duration::from_secs(30) {
                panic!("a note was not visible on the other desk after 30 s: {:?}", handle_b.status());
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        times.push(started.elapsed());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    times.sort();
    println!(
        "commit on desk A to visible on desk B, both online: p50 {:.0?}, p95 {:.0?}, worst {:.0?} (target p95 under 1 s)",
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
}

async fn week_offline(dir: &Path) {
    let (_, owner) = database().await;
    let mut a = seeded(&dir.join("wa.db"), 400, 20_000);
    let (shop_id, joined_a) = first_desk(&owner, &mut a).await;
    let mut relay_a = relay(&joined_a);
    let mut b = Store::open(dir.join("wb.db")).unwrap();
    let mut relay_b = relay(&joined_desk(&owner, &shop_id, &mut b).await);
    sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    // A week apart: both work on the same customers' cases.
    let cases: Vec<String> = {
        let mut stmt = a.connection().prepare("SELECT id FROM cases ORDER BY id LIMIT 300").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    let staff: String = a.connection().query_row("SELECT id FROM staff LIMIT 1", [], |r| r.get(0)).unwrap();
    let write = |store: &mut Store, n: usize, word: &str| {
        for chunk in (0..n).collect::<Vec<_>>().chunks(500) {
            store
                .write(|w| {
                    for i in chunk {
                        let input = NewEntry {
                            case_id: cases[i % cases.len()].clone(),
                            kind: EntryKind::Note,
                            body: format!("{word} {i}"),
                            direction: None,
                        };
                        w.add_entry(&Ctx::now(Some(staff.clone())), &input)?;
                    }
                    Ok(())
                })
                .unwrap();
        }
    };
    // Interleaved in time, as two desks working the same week would be.
    for round in 0..10 {
        write(&mut a, 1_000, "workshop");
        write(&mut b, 200, &format!("counter {round}"));
    }
    sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
    let started = Instant::now();
    let report = sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    let took = started.elapsed();
    println!(
        "a desk back after a week offline: sent {}, received {}, {} customers applied again, in {took:.2?} (target under 5 s)",
        report.pushed, report.pulled, report.customers_rederived
    );
    sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
    assert_eq!(a.state_dump().unwrap(), b.state_dump().unwrap(), "the two desks agree afterwards");
}

fn peak_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok())
}

async fn join_big(dir: &Path) {
    let events: u32 = std::env::var("SYNC_BENCH_JOIN").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let (_, owner) = database().await;
    let started = Instant::now();
    let mut first = seeded(&dir.join("big.db"), (events / 20).max(100), events);
    let generated = started.elapsed();
    let n: i64 = first.connection().query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap();
    let started = Instant::now();
    let (shop_id, _) = first_desk(&owner, &mut first).await;
    println!(
        "join: a shop of {n} events generated in {generated:.0?} and uploaded in {:.0?}",
        started.elapsed()
    );
    let code = invite(&owner, &shop_id, "New desk").await.unwrap().code;
    let db = dir.join("joiner.db");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--db")
        .arg(&db)
        .args(["sync", "join"])
        .env("CASEBOOK_JOIN_CODE", &code)
        .spawn()
        .expect("casebook sync join runs");
    let mut peak = 0;
    let status = loop {
        if let Some(kb) = peak_kb(child.id()) {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let took = started.elapsed();
    assert!(status.success(), "the join worked");
    println!(
        "a new desk joining a shop of {n} events: complete in {took:.1?} ({:.0} events/s), peak memory {} MB (target under 60 s, memory bounded)",
        n as f64 / took.as_secs_f64(),
        peak / 1024
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // `cargo bench --bench sync -- week join` runs only those.
    let asked: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let run = |name: &str| asked.is_empty() || asked.iter().any(|a| a == name);
    rt.block_on(async {
        if run("push") {
            push_rate(dir.path()).await;
        }
        if run("visible") {
            commit_to_visible(dir.path()).await;
        }
        if run("week") {
            week_offline(dir.path()).await;
        }
        if run("join") {
            join_big(dir.path()).await;
        }
    });
}
