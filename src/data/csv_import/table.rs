//! From text (or a workbook's grid) to a table: the separator, the heading row,
//! and each row with the number the spreadsheet shows for it. A row that is
//! blank in the spreadsheet is a row too; a cell with line breaks is one row,
//! as the spreadsheet counts it, whatever the line endings.

use super::decode::{Content, Decoded};
use super::{CsvLeftOut, RowProblem};
use crate::core::{Error, Result};
use crate::msg;

/// Separators a spreadsheet saves with, in order of preference on a tie.
const DELIMITERS: &[u8] = b",;\t|";
/// How many rows are read to decide the separator and the heading row.
const LOOK: usize = 100;

/// One row of the table: its number in the spreadsheet and its cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u32,
    pub cells: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub delimiter: Option<u8>,
    pub header_row: u32,
    /// Whether the heading row was chosen or found; `false`: the first row
    /// stands in until the person picks the right one.
    pub header_found: bool,
    pub headings: Vec<String>,
    /// Every non-blank row, the heading row and any above it included.
    pub all: Vec<Row>,
    /// The non-blank rows below the headings.
    pub rows: Vec<Row>,
    /// What could not be read as rows at all (an unclosed quote).
    pub problems: Vec<RowProblem>,
    /// Invisible control characters taken out of cells, by row and column.
    pub left_out: Vec<CsvLeftOut>,
}

/// Cells as a person typed them: FileMaker's line breaks inside a cell (a
/// vertical tab) become line breaks, and any other control character (a NUL
/// a program left behind) is taken out. Returns where characters were taken
/// out: each row's number, column (0 is the first) and how many.
fn clean(rows: &mut [Row]) -> Vec<(u32, usize, u32)> {
    let stray = |c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{b}');
    let mut out = Vec::new();
    for row in rows {
        for (column, cell) in row.cells.iter_mut().enumerate() {
            if !cell.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
                continue;
            }
            let taken = cell.chars().filter(|c| stray(*c)).count() as u32;
            *cell =
                cell.chars().filter(|c| !stray(*c)).map(|c| if c == '\u{b}' { '\n' } else { c }).collect();
            if taken > 0 {
                out.push((row.line, column, taken));
            }
        }
    }
    out
}

/// Line breaks as a spreadsheet counts them: `\r\n`, `\r` or `\n` is one.
fn breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' => {
                n += 1;
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\n' => n += 1,
            _ => {}
        }
        i += 1;
    }
    n
}

/// Splits text into rows with `delimiter`, each with its row number.
fn split(text: &str, delimiter: u8, limit: usize) -> (Vec<Row>, bool) {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut inside = 0usize;
    // Line breaks before `counted`, kept as the reader moves on (counting from
    // the top for every row would be quadratic).
    let (mut counted, mut before) = (0usize, 0usize);
    let mut broken = false;
    while rows.len() < limit {
        match rdr.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => {
                broken = true;
                break;
            }
        }
        // A record's position may be the blank lines skipped before it.
        let mut start = record.position().map(|p| p.byte() as usize).unwrap_or(0).min(text.len());
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start >= counted {
            before += breaks(&text[counted..start]);
            counted = start;
        }
        let line = 1 + before - inside;
        inside += record.iter().map(breaks).sum::<usize>();
        rows.push(Row { line: line as u32, cells: record.iter().map(str::to_owned).collect() });
    }
    (rows, broken)
}

fn blank(row: &Row) -> bool {
    row.cells.iter().all(|c| c.trim().is_empty())
}

/// The number of cells most rows have.
fn usual_width(rows: &[Row]) -> (usize, usize) {
    let mut counts = std::collections::BTreeMap::new();
    for r in rows.iter().filter(|r| !blank(r)) {
        *counts.entry(r.cells.len()).or_insert(0usize) += 1;
    }
    counts.into_iter().max_by_key(|&(width, n)| (n, width)).unwrap_or((0, 0))
}

/// The separator whose rows agree best on how many cells they have.
fn pick_delimiter(text: &str) -> u8 {
    DELIMITERS
        .iter()
        .map(|&d| {
            let (rows, _) = split(text, d, LOOK);
            let (width, agreeing) = usual_width(&rows);
            (d, if width > 1 { agreeing * width.min(64) } else { 0 }, agreeing)
        })
        .max_by(|a, b| {
            (a.1, a.2).cmp(&(b.1, b.2)).then(
                DELIMITERS.iter().position(|d| *d == b.0).cmp(&DELIMITERS.iter().position(|d| *d == a.0)),
            )
        })
        .map(|(d, _, _)| d)
        .unwrap_or(b',')
}

/// The heading row: the first row as wide as most rows whose cells are mostly
/// filled with words (not numbers or dates).
fn find_header(rows: &[Row]) -> Option<usize> {
    let (width, _) = usual_width(&rows[..rows.len().min(LOOK)]);
    rows.iter().take(LOOK).position(|r| {
        let filled: Vec<&String> = r.cells.iter().filter(|c| !c.trim().is_empty()).collect();
        let wordy = filled.iter().filter(|c| c.chars().any(char::is_alphabetic)).count();
        r.cells.len() >= width && filled.len() * 2 >= width && wordy * 2 >= filled.len().max(1)
    })
}

/// Text after a line break in one cell that looks like further rows: the
/// sign of a quote opened and never closed.
fn swallowed(cell: &str, delimiter: u8, width: usize) -> bool {
    width > 1
        && cell.lines().skip(1).filter(|l| l.bytes().filter(|b| *b == delimiter).count() + 1 >= width).count()
            >= 1
}

impl Table {
    /// Reads the table; `header_row` is the row holding the headings, if the
    /// person chose it.
    pub fn read(decoded: &Decoded, header_row: Option<u32>) -> Result<Table> {
        let (delimiter, rows, broken) = match &decoded.content {
            Content::Text(text) => {
                let d = pick_delimiter(text);
                let (rows, broken) = split(text, d, usize::MAX);
                (Some(d), rows, broken)
            }
            Content::Grid(grid) => {
                let rows =
                    grid.iter().map(|(line, cells)| Row { line: *line, cells: cells.clone() }).collect();
                (None, rows, false)
            }
        };
        let mut rows = rows;
        let cleaned = clean(&mut rows);
        let all: Vec<Row> = rows.into_iter().filter(|r| !blank(r)).collect();
        if all.is_empty() {
            return Err(Error::invalid("file", msg!("error-data-file-has-no-rows-choose")));
        }
        let (at, header_found) = match header_row {
            Some(n) => (
                all.iter().position(|r| r.line == n).ok_or_else(|| {
                    Error::invalid("header_row", msg!("error-data-row-blank-file-pick-row", n))
                })?,
                true,
            ),
            // Not found: the first row stands in, and the rows are shown so
            // the person can pick the right one.
            None => find_header(&all).map_or((0, false), |at| (at, true)),
        };
        let headings: Vec<String> = all[at].cells.iter().map(|h| h.trim().to_owned()).collect();
        let mut problems = Vec::new();
        let mut rows: Vec<Row> = all[at + 1..].to_vec();
        if let Some(d) = delimiter {
            if let Some(i) = rows.iter().position(|r| r.cells.iter().any(|c| swallowed(c, d, headings.len())))
            {
                problems.push(RowProblem { line: rows[i].line, msg: msg!("csv-problem-quote-never-closed") });
                rows.truncate(i);
            } else if broken {
                let line = rows.last().map_or(all[at].line, |r| r.line) + 1;
                problems.push(RowProblem { line, msg: msg!("csv-problem-not-text") });
            }
        }
        let left_out = cleaned
            .into_iter()
            .map(|(line, column, count)| CsvLeftOut {
                line,
                column: headings
                    .get(column)
                    .filter(|h| !h.is_empty())
                    .cloned()
                    .unwrap_or_else(|| format!("{}", column + 1)),
                count,
            })
            .collect();
        Ok(Table {
            delimiter,
            header_row: all[at].line,
            header_found,
            headings,
            all,
            rows,
            problems,
            left_out,
        })
    }

    pub fn delimiter_text(&self) -> String {
        match self.delimiter {
            None => String::new(),
            Some(b'\t') => "\t".into(),
            Some(d) => (d as char).to_string(),
        }
    }

    /// The first rows of the file (from its first non-blank row), to pick the
    /// heading row from.
    pub fn top(&self, n: usize) -> Vec<Row> {
        self.all.iter().take(n).cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        let decoded = Decoded {
            format: "csv".into(),
            encoding: "UTF-8".into(),
            encoding_guessed: false,
            sheets: vec![],
            sheet: None,
            content: Content::Text(text.into()),
        };
        Table::read(&decoded, None).unwrap()
    }

    fn lines(t: &Table) -> Vec<u32> {
        t.rows.iter().map(|r| r.line).collect()
    }

    #[test]
    fn rows_are_numbered_as_the_spreadsheet_shows_them_in_every_line_ending() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["name,note", "Ana,a", "", "Ben,\"two", "lines\"", "Cas,c"].join(end) + end;
            let t = table(&text);
            assert_eq!(t.header_row, 1, "the heading is row 1 ({end:?})");
            assert_eq!(lines(&t), vec![2, 4, 5], "a blank row counts, a two-line cell is one row ({end:?})");
        }
    }

    #[test]
    fn a_title_line_above_the_headings_is_skipped() {
        let t = table("Customers, exported 30 Nov 2026\n\nname;phone;Opmerking (maat, kleur, model)\nAna;0612;M, blue\nBen;0613;L, red\n");
        assert_eq!(t.delimiter, Some(b';'), "the rows agree on semicolons, whatever the heading's commas");
        assert_eq!(t.header_row, 3);
        assert_eq!(t.headings, vec!["name", "phone", "Opmerking (maat, kleur, model)"]);
        assert_eq!(lines(&t), vec![4, 5]);
    }

    #[test]
    fn an_inch_mark_inside_a_cell_is_text_and_an_unclosed_quote_is_named() {
        let t = table("name,bike\nAna,Fiets met 28\" wielen\nBen,city\n");
        assert_eq!(t.rows[0].cells[1], "Fiets met 28\" wielen", "a quote inside a cell is a character");
        assert!(t.problems.is_empty());
        let t = table("name,bike\nAna,\"Fiets met 28 wielen\nBen,city\nCas,road\n");
        assert_eq!(t.problems[0].line, 2, "the row where the quote opened");
        assert_eq!(t.problems[0].msg.key, "csv-problem-quote-never-closed");
    }
}
