//! Numbers and words for report cells and findings.

use super::Cell;
use crate::core::Words;
use crate::msg;

pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub fn num(x: Option<f64>) -> Cell {
    x.map(|v| Cell::Number(round1(v))).unwrap_or(Cell::Empty)
}

pub fn count(n: usize) -> Cell {
    Cell::Number(n as f64)
}

pub fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// "walk-in" -> "walk-in customers"; no segment -> "customers without a
/// segment". The segment's name is the shop's own, as typed.
pub fn segment_words(segment: &str, words: &Words) -> String {
    if segment.is_empty() {
        words.text(&msg!("report-customers-without-segment"))
    } else {
        words.text(&msg!("report-segment-customers", segment))
    }
}

/// "42 min", "3 h 5 min".
pub fn minutes_words(minutes: f64, words: &Words) -> String {
    let m = minutes.round() as i64;
    words.text(&msg!("report-duration", hours = m / 60, minutes = m % 60))
}
