//! Text helpers for look-ups: folding accents, splitting words, and turning what a
//! person typed into a safe FTS5 query.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::model::{Customer, MatchField};

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

/// Which field of a customer the typed words matched, for the suggestion label.
pub(crate) fn which_field(typed: &[String], c: &Customer) -> MatchField {
    let matches = |text: &str| {
        let have = words(text);
        typed.iter().all(|t| have.iter().any(|h| h.starts_with(t.as_str())))
    };
    if matches(&c.name) {
        MatchField::Name
    } else if matches(&c.organisation) {
        MatchField::Organisation
    } else if c.emails.iter().any(|e| matches(e)) {
        MatchField::Email
    } else {
        MatchField::Name
    }
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
