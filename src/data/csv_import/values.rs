//! Cell values as shop systems and help desks write them: channels, statuses,
//! priorities and dates in five languages and in the exports' own words, and
//! the leading apostrophe Excel uses to keep a number as text.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::cases::{CaseStatus, Channel, Priority};
use crate::core::{clock, text, Ts};

fn key(raw: &str) -> String {
    text::fold(raw).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A cell as typed, without the apostrophe Excel puts before text that would
/// otherwise be read as a number or a formula (`'+31623459201`).
pub fn clean(raw: &str) -> &str {
    let t = raw.trim();
    t.strip_prefix('\'').map(str::trim_start).unwrap_or(t)
}

pub use crate::core::validate::shown as quoted;

pub fn looks_like_email(v: &str) -> bool {
    let v = clean(v);
    match v.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.') && !v.contains(char::is_whitespace),
        None => false,
    }
}

pub fn looks_like_phone(v: &str) -> bool {
    let v = clean(v);
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let date = parse_opened(v, chrono_tz::UTC).is_some();
    !date && (7..=15).contains(&digits) && v.chars().all(|c| c.is_ascii_digit() || " +-().\\/".contains(c))
}

pub fn parse_channel(raw: &str) -> Option<Channel> {
    let k = key(raw);
    if k.is_empty() {
        return Some(Channel::Other);
    }
    // Help desks name the way in: "Phone call (incoming)", "Web form", "Outbound Email".
    let has = |words: &[&str]| words.iter().any(|w| k.contains(w));
    Some(
        if has(&[
            "walkin",
            "counter",
            "instore",
            "inperson",
            "visit",
            "balie",
            "winkel",
            "bezoek",
            "laden",
            "geschaft",
            "magasin",
            "comptoir",
            "tienda",
            "mostrador",
            "visita",
            "shop",
        ]) {
            Channel::WalkIn
        } else if has(&["phone", "call", "tel", "voice", "anruf", "appel", "llamada"]) {
            Channel::Phone
        } else if has(&["mail", "courriel", "correo"]) {
            Channel::Email
        } else if has(&[
            "chat",
            "whatsapp",
            "sms",
            "text",
            "messag",
            "widget",
            "facebook",
            "instagram",
            "twitter",
            "social",
        ]) {
            Channel::Chat
        } else if has(&[
            "other", "web", "form", "portal", "api", "mobile", "feedback", "overig", "anders", "sonstig",
            "autre", "otro",
        ]) {
            Channel::Other
        } else {
            return None;
        },
    )
}

pub fn parse_status(raw: &str) -> Option<CaseStatus> {
    Some(match key(raw).as_str() {
        ""
        | "open"
        | "new"
        | "active"
        | "inprogress"
        | "waitingonthirdparty"
        | "nieuw"
        | "inbehandeling"
        | "offen"
        | "neu"
        | "inbearbeitung"
        | "ouvert"
        | "nouveau"
        | "encours"
        | "abierto"
        | "nuevo"
        | "enproceso" => CaseStatus::Open,
        "waiting" | "waitingoncustomer" | "pending" | "onhold" | "hold" | "awaitingcustomer" | "wachtend"
        | "wachtopklant" | "wartend" | "wartetaufkunde" | "enattente" | "pendiente" | "enespera" => {
            CaseStatus::Waiting
        }
        "resolved" | "solved" | "done" | "fixed" | "opgelost" | "klaar" | "gelost" | "erledigt"
        | "resolu" | "resuelto" | "solucionado" => CaseStatus::Resolved,
        "closed" | "gesloten" | "afgesloten" | "geschlossen" | "ferme" | "cerrado" => CaseStatus::Closed,
        _ => return None,
    })
}

pub fn parse_priority(raw: &str) -> Option<Priority> {
    Some(match key(raw).as_str() {
        "low" | "laag" | "niedrig" | "basse" | "bas" | "baja" | "bajo" => Priority::Low,
        "" | "normal" | "medium" | "standard" | "normaal" | "gemiddeld" | "mittel" | "normale"
        | "moyenne" | "media" | "medio" => Priority::Normal,
        "high" | "hoog" | "hoch" | "haute" | "elevee" | "alta" | "alto" => Priority::High,
        "urgent" | "critical" | "dringend" | "spoed" | "kritisch" | "urgente" | "critique" | "critica" => {
            Priority::Urgent
        }
        _ => return None,
    })
}

/// A date, or a date and time, as spreadsheets and help desks write them: ISO
/// forms, day-first forms (31-12-2026, 31/12/2026, 31.12.2026), and a date a
/// month-first form only when the day shows it (12/31/2026). A time without a
/// zone is in the shop's.
pub fn parse_opened(raw: &str, tz: Tz) -> Option<Ts> {
    let raw = raw.trim();
    if let Ok(t) = clock::parse(raw) {
        return Some(t);
    }
    if let Ok(t) = chrono::DateTime::parse_from_str(raw, "%Y-%m-%d %H:%M:%S %z") {
        return Some(clock::from_ms(t.timestamp_millis()));
    }
    const TIMES: &[&str] = &["%H:%M:%S", "%H:%M"];
    const DATES: &[&str] = &["%Y-%m-%d", "%Y/%m/%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y"];
    let local = DATES.iter().find_map(|d| {
        let with_time = TIMES.iter().find_map(|t| {
            NaiveDateTime::parse_from_str(raw, &format!("{d} {t}"))
                .ok()
                .or_else(|| NaiveDateTime::parse_from_str(raw, &format!("{d}T{t}")).ok())
        });
        with_time.or_else(|| NaiveDate::parse_from_str(raw, d).ok().and_then(|day| day.and_hms_opt(9, 0, 0)))
    })?;
    let at = tz.from_local_datetime(&local).earliest()?;
    Some(clock::from_ms(at.timestamp_millis()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excels_apostrophe_is_not_part_of_a_phone_number() {
        assert_eq!(clean("'+31623459201"), "+31623459201");
        assert_eq!(clean("O'Brien"), "O'Brien", "only a leading apostrophe goes");
    }

    #[test]
    fn help_desk_words_for_the_way_in_are_understood() {
        assert_eq!(parse_channel("Phone call (incoming)"), Some(Channel::Phone));
        assert_eq!(parse_channel("Web form"), Some(Channel::Other));
        assert_eq!(parse_channel("Outbound Email"), Some(Channel::Email));
        assert_eq!(parse_channel("Chat"), Some(Channel::Chat));
        assert_eq!(parse_channel("In de winkel"), Some(Channel::WalkIn));
        assert_eq!(parse_channel("carrier pigeon"), None, "an unknown way is said, not guessed");
    }

    #[test]
    fn dates_in_the_forms_people_type() {
        let tz = chrono_tz::Europe::Amsterdam;
        let day = |s: &str| parse_opened(s, tz).map(|t| t.with_timezone(&tz).format("%Y-%m-%d").to_string());
        assert_eq!(day("31-12-2025").as_deref(), Some("2025-12-31"));
        assert_eq!(day("31.12.2025 14:30").as_deref(), Some("2025-12-31"));
        assert_eq!(
            day("12/31/2025").as_deref(),
            Some("2025-12-31"),
            "month first only when the day shows it"
        );
        assert_eq!(day("2025-12-31 14:30:00 +0100").as_deref(), Some("2025-12-31"));
        assert_eq!(day("next tuesday"), None);
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        let q = quoted(&"x".repeat(2_000_000));
        assert!(q.chars().count() <= 61 && q.ends_with('…'), "a 2 MB cell is not quoted back whole");
    }
}
