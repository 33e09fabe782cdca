//! Import figures, printed (never asserted: machines here are shared and noisy).
//!
//!     cargo bench --bench import
//!
//! CSV files of 50,000 rows are generated here (deterministically): customers
//! only, and customers with a case on every other row. Each is imported into an
//! empty database and then checked again against the filled one (every row
//! matching an existing customer). The whole-history export and import are
//! timed on the result.

use std::fmt::Write;
use std::time::{Duration, Instant};

use casebook::data::csv_import::{self, CsvRequest};
use casebook::data::exchange;
use casebook::demo::Rng;
use casebook::{clock, Ctx, Store};

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

fn main() {
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
            let imported =
                exchange::import(&mut empty, std::path::Path::new(&export.folder)).expect("import");
            let took = t.elapsed();
            println!(
                "Import of that export into an empty shop     {:>8.0} events/s ({took:.2?})",
                imported.added as f64 / took.as_secs_f64()
            );
        }
    }
}
