//! Text helpers for look-ups: folding accents, splitting words, and turning what a
//! person typed into a safe FTS5 query.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lowercase without accents: "José" -> "jose".
pub fn fold(s: &str) -> String {
    s.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// The words of a text, folded: runs of letters and digits. Everything else
/// (quotes, stars, dashes, brackets) separates words and is never passed to FTS5
/// as syntax.
pub fn words(s: &str) -> Vec<String> {
    fold(s).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// An FTS5 query where every typed word must match as a prefix. Each word is
/// quoted, so operators like NEAR, AND or a stray `"` are read as plain words.
/// At most 16 words are used: enough to find anyone, bounded for pasted essays.
pub fn prefix_query(s: &str) -> Option<String> {
    let words = words(s);
    if words.is_empty() {
        return None;
    }
    Some(words.iter().take(16).map(|w| format!("\"{w}\"*")).collect::<Vec<_>>().join(" "))
}

/// A cell a spreadsheet will not run, whichever separator it assumes: text
/// starting with `=`, `+`, `-` or `@` (a formula) gets a leading apostrophe
/// unless it is a plain number or phone, and so does any part after a comma,
/// semicolon, tab or line break (a spreadsheet that splits on that character
/// would start a new cell there).
pub fn spreadsheet_safe(text: &str) -> String {
    fn defused(part: &str, out: &mut String) {
        let risky = part.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let plain_number = part.chars().all(|c| c.is_ascii_digit() || " +-().,;/".contains(c));
        if risky && !plain_number {
            out.push('\'');
        }
        out.push_str(part);
    }
    let mut out = String::with_capacity(text.len() + 2);
    let mut rest = text;
    while let Some(i) = rest.find([',', ';', '\t', '\n', '\r']) {
        let (part, tail) = rest.split_at(i);
        defused(part, &mut out);
        let sep = tail.chars().next().unwrap_or(',');
        out.push(sep);
        rest = &tail[sep.len_utf8()..];
    }
    defused(rest, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_and_case() {
        assert_eq!(fold("José Müller-Øre"), "jose muller-øre", "combining accents go; Ø is its own letter");
    }

    #[test]
    fn fts_syntax_is_never_passed_through() {
        assert_eq!(
            prefix_query("\"ana\" OR (b* NEAR -c)").as_deref(),
            Some("\"ana\"* \"or\"* \"b\"* \"near\"* \"c\"*"),
            "operators and quotes become plain quoted words"
        );
        assert_eq!(prefix_query("  *** ( ) \" "), None, "nothing searchable means no query");
    }
}
