//! The `casebook` command line, run as a real process.

use std::process::Command;

fn casebook(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CASEBOOK_DB")
        .output()
        .expect("the casebook binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn seed_then_inspect_the_shop() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.db");
    let out = casebook(&db, &["seed", "--seed", "3", "--customers", "12", "--now", "2026-11-20T15:00:00Z"]);
    assert!(out.status.success(), "seeding succeeds: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("12 customers"), "reports what it made: {}", text(&out.stdout));

    let out = casebook(&db, &["--json", "info"]);
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    assert_eq!(info["customers"], 12);
    assert_eq!(info["staff"], 4);

    let out = casebook(&db, &["queue", "--limit", "3"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).lines().count() <= 3, "the queue honours --limit");
}

#[test]
fn bad_input_exits_non_zero_with_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bad.db");
    assert!(casebook(&db, &["staff", "add", "Ana Costa", "--role", "owner"]).status.success());

    let out = casebook(&db, &["--as", "Ana", "customer", "add", "--name", "  "]);
    assert!(!out.status.success(), "an empty name fails");
    assert!(text(&out.stderr).contains("Customer name is empty"), "{}", text(&out.stderr));

    let out = casebook(&db, &["--as", "Nobody", "customer", "add", "--name", "X"]);
    assert!(text(&out.stderr).contains("Nobody active on the staff list"), "{}", text(&out.stderr));

    let out = casebook(&db, &["--json", "--as", "Ana", "case", "log", "missing-case", "--body", "hi"]);
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).expect("errors are JSON with --json");
    assert_eq!(err["code"], "not_found", "machine-readable code: {err}");

    let out = casebook(&db, &["seed", "--now", "yesterday"]);
    assert!(text(&out.stderr).contains("not a date and time"), "{}", text(&out.stderr));
}

#[test]
fn server_setup_answers_a_mistyped_option_before_touching_the_machine() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    let certs = dir.path().join("certs");
    let certs_arg = certs.to_string_lossy().into_owned();
    for (args, said) in [
        (vec!["--allow", "192.168.1.0/33"], "is not a network"),
        (vec!["--allow", "the shop"], "is not a network"),
        (vec!["--name", "shop server"], "is not a host name or an IP address"),
        (vec!["--name", "x,DNS:evil.example"], "is not a host name or an IP address"),
        (vec!["--owner", "Owner; DROP ROLE postgres"], "cannot be a PostgreSQL name"),
        (vec!["--database", "9lives"], "cannot be a PostgreSQL name"),
    ] {
        let mut all = vec!["server", "setup", "--dir", certs_arg.as_str()];
        all.extend(args.iter().copied());
        let out = casebook(&db, &all);
        assert!(!out.status.success(), "{args:?} is refused");
        assert!(text(&out.stderr).contains(said), "{args:?} says why: {}", text(&out.stderr));
        assert!(!certs.exists(), "{args:?}: nothing was made");
    }
    assert!(!db.exists(), "setting up a server opens no desk's database");
}

#[test]
fn a_walk_in_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("walkin.db");
    casebook(&db, &["staff", "add", "Ana Costa", "--role", "owner"]);
    let out = casebook(
        &db,
        &["--json", "--as", "ana", "customer", "add", "--name", "Zoë Visser", "--phone", "06 1234 5678"],
    );
    let customer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = customer["id"].as_str().unwrap().to_owned();
    let out = casebook(
        &db,
        &[
            "--json",
            "--as",
            "ana",
            "case",
            "open",
            "--customer",
            &id,
            "--subject",
            "Flat tyre",
            "--message",
            "Rear tyre is flat",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let case: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let case_id = case["id"].as_str().unwrap().to_owned();
    let out = casebook(&db, &["--as", "ana", "case", "rename", &case_id, "--subject", "Flat tyre, rear"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Case renamed: “Flat tyre, rear”.", "the CLI says what it did");
    let out = casebook(&db, &["--as", "ana", "case", "rename", &case_id, "--subject", " "]);
    assert!(!out.status.success(), "an empty subject is refused");
    assert!(
        text(&out.stderr).to_lowercase().contains("subject is empty"),
        "and the message says what is missing: {}",
        text(&out.stderr)
    );
    let out = casebook(&db, &["timeline", &id]);
    let timeline = text(&out.stdout);
    assert!(timeline.contains("customer_message") && timeline.contains("Ana Costa"), "{timeline}");
    assert!(timeline.contains("case_renamed"), "the rename is on the customer's history: {timeline}");
}

#[test]
fn a_customer_asks_what_the_shop_holds_and_gets_it_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("subject.db");
    casebook(&db, &["staff", "add", "Ana Costa", "--role", "owner"]);
    let out = casebook(
        &db,
        &["--json", "--as", "ana", "customer", "add", "--name", "Zoë Visser", "--email", "zoe@example.nl"],
    );
    let customer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = customer["id"].as_str().unwrap().to_owned();
    let to = dir.path().join("for-zoe");
    let out = casebook(&db, &["customer", "export", &id, "--to", to.to_str().unwrap()]);
    assert!(out.status.success(), "the export runs: {}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("customer.html") && said.contains("for-zoe"),
        "it says where the files are: {said}"
    );
    let folder = std::fs::read_dir(&to).unwrap().next().expect("one folder is written").unwrap().path();
    let page = std::fs::read_to_string(folder.join("customer.html")).unwrap();
    assert!(
        page.contains("Zoë Visser") && page.contains("zoe@example.nl"),
        "the page holds the customer's details"
    );
    assert!(folder.join("customer.json").exists(), "the JSON is beside the page");

    let out = casebook(&db, &["customer", "export", "01a00000-0000-7000-8000-000000000000"]);
    assert!(!out.status.success(), "an unknown customer is an error");
    assert!(
        text(&out.stderr).contains("not found") || text(&out.stderr).contains("No customer"),
        "and says so: {}",
        text(&out.stderr)
    );
}

#[test]
fn backup_and_restore_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop/casebook.db");
    assert!(casebook(&db, &["seed", "--customers", "4", "--now", "2026-11-20T15:00:00Z"]).status.success());
    let out = casebook(&db, &["--json", "backup"]);
    assert!(out.status.success(), "backup succeeds: {}", text(&out.stderr));
    let taken: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = taken["events"].as_u64().unwrap();
    assert!(events > 0, "the backup reports what it holds: {taken}");

    assert!(casebook(&db, &["--as", "Ana", "customer", "add", "--name", "Late Arrival"]).status.success());
    let listed = casebook(&db, &["backups"]);
    assert!(text(&listed.stdout).contains("manual"), "backups are listed: {}", text(&listed.stdout));

    let file = taken["path"].as_str().unwrap();
    {
        // While the app has the database open, a restore is refused.
        let _app = casebook::Db::open(&db).unwrap();
        let out = casebook(&db, &["restore", file]);
        assert!(!out.status.success(), "restore must not run under the app");
        assert!(text(&out.stderr).contains("close it first"), "says what to do: {}", text(&out.stderr));
    }
    let out = casebook(&db, &["restore", file]);
    assert!(!out.status.success(), "a restore is the owner's: nobody named, nothing restored");
    let out = casebook(&db, &["--as", "Ben", "restore", file]);
    assert_eq!(out.status.code(), Some(1), "Ben is staff: {}", text(&out.stderr));
    assert!(text(&out.stderr).contains("only an owner can"), "says who may: {}", text(&out.stderr));
    let out = casebook(&db, &["--as", "Ana", "restore", file]);
    assert!(out.status.success(), "restore succeeds once the app is closed: {}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("before-restore"),
        "says where the old history is: {}",
        text(&out.stdout)
    );
    let found = casebook(&db, &["customer", "find", "Late Arrival"]);
    assert!(text(&found.stdout).contains("No customer"), "the customer added after the backup is gone");

    let bogus = dir.path().join("notes.txt");
    std::fs::write(&bogus, "not a backup").unwrap();
    let out = casebook(&db, &["--as", "Ana", "--json", "restore", bogus.to_str().unwrap()]);
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "not_a_casebook_database", "{err}");
}

#[test]
fn export_and_import_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("a/casebook.db");
    assert!(casebook(&source, &["seed", "--customers", "3", "--now", "2026-11-20T15:00:00Z"])
        .status
        .success());
    let out = casebook(&source, &["--json", "export"]);
    assert!(out.status.success(), "export succeeds: {}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let folder = report["folder"].as_str().unwrap().to_owned();
    assert!(folder.contains("exports"), "exports go beside the data by default: {folder}");

    let target = dir.path().join("b/casebook.db");
    let out = casebook(&target, &["import", &folder]);
    assert!(out.status.success(), "import succeeds: {}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(&format!("Imported {} events", report["events"])),
        "{}",
        text(&out.stdout)
    );
    let again = casebook(&target, &["import", &folder]);
    assert!(!again.status.success(), "the import brought an owner: importing is theirs now");
    let again = casebook(&target, &["--as", "Ana", "import", &folder]);
    assert!(text(&again.stdout).contains("Imported 0 events"), "twice adds nothing: {}", text(&again.stdout));
}

#[test]
fn reports_and_outreach_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("report.db");
    let out = casebook(&db, &["seed", "--customers", "30", "--now", "2026-11-20T15:00:00Z"]);
    assert!(out.status.success(), "seeding succeeds: {}", text(&out.stderr));

    let range = ["--from", "2026-07-01", "--to", "2026-11-20"];
    let out = casebook(&db, &[&["report", "fairness", "--format", "json"][..], &range].concat());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("--format json prints JSON");
    assert_eq!(json["name"], "fairness");
    let rows = json["tables"][0]["rows"].as_array().unwrap();
    assert_eq!(rows.last().unwrap()[0], "All customers", "the last row sums up every segment");

    let out = casebook(&db, &[&["report", "satisfaction", "--format", "csv"][..], &range].concat());
    let csv = text(&out.stdout);
    assert!(
        csv.contains("\"Period starting\",\"Scores\",\"Average (1–5)\",\"4 or 5 (%)\""),
        "CSV with labelled columns: {csv}"
    );

    let out = casebook(&db, &["report", "promises", "--from", "2026-11-20", "--to", "2026-11-01"]);
    assert!(!out.status.success(), "a backwards range fails");
    assert!(text(&out.stderr).contains("Pick an end date on or after the start"), "{}", text(&out.stderr));
    let out = casebook(&db, &["report", "moods"]);
    assert!(
        text(&out.stderr).contains("fairness, attainment, promises"),
        "lists the reports: {}",
        text(&out.stderr)
    );

    let out = casebook(&db, &["--json", "outreach", "sample", "--days", "1", "--count", "2", "--seed", "9"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let again =
        casebook(&db, &["--json", "outreach", "sample", "--days", "1", "--count", "2", "--seed", "9"]);
    assert_eq!(out.stdout, again.stdout, "the same seed picks the same customers");
    let out = casebook(&db, &["outreach", "sample", "--days", "1", "--count", "500"]);
    assert!(text(&out.stderr).contains("You asked for 500 customers"), "{}", text(&out.stderr));
}

fn casebook_with(db: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_casebook"));
    command.arg("--db").arg(db).args(args).env_remove("CASEBOOK_DB");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("the casebook binary runs")
}

#[test]
fn passcodes_and_owner_tools_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("passcodes.db");
    assert!(casebook(&db, &["seed", "--customers", "3", "--now", "2026-11-20T15:00:00Z"]).status.success());
    let out = casebook(&db, &["--as", "Dev", "staff", "add", "Zoe"]);
    assert!(!out.status.success(), "staff do not add staff");
    assert!(text(&out.stderr).contains("only an owner can"), "says who may: {}", text(&out.stderr));

    let out = casebook_with(
        &db,
        &[("CASEBOOK_NEW_PASSCODE", "4071")],
        &["--as", "Ana", "staff", "passcode", "Ana"],
    );
    assert!(out.status.success(), "the owner sets her passcode: {}", text(&out.stderr));
    let out =
        casebook(&db, &["--as", "Ana", "settings", "passcodes", "--ask", "owner_tools", "--min-digits", "4"]);
    assert!(out.status.success(), "turning passcodes on: {}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("Recovery code:") && said.contains("keeps no copy"), "shown once: {said}");

    let out = casebook(&db, &["--as", "Ana", "staff", "add", "Zoe"]);
    assert!(!out.status.success(), "an owner's tool asks the passcode now");
    assert!(text(&out.stderr).contains("passcode"), "{}", text(&out.stderr));
    let out = casebook_with(&db, &[("CASEBOOK_PASSCODE", "9999")], &["--as", "Ana", "staff", "add", "Zoe"]);
    assert!(text(&out.stderr).contains("not right"), "a wrong passcode: {}", text(&out.stderr));
    let out = casebook(&db, &["staff", "tries"]);
    assert!(
        text(&out.stdout).contains("Ana Costa: 1 wrong"),
        "the wrong try is listed: {}",
        text(&out.stdout)
    );
    let out = casebook_with(&db, &[("CASEBOOK_PASSCODE", "4071")], &["--as", "Ana", "staff", "add", "Zoe"]);
    assert!(out.status.success(), "with her passcode: {}", text(&out.stderr));
    let out = casebook(&db, &["--as", "Dev", "customer", "add", "--name", "Walk In"]);
    assert!(out.status.success(), "ordinary work asks nothing: {}", text(&out.stderr));
    let stored = std::fs::read(&db).unwrap();
    assert!(!text(&stored).contains("\"4071\""), "the passcode is nowhere in the database");
}

#[test]
fn every_owners_tool_is_refused_to_staff_on_the_command_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rights.db");
    assert!(casebook(&db, &["seed", "--customers", "3", "--now", "2026-11-20T15:00:00Z"]).status.success());
    let export = casebook(&db, &["--json", "export"]);
    let folder = serde_json::from_slice::<serde_json::Value>(&export.stdout).unwrap()["folder"]
        .as_str()
        .unwrap()
        .to_owned();
    let events = |db: &std::path::Path| -> u64 {
        let info: serde_json::Value =
            serde_json::from_slice(&casebook(db, &["--json", "info"]).stdout).unwrap();
        info["events"].as_u64().unwrap()
    };
    let before = events(&db);
    let owners: &[&[&str]] = &[
        &["staff", "add", "Zoe"],
        &["staff", "rename", "Ben", "--to", "Benny"],
        &["staff", "deactivate", "Ben"],
        &["staff", "role", "Dev", "--role", "owner"],
        &["staff", "passcode", "Ben"],
        &["staff", "clear-passcode", "Ana"],
        &["settings", "passcodes", "--ask", "always"],
        &["settings", "recovery-code"],
        &["settings", "language", "nl"],
        &["import", &folder],
    ];
    for args in owners {
        let all = [&["--as", "Dev"][..], args].concat();
        let out = casebook_with(&db, &[("CASEBOOK_NEW_PASSCODE", "4071")], &all);
        assert!(!out.status.success(), "{args:?} is an owner's tool");
        assert!(
            text(&out.stderr).contains("only an owner can"),
            "{args:?} says who may: {}",
            text(&out.stderr)
        );
    }
    for args in
        [&["settings", "attachment-limit", "30"][..], &["settings", "set-root-causes", "--add", "Parts"]]
    {
        let all = [&["--as", "Dev"][..], args].concat();
        let out = casebook(&db, &all);
        assert!(
            text(&out.stderr).contains("shift lead or the owner"),
            "{args:?} is policy: {}",
            text(&out.stderr)
        );
    }
    assert_eq!(events(&db), before, "nothing refused was written");
    let out = casebook(&db, &["--as", "Ben", "settings", "attachment-limit", "30"]);
    assert!(out.status.success(), "a shift lead sets shop policy: {}", text(&out.stderr));
}
