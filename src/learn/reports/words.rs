//! Numbers and words for report cells and findings.

use super::Cell;

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

/// "walk-in" -> "walk-in customers"; no segment -> "customers without a segment".
pub fn segment_words(segment: &str) -> String {
    if segment.is_empty() {
        "customers without a segment".into()
    } else {
        format!("{segment} customers")
    }
}

pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "42 min", "3 h 5 min".
pub fn minutes_words(minutes: f64) -> String {
    let m = minutes.round() as i64;
    match (m / 60, m % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// "1 complaint", "3 complaints"; for a verb alone, "1 is", "2 are".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
