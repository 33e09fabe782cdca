//! Acting as the person at the desk.

use casebook::model::*;
use casebook::{ErrorCode, Store};

#[test]
fn the_first_staff_member_needs_no_one_to_vouch_and_is_at_the_desk() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(store.desk_info().unwrap().first_run, "an empty shop is a first run");
    let ana =
        store.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana".into(), role: StaffRole::Owner }).unwrap();
    let info = store.desk_info().unwrap();
    assert!(!info.first_run);
    assert_eq!(info.current_staff_id, Some(ana.id), "the shop's first person is picked automatically");
}

#[test]
fn nothing_is_logged_without_someone_at_the_desk() {
    let mut store = Store::open_in_memory().unwrap();
    casebook::demo::seed(&mut store, &casebook::demo::SeedOptions::demo(casebook::clock::now())).unwrap();
    let input = NewCustomer { name: "Walk In".into(), ..NewCustomer::default() };
    let err = store.act(&Actor::AtDesk, None, |w, c| w.create_customer(c, &input, false)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(err.to_string().contains("Pick who you are"), "{err}");
}

#[test]
fn switching_staff_changes_who_the_history_records() {
    let mut store = Store::open_in_memory().unwrap();
    let ana =
        store.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana".into(), role: StaffRole::Owner }).unwrap();
    let ben =
        store.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ben".into(), role: StaffRole::Staff }).unwrap();
    store.set_current_staff(Some(&ben.id)).unwrap();
    let c = store
        .act(&Actor::AtDesk, None, |w, c| {
            w.create_customer(c, &NewCustomer { name: "Mei".into(), ..Default::default() }, false)
        })
        .unwrap();
    let page = store.customer_timeline(&c.id, None, 5).unwrap();
    assert_eq!(
        page.entries[0].staff_id.as_deref(),
        Some(ben.id.as_str()),
        "Ben is at the desk, so it is Ben's entry"
    );

    let err = store.set_staff_active_as(&Actor::AtDesk, &ben.id, false).unwrap_err();
    assert!(err.to_string().contains("cannot deactivate yourself"), "{err}");
    store.set_current_staff(Some(&ana.id)).unwrap();
    store.set_staff_active_as(&Actor::AtDesk, &ben.id, false).unwrap();
    let err = store.set_current_staff(Some(&ben.id)).unwrap_err();
    assert!(err.to_string().contains("no longer active"), "someone who left cannot be picked: {err}");
}

#[test]
fn staff_names_must_be_told_apart() {
    let mut store = Store::open_in_memory().unwrap();
    store.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana".into(), role: StaffRole::Owner }).unwrap();
    let err = store
        .add_staff_as(&Actor::AtDesk, &NewStaff { name: "ana".into(), role: StaffRole::Staff })
        .unwrap_err();
    assert!(err.to_string().contains("already someone called"), "{err}");
}

#[test]
fn the_app_says_what_is_new_once_after_an_update_and_never_on_a_new_desk() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(
        store.note_app_version("0.1.0").unwrap(),
        None,
        "a new, empty desk has nothing to be updated from"
    );
    casebook::demo::seed(&mut store, &casebook::demo::SeedOptions::demo(casebook::clock::now())).unwrap();
    assert_eq!(store.note_app_version("0.1.0").unwrap(), None, "the same version again says nothing");
    let told = store.note_app_version("0.2.0").unwrap();
    assert_eq!(
        told,
        Some(WhatsNew { version: "0.2.0".into(), previous: Some("0.1.0".into()) }),
        "an update says from which version to which"
    );
    assert_eq!(store.note_app_version("0.2.0").unwrap(), None, "told once: the next start says nothing");
    assert_eq!(store.note_app_version("0.1.9").unwrap(), None, "going back to an older version is no update");
    assert_eq!(store.note_app_version("0.2.0").unwrap().and_then(|w| w.previous).as_deref(), Some("0.1.9"));

    // A database made by the command line (a demo shop, say) starts with the
    // version that made it: the window it is opened in later has nothing to tell.
    let mut seeded = Store::open_in_memory().unwrap();
    casebook::demo::seed(&mut seeded, &casebook::demo::SeedOptions::demo(casebook::clock::now())).unwrap();
    assert_eq!(
        seeded.note_app_version(env!("CARGO_PKG_VERSION")).unwrap(),
        None,
        "a new database is no update"
    );

    // A shop's desk from before versions were recorded: its history says it ran an older one.
    let mut older = Store::open_in_memory().unwrap();
    casebook::demo::seed(&mut older, &casebook::demo::SeedOptions::demo(casebook::clock::now())).unwrap();
    older.set_meta("app_version", None).unwrap();
    assert_eq!(
        older.note_app_version("0.2.0").unwrap(),
        Some(WhatsNew { version: "0.2.0".into(), previous: None }),
        "a desk with history and no recorded version was updated"
    );
}
