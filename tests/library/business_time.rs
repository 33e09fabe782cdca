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
