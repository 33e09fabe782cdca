//! Import figures, printed (never asserted: machines here are shared and noisy).
//!
//!     cargo bench --bench import
//!
//! CSV files of 50,000 rows are generated here (deterministically): customers
//! only, and customers with a case on every other row. Each is imported into an
//! empty database and then checked again against the filled one (every row
//! matching an existing customer). The whole-history export and import are
//! timed on the result.
//!
//! The floor beside each import: the very rows that import wrote (log,
//! customers, contacts, cases, and the three search indexes with the same
//! text), inserted into another empty shop by a bare loop of prepared INSERTs
//! in one transaction: no reading, no checking, no matching, no JSON.

use std::fmt::Write;
use std::time::{Duration, Instant};

use casebook::core::Event;
use casebook::data::csv_import::{self, CsvRequest};
use casebook::data::exchange;
use casebook::demo::Rng;
use casebook::shop::EventPayload;
use casebook::{clock, Ctx, Store};
use rusqlite::types::Value;

const ROWS: usize = 50_000;

fn file(with_cases: bool) -> String {
    let mut rng = Rng::new(11);
    let first = ["Ana", "Bram", "Chloé", "Daan", "Eva", "Finn", "Grace", "Hugo", "Isa", "José", "Kim"];
    let last = ["Silva", "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos"];
    let mut out = String::from("First name,Last name,Mobile,E-mail,Company");
    out.push_str(if with_cases { ",Subject,Status,Created,Description\n" } else { "\n" });
    for i in 0..ROWS {
        let f = first[rng.below(first.len() as u64) as usize];
        let l = last[rng.below(last.len() as u64) as usize];
        let _ = write!(out, "{f},{l},+31 6 {},c{i}@example.com,", 10_000_000 + i);
        if with_cases {
            if i % 2 == 0 {
                let status = ["open", "resolved", "closed"][rng.below(3) as usize];
                let _ = write!(
                    out,
                    ",Service for bike {i},{status},2025-{:02}-{:02},\"Brakes squeal, \"\"urgent\"\", please\"",
                    1 + rng.below(12),
                    1 + rng.below(28)
                );
            } else {
                out.push_str(",,,,");
            }
        }
        out.push('\n');
    }
    out
}

fn rate(rows: usize, d: Duration) -> String {
    format!("{:>8.0} rows/s ({d:.2?})", rows as f64 / d.as_secs_f64())
}

/// One table's rows as the import left them, to be inserted again bare.
struct Rows {
    insert: String,
    rows: Vec<Vec<Value>>,
}

/// Every row the import added: the tables an empty shop has no rows in, and
/// the search indexes' text (the contentless ones from what they index).
fn rows_written(store: &Store, empty: &Store) -> Vec<Rows> {
    let conn = store.connection();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%\\_data' ESCAPE '\\'
             AND name NOT LIKE '%\\_idx' ESCAPE '\\' AND name NOT LIKE '%\\_docsize' ESCAPE '\\'
             AND name NOT LIKE '%\\_config' ESCAPE '\\' AND name NOT LIKE '%\\_content' ESCAPE '\\'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let count = |c: &rusqlite::Connection, t: &str| {
        c.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get::<_, i64>(0)).unwrap()
    };
    let read = |sql: &str| -> Vec<Vec<Value>> {
        let mut stmt = conn.prepare(sql).unwrap();
        let n = stmt.column_count();
        stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<Vec<_>>>())
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let mut out = Vec::new();
    for t in tables.iter().filter(|t| count(conn, t) > 0 && count(empty.connection(), t) == 0) {
        let rows = read(&format!("SELECT * FROM \"{t}\""));
        let marks = vec!["?"; rows[0].len()].join(", ");
        out.push(Rows { insert: format!("INSERT INTO \"{t}\" VALUES ({marks})"), rows });
    }
    out.push(Rows {
        insert: "INSERT INTO customer_names (rowid, name, organisation, contacts) VALUES (?, ?, ?, ?)".into(),
        rows: read("SELECT rowid, name, organisation, contacts FROM customer_names"),
    });
    out.push(Rows {
        insert: "INSERT INTO case_text (rowid, subject) VALUES (?, ?)".into(),
        rows: read("SELECT rowid, subject FROM cases"),
    });
    let texts = read("SELECT seq, payload FROM events")
        .into_iter()
        .filter_map(|r| {
            let Value::Text(payload) = &r[1] else { return None };
            let text = EventPayload::from_json(payload).unwrap().search_text()?;
            Some(vec![r[0].clone(), Value::Text(text)])
        })
        .collect();
    out.push(Rows { insert: "INSERT INTO event_text (rowid, body) VALUES (?, ?)".into(), rows: texts });
    out
}

/// The floor: `rows` inserted into `store` by prepared statements, one
/// transaction, foreign keys checked at commit as the import's are, with the
/// import's page cache.
///
/// Returns how many rows, and where the time went: each table's rows, then the
/// commit (which writes every page to the log and copies it into the file).
fn bare_inserts(store: &Store, rows: &[Rows]) -> (usize, String) {
    store.connection().execute_batch("PRAGMA cache_size = -262144").unwrap();
    let tx = store.connection().unchecked_transaction().unwrap();
    tx.execute_batch("PRAGMA defer_foreign_keys = ON").unwrap();
    let mut n = 0;
    let mut parts = Vec::new();
    for table in rows.iter().filter(|t| !t.rows.is_empty()) {
        let t = Instant::now();
        let mut stmt = tx.prepare(&table.insert).unwrap();
        for row in &table.rows {
            stmt.execute(rusqlite::params_from_iter(row)).unwrap();
            n += 1;
        }
        let name = table.insert.split_whitespace().nth(2).unwrap_or("?").trim_matches('"');
        parts.push(format!("{name} {} {:.0?}", table.rows.len(), t.elapsed()));
    }
    let t = Instant::now();
    tx.commit().unwrap();
    parts.push(format!("commit {:.0?}", t.elapsed()));
    (n, parts.join(", "))
}

fn main() {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load: {} (1, 5, 15 min)", load.split(' ').take(3).collect::<Vec<_>>().join(" "));
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, with_cases) in [("customers only", false), ("customers, a case every other row", true)] {
        let text = file(with_cases);
        let source = csv_import::CsvSource::from_text(&text);
        let mapping = csv_import::inspect(&source).expect("inspect").mapping;
        let path = dir.path().join(format!("{}.db", with_cases));
        let mut store = Store::open(&path).expect("open");
        let ctx = Ctx::now(None);
        let request = CsvRequest { source, mapping: mapping.clone() };

        let t = Instant::now();
        let (rows, problems) =
            csv_import::parse(&request.source, &mapping, chrono_tz::UTC, clock::now()).expect("parse");
        let parse = t.elapsed();
        assert!(problems.is_empty(), "the generated file is clean: {problems:?}");
        println!("CSV {name}: reading and checking {}", rate(rows.len(), parse));

        let t = Instant::now();
        let report = csv_import::run(&mut store, &ctx, &request, true).expect("import");
        let took = t.elapsed();
        println!(
            "CSV {name}: import into an empty shop       {}  ({} customers, {} cases)",
            rate(ROWS, took),
            report.new_customers,
            report.cases
        );
        let bare = Store::open(dir.path().join(format!("floor-{with_cases}.db"))).expect("open");
        let written = rows_written(&store, &bare);
        let t = Instant::now();
        let (inserted, parts) = bare_inserts(&bare, &written);
        let floor = t.elapsed();
        println!(
            "CSV {name}: floor, the same {inserted} rows bare {}  import/floor {:.2}x",
            rate(ROWS, floor),
            took.as_secs_f64() / floor.as_secs_f64()
        );
        println!("    the floor's time by table (rows, time): {parts}");

        let t = Instant::now();
        let again = csv_import::run(&mut store, &ctx, &request, false).expect("preview");
        println!(
            "CSV {name}: preview against the filled shop  {}  ({} matched)",
            rate(ROWS, t.elapsed()),
            again.matched_customers
        );

        if with_cases {
            let events = store.desk_info().expect("info").events;
            let t = Instant::now();
            let export = exchange::export(&store, dir.path()).expect("export");
            let took = t.elapsed();
            println!(
                "Export of {events} events                        {:>8.0} events/s ({took:.2?})",
                events as f64 / took.as_secs_f64()
            );
            let mut empty = Store::open(dir.path().join("empty.db")).expect("open");
            let t = Instant::now();
            let imported = exchange::import(
                &mut empty,
                &casebook::staff::Actor::AtDesk,
                std::path::Path::new(&export.folder),
            )
            .expect("import");
            let took = t.elapsed();
            println!(
                "Import of that export into an empty shop     {:>8.0} events/s ({took:.2?})",
                imported.added as f64 / took.as_secs_f64()
            );
        }
    }
}
