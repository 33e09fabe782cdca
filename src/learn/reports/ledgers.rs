//! The ledgers over time: promises kept, escalations by root cause, complaints
//! opened and closed, and satisfaction scores.

use super::period::{Buckets, DateRange};
use super::words::{count, num, percent, plural};
use super::{report, Cell, Report, ReportName, ReportTable};
use crate::core::{Result, Store};
use crate::learn::facts;
use crate::tell::PromiseStatus;

#[derive(Clone, Default)]
struct PromiseCounts {
    kept: usize,
    broken: usize,
    open_overdue: usize,
}

pub(super) fn promises(store: &Store, range: &DateRange, now: i64) -> Result<Report> {
    let settings = store.sla_settings()?;
    let cal = &settings.calendar;
    let (start, end) = range.instants(cal);
    let mut buckets: Buckets<PromiseCounts> = Buckets::new(range);
    let mut total = PromiseCounts::default();
    for (due, status) in facts::promises_due(store.connection(), start, end)? {
        let apply = |c: &mut PromiseCounts| match status {
            PromiseStatus::Kept => c.kept += 1,
            PromiseStatus::Broken => c.broken += 1,
            PromiseStatus::Open if due <= now => c.open_overdue += 1,
            PromiseStatus::Open => {}
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

pub(super) fn escalations(store: &Store, range: &DateRange) -> Result<Report> {
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
    let mut total = 0;
    for x in facts::escalations_opened(store.connection(), start, end)? {
        let cause = x.cause;
        let open = x.open;
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
        if let Some(changed) = x.what_changed {
            let opened = settings.calendar.local_date(x.opened_at).format("%Y-%m-%d").to_string();
            lessons.rows.push(vec![
                Cell::Text(opened),
                Cell::Text(cause),
                Cell::Text(x.case_subject),
                Cell::Text(x.note),
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

pub(super) fn complaints(store: &Store, range: &DateRange) -> Result<Report> {
    let settings = store.sla_settings()?;
    let cal = &settings.calendar;
    let (start, end) = range.instants(cal);
    let conn = store.connection();
    let mut buckets: Buckets<OpenedClosed> = Buckets::new(range);
    let mut opened = 0;
    for at in facts::complaints_opened(conn, start, end)? {
        opened += 1;
        if let Some(b) = buckets.at(cal, at) {
            b.opened += 1;
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
    for c in facts::complaints_closed(conn, start, end)? {
        closed += 1;
        told += usize::from(c.customer_told);
        if let Some(b) = buckets.at(cal, c.closed_at) {
            b.closed += 1;
        }
        closed_table.rows.push(vec![
            Cell::Text(cal.local_date(c.closed_at).format("%Y-%m-%d").to_string()),
            Cell::Text(c.customer_name),
            Cell::Text(c.summary),
            Cell::Text(c.what_changed),
            Cell::Text(if c.customer_told { "yes" } else { "no" }.into()),
        ]);
    }
    let still_open = facts::open_complaints(conn)?;
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

pub(super) fn satisfaction(store: &Store, range: &DateRange) -> Result<Report> {
    let settings = store.sla_settings()?;
    let cal = &settings.calendar;
    let (start, end) = range.instants(cal);
    let mut buckets: Buckets<Scores> = Buckets::new(range);
    let mut total = Scores::default();
    let mut spread = [0usize; 5];
    for (at, score) in facts::scores_given(store.connection(), start, end)? {
        let score = usize::from(score.clamp(1, 5));
        spread[score - 1] += 1;
        let apply = |s: &mut Scores| {
            s.n += 1;
            s.sum += score;
            s.happy += usize::from(score >= 4);
        };
        apply(&mut total);
        if let Some(b) = buckets.at(cal, at) {
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
