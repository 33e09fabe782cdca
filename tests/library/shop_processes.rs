//! A shop's day as processes: four `casebook` desks against the real
//! PostgreSQL, doing random work through the command line's actions (the
//! case page's, the customer page's, promises, handoffs, escalations,
//! complaints, scores, key facts, attachments, merges), editing the same
//! lists and values at once while offline, importing each other's exports,
//! restoring a backup, losing a password and being let back in, and
//! following the server to a new address. At the end every addition a desk
//! acknowledged is on every desk, every desk's state is the same, and a new
//! desk joining gets the same. Prints acknowledged / lost / diverged.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use casebook::core::rng::Rng;
use casebook::sync::{SecretKey, SyncConfig};
use casebook::Store;

const DESKS: usize = 4;
const ROUNDS: usize = 5;
const STEPS_PER_ROUND: usize = 8;

/// Runs one command; `Ok(stdout)` or `Err(stderr)` (a refusal is a person's
/// answer, not a failure of the test: the work was not acknowledged).
fn run(db: &Path, args: &[&str], input: &str) -> Result<String, String> {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CASEBOOK_OWNER_URL")
        .env("TZ", "Europe/Amsterdam")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the casebook command runs");
    child.stdin.take().expect("a stdin").write_all(input.as_bytes()).expect("the input is written");
    let out = child.wait_with_output().expect("the casebook command ends");
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn must(db: &Path, args: &[&str]) -> String {
    run(db, args, "").unwrap_or_else(|e| panic!("casebook {args:?} failed: {e}"))
}

/// Joins with a code given on standard input (it holds the shop's key, so it
/// is never taken on the command line).
fn joins(db: &Path, code: &str) -> String {
    run(db, &["sync", "join"], code).unwrap_or_else(|e| panic!("casebook sync join failed: {e}"))
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&must(db, &all)).expect("--json prints JSON")
}

fn ids(db: &Path, sql: &str) -> Vec<String> {
    let store = Store::open(db).unwrap();
    let mut stmt = store.connection().prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

fn config(db: &Path) -> Option<SyncConfig> {
    let store = Store::open(db).unwrap();
    store.meta_value(SyncConfig::META_KEY).unwrap().map(|t| SyncConfig::from_json(&t).unwrap())
}

/// What a desk said it did, to find on every desk at the end.
#[derive(Default)]
struct Acknowledged {
    /// Entries (notes) by their words, all different.
    notes: BTreeSet<String>,
    /// Emails added to a customer, by the words.
    emails: BTreeSet<String>,
    /// Holidays added, by date.
    holidays: BTreeSet<String>,
    /// Root causes added.
    causes: BTreeSet<String>,
}

/// One random action through the command line, as someone at `desk`.
fn work(desk: &Path, n: usize, rng: &mut Rng, dir: &Path, ack: &mut Acknowledged) {
    let ana = ["--as", "Ana"];
    let with = |rest: &[&str]| -> Vec<String> { ana.iter().chain(rest).map(|s| s.to_string()).collect() };
    let go = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(desk, &args, "")
    };
    let cases = ids(desk, "SELECT id FROM cases WHERE status IN ('open', 'waiting') ORDER BY id");
    let customers = ids(desk, "SELECT id FROM customers WHERE merged_into IS NULL ORDER BY id");
    let entries = ids(desk, "SELECT id FROM events WHERE kind = 'note' ORDER BY id");
    let case = (!cases.is_empty()).then(|| rng.pick(&cases).clone());
    let customer = (!customers.is_empty()).then(|| rng.pick(&customers).clone());
    match (rng.below(18), case, customer) {
        (0, _, Some(c)) | (1, _, Some(c)) => {
            let email = format!("d{n}-{}@example.com", rng.below(1_000_000));
            if go(with(&["customer", "edit", &c, "--add-email", &email])).is_ok() {
                ack.emails.insert(email);
            }
        }
        (2, _, _) => {
            let date = format!("2027-{:02}-{:02}", rng.below(12) + 1, rng.below(28) + 1);
            let ics = dir.join(format!("holiday-{n}-{date}.ics"));
            let day = date.replace('-', "");
            std::fs::write(
                &ics,
                format!("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{day}\r\nSUMMARY:Closed {n}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
            )
            .unwrap();
            if go(with(&["calendar", "import-ics", ics.to_str().unwrap()])).is_ok() {
                ack.holidays.insert(date);
            }
        }
        (3, Some(case), _) | (4, Some(case), _) => {
            let body = format!("note {n}-{}", rng.below(1_000_000_000));
            if go(with(&["case", "log", &case, "--kind", "note", "--body", &body])).is_ok() {
                ack.notes.insert(body);
            }
        }
        (5, Some(case), _) => {
            let status = *rng.pick(&["open", "waiting", "resolved"]);
            let priority = *rng.pick(&["low", "normal", "high", "urgent"]);
            let owner = *rng.pick(&["Ana", "Ben", "none"]);
            let _ = go(with(&[
                "case",
                "update",
                &case,
                "--status",
                status,
                "--priority",
                priority,
                "--owner",
                owner,
            ]));
        }
        (6, Some(case), _) => {
            let due = casebook::clock::now() + chrono::Duration::days(rng.range(1, 5));
            let due = due.to_rfc3339();
            let _ = go(with(&["case", "promise", &case, "--text", "Call back", "--due", &due]));
        }
        (7, _, _) => {
            let open = ids(desk, "SELECT id FROM promises WHERE status = 'open' ORDER BY id");
            if let Some(p) = (!open.is_empty()).then(|| rng.pick(&open).clone()) {
                if rng.chance(50) {
                    let _ = go(with(&["promise", "keep", &p]));
                } else {
                    let _ = go(with(&["promise", "break", &p, "--recovery", "Apologised"]));
                }
            }
        }
        (8, Some(case), _) => {
            let _ = go(with(&["case", "handoff", &case, "--to", "Ben", "--note", "Over to you"]));
        }
        (9, Some(case), _) => {
            let _ = go(with(&[
                "case", "escalate", &case, "--to", "Ana", "--cause", "workload", "--note", "Busy",
            ]));
            let open = ids(desk, "SELECT id FROM escalations WHERE status = 'open' ORDER BY id");
            if let Some(e) = open.first() {
                let _ = go(with(&["close", "escalation", e, "--what-changed", "More hands"]));
            }
        }
        (10, Some(case), _) => {
            let _ = go(with(&["case", "complaint", &case, "--summary", "Too slow"]));
            let open = ids(desk, "SELECT id FROM complaints WHERE status = 'open' ORDER BY id");
            if let Some(c) = open.first() {
                let _ = go(with(&["close", "complaint", c, "--what-changed", "Faster", "--told"]));
            }
        }
        (11, Some(case), _) => {
            let score = (rng.below(5) + 1).to_string();
            let _ = go(with(&["case", "score", &case, "--score", &score, "--comment", "ok"]));
        }
        (12, _, _) if !entries.is_empty() => {
            let entry = rng.pick(&entries).clone();
            let mut args = with(&["case", "pin", &entry]);
            if rng.chance(30) {
                args.push("--off".into());
            }
            let _ = go(args);
            let file = dir.join(format!("photo-{n}.txt"));
            std::fs::write(&file, format!("a picture of the bike, {n}")).unwrap();
            let _ = go(with(&["case", "attach", &entry, file.to_str().unwrap()]));
        }
        (13, _, _) if customers.len() >= 2 => {
            let (a, b) = (rng.pick(&customers).clone(), rng.pick(&customers).clone());
            if a != b {
                if let Ok(out) = go(with(&["--json", "customer", "merge", &a, &b])) {
                    let merge: String = serde_json::from_str(&out).unwrap();
                    if rng.chance(50) {
                        let _ = go(with(&["customer", "undo-merge", &merge]));
                    }
                }
            }
        }
        (14, _, _) => {
            let name = format!("Customer {n}-{}", rng.below(1000));
            if let Ok(out) = go(with(&["--json", "customer", "add", "--name", &name, "--allow-duplicate"])) {
                let c: serde_json::Value = serde_json::from_str(&out).unwrap();
                let id = c["id"].as_str().unwrap().to_owned();
                let _ = go(with(&[
                    "case",
                    "open",
                    "--customer",
                    &id,
                    "--subject",
                    "Brakes",
                    "--message",
                    "They squeal",
                ]));
            }
        }
        (15, _, _) => {
            let cause = format!("Cause {n}");
            if go(with(&["settings", "set-root-causes", "--add", &cause])).is_ok() {
                ack.causes.insert(cause);
            }
        }
        (16, _, Some(c)) => {
            let turnaround = format!("within {} days", rng.below(5) + 1);
            let _ = go(with(&[
                "customer",
                "expectations",
                &c,
                "--turnaround",
                &turnaround,
                "--channel",
                "phone",
            ]));
        }
        (_, _, Some(c)) => {
            let _ = go(with(&["customer", "edit", &c, "--organisation", &format!("Org {n}")]));
        }
        _ => {}
    }
}

fn sync(desk: &Path) {
    must(desk, &["sync", "once"]);
}

#[test]
fn a_shops_day_across_desk_processes_loses_no_acknowledged_work() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let db = rt.block_on(crate::pg::Db::new());
    let dir = tempfile::tempdir().unwrap();
    let desks: Vec<PathBuf> = (0..DESKS).map(|i| dir.path().join(format!("desk-{i}.db"))).collect();
    must(&desks[0], &["staff", "add", "Ana", "--role", "owner"]);
    must(&desks[0], &["--as", "Ana", "staff", "add", "Ben", "--role", "staff"]);
    let maria = json(
        &desks[0],
        &["--as", "Ana", "customer", "add", "--name", "Maria Silva", "--email", "maria@example.com"],
    );
    let maria = maria["id"].as_str().unwrap().to_owned();
    must(
        &desks[0],
        &["--as", "Ana", "case", "open", "--customer", &maria, "--subject", "Chain", "--message", "Snapped"],
    );
    run(
        &desks[0],
        &["--as", "Ana", "sync", "connect", "--shop", "Day", "--desk", "Desk 0"],
        &format!("{}\n", db.url),
    )
    .expect("the first desk connects");
    for (i, desk) in desks.iter().enumerate().skip(1) {
        let made = json(&desks[0], &["--as", "Ana", "sync", "invite", "--desk", &format!("Desk {i}")]);
        joins(desk, made["code"].as_str().unwrap());
    }

    let seed = std::env::var("CASEBOOK_SHOP_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5ca1_ab1e);
    let mut rng = Rng::new(seed);
    let mut ack = Acknowledged::default();
    let mut n = 0;
    for round in 0..ROUNDS {
        // Everyone works offline for a while, on the same customers.
        for _ in 0..STEPS_PER_ROUND {
            for desk in &desks {
                n += 1;
                work(desk, n, &mut rng, dir.path(), &mut ack);
            }
        }
        match round {
            // Desk 3 exports what it has (some never sent); desk 1 imports it.
            1 => {
                let export = json(&desks[3], &["export", dir.path().join("exports").to_str().unwrap()]);
                must(&desks[1], &["--as", "Ana", "import", export["folder"].as_str().unwrap()]);
            }
            // Desk 2 restores the backup it took a round ago.
            2 => {
                let backup = dir.path().join("desk-2-backup.db");
                must(&desks[2], &["backup", backup.to_str().unwrap()]);
                for _ in 0..3 {
                    n += 1;
                    work(&desks[2], n, &mut rng, dir.path(), &mut ack);
                }
                sync(&desks[2]);
                must(&desks[2], &["--as", "Ana", "restore", backup.to_str().unwrap()]);
            }
            // Desk 3 lost its password: the owner lets it back in.
            3 => {
                let c = config(&desks[3]).expect("desk 3 is in the shop");
                SecretKey::Desk { shop_id: c.shop_id.clone(), desk_id: c.desk_id.clone() }.delete().unwrap();
                assert!(
                    run(&desks[3], &["sync", "once"], "").is_err(),
                    "without its password the desk cannot sync"
                );
                let code = json(&desks[0], &["--as", "Ana", "sync", "readmit", "Desk 3"]);
                joins(&desks[3], code["code"].as_str().unwrap());
            }
            // The server moves (the same one, under another name).
            4 => {
                let port = config(&desks[0]).unwrap().server.port.to_string();
                for desk in &desks {
                    must(desk, &["--as", "Ana", "sync", "move", "--host", "localhost", "--port", &port]);
                }
            }
            _ => {}
        }
        for desk in &desks {
            sync(desk);
        }
    }
    for _ in 0..2 {
        for desk in &desks {
            sync(desk);
        }
    }

    // A new desk joins and gets the same.
    let newcomer = dir.path().join("desk-new.db");
    let made = json(&desks[0], &["--as", "Ana", "sync", "invite", "--desk", "New"]);
    joins(&newcomer, made["code"].as_str().unwrap());
    let mut all = desks.clone();
    all.push(newcomer);

    let mut lost = 0;
    for desk in &all {
        let bodies: BTreeSet<String> =
            ids(desk, "SELECT json_extract(payload, '$.body') FROM events WHERE kind = 'note'")
                .into_iter()
                .collect();
        lost += ack.notes.iter().filter(|b| !bodies.contains(*b)).count();
        let emails: BTreeSet<String> =
            ids(desk, "SELECT value FROM customer_contacts WHERE kind = 'email'").into_iter().collect();
        lost += ack.emails.iter().filter(|e| !emails.contains(*e)).count();
        let store = Store::open(desk).unwrap();
        let holidays: BTreeSet<String> =
            store.sla_settings().unwrap().calendar.spec().holidays.iter().map(|h| h.date.clone()).collect();
        lost += ack.holidays.iter().filter(|d| !holidays.contains(*d)).count();
        let causes = store.root_causes().unwrap();
        lost += ack.causes.iter().filter(|c| !causes.contains(*c)).count();
    }
    let dumps: Vec<String> = all.iter().map(|d| Store::open(d).unwrap().state_dump().unwrap()).collect();
    let diverged = dumps.iter().filter(|d| **d != dumps[0]).count();
    let set_aside: usize = all.iter().map(|d| ids(d, "SELECT event_id FROM set_aside").len()).sum();
    println!(
        "shop day: {DESKS} desks + 1 joining, {ROUNDS} rounds, {} notes, {} emails, {} holidays, {} root causes \
         acknowledged; {lost} lost, {diverged} desks diverged, {set_aside} events set aside (seed {seed})",
        ack.notes.len(),
        ack.emails.len(),
        ack.holidays.len(),
        ack.causes.len()
    );
    // A desk revoked by its name cannot sync, and its status says why, in words.
    must(&desks[0], &["--as", "Ana", "sync", "revoke", "Desk 3"]);
    assert!(run(&desks[3], &["sync", "once"], "").is_err(), "a revoked desk cannot sync");
    let status = must(&desks[3], &["sync", "status"]);
    assert!(status.contains("withdrawn"), "its status says its access was withdrawn: {status}");
    assert!(!status.contains("position"), "in words, never positions: {status}");
    for desk in &all {
        if let Some(c) = config(desk) {
            let _ = c.secret().delete();
            let _ = SecretKey::Owner { shop_id: c.shop_id.clone() }.delete();
        }
    }
    assert!(ack.notes.len() > ROUNDS && !ack.emails.is_empty(), "the desks got work done");
    let kinds: BTreeSet<String> = ids(&all[0], "SELECT DISTINCT kind FROM events").into_iter().collect();
    let wanted = [
        "customer_created",
        "customer_edited",
        "case_opened",
        "note",
        "status_changed",
        "priority_changed",
        "assignment_changed",
        "promise_made",
        "handoff",
        "case_escalated",
        "escalation_closed",
        "complaint_flagged",
        "complaint_closed",
        "satisfaction_recorded",
        "fact_pinned",
        "files_attached",
        "customers_merged",
        "calendar_edited",
    ];
    let missing: Vec<&str> = wanted.iter().copied().filter(|k| !kinds.contains(*k)).collect();
    assert!(missing.is_empty(), "the day used every action; never done: {missing:?} (seed {seed})");
    assert!(
        kinds.contains("promise_kept") || kinds.contains("promise_broken"),
        "promises were closed too (seed {seed})"
    );
    assert_eq!(lost, 0, "every acknowledged addition is on every desk (seed {seed})");
    assert_eq!(diverged, 0, "every desk, the new one included, holds the same state (seed {seed})");
    assert_eq!(set_aside, 0, "nothing is left set aside once every desk has everything");
}
