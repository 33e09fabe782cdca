//! Customers and cases from a CSV file: a spreadsheet, or another help desk's
//! export.
//!
//! Three steps, each one a function the app and the CLI share:
//! 1. [`inspect`] reads the header, guesses which column holds what, and shows
//!    the first rows, so a person can correct the mapping.
//! 2. [`run`] with `commit = false` checks every row against the same rules as
//!    the counter, matches existing customers by phone or email, and reports
//!    what an import would do and every problem by line number. Nothing is
//!    written.
//! 3. [`run`] with `commit = true` does the same and writes it, all in one
//!    transaction: a file with any problem writes nothing.

mod read;
mod write;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use read::{guess, inspect, parse, parse_opened, sniff_delimiter};
pub use write::write_rows;

use crate::cases::{CaseStatus, Channel, Priority};
use crate::core::validate;
use crate::core::{clock, text_enum, Ctx, Id, Result, Store, Ts};
use crate::customers::NewCustomer;

/// Larger files are refused before parsing: split them.
pub const MAX_FILE_BYTES: usize = 50 << 20;
/// How many problems a report lists (the count covers all of them).
pub const MAX_PROBLEMS: usize = 50;
/// How many rows the preview shows.
pub const SAMPLE_ROWS: usize = 20;

text_enum!(
    /// What a CSV column holds. Several columns may map to the same field: two
    /// name columns (first and last) are joined with a space, several phone or
    /// email columns each add a contact, several note columns add lines.
    CsvField {
        Ignore => "ignore",
        Name => "name",
        Phone => "phone",
        Email => "email",
        Organisation => "organisation",
        Segment => "segment",
        Notes => "notes",
        Subject => "subject",
        Channel => "channel",
        Status => "status",
        Priority => "priority",
        Opened => "opened",
        Message => "message",
    }
);

/// A first look at a file: its columns, a guessed mapping, the first rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvInspection {
    /// The separator found: `,`, `;` or a tab.
    pub delimiter: String,
    pub headers: Vec<String>,
    /// One field per header, guessed from the header's words.
    pub mapping: Vec<CsvField>,
    /// Data rows (the header not counted).
    pub rows: u32,
    pub sample: Vec<Vec<String>>,
}

/// A file and how its columns map, for a preview or an import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvRequest {
    pub text: String,
    pub mapping: Vec<CsvField>,
}

/// Something wrong with one line (line 1 is the header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvProblem {
    pub line: u32,
    pub message: String,
}

/// One row as it would be imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvRowPreview {
    pub line: u32,
    pub name: String,
    pub contact: String,
    /// The customer this row was matched to, by phone or email, if any.
    pub existing: Option<String>,
    /// The case this row opens, if any.
    pub subject: Option<String>,
}

/// What an import did, or would do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvReport {
    pub rows: u32,
    pub new_customers: u32,
    /// Rows that belong to a customer already known (in the database, or
    /// earlier in the file), matched by phone or email.
    pub matched_customers: u32,
    pub cases: u32,
    /// Every problem found, up to [`MAX_PROBLEMS`]; `problem_count` has them all.
    pub problems: Vec<CsvProblem>,
    pub problem_count: u32,
    pub sample: Vec<CsvRowPreview>,
    /// Whether the rows were written. Never true when there are problems.
    pub imported: bool,
}

/// A row that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    pub line: u32,
    pub customer: NewCustomer,
    /// The customer's contacts as checked, with the keys they are matched on.
    pub phones: Vec<validate::Phone>,
    pub emails: Vec<validate::Email>,
    pub case: Option<CsvCase>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvCase {
    pub subject: String,
    pub channel: Channel,
    pub status: CaseStatus,
    pub priority: Priority,
    pub opened: Option<Ts>,
    pub message: Option<String>,
}

/// Checks a file and, with `commit`, imports it. A file with any problem is
/// reported and nothing is written; a preview (`commit = false`) runs the whole
/// import in a transaction that is rolled back, so its counts are exact.
pub fn run(store: &mut Store, ctx: &Ctx, request: &CsvRequest, commit: bool) -> Result<CsvReport> {
    let tz = store.sla_settings()?.calendar.tz();
    let (rows, problems) = parse(&request.text, &request.mapping, tz, clock::now())?;
    if !problems.is_empty() {
        let count = problems.len();
        return Ok(CsvReport {
            rows: (rows.len() + problems.len()) as u32,
            new_customers: 0,
            matched_customers: 0,
            cases: 0,
            problem_count: count as u32,
            problems: problems.into_iter().take(MAX_PROBLEMS).collect(),
            sample: Vec::new(),
            imported: false,
        });
    }
    // A big file is one big transaction: a larger page cache keeps it from
    // spilling half-written pages to the log. Put back afterwards.
    let big = rows.len() > 1_000;
    if big {
        store.connection().execute_batch("PRAGMA cache_size = -262144")?;
    }
    let result = if commit {
        store.write(|w| write_rows(w, ctx, &rows)).map(|mut report| {
            report.imported = true;
            report
        })
    } else {
        store.rehearse(|w| write_rows(w, ctx, &rows))
    };
    if big {
        store.connection().execute_batch("PRAGMA cache_size = -16000")?;
    }
    result
}
