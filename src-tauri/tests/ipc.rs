//! The real command handlers, called over IPC through Tauri's mock runtime: the
//! same JSON the UI sends, the same `{code, message}` errors it receives.

use casebook::Db;
use casebook_desk::commands::{self, wrappers};
use casebook_desk::{build, install, AppState};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

struct App {
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

fn app() -> App {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path().join("ipc.db")).map_err(Into::into);
    let app = build(mock_builder()).build(mock_context(noop_assets())).unwrap();
    install(app.handle(), AppState::new(db));
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    App { _app: app, window, _dir: dir }
}

fn invoke(app: &App, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_with(app, cmd, args, Default::default())
}

/// A call as the window makes it, with these headers.
fn invoke_with(app: &App, cmd: &str, args: Value, headers: tauri::http::HeaderMap) -> Result<Value, Value> {
    get_ipc_response(
        &app.window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers,
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

fn ok(app: &App, cmd: &str, args: Value) -> Value {
    invoke(app, cmd, args.clone()).unwrap_or_else(|e| panic!("{cmd}({args}) failed: {e}"))
}

fn err(app: &App, cmd: &str, args: Value) -> Value {
    invoke(app, cmd, args.clone()).expect_err(&format!("{cmd}({args}) should fail"))
}

#[test]
fn the_demo_shop_is_loaded_in_the_language_the_first_run_asks_for() {
    let app = app();
    ok(&app, "load_demo_shop", json!({ "language": "de" }));
    let staff = ok(&app, "list_staff", json!({}));
    assert!(
        staff.as_array().unwrap().iter().any(|s| s["name"] == "Anna Becker"),
        "the German shop's owner is at the counter, not the English one's: {staff}"
    );
}

#[test]
fn the_four_counter_steps_work_over_ipc() {
    let app = app();
    let info = ok(&app, "desk_info", json!({}));
    assert_eq!(info["first_run"], true, "a new database is a first run");

    // In English whatever the computer's language, for the names below.
    ok(&app, "load_demo_shop", json!({ "language": "en" }));
    let staff = ok(&app, "list_staff", json!({}));
    let ana = staff.as_array().unwrap().iter().find(|s| s["name"] == "Ana Costa").unwrap()["id"].clone();
    let ben = staff.as_array().unwrap().iter().find(|s| s["name"] == "Ben Okafor").unwrap()["id"].clone();
    ok(&app, "set_current_staff", json!({ "staff_id": ana }));

    let queue = ok(&app, "queue", json!({ "cursor": null, "limit": 1 }));
    let someone = queue["cases"][0]["customer_name"].as_str().unwrap().to_owned();
    let typed: String = someone.chars().take(4).collect();
    let matches = ok(&app, "lookup_customers", json!({ "query": typed, "limit": 8 }));
    assert!(
        matches.as_array().unwrap().iter().any(|m| m["name"] == someone.as_str()),
        "typing '{typed}' offers {someone}: {matches}"
    );
    let case = ok(
        &app,
        "open_case",
        json!({ "input": {
            "customer": { "type": "new", "customer": { "name": "Amira Haddad", "phones": ["06 9999 0000"], "emails": [], "organisation": "", "segment": "walk-in", "notes": "" }, "allow_duplicate": false },
            "subject": "Brake squeal on the blue tourer", "channel": "walk_in", "priority": "normal",
            "owner_id": ana, "message": "It squeals when I stop"
        }}),
    );
    let case_id = case["id"].as_str().unwrap().to_owned();
    ok(
        &app,
        "add_entry",
        json!({ "input": { "case_id": case_id, "kind": "reply", "body": "We'll look at it today" } }),
    );
    ok(&app, "add_entry", json!({ "input": { "case_id": case_id, "kind": "note", "body": "Pads glazed" } }));
    ok(
        &app,
        "update_case",
        json!({ "input": { "case_id": case_id, "status": "waiting", "priority": "high", "owner_id": ben } }),
    );

    ok(&app, "set_current_staff", json!({ "staff_id": ben }));
    let queue = ok(&app, "queue", json!({ "cursor": null, "limit": 200 }));
    assert!(
        queue["cases"].as_array().unwrap().iter().any(|c| c["id"] == case_id.as_str()),
        "Ben finds the case in the queue"
    );
    let detail = ok(&app, "get_case", json!({ "case_id": case_id }));
    let customer_id = detail["customer"]["id"].clone();
    let timeline =
        ok(&app, "customer_timeline", json!({ "customer_id": customer_id, "cursor": null, "limit": 50 }));
    let kinds: Vec<&str> = timeline["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["payload"]["kind"].as_str().unwrap())
        .collect();
    for k in [
        "customer_created",
        "case_opened",
        "customer_message",
        "reply",
        "note",
        "status_changed",
        "assignment_changed",
        "priority_changed",
    ] {
        assert!(kinds.contains(&k), "Ben sees the '{k}' event in the customer's timeline: {kinds:?}");
    }
}

#[test]
fn errors_cross_ipc_as_code_and_message() {
    let app = app();
    ok(&app, "add_staff", json!({ "input": { "name": "Ana Costa", "role": "owner" } }));

    let e = err(&app, "get_case", json!({ "case_id": "missing" }));
    assert_eq!(e["code"], "not_found", "{e}");
    assert!(e["message"].as_str().unwrap().contains("missing"), "{e}");

    let e = err(&app, "create_customer", json!({ "input": { "name": "  " }, "allow_duplicate": false }));
    assert_eq!(e["code"], "invalid_input", "{e}");
    assert!(e["message"].as_str().unwrap().contains("Customer name is empty"), "{e}");

    let e = err(
        &app,
        "create_customer",
        json!({ "input": { "name": "X", "emails": ["x@"] }, "allow_duplicate": false }),
    );
    assert_eq!(e["code"], "invalid_input", "a malformed email is refused: {e}");

    let e =
        err(&app, "add_entry", json!({ "input": { "case_id": "nope", "kind": "note", "body": "hello" } }));
    assert_eq!(e["code"], "not_found", "{e}");

    let info = ok(&app, "desk_info", json!({}));
    assert_eq!(info["customers"], 0, "none of the refused calls wrote anything");
}

#[test]
fn a_database_that_failed_to_open_is_reported_on_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("taken.db");
    let _first = Db::open(&path).unwrap();
    let second = Db::open(&path).map_err(Into::into);
    let app = build(mock_builder()).build(mock_context(noop_assets())).unwrap();
    install(app.handle(), AppState::new(second));
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let app = App { _app: app, window, _dir: dir };
    let e = err(&app, "desk_info", json!({}));
    assert_eq!(e["code"], "already_open", "the UI learns why it cannot work: {e}");
}

/// The UI's wrappers are written from the command declarations; run `make
/// bindings` (UPDATE_BINDINGS=1) after declaring a command.
#[test]
fn every_command_has_its_generated_typed_wrapper_in_the_ui() {
    let api = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/api");
    for feature in wrappers::features() {
        let path = format!("{api}/{feature}.ts");
        let fresh = wrappers::feature_module(feature);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/api/{feature}.ts is stale: a command was declared or changed. Run `make bindings`."
        );
    }
    let path = format!("{api}/commands.ts");
    let fresh = wrappers::commands_module();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    } else {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/api/commands.ts is stale: a feature's commands were added or removed. Run `make bindings`."
        );
    }
}

#[test]
fn every_declared_command_is_registered_and_answers() {
    let app = app();
    for name in commands::names() {
        // With no arguments a command may refuse (invalid_input) or answer; it is
        // never unknown to the handler.
        if let Err(e) = invoke(&app, name, json!({})) {
            assert!(e.get("code").is_some(), "{name} answers {{code, message}}, not '{e}'");
        }
    }
    let mut names = commands::names();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), commands::names().len(), "no command is declared twice");
}

#[test]
fn the_shell_allows_exactly_our_commands_to_the_main_window_only() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let names = commands::names();
    let mut permission_files: Vec<String> = std::fs::read_dir(format!("{dir}/permissions/autogenerated"))
        .unwrap()
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_owned))
        .collect();
    permission_files.sort();
    let mut sorted: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    sorted.sort();
    assert_eq!(permission_files, sorted, "build.rs declares exactly the commands the handler registers");

    let capability: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/capabilities/main.json")).unwrap())
            .unwrap();
    assert_eq!(capability["windows"], json!(["main"]), "granted to the main window only");
    let granted: Vec<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect();
    let mut expected: Vec<String> =
        vec!["core:event:allow-listen".into(), "core:event:allow-unlisten".into()];
    expected.extend(names.iter().map(|c| format!("allow-{}", c.replace('_', "-"))));
    assert_eq!(granted, expected, "our commands and event listening, and no plugin at all");

    let conf: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/tauri.conf.json")).unwrap()).unwrap();
    let csp = conf["app"]["security"]["csp"].as_object().unwrap();
    for (directive, sources) in csp {
        let sources = sources.as_str().unwrap();
        // Windows reaches the app's own protocols as http://<scheme>.localhost.
        let remote = sources
            .split_whitespace()
            .filter(|s| s.starts_with("http://"))
            .any(|s| !matches!(s, "http://ipc.localhost" | "http://attachment.localhost"));
        assert!(!remote, "{directive} allows no remote origin: {sources}");
        assert!(
            !sources.contains("https:") && !sources.contains('*'),
            "{directive} allows no remote origin: {sources}"
        );
        assert!(
            !sources.contains("unsafe-eval") && !sources.contains("unsafe-inline"),
            "{directive}: {sources}"
        );
    }
    let cargo = std::fs::read_to_string(format!("{dir}/Cargo.toml")).unwrap();
    for plugin in [
        "tauri-plugin-shell",
        "tauri-plugin-fs",
        "tauri-plugin-http",
        "tauri-plugin-dialog",
        "tauri-plugin-opener",
    ] {
        assert!(!cargo.contains(plugin), "{plugin} is not part of the shell");
    }
}

#[test]
fn malformed_arguments_are_refused_as_code_and_message() {
    let app = app();
    ok(&app, "add_staff", json!({ "input": { "name": "Ana Costa", "role": "owner" } }));
    let cases = [
        ("get_case", json!({})),
        ("get_case", json!({ "case_id": 42 })),
        ("queue", json!({ "cursor": null, "limit": "fifty" })),
        ("queue", json!({ "cursor": null, "limit": -1 })),
        ("open_case", json!({ "input": "not an object" })),
        ("open_case", json!({ "input": { "subject": "missing the rest" } })),
        ("update_case", json!({ "input": { "case_id": "x", "status": "on fire" } })),
        ("kept_rate", json!({ "from": "yesterday", "to": "today" })),
        ("add_entry", json!({ "input": null })),
        ("search", json!({ "query": [1, 2, 3] })),
        ("restore_backup", json!({ "file_name": 42 })),
        ("import_everything", json!({ "folder": ["a"] })),
        ("csv_inspect", json!({ "text": null })),
        ("csv_preview", json!({ "request": { "text": "Name\nAna\n", "mapping": ["shoe size"] } })),
        ("csv_import", json!({ "request": "Name\nAna\n" })),
    ];
    for (cmd, args) in cases {
        let e = err(&app, cmd, args.clone());
        assert_eq!(e["code"], "invalid_input", "{cmd}({args}) answers {{code, message}}: {e}");
        assert!(e["message"].as_str().unwrap().contains("Nothing was changed"), "{e}");
    }
    let raw = get_ipc_response(
        &app.window,
        InvokeRequest {
            cmd: "desk_info".into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Raw(vec![1, 2, 3]),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .expect_err("a raw bytes body is refused");
    assert_eq!(raw["code"], "invalid_input", "{raw}");
    assert_eq!(ok(&app, "desk_info", json!({}))["staff"], 1, "nothing was written by any of them");
}

#[test]
fn a_desk_set_to_dutch_gets_its_errors_in_dutch_with_the_same_key() {
    let app = app();
    let english = err(&app, "get_case", json!({ "case_id": "no-such-case" }));
    assert_eq!(english["key"], "error-not-found", "the key names the message: {english}");
    assert!(english["message"].as_str().unwrap().contains("was not found"), "{english}");

    let set = ok(&app, "set_desk_locale", json!({ "choice": { "language": "nl", "region": "nl_nl" } }));
    assert_eq!(
        set["effective"],
        json!({ "language": "nl", "region": "nl-NL" }),
        "checked and applied: {set}"
    );
    assert_eq!(ok(&app, "get_locale", json!({}))["desk"]["language"], "nl", "the desk's choice is kept");

    let dutch = err(&app, "get_case", json!({ "case_id": "no-such-case" }));
    assert_eq!(
        (&dutch["code"], &dutch["key"]),
        (&english["code"], &english["key"]),
        "the same error: {dutch}"
    );
    assert!(
        dutch["message"].as_str().unwrap().starts_with("Zaak 'no-such-case' is niet gevonden"),
        "in the desk's words: {dutch}"
    );

    let bad = err(&app, "set_desk_locale", json!({ "choice": { "language": "pt", "region": "pt-BR" } }));
    assert_eq!((&bad["code"], &bad["field"]), (&json!("invalid_input"), &json!("language")), "{bad}");
    assert!(bad["message"].as_str().unwrap().contains("'pt'"), "it names what was given: {bad}");
}

/// A call as the window makes it inside a write of its own: the request id in
/// the `casebook-request` header.
fn invoke_as(app: &App, request: &str, cmd: &str, args: Value) -> Result<Value, Value> {
    let mut headers = tauri::http::HeaderMap::new();
    headers.insert(commands::REQUEST_HEADER, request.parse().unwrap());
    invoke_with(app, cmd, args, headers)
}

#[test]
fn a_write_tells_its_change_with_the_request_id_the_window_sent() {
    let app = app();
    ok(&app, "load_demo_shop", json!({ "language": "en" }));
    let db = app._app.state::<AppState>().db().unwrap().clone();
    let mut changes = db.subscribe();
    let staff = ok(&app, "list_staff", json!({}));
    let ana = staff[0]["id"].clone();
    ok(&app, "set_current_staff", json!({ "staff_id": ana }));
    while changes.try_recv().is_ok() {}

    let add = |name: &str| json!({ "input": { "name": name, "role": "staff" } });
    invoke_as(&app, "w7k2-1", "add_staff", add("Gus")).expect("the write is made");
    let change = changes.try_recv().expect("the write told its change");
    assert_eq!(change.request.as_deref(), Some("w7k2-1"), "its change carries the window's id: {change:?}");

    ok(&app, "add_staff", add("Hal"));
    let change = changes.try_recv().expect("the write told its change");
    assert_eq!(change.request, None, "a call that named no request: no id, never a guess");

    invoke_as(&app, "<script>alert(1)</script>", "add_staff", add("Ivo"))
        .expect("a strange id never stops the write");
    let change = changes.try_recv().expect("the write told its change");
    assert_eq!(change.request, None, "an id that is not plain letters and digits is dropped");
}
