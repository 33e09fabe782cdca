//! The days a report covers and the periods its rows are grouped by.

use crate::msg;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::Period;
use crate::core::{Error, Result};
use crate::hours::Calendar;

/// Whole days, `from` to `to` inclusive, and the day a week starts on when
/// the rows are grouped by week (the shop's locale: Monday in Europe, Sunday in
/// the US).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub week_starts: Weekday,
}

/// Ten years is the longest range a report covers.
const MAX_DAYS: i64 = 3_660;

fn parse_date(text: &str, field: &'static str, label: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(field, msg!("error-learn-date-date-write-as-yyyy", label, text = text.trim()))
    })
}

impl DateRange {
    pub fn parse(from: &str, to: &str) -> Result<DateRange> {
        DateRange::new(parse_date(from, "from", "start")?, parse_date(to, "to", "end")?)
    }

    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<DateRange> {
        if to < from {
            return Err(Error::invalid("to", msg!("error-learn-report-ends-but-starts-pick", to, from)));
        }
        if (to - from).num_days() >= MAX_DAYS {
            return Err(Error::invalid("to", msg!("error-learn-report-covers-most-ten-years")));
        }
        Ok(DateRange { from, to, week_starts: Weekday::Mon })
    }

    /// The same days, with weeks starting on `day`.
    pub fn with_week_starting(self, day: Weekday) -> DateRange {
        DateRange { week_starts: day, ..self }
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
    pub fn instants(&self, cal: &Calendar) -> (i64, i64) {
        (cal.start_of(self.from), cal.start_of(self.to + Duration::days(1)))
    }
}

pub fn period_start(period: Period, date: NaiveDate, week_starts: Weekday) -> NaiveDate {
    match period {
        Period::Day => date,
        Period::Week => date - Duration::days(i64::from(date.weekday().days_since(week_starts))),
        Period::Month => date.with_day(1).unwrap_or(date),
    }
}

/// Every period the range touches, in order, labelled by its first day.
pub fn periods(range: &DateRange, period: Period) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut date = period_start(period, range.from, range.week_starts);
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
pub struct Buckets<T> {
    starts: Vec<NaiveDate>,
    period: Period,
    week_starts: Weekday,
    items: Vec<T>,
}

impl<T: Default + Clone> Buckets<T> {
    pub fn new(range: &DateRange) -> Self {
        let period = range.period();
        let starts = periods(range, period);
        let items = vec![T::default(); starts.len()];
        Buckets { starts, period, week_starts: range.week_starts, items }
    }

    pub fn at(&mut self, cal: &Calendar, ms: i64) -> Option<&mut T> {
        let start = period_start(self.period, cal.local_date(ms), self.week_starts);
        let i = self.starts.binary_search(&start).ok()?;
        self.items.get_mut(i)
    }

    pub fn rows(&self) -> impl Iterator<Item = (String, &T)> {
        self.starts.iter().map(|d| d.format("%Y-%m-%d").to_string()).zip(self.items.iter())
    }
}
