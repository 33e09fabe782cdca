//! From the file's bytes to text or a grid of cells: what kind of file it is
//! (by its content, never its name), and for text, its encoding: a byte-order
//! mark, then valid UTF-8, then UTF-16 without a mark, then the most likely
//! legacy code page (what Excel on Windows writes as "CSV"). Text that would
//! read with replacement characters is refused rather than stored garbled.

use crate::msg;
use std::io::Cursor;

use base64::Engine;
use calamine::{Data, DataType, Reader};
use encoding_rs::Encoding;

use super::{CsvSource, MAX_FILE_BYTES};
use crate::core::{Error, Result};

/// The encodings a person can choose from, by the labels the screen shows.
pub const ENCODINGS: &[&str] = &[
    "UTF-8",
    "UTF-16LE",
    "UTF-16BE",
    "windows-1252",
    "ISO-8859-15",
    "windows-1250",
    "ISO-8859-2",
    "windows-1251",
    "macintosh",
    "Shift_JIS",
];

/// A workbook larger than this many cells is refused: it would not fit on a screen
/// of rows to check, and may be a file built to exhaust memory.
const MAX_CELLS: usize = 5_000_000;

/// What a file held, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// `csv`, `xlsx`, `xls` or `ods`.
    pub format: String,
    pub encoding: String,
    pub encoding_guessed: bool,
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    pub content: Content,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// Delimited text, still to be split into rows.
    Text(String),
    /// A workbook's sheet: each row's number in the sheet (1 is its first row)
    /// and its cells as text.
    Grid(Vec<(u32, Vec<String>)>),
}

pub(super) fn too_big(bytes: usize) -> Error {
    Error::invalid(
        "file",
        msg!("error-data-file-mb-casebook-imports-up", value = bytes >> 20, value2 = MAX_FILE_BYTES >> 20),
    )
}

fn invalid(msg: crate::core::Msg) -> Error {
    Error::invalid("file", msg)
}

/// What a file that is not a spreadsheet is, by its first bytes.
fn not_a_spreadsheet(bytes: &[u8]) -> Option<&'static str> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    Some(if starts(b"\x89PNG") {
        "a PNG image"
    } else if starts(b"\xFF\xD8\xFF") {
        "a JPEG image"
    } else if starts(b"GIF8") {
        "a GIF image"
    } else if starts(b"%PDF") {
        "a PDF document"
    } else if starts(b"\x1F\x8B") {
        "a compressed (gzip) file"
    } else if starts(b"Rar!") || starts(b"7z\xBC\xAF") {
        "a compressed archive"
    } else if starts(b"SQLite format 3\0") {
        "a database file (perhaps a Casebook backup: restore it from Backups & data instead)"
    } else if starts(b"{\\rtf") {
        "a Word (RTF) document"
    } else {
        return None;
    })
}

/// Reads a picked file: a workbook's chosen (or first) sheet, or text in the
/// chosen (or detected) encoding.
pub fn decode(source: &CsvSource) -> Result<Decoded> {
    let engine = base64::engine::general_purpose::STANDARD;
    if source.data.len() / 4 * 3 > MAX_FILE_BYTES + 3 {
        return Err(too_big(source.data.len() / 4 * 3));
    }
    let bytes = engine
        .decode(source.data.trim())
        .map_err(|_| invalid(msg!("error-data-file-did-arrive-whole-choose")))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(invalid(msg!("error-data-file-empty-choose-spreadsheet-heading")));
    }
    if let Some(what) = not_a_spreadsheet(&bytes) {
        return Err(invalid(msg!(
            "error-data-spreadsheet-choose-csv-xlsx-ods",
            value = shown(&source.name),
            what
        )));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return workbook(&bytes, source);
    }
    text(&bytes, source.encoding.as_deref())
}

fn shown(name: &str) -> String {
    if name.trim().is_empty() {
        "This file".to_owned()
    } else {
        format!("\"{}\"", name.trim())
    }
}

fn workbook(bytes: &[u8], source: &CsvSource) -> Result<Decoded> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|_| {
        invalid(msg!("error-data-compressed-file-but-workbook-casebook", value = shown(&source.name)))
    })?;
    let format = match &book {
        calamine::Sheets::Xls(_) => "xls",
        calamine::Sheets::Ods(_) => "ods",
        _ => "xlsx",
    };
    let sheets = book.sheet_names();
    let sheet = match &source.sheet {
        Some(wanted) => sheets.iter().find(|s| *s == wanted).cloned().ok_or_else(|| {
            invalid(msg!("error-data-workbook-has-no-sheet-sheets", wanted, value = sheets.join(", ")))
        })?,
        None => sheets.first().cloned().ok_or_else(|| invalid(msg!("error-data-workbook-has-no-sheets")))?,
    };
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| invalid(msg!("error-data-sheet-could-read", sheet, detail = e)))?;
    let (height, width) = range.get_size();
    if height.saturating_mul(width) > MAX_CELLS {
        return Err(invalid(msg!("error-data-sheet-has-rows-columns-more", sheet, height, width)));
    }
    let first_row = range.start().map(|(r, _)| r).unwrap_or(0);
    let first_col = range.start().map(|(_, c)| c).unwrap_or(0) as usize;
    let grid = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let mut cells: Vec<String> = vec![String::new(); first_col];
            cells.extend(row.iter().map(cell_text));
            (first_row + i as u32 + 1, cells)
        })
        .collect();
    Ok(Decoded {
        format: format.into(),
        encoding: String::new(),
        encoding_guessed: false,
        sheets,
        sheet: Some(sheet),
        content: Content::Grid(grid),
    })
}

/// A cell as a person reads it: numbers without a trailing ".0", dates as dates.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(_) => match cell.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.format("%Y-%m-%d").to_string(),
            Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            None => cell.to_string(),
        },
        Data::Error(_) => String::new(),
        other => other.to_string(),
    }
}

/// UTF-16 without a byte-order mark: text in it has a zero byte in every
/// other position.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_odd = sample.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    let zero_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    if zero_odd * 10 > pairs * 6 && zero_even * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if zero_even * 10 > pairs * 6 && zero_odd * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// How many control characters a text may hold, whatever its length, and
/// still be a spreadsheet's text.
const STRAY_CONTROLS: usize = 8;

/// Excel for Mac (and older Mac programs) save "CSV" in Mac Roman with CR
/// line ends, which a detector reads as Windows-1252 ("JosŽ MŸller"). With
/// CR-only line ends, Mac Roman is taken when its letters read as words at
/// least as well as the detector's guess.
fn mac_roman_or(guess: &'static Encoding, bytes: &[u8]) -> &'static Encoding {
    let cr_only = bytes.contains(&b'\r') && !bytes.contains(&b'\n');
    if !cr_only || guess == encoding_rs::MACINTOSH {
        return guess;
    }
    let mac = word_score(&encoding_rs::MACINTOSH.decode_without_bom_handling(bytes).0);
    let other = word_score(&guess.decode_without_bom_handling(bytes).0);
    if mac >= other {
        encoding_rs::MACINTOSH
    } else {
        guess
    }
}

/// How much a text's letters outside ASCII read like words: lower-case
/// letters, and capitals at a word's start or in a word of capitals, count
/// for it; a capital inside a lower-case word, a sign between two letters or
/// a control character count against it.
fn word_score(text: &str) -> i64 {
    let chars: Vec<char> = text.chars().collect();
    let mut score = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii() {
            continue;
        }
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        score += if c.is_control() {
            -2
        } else if c.is_lowercase() {
            1
        } else if c.is_alphabetic() {
            if !prev.is_alphabetic() || !next.is_lowercase() {
                1
            } else {
                -1
            }
        } else if prev.is_alphabetic() && next.is_alphabetic() && c != '\u{2019}' {
            -1
        } else {
            0
        };
    }
    score
}

fn text(bytes: &[u8], chosen: Option<&str>) -> Result<Decoded> {
    let (encoding, guessed, body) = match chosen.filter(|c| !c.trim().is_empty()) {
        Some(label) => {
            let enc = Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| invalid(msg!("error-data-encoding-casebook-knows-choose-one", label)))?;
            let body = match Encoding::for_bom(bytes) {
                Some((bom, len)) if bom == enc => &bytes[len..],
                _ => bytes,
            };
            (enc, false, body)
        }
        None => match Encoding::for_bom(bytes) {
            Some((enc, len)) => (enc, false, &bytes[len..]),
            None if std::str::from_utf8(bytes).is_ok() => (encoding_rs::UTF_8, true, bytes),
            None => match utf16_without_bom(bytes) {
                Some(enc) => (enc, true, bytes),
                None => {
                    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                    detector.feed(bytes, true);
                    (mac_roman_or(detector.guess(None, chardetng::Utf8Detection::Deny), bytes), true, bytes)
                }
            },
        },
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        return Err(invalid(msg!("error-data-file-does-read-as-text", value = encoding.name())));
    }
    // Binary data has control characters throughout; a few in a text (a NUL a
    // program left in a cell, FileMaker's vertical tabs for line breaks) are
    // dealt with cell by cell (`table::clean`).
    let control =
        text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{b}')).count();
    if control > STRAY_CONTROLS && control * 100 > text.chars().count().max(1) {
        return Err(invalid(msg!("error-data-file-text-spreadsheet-saved-holds")));
    }
    Ok(Decoded {
        format: "csv".into(),
        encoding: encoding.name().into(),
        encoding_guessed: guessed,
        sheets: Vec::new(),
        sheet: None,
        content: Content::Text(text.into_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(bytes: &[u8]) -> CsvSource {
        CsvSource {
            name: "t.csv".into(),
            data: base64::engine::general_purpose::STANDARD.encode(bytes),
            ..CsvSource::default()
        }
    }

    fn read(bytes: &[u8]) -> Decoded {
        decode(&source(bytes)).unwrap()
    }

    #[test]
    fn windows_1252_is_read_as_such_not_as_broken_utf8() {
        let d = read(b"name\nJos\xe9 M\xfcller\n");
        assert_eq!(d.encoding, "windows-1252", "Excel's \"CSV\" on Windows");
        assert!(d.encoding_guessed);
        assert_eq!(d.content, Content::Text("name\nJosé Müller\n".into()), "no replacement characters");
    }

    #[test]
    fn excel_for_macs_mac_roman_with_cr_line_ends_is_read_as_such() {
        let mac = encoding_rs::MACINTOSH.encode("Name;City\rJosé Müller;Zürich\rAnaïs Brûlé;Besançon\r").0;
        let d = read(&mac);
        assert_eq!(d.encoding, "macintosh", "CR-only lines and letters that fit Mac Roman");
        assert_eq!(
            d.content,
            Content::Text("Name;City\rJosé Müller;Zürich\rAnaïs Brûlé;Besançon\r".into()),
            "not \"JosŽ MŸller\""
        );
        let windows = read(b"Name;City\rJos\xe9 M\xfcller;Z\xfcrich\r");
        assert_eq!(windows.encoding, "windows-1252", "Windows-1252 with CR line ends stays so");
        let lf = read(b"name\nJos\xe9 M\xfcller\n");
        assert_eq!(lf.encoding, "windows-1252", "LF line ends are not a Mac's");
    }

    #[test]
    fn a_few_control_characters_are_not_binary_data() {
        let mut filemaker = b"Name,Notes\r\n".to_vec();
        filemaker.extend(b"Ana,\"First line\x0bsecond line\x0bthird\"\r\nBen,\"One\x0btwo\"\r\n");
        assert!(
            matches!(read(&filemaker).content, Content::Text(_)),
            "FileMaker's vertical tabs are line breaks"
        );
        assert!(matches!(read(b"Name\nAna\x00\n").content, Content::Text(_)), "one NUL in a cell");
        let err =
            decode(&source(&[0u8, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65, 66])).unwrap_err().to_string();
        assert!(err.contains("binary data"), "control characters throughout are binary: {err}");
    }

    #[test]
    fn utf16_with_and_without_a_mark_and_utf8_with_a_mark() {
        let utf16: Vec<u8> = "name\tphone\nZoë\t06\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut marked = vec![0xFF, 0xFE];
        marked.extend(&utf16);
        assert_eq!(
            read(&marked).content,
            Content::Text("name\tphone\nZoë\t06\n".into()),
            "Excel's Unicode text"
        );
        assert_eq!(read(&utf16).encoding, "UTF-16LE", "found by its zero bytes");
        let d = read(b"\xEF\xBB\xBFname\nZo\xC3\xAB\n");
        assert_eq!((d.encoding.as_str(), d.encoding_guessed), ("UTF-8", false), "the mark says so");
        assert_eq!(d.content, Content::Text("name\nZoë\n".into()), "the mark is not part of the text");
    }

    #[test]
    fn a_chosen_encoding_that_garbles_the_text_is_refused() {
        let mut s = source(b"name\nJos\xe9\n");
        s.encoding = Some("UTF-8".into());
        let err = decode(&s).unwrap_err().to_string();
        assert!(
            err.contains("does not read as UTF-8"),
            "Windows-1252 read as UTF-8 would be stored garbled: {err}"
        );
    }

    #[test]
    fn images_and_documents_are_named_for_what_they_are() {
        let err = decode(&source(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")).unwrap_err().to_string();
        assert!(err.contains("\"t.csv\" is a PNG image, not a spreadsheet"), "{err}");
        let err = decode(&source(b"%PDF-1.7 ...")).unwrap_err().to_string();
        assert!(err.contains("a PDF document"), "{err}");
        let err = decode(&source(b"PK\x03\x04not really a workbook")).unwrap_err().to_string();
        assert!(err.contains("not a workbook Casebook can read"), "{err}");
    }
}
