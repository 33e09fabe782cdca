//! What the shop holds about a customer, given to them: the readable page in
//! the shop's language and the JSON beside it.

use casebook::model::*;
use casebook::privacy::SubjectRecord;
use casebook::ErrorCode;

use crate::common::Shop;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path} is written: {e}"))
}

#[test]
fn a_customers_export_holds_every_record_about_them_and_nobody_elses() {
    let mut shop = Shop::new();
    let marta = shop.customer("Marta <b>Kowalska</b>", "+48 601 234 567", "marta@example.pl");
    let other = shop.customer("Otto Other", "+31 6 1234 5678", "otto@example.nl");
    let (ana, ben) = (shop.as_ana(), shop.as_ben());
    let case = shop.open_case(
        &ana,
        &marta.id,
        "Gears slip on the blue bike",
        Some("It slips in third gear & grinds"),
    );
    shop.add(&ben, &case.id, EntryKind::Reply, "We ordered a new chain <script>alert(1)</script>");
    let due = casebook::clock::now() + chrono::Duration::days(2);
    shop.store
        .write(|w| {
            w.make_promise(
                &ana,
                &NewPromise {
                    case_id: case.id.clone(),
                    text: "Call back with the price".into(),
                    due_at: due,
                    owner_id: None,
                },
            )
        })
        .unwrap();
    let theirs = shop.open_case(&ana, &other.id, "Otto's flat tyre", Some("Otto's secret words"));
    assert!(!theirs.id.is_empty());

    let dir = tempfile::tempdir().unwrap();
    let report = shop.store.export_customer(&marta.id, dir.path()).expect("the export is written");
    assert_eq!(report.cases, 1, "Marta has one case");
    assert!(
        report.folder.starts_with(&dir.path().display().to_string()),
        "the folder is inside the one asked for"
    );
    assert!(
        report.folder.contains("customer-marta-b-kowalska-b"),
        "the folder is named after the customer: {}",
        report.folder
    );

    let page = read(&report.readable);
    for words in [
        "Gears slip on the blue bike",
        "It slips in third gear &amp; grinds",
        "Call back with the price",
        "+48 601 234 567",
        "marta@example.pl",
        "Ben Okafor",
    ] {
        assert!(page.contains(words), "the readable page holds {words:?}");
    }
    assert!(
        page.contains("Marta &lt;b&gt;Kowalska&lt;/b&gt;"),
        "what people typed is shown, never taken as markup"
    );
    assert!(!page.contains("<script>"), "no typed markup reaches the page as markup");
    assert!(page.contains("Our reply") && page.contains("Your message"), "each entry says what kind it was");
    assert!(!page.contains("Otto"), "nothing about another customer is in Marta's export");

    let record: SubjectRecord = serde_json::from_str(&read(&report.data)).expect("the JSON reads back");
    assert_eq!(record.customer.id, marta.id);
    assert_eq!(record.history.len() as u32, report.entries, "the report counts what the JSON holds");
    let kinds: Vec<&str> = record.history.iter().map(|e| e.kind.as_str()).collect();
    for kind in ["customer_created", "case_opened", "customer_message", "reply", "promise_made"] {
        assert!(kinds.contains(&kind), "the history holds the {kind} event, in order: {kinds:?}");
    }
    assert!(record.history.windows(2).all(|w| w[0].at <= w[1].at), "the history reads oldest first");
    assert_eq!(record.promises.len(), 1, "the promise is listed with its outcome");
    assert!(!serde_json::to_string(&record).unwrap().contains("Otto"), "the JSON holds nobody else either");
}

#[test]
fn the_readable_page_speaks_the_shops_language_and_a_merged_customer_exports_whole() {
    let mut shop = Shop::new();
    let ana = shop.as_ana();
    shop.store
        .write(|w| {
            w.set_shop_locale(&ana, Some(&LocaleChoice { language: "nl".into(), region: "nl-NL".into() }))
        })
        .unwrap();
    let first = shop.customer("Jan de Vries", "+31 6 1111 2222", "");
    let second = shop.customer("J. de Vries", "", "jan@example.nl");
    shop.open_case(&ana, &first.id, "Band lek", Some("Achterband lek"));
    shop.open_case(&ana, &second.id, "Remmen piepen", Some("De remmen piepen"));
    let kept = shop.store.write(|w| w.merge_customers(&ana, &first.id, &second.id)).unwrap();
    let gone = if kept == first.id { &second.id } else { &first.id };

    let dir = tempfile::tempdir().unwrap();
    // Asked by the id that was merged away: the customer is the survivor, whole.
    let report = shop.store.export_customer(gone, dir.path()).unwrap();
    assert_eq!(report.cases, 2, "both records' cases are the one customer's now");
    let page = read(&report.readable);
    assert!(page.contains("<html lang=\"nl\">"), "the page says its language");
    for words in
        ["Wat wij over", "Uw zaken", "Band lek", "Remmen piepen", "jan@example.nl", "+31 6 1111 2222"]
    {
        assert!(page.contains(words), "the Dutch page holds {words:?}");
    }
    let record: SubjectRecord = serde_json::from_str(&read(&report.data)).unwrap();
    assert_eq!(record.ids.len(), 2, "both ids the customer was kept under are named");
}

#[test]
fn exporting_a_customer_that_does_not_exist_says_so_and_writes_nothing() {
    let shop = Shop::new();
    let dir = tempfile::tempdir().unwrap();
    let err = shop.store.export_customer("01a00000-0000-7000-8000-000000000000", dir.path()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "an unknown customer is not found: {err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no folder is left behind");
}
