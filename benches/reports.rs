//! Every report over the last month, year and ten years of a 1,000,000-event
//! shop, each beside its floor (the same rows read bare), printed (never
//! asserted: machines here are shared and noisy). The target is under 100 ms each.
//!
//!     cargo bench --bench reports
//!
//! Uses the same shop as `cargo bench --bench scale` (target/bench-data/, or
//! CASEBOOK_BENCH_DB), and remakes it if it was made by a generator from before
//! escalations and scores, so every report has real rows to count.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use casebook::demo::{seed, SeedOptions};
use casebook::learn::reports::{self, DateRange, ReportName, ReportRequest};
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

/// The floor: the same rows each report reads, by the same indexes, read and
/// thrown away (no business time, no counting, no words).
fn floor_sql(name: ReportName) -> &'static [&'static str] {
    match name {
        // Fairness also reads every customer's segment (in one scan, past
        // a few thousand cases).
        ReportName::Fairness => &[
            "SELECT customer_id, opened_at, first_target, first_response_ms, first_missed_after,
                    resolution_target, resolution_ms, resolution_missed_after
             FROM cases WHERE opened_at >= ?1 AND opened_at < ?2",
            "SELECT id, segment FROM customers WHERE ?1 < ?2",
        ],
        ReportName::Attainment => &[
            "SELECT customer_id, opened_at, first_target, first_response_ms, first_missed_after,
                    resolution_target, resolution_ms, resolution_missed_after
             FROM cases WHERE opened_at >= ?1 AND opened_at < ?2",
        ],
        ReportName::Promises => &["SELECT due_at, status FROM promises WHERE due_at >= ?1 AND due_at < ?2"],
        ReportName::Escalations => &[
            "SELECT x.cause, x.status, x.opened_at, k.subject, x.note, x.what_changed
             FROM escalations x JOIN cases k ON k.id = x.case_id WHERE x.opened_at >= ?1 AND x.opened_at < ?2",
        ],
        ReportName::Complaints => &[
            "SELECT opened_at FROM complaints WHERE opened_at >= ?1 AND opened_at < ?2",
            "SELECT c.closed_at, cu.name, c.summary, c.what_changed, c.customer_told
             FROM complaints c JOIN customers cu ON cu.id = c.customer_id WHERE c.closed_at >= ?1 AND c.closed_at < ?2",
        ],
        ReportName::Satisfaction => &["SELECT at, score FROM satisfaction WHERE at >= ?1 AND at < ?2"],
    }
}

fn bare_read(store: &Store, sql: &[&str], start: i64, end: i64) -> usize {
    let mut n = 0;
    for q in sql {
        let mut stmt = store.connection().prepare_cached(q).unwrap();
        let cols = stmt.column_count();
        let mut rows = stmt.query([start, end]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..cols {
                std::hint::black_box(r.get_ref(i).unwrap());
            }
            n += 1;
        }
    }
    n
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load: {} (1, 5, 15 min)", load.split(' ').take(3).collect::<Vec<_>>().join(" "));
    let path = shop();
    let mut store = Store::open(&path).unwrap();
    // As the app does on opening: a shop from before measures were kept has
    // every case measured, once.
    let t = Instant::now();
    let measured = casebook::cases::clock::ensure_measures(&mut store).unwrap();
    if measured > 0 {
        println!("(measured {measured} cases from before measures were kept, once, in {:.1?})", t.elapsed());
    }
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
    let cal = &store.sla_settings().unwrap().calendar;
    let today = clock::now().with_timezone(&cal.tz()).date_naive();
    let ranges = [("last 30 days", 29), ("last year", 364), ("all 10 years", 3_650)];
    println!(
        "{:<14} {:<13} {:>9} {:>9} {:>9} {:>9} {:>7}  rows",
        "report", "range", "first", "median", "worst", "floor", "ratio"
    );
    let mut worst_all = Duration::ZERO;
    // REPORTS_BENCH_ONLY=fairness runs one report (for a profiler).
    let only = std::env::var("REPORTS_BENCH_ONLY").ok();
    for name in ReportName::ALL.iter().filter(|n| only.as_deref().is_none_or(|o| o == n.as_str())) {
        for (label, days) in ranges {
            let request = ReportRequest {
                name: *name,
                from: (today - chrono::Duration::days(days)).format("%Y-%m-%d").to_string(),
                to: today.format("%Y-%m-%d").to_string(),
            };
            let (start, end) = DateRange::parse(&request.from, &request.to).unwrap().instants(cal);
            let mut times = Vec::new();
            let mut floors = Vec::new();
            let mut rows = 0;
            for _ in 0..if only.is_some() { 40 } else { 7 } {
                let t = Instant::now();
                let r = reports::run(&store, &request, clock::now()).unwrap();
                times.push(t.elapsed());
                rows = r.tables.iter().map(|t| t.rows.len()).sum::<usize>();
                let t = Instant::now();
                std::hint::black_box(bare_read(&store, floor_sql(*name), start, end));
                floors.push(t.elapsed());
            }
            let first = times[0];
            let mut sorted = times.clone();
            sorted.sort();
            floors.sort();
            let worst = *sorted.last().unwrap();
            worst_all = worst_all.max(worst);
            println!(
                "{:<14} {:<13} {:>7.1}ms {:>7.1}ms {:>7.1}ms {:>7.1}ms {:>6.1}x  {rows}",
                name.as_str(),
                label,
                ms(first),
                ms(sorted[sorted.len() / 2]),
                ms(worst),
                ms(floors[floors.len() / 2]),
                ms(sorted[sorted.len() / 2]) / ms(floors[floors.len() / 2]).max(0.001),
            );
        }
    }
    println!("slowest report run: {:.1} ms (target: under 100 ms each)", ms(worst_all));
    println!(
        "(floor: the same rows read bare by the same indexes, median of 7; ratio: median against floor)"
    );
}
