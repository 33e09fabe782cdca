//! Who is at the desk: rights checked in the library for every action, the
//! passcode steps, and events another desk wrote judged against their
//! author's role at their place in the one order.

use casebook::core::settle::SetAsideReason;
use casebook::model::*;
use casebook::staff::{session, Passcode};
use casebook::Db;
use casebook::{clock, Ctx, ErrorCode, Store};

use crate::common::Shop;
use crate::settle::Shop as Desks;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}

fn lead(shop: &mut Shop) -> Staff {
    let ctx = shop.as_ana();
    shop.store
        .write(|w| w.add_staff(&ctx, &NewStaff { name: "Lea Lead".into(), role: StaffRole::Lead }))
        .unwrap()
}

#[test]
fn staff_and_leads_cannot_use_the_owners_tools_and_nothing_is_written() {
    let mut shop = Shop::new();
    let lea = lead(&mut shop);
    let (ana, ben) = (shop.ana.id.clone(), shop.ben.id.clone());
    let before = shop.events();
    for who in [&shop.as_ben(), &Ctx::staff(&lea.id)] {
        let refusals: Vec<(&str, casebook::Result<()>)> = shop
            .store
            .write(|w| {
                Ok(vec![
                    (
                        "add staff",
                        w.add_staff(who, &NewStaff { name: "Zed".into(), role: StaffRole::Owner }).map(drop),
                    ),
                    ("rename", w.rename_staff(who, &ana, "Anna").map(drop)),
                    ("deactivate", w.set_staff_active(who, &ana, false).map(drop)),
                    ("role", w.set_staff_role(who, &ben, StaffRole::Owner).map(drop)),
                    ("merge", w.record_staff_merge(who, &ben, &ana).map(drop)),
                    ("take a passcode off", w.clear_passcode(who, &ana).map(drop)),
                    ("the passcode rule", w.edit_passcode_rule(who, &RuleEdit::default(), None).map(drop)),
                    ("the shop's language", w.set_shop_locale(who, None)),
                ])
            })
            .unwrap();
        for (what, result) in refusals {
            let err = result.expect_err(what);
            assert_eq!(err.code(), ErrorCode::NotAllowed, "{what} is an owner's tool: {err}");
            assert!(err.to_string().contains("only an owner can"), "{what} says who may: {err}");
        }
    }
    assert_eq!(shop.events(), before, "a refused action writes nothing");

    // Shop policy: a shift lead may, staff may not.
    let targets = shop.store.response_settings().unwrap().targets;
    let (as_ana, as_ben) = (shop.as_ana(), shop.as_ben());
    let err = shop.store.write(|w| w.set_targets(&as_ben, &targets)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "staff do not change targets: {err}");
    shop.store
        .write(|w| w.set_attachment_limit(&Ctx::staff(&lea.id), 12))
        .expect("a shift lead changes the file limit");

    // The owner may.
    let zed = shop
        .store
        .write(|w| w.add_staff(&as_ana, &NewStaff { name: "Zed".into(), role: StaffRole::Staff }))
        .expect("the owner adds staff");
    shop.store.write(|w| w.set_staff_role(&as_ana, &zed.id, StaffRole::Lead)).expect("the owner sets roles");
    let err = shop.store.write(|w| w.set_staff_role(&as_ana, &ana, StaffRole::Staff)).unwrap_err();
    assert!(err.to_string().contains("only owner"), "the last owner stays one: {err}");
}

#[test]
fn import_restore_and_reports_are_checked_for_whoever_asks() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("desk.db")).unwrap();
    casebook::demo::seed(&mut store, &casebook::demo::SeedOptions::demo(clock::now())).unwrap();
    let export = casebook::data::exchange::export(&store, dir.path()).unwrap();
    let folder = std::path::Path::new(&export.folder);
    let err = casebook::data::exchange::import(&mut store, &Actor::Named("Dev".into()), folder).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "staff do not import: {err}");
    casebook::data::exchange::import(&mut store, &Actor::Named("Ana".into()), folder)
        .expect("the owner imports");

    let backup = store.backup_to(&dir.path().join("backups/one.db")).unwrap();
    let file = std::path::PathBuf::from(&backup.path);
    let err = store.restore_from(&Actor::Named("Ben".into()), &file, &dir.path().join("old")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "a shift lead does not restore: {err}");

    let request = casebook::learn::reports::ReportRequest {
        name: "fairness".parse().unwrap(),
        from: "2026-01-01".into(),
        to: "2026-12-01".into(),
    };
    casebook::learn::reports::run_as(&store, &Actor::Named("Dev".into()), &request, clock::now())
        .expect("anyone reads the reports by default");
    let ana = store.resolve(&Actor::Named("Ana".into())).unwrap().unwrap();
    let edit = RuleEdit { reports_owner_only: Some(true), ..RuleEdit::default() };
    store.write(|w| w.edit_passcode_rule(&Ctx::staff(&ana), &edit, None)).unwrap();
    let err = casebook::learn::reports::run_as(&store, &Actor::Named("Dev".into()), &request, clock::now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "the owner kept the reports to owners: {err}");
}

#[test]
fn an_owners_tool_used_by_someone_who_was_not_an_owner_then_has_no_effect_on_any_desk() {
    let mut shop = Desks::new(3);
    let (ana, ben) = (shop.owner.id.clone(), shop.staff.id.clone());
    let zone = |s: &Store| s.sla_settings().unwrap().calendar.spec().time_zone.clone();
    let before = zone(&shop.desks[0]);
    // A workshop desk sends an opening-hours change and a new owner as Ben, who is staff.
    let now = clock::now();
    let hours = shop.push_as(&ben, now, r#"{"kind":"calendar_edited","time_zone":"Asia/Tokyo"}"#, None, None);
    let added = shop.push_as(
        &ben,
        now + chrono::Duration::milliseconds(1),
        r#"{"kind":"staff_added","staff_id":"0190aaaa-0000-7000-8000-00000000f00d","name":"Mallory","role":"owner"}"#,
        None,
        None,
    );
    shop.sync();
    for (i, desk) in shop.desks.iter().enumerate() {
        assert_eq!(zone(desk), before, "desk {i}: the hours stay as they were");
        assert!(desk.list_staff().unwrap().iter().all(|s| s.name != "Mallory"), "desk {i}: nobody was added");
        let refused = desk.set_aside_ids(Some(SetAsideReason::NotAllowed)).unwrap();
        assert!(
            refused.contains(&hours) && refused.contains(&added),
            "desk {i} keeps both, set aside: {refused:?}"
        );
        let summary = desk.set_aside_summary().unwrap();
        let line = summary
            .iter()
            .find(|s| s.reason == SetAsideReason::NotAllowed)
            .expect("summed up for Desks & sync");
        assert_eq!(
            (line.count, line.authors.clone()),
            (2, vec!["Ben".to_owned()]),
            "desk {i} says as whom: {line:?}"
        );
    }
    // Later events of that desk still apply: sync never stops at an event.
    shop.push_as(
        &ana,
        clock::now() + chrono::Duration::milliseconds(5),
        r#"{"kind":"calendar_edited","time_zone":"Europe/Lisbon"}"#,
        None,
        None,
    );
    shop.sync();
    assert_eq!(zone(&shop.desks[2]), "Europe/Lisbon", "the owner's change after it applies");
    shop.same_everywhere();
}

#[test]
fn an_event_is_judged_by_its_authors_role_at_its_place_in_the_order_whatever_order_it_arrives_in() {
    let mut shop = Desks::new(2);
    let (ana, ben) = (shop.owner.id.clone(), shop.staff.id.clone());
    let t0 = clock::now();
    let at = |ms: i64| t0 + chrono::Duration::milliseconds(ms);
    let add = |name: &str, id: &str| {
        format!(
            r#"{{"kind":"staff_added","staff_id":"0190aaaa-0000-7000-8000-0000000{id}","name":"{name}","role":"staff"}}"#
        )
    };
    // Ben adds Cy at 10 (before he is an owner) and Di at 30 (after); Ana
    // makes him an owner at 20. The promotion arrives last.
    shop.push_as(&ben, at(30), &add("Di", "000d1"), None, None);
    shop.push_as(&ben, at(10), &add("Cy", "000c1"), None, None);
    shop.sync();
    let promote = format!(
        r#"{{"kind":"staff_updated","staff_id":"{ben}","changes":[{{"field":"role","from":"staff","to":"owner"}}]}}"#
    );
    shop.push_as(&ana, at(20), &promote, None, None);
    shop.sync();
    for (i, desk) in shop.desks.iter().enumerate() {
        let names: Vec<String> = desk.list_staff().unwrap().into_iter().map(|s| s.name).collect();
        assert!(names.contains(&"Di".to_owned()), "desk {i}: Ben was an owner at 30: {names:?}");
        assert!(!names.contains(&"Cy".to_owned()), "desk {i}: Ben was not an owner at 10: {names:?}");
    }
    shop.same_everywhere();
}

/// A desk on disk with Ana (owner, at the desk) and Ben (staff), as the app has it.
fn desk(dir: &std::path::Path) -> (Db, String, String) {
    let db = Db::open(dir.join("desk.db")).unwrap();
    let (ana, ben) = db
        .write_blocking(|s| {
            let ana =
                s.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana".into(), role: StaffRole::Owner })?;
            let ben =
                s.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ben".into(), role: StaffRole::Staff })?;
            Ok((ana.id, ben.id))
        })
        .unwrap();
    (db, ana, ben)
}

fn code(text: &str) -> Passcode {
    Passcode::new(text)
}

async fn add(db: &Db, name: &str) -> casebook::Result<Staff> {
    let name = name.to_owned();
    db.write(move |s| s.add_staff_as(&Actor::AtDesk, &NewStaff { name, role: StaffRole::Staff })).await
}

#[test]
fn owner_tools_ask_the_owners_passcode_and_an_owner_can_approve_one_action() {
    let dir = tempfile::tempdir().unwrap();
    let (db, ana, ben) = desk(dir.path());
    block_on(async {
        let err = session::edit_passcode_rule(
            &db,
            Actor::AtDesk,
            RuleEdit { ask: Some(PasscodeAsk::OwnerTools), ..RuleEdit::default() },
        )
        .await
        .unwrap_err();
        assert!(
            err.to_string().contains("your own passcode first"),
            "the owner cannot lock themselves out: {err}"
        );
        let err = session::set_passcode(&db, Actor::AtDesk, &ana, code("1111")).await.unwrap_err();
        assert!(err.to_string().contains("first anyone would try"), "{err}");
        session::set_passcode(&db, Actor::AtDesk, &ana, code("4071")).await.expect("her own passcode");
        let recovery = session::edit_passcode_rule(
            &db,
            Actor::AtDesk,
            RuleEdit { ask: Some(PasscodeAsk::OwnerTools), ..RuleEdit::default() },
        )
        .await
        .unwrap()
        .expect("a recovery code the first time");
        assert_eq!(recovery.len(), 24, "five groups of four: {recovery}");

        // Switching person forgets the proof: the owner types it again for an owner's tool.
        let (a, b) = (ana.clone(), ben.clone());
        db.write(move |s| s.set_current_staff(Some(&b))).await.unwrap();
        db.write(move |s| s.set_current_staff(Some(&a))).await.unwrap();
        let err = add(&db, "Cy").await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::PasscodeNeeded, "{err}");
        let err = session::sign_in(&db, &shop_id(&db, "Ana").await, code("9999")).await.unwrap_err();
        assert!(err.to_string().contains("not right"), "{err}");
        session::sign_in(&db, &shop_id(&db, "Ana").await, code("4071")).await.expect("the right passcode");
        add(&db, "Cy").await.expect("proved, the owner adds staff");

        // Ben at the desk: refused; Ana approves once; the second try is refused again.
        let b = ben.clone();
        db.write(move |s| s.set_current_staff(Some(&b))).await.unwrap();
        let err = add(&db, "Di").await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::NotAllowed, "{err}");
        session::approve_once(&db, &shop_id(&db, "Ana").await, code("4071")).await.unwrap();
        let di = add(&db, "Di").await.expect("approved by the owner");
        let author: Option<String> = db
            .read(move |s| {
                Ok(s.connection().query_row(
                    "SELECT staff_id FROM events WHERE kind = 'staff_added' AND payload LIKE '%' || ?1 || '%'",
                    [di.id],
                    |r| r.get(0),
                )?)
            })
            .await
            .unwrap();
        assert_eq!(author, Some(shop_id(&db, "Ana").await), "recorded as the owner's act");
        assert_eq!(
            add(&db, "Ed").await.unwrap_err().code(),
            ErrorCode::NotAllowed,
            "the approval was for one action"
        );
        let err = session::approve_once(&db, &ben, code("4071")).await.unwrap_err();
        assert!(
            err.code() == ErrorCode::InvalidInput || err.code() == ErrorCode::NotAllowed,
            "Ben is no owner: {err}"
        );
        let _ = recovery;
    });
}

async fn shop_id(db: &Db, name: &str) -> String {
    let name = name.to_owned();
    db.read(move |s| Ok(s.resolve(&Actor::Named(name))?.unwrap())).await.unwrap()
}

#[test]
fn a_desk_that_asks_always_locks_slows_wrong_tries_and_refuses_who_left() {
    let dir = tempfile::tempdir().unwrap();
    let (db, ana, ben) = desk(dir.path());
    block_on(async {
        session::set_passcode(&db, Actor::AtDesk, &ana, code("4071")).await.unwrap();
        let edit = RuleEdit { ask: Some(PasscodeAsk::Always), lock_minutes: Some(5), ..RuleEdit::default() };
        session::edit_passcode_rule(&db, Actor::AtDesk, edit).await.unwrap();

        // Picking Ben needs his passcode; he has none yet and chooses one.
        let b = ben.clone();
        let err = db.write(move |s| s.set_current_staff(Some(&b))).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::PasscodeNeeded, "{err}");
        let err = session::sign_in(&db, &ben, code("1234")).await.unwrap_err();
        assert!(err.to_string().contains("no passcode yet"), "{err}");
        let b = ben.clone();
        db.write(move |s| s.set_preference(casebook::staff::CURRENT_STAFF, Some(&b))).await.unwrap();
        session::set_passcode(&db, Actor::AtDesk, &ben, code("8264")).await.expect("his first passcode");
        let info = db.read(|s| s.desk_info()).await.unwrap();
        assert!(
            info.signed_in && info.current_staff_id.as_deref() == Some(ben.as_str()),
            "signed in with it"
        );

        // Locked: nothing is done until he signs in again.
        db.write(|s| s.lock_desk()).await.unwrap();
        let input = NewCustomer { name: "Walk In".into(), ..NewCustomer::default() };
        let i2 = input.clone();
        let err = db
            .write(move |s| s.act(&Actor::AtDesk, None, |w, c| w.create_customer(c, &i2, false)))
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::PasscodeNeeded, "{err}");

        // Idle past the owner's minutes: locked too.
        session::sign_in(&db, &ben, code("8264")).await.unwrap();
        let b = ben.clone();
        db.write(move |s| {
            let old = clock::to_ms(clock::now()) - 6 * 60_000;
            s.set_preference(
                session::SESSION,
                Some(&format!(r#"{{"staff_id":"{b}","proved":true,"seen_at":{old}}}"#)),
            )
        })
        .await
        .unwrap();
        assert!(
            !db.read(|s| s.desk_info()).await.unwrap().signed_in,
            "six idle minutes lock a desk set to five"
        );

        // Five wrong tries make the field wait; the owner sees them.
        for _ in 0..4 {
            session::sign_in(&db, &ben, code("0000")).await.unwrap_err();
        }
        let err = session::sign_in(&db, &ben, code("0000")).await.unwrap_err();
        assert!(err.to_string().contains("Wait 30 s"), "the fifth wrong try waits: {err}");
        let err = session::sign_in(&db, &ben, code("8264")).await.unwrap_err();
        assert!(err.to_string().contains("wait"), "even the right passcode waits: {err}");
        let tries = db.read(|s| s.sign_in_tries()).await.unwrap();
        assert_eq!(tries.len(), 1, "{tries:?}");
        assert_eq!((tries[0].name.as_str(), tries[0].failures), ("Ben", 5));

        // Ben leaves: he can no longer sign in.
        session::sign_in(&db, &ana, code("4071")).await.unwrap();
        let b = ben.clone();
        db.write(move |s| s.set_staff_active_as(&Actor::AtDesk, &b, false)).await.unwrap();
        let b = ben.clone();
        db.write(move |s| {
            s.connection().execute("DELETE FROM sign_in_tries WHERE staff_id = ?1", [b])?;
            Ok(())
        })
        .await
        .unwrap();
        let err = session::sign_in(&db, &ben, code("8264")).await.unwrap_err();
        assert!(err.to_string().contains("no longer"), "{err}");
    });
}

#[test]
fn a_forgotten_owner_passcode_is_reset_with_the_recovery_code_and_no_passcode_is_kept_in_clear() {
    let dir = tempfile::tempdir().unwrap();
    let (db, ana, _) = desk(dir.path());
    let recovery = block_on(async {
        session::set_passcode(&db, Actor::AtDesk, &ana, code("731904")).await.unwrap();
        let edit = RuleEdit { ask: Some(PasscodeAsk::OwnerTools), ..RuleEdit::default() };
        let recovery = session::edit_passcode_rule(&db, Actor::AtDesk, edit).await.unwrap().unwrap();
        let err = session::reset_with_recovery(&db, &ana, code("AAAA-BBBB-CCCC-DDDD-EEEE"), code("592817"))
            .await
            .unwrap_err();
        assert!(err.to_string().contains("not right"), "a wrong recovery code: {err}");
        session::reset_with_recovery(&db, &ana, code(&recovery.to_lowercase()), code("592817"))
            .await
            .expect("the recovery code, typed in any case");
        db.write(|s| s.lock_desk()).await.unwrap();
        session::sign_in(&db, &ana, code("592817")).await.expect("the new passcode");
        assert!(session::sign_in(&db, &ana, code("731904")).await.is_err(), "the old one is gone");
        recovery
    });
    let parent = dir.path().to_path_buf();
    let export = db.read_blocking(move |s| casebook::data::exchange::export(s, &parent)).unwrap();
    let backup = db.backup_blocking(casebook::data::backup::BackupKind::Manual).unwrap();
    drop(db);
    let mut files = vec![dir.path().join("desk.db"), std::path::PathBuf::from(&backup.path)];
    for entry in std::fs::read_dir(&export.folder).unwrap() {
        files.push(entry.unwrap().path());
    }
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for secret in ["\"731904\"", "\"592817\"", recovery.as_str(), &recovery.replace('-', "")] {
            assert!(
                !text.contains(secret),
                "{} holds a passcode or the recovery code in clear",
                file.display()
            );
        }
    }
}

#[test]
fn the_same_passcode_works_at_every_desk_of_the_shop_after_sync() {
    let mut shop = Desks::new(2);
    let ana = shop.owner.id.clone();
    let hash = casebook::staff::passcode::hash_new(&code("4071"), &PasscodeRule::default()).unwrap();
    let me = Ctx::staff(&ana);
    shop.desks[0].write(|w| w.record_passcode(&me, &ana, &hash)).unwrap();
    let edit = RuleEdit { ask: Some(PasscodeAsk::OwnerTools), ..RuleEdit::default() };
    shop.desks[0].write(|w| w.edit_passcode_rule(&me, &edit, None)).unwrap();
    shop.sync();
    let desk = &shop.desks[1];
    assert_eq!(desk.passcode_rule().unwrap().ask, PasscodeAsk::OwnerTools, "the rule came with sync");
    let ctx = desk
        .acting(&Actor::WithPasscode(Some("Ana".into()), code("4071")), None)
        .expect("her passcode works here");
    assert!(ctx.proved, "proved at the second desk");
    let err = desk.acting(&Actor::WithPasscode(Some("Ana".into()), code("4072")), None).unwrap_err();
    assert!(err.to_string().contains("not right"), "{err}");
    let err = desk.acting(&Actor::Named("Ana".into()), None).map(|c| c.proved);
    assert_eq!(err.ok(), Some(false), "named without a passcode: not proved");
}
