//! The database handle the app uses: one writer, readers, change notices, and
//! one app per database file.

use casebook::model::*;
use casebook::{Db, ErrorCode};

#[tokio::test]
async fn writes_and_reads_go_through_the_worker_threads_and_changes_are_announced() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path().join("app.db")).unwrap();
    let mut changes = db.subscribe();
    let staff = db
        .write(|s| {
            s.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        })
        .await
        .unwrap();
    let change = changes.recv().await.expect("a committed write is announced");
    assert!(change.staff, "adding staff is reported as a staff change");
    let listed = db.read(|s| s.list_staff()).await.unwrap();
    assert_eq!(listed, vec![staff], "a reader sees the committed write");
}

#[tokio::test]
async fn a_failed_write_announces_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path().join("app.db")).unwrap();
    let mut changes = db.subscribe();
    let err = db
        .write(|s| s.add_staff_as(&Actor::AtDesk, &NewStaff { name: " ".into(), role: StaffRole::Owner }))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(changes.try_recv().is_err(), "nothing changed, so nothing is announced");
}

#[test]
fn a_second_app_on_the_same_database_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let first = Db::open(&path).unwrap();
    let err = Db::open(&path).err().expect("the same file cannot be opened twice by the app");
    assert_eq!(err.code(), ErrorCode::AlreadyOpen);
    assert!(err.to_string().contains("already has"), "{err}");
    drop(first);
    assert!(Db::open(&path).is_ok(), "once the first copy closes, the file opens again");
}

#[test]
fn a_panicking_job_becomes_an_error_and_the_writer_keeps_working() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path().join("panic.db")).unwrap();
    let err = db
        .write_blocking(|s| -> casebook::Result<()> {
            s.write(|w| {
                w.add_staff(
                    &casebook::Ctx::now(None),
                    &NewStaff { name: "Half Written".into(), role: StaffRole::Staff },
                )?;
                panic!("a bug in the middle of a write");
            })
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Internal, "the caller gets an error, not a hang: {err}");
    let staff = db.read_blocking(|s| s.list_staff()).unwrap();
    assert!(staff.is_empty(), "the half-done write was rolled back");
    let ok = db.write_blocking(|s| {
        s.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana".into(), role: StaffRole::Owner })
    });
    assert!(ok.is_ok(), "the writer thread survived the panic");
}
