//! Hostile files: the CSV import, the calendar and .ics readers and the export
//! reader get mutated versions of the committed corpus (tests/fuzz/corpus/) and
//! arbitrary text. Whatever comes in, they return a value or an invalid-input
//! error that says what is wrong: never a panic, never another kind of error.
//!
//! A short run is part of `make test`; `PROPTEST_CASES=100000 cargo test --test
//! library fuzz::` runs a long one. Add any input that ever failed to the corpus.

use std::path::PathBuf;

use casebook::data::csv_import::{self, CsvField};
use casebook::data::exchange;
use casebook::hours::calendar::{Calendar, CalendarSpec};
use casebook::hours::ics;
use casebook::{ErrorCode, Result};
use proptest::prelude::*;

fn corpus(kind: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus").join(kind);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the {kind} corpus is committed at {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let seeds: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert!(!seeds.is_empty(), "the {kind} corpus has seed files");
    seeds
}

/// Characters that matter to the formats being read.
const SPICE: &[&str] = &[
    "\"",
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    ":",
    "{",
    "}",
    "[",
    "]",
    "\\",
    "\0",
    "'",
    "=",
    "+",
    "-",
    "@",
    "24:00",
    "99:99",
    "9999",
    "🚲",
    "é",
    "\u{feff}",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "null",
];

#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, usize),
    Delete(usize, usize),
    Replace(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0..SPICE.len()).prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), 0..SPICE.len()).prop_map(|(at, s)| Edit::Replace(at, s)),
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), 1usize..200).prop_map(|(at, n)| Edit::Duplicate(at, n)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match *e {
            Edit::Insert(at, s) => {
                let at = at % len.min(bytes.len() + 1);
                bytes.splice(at..at, SPICE[s].bytes());
            }
            Edit::Delete(at, n) if !bytes.is_empty() => {
                let at = at % bytes.len();
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Edit::Replace(at, s) if !bytes.is_empty() => {
                let at = at % bytes.len();
                bytes.splice(at..at + 1, SPICE[s].bytes());
            }
            Edit::Truncate(at) => bytes.truncate(at % len),
            Edit::Duplicate(at, n) if !bytes.is_empty() => {
                let at = at % bytes.len();
                let end = (at + n).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                bytes.splice(at..at, piece);
            }
            _ => {}
        }
    }
    bytes
}

/// A seed from the corpus with random edits, or plain random text.
fn input(kind: &'static str) -> impl Strategy<Value = String> {
    let seeds = corpus(kind);
    let n = seeds.len();
    prop_oneof![
        4 => (0..n, prop::collection::vec(edit(), 0..8))
            .prop_map(move |(i, edits)| String::from_utf8_lossy(&apply(seeds[i].clone(), &edits)).into_owned()),
        1 => ".{0,300}",
    ]
}

/// The only acceptable failure is a user-facing invalid-input error.
fn refused_cleanly<T>(what: &str, input: &str, result: &Result<T>) -> std::result::Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert_eq!(
            e.code(),
            ErrorCode::InvalidInput,
            "{} gave a {:?} error for {:?}: {}",
            what,
            e.code(),
            input,
            e
        );
        prop_assert!(!e.to_string().trim().is_empty(), "{} refused {:?} without saying why", what, input);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(200),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn csv_import_never_panics(text in input("csv"), fields in prop::collection::vec(0usize..13, 0..12)) {
        let source = csv_import::CsvSource::from_text(&text);
        refused_cleanly("csv inspect", &text, &csv_import::inspect(&source))?;
        let all = [
            CsvField::Ignore, CsvField::Name, CsvField::Phone, CsvField::Email, CsvField::Organisation,
            CsvField::Segment, CsvField::Notes, CsvField::Subject, CsvField::Channel, CsvField::Status,
            CsvField::Priority, CsvField::Opened, CsvField::Message,
        ];
        let mapping: Vec<CsvField> = fields.iter().map(|&i| all[i]).collect();
        let now = casebook::clock::now();
        refused_cleanly("csv parse", &text, &csv_import::parse(&source, &mapping, chrono_tz::Europe::Amsterdam, now))?;
        if let Ok(seen) = csv_import::inspect(&source) {
            // The guessed mapping always fits the file it was guessed from.
            let parsed = csv_import::parse(&source, &seen.mapping, chrono_tz::UTC, now);
            refused_cleanly("csv parse (guessed mapping)", &text, &parsed)?;
        }
    }

    #[test]
    fn calendar_reader_never_panics(text in input("calendar"), start in 0i64..4_000_000_000_000, minutes in 0i64..100_000) {
        let spec = CalendarSpec::from_json(&text);
        refused_cleanly("calendar json", &text, &spec)?;
        if let Ok(spec) = spec {
            let cal = Calendar::new(spec);
            refused_cleanly("calendar", &text, &cal)?;
            if let Ok(cal) = cal {
                if let Some(due) = cal.add_minutes(start, minutes) {
                    prop_assert!(due >= start, "business time never runs backwards");
                }
            }
        }
    }

    #[test]
    fn ics_reader_never_panics(text in input("ics")) {
        refused_cleanly("ics", &text, &ics::holidays_from_ics(&text))?;
    }

    #[test]
    fn export_reader_never_panics(text in input("export")) {
        refused_cleanly("manifest", &text, &exchange::read_manifest(&text))?;
        for line in text.lines() {
            refused_cleanly("event line", line, &exchange::parse_event(line))?;
        }
        refused_cleanly("events file", &text, &exchange::check_events(text.as_bytes()))?;
    }
}
