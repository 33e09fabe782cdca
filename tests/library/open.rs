//! Opening a database: safe defaults, and refusing what is not ours to change.

use casebook::{Error, ErrorCode, Store};

fn bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("file is readable")
}

#[test]
fn a_new_file_is_created_with_the_current_schema_and_a_stable_desk_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/casebook.db");
    let desk = Store::open(&path).expect("a new database is created, folders included").desk_id().to_owned();
    let again = Store::open(&path).expect("it opens again");
    assert_eq!(again.desk_id(), desk, "the desk id is made once, on first run, and kept");
    assert_eq!(
        again.desk_info().unwrap().schema_version,
        casebook::core::migrations::LATEST,
        "a fresh database is at the newest schema"
    );
}

#[test]
fn every_connection_gets_the_deliberate_pragmas() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("p.db")).unwrap();
    let conn = store.connection();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let fk: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    let sync: i64 = conn.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
    let busy: i64 = conn.query_row("PRAGMA busy_timeout", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal", "WAL lets the UI read while a write commits");
    assert_eq!(fk, 1, "foreign keys are enforced");
    assert_eq!(sync, 2, "synchronous=FULL: a committed event survives power loss");
    assert!(busy >= 1000, "a busy database is waited for, not failed at once (got {busy} ms)");
}

#[test]
fn a_database_from_a_newer_casebook_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = bytes(&path);
    let err = Store::open(&path).err().expect("a newer schema must be refused");
    assert_eq!(err.code(), ErrorCode::NewerDatabase, "the error says why: {err}");
    assert!(
        err.to_string().contains("newer version of Casebook"),
        "message tells the person what happened: {err}"
    );
    assert!(err.to_string().contains("Nothing was changed"), "message reassures: {err}");
    assert_eq!(bytes(&path), before, "not a byte of the newer database changes");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("customers.csv");
    std::fs::write(&path, "name,phone\nAna,0612345678\n").unwrap();
    let err = Store::open(&path).err().expect("a CSV is not a database");
    assert!(matches!(err, Error::NotCasebook { .. }), "refused as not Casebook's: {err}");
    assert_eq!(bytes(&path), b"name,phone\nAna,0612345678\n", "the file is left exactly as it was");
}

#[test]
fn another_programs_sqlite_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY); INSERT INTO invoices VALUES (1);",
        )
        .unwrap();
    }
    let before = bytes(&path);
    let err = Store::open(&path).err().expect("someone else's database must not be migrated");
    assert_eq!(err.code(), ErrorCode::NotACasebookDatabase, "{err}");
    assert_eq!(bytes(&path), before, "their database is not touched");
}

#[test]
fn a_damaged_database_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.db");
    let mut content = b"SQLite format 3\0".to_vec();
    content.extend(std::iter::repeat_n(0xAB, 4096));
    std::fs::write(&path, &content).unwrap();
    let err = Store::open(&path).err().expect("garbage after a valid header is refused");
    assert!(
        matches!(err.code(), ErrorCode::NotACasebookDatabase | ErrorCode::CorruptDatabase),
        "a damaged file is reported as such, not as a crash: {err}"
    );
    assert_eq!(bytes(&path), content, "the damaged file is kept for recovery");
}

#[test]
fn an_unwritable_location_is_reported_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    let err = Store::open(blocker.join("casebook.db")).err().expect("a file in the way of the folder fails");
    assert!(err.to_string().contains("not-a-folder"), "the message names the path: {err}");
}
