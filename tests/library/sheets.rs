//! Spreadsheets as the programs shops use save them (tests/fixtures/sheets/,
//! made by make.py there): each is read, mapped and imported with no column
//! list typed by hand, and gives the outcome expected.json says.

use std::path::Path;

use casebook::data::csv_import::{self, CsvRequest};
use serde_json::Value;

use crate::common::Shop;

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets")
}

#[test]
fn every_file_in_the_corpus_imports_as_expected() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("expected.json")).unwrap()).unwrap();
    let files = expected.as_object().unwrap();
    assert!(files.len() >= 18, "the corpus covers the programs and languages: {}", files.len());
    for (name, want) in files {
        let source = csv_import::source_from_file(&fixtures().join(name)).unwrap();
        let seen = csv_import::inspect(&source);
        if let Some(error) = want.get("error") {
            let err = seen.expect_err(&format!("{name} is refused"));
            assert!(err.to_string().contains(error.as_str().unwrap()), "{name}: {err}");
            continue;
        }
        let seen = seen.unwrap_or_else(|e| panic!("{name} is read: {e}"));
        let text = |key: &str| want.get(key).and_then(Value::as_str);
        assert_eq!(Some(seen.format.as_str()), text("format"), "{name}: what kind of file it is");
        if let Some(encoding) = text("encoding") {
            assert_eq!(seen.encoding, encoding, "{name}: the encoding it was saved in");
        }
        if let Some(delimiter) = text("delimiter") {
            assert_eq!(seen.delimiter, delimiter, "{name}: the separator");
        }
        assert_eq!(
            u64::from(seen.header_row),
            want["header_row"].as_u64().unwrap(),
            "{name}: the heading row"
        );
        if let Some(sheets) = want.get("sheets") {
            assert_eq!(serde_json::to_value(&seen.sheets).unwrap(), *sheets, "{name}: the workbook's sheets");
        }
        let mapping: Vec<String> = seen.mapping.iter().map(|f| f.to_string()).collect();
        assert_eq!(
            serde_json::to_value(&mapping).unwrap(),
            want["mapping"],
            "{name}: what each column becomes"
        );
        assert_eq!(
            seen.columns.len(),
            seen.mapping.len(),
            "{name}: every column is listed, ignored ones too"
        );

        let mut shop = Shop::new();
        let ctx = shop.as_ana();
        let request = CsvRequest { source, mapping: seen.mapping.clone() };
        let report = csv_import::run(&mut shop.store, &ctx, &request, true).unwrap();
        assert!(report.problems.is_empty(), "{name}: no problems: {:?}", report.problems);
        let count = |key: &str| want[key].as_u64().unwrap() as u32;
        assert_eq!(report.rows, count("rows"), "{name}: rows");
        assert_eq!(
            (report.new_customers, report.matched_customers, report.cases),
            (count("new_customers"), count("matched_customers"), count("cases")),
            "{name}: customers made, matched, and cases"
        );
        if let Some(lines) = want.get("lines") {
            let got: Vec<u32> = report.sample.iter().map(|r| r.line).collect();
            assert_eq!(
                serde_json::to_value(&got).unwrap(),
                *lines,
                "{name}: rows as the spreadsheet numbers them"
            );
        }
        for who in want["names"].as_array().unwrap() {
            let who = who.as_str().unwrap();
            let found = shop.store.lookup_customers(who, 5).unwrap();
            assert!(found.iter().any(|c| c.name == who), "{name}: {who} is imported with every letter right");
        }
        for phone in want.get("phones").and_then(Value::as_array).into_iter().flatten() {
            let found = shop.store.find_duplicates(&[phone.as_str().unwrap().to_owned()], &[]).unwrap();
            assert_eq!(found.len(), 1, "{name}: {phone} is kept (Excel's apostrophe stripped)");
        }
    }
}

#[test]
fn a_row_matching_a_known_customer_adds_their_new_email_as_an_edit() {
    let mut shop = Shop::new();
    let known = shop.customer("Marta Silva", "+31 6 1234 5678", "");
    let source =
        csv_import::CsvSource::from_text("Name,Phone,Email\nMarta Silva,06 1234 5678,marta@example.com\n");
    let mapping = csv_import::inspect(&source).unwrap().mapping;
    let ctx = shop.as_ana();
    let request = CsvRequest { source, mapping };
    let preview = csv_import::run(&mut shop.store, &ctx, &request, false).unwrap();
    assert_eq!(preview.sample[0].adds, vec!["marta@example.com"], "the preview says what is added to whom");
    assert_eq!(preview.updated_customers, 1);
    csv_import::run(&mut shop.store, &ctx, &request, true).unwrap();
    let marta = shop.store.customer(&known.id).unwrap();
    assert_eq!(marta.emails, vec!["marta@example.com"], "the new email is not silently dropped");
    let kinds: Vec<&str> = shop
        .store
        .customer_timeline(&known.id, None, 10)
        .unwrap()
        .entries
        .iter()
        .map(crate::common::kind_of)
        .collect();
    assert!(kinds.contains(&"customer_edited"), "the addition is recorded as an edit: {kinds:?}");
}

#[test]
fn problems_name_the_row_the_spreadsheet_shows_and_quote_values_briefly() {
    let long = "9".repeat(2_000_000);
    for end in ["\n", "\r\n"] {
        let text =
            ["Name,Phone", "Ana,06 1234 5678", "", "Ben,not a phone", &format!("Cas,{long}")].join(end);
        let source = csv_import::CsvSource::from_text(&text);
        let mapping = csv_import::inspect(&source).unwrap().mapping;
        let (_, problems) =
            csv_import::parse(&source, &mapping, chrono_tz::UTC, casebook::clock::now()).unwrap();
        let lines: Vec<u32> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 5], "the heading is row 1 and the blank row counts ({end:?})");
        let words = casebook::Words::of(casebook::Lang::Nl).text(&problems[1].msg);
        assert!(words.len() < 400, "a 2 MB value is not quoted back whole: {}", words.len());
        assert!(
            words.contains("telefoonnummer"),
            "a row's problem is worded in the reader's language, the field's name too: {words}"
        );
    }
}

#[test]
fn filemakers_line_breaks_stay_in_their_cell_and_a_stray_nul_is_left_out_and_said() {
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let source = csv_import::source_from_file(&fixtures().join("filemaker-export.csv")).unwrap();
    let seen = csv_import::inspect(&source).unwrap();
    assert!(seen.left_out.is_empty(), "a vertical tab is a line break, not a character to take out");
    csv_import::run(&mut shop.store, &ctx, &CsvRequest { source, mapping: seen.mapping }, true).unwrap();
    let greta = shop.store.lookup_customers("Greta Lindqvist", 1).unwrap().remove(0);
    let notes = shop.store.customer(&greta.id).unwrap().notes;
    assert_eq!(notes, "Blue frame\nBell on the left\nPays cash", "the cell's three lines, in one cell");

    let source = csv_import::source_from_file(&fixtures().join("stray-nul.csv")).unwrap();
    let seen = csv_import::inspect(&source).unwrap();
    assert_eq!(seen.left_out.len(), 1, "{:?}", seen.left_out);
    assert_eq!(
        (seen.left_out[0].line, seen.left_out[0].column.as_str(), seen.left_out[0].count),
        (2, "Notes", 1),
        "the row and column it was taken from"
    );
    let report =
        csv_import::run(&mut shop.store, &ctx, &CsvRequest { source, mapping: seen.mapping }, true).unwrap();
    assert!(report.imported && report.left_out.len() == 1, "imported, and the report says what was left out");
    let ilse = shop.store.lookup_customers("Ilse Vermeer", 1).unwrap().remove(0);
    assert_eq!(shop.store.customer(&ilse.id).unwrap().notes, "Regular customer", "without the NUL");
}

#[test]
fn a_row_never_takes_a_known_customer_past_five_phone_numbers_but_adds_their_email() {
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let phones: Vec<String> = (1..=5).map(|i| format!("06 1234 567{i}")).collect();
    let input = casebook::model::NewCustomer { name: "Marta Silva".into(), phones, ..Default::default() };
    let known = shop.store.write(|w| w.create_customer(&ctx, &input, true)).unwrap();
    let source = csv_import::CsvSource::from_text(
        "Name,Phone,Email\nMarta Silva,06 1234 5671; 06 9999 0000,marta@example.com\n",
    );
    let mapping = csv_import::inspect(&source).unwrap().mapping;
    let request = CsvRequest { source, mapping };
    let report = csv_import::run(&mut shop.store, &ctx, &request, true).unwrap();
    assert_eq!(report.matched_customers, 1, "the row is Marta, by a number she has");
    let marta = shop.store.customer(&known.id).unwrap();
    assert_eq!(marta.phones.len(), 5, "a sixth number is not added, as a person could not add one");
    assert_eq!(marta.emails, vec!["marta@example.com"], "her new email is");
}
