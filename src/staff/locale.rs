//! The language Casebook speaks and the style of its dates and numbers: the
//! shop's choice (an event, shared by every desk, the owner's to make), each
//! desk's own choice for the person at it (desk-local, never synced), and the
//! computer's, which applies when neither chose.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::StaffEvent;
use crate::core::db::Db;
use crate::core::{settings, Ctx, Error, Lang, Result, Store, Writer};
use crate::msg;

/// The settings key of the shop's choice.
pub const SHOP_LOCALE: &str = "shop_locale";
/// The `meta` key of this desk's own choice.
pub const DESK_LOCALE: &str = "desk_locale";
/// The change a desk's own choice reports (it is not an event): the UI reloads
/// its words on this kind or on `shop_locale_set`.
pub const DESK_LOCALE_SET: &str = "desk_locale_set";

/// A language and a style of dates and numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LocaleChoice {
    /// One of Casebook's languages: "en", "nl", "de", "fr", "es".
    pub language: String,
    /// A BCP-47 locale for dates and numbers: "nl-NL", "en-GB", "de-CH".
    pub region: String,
}

/// Every level of the choice, and the one that applies at this desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LocaleSettings {
    /// The shop's choice, if the owner made one.
    pub shop: Option<LocaleChoice>,
    /// This desk's own choice, if made.
    pub desk: Option<LocaleChoice>,
    /// What the computer says.
    pub system: LocaleChoice,
    /// What applies here: the desk's, else the shop's, else the computer's.
    pub effective: LocaleChoice,
}

impl LocaleChoice {
    /// The computer's language and locale; English when it speaks none of ours,
    /// written the British way (24-hour clock, day before month, weeks from
    /// Monday) when the computer names no locale at all (`C`, `POSIX`).
    pub fn system() -> LocaleChoice {
        let tag = crate::core::words::system_locale()
            .filter(|t| !t.eq_ignore_ascii_case("posix"))
            .and_then(|t| canonical_region(&t));
        let language = tag.as_deref().and_then(Lang::parse).unwrap_or_default();
        LocaleChoice {
            language: language.code().to_owned(),
            region: tag.unwrap_or_else(|| "en-GB".to_owned()),
        }
    }

    /// The day a week starts on where this locale is used, as CLDR says
    /// (the same table the window uses): Sunday in the US, Canada, Mexico,
    /// Brazil..., Saturday in much of the Middle East, Monday elsewhere. A tag
    /// without a region: English weeks start on Sunday (its likely region is the
    /// US), the others' on Monday.
    pub fn first_weekday(&self) -> chrono::Weekday {
        const SUNDAY: &[&str] = &[
            "AG", "AS", "AU", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CN", "CO", "DM", "DO", "ET", "GT",
            "GU", "HK", "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT",
            "MX", "MZ", "NI", "NP", "PA", "PE", "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT",
            "TW", "UM", "US", "VE", "VI", "WS", "YE", "ZA", "ZW",
        ];
        const SATURDAY: &[&str] =
            &["AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR", "JO", "KW", "LY", "OM", "QA", "SD", "SY"];
        let Ok(id) = self.region.replace('_', "-").parse::<unic_langid::LanguageIdentifier>() else {
            return chrono::Weekday::Mon;
        };
        match id.region.as_ref().map(|r| r.as_str()) {
            Some(r) if SUNDAY.contains(&r) => chrono::Weekday::Sun,
            Some(r) if SATURDAY.contains(&r) => chrono::Weekday::Sat,
            Some(_) => chrono::Weekday::Mon,
            None if id.language.as_str() == "en" => chrono::Weekday::Sun,
            None => chrono::Weekday::Mon,
        }
    }

    /// The language to speak (English for anything unknown).
    pub fn lang(&self) -> Lang {
        Lang::parse(&self.language).unwrap_or_default()
    }

    /// The choice checked and written the standard way ("nl_nl" becomes "nl-NL").
    pub fn checked(&self) -> Result<LocaleChoice> {
        let Some(language) = Lang::from_code(&self.language).map(|l| l.code().to_owned()) else {
            return Err(Error::invalid(
                "language",
                msg!("error-locale-unknown-language", language = self.language.trim()),
            ));
        };
        let region = canonical_region(&self.region).ok_or_else(|| {
            Error::invalid("region", msg!("error-locale-bad-region", region = self.region.trim()))
        })?;
        Ok(LocaleChoice { language, region })
    }
}

/// A BCP-47 tag in its standard form, if `tag` is a plausible one.
fn canonical_region(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    if tag.is_empty() || tag.len() > 35 {
        return None;
    }
    let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    (id.language.as_str() != "und").then(|| id.to_string())
}

/// The shop's language (the computer's when the shop chose none): what the
/// history's own words are written in.
pub fn shop_lang(conn: &rusqlite::Connection) -> Result<Lang> {
    Ok(settings::get::<LocaleChoice>(conn, SHOP_LOCALE)?.unwrap_or_else(LocaleChoice::system).lang())
}

/// The style of the shop's dates ("nl-NL"): its choice, else the computer's.
pub fn shop_region(conn: &rusqlite::Connection) -> Result<String> {
    Ok(settings::get::<LocaleChoice>(conn, SHOP_LOCALE)?.unwrap_or_else(LocaleChoice::system).region)
}

impl Store {
    /// The shop's choice, this desk's, the computer's, and the one that applies.
    pub fn locale_settings(&self) -> Result<LocaleSettings> {
        let shop = settings::get::<LocaleChoice>(self.connection(), SHOP_LOCALE)?;
        let desk = match self.meta_value(DESK_LOCALE)? {
            Some(json) => serde_json::from_str(&json).ok(),
            None => None,
        };
        let system = LocaleChoice::system();
        let effective = desk.clone().or_else(|| shop.clone()).unwrap_or_else(|| system.clone());
        Ok(LocaleSettings { shop, desk, system, effective })
    }

    /// The language that applies at this desk.
    pub fn lang(&self) -> Result<Lang> {
        Ok(self.locale_settings()?.effective.lang())
    }

    /// Sets (or with `None`, clears) this desk's own choice: desk-local, not
    /// history. Reported as a `desk_locale_set` change so the window reloads
    /// its words.
    pub fn set_desk_locale(&mut self, choice: Option<&LocaleChoice>) -> Result<LocaleSettings> {
        let json = choice.map(|c| c.checked()).transpose()?.map(|c| serde_json::to_string(&c)).transpose()?;
        self.write(|w| {
            match &json {
                Some(v) => w.tx().execute(
                    "INSERT INTO meta (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [DESK_LOCALE, v.as_str()],
                )?,
                None => w.tx().execute("DELETE FROM meta WHERE key = ?1", [DESK_LOCALE])?,
            };
            w.note_kind(DESK_LOCALE_SET);
            w.note_settings_changed();
            Ok(())
        })?;
        self.locale_settings()
    }
}

/// An error in the words of the desk's language, for a status the window shows
/// (the sync and mailbox loops').
pub async fn in_desk_words(db: &Db, e: &Error) -> String {
    let lang = db.read(|s| s.lang()).await.unwrap_or_default();
    e.text(lang)
}

impl Writer<'_> {
    /// Sets (or with `None`, clears) the shop's language and style: the owner's
    /// choice, recorded as `shop_locale_set` and shared with every desk.
    pub fn set_shop_locale(&mut self, ctx: &Ctx, choice: Option<&LocaleChoice>) -> Result<()> {
        self.check_right(ctx, crate::core::Right::Owner, msg!("lead-change-language"))?;
        let choice = choice.map(|c| c.checked()).transpose()?;
        let (language, region) = match choice {
            Some(c) => (Some(c.language), Some(c.region)),
            None => (None, None),
        };
        self.append(ctx, None, None, &StaffEvent::ShopLocaleSet { language, region })?;
        Ok(())
    }
}

/// How `shop_locale_set` changes current state: the shop's choice in settings.
pub(super) fn apply_shop_locale_set(
    w: &mut Writer<'_>,
    language: &Option<String>,
    region: &Option<String>,
) -> Result<()> {
    let choice = match (language, region) {
        (Some(language), Some(region)) => {
            Some(LocaleChoice { language: language.clone(), region: region.clone() })
        }
        _ => None,
    };
    match choice {
        Some(c) => settings::put(w.tx(), SHOP_LOCALE, &c)?,
        None => {
            w.tx().execute("DELETE FROM settings WHERE key = ?1", [SHOP_LOCALE])?;
        }
    }
    w.note_settings_changed();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(language: &str, region: &str) -> LocaleChoice {
        LocaleChoice { language: language.into(), region: region.into() }
    }

    #[test]
    fn a_choice_is_checked_and_written_the_standard_way() {
        assert_eq!(choice("NL", "nl_nl").checked().unwrap(), choice("nl", "nl-NL"));
        assert_eq!(choice("de", "de-CH").checked().unwrap(), choice("de", "de-CH"));
        let err = choice("pt", "pt-BR").checked().unwrap_err();
        assert!(err.to_string().contains("'pt'"), "the message names what was given: {err}");
        let err = choice("en", "not a locale!").checked().unwrap_err();
        assert!(matches!(err, Error::Invalid { field: "region", .. }), "the region is named: {err:?}");
    }

    #[test]
    fn the_desk_choice_wins_over_the_shop_and_the_computer() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(store.locale_settings().unwrap().effective, LocaleChoice::system());
        store.write(|w| w.set_shop_locale(&Ctx::now(None), Some(&choice("de", "de-DE")))).unwrap();
        assert_eq!(store.lang().unwrap(), Lang::De, "the shop's choice applies");
        let settings = store.set_desk_locale(Some(&choice("nl", "nl-BE"))).unwrap();
        assert_eq!(settings.effective, choice("nl", "nl-BE"), "the desk's own choice wins");
        assert_eq!(settings.shop, Some(choice("de", "de-DE")));
        let changes = store.take_changes();
        assert!(changes.kinds.iter().any(|k| k == DESK_LOCALE_SET), "the window hears of it: {changes:?}");
        store.set_desk_locale(None).unwrap();
        assert_eq!(store.lang().unwrap(), Lang::De, "cleared, the shop's choice applies again");
    }
}
