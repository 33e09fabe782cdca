//! Databases written by every earlier schema version open with the current code,
//! are upgraded in place, and keep every event exactly as it was written.
//!
//! The fixtures in tests/fixtures/ were made by the `casebook seed` of each
//! released schema (v1 history, v2 response targets, v3 tell it once, v4
//! search, v5 learn), with the event log of each dumped beside it. Add one for every new
//! schema version.

use std::path::PathBuf;

use casebook::core::migrations::LATEST as SCHEMA_VERSION;
use casebook::Store;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[derive(serde::Deserialize)]
struct Logged {
    id: String,
    kind: String,
    payload: String,
    customer_id: Option<String>,
    case_id: Option<String>,
}

#[test]
fn every_earlier_schema_opens_and_keeps_every_event() {
    for version in 1..=5 {
        let name = format!("schema-v{version}");
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join(format!("{name}.db"));
        // Opening upgrades in place: work on a copy so the fixture stays as written.
        std::fs::copy(fixtures().join(format!("{name}.db")), &db).expect("the fixture is committed");
        let logged: Vec<Logged> = std::fs::read_to_string(fixtures().join(format!("{name}.events.jsonl")))
            .expect("the fixture's event dump is committed")
            .lines()
            .map(|l| serde_json::from_str(l).expect("a dumped event"))
            .collect();
        assert!(logged.len() > 50, "{name}: the fixture holds a real history");

        let store = Store::open(&db).unwrap_or_else(|e| panic!("{name} opens with the current code: {e}"));
        let user_version: u32 =
            store.connection().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(user_version, SCHEMA_VERSION, "{name} is upgraded to the current schema");
        let check: String = store.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "{name} is intact after the upgrade");

        let info = store.desk_info().unwrap();
        assert_eq!(info.events as usize, logged.len(), "{name}: no event was added or lost by the upgrade");
        let mut stmt = store
            .connection()
            .prepare("SELECT kind, payload, customer_id, case_id FROM events WHERE id = ?1")
            .unwrap();
        for e in &logged {
            let row: (String, String, Option<String>, Option<String>) = stmt
                .query_row([&e.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .unwrap_or_else(|err| panic!("{name}: event {} is still there: {err}", e.id));
            assert_eq!(
                row,
                (e.kind.clone(), e.payload.clone(), e.customer_id.clone(), e.case_id.clone()),
                "{name}: event {} is unchanged",
                e.id
            );
        }

        // And the current code can read all of it back: every customer's timeline
        // (every payload parses) and the queue (due times were computed).
        let mut seen = 0;
        let customers: Vec<String> = {
            let mut s = store.connection().prepare("SELECT id FROM customers").unwrap();
            s.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
        };
        for id in &customers {
            let page =
                store.customer_timeline(id, None, 500).unwrap_or_else(|e| panic!("{name}: timeline: {e}"));
            seen += page.entries.len();
            for case in store.customer_cases(id).unwrap() {
                store.case_detail(&case.id).unwrap_or_else(|e| panic!("{name}: case {}: {e}", case.id));
            }
        }
        let per_customer = logged.iter().filter(|e| e.customer_id.is_some()).count();
        assert_eq!(seen, per_customer, "{name}: every customer event shows on a timeline");
        store.queue(None, 100).unwrap_or_else(|e| panic!("{name}: the queue loads: {e}"));
    }
}
