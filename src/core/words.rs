//! Words and languages. The library never builds a sentence: it names a
//! message by its key with its values (a [`Msg`], made with [`msg!`]), and the
//! words are chosen where they are shown, from the Fluent catalogues in
//! `locales/<lang>/app.ftl` (embedded in the binary). A message missing in a
//! language falls back to English and is logged; a raw key is never shown.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The languages Casebook speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
    De,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Nl, Lang::De, Lang::Fr, Lang::Es];

    /// The ISO 639-1 code: "en", "nl", …
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language a code names exactly ("nl", "NL"), as a person picks it;
    /// a tag or a locale ("nl-NL") is not a code.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The language's name in itself ("Nederlands"), as a language picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// The language of a tag or a POSIX locale: "nl", "nl-NL", "nl_NL.UTF-8".
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The operating system's language, English when it is none of ours.
    pub fn from_system() -> Lang {
        system_locale().as_deref().and_then(Lang::parse).unwrap_or_default()
    }
}

/// The operating system's locale as a BCP-47 tag ("nl-NL"), if it says one.
pub fn system_locale() -> Option<String> {
    let tag = sys_locale::get_locale()?;
    // A POSIX locale ("nl_NL.UTF-8") becomes a tag; "C" and "POSIX" say nothing.
    let tag = tag.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
    (!tag.is_empty() && tag != "C" && tag != "POSIX").then_some(tag)
}

/// The locale whose names of days and months dates are written with: the
/// region ("nl-NL"), else the language's usual one, else British English.
pub fn date_locale(region: &str, lang: Lang) -> chrono::Locale {
    let posix = region.trim().replace('-', "_");
    chrono::Locale::try_from(posix.as_str()).unwrap_or(match lang {
        Lang::En => chrono::Locale::en_GB,
        Lang::Nl => chrono::Locale::nl_NL,
        Lang::De => chrono::Locale::de_DE,
        Lang::Fr => chrono::Locale::fr_FR,
        Lang::Es => chrono::Locale::es_ES,
    })
}

/// A value in a message: text (a name, a subject), a number (which picks
/// the plural form), or a message of its own, put into words in the same
/// language first (the thing a file error was doing, say).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum MsgArg {
    Number(f64),
    Text(String),
    Msg(MsgRef),
}

/// A message inside another message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct MsgRef {
    pub key: String,
    pub args: BTreeMap<String, MsgArg>,
}

/// What can be a value in a message.
pub trait ToArg {
    fn to_arg(&self) -> MsgArg;
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> MsgArg {
        (**self).to_arg()
    }
}

impl ToArg for str {
    fn to_arg(&self) -> MsgArg {
        MsgArg::Text(self.to_owned())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> MsgArg {
        MsgArg::Text(self.clone())
    }
}

impl ToArg for std::borrow::Cow<'_, str> {
    fn to_arg(&self) -> MsgArg {
        MsgArg::Text(self.to_string())
    }
}

impl ToArg for Msg {
    fn to_arg(&self) -> MsgArg {
        MsgArg::Msg(MsgRef { key: self.key.to_owned(), args: self.args_map() })
    }
}

impl ToArg for MsgArg {
    fn to_arg(&self) -> MsgArg {
        self.clone()
    }
}

macro_rules! number_args {
    ($($t:ty),+) => {
        $(impl ToArg for $t {
            fn to_arg(&self) -> MsgArg {
                MsgArg::Number(*self as f64)
            }
        })+
    };
}

number_args!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, f32, f64);

/// A value on its way into a message: one with its own [`ToArg`] keeps it (a
/// number stays a number); anything else that can be displayed is text.
#[doc(hidden)]
pub struct ArgOf<'a, T: ?Sized>(pub &'a T);

#[doc(hidden)]
pub trait ViaToArg {
    fn msg_arg(&self) -> MsgArg;
}

impl<T: ToArg + ?Sized> ViaToArg for ArgOf<'_, T> {
    fn msg_arg(&self) -> MsgArg {
        self.0.to_arg()
    }
}

#[doc(hidden)]
pub trait ViaDisplay {
    fn msg_arg(&self) -> MsgArg;
}

impl<T: std::fmt::Display + ?Sized> ViaDisplay for &ArgOf<'_, T> {
    fn msg_arg(&self) -> MsgArg {
        MsgArg::Text(self.0.to_string())
    }
}

/// A message by its catalogue key, with its values. Rendered in a language by
/// [`Words::text`]; `Display` is English (for logs).
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, MsgArg)>,
}

impl Msg {
    /// The message as it travels (key and values), to be worded later.
    pub fn to_ref(&self) -> MsgRef {
        MsgRef { key: self.key.to_owned(), args: self.args_map() }
    }

    pub fn new(key: &'static str) -> Msg {
        Msg { key, args: Vec::new() }
    }

    /// Adds a value (the `msg!` macro calls this).
    pub fn arg(mut self, name: &'static str, value: MsgArg) -> Msg {
        self.args.push((name, value));
        self
    }

    /// The values by name, for the wire.
    pub fn args_map(&self) -> BTreeMap<String, MsgArg> {
        self.args.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
    }

    /// The message in English.
    pub fn english(&self) -> String {
        Words::of(Lang::En).text(self)
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        Words::of(lang).text(self)
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

/// A message: `msg!("error-busy")`, `msg!("cases-overdue", minutes = 80)`, or
/// with a variable of the same name, `msg!("error-not-a-time", day, text)`.
#[macro_export]
macro_rules! msg {
    ($key:literal $(,)?) => { $crate::core::words::Msg::new($key) };
    ($key:literal, $($rest:tt)+) => { $crate::msg!(@args $crate::core::words::Msg::new($key); $($rest)+) };
    (@args $m:expr; $name:ident = $value:expr, $($rest:tt)+) => {
        $crate::msg!(@args $m.arg(stringify!($name), $crate::msg!(@value $value)); $($rest)+)
    };
    (@args $m:expr; $name:ident = $value:expr $(,)?) => { $m.arg(stringify!($name), $crate::msg!(@value $value)) };
    (@args $m:expr; $name:ident, $($rest:tt)+) => {
        $crate::msg!(@args $m.arg(stringify!($name), $crate::msg!(@value $name)); $($rest)+)
    };
    (@args $m:expr; $name:ident $(,)?) => { $m.arg(stringify!($name), $crate::msg!(@value $name)) };
    (@value $value:expr) => {{
        #[allow(unused_imports)]
        use $crate::core::words::{ViaDisplay as _, ViaToArg as _};
        (&$crate::core::words::ArgOf(&$value)).msg_arg()
    }};
}

/// The library's and the shell's catalogues, one per language.
pub const CATALOGUES: [(Lang, &str); 5] = [
    (Lang::En, include_str!("../../locales/en/app.ftl")),
    (Lang::Nl, include_str!("../../locales/nl/app.ftl")),
    (Lang::De, include_str!("../../locales/de/app.ftl")),
    (Lang::Fr, include_str!("../../locales/fr/app.ftl")),
    (Lang::Es, include_str!("../../locales/es/app.ftl")),
];

/// One language's words.
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    /// The words of `lang`, read once per run.
    pub fn of(lang: Lang) -> &'static Words {
        static ALL: OnceLock<Vec<Words>> = OnceLock::new();
        let all =
            ALL.get_or_init(|| CATALOGUES.iter().map(|(lang, source)| Words::read(*lang, source)).collect());
        all.iter().find(|w| w.lang == lang).unwrap_or(&all[0])
    }

    fn read(lang: Lang, source: &str) -> Words {
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
            tracing::warn!(lang = lang.code(), ?errors, "a catalogue has lines that could not be read");
            partial
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(lang = lang.code(), ?errors, "a catalogue names a message twice");
        }
        Words { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A number with `places` decimals and this language's decimal mark
    /// ("1.5" in English, "1,5" in the others).
    pub fn decimal(&self, x: f64, places: usize) -> String {
        let text = format!("{x:.places$}");
        match self.lang {
            Lang::En => text,
            _ => text.replace('.', ","),
        }
    }

    /// The message in this language; in English when this language lacks it.
    pub fn text(&self, msg: &Msg) -> String {
        let args: Vec<(&str, &MsgArg)> = msg.args.iter().map(|(k, v)| (*k, v)).collect();
        self.render(msg.key, &args)
    }

    /// A message by a key only known at run time (an error that crossed IPC).
    pub fn text_of(&self, key: &str, args: &BTreeMap<String, MsgArg>) -> String {
        let args: Vec<(&str, &MsgArg)> = args.iter().map(|(k, v)| (k.as_str(), v)).collect();
        self.render(key, &args)
    }

    fn render(&self, key: &str, args: &[(&str, &MsgArg)]) -> String {
        if let Some(text) = self.format(key, args) {
            return text;
        }
        if self.lang != Lang::En {
            tracing::warn!(
                key,
                lang = self.lang.code(),
                "a message has no words in this language; English is shown"
            );
            if let Some(text) = Words::of(Lang::En).format(key, args) {
                return text;
            }
        }
        tracing::warn!(key, "a message has no words in any language");
        Words::of(Lang::En)
            .format("words-missing", &[])
            .unwrap_or_else(|| "Casebook has no words for this message.".to_owned())
    }

    fn format(&self, key: &str, args: &[(&str, &MsgArg)]) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                MsgArg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                MsgArg::Text(t) => fluent.set(*name, FluentValue::from(t.as_str())),
                // A message inside a message is worded in the same language first.
                MsgArg::Msg(inner) => {
                    fluent.set(*name, FluentValue::from(self.text_of(&inner.key, &inner.args)))
                }
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent), &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::warn!(
                key,
                lang = self.lang.code(),
                ?errors,
                "a message could not be put into words fully"
            );
        }
        Some(text)
    }
}

/// The message in `lang` (shorthand for [`Words::of`] and [`Words::text`]).
pub fn text(lang: Lang, msg: &Msg) -> String {
    Words::of(lang).text(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_from_tags_and_posix_locales() {
        assert_eq!(Lang::parse("nl"), Some(Lang::Nl));
        assert_eq!(Lang::parse("nl-NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("nl_NL.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::parse("DE_ch"), Some(Lang::De));
        assert_eq!(Lang::parse("pt-BR"), None, "a language Casebook does not speak is none");
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn a_message_missing_in_a_language_falls_back_to_english_never_a_raw_key() {
        let dutch_without_words = Words::read(Lang::Nl, "");
        let msg = msg!("error-busy");
        assert_eq!(dutch_without_words.text(&msg), Words::of(Lang::En).text(&msg), "English stands in");
        let unknown = Msg::new("no-such-key");
        let shown = Words::of(Lang::De).text(&unknown);
        assert!(!shown.contains("no-such-key"), "a raw key must never be shown: {shown}");
    }

    #[test]
    fn values_and_plurals_come_from_the_catalogue() {
        let count = 1;
        let one = Words::of(Lang::Nl).text(&msg!("notify-closed-summary", count));
        let many = Words::of(Lang::Nl).text(&msg!("notify-closed-summary", count = 3));
        assert_ne!(one, many, "one and three take different forms");
        assert!(many.contains('3'), "{many}");
    }
}
