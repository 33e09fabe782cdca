//! Quotes, SQL fragments and markup typed into every text field are stored and
//! read back exactly as typed, and the database keeps every table and row: all
//! SQL is parameterized.

use casebook::data::csv_import::{self, CsvRequest};
use casebook::model::*;
use casebook::search::SearchQuery;

use crate::common::Shop;

const HOSTILE: &[&str] = &[
    "Robert'); DROP TABLE customers;--",
    "x' OR '1'='1",
    "\"; DELETE FROM events; --",
    "1; UPDATE cases SET status='closed'",
    "' UNION SELECT id, name FROM staff --",
    "%_\\ LIKE '%' ESCAPE '\\'",
    "name\" NEAR(\"a\" \"b\") *",
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "$(rm -rf ~) `id` {{7*7}} ${jndi:ldap://x}",
];

fn schema(shop: &Shop) -> Vec<String> {
    let mut stmt = shop.store.connection().prepare("SELECT name FROM sqlite_master ORDER BY name").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

#[test]
fn hostile_text_in_every_field_is_kept_verbatim_and_changes_nothing_else() {
    let mut shop = Shop::new();
    let tables_before = schema(&shop);
    let ana = shop.as_ana();
    let ben_id = shop.ben.id.clone();

    for (i, evil) in HOSTILE.iter().enumerate() {
        let evil = evil.to_string();
        let staff = shop
            .store
            .write(|w| w.add_staff(&ana, &NewStaff { name: format!("{evil} {i}"), role: StaffRole::Staff }))
            .expect("a staff name with SQL in it is just a name");
        assert_eq!(staff.name, format!("{evil} {i}"), "staff name kept verbatim");

        let customer = shop
            .store
            .write(|w| {
                w.create_customer(
                    &ana,
                    &NewCustomer {
                        name: evil.clone(),
                        organisation: evil.clone(),
                        segment: evil.clone(),
                        notes: evil.clone(),
                        emails: vec![format!("o'brien+{i}@example.com")],
                        ..NewCustomer::default()
                    },
                    true,
                )
            })
            .expect("customer with SQL in every field");
        let read = shop.store.customer(&customer.id).unwrap();
        assert_eq!(
            (&read.name, &read.organisation, &read.segment, &read.notes),
            (&evil, &evil, &evil, &evil),
            "customer fields are read back as typed"
        );
        assert_eq!(read.emails, [format!("o'brien+{i}@example.com")], "a quote in an email is kept");

        let patched = shop
            .store
            .write(|w| {
                w.update_customer(
                    &ana,
                    &customer.id,
                    &CustomerPatch { notes: Some(format!("{evil} again")), ..CustomerPatch::default() },
                )
            })
            .expect("an edit with SQL in it");
        assert_eq!(patched.notes, format!("{evil} again"), "edited notes kept verbatim");

        let case = shop.open_case(&ana, &customer.id, &evil, Some(&evil));
        assert_eq!(case.subject, evil, "subject kept verbatim");
        for kind in [EntryKind::CustomerMessage, EntryKind::Reply, EntryKind::Note, EntryKind::Call] {
            let entry = shop.add(&ana, &case.id, kind, &evil);
            let body = match &entry.event().unwrap() {
                EventPayload::Cases(CaseEvent::CustomerMessage { body, .. })
                | EventPayload::Cases(CaseEvent::Reply { body, .. })
                | EventPayload::Cases(CaseEvent::Note { body, .. })
                | EventPayload::Cases(CaseEvent::Call { body, .. }) => body.clone(),
                other => panic!("unexpected payload {other:?}"),
            };
            assert_eq!(body, evil, "{kind:?} body kept verbatim");
        }

        let expectations = Expectations {
            preferred_channel: Some(Channel::Phone),
            contact_hours: evil.clone(),
            turnaround: evil.clone(),
            always_do: evil.clone(),
            never_do: evil.clone(),
            recovery: evil.clone(),
            notes: evil.clone(),
        };
        let saved = shop
            .store
            .write(|w| w.set_expectations(&ana, &customer.id, &expectations))
            .expect("expectations with SQL in them");
        assert_eq!(saved, expectations, "every expectation field kept verbatim");

        let promise = shop
            .store
            .write(|w| {
                w.make_promise(
                    &ana,
                    &NewPromise {
                        case_id: case.id.clone(),
                        text: evil.clone(),
                        due_at: casebook::clock::now() + chrono::Duration::days(2),
                        owner_id: None,
                    },
                )
            })
            .expect("a promise with SQL in it");
        assert_eq!(promise.text, evil, "promise text kept verbatim");
        let broken = shop
            .store
            .write(|w| {
                w.close_promise(
                    &ana,
                    &PromiseOutcome {
                        promise_id: promise.id.clone(),
                        kept: false,
                        recovery: Some(evil.clone()),
                    },
                )
            })
            .expect("a recovery note with SQL in it");
        assert_eq!(broken.recovery.as_deref(), Some(evil.as_str()), "recovery note kept verbatim");

        let complaint = shop
            .store
            .write(|w| {
                w.flag_complaint(
                    &ana,
                    &NewComplaint { case_id: case.id.clone(), event_id: None, summary: evil.clone() },
                )
            })
            .expect("a complaint with SQL in it");
        assert_eq!(complaint.summary, evil, "complaint summary kept verbatim");

        let brief = Brief { sections: Vec::new(), note: evil.clone() };
        let handoff = shop
            .store
            .write(|w| {
                w.hand_off(
                    &ana,
                    &HandoffInput { case_id: case.id.clone(), to_staff_id: ben_id.clone(), brief },
                )
            })
            .expect("a handoff whose brief has SQL in it");
        assert_eq!(handoff.brief.note, evil, "brief kept verbatim");
        // Back to Ana for the next round.
        shop.store
            .write(|w| {
                w.update_case(
                    &ana,
                    &CaseUpdate {
                        case_id: case.id.clone(),
                        owner_id: Some(Some(shop_ana_id(&ana))),
                        ..Default::default()
                    },
                )
            })
            .expect("reassign");

        let results = shop
            .store
            .search(&SearchQuery { text: evil.clone(), ..SearchQuery::default() })
            .expect("searching for SQL is a search for words");
        let _ = results;
        let found = shop.store.lookup_customers(&evil, 10).expect("type-ahead with SQL in it");
        let _ = found;
    }

    let csv = format!(
        "Name,Organisation,Notes,Subject,Message\n\"{}\",\"{}\",x,\"{}\",\"{}\"\n",
        HOSTILE[0].replace('"', "\"\""),
        HOSTILE[2].replace('"', "\"\""),
        HOSTILE[1].replace('"', "\"\""),
        HOSTILE[3].replace('"', "\"\"")
    );
    let source = csv_import::CsvSource::from_text(&csv);
    let mapping = csv_import::inspect(&source).unwrap().mapping;
    let report = csv_import::run(&mut shop.store, &ana, &CsvRequest { source, mapping }, true)
        .expect("a CSV with SQL in its cells");
    assert!(report.imported && report.problem_count == 0, "hostile cells are just text: {report:?}");

    assert_eq!(schema(&shop), tables_before, "no table was dropped or created");
    let info = shop.store.desk_info().unwrap();
    assert_eq!(info.customers, HOSTILE.len() as u32 + 1, "every customer is still there");
    assert_eq!(info.staff, HOSTILE.len() as u32 + 2, "every staff member is still there");
    let check: String =
        shop.store.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok", "the database is intact");
}

fn shop_ana_id(ctx: &casebook::Ctx) -> String {
    ctx.staff_id.clone().expect("Ana acts as herself")
}
