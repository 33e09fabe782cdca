//! The type-ahead look-up used when logging a walk-in or a call.

use casebook::model::*;

use crate::common::Shop;

fn names(found: &[CustomerMatch]) -> Vec<&str> {
    found.iter().map(|c| c.name.as_str()).collect()
}

fn shop() -> Shop {
    let mut shop = Shop::new();
    shop.customer("José García", "+31 6 1234 5678", "jose@example.com");
    shop.customer("Josephine Baker", "020 555 0147", "jb@example.org");
    shop.customer("Søren Nielsen", "", "soren@fietsen.example.nl");
    shop
}

#[test]
fn names_match_by_prefix_with_accents_ignored() {
    let shop = shop();
    assert_eq!(
        names(&shop.store.lookup_customers("jose", 10).unwrap()),
        ["José García", "Josephine Baker"],
        "'jose' finds José and Josephine"
    );
    assert_eq!(
        names(&shop.store.lookup_customers("garc", 10).unwrap()),
        ["José García"],
        "surname prefixes work"
    );
    assert_eq!(
        names(&shop.store.lookup_customers("jo gar", 10).unwrap()),
        ["José García"],
        "every word must match"
    );
}

#[test]
fn phone_numbers_match_whatever_their_formatting() {
    let shop = shop();
    for typed in ["0612 345 678", "06-12345678", "+31 6 1234", "0612"] {
        let found = shop.store.lookup_customers(typed, 10).unwrap();
        assert_eq!(names(&found), ["José García"], "'{typed}' is José's number");
        assert_eq!(found[0].matched_on, MatchField::Phone, "and says it matched on the phone");
    }
}

#[test]
fn emails_match_by_prefix() {
    let shop = shop();
    let found = shop.store.lookup_customers("soren@fiet", 10).unwrap();
    assert_eq!(names(&found), ["Søren Nielsen"]);
    assert_eq!(found[0].matched_on, MatchField::Email);
}

#[test]
fn search_syntax_and_junk_are_plain_text_and_never_an_error() {
    let shop = shop();
    for junk in [
        "\"",
        "jose\"",
        "*",
        "-",
        "NEAR(",
        "(((",
        "jo* OR x",
        "🚲",
        "'; DROP TABLE customers; --",
        &"a".repeat(10_000),
    ] {
        let result = shop.store.lookup_customers(junk, 10);
        assert!(result.is_ok(), "'{}' must not be an error: {:?}", &junk[..junk.len().min(20)], result.err());
    }
    assert!(shop.store.lookup_customers("   ", 10).unwrap().is_empty(), "blank finds nobody");
    assert_eq!(
        names(&shop.store.lookup_customers("\"jose\"", 10).unwrap()).len(),
        2,
        "quotes are ignored, the word still matches"
    );
}
