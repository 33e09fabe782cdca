//! Holidays from an iCalendar (.ics) file, such as the public-holiday calendars
//! governments and calendar apps publish. Only what a holiday needs is read: the
//! date (or dates) of each event, its name, and whether it repeats every year.

use crate::msg;
use chrono::{Duration, NaiveDate};

use super::calendar::Holiday;
use crate::{Error, Result};

/// More than this is not a holiday calendar.
const MAX_HOLIDAYS: usize = 5_000;
/// A multi-day event (a two-week summer closure) is expanded day by day, up to this.
const MAX_EVENT_DAYS: i64 = 62;

fn bad(line: usize, why: impl std::fmt::Display) -> Error {
    Error::invalid("ics", msg!("error-hours-ics-file-could-read-line", line, why))
}

/// Unfolds continuation lines (RFC 5545 §3.1), keeping each line's number.
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = line.strip_prefix([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push_str(rest);
                continue;
            }
        }
        out.push((i + 1, line.to_owned()));
    }
    out
}

fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push(' '),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// The date part of a DTSTART/DTEND value: `20261225` or `20261225T090000Z`.
fn parse_date(value: &str, line: usize, what: &str) -> Result<NaiveDate> {
    let digits = value.trim().get(..8).unwrap_or("");
    NaiveDate::parse_from_str(digits, "%Y%m%d")
        .map_err(|_| bad(line, format!("{what} '{value}' is not a date")))
}

#[derive(Default)]
struct Event {
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    summary: String,
    yearly: bool,
    line: usize,
}

/// Reads the holidays in an .ics file. All or nothing: any malformed event makes
/// the whole file fail, with the line number.
pub fn holidays_from_ics(text: &str) -> Result<Vec<Holiday>> {
    let lines = logical_lines(text);
    if !lines.iter().any(|(_, l)| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR")) {
        return Err(bad(1, "this is not an iCalendar file (no BEGIN:VCALENDAR)"));
    }
    let mut holidays = Vec::new();
    let mut current: Option<Event> = None;
    for (n, line) in &lines {
        let (n, line) = (*n, line.trim_end());
        let Some((name_params, value)) = line.split_once(':') else {
            if current.is_some() && !line.trim().is_empty() {
                return Err(bad(
                    n,
                    format!("'{}' is not a property", line.chars().take(40).collect::<String>()),
                ));
            }
            continue;
        };
        let name = name_params.split(';').next().unwrap_or("").to_ascii_uppercase();
        match (name.as_str(), current.as_mut()) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VEVENT") => {
                current = Some(Event { line: n, ..Event::default() });
            }
            ("BEGIN", Some(_)) if value.eq_ignore_ascii_case("VEVENT") => {
                return Err(bad(n, "an event starts inside another event (a missing END:VEVENT)"));
            }
            ("END", Some(_)) if value.eq_ignore_ascii_case("VEVENT") => {
                let event = current.take().unwrap_or_default();
                let start = event.start.ok_or_else(|| bad(event.line, "an event has no DTSTART date"))?;
                let end = event.end.unwrap_or(start + Duration::days(1));
                let days = (end - start).num_days().max(1);
                if days > MAX_EVENT_DAYS {
                    return Err(bad(
                        event.line,
                        format!(
                            "an event lasts {days} days; split closures longer than {MAX_EVENT_DAYS} days"
                        ),
                    ));
                }
                for d in 0..days {
                    holidays.push(Holiday {
                        date: (start + Duration::days(d)).format("%Y-%m-%d").to_string(),
                        name: event.summary.clone(),
                        yearly: event.yearly && days == 1,
                    });
                }
                if holidays.len() > MAX_HOLIDAYS {
                    return Err(bad(
                        n,
                        format!("more than {MAX_HOLIDAYS} holidays; is this really a holiday calendar?"),
                    ));
                }
            }
            ("END", None) if value.eq_ignore_ascii_case("VEVENT") => {
                return Err(bad(n, "END:VEVENT without a matching BEGIN:VEVENT"));
            }
            ("DTSTART", Some(e)) => e.start = Some(parse_date(value, n, "DTSTART")?),
            ("DTEND", Some(e)) => e.end = Some(parse_date(value, n, "DTEND")?),
            ("SUMMARY", Some(e)) => e.summary = unescape(value),
            ("RRULE", Some(e)) => {
                e.yearly = value.to_ascii_uppercase().split(';').any(|part| part == "FREQ=YEARLY");
            }
            _ => {}
        }
    }
    if let Some(open) = current {
        return Err(bad(open.line, "an event is never closed (no END:VEVENT)"));
    }
    if holidays.is_empty() {
        return Err(bad(lines.len().max(1), "the file contains no events"));
    }
    holidays.sort_by(|a, b| a.date.cmp(&b.date));
    holidays.dedup_by(|a, b| a.date == b.date && a.yearly == b.yearly);
    Ok(holidays)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Holidays//EN\r\n\
BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261226\r\nSUMMARY:Christmas\r\n  Day\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260803\r\nDTEND;VALUE=DATE:20260806\r\nSUMMARY:Summer closure\\, workshop\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTART:20260427T000000Z\r\nSUMMARY:King's Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn reads_dates_names_yearly_rules_and_multi_day_closures() {
        let h = holidays_from_ics(SAMPLE).unwrap();
        let summary: Vec<(&str, &str, bool)> =
            h.iter().map(|h| (h.date.as_str(), h.name.as_str(), h.yearly)).collect();
        assert_eq!(
            summary,
            [
                ("2026-04-27", "King's Day", false),
                ("2026-08-03", "Summer closure, workshop", false),
                ("2026-08-04", "Summer closure, workshop", false),
                ("2026-08-05", "Summer closure, workshop", false),
                ("2026-12-25", "Christmas Day", true),
            ],
            "folded lines, escapes, DTEND spans and FREQ=YEARLY are understood"
        );
    }

    #[test]
    fn malformed_files_fail_whole_with_a_line_number() {
        for (text, words) in [
            ("hello, not a calendar", "not an iCalendar file"),
            (
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026-13-45\nEND:VEVENT\nEND:VCALENDAR",
                "line 3: DTSTART",
            ),
            ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:No date\nEND:VEVENT\nEND:VCALENDAR", "no DTSTART"),
            ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261225\nEND:VCALENDAR", "never closed"),
            ("BEGIN:VCALENDAR\nEND:VCALENDAR", "no events"),
            (
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nDTEND:20270101\nEND:VEVENT\nEND:VCALENDAR",
                "lasts 365 days",
            ),
        ] {
            let err = holidays_from_ics(text).unwrap_err();
            assert!(err.to_string().contains(words), "expected '{words}' in: {err}");
        }
    }
}
