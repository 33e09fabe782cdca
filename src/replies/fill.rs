//! Placeholders: `{first_name}` in a saved reply becomes the customer's first
//! name when it is put into an answer. Filled on the desk, once: the values
//! put in are never read for placeholders again, so what a customer typed
//! (a name like "{case_ref}") goes out as they typed it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::words::Lang;

macro_rules! placeholders {
    ($($variant:ident => $key:literal),+ $(,)?) => {
        /// What a saved reply can leave for the desk to fill in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Placeholder {
            $($variant),+
        }

        impl Placeholder {
            pub const ALL: &'static [Placeholder] = &[$(Placeholder::$variant),+];

            /// How it is written in a saved reply: `{first_name}`.
            pub fn key(self) -> &'static str {
                match self {
                    $(Placeholder::$variant => $key),+
                }
            }

            pub fn from_key(key: &str) -> Option<Placeholder> {
                match key {
                    $($key => Some(Placeholder::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

placeholders!(
    FirstName => "first_name",
    CaseRef => "case_ref",
    PromiseDue => "promise_due",
    ShopName => "shop_name",
    HoursToday => "hours_today",
    MyName => "my_name",
);

impl Placeholder {
    /// Its name in words, in `lang`: what is left in the answer, in
    /// brackets, when there is nothing to fill it with.
    pub fn words(self, lang: Lang) -> String {
        let msg = match self {
            Placeholder::FirstName => crate::msg!("reply-placeholder-first-name"),
            Placeholder::CaseRef => crate::msg!("reply-placeholder-case-ref"),
            Placeholder::PromiseDue => crate::msg!("reply-placeholder-promise-due"),
            Placeholder::ShopName => crate::msg!("reply-placeholder-shop-name"),
            Placeholder::HoursToday => crate::msg!("reply-placeholder-hours-today"),
            Placeholder::MyName => crate::msg!("reply-placeholder-my-name"),
        };
        msg.text(lang)
    }
}

/// A place in a filled answer the desk could not fill: the person fills it
/// before sending. Offsets count UTF-16 code units, as a text box does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Gap {
    /// The placeholder's key (`first_name`).
    pub placeholder: String,
    pub start: u32,
    pub end: u32,
}

/// Fills a saved reply's text: each `{key}` of a known placeholder becomes
/// `value(placeholder)`, or, when that is `None`, `[its words]`, noted as a
/// gap. Anything else in braces stays as written. One pass: values are
/// never scanned.
pub fn fill_text(
    template: &str,
    mut value: impl FnMut(Placeholder) -> Option<String>,
    lang: Lang,
) -> (String, Vec<Gap>) {
    let mut out = String::with_capacity(template.len());
    let mut units: u32 = 0;
    let mut gaps = Vec::new();
    let push = |out: &mut String, s: &str, units: &mut u32| {
        out.push_str(s);
        *units += s.encode_utf16().count() as u32;
    };
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        push(&mut out, &rest[..open], &mut units);
        let after = &rest[open + 1..];
        let found = after.find('}').and_then(|close| Some((Placeholder::from_key(&after[..close])?, close)));
        match found {
            Some((p, close)) => {
                match value(p) {
                    Some(v) => push(&mut out, &v, &mut units),
                    None => {
                        let start = units;
                        push(&mut out, &format!("[{}]", p.words(lang)), &mut units);
                        gaps.push(Gap { placeholder: p.key().to_owned(), start, end: units });
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                push(&mut out, "{", &mut units);
                rest = after;
            }
        }
    }
    push(&mut out, rest, &mut units);
    (out, gaps)
}

/// The placeholders a text uses, each once, in order.
pub fn used(template: &str) -> Vec<Placeholder> {
    let mut found = Vec::new();
    fill_text(
        template,
        |p| {
            if !found.contains(&p) {
                found.push(p);
            }
            Some(String::new())
        },
        Lang::En,
    );
    found
}

/// The first name in a customer's name: its first word.
pub fn first_name(name: &str) -> Option<String> {
    name.split_whitespace().next().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(t: &str) -> (String, Vec<Gap>) {
        fill_text(
            t,
            |p| match p {
                Placeholder::FirstName => Some("Ana {case_ref}".into()),
                Placeholder::CaseRef => Some("3f2a9c01".into()),
                _ => None,
            },
            Lang::En,
        )
    }

    #[test]
    fn fills_known_placeholders_and_never_reads_what_it_put_in() {
        let (text, gaps) = fill("Hi {first_name}, case {case_ref}.");
        assert_eq!(
            text, "Hi Ana {case_ref}, case 3f2a9c01.",
            "a value's braces are the customer's, not a placeholder"
        );
        assert!(gaps.is_empty(), "everything was filled: {gaps:?}");
    }

    #[test]
    fn leaves_unknown_braces_and_marks_what_it_could_not_fill() {
        let (text, gaps) = fill("{nope} {shop_name} {first_name");
        assert_eq!(text, "{nope} [shop name] {first_name", "unknown or unclosed braces stay as written");
        assert_eq!(gaps.len(), 1, "one gap: {gaps:?}");
        assert_eq!(
            &text[gaps[0].start as usize..gaps[0].end as usize],
            "[shop name]",
            "the gap covers the words left"
        );
    }

    #[test]
    fn gaps_count_utf16_units_as_a_text_box_does() {
        let (text, gaps) = fill_text("😀 é {my_name}", |_| None, Lang::En);
        let units: Vec<u16> = text.encode_utf16().collect();
        let gap = &gaps[0];
        let shown = String::from_utf16(&units[gap.start as usize..gap.end as usize]).unwrap();
        assert_eq!(shown, "[your name]", "offsets past an emoji and an accent still point at the gap");
    }

    #[test]
    fn lists_the_placeholders_a_text_uses() {
        assert_eq!(
            used("{my_name} {first_name} {my_name} {x}"),
            vec![Placeholder::MyName, Placeholder::FirstName]
        );
    }
}
