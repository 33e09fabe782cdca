//! Fairness (is every kind of customer treated alike?) and response targets
//! met over time, from each case's first response and resolution in business
//! time.

use std::sync::Arc;

use super::period::{Buckets, DateRange};
use super::words::{capitalised, count, minutes_words, num, percent, segment_words};
use super::{median, p90, report, Cell, Report, ReportName, ReportTable};
use crate::core::{Result, Store};
use crate::hours::SlaSettings;
use crate::learn::facts::cases_opened;

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
/// force when it was opened), from the measures stored on it; and the names
/// of the segments.
fn case_facts(
    store: &Store,
    range: &DateRange,
    now: i64,
) -> Result<(Vec<CaseFacts>, Vec<String>, Arc<SlaSettings>)> {
    let settings = store.sla_settings()?;
    let (start, end) = range.instants(&settings.calendar);
    let opened = cases_opened(store.connection(), start, end)?;
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

pub(super) fn fairness(store: &Store, range: &DateRange, now: i64) -> Result<Report> {
    let (facts, names, _) = case_facts(store, range, now)?;
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

pub(super) fn attainment(store: &Store, range: &DateRange, now: i64) -> Result<Report> {
    let (facts, _, settings) = case_facts(store, range, now)?;
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
