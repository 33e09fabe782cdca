//! Figures at scale, printed (never asserted: machines here are shared and noisy).
//!
//!     cargo bench --bench scale
//!
//! The shop is 50,000 customers and 1,000,000 events from the demo generator
//! (seed 7), made once and kept in target/bench-data/ (or CASEBOOK_BENCH_DB).
//! Reads run on it directly; writes run on a copy.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use casebook::demo::{seed, Rng, SeedOptions};
use casebook::model::*;
use casebook::search::SearchQuery;
use casebook::{clock, Ctx, Store};

const CUSTOMERS: u32 = 50_000;
const EVENTS: u32 = 1_000_000;

/// Realistic queries: names, one- and two-letter prefixes, phrases from the
/// conversations, and phone numbers in several formats.
const QUERIES: &[&str] = &[
    "j",
    "s",
    "jo",
    "ma",
    "garcía",
    "jose garc",
    "brake",
    "brake squeal",
    "battery charging",
    "warranty claim",
    "loan bike",
    "cassette",
    "0612",
    "06-1010 4",
    "+31 6 1234",
    "020 555 0147",
];

fn quantiles(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort_unstable();
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}

fn show(what: &str, v: Vec<Duration>, target: &str) -> (Duration, Duration) {
    let n = v.len();
    let (p50, p95) = quantiles(v);
    println!("{what:<52} p50 {p50:>10.2?}  p95 {p95:>10.2?}  (n={n}; target: {target})");
    (p50, p95)
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let out = f();
    (out, t.elapsed())
}

fn shop() -> PathBuf {
    let path = std::env::var_os("CASEBOOK_BENCH_DB").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/casebook-1m.db")
    });
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    println!(
        "(generating {CUSTOMERS} customers and {EVENTS} events into {}; this takes a few minutes, once)",
        path.display()
    );
    let partial = path.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    let mut store = Store::open(&partial).unwrap();
    let (report, took) = time(|| {
        seed(
            &mut store,
            &SeedOptions { seed: 7, customers: CUSTOMERS, events: Some(EVENTS), now: clock::now() },
        )
        .unwrap()
    });
    println!(
        "(generated {} customers, {} cases, {} events in {:.0?}: {:.0} events/s through the write path)",
        report.customers,
        report.cases,
        report.events,
        took,
        f64::from(report.events) / took.as_secs_f64()
    );
    drop(store);
    std::fs::rename(&partial, &path).unwrap();
    path
}

fn main() {
    let path = shop();
    let store = Store::open(&path).unwrap();
    let info = store.desk_info().unwrap();
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "shop: {} customers, {} cases, {} events, {:.0} MB on disk\n",
        info.customers,
        info.cases,
        info.events,
        size as f64 / 1e6
    );
    let mut rng = Rng::new(99);

    // ----- search, and what it is compared with -----
    let mut app = Vec::new();
    let mut floor = Vec::new();
    let mut like = Vec::new();
    let mut per_query = Vec::new();
    for q in QUERIES {
        let query = SearchQuery { text: (*q).into(), ..SearchQuery::default() };
        store.search(&query).unwrap(); // warm the page cache for this query
        let mut a = Vec::new();
        let mut f = Vec::new();
        for _ in 0..15 {
            a.push(time(|| store.search(&query).unwrap()).1);
            f.push(time(|| store.search_floor(q).unwrap()).1);
        }
        let (l, took) = time(|| store.search_like(q).unwrap());
        let _ = l;
        like.push(took);
        let (a50, _) = quantiles(a.clone());
        let (f50, _) = quantiles(f.clone());
        per_query.push((q, a50, f50, took));
        app.extend(a);
        floor.extend(f);
    }
    println!("search, per query (p50 of 15; LIKE run once):");
    for (q, a, f, l) in &per_query {
        println!(
            "  {:<18} app {:>9.2?}  bare FTS5 {:>9.2?}  ({:>4.1}x)  LIKE '%term%' {:>9.2?}  ({:>6.0}x slower than app)",
            format!("\"{q}\""),
            a,
            f,
            a.as_secs_f64() / f.as_secs_f64().max(1e-9),
            l,
            l.as_secs_f64() / a.as_secs_f64().max(1e-9)
        );
    }
    let (app50, app95) = show("search (all queries)", app, "p95 < 30 ms");
    let (floor50, floor95) = show("bare FTS5 query, same queries (the floor)", floor, "-");
    let (like50, like95) = show("LIKE '%term%' scan, same queries", like, "-");
    println!(
        "  ratios: app/floor p50 {:.2}x, p95 {:.2}x (target within 2x);  LIKE/app p50 {:.0}x, p95 {:.0}x\n",
        app50.as_secs_f64() / floor50.as_secs_f64(),
        app95.as_secs_f64() / floor95.as_secs_f64(),
        like50.as_secs_f64() / app50.as_secs_f64(),
        like95.as_secs_f64() / app95.as_secs_f64()
    );

    // ----- a typo that finds nothing: the nearest words the history holds -----
    let mut typos = Vec::new();
    for q in ["garsia", "casette", "warrenty claim", "batery chraging"] {
        let query = SearchQuery { text: q.into(), ..SearchQuery::default() };
        let offered = store.search(&query).unwrap().other_searches;
        for _ in 0..15 {
            typos.push(time(|| store.search(&query).unwrap()).1);
        }
        println!("  {:<18} offers {offered:?}", format!("\"{q}\""));
    }
    show("search with a typo (nothing found; nearest words offered)", typos, "p95 < 30 ms");
    println!();

    // ----- reading -----
    let customers: Vec<String> = {
        let mut stmt = store.connection().prepare("SELECT id FROM customers").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    let busiest: String = store
        .connection()
        .query_row(
            "SELECT customer_id FROM events GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut samples = Vec::new();
    for i in 0..400 {
        let id = if i % 10 == 0 { &busiest } else { &customers[rng.below(customers.len() as u64) as usize] };
        samples.push(time(|| store.customer_timeline(id, None, 50).unwrap()).1);
    }
    show("customer timeline, first page of 50", samples, "p95 < 10 ms");

    let mut cursors = vec![None];
    let mut page = store.queue(None, 50).unwrap();
    while let Some(next) = page.next_cursor.clone() {
        cursors.push(Some(next.clone()));
        page = store.queue(Some(&next), 50).unwrap();
        if cursors.len() > 40 {
            break;
        }
    }
    let mut samples = Vec::new();
    for i in 0..400 {
        let cursor = cursors[i % cursors.len()].clone();
        samples.push(time(|| store.queue(cursor.as_deref(), 50).unwrap()).1);
    }
    show(&format!("queue page of 50 ({} open cases)", page.total), samples, "p95 < 10 ms");

    let now = clock::now();
    let mut samples = Vec::new();
    for _ in 0..2_000 {
        let at = now + chrono::Duration::minutes(rng.range(-60 * 24, 60 * 24));
        samples.push(time(|| store.next_wake(at, 15).unwrap()).1);
    }
    show("next wake-up time", samples, "-");
    drop(store);

    // ----- writing, on a copy -----
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    let mut store = Store::open(&copy).unwrap();
    let ana = store.list_staff().unwrap().remove(0);
    let ctx = || Ctx::staff(&ana.id);
    let open: Vec<String> = store.queue(None, 200).unwrap().cases.into_iter().map(|c| c.id).collect();
    let mut samples = Vec::new();
    for i in 0..300 {
        let entry = NewEntry {
            case_id: open[i % open.len()].clone(),
            kind: EntryKind::Note,
            body: format!("Bench note {i}: rotor trued, pads bedded in."),
            direction: None,
        };
        samples.push(time(|| store.write(|w| w.add_entry(&ctx(), &entry)).unwrap()).1);
    }
    show("log one event, its own transaction (durable commit)", samples, "p95 < 5 ms");

    let (_, took) = time(|| {
        for batch in 0..10 {
            store
                .write(|w| {
                    for i in 0..1_000 {
                        let entry = NewEntry {
                            case_id: open[(batch * 1_000 + i) % open.len()].clone(),
                            kind: EntryKind::Reply,
                            body: "Bulk reply: the part is on order and arrives Thursday.".into(),
                            direction: None,
                        };
                        w.add_entry(&ctx(), &entry)?;
                    }
                    Ok(())
                })
                .unwrap();
        }
    });
    println!(
        "{:<52} {:.0} events/s (10,000 events in transactions of 1,000)",
        "bulk insert through the write path",
        10_000.0 / took.as_secs_f64()
    );
}
