//! Escalations with a root cause, the complaints register, satisfaction scores,
//! outreach, and the bad input each must refuse without writing anything.

use casebook::model::*;
use casebook::{clock, Ctx, ErrorCode, Store};

use crate::common::Shop;

fn lead(shop: &mut Shop) -> Staff {
    let ctx = shop.as_ana();
    shop.store
        .write(|w| w.add_staff(&ctx, &NewStaff { name: "Lea Lead".into(), role: StaffRole::Lead }))
        .unwrap()
}

fn a_case(shop: &mut Shop) -> CaseSummary {
    let c = shop.customer("Zoë Visser", "06 1234 5678", "");
    let ctx = shop.as_ben();
    shop.open_case(&ctx, &c.id, "Wheel rubs", Some("It rubs"))
}

#[test]
fn an_escalation_needs_a_root_cause_from_the_list_a_note_and_a_lead() {
    let mut shop = Shop::new();
    let lea = lead(&mut shop);
    let case = a_case(&mut shop);
    let ben = shop.as_ben();
    let before = shop.events();
    let input = |cause: &str, note: &str, to: &str| NewEscalation {
        case_id: case.id.clone(),
        to_staff_id: to.into(),
        cause: cause.into(),
        note: note.into(),
    };
    for (bad, why, says) in [
        (input("", "Upset", &lea.id), "no root cause", "Pick the root cause"),
        (input("weather", "Upset", &lea.id), "a cause not on the list", "not one of the shop's root causes"),
        (input("workload", "  ", &lea.id), "no note", "What happened"),
        (
            input("workload", "Upset", &shop.ben.id.clone()),
            "a colleague who is not a lead",
            "not an active shift lead or owner",
        ),
    ] {
        let err = shop.store.write(|w| w.escalate(&ben, &bad)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{why} is refused as bad input: {err}");
        assert!(err.to_string().contains(says), "{why}: the message says what to do: {err}");
    }
    assert_eq!(shop.events(), before, "nothing was written by the refused escalations");

    let x = shop.store.write(|w| w.escalate(&ben, &input("Workload", "Third late part", &lea.id))).unwrap();
    assert_eq!(
        (x.cause.as_str(), x.to_name.as_str()),
        ("workload", "Lea Lead"),
        "the cause as the list spells it"
    );
    let again = shop.store.write(|w| w.escalate(&ben, &input("process", "Again", &lea.id))).unwrap_err();
    assert_eq!(again.code(), ErrorCode::Conflict, "one open escalation per case: {again}");

    let closing =
        EscalationClosing { escalation_id: x.id.clone(), what_changed: "Parts ordered a week ahead".into() };
    let err = shop.store.write(|w| w.close_escalation(&ben, &closing)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "a staff member cannot close an escalation: {err}");
    let empty = EscalationClosing { escalation_id: x.id.clone(), what_changed: String::new() };
    let err = shop.store.write(|w| w.close_escalation(&Ctx::staff(&lea.id), &empty)).unwrap_err();
    assert!(err.to_string().contains("What changed"), "closing needs what changed: {err}");
    let closed = shop.store.write(|w| w.close_escalation(&Ctx::staff(&lea.id), &closing)).unwrap();
    assert_eq!(closed.status, EscalationStatus::Closed);
    assert_eq!(closed.closed_by_name.as_deref(), Some("Lea Lead"));

    let register = shop.store.escalations(EscalationStatus::Closed, 50).unwrap();
    assert_eq!((register.open, register.closed), (0, 1), "the register counts open and closed");
    assert_eq!(register.escalations[0].what_changed.as_deref(), Some("Parts ordered a week ahead"));
    let detail = shop.store.case_detail(&case.id).unwrap();
    assert_eq!(detail.escalations.len(), 1, "the case page shows its escalations");
}

#[test]
fn the_root_cause_list_is_the_shops_to_edit() {
    let mut shop = Shop::new();
    assert_eq!(
        shop.store.root_causes().unwrap(),
        ["technology", "workload", "process", "communication", "product", "supplier", "other"],
        "a new shop starts with the default list"
    );
    let ben = shop.as_ben();
    let err = shop.store.write(|w| w.set_root_causes(&ben, &["x".into()])).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotAllowed, "staff cannot change the list: {err}");
    let ana = shop.as_ana();
    let err = shop.store.write(|w| w.set_root_causes(&ana, &[" ".into()])).unwrap_err();
    assert!(err.to_string().contains("at least one"), "an empty list is refused: {err}");
    let err = shop.store.write(|w| w.set_root_causes(&ana, &["Parts".into(), "parts".into()])).unwrap_err();
    assert!(err.to_string().contains("twice"), "a cause listed twice is refused: {err}");
    let saved = shop
        .store
        .write(|w| w.set_root_causes(&ana, &[" Parts ".into(), "".into(), "Staffing".into()]))
        .unwrap();
    assert_eq!(saved, ["Parts", "Staffing"], "trimmed, blank lines dropped");
    assert_eq!(shop.store.root_causes().unwrap(), saved, "and kept");
}

#[test]
fn closing_a_complaint_records_what_changed_and_whether_the_customer_was_told() {
    let mut shop = Shop::new();
    let case = a_case(&mut shop);
    let ben = shop.as_ben();
    let complaint = shop
        .store
        .write(|w| {
            w.flag_complaint(
                &ben,
                &NewComplaint { case_id: case.id.clone(), event_id: None, summary: "Slow".into() },
            )
        })
        .unwrap();
    let open = shop.store.complaints(ComplaintStatus::Open, 50).unwrap();
    assert_eq!((open.open, open.complaints.len()), (1, 1), "the register lists the open complaint");
    let before = shop.events();
    let blank = ComplaintClosing {
        complaint_id: complaint.id.clone(),
        what_changed: " ".into(),
        customer_told: false,
    };
    let err = shop.store.write(|w| w.close_complaint(&ben, &blank)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "closing needs what we changed: {err}");
    assert_eq!(shop.events(), before, "nothing written");
    let closing = ComplaintClosing {
        complaint_id: complaint.id.clone(),
        what_changed: "A text when parts are late".into(),
        customer_told: true,
    };
    let closed = shop.store.write(|w| w.close_complaint(&ben, &closing)).unwrap();
    assert_eq!((closed.status, closed.customer_told), (ComplaintStatus::Closed, Some(true)));
    let err = shop.store.write(|w| w.close_complaint(&ben, &closing)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict, "a closed complaint stays closed: {err}");
    let register = shop.store.complaints(ComplaintStatus::Closed, 50).unwrap();
    assert_eq!((register.open, register.closed), (0, 1));
}

#[test]
fn a_score_is_one_to_five_and_the_latest_counts() {
    let mut shop = Shop::new();
    let case = a_case(&mut shop);
    let ben = shop.as_ben();
    let before = shop.events();
    for bad in [0, 6, -1] {
        let input = NewSatisfaction { case_id: case.id.clone(), score: bad, comment: String::new() };
        let err = shop.store.write(|w| w.record_satisfaction(&ben, &input)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "a score of {bad} is refused");
        assert!(err.to_string().contains("1 (very unhappy) to 5"), "says the scale: {err}");
    }
    assert_eq!(shop.events(), before, "nothing written for a bad score");
    for (score, comment) in [(2, "Slow"), (4, "Better after the call")] {
        let input = NewSatisfaction { case_id: case.id.clone(), score, comment: comment.into() };
        shop.store.write(|w| w.record_satisfaction(&ben, &input)).unwrap();
    }
    let s = shop.store.case_detail(&case.id).unwrap().satisfaction.expect("the case shows its score");
    assert_eq!((s.score, s.comment.as_str()), (4, "Better after the call"), "the latest score counts");
    assert_eq!(shop.events(), before + 2, "both scores stay in the history");
}

/// Customers added 100, 60 and 10 days ago; none contacted since.
fn quiet_shop() -> (Store, Staff, Vec<Customer>, Ts) {
    let mut store = Store::open_in_memory().unwrap();
    let now = clock::parse("2026-11-20T12:00:00Z").unwrap();
    let day = chrono::Duration::days(1);
    let ana = store
        .write(|w| {
            w.add_staff(
                &Ctx::at(None, now - day * 200),
                &NewStaff { name: "Ana".into(), role: StaffRole::Owner },
            )
        })
        .unwrap();
    let mut customers = Vec::new();
    for (i, days) in [100, 100, 60, 60, 60, 10].iter().enumerate() {
        let ctx = Ctx::at(Some(ana.id.clone()), now - day * *days);
        let input = NewCustomer {
            name: format!("Customer {i}"),
            phones: vec![format!("06 1000 000{i}")],
            ..NewCustomer::default()
        };
        customers.push(store.write(|w| w.create_customer(&ctx, &input, true)).unwrap());
    }
    (store, ana, customers, now)
}

#[test]
fn outreach_lists_the_longest_quiet_first_and_samples_reproducibly() {
    let (mut store, ana, customers, now) = quiet_shop();
    let list = store.outreach_list(30, now).unwrap();
    assert_eq!(list.total, 5, "five have not been in touch for 30 days");
    assert_eq!(list.customers[0].days_since_contact, 100, "the longest quiet first");
    assert_eq!(list.customers[0].phones, ["06 1000 0000"], "with a number to call");

    let ask = |count, seed| OutreachSampleRequest { days: 30, count, seed };
    let a = store.outreach_sample(&ask(3, 7), now).unwrap();
    let b = store.outreach_sample(&ask(3, 7), now).unwrap();
    assert_eq!(a, b, "the same seed picks the same customers");
    assert_eq!(a.len(), 3);
    let ids: std::collections::BTreeSet<_> = a.iter().map(|c| &c.customer_id).collect();
    assert_eq!(ids.len(), 3, "nobody is picked twice");
    assert!(a.iter().all(|c| c.days_since_contact >= 30), "only quiet customers are picked");
    let differ = (1..20).any(|seed| store.outreach_sample(&ask(3, seed), now).unwrap() != a);
    assert!(differ, "another seed picks other customers");

    let err = store.outreach_sample(&ask(9, 1), now).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "more than there are is bad input");
    assert!(err.to_string().contains("only 5 of the shop's 6"), "says how many there are: {err}");
    assert!(store.outreach_sample(&ask(0, 1), now).is_err(), "asking for nobody is refused");
    assert!(store.outreach_list(0, now).is_err(), "zero days is refused");

    // A call that reached them is contact; one that did not is remembered.
    let call = |c: &Customer, outcome, note: &str| NewOutreachCall {
        customer_id: c.id.clone(),
        outcome,
        note: note.into(),
    };
    let ctx = Ctx::at(Some(ana.id.clone()), now - chrono::Duration::hours(1));
    let err = store
        .write(|w| w.log_outreach_call(&ctx, &call(&customers[0], OutreachOutcome::Reached, "")))
        .unwrap_err();
    assert!(err.to_string().contains("what was said"), "a reached call needs a line: {err}");
    store
        .write(|w| {
            w.log_outreach_call(
                &ctx,
                &call(&customers[0], OutreachOutcome::Reached, "All well, new bike soon"),
            )
        })
        .unwrap();
    let entry = store
        .write(|w| w.log_outreach_call(&ctx, &call(&customers[1], OutreachOutcome::NoAnswer, "")))
        .unwrap();
    assert_eq!(
        entry.customer_id.as_deref(),
        Some(customers[1].id.as_str()),
        "logged on the customer's timeline"
    );

    let list = store.outreach_list(30, now).unwrap();
    assert_eq!(list.total, 4, "the customer we reached has left the list");
    let tried = list
        .customers
        .iter()
        .find(|c| c.customer_id == customers[1].id)
        .expect("not reached: still on the list");
    assert_eq!(tried.last_outcome, Some(OutreachOutcome::NoAnswer), "with how the last try went");
    let all = store.outreach_sample(&ask(3, 1), now).unwrap();
    assert!(all.iter().all(|c| c.customer_id != customers[1].id), "but not picked again so soon");
    assert!(store.outreach_sample(&ask(4, 1), now).is_err(), "three are left to pick from");
}
