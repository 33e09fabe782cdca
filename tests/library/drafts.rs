//! Drafts: what someone was typing on a case is kept on the desk, survives
//! closing and reopening the database (a closed window, a restart, a crash
//! after the keep), goes with the save in the same step, never enters the
//! history, and goes when its customer is forgotten.

use casebook::model::*;
use casebook::{Ctx, Store};

fn draft(case_id: &str, body: &str) -> Draft {
    Draft {
        case_id: case_id.into(),
        kind: EntryKind::Reply,
        body: body.into(),
        to: String::new(),
        saved_at: None,
    }
}

#[test]
fn a_draft_survives_a_restart_and_goes_with_the_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let (case_id, ana) = {
        let mut store = Store::open(&path).unwrap();
        let ana = store
            .write(|w| w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner }))
            .unwrap();
        let ctx = Ctx::staff(&ana.id);
        let input = NewInteraction {
            customer: CustomerChoice::New {
                customer: NewCustomer { name: "Wil Draft".into(), ..NewCustomer::default() },
                allow_duplicate: false,
            },
            subject: "Gears".into(),
            channel: Channel::WalkIn,
            priority: Priority::Normal,
            owner_id: None,
            message: None,
            expectations: None,
        };
        let case = store.write(|w| w.open_case(&ctx, &input)).unwrap();
        let events = store.desk_info().unwrap().events;
        let at = store.keep_draft(&draft(&case.id, "Your bike is ready; the chain was wo")).unwrap();
        assert!(at.is_some(), "kept, with when");
        assert_eq!(store.desk_info().unwrap().events, events, "a draft is not history");
        (case.id, ana)
    };
    // The window closed mid-sentence; the desk opens again.
    let mut store = Store::open(&path).unwrap();
    let back = store.draft(&case_id).unwrap().expect("the draft is still there after reopening");
    assert_eq!((back.kind, back.body.as_str()), (EntryKind::Reply, "Your bike is ready; the chain was wo"));
    assert!(back.saved_at.is_some());

    let ctx = Ctx::staff(&ana.id);
    let entry = NewEntry {
        case_id: case_id.clone(),
        kind: EntryKind::Reply,
        body: "Your bike is ready; the chain was worn.".into(),
        direction: None,
    };
    store.write(|w| w.add_entry(&ctx, &entry)).unwrap();
    assert_eq!(store.draft(&case_id).unwrap(), None, "saving the entry drops its draft in the same step");

    store.keep_draft(&draft(&case_id, "Another thought")).unwrap();
    store.keep_draft(&draft(&case_id, "   ")).unwrap();
    assert_eq!(store.draft(&case_id).unwrap(), None, "emptied: dropped");
    let err = store.keep_draft(&draft("no-such-case", "words")).unwrap_err();
    assert!(
        err.to_string().contains("no-such-case"),
        "a draft for a case that is not here is refused: {err}"
    );
    let long = "x".repeat(casebook::core::validate::BODY_MAX + 1);
    let err = store.keep_draft(&draft(&case_id, &long)).unwrap_err();
    assert!(err.to_string().contains("Split it"), "too long for an entry: {err}");
}

#[test]
fn a_forgotten_customers_drafts_go_with_them() {
    let mut shop = crate::common::Shop::new();
    let c = shop.customer("Fenna Forgotten", "06 4444 0101", "");
    let ctx = shop.as_ana();
    let case = shop.open_case(&ctx, &c.id, "Wheel", None);
    shop.store.keep_draft(&draft(&case.id, "Fenna's wheel needs new spokes")).unwrap();
    shop.store.write(|w| w.forget_customer(&ctx, &c.id, "Asked to be forgotten")).unwrap();
    assert_eq!(shop.store.draft(&case.id).unwrap(), None, "nothing typed about a forgotten customer stays");
}
