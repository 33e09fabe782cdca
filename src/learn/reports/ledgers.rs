//! The ledgers over time: promises kept, escalations by root cause, complaints
//! opened and closed, and satisfaction scores.

use super::period::{Buckets, DateRange};
use super::words::{count, num, percent};
use super::{report, Cell, Report, ReportName, ReportTable};
use crate::core::{Msg, Result, Store, Words};
use crate::learn::facts;
use crate::msg;
use crate::tell::PromiseStatus;

#[derive(Clone, Default)]
struct PromiseCounts {
    kept: usize,
    broken: usize,
    open_overdue: usize,
}

pub(super) fn promises(store: &Store, range: &DateRange, now: i64, words: &Words) -> Result<Report> {
    let t = |m: Msg| words.text(&m);
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
        &t(msg!("report-table-promises-by-the-day-they-fell-due")),
        &[
            ("period", t(msg!("report-column-period-starting")).as_str()),
            ("kept", t(msg!("report-column-kept")).as_str()),
            ("broken", t(msg!("report-column-broken")).as_str()),
            ("open_overdue", t(msg!("report-column-open-and-past-due")).as_str()),
            ("kept_rate", t(msg!("report-column-kept-percent")).as_str()),
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
        Some(p) => t(msg!("report-promises-kept", kept = total.kept, closed, rate = p.round())),
        None => t(msg!("report-promises-none")),
    }];
    if total.open_overdue > 0 {
        findings.push(t(msg!("report-promises-overdue", count = total.open_overdue)));
    }
    Ok(report(ReportName::Promises, &t(msg!("report-title-promises-kept")), range, findings, vec![table]))
}

pub(super) fn escalations(store: &Store, range: &DateRange, words: &Words) -> Result<Report> {
    let t = |m: Msg| words.text(&m);
    let settings = store.sla_settings()?;
    let (start, end) = range.instants(&settings.calendar);
    let mut by_cause: Vec<(String, usize, usize)> =
        store.root_causes()?.into_iter().map(|c| (c, 0, 0)).collect();
    let mut lessons = ReportTable::new(
        "lessons",
        &t(msg!("report-table-escalations-closed-what-changed")),
        &[
            ("opened", t(msg!("report-column-opened")).as_str()),
            ("cause", t(msg!("report-column-root-cause")).as_str()),
            ("case", t(msg!("report-column-case")).as_str()),
            ("note", t(msg!("report-column-what-happened")).as_str()),
            ("what_changed", t(msg!("report-column-what-changed")).as_str()),
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
        &t(msg!("report-table-escalations-by-root-cause")),
        &[
            ("cause", t(msg!("report-column-root-cause")).as_str()),
            ("escalations", t(msg!("report-column-escalations")).as_str()),
            ("open", t(msg!("report-column-still-open")).as_str()),
            ("closed", t(msg!("report-column-closed")).as_str()),
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
        Some((cause, n, _)) => findings.push(t(msg!("report-escalations-top", total, cause, count = n))),
        None => findings.push(t(msg!("report-escalations-none"))),
    }
    let open: usize = by_cause.iter().map(|c| c.2).sum();
    if open > 0 {
        findings.push(t(msg!("report-escalations-open", open)));
    }
    Ok(report(
        ReportName::Escalations,
        &t(msg!("report-title-escalations-by-root-cause")),
        range,
        findings,
        vec![table, lessons],
    ))
}

#[derive(Clone, Default)]
struct OpenedClosed {
    opened: usize,
    closed: usize,
}

pub(super) fn complaints(store: &Store, range: &DateRange, words: &Words) -> Result<Report> {
    let t = |m: Msg| words.text(&m);
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
        &t(msg!("report-table-complaints-closed-what-we-changed")),
        &[
            ("closed", t(msg!("report-column-closed")).as_str()),
            ("customer", t(msg!("report-column-customer")).as_str()),
            ("summary", t(msg!("report-column-complaint")).as_str()),
            ("what_changed", t(msg!("report-column-what-we-changed")).as_str()),
            ("customer_told", t(msg!("report-column-customer-told")).as_str()),
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
            Cell::Text(t(if c.customer_told { msg!("report-yes") } else { msg!("report-no") })),
        ]);
    }
    let still_open = facts::open_complaints(conn)?;
    let mut table = ReportTable::new(
        "over_time",
        &t(msg!("report-table-complaints-opened-and-closed")),
        &[
            ("period", t(msg!("report-column-period-starting")).as_str()),
            ("opened", t(msg!("report-column-opened")).as_str()),
            ("closed", t(msg!("report-column-closed")).as_str()),
        ],
    );
    for (period, c) in buckets.rows() {
        table.rows.push(vec![Cell::Text(period), count(c.opened), count(c.closed)]);
    }
    let mut findings = vec![t(msg!("report-complaints", opened, closed))];
    if closed > 0 {
        findings.push(t(msg!("report-complaints-told", told, closed)));
    }
    if still_open > 0 {
        findings.push(t(msg!("report-complaints-open", open = still_open)));
    }
    Ok(report(
        ReportName::Complaints,
        &t(msg!("report-title-complaints-opened-and-closed")),
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

pub(super) fn satisfaction(store: &Store, range: &DateRange, words: &Words) -> Result<Report> {
    let t = |m: Msg| words.text(&m);
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
        &t(msg!("report-table-satisfaction-over-time")),
        &[
            ("period", t(msg!("report-column-period-starting")).as_str()),
            ("scores", t(msg!("report-column-scores")).as_str()),
            ("average", t(msg!("report-column-average-1-5")).as_str()),
            ("satisfied", t(msg!("report-column-4-or-5-percent")).as_str()),
        ],
    );
    for (period, s) in buckets.rows() {
        table.rows.push(vec![Cell::Text(period), count(s.n), num(average(s)), num(percent(s.happy, s.n))]);
    }
    let mut spread_table = ReportTable::new(
        "scores",
        &t(msg!("report-table-scores-given")),
        &[
            ("score", t(msg!("report-column-score")).as_str()),
            ("count", t(msg!("report-column-times-given")).as_str()),
        ],
    );
    for (i, n) in spread.iter().enumerate() {
        spread_table.rows.push(vec![Cell::Text((i + 1).to_string()), count(*n)]);
    }
    let findings = match average(&total) {
        Some(avg) => vec![t(msg!(
            "report-satisfaction",
            average = words.decimal(avg, 1),
            count = total.n,
            happy = percent(total.happy, total.n).unwrap_or(0.0).round()
        ))],
        None => vec![t(msg!("report-satisfaction-none"))],
    };
    Ok(report(
        ReportName::Satisfaction,
        &t(msg!("report-title-satisfaction")),
        range,
        findings,
        vec![table, spread_table],
    ))
}
