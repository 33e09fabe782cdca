//! Every row checked with the counter's own rules, each problem named by the
//! row number the spreadsheet shows and the column's heading.

use crate::msg;
use chrono_tz::Tz;

use super::table::{Row, Table};
use super::values::{clean, parse_channel, parse_opened, parse_priority, parse_status, quoted};
use super::{CsvCase, CsvField, CsvProblem, CsvRow};
use crate::cases::{CaseStatus, Channel, Priority};
use crate::core::validate::{self, NAME_MAX, NOTES_MAX, SHORT_MAX, SUBJECT_MAX};
use crate::core::{Error, Result, Ts};
use crate::customers::NewCustomer;

/// Reads every row and checks it. Problems are listed per row; rows without
/// problems come back ready to write.
pub fn check_rows(
    table: &Table,
    mapping: &[CsvField],
    tz: Tz,
    now: Ts,
) -> Result<(Vec<CsvRow>, Vec<CsvProblem>)> {
    if !mapping.contains(&CsvField::Name) {
        return Err(Error::invalid("mapping", msg!("error-data-no-column-taken-customer-s")));
    }
    let has_case = mapping.contains(&CsvField::Subject);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for r in &table.rows {
        if r.cells.len() > table.headings.len()
            && r.cells[table.headings.len()..].iter().any(|c| !c.trim().is_empty())
        {
            problems.push(CsvProblem {
                line: r.line,
                message: format!(
                    "It has {} values but the heading row has {} columns. A value with the separator in it needs quotes.",
                    r.cells.len(),
                    table.headings.len()
                ),
            });
            continue;
        }
        match row(r, &table.headings, mapping, has_case, tz, now) {
            Ok(row) => rows.push(row),
            Err(message) => problems.push(CsvProblem { line: r.line, message }),
        }
    }
    problems.extend(table.problems.iter().cloned());
    problems.sort_by_key(|p| p.line);
    if rows.is_empty() && problems.is_empty() {
        return Err(Error::invalid("file", msg!("error-data-file-has-headings-but-no")));
    }
    Ok((rows, problems))
}

fn join(into: &mut String, value: &str, separator: char) {
    if !value.is_empty() {
        if !into.is_empty() {
            into.push(separator);
        }
        into.push_str(value);
    }
}

fn row(
    r: &Row,
    headings: &[String],
    mapping: &[CsvField],
    has_case: bool,
    tz: Tz,
    now: Ts,
) -> std::result::Result<CsvRow, String> {
    let (mut name, mut notes, mut organisation, mut segment) =
        (String::new(), String::new(), String::new(), String::new());
    let (mut phones, mut emails) = (Vec::new(), Vec::new());
    let (mut subject, mut message) = (String::new(), String::new());
    let (mut channel, mut status, mut priority, mut opened) =
        (Channel::Other, CaseStatus::Open, Priority::Normal, None);
    let mut case_details = false;
    for (i, raw) in r.cells.iter().enumerate().take(headings.len()) {
        let value = clean(raw);
        let column = &headings[i];
        let unknown = |what: &str, allowed: &str| {
            format!("Column \"{column}\": '{}' is not a {what}. Use one of: {allowed}.", quoted(value))
        };
        match mapping[i] {
            CsvField::Ignore => {}
            CsvField::Name => join(&mut name, value, ' '),
            // One cell may hold several, separated as people do.
            CsvField::Phone => phones.extend(value.split([';', ',', '/']).map(|p| clean(p).to_owned())),
            CsvField::Email => emails.extend(value.split([';', ',', ' ']).map(|e| clean(e).to_owned())),
            CsvField::Organisation => organisation = value.to_owned(),
            CsvField::Segment => segment = value.to_owned(),
            CsvField::Notes => join(&mut notes, value, '\n'),
            CsvField::Subject => subject = value.to_owned(),
            CsvField::Message => {
                case_details |= !value.is_empty();
                message = value.to_owned();
            }
            CsvField::Channel => {
                case_details |= !value.is_empty();
                channel = parse_channel(value)
                    .ok_or_else(|| unknown("channel", "walk-in, phone, email, chat, other"))?;
            }
            CsvField::Status => {
                case_details |= !value.is_empty();
                status = parse_status(value)
                    .ok_or_else(|| unknown("status", "open, waiting, resolved, closed"))?;
            }
            CsvField::Priority => {
                case_details |= !value.is_empty();
                priority =
                    parse_priority(value).ok_or_else(|| unknown("priority", "low, normal, high, urgent"))?;
            }
            CsvField::Opened => {
                if !value.is_empty() {
                    case_details = true;
                    let at = parse_opened(value, tz).ok_or_else(|| {
                        format!(
                            "Column \"{column}\": '{}' is not a date. Use the form 2026-03-05, 05-03-2026 or 2026-03-05 14:30.",
                            quoted(value)
                        )
                    })?;
                    if at > now {
                        return Err(format!("Column \"{column}\": {} is in the future.", quoted(value)));
                    }
                    opened = Some(at);
                }
            }
        }
    }
    let msg = |e: Error| e.to_string();
    let name = validate::required_line(&name, "name", "Customer name", NAME_MAX).map_err(msg)?;
    let checked_phones = validate::phones(&phones).map_err(msg)?;
    let checked_emails = validate::emails(&emails).map_err(msg)?;
    let phones: Vec<String> = checked_phones.iter().map(|p| p.display.clone()).collect();
    let emails: Vec<String> = checked_emails.iter().map(|e| e.display.clone()).collect();
    let organisation =
        validate::optional_line(&organisation, "organisation", "Organisation", SHORT_MAX).map_err(msg)?;
    let segment = validate::optional_line(&segment, "segment", "Segment", SHORT_MAX).map_err(msg)?;
    let notes = validate::optional_text(&notes, "notes", "Notes", NOTES_MAX).map_err(msg)?;
    let case = if has_case && !subject.is_empty() {
        let subject = validate::required_line(&subject, "subject", "Subject", SUBJECT_MAX).map_err(msg)?;
        let message = match message.is_empty() {
            true => None,
            false => Some(
                validate::required_text(&message, "message", "Message", validate::BODY_MAX).map_err(msg)?,
            ),
        };
        Some(CsvCase { subject, channel, status, priority, opened, message })
    } else if case_details {
        return Err(
            "This row has case details but no subject. Add a subject, or clear the case columns.".into()
        );
    } else {
        None
    };
    Ok(CsvRow {
        line: r.line,
        customer: NewCustomer { name, phones, emails, organisation, segment, notes },
        phones: checked_phones,
        emails: checked_emails,
        case,
    })
}
