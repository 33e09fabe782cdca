//! Every row checked with the counter's own rules, each problem named by the
//! row number the spreadsheet shows and the column's heading.

use crate::msg;
use chrono_tz::Tz;

use super::table::{Row, Table};
use super::values::{clean, parse_channel, parse_opened, parse_priority, parse_status, quoted};
use super::{CsvCase, CsvField, CsvRow, RowProblem};
use crate::cases::{CaseStatus, Channel, Priority};
use crate::core::validate::{self, NAME_MAX, NOTES_MAX, SHORT_MAX, SUBJECT_MAX};
use crate::core::{Error, Msg, Result, Ts};
use crate::customers::NewCustomer;

/// Reads every row and checks it. Problems are listed per row; rows without
/// problems come back ready to write.
pub fn check_rows(
    table: &Table,
    mapping: &[CsvField],
    tz: Tz,
    now: Ts,
) -> Result<(Vec<CsvRow>, Vec<RowProblem>)> {
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
            problems.push(RowProblem {
                line: r.line,
                msg: msg!("csv-problem-too-wide", values = r.cells.len(), columns = table.headings.len()),
            });
            continue;
        }
        match row(r, &table.headings, mapping, has_case, tz, now) {
            Ok(row) => rows.push(row),
            Err(msg) => problems.push(RowProblem { line: r.line, msg }),
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
) -> std::result::Result<CsvRow, Msg> {
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
            msg!("csv-problem-unknown", column, value = quoted(value), what, allowed)
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
                    let at = parse_opened(value, tz)
                        .ok_or_else(|| msg!("csv-problem-not-a-date", column, value = quoted(value)))?;
                    if at > now {
                        return Err(msg!("csv-problem-in-future", column, value = quoted(value)));
                    }
                    opened = Some(at);
                }
            }
        }
    }
    let why = |e: Error| e.msg();
    let name = validate::required_line(&name, "name", msg!("label-customer-name"), NAME_MAX).map_err(why)?;
    let checked_phones = validate::phones(&phones).map_err(why)?;
    let checked_emails = validate::emails(&emails).map_err(why)?;
    let phones: Vec<String> = checked_phones.iter().map(|p| p.display.clone()).collect();
    let emails: Vec<String> = checked_emails.iter().map(|e| e.display.clone()).collect();
    let organisation =
        validate::optional_line(&organisation, "organisation", msg!("label-organisation"), SHORT_MAX)
            .map_err(why)?;
    let segment =
        validate::optional_line(&segment, "segment", msg!("label-segment"), SHORT_MAX).map_err(why)?;
    let notes = validate::optional_text(&notes, "notes", msg!("label-notes"), NOTES_MAX).map_err(why)?;
    let case = if has_case && !subject.is_empty() {
        let subject =
            validate::required_line(&subject, "subject", msg!("label-subject"), SUBJECT_MAX).map_err(why)?;
        let message = match message.is_empty() {
            true => None,
            false => Some(
                validate::required_text(&message, "message", msg!("label-message"), validate::BODY_MAX)
                    .map_err(why)?,
            ),
        };
        Some(CsvCase { subject, channel, status, priority, opened, message })
    } else if case_details {
        return Err(msg!("csv-problem-case-without-subject"));
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
