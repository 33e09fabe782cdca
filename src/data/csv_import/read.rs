//! Reading a spreadsheet: its delimiter, its columns and what each is taken
//! for, and every row checked with the counter's own rules.

use crate::msg;
use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use super::*;
use crate::core::validate::{NAME_MAX, NOTES_MAX, SHORT_MAX, SUBJECT_MAX};
use crate::core::Error;

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn check_size(text: &str) -> Result<()> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Error::invalid("text", msg!("error-data-file-mb-casebook-imports-up", value = text.len() >> 20, value2 = MAX_FILE_BYTES >> 20)));
    }
    if strip_bom(text).trim().is_empty() {
        return Err(Error::invalid("text", msg!("error-data-file-empty-choose-csv-file")));
    }
    Ok(())
}

/// The separator: whichever of comma, semicolon and tab the header line has
/// most of (spreadsheets in many countries save with semicolons).
pub fn sniff_delimiter(text: &str) -> u8 {
    let first = strip_bom(text).lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    [(b',', count(',')), (b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .max_by_key(|&(d, n)| (n, d == b','))
        .map(|(d, _)| d)
        .unwrap_or(b',')
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(text))
        .flexible(true)
        .has_headers(true)
        .from_reader(strip_bom(text).as_bytes())
}

fn csv_error(e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => Error::invalid("text", msg!("error-data-line-utf-8-text-your", line)),
        _ => Error::invalid("text", msg!("error-data-line-could-read-as-csv", line, detail = e)),
    }
}

fn headers(rdr: &mut csv::Reader<&[u8]>) -> Result<Vec<String>> {
    let headers: Vec<String> =
        rdr.headers().map_err(csv_error)?.iter().map(|h| h.trim().to_owned()).collect();
    if headers.iter().all(String::is_empty) {
        return Err(Error::invalid("text", msg!("error-data-first-line-has-no-column")));
    }
    Ok(headers)
}

/// Reads the header and the first rows, and guesses the mapping.
pub fn inspect(text: &str) -> Result<CsvInspection> {
    check_size(text)?;
    let delimiter = sniff_delimiter(text);
    let mut rdr = reader(text);
    let headers = headers(&mut rdr)?;
    let mut rows = 0u32;
    let mut sample = Vec::new();
    for record in rdr.records() {
        let record = record.map_err(csv_error)?;
        if is_blank(&record) {
            continue;
        }
        rows += 1;
        if sample.len() < 5 {
            sample.push(record.iter().map(str::to_owned).collect());
        }
    }
    let mut mapping: Vec<CsvField> = headers.iter().map(|h| guess(h)).collect();
    // Only one column can sensibly be the subject, status, etc.; a second guess
    // for those is dropped rather than joined.
    let mut seen = Vec::new();
    for field in mapping.iter_mut() {
        let single = !matches!(
            field,
            CsvField::Ignore | CsvField::Name | CsvField::Phone | CsvField::Email | CsvField::Notes
        );
        if single && seen.contains(field) {
            *field = CsvField::Ignore;
        }
        seen.push(*field);
    }
    Ok(CsvInspection {
        delimiter: match delimiter {
            b'\t' => "\t".into(),
            d => (d as char).to_string(),
        },
        headers,
        mapping,
        rows,
        sample,
    })
}

fn is_blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|f| f.trim().is_empty())
}

/// The field a header most likely names.
pub fn guess(header: &str) -> CsvField {
    let key: String = header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let exact = match key.as_str() {
        "name" | "customer" | "customername" | "fullname" | "contact" | "contactname" | "client"
        | "clientname" | "firstname" | "lastname" | "surname" | "givenname" | "familyname" | "requester"
        | "requestername" | "naam" | "nom" | "nombre" => CsvField::Name,
        "organisation" | "organization" | "company" | "companyname" | "business" | "org" | "account"
        | "accountname" | "bedrijf" => CsvField::Organisation,
        "segment" | "customersegment" | "customertype" | "tier" | "group" => CsvField::Segment,
        "notes" | "note" | "comments" | "comment" | "remarks" | "customernotes" => CsvField::Notes,
        "subject" | "title" | "summary" | "ticket" | "tickettitle" | "topic" | "issue" | "casesubject" => {
            CsvField::Subject
        }
        "channel" | "source" | "via" | "medium" => CsvField::Channel,
        "status" | "state" | "ticketstatus" | "casestatus" => CsvField::Status,
        "priority" | "urgency" => CsvField::Priority,
        "opened" | "openedat" | "created" | "createdat" | "createdon" | "date" | "opendate"
        | "datecreated" | "createddate" | "received" => CsvField::Opened,
        "message" | "description" | "body" | "details" | "problem" | "firstmessage" | "content"
        | "question" => CsvField::Message,
        _ => CsvField::Ignore,
    };
    if exact != CsvField::Ignore {
        return exact;
    }
    if key.contains("mail") {
        CsvField::Email
    } else if ["phone", "mobile", "tel", "cell", "gsm"].iter().any(|w| key.contains(w)) {
        CsvField::Phone
    } else {
        CsvField::Ignore
    }
}

fn parse_channel(raw: &str) -> Option<Channel> {
    let key: String = raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    Some(match key.as_str() {
        "" | "other" => Channel::Other,
        "walkin" | "visit" | "counter" | "instore" | "shop" | "inperson" => Channel::WalkIn,
        "phone" | "call" | "telephone" | "tel" => Channel::Phone,
        "email" | "mail" => Channel::Email,
        "chat" | "whatsapp" | "sms" | "text" | "message" | "web" | "webchat" => Channel::Chat,
        _ => return None,
    })
}

fn parse_status(raw: &str) -> Option<CaseStatus> {
    let key: String = raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    Some(match key.as_str() {
        "" | "open" | "new" | "active" | "inprogress" | "pending" => CaseStatus::Open,
        "waiting" | "waitingoncustomer" | "onhold" | "hold" | "awaitingcustomer" => CaseStatus::Waiting,
        "resolved" | "solved" | "done" | "fixed" => CaseStatus::Resolved,
        "closed" => CaseStatus::Closed,
        _ => return None,
    })
}

fn parse_priority(raw: &str) -> Option<Priority> {
    let key: String = raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    Some(match key.as_str() {
        "low" => Priority::Low,
        "" | "normal" | "medium" | "standard" => Priority::Normal,
        "high" => Priority::High,
        "urgent" | "critical" => Priority::Urgent,
        _ => return None,
    })
}

/// A date, or a date and time in the shop's time zone, or an RFC 3339 time.
pub fn parse_opened(raw: &str, tz: Tz) -> Option<Ts> {
    let raw = raw.trim();
    if let Ok(t) = clock::parse(raw) {
        return Some(t);
    }
    let local = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
        .or_else(|| NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(9, 0, 0)))?;
    let at = tz.from_local_datetime(&local).earliest()?;
    Some(clock::from_ms(at.timestamp_millis()))
}

/// Reads every row and checks it. Problems are listed per line; rows without
/// problems come back ready to write.
pub fn parse(text: &str, mapping: &[CsvField], tz: Tz, now: Ts) -> Result<(Vec<CsvRow>, Vec<CsvProblem>)> {
    check_size(text)?;
    let mut rdr = reader(text);
    let headers = headers(&mut rdr)?;
    if mapping.len() != headers.len() {
        return Err(Error::invalid("mapping", msg!("error-data-file-has-columns-but-were", headers = headers.len(), mapping = mapping.len())));
    }
    if !mapping.contains(&CsvField::Name) {
        return Err(Error::invalid("mapping", msg!("error-data-no-column-mapped-customer-s")));
    }
    let has_case = mapping.contains(&CsvField::Subject);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut last_line = 1;
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                // A broken quote makes the rest of the file unreadable.
                let line = e.position().map(|p| p.line() as u32).unwrap_or(0);
                problems.push(CsvProblem { line, message: csv_error(e).to_string() });
                break;
            }
        }
        if is_blank(&record) {
            continue;
        }
        let line = record.position().map(|p| p.line() as u32).unwrap_or(0);
        last_line = line;
        if record.len() > headers.len() {
            problems.push(CsvProblem {
                line,
                message: format!(
                    "It has {} values but the header has {} columns. A value with the separator in it needs quotes.",
                    record.len(),
                    headers.len()
                ),
            });
            continue;
        }
        match row(line, &record, &headers, mapping, has_case, tz, now) {
            Ok(r) => rows.push(r),
            Err(message) => problems.push(CsvProblem { line, message }),
        }
    }
    // A lenient reader takes an unclosed quote as a value running to the end of
    // the file; quotes come in pairs in any well-formed file, so say so instead.
    if strip_bom(text).bytes().filter(|&b| b == b'"').count() % 2 == 1 {
        let line = last_line;
        rows.retain(|r| r.line < line);
        problems.retain(|p| p.line < line);
        problems.push(CsvProblem {
            line,
            message: "A quote opened on this line is never closed, so the rest of the file would be read as one value. Close the quote, or remove it.".into(),
        });
    }
    if rows.is_empty() && problems.is_empty() {
        return Err(Error::invalid("text", msg!("error-data-file-has-header-but-no")));
    }
    Ok((rows, problems))
}

fn row(
    line: u32,
    record: &csv::StringRecord,
    headers: &[String],
    mapping: &[CsvField],
    has_case: bool,
    tz: Tz,
    now: Ts,
) -> std::result::Result<CsvRow, String> {
    let mut name = String::new();
    let mut phones = Vec::new();
    let mut emails = Vec::new();
    let mut notes = String::new();
    let (mut organisation, mut segment, mut subject, mut message) =
        (String::new(), String::new(), String::new(), String::new());
    let (mut channel, mut status, mut priority, mut opened) =
        (Channel::Other, CaseStatus::Open, Priority::Normal, None);
    let mut case_details = false;
    for (i, value) in record.iter().enumerate() {
        let value = value.trim();
        let column = &headers[i];
        let unknown = |what: &str, allowed: &str| {
            format!("Column \"{column}\": '{value}' is not a {what}. Use one of: {allowed}.")
        };
        match mapping[i] {
            CsvField::Ignore => {}
            CsvField::Name => {
                if !value.is_empty() {
                    if !name.is_empty() {
                        name.push(' ');
                    }
                    name.push_str(value);
                }
            }
            // One cell may hold several, separated as people do.
            CsvField::Phone => phones.extend(value.split([';', ',']).map(str::to_owned)),
            CsvField::Email => emails.extend(value.split([';', ',', ' ']).map(str::to_owned)),
            CsvField::Organisation => organisation = value.to_owned(),
            CsvField::Segment => segment = value.to_owned(),
            CsvField::Notes => {
                if !value.is_empty() {
                    if !notes.is_empty() {
                        notes.push('\n');
                    }
                    notes.push_str(value);
                }
            }
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
                        format!("Column \"{column}\": '{value}' is not a date. Use the form 2026-03-05 or 2026-03-05 14:30.")
                    })?;
                    if at > now {
                        return Err(format!("Column \"{column}\": {value} is in the future."));
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
        line,
        customer: NewCustomer { name, phones, emails, organisation, segment, notes },
        phones: checked_phones,
        emails: checked_emails,
        case,
    })
}
