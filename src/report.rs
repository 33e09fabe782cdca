//! Reports an owner can look at: is every kind of customer treated alike, are
//! targets and promises kept, why do cases escalate, what do complaints and
//! scores say. The app's reports screen and `casebook report` both call
//! [`run`], so the screen, the CSV and the JSON always agree.
//!
//! Every report covers whole days in the shop's time zone, `from` to `to`
//! inclusive, and returns tables: one row per period (a day, a week from
//! Monday, or a month, whichever keeps the chart readable), per segment or per
//! cause. Times are business minutes, counted on the shop's calendar as the
//! response targets are; a case is measured against the targets in force now.
//!
//! How the fairness figures are counted (cases opened in the range):
//! - first response: business time from opening to our first reply, call or
//!   visit;
//! - resolution: business time from opening until it was last resolved or
//!   closed, not counting the time it was waiting on the customer (the same
//!   pauses that stop the resolution clock);
//! - median: the middle value (the mean of the two middle ones for an even
//!   count); 90th percentile: the smallest value at least 90 % of cases reach
//!   (nearest rank);
//! - target met: of the cases whose outcome is known, the share within target.
//!   A case still waiting for a response (or resolution) counts as missed once
//!   it is past its target, and is left out until then.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::calendar::Calendar;
use crate::model::{text_enum, Priority, Ts};
use crate::sla::{Pause, TargetPolicy};
use crate::{clock, Error, Result, Store};

text_enum!(
    /// The reports, by the name the CLI and the screen use.
    ReportName {
        Fairness => "fairness",
        Attainment => "attainment",
        Promises => "promises",
        Escalations => "escalations",
        Complaints => "complaints",
        Satisfaction => "satisfaction",
    }
);

text_enum!(
    /// How a report's rows over time are grouped.
    Period {
        Day => "day",
        Week => "week",
        Month => "month",
    }
);

/// Which report, over which days (`YYYY-MM-DD`, in the shop's time zone).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportRequest {
    pub name: ReportName,
    pub from: String,
    pub to: String,
}

/// One value in a report table: a number, a text, or nothing (no data).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Cell {
    Number(f64),
    Text(String),
    Empty,
}

impl Cell {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Cell::Number(n) => Some(*n),
            _ => None,
        }
    }

    fn csv(&self) -> String {
        match self {
            Cell::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Cell::Number(n) => format!("{n}"),
            Cell::Text(t) => crate::exchange::spreadsheet_safe(t),
            Cell::Empty => String::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportColumn {
    pub key: String,
    pub label: String,
}

/// A table behind a chart: what the screen draws, and what "Save as CSV" writes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct ReportTable {
    pub key: String,
    pub title: String,
    pub columns: Vec<ReportColumn>,
    pub rows: Vec<Vec<Cell>>,
}

impl ReportTable {
    fn new(key: &str, title: &str, columns: &[(&str, &str)]) -> ReportTable {
        ReportTable {
            key: key.to_owned(),
            title: title.to_owned(),
            columns: columns
                .iter()
                .map(|(k, l)| ReportColumn { key: (*k).into(), label: (*l).into() })
                .collect(),
            rows: Vec::new(),
        }
    }

    /// The value in the row whose first cell is `row`, in the column `column`.
    pub fn value(&self, row: &str, column: &str) -> Option<&Cell> {
        let col = self.columns.iter().position(|c| c.key == column)?;
        self.rows
            .iter()
            .find(|r| matches!(r.first(), Some(Cell::Text(t)) if t == row))
            .and_then(|r| r.get(col))
    }

    /// The table as CSV: a header of column labels, then one line per row.
    pub fn to_csv(&self) -> String {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        // Writing to memory cannot fail; a row of the wrong length is a bug.
        let _ = w.write_record(self.columns.iter().map(|c| c.label.as_str()));
        for row in &self.rows {
            let _ = w.write_record(row.iter().map(Cell::csv));
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Report {
    pub name: ReportName,
    pub title: String,
    pub from: String,
    pub to: String,
    pub period: Period,
    /// What the figures say, in sentences (e.g. which segment waits longer).
    pub findings: Vec<String>,
    pub tables: Vec<ReportTable>,
}

impl Report {
    pub fn table(&self, key: &str) -> Option<&ReportTable> {
        self.tables.iter().find(|t| t.key == key)
    }
}

/// Whole days, `from` to `to` inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Ten years is the longest range a report covers.
const MAX_DAYS: i64 = 3_660;

fn parse_date(text: &str, field: &'static str, label: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(
            field,
            format!(
                "The {label} date '{}' is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-01.",
                text.trim()
            ),
        )
    })
}

impl DateRange {
    pub fn parse(from: &str, to: &str) -> Result<DateRange> {
        DateRange::new(parse_date(from, "from", "start")?, parse_date(to, "to", "end")?)
    }

    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<DateRange> {
        if to < from {
            return Err(Error::invalid(
                "to",
                format!(
                    "The report ends on {to} but starts on {from}. Pick an end date on or after the start."
                ),
            ));
        }
        if (to - from).num_days() >= MAX_DAYS {
            return Err(Error::invalid("to", "A report covers at most ten years. Pick a shorter range."));
        }
        Ok(DateRange { from, to })
    }

    fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// A month of days by the day, half a year by the week, longer by the month.
    pub fn period(&self) -> Period {
        match self.days() {
            n if n <= 31 => Period::Day,
            n if n <= 190 => Period::Week,
            _ => Period::Month,
        }
    }

    /// The instants the range covers, [start, end), in the shop's time zone.
    fn instants(&self, cal: &Calendar) -> (i64, i64) {
        (cal.start_of(self.from), cal.start_of(self.to + Duration::days(1)))
    }
}

fn period_start(period: Period, date: NaiveDate) -> NaiveDate {
    match period {
        Period::Day => date,
        Period::Week => date - Duration::days(i64::from(date.weekday().num_days_from_monday())),
        Period::Month => date.with_day(1).unwrap_or(date),
    }
}

/// Every period the range touches, in order, labelled by its first day.
fn periods(range: &DateRange, period: Period) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut date = period_start(period, range.from);
    while date <= range.to {
        out.push(date);
        date = match period {
            Period::Day => date + Duration::days(1),
            Period::Week => date + Duration::days(7),
            Period::Month => {
                let (y, m) =
                    if date.month() == 12 { (date.year() + 1, 1) } else { (date.year(), date.month() + 1) };
                NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(range.to + Duration::days(1))
            }
        };
    }
    out
}

/// Counts things into the periods of a range.
struct Buckets<T> {
    starts: Vec<NaiveDate>,
    period: Period,
    items: Vec<T>,
}

impl<T: Default + Clone> Buckets<T> {
    fn new(range: &DateRange) -> Self {
        let period = range.period();
        let starts = periods(range, period);
        let items = vec![T::default(); starts.len()];
        Buckets { starts, period, items }
    }

    fn at(&mut self, cal: &Calendar, ms: i64) -> Option<&mut T> {
        let start = period_start(self.period, cal.local_date(ms));
        let i = self.starts.binary_search(&start).ok()?;
        self.items.get_mut(i)
    }

    fn rows(&self) -> impl Iterator<Item = (String, &T)> {
        self.starts.iter().map(|d| d.format("%Y-%m-%d").to_string()).zip(self.items.iter())
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn num(x: Option<f64>) -> Cell {
    x.map(|v| Cell::Number(round1(v))).unwrap_or(Cell::Empty)
}

fn count(n: usize) -> Cell {
    Cell::Number(n as f64)
}

fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// The middle value; the mean of the two middle values for an even count.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The 90th percentile by nearest rank: the smallest value that at least 90 %
/// of the values are at or below.
pub fn p90(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    (n > 0).then(|| sorted[((n * 9).div_ceil(10)).max(1) - 1])
}

/// Business time the case was open between `opened` and `until`, skipping the
/// pauses (waiting on the customer, resolved).
fn running_ms(cal: &Calendar, opened: i64, pauses: &[Pause], until: i64) -> i64 {
    let mut total = 0;
    let mut from = opened;
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

/// What the fairness and attainment reports need to know about one case.
struct CaseFacts {
    segment: String,
    opened_at: i64,
    /// Business minutes to the first response, if there was one.
    first_response: Option<f64>,
    first_met: Option<bool>,
    /// Business minutes to resolution, if resolved or closed.
    resolution: Option<f64>,
    resolution_met: Option<bool>,
}

const MINUTE: f64 = 60_000.0;

fn case_facts(
    store: &Store,
    range: &DateRange,
    now: i64,
) -> Result<(Vec<CaseFacts>, std::sync::Arc<crate::SlaSettings>)> {
    let settings = store.sla_settings()?;
    let cal = &settings.calendar;
    let targets: &TargetPolicy = &settings.targets;
    let (start, end) = range.instants(cal);
    let mut stmt = store.connection().prepare_cached(
        "SELECT cu.segment, k.priority, k.opened_at, k.first_response_at, k.resolved_at, k.pauses
         FROM cases k JOIN customers cu ON cu.id = k.customer_id
         WHERE k.opened_at >= ?1 AND k.opened_at < ?2",
    )?;
    let mut rows = stmt.query([start, end])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let priority: Priority = r.get(1)?;
        let opened_at: i64 = r.get(2)?;
        let first_at: Option<i64> = r.get(3)?;
        let resolved_at: Option<i64> = r.get(4)?;
        let pauses: Vec<Pause> = serde_json::from_str(&r.get::<_, String>(5)?)?;
        let t = targets.for_priority(priority);
        let first_target = i64::from(t.first_response) * 60_000;
        let resolution_target = i64::from(t.resolution) * 60_000;
        let first_ms = first_at.map(|at| cal.between_ms(opened_at, at));
        let first_met = match first_ms {
            Some(ms) => Some(ms <= first_target),
            // Not answered yet: missed once the target has passed.
            None => cal.add_ms(opened_at, first_target).filter(|due| *due < now).map(|_| false),
        };
        let resolution_ms = resolved_at.map(|at| running_ms(cal, opened_at, &pauses, at));
        let resolution_met = match resolution_ms {
            Some(ms) => Some(ms <= resolution_target),
            None => (running_ms(cal, opened_at, &pauses, now) > resolution_target).then_some(false),
        };
        out.push(CaseFacts {
            segment: r.get::<_, String>(0)?.trim().to_owned(),
            opened_at,
            first_response: first_ms.map(|ms| ms as f64 / MINUTE),
            first_met,
            resolution: resolution_ms.map(|ms| ms as f64 / MINUTE),
            resolution_met,
        });
    }
    drop(rows);
    drop(stmt);
    Ok((out, settings))
}

/// Met / known, as counts.
#[derive(Clone, Default)]
struct Attainment {
    cases: usize,
    first_met: usize,
    first_known: usize,
    resolution_met: usize,
    resolution_known: usize,
}

impl Attainment {
    fn add(&mut self, c: &CaseFacts) {
        self.cases += 1;
        if let Some(met) = c.first_met {
            self.first_known += 1;
            self.first_met += usize::from(met);
        }
        if let Some(met) = c.resolution_met {
            self.resolution_known += 1;
            self.resolution_met += usize::from(met);
        }
    }

    fn first(&self) -> Option<f64> {
        percent(self.first_met, self.first_known)
    }

    fn resolution(&self) -> Option<f64> {
        percent(self.resolution_met, self.resolution_known)
    }
}

/// "walk-in" -> "walk-in customers"; no segment -> "customers without a segment".
fn segment_words(segment: &str) -> String {
    if segment.is_empty() {
        "customers without a segment".into()
    } else {
        format!("{segment} customers")
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "42 min", "3 h 5 min".
pub fn minutes_words(minutes: f64) -> String {
    let m = minutes.round() as i64;
    match (m / 60, m % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// A segment is compared only with enough cases to say something.
pub const FAIR_MIN_CASES: usize = 3;
/// A segment is flagged when its median is at least this many times the quickest.
pub const FAIR_RATIO: f64 = 1.5;
/// ... and it waits at least this many business minutes longer (2 min against
/// 1 min is twice as long, and no one's problem).
pub const FAIR_MIN_GAP: f64 = 5.0;
/// ... or when its share within target is this many points below the best.
pub const FAIR_POINTS: f64 = 15.0;

struct SegmentStats {
    segment: String,
    attainment: Attainment,
    first: Vec<f64>,
    resolution: Vec<f64>,
}

fn fairness(store: &Store, range: &DateRange, now: i64) -> Result<Report> {
    let (facts, _) = case_facts(store, range, now)?;
    let mut segments: Vec<SegmentStats> = Vec::new();
    let mut all = SegmentStats {
        segment: String::new(),
        attainment: Attainment::default(),
        first: vec![],
        resolution: vec![],
    };
    for c in &facts {
        let i = match segments.iter().position(|s| s.segment == c.segment) {
            Some(i) => i,
            None => {
                segments.push(SegmentStats {
                    segment: c.segment.clone(),
                    attainment: Attainment::default(),
                    first: vec![],
                    resolution: vec![],
                });
                segments.len() - 1
            }
        };
        for s in [&mut segments[i], &mut all] {
            s.attainment.add(c);
            s.first.extend(c.first_response);
            s.resolution.extend(c.resolution);
        }
    }
    // Named segments alphabetically; customers without one last.
    segments.sort_by(|a, b| (a.segment.is_empty(), &a.segment).cmp(&(b.segment.is_empty(), &b.segment)));
    for s in segments.iter_mut().chain(std::iter::once(&mut all)) {
        s.first.sort_by(f64::total_cmp);
        s.resolution.sort_by(f64::total_cmp);
    }
    let mut table = ReportTable::new(
        "segments",
        "First response and resolution by customer segment",
        &[
            ("segment", "Segment"),
            ("cases", "Cases"),
            ("first_response_median", "First response, median (business min)"),
            ("first_response_p90", "First response, 90th percentile (business min)"),
            ("first_response_met", "First response within target (%)"),
            ("resolution_median", "Resolution, median (business min)"),
            ("resolution_p90", "Resolution, 90th percentile (business min)"),
            ("resolution_met", "Resolution within target (%)"),
        ],
    );
    let label = |s: &str| if s.is_empty() { "(no segment)".to_owned() } else { s.to_owned() };
    for (name, s) in segments
        .iter()
        .map(|s| (label(&s.segment), s))
        .chain(std::iter::once(("All customers".to_owned(), &all)))
    {
        table.rows.push(vec![
            Cell::Text(name),
            count(s.attainment.cases),
            num(median(&s.first)),
            num(p90(&s.first)),
            num(s.attainment.first()),
            num(median(&s.resolution)),
            num(p90(&s.resolution)),
            num(s.attainment.resolution()),
        ]);
    }

    let mut findings = Vec::new();
    for (what, pick, met) in [
        (
            "a first response",
            (|s: &SegmentStats| &s.first) as fn(&SegmentStats) -> &Vec<f64>,
            (|a: &Attainment| a.first()) as fn(&Attainment) -> Option<f64>,
        ),
        ("a resolution", |s: &SegmentStats| &s.resolution, |a: &Attainment| a.resolution()),
    ] {
        let eligible: Vec<(&SegmentStats, f64)> = segments
            .iter()
            .filter(|s| pick(s).len() >= FAIR_MIN_CASES)
            .filter_map(|s| median(pick(s)).map(|m| (s, m)))
            .collect();
        // Only the segment that fares worst is named, once per measure: a list of
        // every small difference would bury the one that matters.
        let best = eligible.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        let worst = eligible.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        if let (Some(&(best, best_median)), Some(&(s, m))) = (best, worst) {
            let ratio = m / best_median.max(1.0);
            if s.segment != best.segment && ratio >= FAIR_RATIO && m - best_median >= FAIR_MIN_GAP {
                findings.push(format!(
                    "{} wait {:.1} times longer for {what} than {} (median {} against {}).",
                    capitalised(&segment_words(&s.segment)),
                    ratio,
                    segment_words(&best.segment),
                    minutes_words(m),
                    minutes_words(best_median),
                ));
            }
        }
        let rated: Vec<(&SegmentStats, f64)> = segments
            .iter()
            .filter(|s| pick(s).len() >= FAIR_MIN_CASES)
            .filter_map(|s| met(&s.attainment).map(|p| (s, p)))
            .collect();
        let best = rated.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        let worst = rated.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        if let (Some(&(best, best_rate)), Some(&(s, rate))) = (best, worst) {
            if best_rate - rate >= FAIR_POINTS {
                findings.push(format!(
                    "Only {:.0}% of {} got {what} within target, against {:.0}% of {}.",
                    rate,
                    segment_words(&s.segment),
                    best_rate,
                    segment_words(&best.segment),
                ));
            }
        }
    }
    let compared = segments.iter().filter(|s| s.first.len() >= FAIR_MIN_CASES).count();
    if findings.is_empty() {
        findings.push(if compared >= 2 {
            format!("No segment waits noticeably longer than another: every median is within {FAIR_RATIO} times the quickest, and every share within target within {FAIR_POINTS:.0} points of the best.")
        } else {
            format!("Too few cases to compare segments: each needs at least {FAIR_MIN_CASES} answered cases in the range.")
        });
    }
    Ok(report(
        ReportName::Fairness,
        "Fairness: how long each kind of customer waits",
        range,
        findings,
        vec![table],
    ))
}

fn attainment(store: &Store, range: &DateRange, now: i64) -> Result<Report> {
    let (facts, settings) = case_facts(store, range, now)?;
    let mut buckets: Buckets<Attainment> = Buckets::new(range);
    let mut total = Attainment::default();
    for c in &facts {
        total.add(c);
        if let Some(b) = buckets.at(&settings.calendar, c.opened_at) {
            b.add(c);
        }
    }
    let mut table = ReportTable::new(
        "over_time",
        "Response targets met, by when the case was opened",
        &[
            ("period", "Period starting"),
            ("cases", "Cases opened"),
            ("first_response_met", "First response within target (%)"),
            ("resolution_met", "Resolution within target (%)"),
        ],
    );
    for (period, a) in buckets.rows() {
        table.rows.push(vec![Cell::Text(period), count(a.cases), num(a.first()), num(a.resolution())]);
    }
    let findings = match (total.first(), total.resolution()) {
        (None, None) => vec!["No case opened in this range has a known outcome yet.".to_owned()],
        (first, resolution) => vec![format!(
            "Of {} cases opened, {} of first responses and {} of resolutions were within target.",
            total.cases,
            first.map_or("none".to_owned(), |p| format!("{p:.0}%")),
            resolution.map_or("none".to_owned(), |p| format!("{p:.0}%")),
        )],
    };
    Ok(report(ReportName::Attainment, "Response targets met over time", range, findings, vec![table]))
}

#[derive(Clone, Default)]
struct PromiseCounts {
    kept: usize,
    broken: usize,
    open_overdue: usize,
}

fn promises(store: &Store, range: &DateRange, now: i64) -> Result<Report> {
    let settings = store.sla_settings()?;
    let cal = &settings.calendar;
    let (start, end) = range.instants(cal);
    let mut buckets: Buckets<PromiseCounts> = Buckets::new(range);
    let mut total = PromiseCounts::default();
    let mut stmt = store
        .connection()
        .prepare_cached("SELECT due_at, status FROM promises WHERE due_at >= ?1 AND due_at < ?2")?;
    let mut rows = stmt.query([start, end])?;
    while let Some(r) = rows.next()? {
        let due: i64 = r.get(0)?;
        let status: String = r.get(1)?;
        let apply = |c: &mut PromiseCounts| match status.as_str() {
            "kept" => c.kept += 1,
            "broken" => c.broken += 1,
            _ if due <= now => c.open_overdue += 1,
            _ => {}
        };
        apply(&mut total);
        if let Some(b) = buckets.at(cal, due) {
            apply(b);
        }
    }
    let mut table = ReportTable::new(
        "over_time",
        "Promises by the day they fell due",
        &[
            ("period", "Period starting"),
            ("kept", "Kept"),
            ("broken", "Broken"),
            ("open_overdue", "Open and past due"),
            ("kept_rate", "Kept (%)"),
        ],
    );
    for (period, c) in buckets.rows() {
        table.rows.push(vec![
            Cell::Text(period),
            count(c.kept),
            count(c.broken),
            count(c.open_overdue),
            num(percent(c.kept, c.kept + c.broken)),
        ]);
    }
    let closed = total.kept + total.broken;
    let mut findings = vec![match percent(total.kept, closed) {
        Some(p) => format!("{} of {closed} promises due in this range were kept ({p:.0}%).", total.kept),
        None => "No promise due in this range has been kept or broken yet.".to_owned(),
    }];
    if total.open_overdue > 0 {
        findings.push(format!(
            "{} promises are past due and still open: keep them or record how we made it right.",
            total.open_overdue
        ));
    }
    Ok(report(ReportName::Promises, "Promises kept", range, findings, vec![table]))
}

fn escalations(store: &Store, range: &DateRange) -> Result<Report> {
    let settings = store.sla_settings()?;
    let (start, end) = range.instants(&settings.calendar);
    let mut by_cause: Vec<(String, usize, usize)> =
        store.root_causes()?.into_iter().map(|c| (c, 0, 0)).collect();
    let mut lessons = ReportTable::new(
        "lessons",
        "Escalations closed: what changed",
        &[
            ("opened", "Opened"),
            ("cause", "Root cause"),
            ("case", "Case"),
            ("note", "What happened"),
            ("what_changed", "What changed"),
        ],
    );
    let conn = store.connection();
    let mut stmt = conn.prepare_cached(
        "SELECT x.cause, x.status, x.opened_at, k.subject, x.note, x.what_changed
         FROM escalations x JOIN cases k ON k.id = x.case_id
         WHERE x.opened_at >= ?1 AND x.opened_at < ?2 ORDER BY x.opened_at",
    )?;
    let mut rows = stmt.query([start, end])?;
    let mut total = 0;
    while let Some(r) = rows.next()? {
        let cause: String = r.get(0)?;
        let open = r.get::<_, String>(1)? == "open";
        total += 1;
        let i = match by_cause.iter().position(|c| c.0.to_lowercase() == cause.to_lowercase()) {
            Some(i) => i,
            None => {
                by_cause.push((cause.clone(), 0, 0));
                by_cause.len() - 1
            }
        };
        by_cause[i].1 += 1;
        by_cause[i].2 += usize::from(open);
        if let Some(changed) = r.get::<_, Option<String>>(5)? {
            let opened = settings.calendar.local_date(r.get(2)?).format("%Y-%m-%d").to_string();
            lessons.rows.push(vec![
                Cell::Text(opened),
                Cell::Text(cause),
                Cell::Text(r.get(3)?),
                Cell::Text(r.get(4)?),
                Cell::Text(changed),
            ]);
        }
    }
    let mut table = ReportTable::new(
        "by_cause",
        "Escalations by root cause",
        &[
            ("cause", "Root cause"),
            ("escalations", "Escalations"),
            ("open", "Still open"),
            ("closed", "Closed"),
        ],
    );
    for (cause, n, open) in &by_cause {
        table.rows.push(vec![Cell::Text(cause.clone()), count(*n), count(*open), count(n - open)]);
    }
    let mut findings = Vec::new();
    // The most common cause; on a tie, the one listed first.
    let top = by_cause.iter().filter(|c| c.1 > 0).fold(None, |best: Option<&(String, usize, usize)>, c| {
        if best.is_none_or(|b| c.1 > b.1) {
            Some(c)
        } else {
            best
        }
    });
    match top {
        Some((cause, n, _)) => findings.push(format!(
            "{}; the most common root cause was {cause} ({n} of {total}).",
            plural(total, "escalation", "escalations")
        )),
        None => findings.push("No case was escalated in this range.".to_owned()),
    }
    let open: usize = by_cause.iter().map(|c| c.2).sum();
    if open > 0 {
        findings.push(format!(
            "{} still open: close each with what changed so it does not happen again.",
            plural(open, "is", "are")
        ));
    }
    Ok(report(ReportName::Escalations, "Escalations by root cause", range, findings, vec![table, lessons]))
}

#[derive(Clone, Default)]
struct OpenedClosed {
    opened: usize,
    closed: usize,
}

fn complaints(store: &Store, range: &DateRange) -> Result<Report> {
    let settings = store.sla_settings()?;
    let cal = &settings.calendar;
    let (start, end) = range.instants(cal);
    let conn = store.connection();
    let mut buckets: Buckets<OpenedClosed> = Buckets::new(range);
    let mut opened = 0;
    {
        let mut stmt =
            conn.prepare_cached("SELECT opened_at FROM complaints WHERE opened_at >= ?1 AND opened_at < ?2")?;
        let mut rows = stmt.query([start, end])?;
        while let Some(r) = rows.next()? {
            opened += 1;
            if let Some(b) = buckets.at(cal, r.get(0)?) {
                b.opened += 1;
            }
        }
    }
    let mut closed_table = ReportTable::new(
        "closed",
        "Complaints closed: what we changed",
        &[
            ("closed", "Closed"),
            ("customer", "Customer"),
            ("summary", "Complaint"),
            ("what_changed", "What we changed"),
            ("customer_told", "Customer told"),
        ],
    );
    let (mut closed, mut told) = (0, 0);
    {
        let mut stmt = conn.prepare_cached(
            "SELECT c.closed_at, cu.name, c.summary, c.what_changed, c.customer_told
             FROM complaints c JOIN customers cu ON cu.id = c.customer_id
             WHERE c.closed_at >= ?1 AND c.closed_at < ?2 ORDER BY c.closed_at",
        )?;
        let mut rows = stmt.query([start, end])?;
        while let Some(r) = rows.next()? {
            let at: i64 = r.get(0)?;
            let was_told = r.get::<_, Option<bool>>(4)?.unwrap_or(false);
            closed += 1;
            told += usize::from(was_told);
            if let Some(b) = buckets.at(cal, at) {
                b.closed += 1;
            }
            closed_table.rows.push(vec![
                Cell::Text(cal.local_date(at).format("%Y-%m-%d").to_string()),
                Cell::Text(r.get(1)?),
                Cell::Text(r.get(2)?),
                Cell::Text(r.get::<_, Option<String>>(3)?.unwrap_or_default()),
                Cell::Text(if was_told { "yes" } else { "no" }.into()),
            ]);
        }
    }
    let still_open: i64 =
        conn.query_row("SELECT count(*) FROM complaints WHERE status = 'open'", [], |r| r.get(0))?;
    let mut table = ReportTable::new(
        "over_time",
        "Complaints opened and closed",
        &[("period", "Period starting"), ("opened", "Opened"), ("closed", "Closed")],
    );
    for (period, c) in buckets.rows() {
        table.rows.push(vec![Cell::Text(period), count(c.opened), count(c.closed)]);
    }
    let mut findings = vec![format!(
        "{} opened and {closed} closed in this range.",
        plural(opened, "complaint", "complaints")
    )];
    if closed > 0 {
        findings.push(format!("The customer was told what we changed for {told} of the {closed} closed."));
    }
    if still_open > 0 {
        findings
            .push(format!("{} open today.", plural(still_open as usize, "complaint is", "complaints are")));
    }
    Ok(report(
        ReportName::Complaints,
        "Complaints opened and closed",
        range,
        findings,
        vec![table, closed_table],
    ))
}

#[derive(Clone, Default)]
struct Scores {
    n: usize,
    sum: usize,
    happy: usize,
}

fn satisfaction(store: &Store, range: &DateRange) -> Result<Report> {
    let settings = store.sla_settings()?;
    let cal = &settings.calendar;
    let (start, end) = range.instants(cal);
    let mut buckets: Buckets<Scores> = Buckets::new(range);
    let mut total = Scores::default();
    let mut spread = [0usize; 5];
    let mut stmt =
        store.connection().prepare_cached("SELECT at, score FROM satisfaction WHERE at >= ?1 AND at < ?2")?;
    let mut rows = stmt.query([start, end])?;
    while let Some(r) = rows.next()? {
        let score: usize = r.get::<_, i64>(1)?.clamp(1, 5) as usize;
        spread[score - 1] += 1;
        let apply = |s: &mut Scores| {
            s.n += 1;
            s.sum += score;
            s.happy += usize::from(score >= 4);
        };
        apply(&mut total);
        if let Some(b) = buckets.at(cal, r.get(0)?) {
            apply(b);
        }
    }
    let average = |s: &Scores| (s.n > 0).then(|| s.sum as f64 / s.n as f64);
    let mut table = ReportTable::new(
        "over_time",
        "Satisfaction over time",
        &[
            ("period", "Period starting"),
            ("scores", "Scores"),
            ("average", "Average (1–5)"),
            ("satisfied", "4 or 5 (%)"),
        ],
    );
    for (period, s) in buckets.rows() {
        table.rows.push(vec![Cell::Text(period), count(s.n), num(average(s)), num(percent(s.happy, s.n))]);
    }
    let mut spread_table =
        ReportTable::new("scores", "Scores given", &[("score", "Score"), ("count", "Times given")]);
    for (i, n) in spread.iter().enumerate() {
        spread_table.rows.push(vec![Cell::Text((i + 1).to_string()), count(*n)]);
    }
    let findings = match average(&total) {
        Some(avg) => vec![format!(
            "Average score {avg:.1} from {} customers; {:.0}% gave 4 or 5.",
            total.n,
            percent(total.happy, total.n).unwrap_or(0.0)
        )],
        None => vec!["No scores were recorded in this range.".to_owned()],
    };
    Ok(report(ReportName::Satisfaction, "Satisfaction", range, findings, vec![table, spread_table]))
}

/// "1 complaint", "3 complaints"; for a verb alone, "1 is", "2 are".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn report(
    name: ReportName,
    title: &str,
    range: &DateRange,
    findings: Vec<String>,
    tables: Vec<ReportTable>,
) -> Report {
    Report {
        name,
        title: title.to_owned(),
        from: range.from.format("%Y-%m-%d").to_string(),
        to: range.to.format("%Y-%m-%d").to_string(),
        period: range.period(),
        findings,
        tables,
    }
}

/// Runs one report as of `now` (what is "past due" and "still open" depends on it).
pub fn run(store: &Store, request: &ReportRequest, now: Ts) -> Result<Report> {
    let range = DateRange::parse(&request.from, &request.to)?;
    let now = clock::to_ms(now);
    match request.name {
        ReportName::Fairness => fairness(store, &range, now),
        ReportName::Attainment => attainment(store, &range, now),
        ReportName::Promises => promises(store, &range, now),
        ReportName::Escalations => escalations(store, &range),
        ReportName::Complaints => complaints(store, &range),
        ReportName::Satisfaction => satisfaction(store, &range),
    }
}

/// A report's tables as CSV, one after another with its title above each (for
/// the CLI); the screen saves one table at a time with [`ReportTable::to_csv`].
pub fn to_csv(report: &Report) -> String {
    let mut out = String::new();
    for (i, table) in report.tables.iter().enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        out.push_str(&ReportTable::new("", "", &[("title", &table.title)]).to_csv());
        out.push_str(&table.to_csv());
    }
    out
}

/// Where the app saves report tables: `reports/` beside the database.
pub fn reports_dir(db_path: &std::path::Path) -> std::path::PathBuf {
    db_path.parent().map(|p| p.join("reports")).unwrap_or_else(|| std::path::PathBuf::from("reports"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_p90_by_the_book() {
        assert_eq!(median(&[1.0, 2.0, 3.0, 4.0]), Some(2.5), "even count: mean of the middle two");
        assert_eq!(median(&[5.0]), Some(5.0), "one value is its own median");
        let ten: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(p90(&ten), Some(9.0), "nearest rank: the 9th of 10");
        assert_eq!(p90(&[1.0, 2.0, 3.0]), Some(3.0), "the 3rd of 3 (0.9 * 3 rounds up)");
    }

    #[test]
    fn periods_cover_the_range() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let week = DateRange::new(d("2026-11-04"), d("2026-12-20")).unwrap();
        assert_eq!(week.period(), Period::Week);
        let starts = periods(&week, Period::Week);
        assert_eq!(starts.first(), Some(&d("2026-11-02")), "weeks start on Monday");
        assert_eq!(starts.last(), Some(&d("2026-12-14")));
        let year = DateRange::new(d("2025-12-15"), d("2026-11-30")).unwrap();
        assert_eq!(periods(&year, Period::Month).len(), 12, "December to November is 12 months");
    }
}
