//! Customers and cases from a spreadsheet: a CSV or text file as Excel, Numbers,
//! LibreOffice or Google Sheets save it (in whatever encoding and separator),
//! an .xlsx or .ods workbook, or another help desk's or shop system's export.
//!
//! Three steps, each one a function the app and the CLI share:
//! 1. [`inspect`] reads the file as a table ([`decode`]: its format and
//!    encoding; [`table`]: its separator, heading row and row numbers), says
//!    what each column is taken for ([`headings`]) and shows the first rows,
//!    so a person can correct any of it.
//! 2. [`run`] with `commit = false` checks every row with the counter's own
//!    rules ([`rows`]), matches existing customers by phone or email, and
//!    reports what an import would do and every problem by the row number the
//!    spreadsheet shows. Nothing is written.
//! 3. [`run`] with `commit = true` does the same and writes it, all in one
//!    transaction ([`write`]): a file with any problem writes nothing.

pub mod decode;
pub mod headings;
mod rows;
pub mod table;
mod values;
mod write;

use crate::msg;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use decode::{decode, Decoded, ENCODINGS};
pub use headings::guess;
pub use rows::check_rows;
pub use table::Table;
pub use values::parse_opened;
pub use write::write_rows;

use crate::cases::{CaseStatus, Channel, Priority};
use crate::core::validate;
use crate::core::{clock, text_enum, Ctx, Error, Result, Store, Ts};
use crate::customers::NewCustomer;

/// Larger files are refused before they are read: split them.
pub const MAX_FILE_BYTES: usize = 50 << 20;
/// How many problems a report lists (the count covers all of them).
pub const MAX_PROBLEMS: usize = 50;
/// How many rows the preview shows.
pub const SAMPLE_ROWS: usize = 20;

text_enum!(
    /// What a column holds. Several columns may map to the same field: two
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

/// A spreadsheet file as the person picked it, and how to read it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvSource {
    /// The file's name, for messages; never used as a path.
    #[serde(default)]
    pub name: String,
    /// The file's bytes, base64.
    pub data: String,
    /// The text encoding to read it in (a label such as `windows-1252`);
    /// leave out to detect it.
    #[ts(optional)]
    #[serde(default)]
    pub encoding: Option<String>,
    /// The row that holds the column headings (1 is the first row); leave out
    /// to find it.
    #[ts(optional)]
    #[serde(default)]
    pub header_row: Option<u32>,
    /// For a workbook: the sheet to read; leave out for the first.
    #[ts(optional)]
    #[serde(default)]
    pub sheet: Option<String>,
}

impl CsvSource {
    /// A file's bytes, as the screen sends them.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> CsvSource {
        use base64::Engine;
        CsvSource {
            name: name.to_owned(),
            data: base64::engine::general_purpose::STANDARD.encode(bytes),
            ..CsvSource::default()
        }
    }

    /// Text typed or generated (UTF-8), for scripts and tests.
    pub fn from_text(text: &str) -> CsvSource {
        CsvSource::from_bytes("", text.as_bytes())
    }
}

/// One row of the file as shown to pick the heading row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvLine {
    pub line: u32,
    pub cells: Vec<String>,
}

/// One column of the file, and what it is taken for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvColumn {
    pub heading: String,
    pub field: CsvField,
    /// Why: "heading", "values" (recognised by what the column holds), or
    /// "unknown" (not used unless a field is chosen).
    pub reason: String,
}

/// A first look at a file: how it was read, its columns and the first rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvInspection {
    /// What the file is: `csv`, `xlsx`, `xls` or `ods`.
    pub format: String,
    /// The encoding it was read in (`UTF-8`, `windows-1252`, …); empty for a workbook.
    pub encoding: String,
    /// Whether the encoding was found by looking (not chosen, nor marked in the file).
    pub encoding_guessed: bool,
    /// The separator found: `,`, `;`, a tab or `|` (empty for a workbook).
    pub delimiter: String,
    /// A workbook's sheets; the first is read unless another is chosen.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// The row holding the headings (1 is the first row of the file).
    pub header_row: u32,
    /// Whether that row was found (or chosen); `false`: Casebook could not
    /// tell, the first row stands in, and the person picks from `top`.
    pub header_found: bool,
    /// The first rows of the file, to pick the heading row from.
    pub top: Vec<CsvLine>,
    pub columns: Vec<CsvColumn>,
    /// The field of each column (as `columns`), ready to send back.
    pub mapping: Vec<CsvField>,
    /// Data rows below the headings.
    pub rows: u32,
    pub sample: Vec<Vec<String>>,
    /// Control characters taken out of cells (the rows import without them).
    #[ts(optional, type = "Array<CsvLeftOut>")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<CsvLeftOut>,
}

/// A file and how its columns map, for a preview or an import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvRequest {
    pub source: CsvSource,
    pub mapping: Vec<CsvField>,
}

/// Something wrong with one row, by the row number the spreadsheet shows (the
/// heading row is row 1 when it is the file's first row).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvProblem {
    pub line: u32,
    pub message: String,
}

/// A row's problem before it is put into the reader's words.
#[derive(Clone, Debug, PartialEq)]
pub struct RowProblem {
    pub line: u32,
    pub msg: crate::core::Msg,
}

impl RowProblem {
    pub fn worded(&self, words: &crate::core::Words) -> CsvProblem {
        CsvProblem { line: self.line, message: words.text(&self.msg) }
    }
}

/// Invisible control characters taken out of one cell (a NUL a program left
/// behind): the row imports without them, and the person is told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvLeftOut {
    /// The row number the spreadsheet shows.
    pub line: u32,
    /// The column's heading (or its number, counting from 1, when it has none).
    pub column: String,
    pub count: u32,
}

/// One row as it would be imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvRowPreview {
    pub line: u32,
    pub name: String,
    pub contact: String,
    /// The customer this row was matched to, by phone or email, if any.
    pub existing: Option<String>,
    /// Contacts this row adds to the customer it matched.
    pub adds: Vec<String>,
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
    /// Known customers who get a phone number or email they did not have
    /// (each recorded as an edit of their profile).
    pub updated_customers: u32,
    pub cases: u32,
    /// Every problem found, up to [`MAX_PROBLEMS`]; `problem_count` has them all.
    pub problems: Vec<CsvProblem>,
    pub problem_count: u32,
    pub sample: Vec<CsvRowPreview>,
    /// Whether the rows were written. Never true when there are problems.
    pub imported: bool,
    /// Control characters taken out of cells (the rows import without them).
    #[ts(optional, type = "Array<CsvLeftOut>")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<CsvLeftOut>,
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

fn table_of(source: &CsvSource) -> Result<(Decoded, Table)> {
    let decoded = decode(source)?;
    let table = Table::read(&decoded, source.header_row)?;
    Ok((decoded, table))
}

/// Reads a file, says what each column is taken for, and shows the first rows.
pub fn inspect(source: &CsvSource) -> Result<CsvInspection> {
    let (decoded, table) = table_of(source)?;
    let columns = headings::columns(&table);
    Ok(CsvInspection {
        format: decoded.format.clone(),
        encoding: decoded.encoding.clone(),
        encoding_guessed: decoded.encoding_guessed,
        delimiter: table.delimiter_text(),
        sheets: decoded.sheets.clone(),
        sheet: decoded.sheet.clone(),
        header_row: table.header_row,
        header_found: table.header_found,
        top: table.top(8).into_iter().map(|r| CsvLine { line: r.line, cells: r.cells }).collect(),
        mapping: columns.iter().map(|c| c.field).collect(),
        columns,
        rows: table.rows.len() as u32,
        sample: table.rows.iter().take(5).map(|r| r.cells.clone()).collect(),
        left_out: table.left_out.clone(),
    })
}

/// Checks a file and, with `commit`, imports it. A file with any problem is
/// reported and nothing is written; a preview (`commit = false`) runs the whole
/// import in a transaction that is rolled back, so its counts are exact.
pub fn run(store: &mut Store, ctx: &Ctx, request: &CsvRequest, commit: bool) -> Result<CsvReport> {
    if commit {
        crate::staff::rights::check(store.connection(), ctx, crate::core::Right::Owner, msg!("lead-import"))?;
    }
    let tz = store.sla_settings()?.calendar.tz();
    let (_, table) = table_of(&request.source)?;
    if !table.header_found {
        return Err(Error::invalid("header_row", msg!("error-data-casebook-could-tell-which-row")));
    }
    if request.mapping.len() != table.headings.len() {
        return Err(Error::invalid(
            "mapping",
            msg!(
                "error-data-file-has-columns-but-were-2",
                headings = table.headings.len(),
                mapping = request.mapping.len()
            ),
        ));
    }
    let (rows, problems) = check_rows(&table, &request.mapping, tz, clock::now())?;
    if !problems.is_empty() {
        let words = crate::core::Words::of(store.lang()?);
        let count = problems.len();
        return Ok(CsvReport {
            rows: (rows.len() + problems.len()) as u32,
            new_customers: 0,
            matched_customers: 0,
            updated_customers: 0,
            cases: 0,
            problem_count: count as u32,
            problems: problems.iter().take(MAX_PROBLEMS).map(|p| p.worded(words)).collect(),
            sample: Vec::new(),
            imported: false,
            left_out: table.left_out,
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
    }
    .map(|report| CsvReport { left_out: table.left_out, ..report });
    if big {
        store.connection().execute_batch("PRAGMA cache_size = -16000")?;
    }
    result
}

/// Reads and checks every row of a file with `mapping`, writing nothing.
pub fn parse(
    source: &CsvSource,
    mapping: &[CsvField],
    tz: chrono_tz::Tz,
    now: Ts,
) -> Result<(Vec<CsvRow>, Vec<RowProblem>)> {
    let (_, table) = table_of(source)?;
    if mapping.len() != table.headings.len() {
        return Err(Error::invalid("mapping", msg!("error-data-mapping-does-fit-file-s")));
    }
    check_rows(&table, mapping, tz, now)
}

/// A file read from disk, as the CLI and tests hand it over.
pub fn source_from_file(path: &std::path::Path) -> Result<CsvSource> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Error::io(msg!("error-data-could-read-2", path = path.display()), e))?;
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(decode::too_big(meta.len() as usize));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Error::io(msg!("error-data-could-read-2", path = path.display()), e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(CsvSource::from_bytes(&name, &bytes))
}
