//! Customers: checked input, and no duplicates by accident.

use casebook::model::*;
use casebook::ErrorCode;

use crate::common::Shop;

fn new_customer(name: &str, phones: &[&str], emails: &[&str]) -> NewCustomer {
    NewCustomer {
        name: name.into(),
        phones: phones.iter().map(|s| s.to_string()).collect(),
        emails: emails.iter().map(|s| s.to_string()).collect(),
        ..NewCustomer::default()
    }
}

#[test]
fn bad_input_is_refused_with_a_clear_message_and_nothing_is_written() {
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let cases: &[(NewCustomer, &str)] = &[
        (new_customer("", &[], &[]), "Customer name is empty"),
        (new_customer("   \t ", &[], &[]), "Customer name is empty"),
        (new_customer("Ana", &[], &["ana.example.com"]), "not a valid email address"),
        (new_customer("Ana", &[], &["ana@example"]), "not a valid email address"),
        (new_customer("Ana", &["call me"], &[]), "not a valid phone number"),
        (new_customer(&"A".repeat(121), &[], &[]), "too long"),
    ];
    for (input, expected) in cases {
        let before = shop.events();
        let err = shop.store.write(|w| w.create_customer(&ctx, input, false)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{input:?} is invalid input");
        assert!(
            err.to_string().contains(expected),
            "message for {input:?} should say '{expected}', got: {err}"
        );
        assert_eq!(shop.events(), before, "nothing is written for {input:?}");
    }
    assert_eq!(shop.store.desk_info().unwrap().customers, 0, "no customer was created");
}

#[test]
fn the_same_phone_in_another_format_is_offered_before_creating_a_duplicate() {
    let mut shop = Shop::new();
    let existing = shop.customer("Sanne de Jong", "+31 6 1234 5678", "");
    let ctx = shop.as_ben();
    let input = new_customer("S. de Jong", &["0612 345 678"], &[]);
    let err = shop.store.write(|w| w.create_customer(&ctx, &input, false)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DuplicateCustomer, "an exact phone match is caught: {err}");
    assert!(err.to_string().contains("Sanne de Jong"), "the message names who already has it: {err}");
    assert!(err.to_string().contains("already has this phone number"), "and what they share: {err}");
    let dutch = err.text(casebook::Lang::Nl);
    assert!(dutch.contains("heeft dit telefoonnummer al"), "in Dutch, all of it in Dutch: {dutch}");

    let matches = shop.store.find_duplicates(&["06-12345678".into()], &[]).unwrap();
    assert_eq!(matches.len(), 1, "the duplicate check finds the existing customer");
    assert_eq!(matches[0].id, existing.id);
    assert_eq!(matches[0].matched_on, MatchField::Phone);

    let created = shop.store.write(|w| w.create_customer(&ctx, &input, true)).unwrap();
    assert_ne!(created.id, existing.id, "after confirming 'a different person', a separate record is made");
}

#[test]
fn an_email_match_ignores_case() {
    let mut shop = Shop::new();
    shop.customer("Ana Silva", "", "Ana.Silva@Example.com");
    let found = shop.store.find_duplicates(&[], &["ana.silva@example.COM".into()]).unwrap();
    assert_eq!(found.len(), 1, "emails differ only in case: same person");
    assert_eq!(found[0].matched_on, MatchField::Email);
    assert!(
        shop.store.find_duplicates(&["not a phone".into()], &["nonsense".into()]).unwrap().is_empty(),
        "invalid contacts in the check are skipped, not an error"
    );
}

#[test]
fn contacts_are_kept_in_order_and_repeats_collapse() {
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let input = new_customer("Mei Chen", &["020 555 0101", "06 1111 2222", "020-555-0101"], &[]);
    let c = shop.store.write(|w| w.create_customer(&ctx, &input, false)).unwrap();
    assert_eq!(c.phones, vec!["020 555 0101", "06 1111 2222"], "the same number typed twice is stored once");
}

#[test]
fn updating_an_unknown_customer_says_not_found() {
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let err =
        shop.store.write(|w| w.update_customer(&ctx, "no-such-id", &CustomerPatch::default())).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "{err}");
    assert!(err.to_string().contains("no-such-id"), "the message names the id: {err}");
}
