//! Fairness (is every kind of customer treated alike?) and response targets
//! met over time, from each case's first response and resolution in business
//! time.

use std::sync::Arc;

use super::period::{Buckets, DateRange};
use super::words::{count, minutes_words, num, percent, segment_words};
use super::{median, p90, report, Cell, Report, ReportName, ReportTable};
use crate::core::{Msg, MsgArg, Result, Store, Words};
use crate::hours::SlaSettings;
use crate::learn::facts::cases_opened;
use crate::msg;

/// What the fairness and attainment reports need to know about one case.
struct CaseFacts {
    /// Index into the segment names.
    segment: usize,
    opened_at: i64,
    /// Business minutes to the first response, if there was one.
    first_response: Option<f64>,
    first_met: Option<bool>,
    /// Business minutes to resolution, if resolved or closed.
    resolution: Option<f64>,
    resolution_met: Option<bool>,
}

const MINUTE: f64 = 60_000.0;

/// Each case opened in the range, against the targets it is held to (those in
/// force when it was opened), from the measures stored on it; and, with
/// `segments`, the names of the segments (without, every case is in one).
fn case_facts(
    store: &Store,
    range: &DateRange,
    now: i64,
    segments: bool,
) -> Result<(Vec<CaseFacts>, Vec<String>, Arc<SlaSettings>)> {
    let settings = store.sla_settings()?;
    let (start, end) = range.instants(&settings.calendar);
    let opened = cases_opened(store.connection(), start, end, segments)?;
    let facts = opened
        .cases
        .iter()
        .map(|c| CaseFacts {
            segment: c.segment,
            opened_at: c.opened_at,
            first_response: c.first_response_ms.map(|ms| ms as f64 / MINUTE),
            first_met: match c.first_response_ms {
                Some(ms) => Some(ms <= i64::from(c.first_target) * 60_000),
                // Not answered yet: missed once the target has passed.
                None => c.first_missed_after.filter(|after| now > *after).map(|_| false),
            },
            resolution: c.resolution_ms.map(|ms| ms as f64 / MINUTE),
            resolution_met: match c.resolution_ms {
                Some(ms) => Some(ms <= i64::from(c.resolution_target) * 60_000),
                None => c.resolution_missed_after.filter(|after| now > *after).map(|_| false),
            },
        })
        .collect();
    Ok((facts, opened.segments, settings))
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

pub(super) fn fairness(store: &Store, range: &DateRange, now: i64, words: &Words) -> Result<Report> {
    let t = |m: Msg| words.text(&m);
    let (facts, names, _) = case_facts(store, range, now, true)?;
    let stats = |segment: String| SegmentStats {
        segment,
        attainment: Attainment::default(),
        first: vec![],
        resolution: vec![],
    };
    let mut segments: Vec<SegmentStats> = names.into_iter().map(stats).collect();
    let mut all = stats(String::new());
    for c in &facts {
        for s in [&mut segments[c.segment], &mut all] {
            s.attainment.add(c);
            s.first.extend(c.first_response);
            s.resolution.extend(c.resolution);
        }
    }
    // A segment only customers without cases in the range are in has no row.
    segments.retain(|s| s.attainment.cases > 0);
    // Named segments alphabetically; customers without one last.
    segments.sort_by(|a, b| (a.segment.is_empty(), &a.segment).cmp(&(b.segment.is_empty(), &b.segment)));
    for s in segments.iter_mut().chain(std::iter::once(&mut all)) {
        s.first.sort_unstable_by(f64::total_cmp);
        s.resolution.sort_unstable_by(f64::total_cmp);
    }
    let mut table = ReportTable::new(
        "segments",
        &t(msg!("report-table-first-response-and-resolution-by-customer-segmen")),
        &[
            ("segment", t(msg!("report-column-segment")).as_str()),
            ("cases", t(msg!("report-column-cases")).as_str()),
            ("first_response_median", t(msg!("report-column-first-response-median-business-min")).as_str()),
            (
                "first_response_p90",
                t(msg!("report-column-first-response-90th-percentile-business-min")).as_str(),
            ),
            ("first_response_met", t(msg!("report-column-first-response-within-target-percent")).as_str()),
            ("resolution_median", t(msg!("report-column-resolution-median-business-min")).as_str()),
            ("resolution_p90", t(msg!("report-column-resolution-90th-percentile-business-min")).as_str()),
            ("resolution_met", t(msg!("report-column-resolution-within-target-percent")).as_str()),
        ],
    );
    let label = |s: &str| if s.is_empty() { t(msg!("report-row-no-segment")) } else { s.to_owned() };
    for (name, s) in segments
        .iter()
        .map(|s| (label(&s.segment), s))
        .chain(std::iter::once((t(msg!("report-row-all-customers")), &all)))
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
    for (measure, pick, met) in [
        (
            "first",
            (|s: &SegmentStats| &s.first) as fn(&SegmentStats) -> &Vec<f64>,
            (|a: &Attainment| a.first()) as fn(&Attainment) -> Option<f64>,
        ),
        ("resolution", |s: &SegmentStats| &s.resolution, |a: &Attainment| a.resolution()),
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
                findings.push(capitalised(&t(msg!(
                    "report-fairness-waits-longer",
                    segments = segment_words(&s.segment, words),
                    ratio = words.decimal(ratio, 1),
                    measure,
                    quickest = segment_words(&best.segment, words),
                    median = minutes_words(m, words),
                    quickest_median = minutes_words(best_median, words),
                ))));
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
                findings.push(t(msg!(
                    "report-fairness-fewer-within-target",
                    rate = rate.round(),
                    segments = segment_words(&s.segment, words),
                    measure,
                    best_rate = best_rate.round(),
                    best = segment_words(&best.segment, words),
                )));
            }
        }
    }
    let compared = segments.iter().filter(|s| s.first.len() >= FAIR_MIN_CASES).count();
    if findings.is_empty() {
        findings.push(if compared >= 2 {
            t(msg!(
                "report-fairness-all-alike",
                ratio = words.decimal(FAIR_RATIO, 1),
                points = FAIR_POINTS.round()
            ))
        } else {
            t(msg!("report-fairness-too-few", min = FAIR_MIN_CASES))
        });
    }
    Ok(report(
        ReportName::Fairness,
        &t(msg!("report-title-fairness-how-long-each-kind-of-customer-waits")),
        range,
        findings,
        vec![table],
    ))
}

pub(super) fn attainment(store: &Store, range: &DateRange, now: i64, words: &Words) -> Result<Report> {
    let t = |m: Msg| words.text(&m);
    // Over time, not by segment: no customer is read.
    let (facts, _, settings) = case_facts(store, range, now, false)?;
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
        &t(msg!("report-table-response-targets-met-by-when-the-case-was-opened")),
        &[
            ("period", t(msg!("report-column-period-starting")).as_str()),
            ("cases", t(msg!("report-column-cases-opened")).as_str()),
            ("first_response_met", t(msg!("report-column-first-response-within-target-percent")).as_str()),
            ("resolution_met", t(msg!("report-column-resolution-within-target-percent")).as_str()),
        ],
    );
    for (period, a) in buckets.rows() {
        table.rows.push(vec![Cell::Text(period), count(a.cases), num(a.first()), num(a.resolution())]);
    }
    let findings = match (total.first(), total.resolution()) {
        (None, None) => vec![t(msg!("report-attainment-unknown"))],
        (first, resolution) => {
            let share = |p: Option<f64>| p.map_or(MsgArg::Text("none".into()), |p| MsgArg::Number(p.round()));
            vec![t(msg!(
                "report-attainment",
                cases = total.cases,
                first = share(first),
                resolution = share(resolution)
            ))]
        }
    };
    Ok(report(
        ReportName::Attainment,
        &t(msg!("report-title-response-targets-met-over-time")),
        range,
        findings,
        vec![table],
    ))
}

/// The first letter in capitals (a finding that starts with a segment's name).
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
