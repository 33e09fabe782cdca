//! When the data folder misbehaves: read-only, full, or held by another
//! program. Each gives a message that says what to do, and nothing is half
//! written.

use std::time::Duration;

use casebook::model::*;
use casebook::{ErrorCode, Store};

use crate::common::Shop;

fn note(case_id: &str) -> NewEntry {
    NewEntry {
        case_id: case_id.into(),
        kind: EntryKind::Note,
        body: "Checked the chain".into(),
        direction: None,
    }
}

#[test]
fn a_read_only_database_refuses_writes_and_says_so() {
    let mut shop = Shop::new();
    let c = shop.customer("Lotte Smit", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Gears", None);
    let before = shop.events();
    shop.store.connection().execute_batch("PRAGMA query_only = ON").unwrap();
    let ctx = shop.as_ana();
    let err = shop.store.write(|w| w.add_entry(&ctx, &note(&case.id))).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ReadOnly, "{err}");
    assert!(
        err.to_string().contains("read-only") && err.to_string().contains("--db"),
        "says what to do: {err}"
    );
    shop.store.connection().execute_batch("PRAGMA query_only = OFF").unwrap();
    assert_eq!(shop.events(), before, "nothing was written");
}

#[test]
fn a_full_disk_refuses_the_write_whole_and_the_next_one_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut shop = Shop::new();
    shop.store = Store::open(dir.path().join("full.db")).unwrap();
    shop.ana = shop
        .store
        .add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana".into(), role: StaffRole::Owner })
        .unwrap();
    let c = shop.customer("Pieter Novak", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Wheel", None);
    let pages: i64 = shop.store.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    shop.store.connection().execute_batch(&format!("PRAGMA max_page_count = {pages}")).unwrap();
    let ctx = shop.as_ana();
    let before = shop.events();
    let big = NewEntry { body: "x".repeat(19_000), ..note(&case.id) };
    let err = shop
        .store
        .write(|w| {
            for _ in 0..50 {
                w.add_entry(&ctx, &big)?;
            }
            Ok(())
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::DiskFull, "{err}");
    assert!(err.to_string().contains("Free some space"), "says what to do: {err}");
    assert_eq!(shop.events(), before, "not one of the fifty entries was kept: all or nothing");
    shop.store.connection().execute_batch("PRAGMA max_page_count = 1073741823").unwrap();
    shop.store.write(|w| w.add_entry(&ctx, &note(&case.id))).expect("with space again, writing works");
}

#[test]
fn a_database_held_by_another_program_is_reported_busy_after_a_wait() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("held.db");
    let mut shop = Shop::new();
    shop.store = Store::open(&path).unwrap();
    shop.ana = shop
        .store
        .add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana".into(), role: StaffRole::Owner })
        .unwrap();
    let c = shop.customer("Ravi Lund", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Saddle", None);
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    shop.store.set_busy_timeout(Duration::from_millis(200)).unwrap();
    let before_err = std::time::Instant::now();
    let ctx = shop.as_ana();
    let err = shop.store.write(|w| w.add_entry(&ctx, &note(&case.id))).unwrap_err();
    assert!(before_err.elapsed() >= Duration::from_millis(150), "it waited for the other program first");
    assert_eq!(err.code(), ErrorCode::Busy, "{err}");
    assert!(err.to_string().contains("Wait a moment and try again"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    shop.store.write(|w| w.add_entry(&ctx, &note(&case.id))).expect("once released, the write goes through");
}

#[test]
fn a_data_folder_that_cannot_be_created_names_the_folder() {
    let err = casebook::Db::open("/proc/casebook/casebook.db").err().expect("no folder can be made in /proc");
    assert!(err.to_string().contains("/proc/casebook"), "names the folder: {err}");
}

#[test]
fn a_csv_import_that_fills_the_disk_writes_no_row_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("full.db")).unwrap();
    let mut text = String::from("Name,Email,Notes\n");
    for i in 0..400 {
        text.push_str(&format!("Person {i},p{i}@example.com,{}\n", "n".repeat(4_000)));
    }
    let source = casebook::data::csv_import::CsvSource::from_text(&text);
    let mapping = casebook::data::csv_import::inspect(&source).unwrap().mapping;
    let pages: i64 = store.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    store.connection().execute_batch(&format!("PRAGMA max_page_count = {}", pages + 50)).unwrap();
    let request = casebook::data::csv_import::CsvRequest { source, mapping };
    let err =
        casebook::data::csv_import::run(&mut store, &casebook::Ctx::now(None), &request, true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DiskFull, "{err}");
    assert_eq!(store.desk_info().unwrap().customers, 0, "all or nothing: no row of the file was kept");
}

#[test]
fn an_export_that_cannot_be_written_says_where_and_leaves_nothing_half_made() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("shop.db")).unwrap();
    // A file where the exports folder should be: the folder cannot be made.
    let blocked = dir.path().join("exports");
    std::fs::write(&blocked, "not a folder").unwrap();
    let err = casebook::data::exchange::export(&store, &blocked).unwrap_err();
    assert!(err.to_string().contains("exports"), "the message names the place: {err}");
    assert_eq!(std::fs::read_to_string(&blocked).unwrap(), "not a folder", "nothing was overwritten");
}
