//! The unified timeline: every event of every case of a customer, newest first.

use casebook::model::*;
use casebook::ErrorCode;

use crate::common::{at, Shop};

#[test]
fn a_customers_timeline_spans_all_their_cases_newest_first_with_who_did_what() {
    let mut shop = Shop::new();
    let c = shop.customer("Femke Mulder", "", "");
    let other = shop.customer("Someone Else", "", "");
    let first = shop.open_case(&at(&shop.ana, 0), &c.id, "Puncture", Some("Flat again"));
    shop.add(&at(&shop.ana, 5), &first.id, EntryKind::Reply, "Fixed, ready at five");
    let second = shop.open_case(&at(&shop.ben, 60), &c.id, "Child seat", Some("Can you fit a seat?"));
    shop.add(&at(&shop.ben, 65), &second.id, EntryKind::Note, "Seat ordered");
    shop.open_case(&at(&shop.ben, 70), &other.id, "Not hers", Some("unrelated"));

    let page = shop.store.customer_timeline(&c.id, None, 50).unwrap();
    let summary: Vec<(&str, Option<&str>, Option<&str>)> = page
        .entries
        .iter()
        .filter(|e| e.case_id.is_some())
        .map(|e| (crate::common::kind_of(e), e.staff_name.as_deref(), e.case_subject.as_deref()))
        .collect();
    assert_eq!(
        &summary[..4],
        [
            ("note", Some("Ben Okafor"), Some("Child seat")),
            ("customer_message", Some("Ben Okafor"), Some("Child seat")),
            ("case_opened", Some("Ben Okafor"), Some("Child seat")),
            ("reply", Some("Ana Costa"), Some("Puncture")),
        ],
        "newest first, across both cases, each with its author and case"
    );
    assert!(
        page.entries.iter().all(|e| e.customer_id.as_deref() == Some(c.id.as_str())),
        "another customer's events never appear"
    );
    let written: Vec<String> = {
        let mut stmt = shop
            .store
            .connection()
            .prepare("SELECT id FROM events WHERE customer_id = ?1 ORDER BY seq DESC")
            .unwrap();
        stmt.query_map([&c.id], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    let shown: Vec<String> = page.entries.iter().map(|e| e.id.clone()).collect();
    assert_eq!(
        shown, written,
        "entries are in the agreed order, newest first (here, the order they were written)"
    );
}

#[test]
fn timeline_pages_join_up_without_gaps_or_repeats() {
    let mut shop = Shop::new();
    let c = shop.customer("Paged Person", "", "");
    let case = shop.open_case(&at(&shop.ana, 0), &c.id, "Long story", None);
    for i in 0..23 {
        // Several entries share a minute, so paging must break ties correctly.
        shop.add(&at(&shop.ana, 1 + i / 3), &case.id, EntryKind::Note, &format!("note {i}"));
    }
    let all = shop.store.customer_timeline(&c.id, None, 200).unwrap().entries;
    let mut paged = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = shop.store.customer_timeline(&c.id, cursor.as_deref(), 4).unwrap();
        paged.extend(page.entries);
        match page.next_cursor {
            Some(n) => cursor = Some(n),
            None => break,
        }
    }
    let ids = |v: &[TimelineEntry]| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&paged), ids(&all), "pages of 4 add up to the whole timeline, in order");
}

#[test]
fn a_malformed_cursor_or_unknown_customer_is_a_clear_error() {
    let mut shop = Shop::new();
    let c = shop.customer("Cursor Test", "", "");
    let err = shop.store.customer_timeline(&c.id, Some("not-a-cursor"), 10).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
    let err = shop.store.customer_timeline("nobody", None, 10).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "{err}");
    let err = shop.store.case_detail("no-case").unwrap_err();
    assert!(err.to_string().contains("Case 'no-case' was not found"), "{err}");
}

#[test]
fn pages_are_capped_whatever_is_asked() {
    let mut shop = Shop::new();
    let c = shop.customer("Cap Test", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Cap", None);
    for i in 0..210 {
        shop.add(&shop.as_ana(), &case.id, EntryKind::Note, &format!("n{i}"));
    }
    let page = shop.store.case_timeline(&case.id, None, 100_000).unwrap();
    assert_eq!(page.entries.len(), 200, "no single response grows without bound");
    assert!(page.next_cursor.is_some(), "and the rest is one page away");
}
