//! Backup and export figures on the 1,000,000-event shop, printed (never
//! asserted: machines here are shared and noisy).
//!
//!     cargo bench --bench durability
//!
//! Uses the shop `cargo bench --bench scale` makes (target/bench-data/, or
//! CASEBOOK_BENCH_DB). The backup runs as the app runs it, on its own
//! connection, while another thread keeps reading queue pages as the UI would:
//! their latency during the backup is what "the app stays responsive" means.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use casebook::data::backup::{self, BackupKind};
use casebook::data::exchange;
use casebook::Db;

fn quantiles(mut v: Vec<Duration>) -> String {
    if v.is_empty() {
        return "no samples".into();
    }
    v.sort_unstable();
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    format!("p50 {:.2?}, p95 {:.2?}, max {:.2?} (n={})", at(0.5), at(0.95), v[v.len() - 1], v.len())
}

/// Reads queue pages every 20 ms until told to stop; returns their latencies.
fn reader(db: Db, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<Vec<Duration>> {
    std::thread::spawn(move || {
        let mut took = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            let t = Instant::now();
            db.read_blocking(|s| s.queue(None, 50)).expect("a queue page");
            took.push(t.elapsed());
            std::thread::sleep(Duration::from_millis(20));
        }
        took
    })
}

fn main() {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load: {} (1, 5, 15 min)", load.split(' ').take(3).collect::<Vec<_>>().join(" "));
    let path = std::env::var_os("CASEBOOK_BENCH_DB").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/casebook-1m.db")
    });
    if !path.exists() {
        println!("No shop at {}: run `cargo bench --bench scale` first (it makes it once).", path.display());
        return;
    }
    let db = Db::open(&path).expect("the bench shop opens");
    let info = db.read_blocking(|s| s.desk_info()).unwrap();
    let size = std::fs::metadata(&path).map(|m| m.len() >> 20).unwrap_or(0);
    println!("Shop: {} customers, {} events, {size} MB", info.customers, info.events);

    let stop = Arc::new(AtomicBool::new(false));
    let idle = reader(db.clone(), stop.clone());
    std::thread::sleep(Duration::from_secs(2));
    stop.store(true, Ordering::Relaxed);
    println!("Queue page, nothing else running:        {}", quantiles(idle.join().unwrap()));

    // Ours, as the app takes it: the paced copy, then the check.
    let stop = Arc::new(AtomicBool::new(false));
    let busy = reader(db.clone(), stop.clone());
    let t = Instant::now();
    let backup = db.backup_blocking(BackupKind::Manual).expect("the backup is taken");
    let ours = t.elapsed();
    stop.store(true, Ordering::Relaxed);
    let ours_reads = busy.join().unwrap();
    let _ = std::fs::remove_file(&backup.path);

    // The floor: SQLite's backup API in one step (what `sqlite3 .backup` does,
    // without its 100-page steps), then the same check.
    let scratch = tempfile::tempdir_in(path.parent().unwrap()).unwrap();
    let floor_path = scratch.path().join("floor.db");
    let stop = Arc::new(AtomicBool::new(false));
    let busy = reader(db.clone(), stop.clone());
    let t = Instant::now();
    {
        let source = rusqlite::Connection::open(&path).unwrap();
        let mut copy = rusqlite::Connection::open(&floor_path).unwrap();
        rusqlite::backup::Backup::new(&source, &mut copy).unwrap().step(-1).unwrap();
        copy.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let floor_copy = t.elapsed();
    backup::verify(&floor_path).expect("the floor's copy checks out");
    let floor = t.elapsed();
    stop.store(true, Ordering::Relaxed);
    let floor_reads = busy.join().unwrap();
    let _ = std::fs::remove_file(&floor_path);

    // Ours again in its two parts, to see where the time goes.
    let source = rusqlite::Connection::open(&path).unwrap();
    let t = Instant::now();
    backup::copy_database(&source, &floor_path).expect("the paced copy");
    let ours_copy = t.elapsed();
    let t = Instant::now();
    backup::verify(&floor_path).expect("the copy checks out");
    let check = t.elapsed();
    let _ = std::fs::remove_file(&floor_path);

    println!(
        "Backup, copied and integrity-checked:     {ours:.2?} for {} MB (target: < 20 s); floor {floor:.2?}: {:.2}x",
        backup.size_kb >> 10,
        ours.as_secs_f64() / floor.as_secs_f64()
    );
    println!(
        "  the copy alone:                         {ours_copy:.2?}, floor (backup API in one step) {floor_copy:.2?}: {:.2}x",
        ours_copy.as_secs_f64() / floor_copy.as_secs_f64()
    );
    println!("  the integrity check alone:              {check:.2?}");
    println!("Queue page while the backup runs:        {} (target: max < 100 ms)", quantiles(ours_reads));
    println!("  the same while the floor runs:          {}", quantiles(floor_reads));

    let out = tempfile::tempdir().unwrap();
    let t = Instant::now();
    let report = db.read_blocking({
        let dir = out.path().to_owned();
        move |s| exchange::export(s, &dir)
    });
    let report = report.expect("export");
    let took = t.elapsed();
    println!(
        "Export of everything:                     {took:.2?} ({:.0} events/s)",
        f64::from(report.events) / took.as_secs_f64()
    );
}
