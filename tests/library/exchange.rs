//! Export and import of everything: export then import into an empty database
//! gives the same history; importing twice adds nothing; a damaged export
//! changes nothing and says where it is damaged.

use std::path::{Path, PathBuf};

use casebook::data::exchange::{self, ImportReport};
use casebook::demo::SeedOptions;
use casebook::model::*;
use casebook::search::SearchQuery;
use casebook::{clock, Ctx, ErrorCode, Store};

/// The demo shop, plus one of every kind of change the demo does not make.
fn rich_shop(path: &Path) -> Store {
    let mut store = Store::open(path).unwrap();
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    casebook::demo::seed(&mut store, &SeedOptions { customers: 25, ..SeedOptions::demo(now) }).unwrap();
    let staff = store.list_staff().unwrap();
    let owner = staff.iter().find(|s| s.role == StaffRole::Owner).unwrap().clone();
    let other = staff.iter().find(|s| s.id != owner.id && s.active).unwrap().clone();
    let as_owner = Ctx::staff(&owner.id);
    store.set_current_staff(Some(&owner.id)).unwrap();

    store
        .write(|w| {
            let temp =
                w.add_staff(&as_owner, &NewStaff { name: "Sam Temp".into(), role: StaffRole::Staff })?;
            w.set_staff_active(&as_owner, &temp.id, false)?;
            w.set_shop_locale(
                &as_owner,
                Some(&LocaleChoice { language: "nl".into(), region: "nl-NL".into() }),
            )?;
            // Back to each desk's own computer, so the words below stay English.
            w.set_shop_locale(&as_owner, None)?;
            let c = w.create_customer(
                &as_owner,
                &NewCustomer {
                    name: "=HYPERLINK(\"http://evil\")".into(),
                    phones: vec!["+44 20 7946 0011".into()],
                    emails: vec!["first@example.com".into()],
                    ..NewCustomer::default()
                },
                true,
            )?;
            w.update_customer(
                &as_owner,
                &c.id,
                &CustomerPatch {
                    name: Some("Renamed O'Brien; DROP TABLE customers".into()),
                    phones: Some(vec!["+44 20 7946 0012".into(), "06 1234 5678".into()]),
                    emails: Some(vec![]),
                    notes: Some("Prefers mornings".into()),
                    ..CustomerPatch::default()
                },
            )?;
            let case = w.open_case(
                &as_owner,
                &NewInteraction {
                    customer: CustomerChoice::Existing { id: c.id.clone() },
                    subject: "Frame crack under warranty".into(),
                    channel: Channel::Email,
                    priority: Priority::Normal,
                    owner_id: Some(owner.id.clone()),
                    message: Some("The frame cracked after a month".into()),
                    expectations: None,
                },
            )?;
            let promise = w.make_promise(
                &as_owner,
                &NewPromise {
                    case_id: case.id.clone(),
                    text: "Call back with the warranty decision".into(),
                    due_at: clock::now() + chrono::Duration::days(2),
                    owner_id: None,
                },
            )?;
            let said = w.add_entry(
                &as_owner,
                &NewEntry {
                    case_id: case.id.clone(),
                    kind: EntryKind::Call,
                    body: "Explained the process".into(),
                    direction: Some(CallDirection::Outbound),
                },
            )?;
            w.pin_fact(&as_owner, &said.id)?;
            w.unpin_fact(&as_owner, &said.id)?;
            let complaint = w.flag_complaint(
                &as_owner,
                &NewComplaint {
                    case_id: case.id.clone(),
                    event_id: Some(said.id.clone()),
                    summary: "Slow warranty".into(),
                },
            )?;
            w.close_complaint(
                &as_owner,
                &ComplaintClosing {
                    complaint_id: complaint.id,
                    what_changed: "Warranty claims are chased after five days".into(),
                    customer_told: true,
                },
            )?;
            let causes = vec!["supplier".to_owned(), "staffing".to_owned(), "other".to_owned()];
            w.set_root_causes(&as_owner, &causes)?;
            let escalation = w.escalate(
                &as_owner,
                &NewEscalation {
                    case_id: case.id.clone(),
                    to_staff_id: owner.id.clone(),
                    cause: "Staffing".into(),
                    note: "Nobody free to chase the distributor".into(),
                },
            )?;
            w.close_escalation(
                &as_owner,
                &EscalationClosing {
                    escalation_id: escalation.id,
                    what_changed: "A rota for chasing".into(),
                },
            )?;
            w.record_satisfaction(
                &as_owner,
                &NewSatisfaction { case_id: case.id.clone(), score: 2, comment: "Too slow".into() },
            )?;
            w.record_satisfaction(
                &as_owner,
                &NewSatisfaction {
                    case_id: case.id.clone(),
                    score: 4,
                    comment: "Better after the call".into(),
                },
            )?;
            w.log_outreach_call(
                &as_owner,
                &NewOutreachCall {
                    customer_id: c.id.clone(),
                    outcome: OutreachOutcome::NoAnswer,
                    note: String::new(),
                },
            )?;
            // The same person typed in twice: told apart once, merged, the
            // merge taken back, and merged again.
            let twin = w.create_customer(
                &as_owner,
                &NewCustomer {
                    name: "Renamed O'Brien".into(),
                    phones: vec!["06 1234 5678".into()],
                    ..NewCustomer::default()
                },
                true,
            )?;
            w.dismiss_duplicate(&as_owner, &c.id, &twin.id)?;
            w.merge_customers(&as_owner, &twin.id, &c.id)?;
            let merge =
                w.tx().query_row("SELECT event_id FROM customer_merges", [], |r| r.get::<_, String>(0))?;
            w.undo_merge(&as_owner, &merge)?;
            w.merge_customers(&as_owner, &c.id, &twin.id)?;
            w.update_case(
                &as_owner,
                &CaseUpdate {
                    case_id: case.id.clone(),
                    status: Some(CaseStatus::Waiting),
                    priority: Some(Priority::High),
                    owner_id: Some(None),
                },
            )?;
            w.rename_case(&as_owner, &case.id, "Brakes squeal and pull left")?;
            w.hand_off(
                &as_owner,
                &HandoffInput {
                    case_id: case.id.clone(),
                    to_staff_id: other.id.clone(),
                    brief: Brief {
                        sections: vec![],
                        note: "Waiting on the warranty decision; <b>call</b> Friday".into(),
                    },
                },
            )?;
            // The promise moved with the case; its new owner could not keep it.
            let as_other = Ctx::staff(&other.id);
            w.close_promise(
                &as_other,
                &PromiseOutcome {
                    promise_id: promise.id,
                    kept: false,
                    recovery: Some("Apologised, 10% off".into()),
                },
            )?;
            Ok(())
        })
        .unwrap();
    let mut settings = store.response_settings().unwrap();
    settings.targets.normal.first_response += 15;
    settings.calendar.holidays.push(casebook::hours::calendar::Holiday {
        date: "2026-12-25".into(),
        name: "Christmas".into(),
        yearly: true,
    });
    store.save_response_settings(&Actor::AtDesk, &settings).unwrap();
    // The mailbox and attachments, as the property test's steps write them.
    let op = |what: u8, a: u32, b: u32| crate::apply::Op { what, a, b, later: 1 };
    for op in [
        op(37, 0, 0), // calendar_changed, root_causes_changed: the whole settings, as a desk first shares
        op(0, 7, 0),  // staff_added, to be merged
        op(1, 0, 7),  // staff_merged
        op(27, 0, 1), // mailbox_connected
        op(28, 0, 1), // mail_received
        op(28, 0, 5), // mail_sent_elsewhere
        op(29, 0, 1), // mail_reply
        op(30, 0, 0), // mail_sent
        op(29, 0, 2),
        op(30, 1, 2), // mail_failed
        op(30, 1, 3), // mail_retried
        op(30, 1, 4), // mail_refused
        op(31, 0, 0), // mailbox_disconnected
        op(32, 0, 1), // files_attached
        op(32, 1, 2),
        op(33, 0, 0), // attachment_removed
        op(34, 0, 0), // attachment_erased
        op(35, 0, 1), // attachment_limit_changed
        op(38, 0, 2), // staff_updated: a new role
        op(39, 0, 0), // passcode_set
        op(40, 0, 2), // passcodes_edited, recovery_code_set
        op(40, 0, 0), // passcodes never asked again
        op(6, 3, 2),  // a customer with a case,
        op(42, 0, 0), // forgotten (customer_forgotten)
        op(43, 0, 0), // retention_set
        op(44, 0, 0), // saved_reply_added
        op(44, 0, 1), // saved_reply_edited
        op(44, 0, 4), // saved_reply_used
        op(44, 0, 5), // shop_named
        op(44, 1, 0), // saved_reply_added (someone's own)
        op(44, 0, 3), // saved_reply_removed
    ] {
        crate::apply::step(&mut store, &op, clock::now());
    }
    store
}

/// Everything derived from the history, in the library's canonical dump: what
/// "the same history" means. Left out: each desk's own bookkeeping.
fn assert_same_state(a: &Store, b: &Store, why: &str) {
    let (left, right) = (a.state_dump().unwrap(), b.state_dump().unwrap());
    for (l, r) in left.lines().zip(right.lines()) {
        assert_eq!(l, r, "{why}: the first line that differs");
    }
    assert_eq!(left.lines().count(), right.lines().count(), "{why}: as many rows");
}

fn export_dir(store: &Store, parent: &Path) -> PathBuf {
    PathBuf::from(exchange::export(store, parent).unwrap().folder)
}

#[test]
fn export_then_import_into_an_empty_database_gives_the_same_history() {
    let dir = tempfile::tempdir().unwrap();
    let source = rich_shop(&dir.path().join("source.db"));
    let kinds: std::collections::BTreeSet<String> = {
        let mut kinds = std::collections::BTreeSet::new();
        source
            .each_event(|ev| {
                kinds.insert(ev.kind);
                Ok(())
            })
            .unwrap();
        kinds
    };
    let every_kind: std::collections::BTreeSet<String> =
        casebook::shop::written_kinds().map(str::to_owned).collect();
    assert_eq!(kinds, every_kind, "the round trip covers every kind of event this build writes");

    let folder = export_dir(&source, &dir.path().join("exports"));
    for file in ["events.jsonl", "customers.csv", "cases.csv", "manifest.json"] {
        assert!(folder.join(file).is_file(), "the export has {file}");
    }
    let mut copy = Store::open(dir.path().join("copy.db")).unwrap();
    let report = exchange::import(&mut copy, &casebook::staff::Actor::AtDesk, &folder).unwrap();
    let events = source.desk_info().unwrap().events;
    assert_eq!(
        report,
        ImportReport { added: events, already_there: 0, settings_taken: true, set_aside: 0, carried: 0 }
    );
    assert_same_state(&source, &copy, "after one import");
    assert_ne!(copy.desk_id(), source.desk_id(), "the copy stays a desk of its own");

    let q = SearchQuery { text: "warranty".into(), ..SearchQuery::default() };
    let (a, b) = (source.search(&q).unwrap(), copy.search(&q).unwrap());
    assert_eq!(a, b, "search finds the same things in the copy");
    assert!(!a.entries.is_empty() && !a.cases.is_empty(), "and the search found something: {a:?}");

    // The copy has an owner now: importing again is theirs.
    let owner = casebook::staff::Actor::Named(
        copy.list_staff().unwrap().iter().find(|s| s.role == StaffRole::Owner).unwrap().id.clone(),
    );
    let again = exchange::import(&mut copy, &owner, &folder).unwrap();
    assert_eq!(
        again,
        ImportReport { added: 0, already_there: events, settings_taken: false, set_aside: 0, carried: 0 },
        "nothing is added twice"
    );
    assert_same_state(&source, &copy, "after importing the same export twice");
}

/// The dump without the log itself: the state derived from it.
fn derived_state(store: &Store) -> String {
    let dump = store.state_dump().unwrap();
    dump.split("\n== ")
        .filter(|section| !section.starts_with("events\n") && !section.starts_with("== events\n"))
        .collect::<Vec<_>>()
        .join("\n== ")
}

#[test]
fn an_export_from_before_clock_values_still_imports_in_its_own_order() {
    let dir = tempfile::tempdir().unwrap();
    let source = rich_shop(&dir.path().join("source.db"));
    let folder = export_dir(&source, &dir.path().join("exports"));
    // Format 1: no clock values, the desk's own order.
    let old = dir.path().join("format-1");
    std::fs::create_dir_all(&old).unwrap();
    let mut lines: Vec<String> = Vec::new();
    source
        .each_event(|e| {
            let mut v: serde_json::Value =
                serde_json::to_value(casebook::shop::LoggedEvent::from_stored(e)?).unwrap();
            v.as_object_mut().unwrap().remove("hlc");
            lines.push(v.to_string());
            Ok(())
        })
        .unwrap();
    assert!(!lines[0].contains("\"hlc\""), "the old format has no clock values");
    std::fs::write(old.join("events.jsonl"), lines.join("\n")).unwrap();
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("manifest.json")).unwrap()).unwrap();
    manifest["version"] = 1.into();
    manifest.as_object_mut().unwrap().remove("files");
    std::fs::write(old.join("manifest.json"), manifest.to_string()).unwrap();

    let mut copy = Store::open(dir.path().join("copy.db")).unwrap();
    let report = exchange::import(&mut copy, &casebook::staff::Actor::AtDesk, &old)
        .expect("an export of format 1 imports");
    assert_eq!(report.added, source.desk_info().unwrap().events, "every event of the old export arrives");
    assert_eq!(
        derived_state(&copy),
        derived_state(&source),
        "and makes the same customers, cases and the rest"
    );
}

#[test]
fn the_csv_files_hold_every_customer_and_case_and_defuse_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let source = rich_shop(&dir.path().join("source.db"));
    let folder = export_dir(&source, dir.path());
    let info = source.desk_info().unwrap();
    let mut customers = csv::Reader::from_path(folder.join("customers.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = customers.records().map(Result::unwrap).collect();
    assert_eq!(rows.len() as u32, info.customers, "one row per customer");
    let renamed = rows.iter().find(|r| r[1].contains("O'Brien")).expect("the renamed customer is there");
    assert_eq!(&renamed[1], "Renamed O'Brien; DROP TABLE customers", "text is kept as typed");
    assert_eq!(&renamed[2], "+44 20 7946 0012; 06 1234 5678", "phones are listed, not defused");
    let cases = csv::Reader::from_path(folder.join("cases.csv")).unwrap().records().count();
    assert_eq!(cases as u32, info.cases, "one row per case");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "no half-written export is left behind");
}

#[test]
fn a_damaged_export_is_refused_with_the_line_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let mut source = Store::open(dir.path().join("source.db")).unwrap();
    casebook::demo::seed(
        &mut source,
        &SeedOptions { customers: 4, ..SeedOptions::demo(clock::parse("2026-11-20T15:00:00Z").unwrap()) },
    )
    .unwrap();
    let good = export_dir(&source, &dir.path().join("exports"));
    let lines: Vec<String> =
        std::fs::read_to_string(good.join("events.jsonl")).unwrap().lines().map(str::to_owned).collect();
    let manifest = std::fs::read_to_string(good.join("manifest.json")).unwrap();

    let variant = |name: &str, events: &[String], manifest: &str| -> PathBuf {
        let d = dir.path().join(name);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("events.jsonl"), events.join("\n")).unwrap();
        std::fs::write(d.join("manifest.json"), manifest).unwrap();
        d
    };
    let mut bad_json = lines.clone();
    bad_json[2] = "{\"id\": \"broken".into();
    let mut orphan = lines.clone();
    // A note on a case that the history never opened.
    let mut ev: serde_json::Value = serde_json::from_str(&orphan[5]).unwrap();
    ev["id"] = "0190a000-0000-7000-8000-00000000dead".into();
    ev["case_id"] = "no-such-case".into();
    ev["payload"] = serde_json::json!({"kind": "note", "body": "lost"});
    orphan[5] = ev.to_string();
    let newer = manifest.replace("\"version\": 2", "\"version\": 99");
    assert_ne!(newer, manifest, "the manifest says its format version");

    let cases = [
        (variant("truncated", &lines[..lines.len() - 3], &manifest), "incomplete"),
        (variant("bad-json", &bad_json, &manifest), "line 3"),
        (variant("newer", &lines, &newer), "newer Casebook"),
        (variant("not-ours", &lines, "{\"hello\": 1}"), "not describe a Casebook export"),
        (dir.path().join("missing"), "missing"),
    ];
    let mut target = Store::open(dir.path().join("target.db")).unwrap();
    let before = target.state_dump().unwrap();
    // A line that names what the history never had is no damage to the file:
    // it is imported, kept in its place, and set aside, not applied.
    let mut aside = Store::open(dir.path().join("aside.db")).unwrap();
    let report =
        exchange::import(&mut aside, &casebook::staff::Actor::AtDesk, &variant("orphan", &orphan, &manifest))
            .expect("an event about a case the history never opened does not stop an import");
    // (It took the place of line 6, so what line 6 held is missing too, and
    // the events that needed it are set aside with it.)
    assert!(report.set_aside >= 1, "the note about nothing is counted as set aside: {report:?}");
    assert!(
        aside.set_aside_ids(None).unwrap().contains(&"0190a000-0000-7000-8000-00000000dead".to_owned()),
        "it is kept in the log, and set aside"
    );
    assert_eq!(report.added as usize, lines.len(), "every line is kept in the log");
    for (folder, says) in cases {
        let err = exchange::import(&mut target, &casebook::staff::Actor::AtDesk, &folder)
            .expect_err("a damaged export must be refused");
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{}: {err}", folder.display());
        assert!(err.to_string().contains(says), "{}: the message says where: {err}", folder.display());
        assert_eq!(target.state_dump().unwrap(), before, "{}: nothing was imported", folder.display());
    }
}

#[test]
fn exported_cells_stay_whole_whatever_separator_the_spreadsheet_assumes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("shop.db")).unwrap();
    let ctx = Ctx::now(None);
    store
        .write(|w| {
            let c = NewCustomer {
                name: "Jan;=2+3;".into(),
                notes: "a\t=1+1,@SUM(A1)".into(),
                ..NewCustomer::default()
            };
            w.create_customer(&ctx, &c, false)
        })
        .unwrap();
    let folder = export_dir(&store, dir.path());
    let text = std::fs::read_to_string(folder.join("customers.csv")).unwrap();
    for separator in [b',', b';', b'\t'] {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(separator)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        for record in rdr.records() {
            for cell in record.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "a spreadsheet splitting on {:?} would run the cell {cell:?}",
                    separator as char
                );
            }
        }
    }
}
