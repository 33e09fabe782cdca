//! Cases: who is waiting on whom, and the queue.

use casebook::model::*;
use casebook::{Ctx, ErrorCode};

use crate::common::{at, Shop};

fn kinds(shop: &Shop, case_id: &str) -> Vec<&'static str> {
    let mut page = shop.store.case_timeline(case_id, None, 100).unwrap().entries;
    page.reverse();
    page.iter().map(|e| crate::common::kind_of(e)).collect()
}

#[test]
fn a_walk_in_opens_a_case_with_the_customers_words_and_puts_them_in_the_queue() {
    let mut shop = Shop::new();
    let c = shop.customer("Olu Adeyemi", "", "");
    let case = shop.open_case(&at(&shop.ana, 0), &c.id, "Brake squeal", Some("Squeals when I stop"));
    assert_eq!(case.status, CaseStatus::Open);
    assert_eq!(case.owner_name.as_deref(), Some("Ana Costa"));
    assert!(case.waiting_since.is_some(), "a new case needs our attention from the start");
    assert_eq!(
        kinds(&shop, &case.id),
        ["case_opened", "customer_message"],
        "opening and what they said are both events"
    );
    let queue = shop.store.queue(None, 50).unwrap();
    assert_eq!(queue.total, 1);
    assert_eq!(queue.cases[0].id, case.id, "the new case is in the queue");
}

#[test]
fn replying_stops_the_wait_a_note_does_not_and_a_new_message_starts_it_again() {
    let mut shop = Shop::new();
    let c = shop.customer("Priya Sharma", "", "");
    let case = shop.open_case(&at(&shop.ana, 0), &c.id, "Battery", Some("Won't charge"));

    shop.add(&at(&shop.ben, 10), &case.id, EntryKind::Note, "Checked the charger");
    let s = shop.store.case_summary(&case.id).unwrap();
    assert_eq!(
        s.waiting_since,
        Some(at(&shop.ana, 0).at),
        "an internal note is not an answer to the customer"
    );

    shop.add(&at(&shop.ben, 20), &case.id, EntryKind::Reply, "Bring the battery in");
    assert_eq!(shop.store.case_summary(&case.id).unwrap().waiting_since, None, "a reply answers them");

    shop.add(&at(&shop.ana, 60), &case.id, EntryKind::CustomerMessage, "Dropped it off");
    shop.add(&at(&shop.ana, 90), &case.id, EntryKind::CustomerMessage, "Any news?");
    assert_eq!(
        shop.store.case_summary(&case.id).unwrap().waiting_since,
        Some(at(&shop.ana, 60).at),
        "the wait runs from their first unanswered message"
    );
}

#[test]
fn a_customer_writing_on_a_resolved_case_reopens_it_and_says_why() {
    let mut shop = Shop::new();
    let c = shop.customer("Lukas Becker", "", "");
    let case = shop.open_case(&at(&shop.ana, 0), &c.id, "Gears slipping", None);
    let ctx = at(&shop.ana, 5);
    shop.store
        .write(|w| {
            w.update_case(
                &ctx,
                &CaseUpdate {
                    case_id: case.id.clone(),
                    status: Some(CaseStatus::Resolved),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    assert_eq!(shop.store.queue(None, 10).unwrap().total, 0, "a resolved case leaves the queue");

    shop.add(&at(&shop.ben, 60), &case.id, EntryKind::CustomerMessage, "It's slipping again");
    let s = shop.store.case_summary(&case.id).unwrap();
    assert_eq!(s.status, CaseStatus::Open, "their message reopens the case");
    let entries = shop.store.case_timeline(&case.id, None, 10).unwrap().entries;
    let reopened = entries
        .iter()
        .find_map(|e| match &e.event().unwrap() {
            EventPayload::Cases(CaseEvent::StatusChanged {
                from: CaseStatus::Resolved,
                to: CaseStatus::Open,
                reason,
            }) => Some(reason.clone()),
            _ => None,
        })
        .expect("the reopening is its own event, not a silent change");
    assert_eq!(reopened.as_deref(), Some("the customer wrote again"));
}

#[test]
fn status_priority_and_owner_changes_are_each_recorded() {
    let mut shop = Shop::new();
    let c = shop.customer("Tom de Vries", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Wheel truing", None);
    let ctx = shop.as_ana();
    let update = CaseUpdate {
        case_id: case.id.clone(),
        status: Some(CaseStatus::Waiting),
        priority: Some(Priority::High),
        owner_id: Some(Some(shop.ben.id.clone())),
    };
    let s = shop.store.write(|w| w.update_case(&ctx, &update)).unwrap();
    assert_eq!(
        (s.status, s.priority, s.owner_name.as_deref()),
        (CaseStatus::Waiting, Priority::High, Some("Ben Okafor"))
    );
    let k = kinds(&shop, &case.id);
    assert_eq!(
        &k[1..],
        ["assignment_changed", "priority_changed", "status_changed"],
        "one event per real change"
    );

    let before = shop.events();
    shop.store.write(|w| w.update_case(&ctx, &update)).unwrap();
    assert_eq!(shop.events(), before, "setting the same values again records nothing");

    let unassign = CaseUpdate { case_id: case.id.clone(), owner_id: Some(None), ..Default::default() };
    let s = shop.store.write(|w| w.update_case(&ctx, &unassign)).unwrap();
    assert_eq!(s.owner_id, None, "a case can be unassigned");
}

#[test]
fn the_queue_puts_the_longest_waiting_customer_first() {
    let mut shop = Shop::new();
    let a = shop.customer("Early Bird", "", "");
    let b = shop.customer("Late Comer", "", "");
    let c = shop.customer("Answered Already", "", "");
    let d = shop.customer("On Their Side", "", "");
    let late = shop.open_case(&at(&shop.ana, 30), &b.id, "Late", Some("hi"));
    let early = shop.open_case(&at(&shop.ana, 10), &a.id, "Early", Some("hi"));
    let answered = shop.open_case(&at(&shop.ana, 0), &c.id, "Answered", Some("hi"));
    shop.add(&at(&shop.ben, 5), &answered.id, EntryKind::Reply, "On it");
    let theirs = shop.open_case(&at(&shop.ana, 1), &d.id, "Theirs", Some("hi"));
    let ctx = at(&shop.ana, 2);
    shop.store
        .write(|w| {
            w.update_case(
                &ctx,
                &CaseUpdate {
                    case_id: theirs.id.clone(),
                    status: Some(CaseStatus::Waiting),
                    ..Default::default()
                },
            )
        })
        .unwrap();

    let order: Vec<String> =
        shop.store.queue(None, 50).unwrap().cases.into_iter().map(|c| c.subject).collect();
    assert_eq!(
        order,
        ["Early", "Late", "Answered", "Theirs"],
        "waiting customers by how long they wait, then answered cases, then cases waiting on the customer"
    );
    let _ = (early, late);
}

#[test]
fn queue_pages_cover_every_case_once() {
    let mut shop = Shop::new();
    let c = shop.customer("Many Cases", "", "");
    for i in 0..7 {
        shop.open_case(&at(&shop.ana, i), &c.id, &format!("Case {i}"), Some("hi"));
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = shop.store.queue(cursor.as_deref(), 3).unwrap();
        assert!(page.cases.len() <= 3, "a page never exceeds the limit");
        seen.extend(page.cases.into_iter().map(|c| c.subject));
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    let expected: Vec<String> = (0..7).map(|i| format!("Case {i}")).collect();
    assert_eq!(seen, expected, "paging returns each case exactly once, in order");
}

#[test]
fn bad_entries_are_refused_and_nothing_is_written() {
    let mut shop = Shop::new();
    let c = shop.customer("Grace Walsh", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Saddle", None);
    let ctx = shop.as_ana();
    let before = shop.events();
    let tries = [
        (
            NewEntry {
                case_id: case.id.clone(),
                kind: EntryKind::Reply,
                body: "  \n ".into(),
                direction: None,
            },
            ErrorCode::InvalidInput,
            "is empty",
        ),
        (
            NewEntry {
                case_id: case.id.clone(),
                kind: EntryKind::Note,
                body: "x".repeat(20_001),
                direction: None,
            },
            ErrorCode::InvalidInput,
            "too long",
        ),
        (
            NewEntry {
                case_id: "does-not-exist".into(),
                kind: EntryKind::Note,
                body: "hello".into(),
                direction: None,
            },
            ErrorCode::NotFound,
            "does-not-exist",
        ),
    ];
    for (input, code, words) in tries {
        let err = shop.store.write(|w| w.add_entry(&ctx, &input)).unwrap_err();
        assert_eq!(err.code(), code, "{err}");
        assert!(err.to_string().contains(words), "message should mention '{words}': {err}");
    }
    assert_eq!(shop.events(), before, "refused entries leave no trace");
}

#[test]
fn an_inactive_person_cannot_act_or_own_cases() {
    let mut shop = Shop::new();
    let c = shop.customer("Ivan Novak", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Chain", None);
    let ctx = shop.as_ana();
    let ben_id = shop.ben.id.clone();
    shop.store.write(|w| w.set_staff_active(&ctx, &ben_id, false)).unwrap();

    let err = shop
        .store
        .write(|w| {
            w.update_case(
                &ctx,
                &CaseUpdate {
                    case_id: case.id.clone(),
                    owner_id: Some(Some(ben_id.clone())),
                    ..Default::default()
                },
            )
        })
        .unwrap_err();
    assert!(err.to_string().contains("no longer active"), "{err}");

    let as_ben = Ctx::staff(&ben_id);
    let err = shop
        .store
        .write(|w| {
            w.add_entry(
                &as_ben,
                &NewEntry {
                    case_id: case.id.clone(),
                    kind: EntryKind::Note,
                    body: "hi".into(),
                    direction: None,
                },
            )
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict, "someone who left cannot write: {err}");
}

#[test]
fn renaming_a_case_records_the_new_subject_and_refuses_an_empty_one() {
    let mut shop = Shop::new();
    let c = shop.customer("Olu Adeyemi", "", "");
    let case = shop.open_case(&at(&shop.ana, 0), &c.id, "Brake sqeal", Some("Squeals when I stop"));
    let before = shop.store.queue(None, 50).unwrap().cases[0].clone();

    let renamed =
        shop.store.write(|w| w.rename_case(&at(&shop.ben, 5), &case.id, "  Brake squeal, front  ")).unwrap();
    assert_eq!(renamed.subject, "Brake squeal, front", "the subject is kept trimmed, as typed otherwise");
    assert_eq!(
        kinds(&shop, &case.id),
        ["case_opened", "customer_message", "case_renamed"],
        "the rename is on the case's history"
    );
    let queued = shop.store.queue(None, 50).unwrap().cases[0].clone();
    assert_eq!(
        (queued.updated_at, queued.due.map(|d| (d.at, d.target))),
        (before.updated_at, before.due.map(|d| (d.at, d.target))),
        "renaming is housekeeping: the case keeps its place and its due time"
    );

    shop.store.write(|w| w.rename_case(&at(&shop.ben, 6), &case.id, "Brake squeal, front")).unwrap();
    assert_eq!(kinds(&shop, &case.id).len(), 3, "the same subject again writes nothing");

    let err = shop.store.write(|w| w.rename_case(&at(&shop.ben, 7), &case.id, "   ")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "an empty subject is refused: {err}");
    assert_eq!(err.field(), Some("subject"), "and the form is told which field");
    let err = shop.store.write(|w| w.rename_case(&at(&shop.ben, 7), "no-such-case", "Gears")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "a case that is not there is said so: {err}");
    assert_eq!(shop.store.case_summary(&case.id).unwrap().subject, "Brake squeal, front", "nothing changed");
}
