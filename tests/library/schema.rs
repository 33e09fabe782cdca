//! The schema after all migrations, kept as a snapshot so any change to it shows
//! up in review. Refresh with `UPDATE_SNAPSHOTS=1 cargo test --test library schema`.

use casebook::core::migrations::{LATEST as SCHEMA_VERSION, MIGRATIONS};
use casebook::Store;

#[test]
fn schema_matches_the_committed_snapshot() {
    let store = Store::open_in_memory().unwrap();
    let schema = store.schema_sql().unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/schema.sql");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &schema).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == schema,
        "the schema changed; review the difference and run `UPDATE_SNAPSHOTS=1 cargo test --test library schema`\n--- new schema ---\n{schema}"
    );
}

#[test]
fn migrations_apply_in_order_and_reopening_is_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let versions: Vec<u32> = conn
        .prepare("SELECT version FROM schema_migrations ORDER BY version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected: Vec<u32> = MIGRATIONS.iter().map(|m| m.version).collect();
    assert_eq!(versions, expected, "every migration is recorded once, in order");
    drop(conn);
    let schema_before = Store::open(&path).unwrap().schema_sql().unwrap();
    let schema_after = Store::open(&path).unwrap().schema_sql().unwrap();
    assert_eq!(schema_before, schema_after, "opening an up-to-date database changes nothing");
    let version: u32 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION, "user_version is the newest migration");
}

#[test]
fn an_edited_released_migration_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edited.db");
    drop(Store::open(&path).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = 1", [])
        .unwrap();
    let err = Store::open(&path).err().expect("a changed migration must stop the app");
    assert!(err.to_string().contains("must never change"), "the message says why: {err}");
}
