//! The demo shop in each language it speaks: the same shop, in its own words.

use std::collections::BTreeSet;

use casebook::demo::{seed_in, Language, SeedOptions};
use casebook::{clock, Store};

fn demo(language: Language) -> (Store, casebook::demo::SeedReport) {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|w| {
            w.adopt_settings(
                &casebook::hours::CalendarSpec::default_for("Europe/Amsterdam"),
                &casebook::hours::TargetPolicy::default(),
            )
        })
        .unwrap();
    let report =
        seed_in(&mut store, &SeedOptions { seed: 7, customers: 30, events: None, now }, language).unwrap();
    (store, report)
}

/// The log without its words: each event's kind, time and who, customer and
/// case it belongs to (ids by order of first appearance).
fn shape(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut n = |id: Option<String>| {
        id.map(|id| match ids.iter().position(|s| *s == id) {
            Some(i) => i,
            None => {
                ids.push(id);
                ids.len() - 1
            }
        })
    };
    let mut out = Vec::new();
    store
        .each_event(|e| {
            out.push(format!(
                "{}|{}|{:?}|{:?}|{:?}",
                e.kind,
                e.at,
                n(e.staff_id.clone()),
                n(e.customer_id.clone()),
                n(e.case_id.clone())
            ));
            Ok(())
        })
        .unwrap();
    out
}

/// The names the log gives the expectations' fields: codes kept as they are
/// in every language, not words anybody said.
const FIELD_NAMES: &[&str] =
    &["preferred channel", "contact hours", "always do", "never do", "if we get it wrong"];

/// Every phrase people said or wrote in the history: the payloads' texts of
/// more than one word, leaving out names and phone numbers (which are not
/// words of a language), single words (codes, channels, causes) and the log's
/// field names.
fn phrases(store: &Store) -> BTreeSet<String> {
    fn walk(key: &str, value: &serde_json::Value, out: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::String(s)
                if !["name", "phones", "emails", "display", "key"].contains(&key)
                    && s.contains(' ')
                    && !FIELD_NAMES.contains(&s.as_str()) =>
            {
                out.insert(s.clone());
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(key, v, out)),
            serde_json::Value::Object(fields) => fields.iter().for_each(|(k, v)| walk(k, v, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    store
        .each_event(|e| {
            // A saved reply holds a version in every language on purpose:
            // the customer's language picks one.
            if e.kind.starts_with("saved_reply") {
                return Ok(());
            }
            walk("", &serde_json::from_str(&e.payload).unwrap(), &mut out);
            Ok(())
        })
        .unwrap();
    out
}

fn staff_names(store: &Store) -> Vec<String> {
    store.list_staff().unwrap().into_iter().map(|s| s.name).collect()
}

/// Small words each language uses all the time and the others do not.
fn common_words(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &["the", "and", "not", "with", "we", "you", "for", "to", "on", "of", "it", "was"],
        Language::Nl => {
            &["het", "een", "van", "op", "niet", "met", "voor", "naar", "ik", "dat", "als", "bij"]
        }
        Language::De => {
            &["der", "die", "das", "und", "ist", "nicht", "mit", "wir", "sie", "ich", "eine", "den"]
        }
        Language::Fr => &["le", "les", "du", "des", "et", "est", "pas", "une", "nous", "vous", "je", "pour"],
        Language::Es => &["el", "los", "las", "del", "y", "es", "una", "con", "para", "lo", "por", "se"],
    }
}

/// Which language's small words the phrases use most.
fn most_like(phrases: &BTreeSet<String>) -> Language {
    let hits = |language: Language| {
        phrases
            .iter()
            .flat_map(|p| p.split(|c: char| !c.is_alphabetic()))
            .filter(|w| common_words(language).contains(&w.to_lowercase().as_str()))
            .count()
    };
    Language::ALL.into_iter().max_by_key(|l| hits(*l)).unwrap()
}

#[test]
fn every_language_makes_the_same_shop_in_its_own_words() {
    let (english, english_report) = demo(Language::En);
    let english_phrases = phrases(&english);
    assert_eq!(most_like(&english_phrases), Language::En, "the check below tells English from the others");
    for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let (store, report) = demo(language);
        assert_eq!(
            report, english_report,
            "{language:?}: as many staff, customers, cases and events as in English"
        );
        assert_eq!(
            shape(&store),
            shape(&english),
            "{language:?}: the same events at the same times, by the same people, for the same customers and cases"
        );
        let mine = phrases(&store);
        assert!(mine.len() > 50, "{language:?}: a history with plenty to read ({} phrases)", mine.len());
        let borrowed: Vec<_> = mine.intersection(&english_phrases).collect();
        assert!(borrowed.is_empty(), "{language:?}: no English line is left: {borrowed:?}");
        assert_eq!(most_like(&mine), language, "{language:?}: the phrases are in that language");
        let staff = staff_names(&store);
        assert!(
            staff.iter().all(|name| !staff_names(&english).contains(name)),
            "{language:?}: its own staff, not the English shop's: {staff:?}"
        );
    }
}

#[test]
fn a_seed_makes_the_same_shop_again_in_each_language() {
    for language in Language::ALL {
        let (a, _) = demo(language);
        let (b, _) = demo(language);
        assert_eq!(shape(&a), shape(&b), "{language:?}: the same events again");
        assert_eq!(phrases(&a), phrases(&b), "{language:?}: the same words again");
        assert_eq!(staff_names(&a), staff_names(&b), "{language:?}: the same people again");
    }
}

#[test]
fn the_first_run_offer_speaks_the_language_asked_for() {
    let staff_in = |language: Language| {
        let mut store = Store::open_in_memory().unwrap();
        seed_in(&mut store, &SeedOptions::demo(clock::now()), language).unwrap();
        staff_names(&store)
    };
    let loaded = |tag: Option<&str>| {
        let mut store = Store::open_in_memory().unwrap();
        casebook::demo::load(&mut store, tag).unwrap();
        staff_names(&store)
    };
    assert_eq!(loaded(Some("nl-NL")), staff_in(Language::Nl), "a tag with a region is read");
    assert_eq!(loaded(Some("fr")), staff_in(Language::Fr));
    assert_eq!(
        loaded(Some("pt-BR")),
        staff_in(Language::En),
        "a language the demo does not speak is English"
    );
    assert_eq!(loaded(None), staff_in(Language::of_system()), "no language asked: the computer's");
}

#[test]
fn the_command_line_seeds_in_a_language_and_english_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let run = |db: &str, args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_casebook"))
            .arg("--db")
            .arg(dir.path().join(db))
            .args(args)
            .env_remove("CASEBOOK_DB")
            .env("LANG", "de_DE.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap()
    };
    let names = |db: &str| {
        let store = Store::open(dir.path().join(db)).unwrap();
        staff_names(&store)
    };
    let seed_args = ["seed", "--customers", "3", "--now", "2026-11-20T15:00:00Z"];
    let out = run("es.db", &[&seed_args[..], &["--lang", "es"]].concat());
    assert!(out.status.success(), "seeding in Spanish succeeds: {}", String::from_utf8_lossy(&out.stderr));
    assert!(run("en.db", &seed_args).status.success());
    assert!(run("system.db", &[&seed_args[..], &["--lang", "system"]].concat()).status.success());

    let mut spanish = Store::open_in_memory().unwrap();
    seed_in(&mut spanish, &SeedOptions::demo(clock::now()), Language::Es).unwrap();
    assert_eq!(names("es.db"), staff_names(&spanish), "--lang es gives the Spanish shop");
    let mut english = Store::open_in_memory().unwrap();
    seed_in(&mut english, &SeedOptions::demo(clock::now()), Language::En).unwrap();
    assert_eq!(names("en.db"), staff_names(&english), "without --lang, English on every computer");
    let mut german = Store::open_in_memory().unwrap();
    seed_in(&mut german, &SeedOptions::demo(clock::now()), Language::De).unwrap();
    assert_eq!(names("system.db"), staff_names(&german), "--lang system follows LANG");

    let out = run("xx.db", &[&seed_args[..], &["--lang", "xx"]].concat());
    assert!(!out.status.success(), "a language the demo does not speak is refused");
    assert!(!dir.path().join("xx.db").exists() || names("xx.db").is_empty(), "and nothing is seeded");
}
