//! Response-target figures, printed (not asserted: machines here are shared and
//! noisy). Run with `cargo bench --bench sla`.
//!
//! - the next wake-up time among 100,000 open cases;
//! - recomputing every due time after a calendar change, 100,000 open cases;
//! - one due time on a calendar with a year of holidays.

use std::time::{Duration, Instant};

use casebook::demo::Rng;
use casebook::hours::calendar::{Calendar, CalendarSpec, Holiday, OpenInterval};
use casebook::model::*;
use casebook::{clock, Ctx, Store};

const OPEN_CASES: usize = 100_000;

fn quantiles(mut samples: Vec<Duration>) -> (Duration, Duration, Duration) {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95), *samples.last().unwrap())
}

fn show(what: &str, samples: Vec<Duration>, target: &str) {
    let n = samples.len();
    let (p50, p95, max) = quantiles(samples);
    println!("{what:<58} p50 {p50:>10.2?}  p95 {p95:>10.2?}  max {max:>10.2?}  (n={n}; target: {target})");
}

/// A shop calendar with a year of holidays: every Monday of 2027 closed, plus the
/// usual public holidays, yearly.
fn holiday_calendar() -> CalendarSpec {
    let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
    spec.week.wednesday = vec![OpenInterval::new("09:00", "12:30"), OpenInterval::new("13:30", "17:30")];
    let mut day = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    while day.format("%Y").to_string() == "2027" {
        spec.holidays.push(Holiday {
            date: day.format("%Y-%m-%d").to_string(),
            name: "Closed Monday".into(),
            yearly: false,
        });
        day += chrono::Duration::days(7);
    }
    for (date, name) in [
        ("2020-01-01", "New Year"),
        ("2020-04-27", "King's Day"),
        ("2020-12-25", "Christmas"),
        ("2020-12-26", "Boxing Day"),
    ] {
        spec.holidays.push(Holiday { date: date.into(), name: name.into(), yearly: true });
    }
    spec
}

fn main() {
    let cal = Calendar::new(holiday_calendar()).unwrap();
    let mut rng = Rng::new(42);
    let year_start = clock::to_ms(clock::parse("2027-01-01T00:00:00Z").unwrap());
    let mut samples = Vec::with_capacity(100_000);
    for _ in 0..100_000 {
        let start = year_start + rng.range(0, 364 * 86_400_000);
        let minutes = *rng.pick(&[15, 60, 120, 8 * 60, 24 * 60]);
        let t = Instant::now();
        std::hint::black_box(cal.add_minutes(std::hint::black_box(start), minutes));
        samples.push(t.elapsed());
    }
    show("one due time, calendar with a year of holidays", samples, "p95 < 20 us");

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("bench.db")).unwrap();
    let ana = store
        .add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        .unwrap();
    let ctx = Ctx::staff(&ana.id);
    store.write(|w| w.set_calendar(&ctx, &CalendarSpec::default_for("Europe/Amsterdam"))).unwrap();

    let now = clock::now();
    let t = Instant::now();
    let mut made = 0;
    while made < OPEN_CASES {
        store
            .write(|w| {
                for i in 0..10_000 {
                    let opened = now - chrono::Duration::minutes(rng.range(0, 60 * 24 * 14));
                    let priority = *rng.pick(&[
                        Priority::Low,
                        Priority::Normal,
                        Priority::Normal,
                        Priority::High,
                        Priority::Urgent,
                    ]);
                    w.open_case(
                        &Ctx::at(Some(ana.id.clone()), opened),
                        &NewInteraction {
                            customer: CustomerChoice::New {
                                customer: NewCustomer {
                                    name: format!("Customer {}", made + i),
                                    ..Default::default()
                                },
                                allow_duplicate: true,
                            },
                            subject: "Bench case".into(),
                            channel: Channel::Phone,
                            priority,
                            owner_id: None,
                            message: Some("hello".into()),
                            expectations: None,
                        },
                    )?;
                }
                Ok(())
            })
            .unwrap();
        made += 10_000;
    }
    println!("(setup: {OPEN_CASES} open cases written in {:.1?})", t.elapsed());

    let mut samples = Vec::with_capacity(2_000);
    for _ in 0..2_000 {
        let at = now + chrono::Duration::minutes(rng.range(-60 * 24 * 7, 60 * 24 * 7));
        let lead = *rng.pick(&[5, 15, 60]);
        let t = Instant::now();
        std::hint::black_box(store.next_wake(at, lead).unwrap());
        samples.push(t.elapsed());
    }
    show("next wake-up time among 100,000 open cases", samples, "p95 < 5 ms");

    let mut samples = Vec::new();
    for round in 0..5 {
        let mut spec = CalendarSpec::default_for("Europe/Amsterdam");
        spec.holidays.push(Holiday {
            date: format!("2026-12-2{round}"),
            name: "Closed".into(),
            yearly: false,
        });
        let t = Instant::now();
        store.write(|w| w.set_calendar(&ctx, &spec)).unwrap();
        samples.push(t.elapsed());
        let n: i64 = store
            .connection()
            .query_row("SELECT count(*) FROM cases WHERE status IN ('open', 'waiting')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n as usize, OPEN_CASES, "every open case was recomputed");
    }
    show("calendar change: recompute 100,000 due times (one commit)", samples, "< 2 s");
}
