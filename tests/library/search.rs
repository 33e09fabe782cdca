//! Global search: what it finds, how it ranks and pages, its filters, and that
//! nothing typed can break it.

use casebook::model::*;
use casebook::search::{SearchQuery, SearchResults, Segment};
use casebook::{Ctx, ErrorCode};
use chrono::Duration;

use crate::common::{at, Shop};

fn q(text: &str) -> SearchQuery {
    SearchQuery { text: text.into(), ..SearchQuery::default() }
}

fn plain(segments: &[Segment]) -> String {
    segments.iter().map(|s| s.text.as_str()).collect()
}

fn marked(segments: &[Segment]) -> String {
    segments.iter().map(|s| if s.hit { format!("[{}]", s.text) } else { s.text.clone() }).collect()
}

fn shop() -> (Shop, CaseSummary, CaseSummary) {
    let mut shop = Shop::new();
    let jose = shop.customer("José García", "+31 6 1234 5678", "jose@fietsen.example");
    let zoe = shop.customer("Zoë Visser", "020 555 0147", "");
    let brakes = shop.open_case(
        &at(&shop.ana, 0),
        &jose.id,
        "Brake squeal on the blue tourer",
        Some("The front brake squeals in the rain"),
    );
    shop.add(&at(&shop.ben, 10), &brakes.id, EntryKind::Note, "Pads glazed; ordered Shimano resin pads");
    let tyre = shop.open_case(
        &at(&shop.ben, 20),
        &zoe.id,
        "Puncture on the cargo bike",
        Some("Flat again, the rear tyre"),
    );
    shop.add(&at(&shop.ana, 30), &tyre.id, EntryKind::Reply, "New tyre fitted, ready at five");
    (shop, brakes, tyre)
}

fn names(r: &SearchResults) -> Vec<String> {
    r.customers.iter().map(|c| plain(&c.name)).collect()
}

#[test]
fn customers_are_found_by_name_phone_or_email_whatever_the_accents_or_format() {
    let (shop, ..) = shop();
    assert_eq!(names(&shop.store.search(&q("jose")).unwrap()), ["José García"], "accents folded");
    assert_eq!(names(&shop.store.search(&q("zoe vis")).unwrap()), ["Zoë Visser"], "prefixes of every word");
    assert_eq!(
        names(&shop.store.search(&q("0612 345 678")).unwrap()),
        ["José García"],
        "the national form of +31 6 1234 5678"
    );
    assert_eq!(names(&shop.store.search(&q("jose@fiet")).unwrap()), ["José García"], "email prefix");
    let r = shop.store.search(&q("jos"));
    assert_eq!(marked(&r.unwrap().customers[0].name), "[José] García", "the matched word is highlighted");
}

#[test]
fn case_subjects_and_every_conversation_entry_are_searched() {
    let (shop, brakes, tyre) = shop();
    let r = shop.store.search(&q("squeal")).unwrap();
    assert_eq!(r.cases.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), [brakes.id.as_str()]);
    assert_eq!(marked(&r.cases[0].subject), "Brake [squeal] on the blue tourer");
    assert_eq!(r.entries.len(), 1, "and the customer's message");
    assert_eq!(
        marked(&r.entries[0].snippet),
        "The front brake [squeals] in the rain",
        "prefix matches whole words"
    );

    let r = shop.store.search(&q("tyre")).unwrap();
    let order: Vec<&str> = r.entries.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(order, ["reply", "customer_message"], "entries come newest first");
    assert!(r.entries.iter().all(|e| e.case_id == tyre.id && e.customer_name == "Zoë Visser"));
    assert_eq!(r.entries[0].staff_name.as_deref(), Some("Ana Costa"), "with who wrote them");
}

#[test]
fn filters_narrow_by_status_staff_and_date() {
    let (mut shop, brakes, _) = shop();
    let ctx = shop.as_ana();
    shop.store
        .write(|w| {
            w.update_case(
                &ctx,
                &CaseUpdate {
                    case_id: brakes.id.clone(),
                    status: Some(CaseStatus::Resolved),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    let search = |query: SearchQuery| shop.store.search(&query).unwrap();
    let base = q("the");
    assert_eq!(search(base.clone()).entries.len(), 2, "two entries have a word starting with 'the'");
    let resolved = search(SearchQuery { status: Some(CaseStatus::Resolved), ..base.clone() });
    assert!(resolved.entries.iter().all(|e| e.case_id == brakes.id), "only the resolved case");
    assert!(
        resolved.customers.is_empty(),
        "customers have no status: filtered searches show cases and entries"
    );
    let bens = search(SearchQuery { staff_id: Some(shop.ben.id.clone()), ..q("pads") });
    assert_eq!(bens.entries.len(), 1, "Ben's note");
    let start = at(&shop.ana, 0).at;
    let early =
        search(SearchQuery { from: Some(start), to: Some(start + Duration::minutes(15)), ..base.clone() });
    assert_eq!(early.entries.len(), 1, "only the first quarter hour");
    let err = shop
        .store
        .search(&SearchQuery { from: Some(start), to: Some(start - Duration::days(1)), ..base })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
}

#[test]
fn entry_pages_join_up_without_gaps_or_repeats() {
    let mut shop = Shop::new();
    let c = shop.customer("Busy Customer", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Many notes", None);
    for i in 0..60 {
        shop.add(&at(&shop.ana, i), &case.id, EntryKind::Note, &format!("chain check number {i}"));
    }
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let r = shop.store.search(&SearchQuery { cursor: cursor.clone(), ..q("chain") }).unwrap();
        seen.extend(r.entries.into_iter().map(|e| e.event_id));
        match r.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!((seen.len(), unique.len()), (60, 60), "every note once, across pages");
}

#[test]
fn the_index_moves_with_the_log_in_the_same_transaction() {
    let (mut shop, brakes, _) = shop();
    let ctx = shop.as_ana();
    shop.add(&ctx, &brakes.id, EntryKind::Call, "Called about the rotor truing");
    assert_eq!(shop.store.search(&q("rotor")).unwrap().entries.len(), 1, "found the moment it is written");

    let indexed = casebook::search::indexed_events(shop.store.connection()).unwrap();
    let failed = shop.store.write(|w| {
        w.add_entry(
            &ctx,
            &NewEntry {
                case_id: brakes.id.clone(),
                kind: EntryKind::Note,
                body: "spoke tension".into(),
                direction: None,
            },
        )?;
        Err::<(), _>(casebook::Error::Internal("abandon this write".into()))
    });
    assert!(failed.is_err());
    assert_eq!(
        casebook::search::indexed_events(shop.store.connection()).unwrap(),
        indexed,
        "a write that fails leaves nothing in the index"
    );
    assert!(shop.store.search(&q("spoke")).unwrap().entries.is_empty());
}

#[test]
fn anything_typed_is_plain_words_never_an_error() {
    let (shop, ..) = shop();
    let long = "brake ".repeat(2_000);
    let nasty = [
        "\"",
        "\"brake",
        "brake\"\"",
        "*",
        "brake*",
        "-brake",
        "brake -squeal",
        "NEAR(brake squeal)",
        "brake NEAR squeal",
        "(((",
        "brake)",
        "AND",
        "OR brake",
        "NOT",
        "^brake",
        "brake:",
        "col:brake",
        "🚲",
        "🚲 brake 🔧",
        "'; DROP TABLE events; --",
        "%",
        "_",
        "\\",
        long.as_str(),
        "",
    ];
    for text in nasty {
        let r = shop.store.search(&q(text));
        assert!(
            r.is_ok(),
            "'{}' must not be an error: {:?}",
            text.chars().take(30).collect::<String>(),
            r.err()
        );
    }
    assert_eq!(
        shop.store.search(&q("\"brake")).unwrap().cases.len(),
        1,
        "a stray quote is ignored, the word still searched"
    );
    assert_eq!(
        shop.store.search(&q("NEAR(brake squeal)")).unwrap().cases.len(),
        0,
        "NEAR is a word, not an operator: no subject has it"
    );
    assert!(shop.store.search(&q("🚲")).unwrap().entries.is_empty(), "emoji alone finds nothing, quietly");
}

#[test]
fn a_timeline_page_stays_under_a_megabyte_however_long_the_entries() {
    let mut shop = Shop::new();
    let c = shop.customer("Verbose Writer", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Essays", None);
    let body = "word ".repeat(3_999);
    let ctx = Ctx::staff(&shop.ana.id);
    shop.store
        .write(|w| {
            for _ in 0..80 {
                w.add_entry(
                    &ctx,
                    &NewEntry {
                        case_id: case.id.clone(),
                        kind: EntryKind::Note,
                        body: body.clone(),
                        direction: None,
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
    let mut cursor = None;
    let mut total = 0;
    loop {
        let page = shop.store.customer_timeline(&c.id, cursor.as_deref(), 200).unwrap();
        let bytes = serde_json::to_vec(&page).unwrap().len();
        assert!(bytes < 1_000_000, "a page of {} entries is {bytes} bytes", page.entries.len());
        total += page.entries.len();
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(total, 82, "all 80 notes, the case opening and the customer, across pages");
}

#[test]
fn a_typo_that_finds_nothing_is_offered_the_nearest_words_the_history_holds() {
    let mut shop = Shop::new();
    let anna = shop.customer("Anna Kowalski", "06 7777 1212", "");
    let case =
        shop.open_case(&at(&shop.ana, 0), &anna.id, "Rear wheel", Some("The rear wheel wobbles at speed."));
    shop.add(&at(&shop.ana, 1), &case.id, EntryKind::Note, "Spokes loose; true the wheel.");

    let r = shop.store.search(&q("Kowalsky")).unwrap();
    assert!(names(&r).is_empty() && r.entries.is_empty(), "the typo itself finds nothing");
    assert_eq!(r.other_searches, vec!["kowalski".to_owned()], "the name the shop knows is offered");
    let found = shop.store.search(&q(&r.other_searches[0])).unwrap();
    assert_eq!(names(&found), vec!["Anna Kowalski".to_owned()], "and finds her");

    let r = shop.store.search(&q("wobles")).unwrap();
    assert_eq!(r.other_searches, vec!["wobbles".to_owned()], "a word from a conversation");
    let r = shop.store.search(&q("Kowalsky wobles")).unwrap();
    assert_eq!(
        r.other_searches.first().map(String::as_str),
        Some("kowalski wobbles"),
        "both words put right first"
    );

    let r = shop.store.search(&q("zqxv")).unwrap();
    assert!(r.other_searches.is_empty(), "nothing near: nothing offered, {:?}", r.other_searches);
    let r = shop.store.search(&q("wheel")).unwrap();
    assert!(r.other_searches.is_empty(), "a search that finds something offers nothing else");
}
