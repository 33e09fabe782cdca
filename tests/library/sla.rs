//! Response targets on the shop's business hours: due times, pauses, settings
//! changes and the alarms raised before and when a case goes overdue.

use casebook::hours::calendar::{CalendarSpec, Holiday, OpenInterval};
use casebook::hours::{Target, TargetPolicy};
use casebook::model::*;
use casebook::shop::AlarmKind;
use casebook::{clock, Ctx, ErrorCode, Store};
use chrono::Duration;

use crate::common::Shop;

fn t(text: &str) -> Ts {
    clock::parse(text).unwrap()
}

fn amsterdam(shop: &mut Shop) {
    let ctx = shop.as_ana();
    shop.store.write(|w| w.set_calendar(&ctx, &CalendarSpec::default_for("Europe/Amsterdam"))).unwrap();
}

fn always_open(shop: &mut Shop) {
    let ctx = shop.as_ana();
    shop.store.write(|w| w.set_calendar(&ctx, &CalendarSpec::always_open())).unwrap();
}

fn due_of(shop: &Shop, case_id: &str) -> (Target, String) {
    let due = shop.store.case_summary(case_id).unwrap().due.expect("an open case has a due time");
    (due.target, due.at.with_timezone(&chrono_tz::Europe::Amsterdam).format("%a %H:%M").to_string())
}

fn ctx_at(shop: &Shop, when: Ts) -> Ctx {
    Ctx::at(Some(shop.ana.id.clone()), when)
}

#[test]
fn a_case_opened_near_closing_is_due_on_the_next_opening_hours() {
    let mut shop = Shop::new();
    amsterdam(&mut shop);
    let c = shop.customer("Lotte Smit", "", "");
    // Friday 2026-03-06 17:00 in Amsterdam; the shop closes at 17:30 and opens
    // on Saturday at 10:00. One hour of first-response time: 30 min + 30 min.
    let ctx = ctx_at(&shop, t("2026-03-06T17:00:00+01:00"));
    let case = shop.open_case(&ctx, &c.id, "Flat tyre", Some("Flat again"));
    assert_eq!(due_of(&shop, &case.id), (Target::FirstResponse, "Sat 10:30".into()));
}

#[test]
fn targets_follow_the_conversation_and_pause_while_waiting_on_the_customer() {
    let mut shop = Shop::new();
    always_open(&mut shop);
    let c = shop.customer("Omar Haddad", "", "");
    let start = t("2026-03-02T09:00:00Z");
    let ana = shop.ana.id.clone();
    let at = |h: i64| Ctx::at(Some(ana.clone()), start + Duration::hours(h));
    let case = shop.open_case(&at(0), &c.id, "E-bike battery", Some("Won't charge"));
    let due = |shop: &Shop| shop.store.case_summary(&case.id).unwrap().due.map(|d| (d.target, d.at));
    assert_eq!(due(&shop), Some((Target::FirstResponse, start + Duration::hours(1))));

    shop.add(&at(0), &case.id, EntryKind::Reply, "Bring it in");
    assert_eq!(
        due(&shop),
        Some((Target::Resolution, start + Duration::hours(24))),
        "answered: resolution is next"
    );

    let wait =
        CaseUpdate { case_id: case.id.clone(), status: Some(CaseStatus::Waiting), ..Default::default() };
    let ctx = at(4);
    shop.store.write(|w| w.update_case(&ctx, &wait)).unwrap();
    assert_eq!(due(&shop), None, "nothing is due while we wait on the customer");

    shop.add(&at(10), &case.id, EntryKind::CustomerMessage, "Dropped it off");
    assert_eq!(
        due(&shop),
        Some((Target::NextResponse, start + Duration::hours(12))),
        "their message reopens the case and starts a 2 h next-response clock"
    );
    shop.add(&at(11), &case.id, EntryKind::Reply, "Testing it now");
    assert_eq!(
        due(&shop),
        Some((Target::Resolution, start + Duration::hours(30))),
        "the 6 h spent waiting on the customer do not count toward resolution"
    );
}

#[test]
fn the_queue_puts_overdue_first_then_due_soonest() {
    let mut shop = Shop::new();
    always_open(&mut shop);
    let now = clock::now();
    let mut open = |name: &str, minutes_ago: i64, priority: Priority| {
        let c = shop.customer(name, "", "");
        let ctx = Ctx::at(Some(shop.ana.id.clone()), now - Duration::minutes(minutes_ago));
        let input = NewInteraction {
            customer: CustomerChoice::Existing { id: c.id },
            subject: name.into(),
            channel: Channel::Phone,
            priority,
            owner_id: None,
            message: Some("hello".into()),
            expectations: None,
        };
        shop.store.write(|w| w.open_case(&ctx, &input)).unwrap()
    };
    open("Due in 50 min", 10, Priority::Normal);
    open("Overdue 30 min", 90, Priority::Normal);
    open("Urgent, due in 5 min", 10, Priority::Urgent);
    open("Overdue 3 h", 240, Priority::Normal);
    let rows = shop.store.queue(None, 50).unwrap().cases;
    let order: Vec<&str> = rows.iter().map(|c| c.subject.as_str()).collect();
    assert_eq!(order, ["Overdue 3 h", "Overdue 30 min", "Urgent, due in 5 min", "Due in 50 min"]);
    let first = rows[0].due.as_ref().unwrap();
    assert!(first.overdue, "the top case is overdue");
    assert!(
        (179..=181).contains(&first.business_minutes),
        "overdue by about 3 h: {}",
        first.business_minutes
    );
    let last = rows[3].due.as_ref().unwrap();
    assert!(
        !last.overdue && (49..=50).contains(&last.business_minutes),
        "50 min left: {}",
        last.business_minutes
    );
}

#[test]
fn changing_the_calendar_recomputes_every_due_time_and_is_recorded() {
    let mut shop = Shop::new();
    amsterdam(&mut shop);
    let c = shop.customer("Hanna Lund", "", "");
    let case = shop.open_case(&ctx_at(&shop, t("2026-03-06T17:00:00+01:00")), &c.id, "Saddle", Some("hi"));
    assert_eq!(due_of(&shop, &case.id).1, "Sat 10:30");

    let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
    spec.week.saturday = vec![];
    spec.holidays = vec![Holiday { date: "2026-03-09".into(), name: "Stocktake".into(), yearly: false }];
    let as_staff = shop.as_ben();
    let err = shop.store.write(|w| w.set_calendar(&as_staff, &spec)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "opening hours are for a lead or the owner: {err}");
    assert_eq!(due_of(&shop, &case.id).1, "Sat 10:30", "the refused change changed nothing");

    let ctx = shop.as_ana();
    shop.store.write(|w| w.set_calendar(&ctx, &spec)).unwrap();
    assert_eq!(due_of(&shop, &case.id).1, "Tue 09:30", "closed Saturday and Sunday, Monday a holiday");

    let last = shop
        .store
        .connection()
        .query_row("SELECT kind, staff_id FROM events ORDER BY seq DESC LIMIT 1", [], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .unwrap();
    assert_eq!(
        last,
        ("calendar_edited".to_owned(), shop.ana.id.clone()),
        "the change is an event, with who made it"
    );
}

#[test]
fn bad_settings_are_refused_and_the_old_ones_stay() {
    let mut shop = Shop::new();
    amsterdam(&mut shop);
    let before = shop.store.response_settings().unwrap();
    let events = shop.events();
    let ctx = shop.as_ana();
    let mut overlapping = CalendarSpec::default_for("Europe/Amsterdam");
    overlapping.week.monday = vec![OpenInterval::new("09:00", "13:00"), OpenInterval::new("12:00", "17:00")];
    let mut closed = CalendarSpec::default_for("Europe/Amsterdam");
    closed.week = Default::default();
    let mut nowhere = CalendarSpec::default_for("Europe/Amsterdam");
    nowhere.time_zone = "Atlantis/Capital".into();
    for spec in [overlapping, closed, nowhere] {
        let err = shop.store.write(|w| w.set_calendar(&ctx, &spec)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
    }
    let mut zero = TargetPolicy::default();
    zero.normal.first_response = 0;
    let err = shop.store.write(|w| w.set_targets(&ctx, &zero)).unwrap_err();
    assert!(err.to_string().contains("at least 1 minute"), "{err}");
    assert_eq!(shop.store.response_settings().unwrap(), before, "the old settings stay");
    assert_eq!(shop.events(), events, "nothing was recorded");
}

#[test]
fn each_alarm_is_raised_once_per_case_target_and_cycle() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alarms.db");
    let mut shop = Shop::new();
    shop.store = Store::open(&path).unwrap();
    let ana = shop
        .store
        .write(|w| w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner }))
        .unwrap();
    shop.ana = ana;
    always_open(&mut shop);
    let c = shop.customer("Mateo Ruiz", "", "");
    let now = clock::now();
    let case = shop.open_case(
        &Ctx::at(Some(shop.ana.id.clone()), now - Duration::minutes(50)),
        &c.id,
        "Gears",
        Some("slipping"),
    );

    let kinds = |alarms: Vec<casebook::shop::Alarm>| {
        alarms.into_iter().map(|a| (a.kind, a.target)).collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(shop.store.take_alarms(now, 15).unwrap()),
        [(AlarmKind::DueSoon, Target::FirstResponse)],
        "10 min left, 15 min lead"
    );
    assert!(shop.store.take_alarms(now, 15).unwrap().is_empty(), "not raised twice");
    assert_eq!(
        shop.store.next_wake(now, 15).unwrap(),
        Some(now + Duration::minutes(10)),
        "the next wake is when it falls due"
    );
    let later = now + Duration::minutes(11);
    assert_eq!(shop.store.overdue_count(later).unwrap(), 1);

    // Across a restart: the raised alarms are remembered.
    drop(std::mem::replace(&mut shop.store, Store::open_in_memory().unwrap()));
    shop.store = Store::open(&path).unwrap();
    assert_eq!(
        kinds(shop.store.take_alarms(later, 15).unwrap()),
        [(AlarmKind::Overdue, Target::FirstResponse)]
    );
    assert!(
        shop.store.take_alarms(later + Duration::minutes(5), 15).unwrap().is_empty(),
        "overdue is raised once"
    );

    // A reply ends that target; the customer writing again starts a new cycle.
    shop.add(&Ctx::at(Some(shop.ana.id.clone()), later), &case.id, EntryKind::Reply, "On it");
    shop.add(
        &Ctx::at(Some(shop.ana.id.clone()), later),
        &case.id,
        EntryKind::CustomerMessage,
        "Still slipping",
    );
    let much_later = later + Duration::hours(3);
    assert_eq!(
        kinds(shop.store.take_alarms(much_later, 15).unwrap()),
        [(AlarmKind::Overdue, Target::NextResponse)],
        "a new next-response cycle is alarmed on its own"
    );
}
