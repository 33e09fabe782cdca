//! Every report on a small hand-made week whose right answers are worked out
//! below by hand. The shop opens Monday to Friday 09:00-17:00 UTC, Wednesday
//! 11 November 2026 is a holiday, and a normal case must have a first response
//! within 60 business minutes and be resolved within 480.

use casebook::hours::calendar::{CalendarSpec, Holiday, OpenInterval, WeekHours};
use casebook::hours::TargetPolicy;
use casebook::learn::reports::{self, Cell, Period, Report, ReportName, ReportRequest};
use casebook::model::*;
use casebook::{clock, Ctx, ErrorCode, Store};

pub(crate) struct Week {
    pub(crate) store: Store,
    pub(crate) ana: Staff,
}

pub(crate) fn t(text: &str) -> Ts {
    clock::parse(text).unwrap()
}

pub(crate) fn at(staff: &Staff, when: &str) -> Ctx {
    Ctx::at(Some(staff.id.clone()), t(when))
}

/// "Now" for every report below: Monday 16 November, noon.
pub(crate) const NOW: &str = "2026-11-16T12:00:00Z";

pub(crate) fn week() -> Week {
    let mut store = Store::open_in_memory().unwrap();
    let ana = store
        .write(|w| {
            w.add_staff(
                &Ctx::at(None, t("2026-11-01T08:00:00Z")),
                &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner },
            )
        })
        .unwrap();
    let open = vec![OpenInterval::new("09:00", "17:00")];
    let calendar = CalendarSpec {
        time_zone: "UTC".into(),
        week: WeekHours {
            monday: open.clone(),
            tuesday: open.clone(),
            wednesday: open.clone(),
            thursday: open.clone(),
            friday: open,
            saturday: vec![],
            sunday: vec![],
        },
        holidays: vec![Holiday { date: "2026-11-11".into(), name: "St Martin".into(), yearly: false }],
    };
    let mut targets = TargetPolicy::default();
    targets.normal.first_response = 60;
    targets.normal.resolution = 480;
    let setup = at(&ana, "2026-11-01T08:00:00Z");
    store
        .write(|w| {
            w.set_calendar(&setup, &calendar)?;
            w.set_targets(&setup, &targets)?;
            Ok(())
        })
        .unwrap();
    Week { store, ana }
}

impl Week {
    pub(crate) fn customer(&mut self, name: &str, segment: &str) -> String {
        let ctx = at(&self.ana, "2026-11-02T09:00:00Z");
        let input = NewCustomer { name: name.into(), segment: segment.into(), ..NewCustomer::default() };
        self.store.write(|w| w.create_customer(&ctx, &input, true)).unwrap().id
    }

    pub(crate) fn case(&mut self, customer: &str, opened: &str) -> String {
        let input = NewInteraction {
            customer: CustomerChoice::Existing { id: customer.into() },
            subject: format!("Case of {opened}"),
            channel: Channel::WalkIn,
            priority: Priority::Normal,
            owner_id: Some(self.ana.id.clone()),
            message: Some("Help, please".into()),
            expectations: None,
        };
        let ctx = at(&self.ana, opened);
        self.store.write(|w| w.open_case(&ctx, &input)).unwrap().id
    }

    pub(crate) fn reply(&mut self, case: &str, when: &str) {
        let input =
            NewEntry { case_id: case.into(), kind: EntryKind::Reply, body: "On it".into(), direction: None };
        let ctx = at(&self.ana, when);
        self.store.write(|w| w.add_entry(&ctx, &input)).unwrap();
    }

    pub(crate) fn status(&mut self, case: &str, status: CaseStatus, when: &str) {
        let input = CaseUpdate { case_id: case.into(), status: Some(status), ..CaseUpdate::default() };
        let ctx = at(&self.ana, when);
        self.store.write(|w| w.update_case(&ctx, &input)).unwrap();
    }

    /// One case: opened, first answered, and resolved at the given times.
    pub(crate) fn answered(&mut self, customer: &str, opened: &str, replied: &str, resolved: &str) -> String {
        let case = self.case(customer, opened);
        self.reply(&case, replied);
        self.status(&case, CaseStatus::Resolved, resolved);
        case
    }

    pub(crate) fn report(&self, name: ReportName, from: &str, to: &str) -> Report {
        let request = ReportRequest { name, from: from.into(), to: to.into() };
        reports::run(&self.store, &request, t(NOW)).unwrap()
    }
}

/// The week every report reads. Business customers:
/// - B1 Mon 10:00, reply 10:10 (10 min), resolved 12:00 (120 min);
/// - B2 Mon 11:00, reply 11:20 (20 min), resolved 13:00 (120 min);
/// - B3 Tue 09:00, reply 09:30 (30 min), resolved 15:00 (360 min).
///
/// Walk-in customers:
/// - W1 Tue 16:30, reply Thu 09:30: the holiday between counts for nothing, so
///   30 + 30 = 60 min (just within target); resolved Thu 12:00 (30 + 180 = 210);
/// - W2 Mon 09:00, reply 10:00 (60 min); waiting on the customer from Mon 12:00
///   to Tue 09:00 (the clock stands still), resolved Tue 11:00: 180 + 120 = 300
///   min, within target (counting the pause it would be 600, a miss);
/// - W3 Thu 09:00, reply 11:00 (120 min, missed), resolved Fri 12:00
///   (480 + 180 = 660, missed).
///
/// And N1, no segment: Fri 09:00, never answered: by Monday noon it has missed
/// both targets, and has no time to count in the medians.
pub(crate) fn history() -> (Week, Vec<String>) {
    let mut w = week();
    let b: Vec<String> = ["B1", "B2", "B3"].iter().map(|n| w.customer(n, "business")).collect();
    let wi: Vec<String> = ["W1", "W2", "W3"].iter().map(|n| w.customer(n, "walk-in")).collect();
    let n1 = w.customer("N1", "");
    let b1 = w.answered(&b[0], "2026-11-09T10:00:00Z", "2026-11-09T10:10:00Z", "2026-11-09T12:00:00Z");
    let b2 = w.answered(&b[1], "2026-11-09T11:00:00Z", "2026-11-09T11:20:00Z", "2026-11-09T13:00:00Z");
    w.answered(&b[2], "2026-11-10T09:00:00Z", "2026-11-10T09:30:00Z", "2026-11-10T15:00:00Z");
    let w1 = w.answered(&wi[0], "2026-11-10T16:30:00Z", "2026-11-12T09:30:00Z", "2026-11-12T12:00:00Z");
    let w2 = w.case(&wi[1], "2026-11-09T09:00:00Z");
    w.reply(&w2, "2026-11-09T10:00:00Z");
    w.status(&w2, CaseStatus::Waiting, "2026-11-09T12:00:00Z");
    w.status(&w2, CaseStatus::Open, "2026-11-10T09:00:00Z");
    w.status(&w2, CaseStatus::Resolved, "2026-11-10T11:00:00Z");
    let w3 = w.answered(&wi[2], "2026-11-12T09:00:00Z", "2026-11-12T11:00:00Z", "2026-11-13T12:00:00Z");
    w.case(&n1, "2026-11-13T09:00:00Z");
    (w, vec![b1, b2, w1, w3])
}

fn num(report: &Report, table: &str, row: &str, column: &str) -> Option<f64> {
    report.table(table).unwrap().value(row, column).and_then(Cell::as_f64)
}

#[test]
fn fairness_compares_segments_side_by_side_and_says_who_waits_longer() {
    let (w, _) = history();
    let r = w.report(ReportName::Fairness, "2026-11-09", "2026-11-15");
    let n = |row: &str, col: &str| num(&r, "segments", row, col);
    let one = |x: f64| (x * 10.0).round() / 10.0;

    assert_eq!(n("business", "cases"), Some(3.0), "three business cases");
    assert_eq!(n("business", "first_response_median"), Some(20.0), "10, 20, 30: the middle is 20");
    assert_eq!(n("business", "first_response_p90"), Some(30.0), "nearest rank: the 3rd of 3");
    assert_eq!(n("business", "first_response_met"), Some(100.0), "all within 60 min");
    assert_eq!(n("business", "resolution_median"), Some(120.0), "120, 120, 360");
    assert_eq!(n("business", "resolution_p90"), Some(360.0));
    assert_eq!(n("business", "resolution_met"), Some(100.0), "360 is within 480");

    assert_eq!(n("walk-in", "first_response_median"), Some(60.0), "the holiday does not count: 60, 60, 120");
    assert_eq!(n("walk-in", "first_response_p90"), Some(120.0));
    assert_eq!(n("walk-in", "first_response_met"), Some(one(200.0 / 3.0)), "two of three within target");
    assert_eq!(
        n("walk-in", "resolution_median"),
        Some(300.0),
        "the waiting period is not counted: 210, 300, 660"
    );
    assert_eq!(n("walk-in", "resolution_p90"), Some(660.0));
    assert_eq!(n("walk-in", "resolution_met"), Some(one(200.0 / 3.0)), "W2 made it only thanks to the pause");

    assert_eq!(n("(no segment)", "cases"), Some(1.0), "a customer without a segment has a row of their own");
    assert_eq!(n("(no segment)", "first_response_median"), None, "never answered: no time to count");
    assert_eq!(n("(no segment)", "first_response_met"), Some(0.0), "but past its target: a miss");
    assert_eq!(n("(no segment)", "resolution_met"), Some(0.0), "Fri 8 h + Mon 3 h open: past 480");

    assert_eq!(n("All customers", "cases"), Some(7.0));
    assert_eq!(n("All customers", "first_response_median"), Some(45.0), "10 20 30 60 60 120: (30 + 60) / 2");
    assert_eq!(n("All customers", "first_response_p90"), Some(120.0), "the 6th of 6");
    assert_eq!(
        n("All customers", "resolution_median"),
        Some(255.0),
        "120 120 210 300 360 660: (210 + 300) / 2"
    );
    assert_eq!(n("All customers", "first_response_met"), Some(one(500.0 / 7.0)), "5 of 7 known outcomes");

    let said = r.findings.join("\n");
    for sentence in [
        "Walk-in customers wait 3.0 times longer for a first response than business customers (median 1 h against 20 min).",
        "Walk-in customers wait 2.5 times longer for a resolution than business customers (median 5 h against 2 h).",
        "Only 67% of walk-in customers got a first response within target, against 100% of business customers.",
    ] {
        assert!(r.findings.iter().any(|f| f == sentence), "the report says, in words: {sentence}\nit said:\n{said}");
    }
    assert!(!said.contains("without a segment wait"), "one case is too few to compare a segment: {said}");
}

#[test]
fn a_fair_shop_is_told_so() {
    let mut w = week();
    for (name, segment) in [("A", "business"), ("B", "walk-in")] {
        let c = w.customer(name, segment);
        for day in ["09", "10", "12"] {
            w.answered(
                &c,
                &format!("2026-11-{day}T10:00:00Z"),
                &format!("2026-11-{day}T10:15:00Z"),
                &format!("2026-11-{day}T12:00:00Z"),
            );
        }
    }
    let r = w.report(ReportName::Fairness, "2026-11-09", "2026-11-15");
    assert_eq!(r.findings.len(), 1, "nothing to flag: {:?}", r.findings);
    assert!(r.findings[0].starts_with("No segment waits noticeably longer"), "{:?}", r.findings);
}

#[test]
fn attainment_over_time_has_a_row_for_every_day_even_the_holiday() {
    let (w, _) = history();
    let r = w.report(ReportName::Attainment, "2026-11-09", "2026-11-15");
    assert_eq!(r.period, Period::Day, "a week is shown day by day");
    let table = r.table("over_time").unwrap();
    assert_eq!(table.rows.len(), 7, "Monday to Sunday");
    let n = |row: &str, col: &str| num(&r, "over_time", row, col);
    assert_eq!(n("2026-11-09", "cases"), Some(3.0), "B1, B2 and W2 opened on Monday");
    assert_eq!(n("2026-11-09", "first_response_met"), Some(100.0));
    assert_eq!(n("2026-11-10", "resolution_met"), Some(100.0), "B3 and W1 opened Tuesday, both in time");
    assert_eq!(n("2026-11-11", "cases"), Some(0.0), "the holiday: nothing opened");
    assert_eq!(n("2026-11-11", "first_response_met"), None, "no cases: no percentage, not 0%");
    assert_eq!(n("2026-11-12", "first_response_met"), Some(0.0), "W3 waited two hours");
    assert_eq!(
        r.findings,
        vec![
            "Of 7 cases opened, 71% of first responses and 71% of resolutions were within target.".to_owned()
        ]
    );
    let monthly = w.report(ReportName::Attainment, "2025-12-01", "2026-11-30");
    assert_eq!(monthly.period, Period::Month, "a year is shown month by month");
    assert_eq!(num(&monthly, "over_time", "2026-11-01", "cases"), Some(7.0), "all seven in November");
}

#[test]
fn promises_escalations_complaints_and_scores_are_counted_in_their_periods() {
    let (mut w, cases) = history();
    let (b1, b2, w1, w3) = (&cases[0], &cases[1], &cases[2], &cases[3]);
    let ana = w.ana.clone();
    let lea = w
        .store
        .write(|x| {
            x.add_staff(
                &at(&ana, "2026-11-02T09:00:00Z"),
                &NewStaff { name: "Lea".into(), role: StaffRole::Lead },
            )
        })
        .unwrap();
    let ctx = at(&ana, "2026-11-09T10:30:00Z");
    let promise = |text: &str, due: &str| NewPromise {
        case_id: b1.clone(),
        text: text.into(),
        due_at: t(due),
        owner_id: None,
    };
    let (p1, p2) = w
        .store
        .write(|x| {
            let p1 = x.make_promise(&ctx, &promise("Call back", "2026-11-10T12:00:00Z"))?;
            let p2 = x.make_promise(&ctx, &promise("Order the part", "2026-11-12T12:00:00Z"))?;
            x.make_promise(&ctx, &promise("Deliver", "2026-11-13T12:00:00Z"))?;
            // Due the week after: outside the range.
            x.make_promise(&ctx, &promise("Check in", "2026-11-17T12:00:00Z"))?;
            Ok((p1, p2))
        })
        .unwrap();
    w.store
        .write(|x| {
            x.close_promise(
                &at(&ana, "2026-11-10T11:00:00Z"),
                &PromiseOutcome { promise_id: p1.id, kept: true, recovery: None },
            )?;
            let broken =
                PromiseOutcome { promise_id: p2.id, kept: false, recovery: Some("Sorry, 10% off".into()) };
            x.close_promise(&at(&ana, "2026-11-12T14:00:00Z"), &broken)
        })
        .unwrap();
    let r = w.report(ReportName::Promises, "2026-11-09", "2026-11-15");
    let n = |row: &str, col: &str| num(&r, "over_time", row, col);
    assert_eq!(n("2026-11-10", "kept"), Some(1.0), "counted on the day it fell due");
    assert_eq!(n("2026-11-12", "broken"), Some(1.0));
    assert_eq!(n("2026-11-13", "open_overdue"), Some(1.0), "open and past due by Monday");
    assert_eq!(n("2026-11-13", "kept_rate"), None, "nothing kept or broken that day: no rate");
    assert_eq!(r.findings[0], "1 of 2 promises due in this range were kept (50%).");

    // Escalations: W3 for workload (closed), W1 for communication (still open).
    let escalate = |case: &str, cause: &str| NewEscalation {
        case_id: case.into(),
        to_staff_id: lea.id.clone(),
        cause: cause.into(),
        note: "Customer upset".into(),
    };
    let x3 =
        w.store.write(|x| x.escalate(&at(&ana, "2026-11-12T11:30:00Z"), &escalate(w3, "workload"))).unwrap();
    w.store.write(|x| x.escalate(&at(&ana, "2026-11-10T16:45:00Z"), &escalate(w1, "Communication"))).unwrap();
    let closing =
        EscalationClosing { escalation_id: x3.id, what_changed: "A second person on Thursdays".into() };
    w.store.write(|x| x.close_escalation(&at(&lea, "2026-11-13T09:00:00Z"), &closing)).unwrap();
    let r = w.report(ReportName::Escalations, "2026-11-09", "2026-11-15");
    let n = |row: &str, col: &str| num(&r, "by_cause", row, col);
    assert_eq!((n("workload", "escalations"), n("workload", "closed")), (Some(1.0), Some(1.0)));
    assert_eq!(n("communication", "open"), Some(1.0), "the cause is matched whatever its case");
    assert_eq!(n("technology", "escalations"), Some(0.0), "every cause on the list has a row");
    assert_eq!(r.table("lessons").unwrap().rows.len(), 1, "one closed escalation, with what changed");
    assert_eq!(r.findings[0], "2 escalations; the most common root cause was workload (1 of 2).");

    // Complaints: one on B1 still open, one on W3 closed on Friday, customer told.
    let flagged = w
        .store
        .write(|x| {
            let c = NewComplaint { case_id: b1.clone(), event_id: None, summary: "Rude on the phone".into() };
            x.flag_complaint(&at(&ana, "2026-11-09T12:30:00Z"), &c)?;
            let c = NewComplaint { case_id: w3.clone(), event_id: None, summary: "Waited two hours".into() };
            x.flag_complaint(&at(&ana, "2026-11-12T11:05:00Z"), &c)
        })
        .unwrap();
    let closing = ComplaintClosing {
        complaint_id: flagged.id,
        what_changed: "Walk-ins get a ticket".into(),
        customer_told: true,
    };
    w.store.write(|x| x.close_complaint(&at(&ana, "2026-11-13T10:00:00Z"), &closing)).unwrap();
    let r = w.report(ReportName::Complaints, "2026-11-09", "2026-11-15");
    let n = |row: &str, col: &str| num(&r, "over_time", row, col);
    assert_eq!((n("2026-11-09", "opened"), n("2026-11-12", "opened")), (Some(1.0), Some(1.0)));
    assert_eq!(n("2026-11-13", "closed"), Some(1.0), "closed on Friday");
    assert_eq!(
        r.findings,
        vec![
            "2 complaints opened and 1 closed in this range.".to_owned(),
            "The customer was told what we changed for 1 of the 1 closed.".to_owned(),
            "1 complaint is open today.".to_owned(),
        ]
    );

    // Scores: 5 and 4 on Monday; W3 gave 2, then 3 after a call (the later counts).
    for (case, score, when) in [
        (b1, 5, "2026-11-09T12:05:00Z"),
        (b2, 4, "2026-11-09T13:05:00Z"),
        (w3, 2, "2026-11-13T12:05:00Z"),
        (w3, 3, "2026-11-13T12:30:00Z"),
    ] {
        let input = NewSatisfaction { case_id: case.clone(), score, comment: String::new() };
        w.store.write(|x| x.record_satisfaction(&at(&ana, when), &input)).unwrap();
    }
    let r = w.report(ReportName::Satisfaction, "2026-11-09", "2026-11-15");
    assert_eq!(num(&r, "over_time", "2026-11-09", "average"), Some(4.5), "(5 + 4) / 2 on Monday");
    assert_eq!(
        num(&r, "over_time", "2026-11-13", "average"),
        Some(3.0),
        "W3's later score replaced its first"
    );
    assert_eq!(num(&r, "scores", "2", "count"), Some(0.0), "the replaced 2 is not counted");
    assert_eq!(r.findings, vec!["Average score 4.0 from 3 customers; 67% gave 4 or 5.".to_owned()]);
}

#[test]
fn a_range_that_ends_before_it_starts_or_is_not_a_date_is_refused() {
    let (w, _) = history();
    let run = |from: &str, to: &str| {
        reports::run(
            &w.store,
            &ReportRequest { name: ReportName::Fairness, from: from.into(), to: to.into() },
            t(NOW),
        )
    };
    let err = run("2026-11-15", "2026-11-09").unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "a backwards range is the person's input");
    assert!(err.to_string().contains("Pick an end date on or after the start"), "says what to do: {err}");
    let err = run("15/11/2026", "2026-11-20").unwrap_err();
    assert!(err.to_string().contains("YYYY-MM-DD"), "names the format: {err}");
    assert!(run("2026-11-09", "2026-11-09").is_ok(), "one day is a range");
}

#[test]
fn a_table_saves_as_csv_that_a_spreadsheet_reads_safely() {
    let (mut w, cases) = history();
    let ana = w.ana.clone();
    let input = NewEscalation {
        case_id: cases[3].clone(),
        to_staff_id: ana.id.clone(),
        cause: "other".into(),
        note: "=cmd|' /C calc'!A0, said the customer".into(),
    };
    let x = w.store.write(|s| s.escalate(&at(&ana, "2026-11-12T11:30:00Z"), &input)).unwrap();
    let closing = EscalationClosing { escalation_id: x.id, what_changed: "Nothing, \"yet\"".into() };
    w.store.write(|s| s.close_escalation(&at(&ana, "2026-11-13T09:00:00Z"), &closing)).unwrap();
    let r = w.report(ReportName::Escalations, "2026-11-09", "2026-11-15");
    let csv = r.table("lessons").unwrap().to_csv();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("\"Opened\",\"Root cause\",\"Case\",\"What happened\",\"What changed\""),
        "labels as the header, every cell quoted"
    );
    let row = lines.next().unwrap();
    assert!(
        row.contains("\"'=cmd|' /C calc'!A0, said the customer\""),
        "a formula is defused and quoted: {row}"
    );
    assert!(row.contains("\"Nothing, \"\"yet\"\"\""), "quotes are doubled: {row}");
    let fairness =
        w.report(ReportName::Fairness, "2026-11-09", "2026-11-15").table("segments").unwrap().to_csv();
    assert!(
        fairness.contains("\r\n\"business\",3,20,30,100,120,360,100\r\n"),
        "numbers as plain numbers: {fairness}"
    );
}
