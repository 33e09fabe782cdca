//! Customers and cases from a spreadsheet: mapping, preview, matching, and
//! all-or-nothing on bad rows.

use casebook::data::csv_import::{self, CsvField, CsvReport, CsvRequest, CsvSource};
use casebook::model::*;
use casebook::ErrorCode;

use crate::common::Shop;

fn request(text: &str) -> CsvRequest {
    let source = CsvSource::from_text(text);
    let mapping = csv_import::inspect(&source).expect("the file can be inspected").mapping;
    CsvRequest { source, mapping }
}

fn import(shop: &mut Shop, req: &CsvRequest) -> CsvReport {
    let ctx = shop.as_ana();
    csv_import::run(&mut shop.store, &ctx, req, true).expect("import runs")
}

fn customers(shop: &Shop) -> u32 {
    shop.store.desk_info().unwrap().customers
}

#[test]
fn common_headers_are_mapped_and_semicolon_files_with_a_bom_are_read() {
    use CsvField::*;
    let text = "\u{feff}Voornaam;Achternaam;First name;Last name;Mobile;E-mail address;Company;Ticket title;Status;Created;Description;Colour\n\
                ;;Eva;Smit;06 1234 5678;eva@example.com;;Brakes;open;2026-01-05;Squeal;red\n";
    let seen = csv_import::inspect(&CsvSource::from_text(text)).expect("a semicolon file is read");
    assert_eq!(seen.delimiter, ";", "European spreadsheets save with semicolons");
    assert_eq!(seen.columns[0].heading, "Voornaam", "the byte-order mark is not part of the first heading");
    assert_eq!(
        seen.mapping,
        vec![Name, Name, Name, Name, Phone, Email, Organisation, Subject, Status, Opened, Message, Ignore],
        "each heading maps to the field it means, in Dutch or English; unknown ones are ignored"
    );
    assert_eq!(seen.rows, 1, "one data row");
    assert_eq!(seen.sample[0][2], "Eva", "the sample shows the first rows as written");
}

#[test]
fn rows_become_customers_and_cases_and_known_customers_are_matched_not_duplicated() {
    let mut shop = Shop::new();
    let known = shop.customer("Marta Silva", "+31 6 1234 5678", "marta@example.com");
    let text = "Name,Phone,Email,Subject,Status,Opened,Message,Priority\n\
                Marta S.,0612345678,,Gears slip,open,2026-01-05 10:30,\"It slips in third, \"\"badly\"\"\",high\n\
                M. Silva,,MARTA@example.com,,,,,\n\
                Tom Berg,020 555 0147,tom@example.com,New tyre,resolved,2026-01-06,,\n\
                Thomas Berg,+31 20 555 0147,,Chain,waiting,,,\n\
                Isa Bos,,,,,,,\n";
    let req = request(text);
    let before = shop.events();

    let ctx = shop.as_ana();
    let preview = csv_import::run(&mut shop.store, &ctx, &req, false).expect("preview runs");
    assert_eq!(shop.events(), before, "a preview writes nothing");
    assert!(!preview.imported, "a preview says it did not import");

    let report = import(&mut shop, &req);
    assert!(report.imported, "a clean file is imported");
    assert_eq!(
        (report.new_customers, report.matched_customers, report.cases),
        (2, 3, 3),
        "Marta is matched by phone (other formatting) and by email (other case); Tom's second row by his number"
    );
    assert_eq!(
        (preview.new_customers, preview.matched_customers, preview.cases),
        (report.new_customers, report.matched_customers, report.cases),
        "the preview's counts are exactly what the import did"
    );
    assert_eq!(customers(&shop), 3, "Marta, Tom and Isa: no duplicates");
    assert_eq!(
        report.sample[0].existing.as_deref(),
        Some("Marta Silva"),
        "the preview names who was matched"
    );

    let marta = shop.store.customer_cases(&known.id).expect("Marta's cases");
    assert_eq!(marta.len(), 1, "Marta's case joined her existing history");
    let case = &marta[0];
    assert_eq!(
        (case.subject.as_str(), case.priority),
        ("Gears slip", Priority::High),
        "case fields come from the row"
    );
    let tz = shop.store.sla_settings().unwrap().calendar.tz();
    let local = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap().and_hms_opt(10, 30, 0).unwrap();
    assert_eq!(
        case.opened_at.timestamp(),
        chrono::TimeZone::from_local_datetime(&tz, &local).unwrap().timestamp(),
        "a local date and time is read in the shop's time zone"
    );
    let timeline = shop.store.customer_timeline(&known.id, None, 50).expect("timeline");
    assert!(
        timeline.entries.iter().any(|e| matches!(&e.event().unwrap(),
            EventPayload::Cases(CaseEvent::CustomerMessage { body, .. }) if body == "It slips in third, \"badly\"")),
        "the message, with its quoted comma and quotes, is on the timeline as the customer's words"
    );
    let tom = shop.store.find_duplicates(&["020 555 0147".into()], &[]).expect("lookup");
    let tom_cases = shop.store.customer_cases(&tom[0].id).expect("Tom's cases");
    let statuses: Vec<CaseStatus> = tom_cases.iter().map(|c| c.status).collect();
    assert!(
        statuses.contains(&CaseStatus::Resolved) && statuses.contains(&CaseStatus::Waiting),
        "statuses from the file are applied as status changes: {statuses:?}"
    );
}

#[test]
fn a_file_with_any_bad_row_lists_every_problem_by_line_and_writes_nothing() {
    let mut shop = Shop::new();
    let text = "Name,Phone,Email,Subject,Status,Opened\n\
                Good Row,,good@example.com,,,\n\
                ,0612345678,,,,\n\
                \"Multi\nline\",,,Subject,,\n\
                Bad Mail,,not-an-email,,,\n\
                Bad Status,,,Fix,lost,\n\
                Bad Date,,,Fix,,next tuesday\n\
                Future,,,Fix,,2999-01-01\n\
                No Subject,,,,closed,\n\
                Too,0612345678,,,,,many,values\n";
    let req = request(text);
    let before = shop.events();
    let report = import(&mut shop, &req);
    assert!(!report.imported, "nothing is imported while there are problems");
    assert_eq!(shop.events(), before, "all or nothing: the good row was not written either");
    let lines: Vec<u32> = report.problems.iter().map(|p| p.line).collect();
    assert_eq!(
        lines,
        vec![3, 5, 6, 7, 8, 9, 10],
        "each bad row is reported by its spreadsheet row, a two-line cell being one row: {:?}",
        report.problems
    );
    let text_of = |line: u32| &report.problems.iter().find(|p| p.line == line).unwrap().message;
    assert!(text_of(3).contains("name is empty"), "an empty name says so: {}", text_of(3));
    assert!(text_of(5).contains("not-an-email"), "a bad email is quoted back: {}", text_of(6));
    assert!(text_of(6).contains("‘lost’") && text_of(6).contains("resolved"), "lists the allowed statuses");
    assert!(text_of(7).contains("2026-03-05"), "a bad date shows the form to use: {}", text_of(7));
    assert!(text_of(8).contains("future"), "a date in the future is refused: {}", text_of(8));
    assert!(text_of(9).contains("no subject"), "case details without a subject: {}", text_of(9));
    assert!(text_of(10).contains("quotes"), "too many values hints at quoting: {}", text_of(10));
    assert_eq!(report.problem_count, 7, "the count covers every problem");
}

#[test]
fn files_and_mappings_that_cannot_be_imported_are_refused_with_what_to_do() {
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let mut refuse = |text: &str, mapping: Vec<CsvField>, says: &str| {
        let req = CsvRequest { source: CsvSource::from_text(text), mapping };
        let err = csv_import::run(&mut shop.store, &ctx, &req, true).expect_err(says);
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{says}: a user error, not a crash");
        assert!(err.to_string().contains(says), "expected '{says}' in: {err}");
    };
    refuse("", vec![], "empty");
    refuse("   \n\n", vec![], "empty");
    refuse("Name,Phone\n", vec![CsvField::Name, CsvField::Phone], "no rows");
    refuse("Name,Phone\nAna,\n", vec![CsvField::Ignore, CsvField::Phone], "name");
    refuse("Name,Phone\nAna,\n", vec![CsvField::Name], "2 columns but 1");
    refuse(",,\nAna,,\n", vec![CsvField::Name, CsvField::Ignore, CsvField::Ignore], "column headings");
    assert_eq!(shop.events(), 2, "nothing but the two staff members was ever written");
}

#[test]
fn a_broken_quote_is_reported_not_guessed() {
    let mut shop = Shop::new();
    let req = request("Name,Notes\nAna,\"never closed\nBen,fine\n");
    let report = import(&mut shop, &req);
    assert!(!report.imported && report.problem_count >= 1, "an unterminated quote is a problem: {report:?}");
    assert_eq!(customers(&shop), 0, "and nothing is written");
}

#[test]
fn when_the_heading_row_cannot_be_found_the_rows_are_shown_to_pick_it_from() {
    // Numbers only: nothing says which row names the columns.
    let text = "1,2,3\n4,5,6\n7,8,9\n";
    let seen = csv_import::inspect(&CsvSource::from_text(text)).expect("the file is still read");
    assert!(!seen.header_found, "Casebook says it could not tell");
    assert_eq!(seen.top.len(), 3, "and shows the first rows to pick the heading row from");
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let req = CsvRequest { source: CsvSource::from_text(text), mapping: seen.mapping.clone() };
    let err = csv_import::run(&mut shop.store, &ctx, &req, false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "an import waits for the choice: {err}");
    assert!(err.to_string().contains("Pick it from the first rows shown"), "{err}");
}
