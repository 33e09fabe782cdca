//! Backups and restore: checked copies, rotation, and a restore that refuses what
//! it cannot trust and never loses the history it replaces.

use std::path::{Path, PathBuf};

use casebook::data::backup::{self, BackupKind};
use casebook::model::*;
use casebook::search::SearchQuery;
use casebook::{Db, ErrorCode, Store};

use crate::common::Shop;

/// A small shop on disk: two customers, a case each, a few entries.
fn shop_on_disk(dir: &Path) -> (PathBuf, Store) {
    let path = dir.join("data/casebook.db");
    let mut store = Store::open(&path).unwrap();
    let ana = store
        .add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        .unwrap();
    let ctx = casebook::Ctx::staff(&ana.id);
    for (name, said) in [("Maria Lopez", "My bike chain snapped"), ("Tom Hughes", "Brakes squeal on hills")] {
        let input = NewInteraction {
            customer: CustomerChoice::New {
                customer: NewCustomer { name: name.into(), ..NewCustomer::default() },
                allow_duplicate: false,
            },
            subject: said.into(),
            channel: Channel::Phone,
            priority: Priority::Normal,
            owner_id: Some(ana.id.clone()),
            message: Some(said.into()),
            expectations: None,
        };
        store.write(|w| w.open_case(&ctx, &input)).unwrap();
    }
    (path, store)
}

fn events(store: &Store) -> u32 {
    store.desk_info().unwrap().events
}

fn log_note(store: &mut Store, body: &str) {
    let case = store.queue(None, 1).unwrap().cases[0].id.clone();
    let entry = NewEntry { case_id: case, kind: EntryKind::Note, body: body.into(), direction: None };
    store.act(&Actor::AtDesk, None, |w, c| w.add_entry(c, &entry)).unwrap();
}

#[test]
fn a_backup_is_a_checked_copy_that_says_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let (path, store) = shop_on_disk(dir.path());
    let info = backup::take(&store, &backup::backups_dir(&path), BackupKind::Manual).unwrap();
    let here = store.desk_info().unwrap();
    assert_eq!(
        (info.customers, info.cases, info.events),
        (here.customers, here.cases, here.events),
        "the backup holds exactly what the desk holds"
    );
    assert_eq!(info.kind, BackupKind::Manual);
    assert!(
        Path::new(&info.path).starts_with(dir.path().join("data/backups")),
        "kept beside the data: {}",
        info.path
    );
    assert!(backup::verify(Path::new(&info.path)).is_ok(), "the copy passes integrity_check");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("data/backups"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_name().to_string_lossy().ends_with(".db"))
        .collect();
    assert!(leftovers.is_empty(), "no partial or journal files are left beside the backup: {leftovers:?}");
    let copy = Store::open(&info.path).unwrap();
    assert_eq!(copy.queue(None, 10).unwrap().cases.len(), 2, "the copy opens as a normal Casebook database");
}

#[test]
fn backups_are_listed_newest_first_and_foreign_files_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut store) = shop_on_disk(dir.path());
    let backups = backup::backups_dir(&path);
    let first = backup::take(&store, &backups, BackupKind::Automatic).unwrap();
    log_note(&mut store, "Called back, parts ordered");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = backup::take(&store, &backups, BackupKind::Manual).unwrap();
    std::fs::write(backups.join("notes.db"), "not a database").unwrap();
    let listed = backup::list(&backups).unwrap();
    assert_eq!(
        listed.iter().map(|b| b.file_name.as_str()).collect::<Vec<_>>(),
        vec![second.file_name.as_str(), first.file_name.as_str()],
        "newest first, and a file that is not a Casebook database is not offered"
    );
    assert_eq!(listed[0].events, listed[1].events + 1, "each backup's counts are its own");
}

#[test]
fn restore_brings_back_the_backup_and_keeps_what_it_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut store) = shop_on_disk(dir.path());
    let backups = backup::backups_dir(&path);
    let saved = backup::take(&store, &backups, BackupKind::Manual).unwrap();
    log_note(&mut store, "Wheel truing booked for Friday");
    let before_restore = events(&store);
    let desk_id = store.desk_id().to_owned();

    let report =
        store.restore_from(&casebook::staff::Actor::AtDesk, Path::new(&saved.path), &backups).unwrap();
    assert_eq!(events(&store), saved.events, "the history is the backup's again");
    assert_eq!(report.previous.kind, BackupKind::BeforeRestore);
    assert_eq!(report.previous.events, before_restore, "the replaced history was kept, every event of it");
    assert_eq!(store.desk_id(), desk_id, "this desk keeps its own id");
    let found = store.search(&SearchQuery { text: "truing".into(), ..SearchQuery::default() }).unwrap();
    assert!(found.entries.is_empty(), "search follows the restored history");
    let found = store.search(&SearchQuery { text: "chain".into(), ..SearchQuery::default() }).unwrap();
    assert_eq!(found.entries.len(), 1, "and still finds what the backup holds");
    assert!(store.take_changes().everything, "the app is told that everything changed");

    // Undo: restoring the before-restore backup brings the note back.
    store.restore_from(&casebook::staff::Actor::AtDesk, Path::new(&report.previous.path), &backups).unwrap();
    assert_eq!(events(&store), before_restore, "a restore can itself be undone");
    log_note(&mut store, "Writes go on after a restore");
    assert_eq!(events(&store), before_restore + 1);
}

#[test]
fn restore_refuses_what_is_not_a_healthy_casebook_backup_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut store) = shop_on_disk(dir.path());
    let backups = backup::backups_dir(&path);
    let good = backup::take(&store, &backups, BackupKind::Manual).unwrap();
    let count_before = events(&store);

    let csv = dir.path().join("customers.csv");
    std::fs::write(&csv, "name,phone\nMaria,555\n").unwrap();
    let other_app = dir.path().join("other.db");
    rusqlite::Connection::open(&other_app)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let newer = dir.path().join("newer.db");
    std::fs::copy(&good.path, &newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let damaged = dir.path().join("damaged.db");
    let mut bytes = std::fs::read(&good.path).unwrap();
    let page = 4096;
    assert!(bytes.len() > 4 * page, "the backup has pages to damage");
    for b in &mut bytes[2 * page..4 * page] {
        *b = 0x5A;
    }
    std::fs::write(&damaged, bytes).unwrap();

    for (file, code) in [
        (&csv, ErrorCode::NotACasebookDatabase),
        (&other_app, ErrorCode::NotACasebookDatabase),
        (&newer, ErrorCode::NewerDatabase),
        (&damaged, ErrorCode::CorruptDatabase),
        (&dir.path().join("missing.db"), ErrorCode::Io),
    ] {
        let err = store
            .restore_from(&casebook::staff::Actor::AtDesk, file, &backups)
            .err()
            .unwrap_or_else(|| panic!("{} must be refused", file.display()));
        assert_eq!(err.code(), code, "{}: {err}", file.display());
        assert_eq!(events(&store), count_before, "a refused restore changes nothing ({})", file.display());
    }
    assert_eq!(
        backup::list(&backups).unwrap().len(),
        1,
        "a refused restore does not even take a before-restore backup"
    );
}

#[test]
fn the_app_restores_while_its_readers_are_open_and_they_see_the_restored_settings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("app/casebook.db");
    let db = Db::open(&path).unwrap();
    db.write_blocking(|s| {
        s.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
    })
    .unwrap();
    let saved = db.backup_blocking(BackupKind::Manual).unwrap();
    let mut settings = db.read_blocking(|s| s.response_settings()).unwrap();
    let before = settings.calendar.time_zone.clone();
    settings.calendar.time_zone =
        if before == "Asia/Tokyo" { "Europe/Lisbon".into() } else { "Asia/Tokyo".into() };
    db.write_blocking(move |s| s.save_response_settings(&Actor::AtDesk, &settings)).unwrap();
    assert_ne!(db.read_blocking(|s| s.response_settings()).unwrap().calendar.time_zone, before);

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let report = rt.block_on(db.restore(casebook::staff::Actor::AtDesk, PathBuf::from(&saved.path))).unwrap();
    assert_eq!(report.restored.events, saved.events);
    for _ in 0..4 {
        let zone = db.read_blocking(|s| s.response_settings()).unwrap().calendar.time_zone;
        assert_eq!(zone, before, "every reader drops its cached calendar after a restore");
    }
    assert!(db.changed_since_last_backup().is_ok());
}

#[test]
fn a_backup_creates_its_folder_and_copies_even_an_in_memory_store() {
    let shop = Shop::new();
    let dir = tempfile::tempdir().unwrap();
    let info = shop.store.backup_to(&dir.path().join("mem/backup.db")).unwrap();
    assert_eq!(info.events, shop.events(), "even a throwaway store copies whole");
}

#[test]
fn a_paced_copy_is_the_history_as_it_began_while_the_desk_keeps_writing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut store) = shop_on_disk(dir.path());
    for i in 0..100 {
        log_note(&mut store, &format!("note {i}: {}", "the chain was replaced and tested. ".repeat(20)));
    }
    let at_start = events(&store);
    let source = Store::open(&path).unwrap();
    let target = dir.path().join("copy.db");
    let pace = backup::Pace { pages: 4, pause: std::time::Duration::ZERO };
    let (mut steps, mut written) = (0, 0);
    backup::copy_paced(source.connection(), &target, pace, |_| {
        steps += 1;
        // Not forever: a copy that restarts after each write would never end.
        if written < 30 {
            written += 1;
            log_note(&mut store, &format!("written between steps {steps}"));
        }
    })
    .unwrap();
    assert!(steps > 30, "a copy in steps of 4 pages takes many steps (took {steps})");
    assert_eq!(events(&store), at_start + written, "the desk wrote between steps");
    let copy = backup::verify(&target).expect("the copy passes integrity_check");
    assert_eq!(
        copy.events, at_start,
        "the copy is the history as it was when the copy began, not restarted or torn by the writes"
    );
    assert!(
        source.connection().is_autocommit(),
        "the copy's read transaction ends with it, so the log can be checkpointed again"
    );
}
