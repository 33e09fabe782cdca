//! Every language's demo has the English demo's shape, in its own words.

use super::*;

fn sentences(w: &Words) -> Vec<&'static str> {
    let mut out = Vec::new();
    for script in w.scripts {
        out.push(script.subject);
        out.extend(script.turns.iter().map(|t| t.1));
    }
    for (always, never, recovery) in w.expectations {
        out.extend([*always, *never, *recovery]);
    }
    out.extend(w.promises.iter().map(|p| p.0));
    out.extend(w.profile_notes);
    out.extend(w.comments);
    out.push(w.recovery);
    for trouble in [&w.late, &w.warranty] {
        out.extend([trouble.note, trouble.changed]);
        out.extend(trouble.complaint);
    }
    out
}

#[test]
fn every_language_has_the_english_shape() {
    let en = Language::En.words();
    for lang in Language::ALL {
        let w = lang.words();
        let roles = |w: &Words| w.staff.iter().map(|s| s.1).collect::<Vec<_>>();
        assert_eq!(roles(w), roles(en), "{lang:?}: the same staff roles, so the same people lead and own");
        let sizes = |w: &Words| {
            [
                w.first.len(),
                w.last.len(),
                w.organisations.len(),
                w.segments.len(),
                w.profile_notes.len(),
                w.contact_hours.len(),
                w.turnaround.len(),
                w.colours.len(),
                w.bikes.len(),
                w.scripts.len(),
                w.expectations.len(),
                w.promises.len(),
                w.comments.len(),
            ]
        };
        assert_eq!(
            sizes(w),
            sizes(en),
            "{lang:?}: every table as long as the English one, so a seed picks alike"
        );
        for (mine, theirs) in w.scripts.iter().zip(en.scripts) {
            let turns = |s: &Script| s.turns.iter().map(|t| t.0).collect::<Vec<_>>();
            assert_eq!(
                turns(mine),
                turns(theirs),
                "{lang:?} '{}': the same turns as '{}'",
                mine.subject,
                theirs.subject
            );
            assert_eq!(mine.trouble, theirs.trouble, "{lang:?} '{}': the same trouble", mine.subject);
            assert_eq!(
                mine.subject.contains("{bike}"),
                theirs.subject.contains("{bike}"),
                "{lang:?} '{}': names the bike where English does",
                mine.subject
            );
        }
        let hours = |w: &Words| w.promises.iter().map(|p| p.1).collect::<Vec<_>>();
        assert_eq!(hours(w), hours(en), "{lang:?}: promises fall due at the same hours");
        let blanks = |t: &[&str]| t.iter().map(|s| s.is_empty()).collect::<Vec<_>>();
        assert_eq!(
            blanks(w.contact_hours),
            blanks(en.contact_hours),
            "{lang:?}: 'no preference' in the same place"
        );
        assert_eq!(
            blanks(w.turnaround),
            blanks(en.turnaround),
            "{lang:?}: 'no preference' in the same place"
        );
        assert_eq!(
            w.late.complaint.is_some(),
            en.late.complaint.is_some(),
            "{lang:?}: a late bike is complained about"
        );
        assert_eq!(
            w.warranty.complaint.is_some(),
            en.warranty.complaint.is_some(),
            "{lang:?}: as in English"
        );
        for line in sentences(w) {
            assert!(!line.trim().is_empty(), "{lang:?}: no empty line");
            assert!(
                !line.replace("{bike}", "").contains(['{', '}']),
                "{lang:?}: no placeholder but {{bike}} is left in '{line}'"
            );
        }
    }
}

#[test]
fn no_language_borrows_an_english_line() {
    let english = sentences(Language::En.words());
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let w = lang.words();
        for line in sentences(w) {
            assert!(!english.contains(&line), "{lang:?} says '{line}' in English");
        }
        let staff = |w: &Words| w.staff.iter().map(|s| s.0).collect::<Vec<_>>();
        for name in staff(w) {
            assert!(!staff(Language::En.words()).contains(&name), "{lang:?}: its own staff, not '{name}'");
        }
        // A word like "e-bike" is borrowed by some languages; the rest are their own.
        let own = w.bikes.iter().filter(|b| !Language::En.words().bikes.contains(b)).count();
        assert!(own + 1 >= w.bikes.len(), "{lang:?}: its own words for bikes: {:?}", w.bikes);
    }
}

#[test]
fn a_bike_reads_naturally_in_each_language() {
    let bike = |lang: Language| (lang.words().bike)(lang.words().colours[0], lang.words().bikes[1]);
    assert_eq!(bike(Language::En), "blue city bike");
    assert_eq!(bike(Language::Nl), "blauwe stadsfiets", "Dutch: the colour first, inflected");
    assert_eq!(bike(Language::De), "blauen Stadtrad", "German: dative after 'am'");
    assert_eq!(bike(Language::Fr), "vélo de ville bleu", "French: the colour after the bike");
    assert_eq!(bike(Language::Es), "bicicleta urbana azul", "Spanish: the colour after the bike");
}

#[test]
fn phone_numbers_are_written_as_in_the_country() {
    let phone = |lang: Language, kind| (lang.words().phone)(kind, 7, 4321);
    assert_eq!(phone(Language::En, 0), "+31 6 1007 4321", "the English shop is in Amsterdam");
    assert_eq!(phone(Language::Nl, 1), "06-1007 4321");
    assert_eq!(phone(Language::De, 0), "+49 151 10074321");
    assert_eq!(phone(Language::Fr, 1), "06 10 07 43 21", "French numbers go in pairs");
    assert_eq!(phone(Language::Es, 0), "+34 610 074 321", "Spanish numbers go in threes");
    for lang in Language::ALL {
        for kind in 0..3 {
            let digits = phone(lang, kind).chars().filter(char::is_ascii_digit).count();
            assert!((9..=13).contains(&digits), "{lang:?}: a whole number, not '{}'", phone(lang, kind));
        }
    }
}

#[test]
fn a_language_is_read_from_a_tag_or_a_locale() {
    assert_eq!(Language::from_tag("nl"), Some(Language::Nl));
    assert_eq!(Language::from_tag("de-AT"), Some(Language::De), "a region is ignored");
    assert_eq!(Language::from_tag("fr_CH.UTF-8"), Some(Language::Fr), "a POSIX locale is read");
    assert_eq!(Language::from_tag(" ES "), Some(Language::Es), "case and spaces are ignored");
    assert_eq!(Language::from_tag("pt-BR"), None, "a language the demo does not speak");
    assert_eq!(Language::from_tag("C"), None);
    for lang in Language::ALL {
        assert_eq!(Language::from_tag(lang.code()), Some(lang), "each code reads back");
    }
}

#[test]
fn the_computers_language_is_the_one_the_app_speaks_by_default() {
    assert_eq!(
        Language::of_system().code(),
        crate::core::words::Lang::from_system().code(),
        "the demo and the app's words follow the computer alike"
    );
}
