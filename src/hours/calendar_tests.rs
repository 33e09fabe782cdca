//! Business-time arithmetic on hand-made calendars.

use super::*;

fn ms(text: &str) -> i64 {
    crate::core::clock::to_ms(crate::core::clock::parse(text).unwrap())
}

fn iso(ms: i64, tz: Tz) -> String {
    tz.timestamp_millis_opt(ms).unwrap().format("%Y-%m-%d %H:%M %Z").to_string()
}

fn amsterdam() -> Calendar {
    Calendar::new(CalendarSpec::default_for("Europe/Amsterdam")).unwrap()
}

#[test]
fn a_case_opened_after_closing_is_due_the_next_working_morning() {
    let cal = amsterdam();
    // Friday 2026-03-06 17:00 local (16:00 UTC), two hours to go, shop shuts at
    // 17:30: 30 minutes on Friday, the rest on Saturday from 10:00.
    let due = cal.add_minutes(ms("2026-03-06T16:00:00Z"), 120).unwrap();
    assert_eq!(iso(due, cal.tz()), "2026-03-07 11:30 CET", "Friday 17:00 + 2 h lands Saturday 11:30");
}

#[test]
fn a_due_time_may_fall_exactly_on_closing_time() {
    let cal = amsterdam();
    let due = cal.add_minutes(ms("2026-03-04T16:00:00Z"), 30).unwrap();
    assert_eq!(
        iso(due, cal.tz()),
        "2026-03-04 17:30 CET",
        "17:00 + 30 min is due at closing, not the next morning"
    );
}

#[test]
fn split_shifts_skip_the_lunch_break() {
    let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
    spec.week.wednesday = vec![OpenInterval::new("13:30", "18:00"), OpenInterval::new("09:00", "12:30")];
    let cal = Calendar::new(spec).unwrap();
    let due = cal.add_minutes(ms("2026-03-04T11:00:00Z"), 60).unwrap(); // 12:00 local
    assert_eq!(iso(due, cal.tz()), "2026-03-04 14:00 CET", "30 min before lunch, 30 min after");
}

#[test]
fn holidays_are_skipped_once_or_every_year() {
    let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
    spec.holidays = vec![
        Holiday { date: "2020-12-25".into(), name: "Christmas".into(), yearly: true },
        Holiday { date: "2026-12-24".into(), name: "Closed for stocktake".into(), yearly: false },
    ];
    let cal = Calendar::new(spec).unwrap();
    // Wednesday 2026-12-23 17:00 local + 1 h: Thu 24th closed (one-off), Fri
    // 25th closed (yearly), Sat 26th opens at 10:00.
    let due = cal.add_minutes(ms("2026-12-23T16:00:00Z"), 60).unwrap();
    assert_eq!(iso(due, cal.tz()), "2026-12-26 10:30 CET");
}

#[test]
fn spring_forward_and_fall_back_keep_real_elapsed_time() {
    // Europe/Amsterdam springs forward on 2026-03-29 at 02:00 and falls back
    // on 2026-10-25 at 03:00. A shop open 01:00-04:00 those nights is open two
    // real hours in spring and four in autumn.
    let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
    spec.week.sunday = vec![OpenInterval::new("01:00", "04:00")];
    let cal = Calendar::new(spec).unwrap();
    let spring = cal.between_ms(ms("2026-03-28T23:00:00Z"), ms("2026-03-29T05:00:00Z"));
    let autumn = cal.between_ms(ms("2026-10-24T22:00:00Z"), ms("2026-10-25T06:00:00Z"));
    assert_eq!(spring, 2 * 3_600_000, "the lost hour is not business time");
    assert_eq!(autumn, 4 * 3_600_000, "the repeated hour is business time twice");

    // New York: spring forward 2026-03-08 02:00, fall back 2026-11-01 02:00.
    let mut ny = CalendarSpec::default_for("America/New_York");
    ny.week.sunday = vec![OpenInterval::new("00:00", "24:00")];
    let ny = Calendar::new(ny).unwrap();
    let day = |d: &str| {
        let start =
            ny.instant(NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap().and_time(NaiveTime::MIN), false);
        ny.between_ms(start, start + 30 * 3_600_000)
    };
    assert_eq!(day("2026-03-08"), 23 * 3_600_000, "a spring-forward Sunday has 23 open hours");
    assert_eq!(day("2026-11-01"), 25 * 3_600_000, "a fall-back Sunday has 25 open hours");
}

#[test]
fn an_opening_time_inside_the_spring_gap_moves_forward_by_the_gap() {
    let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
    spec.week.sunday = vec![OpenInterval::new("02:30", "05:00")];
    let cal = Calendar::new(spec).unwrap();
    let due = cal.add_minutes(ms("2026-03-28T20:00:00Z"), 10).unwrap();
    assert_eq!(
        iso(due, cal.tz()),
        "2026-03-29 03:40 CEST",
        "02:30 does not exist that night; it is read as 03:30, like the clocks that skipped ahead"
    );
}

#[test]
fn bad_calendars_are_refused_with_the_reason() {
    let check = |edit: &dyn Fn(&mut CalendarSpec), words: &str| {
        let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
        edit(&mut spec);
        let err = Calendar::new(spec).unwrap_err();
        assert!(err.to_string().contains(words), "expected '{words}' in: {err}");
    };
    check(&|s| s.time_zone = "Mars/Olympus_Mons".into(), "not a time zone");
    check(&|s| s.week.monday = vec![OpenInterval::new("17:00", "09:00")], "ends before it starts");
    check(
        &|s| s.week.monday = vec![OpenInterval::new("09:00", "13:00"), OpenInterval::new("12:00", "17:00")],
        "overlaps",
    );
    check(&|s| s.week.monday = vec![OpenInterval::new("9am", "17:00")], "not a time");
    check(&|s| s.week.monday = vec![OpenInterval::new("09:00", "24:30")], "not a time");
    check(
        &|s| s.holidays = vec![Holiday { date: "25/12/2026".into(), name: "Xmas".into(), yearly: true }],
        "not a date",
    );
    check(&|s| s.week = WeekHours::default(), "no open hours at all");
}

#[test]
fn a_sparse_calendar_still_reaches_a_long_target() {
    let mut spec = CalendarSpec::always_open();
    spec.week = WeekHours { monday: vec![OpenInterval::new("09:00", "09:15")], ..WeekHours::default() };
    let cal = Calendar::new(spec).unwrap();
    let start = ms("2026-01-01T00:00:00Z");
    let due = cal.add_minutes(start, 20_000).expect("15 minutes a week reaches 20,000 minutes in 26 years");
    assert_eq!(cal.between_ms(start, due), 20_000 * MINUTE_MS);
}

#[test]
fn back_to_back_intervals_are_one_stretch() {
    let mut spec = CalendarSpec::always_open();
    spec.week.monday = vec![OpenInterval::new("09:00", "12:00"), OpenInterval::new("12:00", "17:00")];
    assert!(Calendar::new(spec).is_ok(), "touching is not overlapping");
}

#[test]
fn shop_days_count_the_open_days_up_to_the_due_day() {
    let cal = amsterdam();
    // Sunday 2026-03-08 12:00 local; due Wednesday 16:00: Monday, Tuesday, Wednesday.
    let sunday = ms("2026-03-08T11:00:00Z");
    let wednesday = ms("2026-03-11T15:00:00Z");
    assert_eq!(cal.open_days_between(sunday, wednesday), 3, "three shop days, not \"1 day\"");
    assert_eq!(cal.open_days_between(wednesday - 3_600_000, wednesday), 0, "due later today");
    assert_eq!(
        cal.open_days_between(ms("2026-03-07T10:00:00Z"), ms("2026-03-09T09:00:00Z")),
        1,
        "Saturday to Monday: Sunday is closed"
    );
    assert_eq!(cal.open_days_between(wednesday, sunday), 0, "nothing backwards");
    let due = crate::hours::DueInfo::new(crate::hours::Target::Resolution, wednesday, sunday, &cal);
    assert_eq!((due.shop_days, due.overdue), (3, false), "the due time says it too");
}
