//! Business calendars: the shop's time zone, weekly opening hours (any number of
//! intervals a day) and holidays, and arithmetic in business time.
//!
//! Opening hours are local wall-clock times. Each local date's open intervals are
//! turned into UTC instants with the shop's IANA zone, so a day with a
//! daylight-saving change has its real length: an interval across a spring-forward
//! gap is an hour shorter, one across a fall-back overlap an hour longer.
//!
//! All arithmetic works on Unix milliseconds. A due time may fall exactly on a
//! closing time ("due at 17:30"); it is never inside closed hours.

use crate::msg;
use std::collections::{HashMap, HashSet};

use chrono::{
    Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Weekday,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Result};

const MINUTE_MS: i64 = 60_000;

/// How far ahead a due time is searched for, at least; a sparse calendar with a
/// long target searches further (see [`Calendar::horizon_days`]).
const HORIZON_DAYS: i64 = 3 * 366;
/// Never search beyond this: a calendar whose holidays close every day.
const MAX_HORIZON_DAYS: i64 = 200 * 366;

/// One opening interval, local time, "HH:MM" (end may be "24:00").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OpenInterval {
    pub start: String,
    pub end: String,
}

impl OpenInterval {
    pub fn new(start: &str, end: &str) -> OpenInterval {
        OpenInterval { start: start.into(), end: end.into() }
    }
}

/// Opening hours for each day of the week. An empty list means closed. A day
/// spelt any other way ("Monday", "tuesdy") is refused by name, never read as
/// closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WeekHours {
    #[serde(default)]
    pub monday: Vec<OpenInterval>,
    #[serde(default)]
    pub tuesday: Vec<OpenInterval>,
    #[serde(default)]
    pub wednesday: Vec<OpenInterval>,
    #[serde(default)]
    pub thursday: Vec<OpenInterval>,
    #[serde(default)]
    pub friday: Vec<OpenInterval>,
    #[serde(default)]
    pub saturday: Vec<OpenInterval>,
    #[serde(default)]
    pub sunday: Vec<OpenInterval>,
}

impl WeekHours {
    fn days(&self) -> [(&'static str, &Vec<OpenInterval>); 7] {
        [
            ("Monday", &self.monday),
            ("Tuesday", &self.tuesday),
            ("Wednesday", &self.wednesday),
            ("Thursday", &self.thursday),
            ("Friday", &self.friday),
            ("Saturday", &self.saturday),
            ("Sunday", &self.sunday),
        ]
    }
}

/// A day the shop is closed: once (`yearly: false`) or every year on that date
/// from its year on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    /// YYYY-MM-DD. For a yearly holiday the year is that of its first occurrence.
    pub date: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub yearly: bool,
}

/// The calendar as people write it, and as the app and the CLI export and import
/// it (JSON). See the README for an example.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CalendarSpec {
    /// An IANA time zone, e.g. "Europe/Amsterdam".
    pub time_zone: String,
    pub week: WeekHours,
    #[serde(default)]
    pub holidays: Vec<Holiday>,
}

impl CalendarSpec {
    /// Weekdays 09:00-17:30, Saturday 10:00-16:00, Sunday closed.
    pub fn default_for(time_zone: &str) -> CalendarSpec {
        let weekday = vec![OpenInterval::new("09:00", "17:30")];
        CalendarSpec {
            time_zone: time_zone.into(),
            week: WeekHours {
                monday: weekday.clone(),
                tuesday: weekday.clone(),
                wednesday: weekday.clone(),
                thursday: weekday.clone(),
                friday: weekday,
                saturday: vec![OpenInterval::new("10:00", "16:00")],
                sunday: vec![],
            },
            holidays: vec![],
        }
    }

    /// Open around the clock, every day, in UTC: handy for tests and scripts.
    pub fn always_open() -> CalendarSpec {
        let all = vec![OpenInterval::new("00:00", "24:00")];
        CalendarSpec {
            time_zone: "UTC".into(),
            week: WeekHours {
                monday: all.clone(),
                tuesday: all.clone(),
                wednesday: all.clone(),
                thursday: all.clone(),
                friday: all.clone(),
                saturday: all.clone(),
                sunday: all,
            },
            holidays: vec![],
        }
    }

    pub fn from_json(text: &str) -> Result<CalendarSpec> {
        serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            let unknown = message
                .strip_prefix("unknown field `")
                .and_then(|rest| rest.split_once('`'))
                .map(|(name, _)| name.to_owned());
            Error::invalid(
                "calendar",
                match unknown {
                    Some(name) => msg!("error-hours-calendar-file-names-which-part", name),
                    None => msg!("error-hours-calendar-file-valid-see-readme", detail = e),
                },
            )
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The system's time zone, for a new shop's default calendar.
/// The computer's time zone: `TZ` when it names an IANA zone (as a shell or
/// a script sets it, `Europe/Amsterdam` or `:Europe/Amsterdam`), else the
/// system's setting, else UTC.
pub fn system_time_zone() -> String {
    let from_env = std::env::var("TZ").ok().map(|tz| tz.trim_start_matches(':').to_owned());
    from_env
        .filter(|tz| tz.parse::<Tz>().is_ok())
        .or_else(|| iana_time_zone::get_timezone().ok().filter(|tz| tz.parse::<Tz>().is_ok()))
        .unwrap_or_else(|| "UTC".into())
}

/// Every IANA zone name, for the settings screen.
pub fn time_zones() -> Vec<&'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect()
}

/// A checked calendar, ready for arithmetic.
#[derive(Clone, Debug)]
pub struct Calendar {
    spec: CalendarSpec,
    tz: Tz,
    /// Open intervals in minutes after local midnight, Monday first.
    week: [Vec<(u32, u32)>; 7],
    one_off: HashSet<NaiveDate>,
    /// Yearly holidays by (month, day), with the first year they count.
    yearly: HashMap<(u32, u32), i32>,
    /// Open time in an ordinary week, ignoring holidays and daylight saving.
    week_open_ms: i64,
}

fn parse_time(text: &str, day: &str) -> Result<u32> {
    let bad = || Error::invalid("calendar", msg!("error-hours-time-use-24-hour-hh", day, text));
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m > 59 || h > 24 || (h == 24 && m != 0) || text.trim().len() != 5 {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

pub(crate) fn parse_date(text: &str, what: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid("calendar", msg!("error-hours-date-use-yyyy-mm-dd", what, text)))
}

impl Calendar {
    /// Checks a calendar: a known time zone, intervals that are neither inverted
    /// nor overlapping, valid holiday dates, and at least some open hours.
    pub fn new(spec: CalendarSpec) -> Result<Calendar> {
        let tz: Tz = spec.time_zone.trim().parse().map_err(|_| {
            Error::invalid(
                "calendar",
                msg!("error-hours-time-zone-casebook-knows-use", time_zone = spec.time_zone),
            )
        })?;
        let mut week: [Vec<(u32, u32)>; 7] = Default::default();
        for (i, (day, intervals)) in spec.week.days().into_iter().enumerate() {
            let mut list = Vec::with_capacity(intervals.len());
            for iv in intervals {
                let (s, e) = (parse_time(&iv.start, day)?, parse_time(&iv.end, day)?);
                if s >= e {
                    return Err(Error::invalid(
                        "calendar",
                        msg!(
                            "error-hours-ends-before-starts-swap-times",
                            day,
                            start = iv.start,
                            end = iv.end
                        ),
                    ));
                }
                list.push((s, e));
            }
            list.sort_unstable();
            for pair in list.windows(2) {
                if pair[1].0 < pair[0].1 {
                    return Err(Error::invalid(
                        "calendar",
                        msg!(
                            "error-hours-overlaps-make-them-one-interval",
                            day,
                            value = hhmm(pair[0].0),
                            value2 = hhmm(pair[0].1),
                            value3 = hhmm(pair[1].0),
                            value4 = hhmm(pair[1].1)
                        ),
                    ));
                }
            }
            // Back-to-back intervals (09:00-12:00, 12:00-17:00) are one stretch.
            let mut merged: Vec<(u32, u32)> = Vec::with_capacity(list.len());
            for (s, e) in list {
                match merged.last_mut() {
                    Some(last) if last.1 == s => last.1 = e,
                    _ => merged.push((s, e)),
                }
            }
            week[i] = merged;
        }
        if week.iter().all(Vec::is_empty) {
            return Err(Error::invalid("calendar", msg!("error-hours-calendar-has-no-open-hours")));
        }
        let mut one_off = HashSet::new();
        let mut yearly: HashMap<(u32, u32), i32> = HashMap::new();
        for h in &spec.holidays {
            let what =
                if h.name.trim().is_empty() { "Holiday".to_owned() } else { format!("Holiday '{}'", h.name) };
            let date = parse_date(&h.date, &what)?;
            if h.yearly {
                let first = yearly.entry((date.month(), date.day())).or_insert(date.year());
                *first = (*first).min(date.year());
            } else {
                one_off.insert(date);
            }
        }
        let week_open_ms = week.iter().flatten().map(|&(s, e)| i64::from(e - s) * MINUTE_MS).sum();
        Ok(Calendar { spec, tz, week, one_off, yearly, week_open_ms })
    }

    pub fn spec(&self) -> &CalendarSpec {
        &self.spec
    }

    pub fn tz(&self) -> Tz {
        self.tz
    }

    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.one_off.contains(&date)
            || self.yearly.get(&(date.month(), date.day())).is_some_and(|first| date.year() >= *first)
    }

    /// The opening hours on a local date, as "HH:MM" pairs: none on a
    /// holiday or a closed day.
    pub fn hours_on(&self, date: NaiveDate) -> Vec<(String, String)> {
        if self.is_holiday(date) {
            return Vec::new();
        }
        let day = date.weekday().num_days_from_monday() as usize;
        self.week[day].iter().map(|(start, end)| (hhmm(*start), hhmm(*end))).collect()
    }

    /// The name of the holiday on `date`, if it is one ("" when unnamed).
    pub fn holiday_name(&self, date: NaiveDate) -> Option<String> {
        if !self.is_holiday(date) {
            return None;
        }
        self.spec
            .holidays
            .iter()
            .find(|h| match parse_date(&h.date, "") {
                Ok(d) if h.yearly => {
                    (d.month(), d.day()) == (date.month(), date.day()) && date.year() >= d.year()
                }
                Ok(d) => d == date,
                Err(_) => false,
            })
            .map(|h| h.name.trim().to_owned())
    }

    /// The shop's local date at an instant.
    pub fn local_date(&self, ms: i64) -> NaiveDate {
        self.tz.timestamp_millis_opt(ms).single().map(|t| t.date_naive()).unwrap_or_default()
    }

    /// Local midnight at the start of `date`, as an instant.
    pub fn start_of(&self, date: NaiveDate) -> i64 {
        self.instant(date.and_time(NaiveTime::MIN), false)
    }

    /// A local wall-clock time as a UTC instant. In a spring-forward gap the time
    /// does not exist and is read with the offset from before the change, so it
    /// moves forward by the gap (02:30 becomes 03:30), as most calendar software
    /// does; in a fall-back
    /// overlap an opening takes the earlier instant and a closing the later one,
    /// so the interval keeps its real length.
    fn instant(&self, local: NaiveDateTime, closing: bool) -> i64 {
        match self.tz.from_local_datetime(&local) {
            LocalResult::Single(t) => t.timestamp_millis(),
            LocalResult::Ambiguous(early, late) => {
                if closing {
                    late.timestamp_millis()
                } else {
                    early.timestamp_millis()
                }
            }
            LocalResult::None => {
                // Read the wall time with the offset in force just before the gap.
                let before = self
                    .tz
                    .from_local_datetime(&(local - Duration::hours(3)))
                    .earliest()
                    .map(|t| t.offset().fix().local_minus_utc())
                    .unwrap_or(0);
                local.and_utc().timestamp_millis() - i64::from(before) * 1000
            }
        }
    }

    /// The open periods of one local date, as UTC millisecond ranges, in order.
    fn periods(&self, date: NaiveDate) -> impl Iterator<Item = (i64, i64)> + '_ {
        let closed = self.is_holiday(date);
        let day = &self.week[date.weekday().num_days_from_monday() as usize];
        day.iter().filter(move |_| !closed).map(move |&(s, e)| {
            let at = |minutes: u32| {
                if minutes == 24 * 60 {
                    (date + Duration::days(1)).and_time(NaiveTime::MIN)
                } else {
                    date.and_time(
                        NaiveTime::from_num_seconds_from_midnight_opt(minutes * 60, 0)
                            .unwrap_or(NaiveTime::MIN),
                    )
                }
            };
            (self.instant(at(s), false), self.instant(at(e), true))
        })
    }

    /// The open periods from local date `first` on, in order and never
    /// overlapping in real time: where a fall-back night makes two local
    /// intervals share real time (00:00-01:30 and 01:45-03:00 on a night the
    /// clocks go back), that time counts once.
    fn stretches(&self, first: NaiveDate, days: i64) -> impl Iterator<Item = (i64, i64)> + '_ {
        let mut covered = i64::MIN;
        (0..days).flat_map(move |d| self.periods(first + Duration::days(d))).filter_map(move |(a, b)| {
            let a = a.max(covered);
            covered = covered.max(b);
            (a < b).then_some((a, b))
        })
    }

    /// `ms` milliseconds of business time after `start`. `None` if the calendar
    /// has no open hours in the time searched (see [`Calendar::add_ms_checked`]).
    pub fn add_ms(&self, start: i64, ms: i64) -> Option<i64> {
        let mut remaining = ms.max(0);
        // Start a day early: a period that began yesterday (local) may still run.
        let first = self.local_date(start) - Duration::days(1);
        for (a, b) in self.stretches(first, self.horizon_days(remaining)) {
            let from = a.max(start);
            if from >= b {
                continue;
            }
            let available = b - from;
            if remaining <= available {
                return Some(from + remaining);
            }
            remaining -= available;
        }
        None
    }

    /// As [`Calendar::add_ms`], saying why there is no answer: the calendar has
    /// no open hours for years ahead, or the duration is more than the
    /// calendar is searched for.
    pub fn add_ms_checked(&self, start: i64, ms: i64) -> Result<i64> {
        match self.add_ms(start, ms) {
            Some(t) => Ok(t),
            None if self.add_ms(start, MINUTE_MS).is_some() => Err(Error::invalid(
                "minutes",
                msg!(
                    "error-hours-minutes-more-business-time-than",
                    minute_ms = ms / MINUTE_MS,
                    value = MAX_HORIZON_DAYS / 366
                ),
            )),
            None => Err(Error::invalid("calendar", msg!("error-hours-calendar-has-no-open-hours-2"))),
        }
    }

    /// Days to search for `ms` of business time: twice the weeks an ordinary week
    /// needs (holidays and short DST days take some), and at least three years.
    fn horizon_days(&self, ms: i64) -> i64 {
        let weeks = ms / self.week_open_ms.max(1) + 1;
        weeks.saturating_mul(14).clamp(HORIZON_DAYS, MAX_HORIZON_DAYS)
    }

    /// `minutes` of business time after `start`.
    pub fn add_minutes(&self, start: i64, minutes: i64) -> Option<i64> {
        self.add_ms(start, minutes.saturating_mul(MINUTE_MS))
    }

    /// Business time between two instants, in milliseconds (0 if `to <= from`).
    pub fn between_ms(&self, from: i64, to: i64) -> i64 {
        if to <= from {
            return 0;
        }
        let first = self.local_date(from) - Duration::days(1);
        let days = (self.local_date(to) - first).num_days() + 1;
        self.stretches(first, days)
            .map(|(a, b)| {
                let (s, e) = (a.max(from), b.min(to));
                (e - s).max(0)
            })
            .sum()
    }

    /// The shop's open days after the local date of `from`, up to and
    /// including that of `to` (0 when `to` is the same day or earlier): how
    /// many shop days away `to` is. Counted up to a year ahead.
    pub fn open_days_between(&self, from: i64, to: i64) -> u32 {
        let (first, last) = (self.local_date(from), self.local_date(to));
        let days = (last - first).num_days().clamp(0, 366);
        (1..=days).filter(|d| self.periods(first + Duration::days(*d)).next().is_some()).count() as u32
    }

    /// True when the shop is open at `t` (a closing instant counts as open: it
    /// is the last moment of business time).
    pub fn is_open(&self, t: i64) -> bool {
        let date = self.local_date(t);
        [date - Duration::days(1), date].into_iter().any(|d| self.periods(d).any(|(a, b)| a <= t && t <= b))
    }

    /// The name of the weekday a UTC instant falls on locally (for messages).
    pub fn weekday(&self, ms: i64) -> Weekday {
        self.local_date(ms).weekday()
    }
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
