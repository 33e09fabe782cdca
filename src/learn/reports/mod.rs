//! Reports an owner can look at: is every kind of customer treated alike, are
//! targets and promises kept, why do cases escalate, what do complaints and
//! scores say. The app's reports screen and `casebook report` both call
//! [`run`], so the screen, the CSV and the JSON always agree.
//!
//! Every report covers whole days in the shop's time zone, `from` to `to`
//! inclusive, and returns tables: one row per period (a day, a week from
//! Monday, or a month, whichever keeps the chart readable), per segment or per
//! cause. Times are business minutes, counted on the shop's calendar as the
//! response targets are. A case is measured against the targets **in force
//! when it was opened** (the last targets change before its opening in the
//! agreed order, for its priority), so changing the targets never rewrites how
//! earlier cases did; the measures are kept on each case
//! (`hours::measures`, migration 10) and the reports read them by one index
//! range and only count.
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

mod fairness;
mod ledgers;
mod period;
mod words;

use crate::msg;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use period::DateRange;
pub use words::minutes_words;

use crate::core::text::spreadsheet_safe;
use crate::core::{clock, text_enum, Error, Lang, Result, Store, Ts, Words};

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
            Cell::Text(t) => spreadsheet_safe(t),
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
    pub(super) fn new(key: &str, title: &str, columns: &[(&str, &str)]) -> ReportTable {
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
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::NonNumeric)
            .from_writer(Vec::new());
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

/// Runs one report as of `now` (what is "past due" and "still open" depends
/// on it), worded in the desk's language.
/// A report as `who` reads it: anyone may, unless the owner keeps the
/// reports to owners (see `staff::rights`).
pub fn run_as(store: &Store, who: &crate::staff::Actor, request: &ReportRequest, now: Ts) -> Result<Report> {
    store.check_right_as(who, crate::core::Right::Reports, crate::msg!("lead-reports"))?;
    run(store, request, now)
}

pub fn run(store: &Store, request: &ReportRequest, now: Ts) -> Result<Report> {
    run_in(store, request, now, store.lang()?)
}

/// Runs one report, worded in `lang`: its titles, column headings (the CSV's
/// too) and findings. Dates in it stay ISO (YYYY-MM-DD).
pub fn run_in(store: &Store, request: &ReportRequest, now: Ts, lang: Lang) -> Result<Report> {
    let week_starts = store.locale_settings()?.effective.first_weekday();
    let range = DateRange::parse(&request.from, &request.to)?.with_week_starting(week_starts);
    let now = clock::to_ms(now);
    let words = Words::of(lang);
    match request.name {
        ReportName::Fairness => fairness::fairness(store, &range, now, words),
        ReportName::Attainment => fairness::attainment(store, &range, now, words),
        ReportName::Promises => ledgers::promises(store, &range, now, words),
        ReportName::Escalations => ledgers::escalations(store, &range, words),
        ReportName::Complaints => ledgers::complaints(store, &range, words),
        ReportName::Satisfaction => ledgers::satisfaction(store, &range, words),
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

/// Writes one table of a report as a CSV file in `dir` (made if needed) and
/// returns the file's path. An existing file of the same name is replaced: it
/// holds the same report, over the same days, run earlier.
pub fn save_csv(
    store: &Store,
    request: &ReportRequest,
    table: &str,
    dir: &std::path::Path,
) -> Result<std::path::PathBuf> {
    let report = run(store, request, clock::now())?;
    let Some(t) = report.table(table) else {
        return Err(Error::invalid(
            "table",
            msg!("error-learn-report-has-no-table", name = report.name, table),
        ));
    };
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(msg!("error-learn-could-create-reports-folder", dir = dir.display()), e))?;
    let path = dir.join(format!("{}-{}-{}-to-{}.csv", report.name, t.key, report.from, report.to));
    let partial = path.with_extension("csv.partial");
    let written = std::fs::write(&partial, t.to_csv()).and_then(|()| std::fs::rename(&partial, &path));
    if let Err(e) = written {
        // Nothing half-written stays behind.
        let _ = std::fs::remove_file(&partial);
        return Err(Error::io(msg!("error-learn-could-save", path = path.display()), e));
    }
    Ok(path)
}

/// Where the app saves report tables: `reports/` beside the database.
pub fn reports_dir(db_path: &std::path::Path) -> std::path::PathBuf {
    db_path.parent().map(|p| p.join("reports")).unwrap_or_else(|| std::path::PathBuf::from("reports"))
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

#[cfg(test)]
mod tests {
    use super::period::periods;
    use super::*;
    use chrono::NaiveDate;

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
        let us = week.with_week_starting(chrono::Weekday::Sun);
        assert_eq!(
            periods(&us, Period::Week).first(),
            Some(&d("2026-11-01")),
            "where the locale starts weeks on Sunday, so do the report's weeks"
        );
        let choice =
            |region: &str| crate::staff::LocaleChoice { language: "en".into(), region: region.into() };
        assert_eq!(choice("en-US").first_weekday(), chrono::Weekday::Sun, "the US counts weeks from Sunday");
        assert_eq!(choice("en-GB").first_weekday(), chrono::Weekday::Mon, "Britain from Monday");
        assert_eq!(choice("nl-NL").first_weekday(), chrono::Weekday::Mon, "the Netherlands from Monday");
        let year = DateRange::new(d("2025-12-15"), d("2026-11-30")).unwrap();
        assert_eq!(periods(&year, Period::Month).len(), 12, "December to November is 12 months");
    }
}
