//! Properties of business-time arithmetic over random calendars: random zones
//! (with and without daylight saving, including Lord Howe's 30-minute shift),
//! split shifts, closed days and holidays.

use casebook::hours::calendar::{Calendar, CalendarSpec, Holiday, OpenInterval, WeekHours};
use proptest::prelude::*;

const ZONES: &[&str] =
    &["Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];

fn hhmm(m: u32) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Up to three intervals a day, from sorted distinct quarter-hours.
fn day() -> impl Strategy<Value = Vec<OpenInterval>> {
    prop::collection::btree_set(0u32..=96, 0..=6).prop_map(|points| {
        let points: Vec<u32> = points.into_iter().map(|q| q * 15).collect();
        points.chunks_exact(2).map(|p| OpenInterval::new(&hhmm(p[0]), &hhmm(p[1]))).collect()
    })
}

fn calendar() -> impl Strategy<Value = Calendar> {
    (
        prop::sample::select(ZONES),
        prop::array::uniform7(day()),
        prop::collection::vec((0i64..730, any::<bool>()), 0..12),
    )
        .prop_filter_map("a calendar needs open hours", |(zone, days, holidays)| {
            let [monday, tuesday, wednesday, thursday, friday, saturday, sunday] = days;
            let spec = CalendarSpec {
                time_zone: zone.to_owned(),
                week: WeekHours { monday, tuesday, wednesday, thursday, friday, saturday, sunday },
                holidays: holidays
                    .into_iter()
                    .map(|(d, yearly)| Holiday {
                        date: (chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
                            + chrono::Duration::days(d))
                        .format("%Y-%m-%d")
                        .to_string(),
                        name: String::new(),
                        yearly,
                    })
                    .collect(),
            };
            Calendar::new(spec).ok()
        })
}

/// Any moment in 2026-2027.
fn instant() -> impl Strategy<Value = i64> {
    1_767_225_600_000i64..1_830_297_600_000
}

// 256 cases each by default; PROPTEST_CASES=5000 for a longer search.
proptest! {

    #[test]
    fn a_due_time_is_never_inside_closed_hours(cal in calendar(), start in instant(), minutes in 1i64..20_000) {
        let due = cal.add_minutes(start, minutes).expect("a calendar with open hours reaches any target");
        prop_assert!(due > start, "business time moves forward");
        prop_assert!(cal.is_open(due), "due at {due} is inside closed hours");
    }

    #[test]
    fn adding_a_then_b_equals_adding_a_plus_b(cal in calendar(), start in instant(), a in 1i64..5_000, b in 1i64..5_000) {
        let stepwise = cal.add_minutes(cal.add_minutes(start, a).unwrap(), b).unwrap();
        let at_once = cal.add_minutes(start, a + b).unwrap();
        prop_assert_eq!(stepwise, at_once);
    }

    #[test]
    fn results_are_monotonic_in_the_start_time(cal in calendar(), s1 in instant(), gap in 0i64..(30 * 86_400_000), minutes in 1i64..5_000) {
        let early = cal.add_minutes(s1, minutes).unwrap();
        let late = cal.add_minutes(s1 + gap, minutes).unwrap();
        prop_assert!(early <= late, "starting later never makes a case due sooner");
    }

    #[test]
    fn the_business_time_between_start_and_due_is_the_target(cal in calendar(), start in instant(), minutes in 1i64..5_000) {
        let due = cal.add_minutes(start, minutes).unwrap();
        prop_assert_eq!(cal.between_ms(start, due), minutes * 60_000);
    }
}

/// Zones with daylight saving, and the nights their clocks change in 2026.
const DST: &[(&str, &[&str])] = &[
    ("Europe/Amsterdam", &["2026-03-29T00:00:00Z", "2026-10-25T00:00:00Z"]),
    ("America/New_York", &["2026-03-08T05:00:00Z", "2026-11-01T04:00:00Z"]),
    ("Australia/Lord_Howe", &["2026-04-04T12:00:00Z", "2026-10-03T13:00:00Z"]),
    ("America/Santiago", &["2026-04-05T02:00:00Z", "2026-09-06T03:00:00Z"]),
];

/// Up to three intervals a day with boundaries every five minutes between
/// 00:00 and 04:00, where the clocks change.
fn night() -> impl Strategy<Value = Vec<OpenInterval>> {
    prop::collection::btree_set(0u32..=48, 0..=6).prop_map(|points| {
        let points: Vec<u32> = points.into_iter().map(|q| q * 5).collect();
        points.chunks_exact(2).map(|p| OpenInterval::new(&hhmm(p[0]), &hhmm(p[1]))).collect()
    })
}

/// A calendar open around a clock change, and instants on that night.
fn dst_night() -> impl Strategy<Value = (Calendar, i64, i64)> {
    (
        prop::sample::select(DST),
        any::<prop::sample::Index>(),
        prop::array::uniform7(night()),
        0i64..(6 * 3_600_000),
        0i64..(6 * 3_600_000),
    )
        .prop_filter_map("a calendar needs open hours", |((zone, nights), which, days, a, b)| {
            let [monday, tuesday, wednesday, thursday, friday, saturday, sunday] = days;
            let spec = CalendarSpec {
                time_zone: (*zone).to_owned(),
                week: WeekHours { monday, tuesday, wednesday, thursday, friday, saturday, sunday },
                holidays: vec![],
            };
            let night =
                casebook::clock::to_ms(casebook::clock::parse(nights[which.index(nights.len())]).unwrap());
            let (from, to) = (night + a.min(b), night + a.max(b));
            Calendar::new(spec).ok().map(|cal| (cal, from, to))
        })
}

proptest! {
    #[test]
    fn business_time_between_two_instants_never_exceeds_the_time_that_passed((cal, from, to) in dst_night()) {
        prop_assert!(cal.between_ms(from, to) <= to - from, "{} ms of business time in {} ms", cal.between_ms(from, to), to - from);
    }

    #[test]
    fn adding_business_time_on_a_clock_change_night_never_outruns_the_clock((cal, from, _to) in dst_night(), minutes in 1i64..300) {
        if let Some(due) = cal.add_minutes(from, minutes) {
            prop_assert!(due - from >= minutes * 60_000, "{minutes} min of business time took only {} ms", due - from);
            prop_assert_eq!(cal.between_ms(from, due), minutes * 60_000);
        }
    }

    #[test]
    fn a_yearly_holiday_counts_from_its_year_on(cal in calendar(), year in 2026i32..2030, month in 1u32..=12, day in 1u32..=28) {
        let spec = CalendarSpec {
            holidays: vec![Holiday { date: format!("{year}-{month:02}-{day:02}"), name: "Founders day".into(), yearly: true }],
            ..cal.spec().clone()
        };
        let cal = Calendar::new(spec).unwrap();
        let on = |y: i32| cal.is_holiday(chrono::NaiveDate::from_ymd_opt(y, month, day).unwrap());
        prop_assert!(!on(year - 1), "not before its first year");
        prop_assert!(on(year) && on(year + 1) && on(year + 7), "every year from its date on");
    }
}

fn due(calendar: &str, start: &str, minutes: i64) -> String {
    let cal = Calendar::new(CalendarSpec::from_json(calendar).unwrap()).unwrap();
    let start = casebook::clock::to_ms(casebook::clock::parse(start).unwrap());
    let at = cal.add_minutes(start, minutes).unwrap();
    casebook::clock::from_ms(at).with_timezone(&cal.tz()).to_rfc3339()
}

#[test]
fn the_two_answers_that_were_wrong() {
    assert_eq!(
        due(
            r#"{"time_zone":"UTC","week":{"monday":[{"start":"09:00","end":"17:00"}],"tuesday":[{"start":"09:00","end":"17:00"}]},"holidays":[{"date":"2027-03-09","name":"Founders day","yearly":true}]}"#,
            "2026-03-09T09:00:00Z",
            60
        ),
        "2026-03-09T10:00:00+00:00",
        "a yearly holiday dated 2027 does not close the shop in 2026"
    );
    assert_eq!(
        due(
            r#"{"time_zone":"America/New_York","week":{"sunday":[{"start":"00:00","end":"01:30"},{"start":"01:45","end":"03:00"}]},"holidays":[]}"#,
            "2026-11-01T00:00:00-04:00",
            200
        ),
        "2026-11-01T02:20:00-05:00",
        "the hour the clocks go back is open once, not twice"
    );
}

#[test]
fn a_misspelt_day_is_refused_by_name_and_a_long_duration_is_called_long() {
    let err =
        CalendarSpec::from_json(r#"{"time_zone":"UTC","week":{"Monday":[{"start":"09:00","end":"17:00"}]}}"#)
            .unwrap_err()
            .to_string();
    assert!(err.contains("'Monday'") && err.contains("small letters"), "the unknown key is named: {err}");
    let cal = Calendar::new(CalendarSpec::default_for("UTC")).unwrap();
    let err = cal.add_ms_checked(0, 100_000_000 * 60_000).unwrap_err().to_string();
    assert!(err.contains("shorter duration") && !err.contains("no open hours"), "{err}");
}
