//! Every report over a whole year of a 1,000,000-event shop, printed (never
//! asserted: machines here are shared and noisy). The target is under 500 ms each.
//!
//!     cargo bench --bench reports
//!
//! Uses the same shop as `cargo bench --bench scale` (target/bench-data/, or
//! CASEBOOK_BENCH_DB), and remakes it if it was made by a generator from before
//! escalations and scores, so every report has real rows to count.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use casebook::demo::{seed, SeedOptions};
use casebook::learn::reports::{self, ReportName, ReportRequest};
use casebook::{clock, Store};

fn shop() -> PathBuf {
    let path = std::env::var_os("CASEBOOK_BENCH_DB").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/casebook-1m.db")
    });
    let current = path.exists()
        && Store::open(&path)
            .and_then(|s| {
                Ok(s.connection()
                    .query_row("SELECT count(*) FROM satisfaction", [], |r| r.get::<_, i64>(0))?)
            })
            .is_ok_and(|n| n > 0);
    if current {
        return path;
    }
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    println!(
        "(generating 50,000 customers and 1,000,000 events into {}; this takes a few minutes, once)",
        path.display()
    );
    let partial = path.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    let mut store = Store::open(&partial).unwrap();
    let t = Instant::now();
    seed(&mut store, &SeedOptions { seed: 7, customers: 50_000, events: Some(1_000_000), now: clock::now() })
        .unwrap();
    println!("(generated in {:.0?})", t.elapsed());
    drop(store);
    std::fs::rename(&partial, &path).unwrap();
    path
}

fn main() {
    let path = shop();
    let store = Store::open(&path).unwrap();
    let info = store.desk_info().unwrap();
    let count = |sql: &str| store.connection().query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    println!(
        "shop: {} events, {} cases, {} escalations, {} complaints, {} scores, {} promises",
        info.events,
        info.cases,
        count("SELECT count(*) FROM escalations"),
        count("SELECT count(*) FROM complaints"),
        count("SELECT count(*) FROM satisfaction"),
        count("SELECT count(*) FROM promises"),
    );
    let tz = store.sla_settings().unwrap().calendar.tz();
    let today = clock::now().with_timezone(&tz).date_naive();
    let ranges = [("last 30 days", 29), ("last year", 364), ("all 10 years", 3_650)];
    println!("{:<14} {:<13} {:>9} {:>9} {:>9}  rows", "report", "range", "first", "median", "worst");
    let mut worst_all = Duration::ZERO;
    for name in ReportName::ALL {
        for (label, days) in ranges {
            let request = ReportRequest {
                name: *name,
                from: (today - chrono::Duration::days(days)).format("%Y-%m-%d").to_string(),
                to: today.format("%Y-%m-%d").to_string(),
            };
            let mut times = Vec::new();
            let mut rows = 0;
            for _ in 0..7 {
                let t = Instant::now();
                let r = reports::run(&store, &request, clock::now()).unwrap();
                times.push(t.elapsed());
                rows = r.tables.iter().map(|t| t.rows.len()).sum::<usize>();
            }
            let first = times[0];
            let mut sorted = times.clone();
            sorted.sort();
            let worst = *sorted.last().unwrap();
            worst_all = worst_all.max(worst);
            println!(
                "{:<14} {:<13} {:>7.1}ms {:>7.1}ms {:>7.1}ms  {rows}",
                name.as_str(),
                label,
                first.as_secs_f64() * 1e3,
                sorted[3].as_secs_f64() * 1e3,
                worst.as_secs_f64() * 1e3,
            );
        }
    }
    println!("slowest report run: {:.1} ms (target: under 500 ms each)", worst_all.as_secs_f64() * 1e3);
}
