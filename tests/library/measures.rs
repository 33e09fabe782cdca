//! What the fairness and attainment reports read is kept on each case (its
//! targets and its business minutes): it must always equal what counting from
//! the case's clock gives, after calendar changes too, and every desk must
//! hold each case to the same targets: those in force when it was opened.

use std::collections::BTreeSet;

use casebook::hours::calendar::{CalendarSpec, Holiday, OpenInterval};
use casebook::hours::{Calendar, Pause, TargetPolicy};
use casebook::learn::reports::ReportName;
use casebook::model::*;
use casebook::shop::LoggedEvent;
use casebook::Store;

use crate::reports::{at, history, t, week};

const MINUTE: i64 = 60_000;

/// A case's clock and what is stored about it against its targets.
struct Row {
    id: String,
    opened_at: i64,
    first_response_at: Option<i64>,
    resolved_at: Option<i64>,
    pauses: Vec<Pause>,
    targets: (Option<i64>, Option<i64>),
    stored: [Option<i64>; 4],
}

fn rows(store: &Store) -> Vec<Row> {
    let mut stmt = store
        .connection()
        .prepare(
            "SELECT id, opened_at, first_response_at, resolved_at, pauses, first_target, resolution_target,
                    first_response_ms, first_missed_after, resolution_ms, resolution_missed_after
             FROM cases ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok(Row {
            id: r.get(0)?,
            opened_at: r.get(1)?,
            first_response_at: r.get(2)?,
            resolved_at: r.get(3)?,
            pauses: serde_json::from_str(&r.get::<_, String>(4)?).unwrap(),
            targets: (r.get(5)?, r.get(6)?),
            stored: [r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?],
        })
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// Business time a case ran between opening and `until`, pauses left out:
/// counted here from scratch, as the reports counted before anything was kept.
fn running(cal: &Calendar, opened: i64, pauses: &[Pause], until: i64) -> i64 {
    let (mut total, mut from) = (0, opened);
    for p in pauses {
        if p.start >= until {
            break;
        }
        if p.start > from {
            total += cal.between_ms(from, p.start);
        }
        match p.end {
            Some(end) => from = from.max(end),
            None => return total,
        }
    }
    if until > from {
        total += cal.between_ms(from, until);
    }
    total
}

/// (first response minutes, met?, resolution minutes, met?) at `now`, counted
/// from the clock alone.
fn fresh(r: &Row, cal: &Calendar, now: i64) -> (Option<i64>, Option<bool>, Option<i64>, Option<bool>) {
    let (first_target, resolution_target) = (r.targets.0.unwrap() * MINUTE, r.targets.1.unwrap() * MINUTE);
    let first = r.first_response_at.map(|at| cal.between_ms(r.opened_at, at));
    let first_met = match first {
        Some(ms) => Some(ms <= first_target),
        None => cal.add_ms(r.opened_at, first_target).filter(|due| *due < now).map(|_| false),
    };
    let resolution = r.resolved_at.map(|at| running(cal, r.opened_at, &r.pauses, at));
    let resolution_met = match resolution {
        Some(ms) => Some(ms <= resolution_target),
        None => (running(cal, r.opened_at, &r.pauses, now) > resolution_target).then_some(false),
    };
    (first, first_met, resolution, resolution_met)
}

/// The same, read from what is stored, as the reports read it.
fn kept(r: &Row, now: i64) -> (Option<i64>, Option<bool>, Option<i64>, Option<bool>) {
    let [first, first_after, resolution, resolution_after] = r.stored;
    let (first_target, resolution_target) = (r.targets.0.unwrap() * MINUTE, r.targets.1.unwrap() * MINUTE);
    (
        first,
        match first {
            Some(ms) => Some(ms <= first_target),
            None => first_after.filter(|a| now > *a).map(|_| false),
        },
        resolution,
        match resolution {
            Some(ms) => Some(ms <= resolution_target),
            None => resolution_after.filter(|a| now > *a).map(|_| false),
        },
    )
}

/// Every case's kept measures equal fresh ones at many moments: a sweep over
/// the fortnight, and a millisecond either side of every kept turning point.
fn assert_agree(store: &Store, when: &str) {
    let cal = &store.sla_settings().unwrap().calendar;
    let rows = rows(store);
    assert!(!rows.is_empty());
    let mut moments: BTreeSet<i64> = (0..14 * 24 * 4)
        .map(|q| t("2026-11-09T00:00:00Z").timestamp_millis() + q * 15 * MINUTE + 7)
        .collect();
    for r in &rows {
        for x in [r.stored[1], r.stored[3]].into_iter().flatten() {
            moments.extend([x - 1, x, x + 1]);
        }
    }
    for r in &rows {
        assert!(r.targets.0.is_some() && r.targets.1.is_some(), "{when}: case {} is held to targets", r.id);
        for now in &moments {
            assert_eq!(
                kept(r, *now),
                fresh(r, cal, *now),
                "{when}: case {} at {now}: the kept measures must say what counting from its clock says",
                r.id
            );
        }
    }
}

fn open_hours(from: &str, to: &str, saturday: bool) -> CalendarSpec {
    let day = vec![OpenInterval::new(from, to)];
    let mut spec = CalendarSpec::always_open();
    spec.time_zone = "UTC".into();
    spec.week.monday = day.clone();
    spec.week.tuesday = day.clone();
    spec.week.wednesday = day.clone();
    spec.week.thursday = day.clone();
    spec.week.friday = day.clone();
    spec.week.saturday = if saturday { day } else { vec![] };
    spec.week.sunday = vec![];
    spec
}

#[test]
fn kept_measures_equal_fresh_ones_after_every_calendar_change() {
    let (mut w, _) = history();
    let c = w.customer("More", "club");
    // Waiting on the customer since Friday (its clock stands still), answered
    // by nobody and closed, and reopened after resolving.
    let waiting = w.case(&c, "2026-11-12T15:00:00Z");
    w.reply(&waiting, "2026-11-12T16:00:00Z");
    w.status(&waiting, CaseStatus::Waiting, "2026-11-13T10:00:00Z");
    let ignored = w.case(&c, "2026-11-10T10:00:00Z");
    w.status(&ignored, CaseStatus::Closed, "2026-11-13T16:59:00Z");
    let reopened = w.answered(&c, "2026-11-09T09:30:00Z", "2026-11-09T09:45:00Z", "2026-11-09T16:00:00Z");
    w.status(&reopened, CaseStatus::Open, "2026-11-12T09:00:00Z");
    assert_agree(&w.store, "as written");

    let ana = w.ana.clone();
    let mut thursday_off = w.store.response_settings().unwrap().calendar;
    thursday_off.holidays.push(Holiday { date: "2026-11-12".into(), name: "Closed".into(), yearly: false });
    let long_days = open_hours("08:00", "18:00", true);
    let mut lisbon = open_hours("09:00", "17:00", false);
    lisbon.time_zone = "Europe/Lisbon".into();
    for (what, spec) in [
        ("a holiday added", thursday_off),
        ("longer days and Saturdays", long_days),
        ("another time zone", lisbon),
    ] {
        w.store.write(|x| x.set_calendar(&at(&ana, "2026-11-14T10:00:00Z"), &spec)).unwrap();
        assert_agree(&w.store, what);
    }
    // A targets change holds no case opened before it to the new targets.
    let mut tighter = TargetPolicy::default();
    tighter.normal.first_response = 5;
    tighter.normal.resolution = 30;
    let before: Vec<_> = rows(&w.store).iter().map(|r| r.targets).collect();
    w.store.write(|x| x.set_targets(&at(&ana, "2026-11-14T11:00:00Z"), &tighter)).unwrap();
    let after: Vec<_> = rows(&w.store).iter().map(|r| r.targets).collect();
    assert_eq!(before, after, "cases opened before a targets change keep the targets they were opened under");
    assert_agree(&w.store, "after a targets change");
}

/// Every event of a store, in its order, as another desk would receive them.
fn logged(store: &Store) -> Vec<LoggedEvent> {
    let mut out = Vec::new();
    store
        .each_event(|e| {
            out.push(LoggedEvent::from_stored(e)?);
            Ok(())
        })
        .unwrap();
    out
}

fn received(batches: &[Vec<LoggedEvent>]) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    for batch in batches {
        store.write(|w| w.receive(batch, casebook::core::Origin::Shared).map(drop)).unwrap();
    }
    store
}

#[test]
fn each_case_is_held_to_the_targets_in_force_when_it_opened_at_every_desk() {
    let mut w = week();
    let ana = w.ana.clone();
    let c = w.customer("Ivo", "walk-in");
    // Opened under 60 minutes for a first response, answered in 50.
    let first = w.case(&c, "2026-11-09T10:00:00Z");
    let mut tighter = w.store.response_settings().unwrap().targets;
    tighter.normal.first_response = 30;
    tighter.high.first_response = 10;
    w.store.write(|x| x.set_targets(&at(&ana, "2026-11-09T10:30:00Z"), &tighter)).unwrap();
    // Opened under 30 minutes, answered in 50.
    let second = w.case(&c, "2026-11-09T11:00:00Z");
    w.reply(&first, "2026-11-09T10:50:00Z");
    w.reply(&second, "2026-11-09T11:50:00Z");
    let r = w.report(ReportName::Attainment, "2026-11-09", "2026-11-15");
    let met = r.table("over_time").unwrap().value("2026-11-09", "first_response_met").cloned();
    assert_eq!(
        met,
        Some(casebook::learn::reports::Cell::Number(50.0)),
        "the first case met the 60 minutes it was opened under, the second missed its 30"
    );

    // A new priority takes that priority's target from the same targets.
    let input =
        CaseUpdate { case_id: first.clone(), priority: Some(Priority::High), ..CaseUpdate::default() };
    w.store.write(|x| x.update_case(&at(&ana, "2026-11-09T12:00:00Z"), &input)).unwrap();
    let held = |s: &Store, id: &str| rows(s).into_iter().find(|r| r.id == id).map(|r| r.targets.0).unwrap();
    assert_eq!(
        held(&w.store, &first),
        Some(30),
        "high priority under the targets in force at opening (30), not today's (10)"
    );
    assert_eq!(held(&w.store, &second), Some(30));

    // Every desk holds each case to the same targets, in whatever order the
    // events reach it: all at once, or the targets changes last.
    let all = logged(&w.store);
    let (targets, rest): (Vec<LoggedEvent>, Vec<LoggedEvent>) =
        all.iter().cloned().partition(|e| e.kind() == "targets_changed");
    assert!(targets.len() >= 2, "the week's targets and the tighter ones");
    let mine = w.store.state_dump().unwrap();
    for (how, desk) in
        [("in one batch", received(std::slice::from_ref(&all))), ("targets last", received(&[rest, targets]))]
    {
        assert_eq!(held(&desk, &first), Some(30), "{how}: the first case is held to what it opened under");
        let theirs = desk.state_dump().unwrap();
        if theirs != mine {
            let diff = mine.lines().zip(theirs.lines()).find(|(a, b)| a != b);
            panic!("{how}: the receiving desk disagrees; first difference: {diff:?}");
        }
    }
}

#[test]
fn a_shops_first_targets_change_keeps_the_earlier_cases_on_the_targets_in_use() {
    let mut store = Store::open_in_memory().unwrap();
    let ana = store
        .write(|w| {
            w.add_staff(
                &casebook::Ctx::at(None, t("2026-11-01T08:00:00Z")),
                &NewStaff { name: "Ana".into(), role: StaffRole::Owner },
            )
        })
        .unwrap();
    let ctx = at(&ana, "2026-11-09T10:00:00Z");
    let input = NewInteraction {
        customer: CustomerChoice::New {
            customer: NewCustomer { name: "Una".into(), ..NewCustomer::default() },
            allow_duplicate: false,
        },
        subject: "Flat tyre".into(),
        channel: Channel::WalkIn,
        priority: Priority::Normal,
        owner_id: None,
        message: None,
        expectations: None,
    };
    store.write(|w| w.open_case(&ctx, &input)).unwrap();
    let mut tighter = TargetPolicy::default();
    tighter.normal.first_response = 5;
    store.write(|w| w.set_targets(&at(&ana, "2026-11-09T11:00:00Z"), &tighter)).unwrap();
    assert_eq!(
        rows(&store)[0].targets.0,
        Some(i64::from(TargetPolicy::default().normal.first_response)),
        "the case opened under the defaults stays held to them: the first change records them first"
    );
    let kinds: Vec<String> =
        logged(&store).iter().map(|e| e.kind()).filter(|k| k == "targets_changed").collect();
    assert_eq!(kinds.len(), 2, "the targets in use, then the new ones");
}

#[test]
fn cases_from_before_measures_were_kept_are_measured_when_the_desk_opens() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    std::fs::copy(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v5.db"), &db)
        .expect("the fixture is committed");
    let mut store = Store::open(&db).unwrap();
    let unmeasured: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM cases WHERE first_target IS NULL", [], |r| r.get(0))
        .unwrap();
    assert!(
        unmeasured > 10,
        "the upgrade alone cannot count business time: {unmeasured} cases wait for the desk"
    );
    casebook::shop::prepare(&mut store).unwrap();
    assert_agree(&store, "measured on opening");
    let logged_targets: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM events WHERE kind = 'targets_changed'", [], |r| r.get(0))
        .unwrap();
    let targets = store.response_settings().unwrap().targets;
    let held: Vec<(Priority, i32, i32)> = {
        let mut stmt = store
            .connection()
            .prepare("SELECT priority, first_target, resolution_target FROM cases")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    for (priority, first, resolution) in held {
        let want = casebook::hours::HeldTo::new(&targets, priority);
        if logged_targets == 0 {
            assert_eq!(
                (first, resolution),
                (want.first_response, want.resolution),
                "a log without targets changes holds every case to the targets in use"
            );
        }
    }
    let again = casebook::cases::clock::ensure_measures(&mut store).unwrap();
    assert_eq!(again, 0, "measured once: opening again counts nothing");
}
