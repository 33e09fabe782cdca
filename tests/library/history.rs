//! The history is an append-only log: every change is an event with a global id,
//! the desk and the person, and nothing is overwritten.

use casebook::model::*;

use crate::common::Shop;

#[test]
fn every_event_has_a_unique_time_ordered_id_the_desk_and_the_person() {
    let mut shop = Shop::new();
    let c = shop.customer("Zoë Visser", "+31 6 1234 5678", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Flat tyre", Some("Rear tyre flat again"));
    shop.add(&shop.as_ben(), &case.id, EntryKind::Reply, "We'll fix it today");

    let conn = shop.store.connection();
    let rows: Vec<(String, String, Option<String>)> = conn
        .prepare("SELECT id, desk_id, staff_id FROM events ORDER BY seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(rows.len() >= 5, "staff, customer, case, message and reply are all events");
    let mut ids: Vec<&String> = rows.iter().map(|r| &r.0).collect();
    for id in &ids {
        let uuid = uuid::Uuid::parse_str(id).expect("event ids are UUIDs");
        assert_eq!(uuid.get_version_num(), 7, "event ids are UUIDv7, sortable by time");
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), rows.len(), "no two events share an id");
    assert!(rows.iter().all(|r| r.1 == shop.store.desk_id()), "every event names the desk that wrote it");
    let last = rows.last().unwrap();
    assert_eq!(last.2.as_deref(), Some(shop.ben.id.as_str()), "the reply is recorded as Ben's");
}

#[test]
fn the_event_log_refuses_updates_and_deletes() {
    let mut shop = Shop::new();
    shop.customer("Ana Silva", "", "");
    let conn = shop.store.connection();
    let update = conn.execute("UPDATE events SET payload = '{}'", []);
    let delete = conn.execute("DELETE FROM events", []);
    assert!(update.is_err(), "an event can never be rewritten");
    assert!(delete.is_err(), "an event can never be removed");
    assert!(update.unwrap_err().to_string().contains("append-only"), "the refusal says why");
}

#[test]
fn an_edit_is_a_new_event_and_the_old_value_stays_in_the_history() {
    let mut shop = Shop::new();
    let c = shop.customer("Jose Garcia", "0612345678", "");
    let ctx = shop.as_ben();
    let patch = CustomerPatch { name: Some("José García".into()), ..CustomerPatch::default() };
    let updated = shop.store.write(|w| w.update_customer(&ctx, &c.id, &patch)).unwrap();
    assert_eq!(updated.name, "José García", "the current state shows the new name");

    let page = shop.store.customer_timeline(&c.id, None, 10).unwrap();
    let change = page
        .entries
        .iter()
        .find_map(|e| match &e.event().unwrap() {
            EventPayload::Customers(CustomerEvent::CustomerEdited { changes, .. }) => {
                Some((changes.clone(), e.staff_name.clone()))
            }
            _ => None,
        })
        .expect("the edit is on the timeline");
    assert_eq!(
        change.0,
        vec![FieldChange { field: "name".into(), from: "Jose Garcia".into(), to: "José García".into() }],
        "the event keeps what it was and what it became"
    );
    assert_eq!(change.1.as_deref(), Some("Ben Okafor"), "and who changed it");
    assert!(
        page.entries.iter().any(
            |e| matches!(&e.event().unwrap(), EventPayload::Customers(CustomerEvent::CustomerCreated { name, .. }) if name == "Jose Garcia")
        ),
        "the original record is still in the history"
    );
}

#[test]
fn an_edit_that_changes_nothing_writes_nothing() {
    let mut shop = Shop::new();
    let c = shop.customer("Ana Silva", "", "ana@example.com");
    let before = shop.events();
    let ctx = shop.as_ana();
    let patch = CustomerPatch { emails: Some(vec!["ana@example.com".into()]), ..CustomerPatch::default() };
    shop.store.write(|w| w.update_customer(&ctx, &c.id, &patch)).unwrap();
    assert_eq!(shop.events(), before, "saving an unchanged profile adds no noise to the history");
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let mut shop = Shop::new();
    let before = shop.events();
    let ctx = shop.as_ana();
    let input = NewInteraction {
        customer: CustomerChoice::New {
            customer: NewCustomer { name: "New Person".into(), ..NewCustomer::default() },
            allow_duplicate: false,
        },
        subject: "   ".into(),
        channel: Channel::Phone,
        priority: Priority::Normal,
        owner_id: None,
        message: Some("hello".into()),
        expectations: None,
    };
    let err = shop.store.write(|w| w.open_case(&ctx, &input)).unwrap_err();
    assert!(err.to_string().contains("Subject is empty"), "{err}");
    let info = shop.store.desk_info().unwrap();
    assert_eq!(info.customers, 0, "the new customer is not half-created");
    assert_eq!(shop.events(), before, "no event of the failed interaction is kept");
}

#[test]
fn hostile_text_is_stored_and_returned_exactly_as_typed() {
    let mut shop = Shop::new();
    let name = "<img src=x onerror=alert(1)> Robert'); DROP TABLE customers;--";
    let c = shop.customer(name, "", "");
    let case =
        shop.open_case(&shop.as_ana(), &c.id, "<script>alert('x')</script>", Some("\"quoted\" -- ; ' \\ %_"));
    let back = shop.store.customer(&c.id).unwrap();
    assert_eq!(back.name, name, "markup and SQL in a name are just characters");
    let page = shop.store.case_timeline(&case.id, None, 10).unwrap();
    assert!(
        page.entries.iter().any(|e| matches!(&e.event().unwrap(), EventPayload::Cases(CaseEvent::CustomerMessage { body, .. }) if body == "\"quoted\" -- ; ' \\ %_")),
        "quotes and SQL fragments in a message survive unchanged"
    );
    assert_eq!(shop.store.desk_info().unwrap().customers, 1, "nothing was dropped");
}
