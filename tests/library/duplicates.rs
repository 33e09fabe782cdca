//! Duplicate customers: suggested by phone, email or name, merged with
//! everything following the record added first (whichever way round), an old
//! id still finding them, and a merge taken back.

use casebook::model::*;
use casebook::Ctx;

use crate::common::{at, Shop};

fn promise(shop: &mut Shop, case_id: &str, text: &str) -> Promise {
    let ctx = shop.as_ana();
    let input = NewPromise {
        case_id: case_id.into(),
        text: text.into(),
        due_at: casebook::clock::now() + chrono::Duration::days(1),
        owner_id: None,
    };
    shop.store.write(|w| w.make_promise(&ctx, &input)).unwrap()
}

/// Two records of Dana: one from the counter, one from the workshop.
fn twins(shop: &mut Shop) -> (Customer, Customer) {
    let first = shop.customer("Dana Reyes", "+31 6 1234 5678", "");
    let ctx = shop.as_ben();
    let second = shop
        .store
        .write(|w| {
            w.create_customer(
                &ctx,
                &NewCustomer {
                    name: "dana  reyes".into(),
                    phones: vec!["06-12345678".into()],
                    emails: vec!["dana@example.com".into()],
                    organisation: "Reyes Bikes".into(),
                    ..NewCustomer::default()
                },
                true,
            )
        })
        .unwrap();
    (first, second)
}

#[test]
fn likely_duplicates_are_suggested_with_the_reasons_and_the_older_record_first() {
    let mut shop = Shop::new();
    let (first, second) = twins(&mut shop);
    shop.customer("Someone Else", "+31 6 9999 0000", "");
    let pairs = shop.store.likely_duplicates(20).unwrap();
    assert_eq!(pairs.len(), 1, "only the look-alike pair is offered: {pairs:?}");
    let pair = &pairs[0];
    assert_eq!(pair.first.id, first.id, "the record added first is the one that stays");
    assert_eq!(pair.second.id, second.id);
    assert_eq!(
        pair.reasons,
        vec![DuplicateReason::SameName, DuplicateReason::SamePhone],
        "the national and international forms of one number meet, and the name matches whatever its spacing"
    );

    let ctx = shop.as_ana();
    shop.store.write(|w| w.dismiss_duplicate(&ctx, &second.id, &first.id)).unwrap();
    assert!(
        shop.store.likely_duplicates(20).unwrap().is_empty(),
        "a pair said to be two people is not offered again"
    );
}

#[test]
fn a_different_person_said_so_at_the_counter_is_not_offered_as_a_duplicate() {
    let mut shop = Shop::new();
    let father = shop.customer("Piet Jansen", "+31 6 2222 3333", "");
    let ctx = shop.as_ben();
    // The son shares the family's phone; the person at the counter says he is someone else.
    let input = NewInteraction {
        customer: CustomerChoice::New {
            customer: NewCustomer {
                name: "Piet Jansen jr".into(),
                phones: vec!["06 2222 3333".into()],
                ..NewCustomer::default()
            },
            allow_duplicate: true,
        },
        subject: "Puncture".into(),
        channel: Channel::WalkIn,
        priority: Priority::Normal,
        owner_id: None,
        message: None,
        expectations: None,
    };
    let case = shop.store.write(|w| w.open_case(&ctx, &input)).unwrap();
    assert_ne!(case.customer_id, father.id, "a customer of his own");
    let pairs = shop.store.likely_duplicates(20).unwrap();
    assert!(pairs.is_empty(), "the pair the counter said were two people is not offered: {pairs:?}");
}

#[test]
fn a_merge_moves_everything_to_the_older_record_whichever_way_round_it_was_asked() {
    for reversed in [false, true] {
        let mut shop = Shop::new();
        let (first, second) = twins(&mut shop);
        let c1 = shop.open_case(&at(&shop.ana, 0), &first.id, "Brakes", Some("Squeal"));
        let c2 = shop.open_case(&at(&shop.ben, 10), &second.id, "Wheel", Some("Wobble"));
        let p2 = promise(&mut shop, &c2.id, "Call back with a price");
        let ctx = shop.as_ana();
        let (a, b) = if reversed { (&second.id, &first.id) } else { (&first.id, &second.id) };
        let kept = shop.store.write(|w| w.merge_customers(&ctx, a, b)).unwrap();
        assert_eq!(kept, first.id, "the older record survives (asked the other way round: {reversed})");

        let merged = shop.store.customer(&first.id).unwrap();
        assert_eq!(merged.total_cases, 2, "both cases are the survivor's");
        assert_eq!(
            merged.phones.len(),
            1,
            "one number written two ways stays one number: {:?}",
            merged.phones
        );
        assert_eq!(merged.emails, vec!["dana@example.com".to_owned()], "the other's email is taken over");
        assert_eq!(merged.organisation, "Reyes Bikes", "an empty field is filled from the other record");
        assert_eq!(
            shop.store.customer(&second.id).unwrap().id,
            first.id,
            "the old id opens the merged customer"
        );
        let promises = shop.store.customer_context(&first.id).unwrap().open_promises;
        assert!(promises.iter().any(|p| p.id == p2.id), "the other's promise follows: {promises:?}");
        let timeline = shop.store.customer_timeline(&first.id, None, 100).unwrap();
        assert!(
            timeline.entries.iter().any(|e| e.case_id.as_deref() == Some(c2.id.as_str())),
            "one timeline holds both records' history"
        );
        assert!(timeline.entries.iter().any(|e| e.case_id.as_deref() == Some(c1.id.as_str())));
        let found = shop.store.lookup_customers("reyes", 10).unwrap();
        assert_eq!(found.len(), 1, "look-up finds one Dana, not two: {found:?}");
        assert!(shop.store.likely_duplicates(10).unwrap().is_empty(), "and suggests nothing more");
    }
}

#[test]
fn an_undone_merge_gives_each_record_back_its_own_history() {
    let mut shop = Shop::new();
    let (first, second) = twins(&mut shop);
    let before_first = shop.store.customer(&first.id).unwrap();
    let before_second = shop.store.customer(&second.id).unwrap();
    shop.open_case(&at(&shop.ana, 0), &first.id, "Brakes", Some("Squeal"));
    let c2 = shop.open_case(&at(&shop.ben, 10), &second.id, "Wheel", Some("Wobble"));
    let ctx = shop.as_ana();
    shop.store.write(|w| w.merge_customers(&ctx, &first.id, &second.id)).unwrap();
    // Written while merged, on the other's old case: it stays with that case.
    shop.add(&at(&shop.ana, 20), &c2.id, EntryKind::Reply, "Trued the wheel");
    let merges = shop.store.customer_merges(&first.id).unwrap();
    assert_eq!(merges.len(), 1, "the profile shows the merge that can be undone");
    assert_eq!(merges[0].other_name, "dana reyes", "named as the record was called");

    let back = shop.store.write(|w| w.undo_merge(&ctx, &merges[0].merge_id)).unwrap();
    assert_eq!(back, second.id, "the folded-in record comes back");
    let (a, b) = (shop.store.customer(&first.id).unwrap(), shop.store.customer(&second.id).unwrap());
    assert_eq!((a.total_cases, b.total_cases), (1, 1), "each has its own case again");
    assert_eq!(a.phones, before_first.phones, "contacts are each record's own again");
    assert_eq!(b.emails, before_second.emails);
    assert_eq!(a.organisation, "", "nothing borrowed is kept");
    let wheel = shop.store.case_timeline(&c2.id, None, 10).unwrap();
    assert!(
        wheel.entries.iter().any(|e| e.customer_id.is_some()),
        "the reply written while merged stays on its case"
    );
    assert!(shop.store.customer_merges(&first.id).unwrap().is_empty(), "nothing left to undo");
    let err = shop.store.write(|w| w.undo_merge(&ctx, &merges[0].merge_id)).unwrap_err();
    assert!(err.to_string().contains("not in effect"), "undoing twice is refused clearly: {err}");
    let again = shop.store.write(|w| w.merge_customers(&ctx, &second.id, &first.id)).unwrap();
    assert_eq!(again, first.id, "and they can be merged again");
}

#[test]
fn merging_a_customer_with_themselves_or_a_missing_one_is_refused_and_changes_nothing() {
    let mut shop = Shop::new();
    let (first, _) = twins(&mut shop);
    let events = shop.events();
    let ctx = shop.as_ana();
    let err = shop.store.write(|w| w.merge_customers(&ctx, &first.id, &first.id)).unwrap_err();
    assert!(err.to_string().contains("already one customer"), "{err}");
    let err = shop
        .store
        .write(|w| w.merge_customers(&ctx, &first.id, "01a00000-0000-7000-8000-000000000000"))
        .unwrap_err();
    assert_eq!(err.code(), casebook::ErrorCode::NotFound, "a customer that is not there: {err}");
    let err = shop.store.write(|w| w.merge_customers(&Ctx::now(None), &first.id, &first.id)).unwrap_err();
    assert!(!err.to_string().is_empty());
    assert_eq!(shop.events(), events, "nothing was written");
}
