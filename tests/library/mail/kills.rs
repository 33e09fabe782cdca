//! `casebook mail check` SIGKILLed mid-fetch and mid-send (the password in
//! the test keyring, as on a real desk): nothing lost, nothing doubled.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use casebook::Store;

use super::servers::{address, message, Servers};

fn casebook(db: &Path, args: &[&str], password: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("CASEBOOK_MAIL_PASSWORD", password)
        .output()
        .expect("the casebook command runs")
}

fn ok(out: std::process::Output, what: &str) -> String {
    assert!(out.status.success(), "{what} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A desk database with an owner and the mailbox connected through the CLI.
fn desk(servers: &Servers, dir: &Path, shop: &str) -> std::path::PathBuf {
    assert_eq!(
        std::env::var("CASEBOOK_TEST_KEYRING").as_deref(),
        Ok("1"),
        "the kill tests keep the mail password in the test keyring: run them through `make test` or \
         `scripts/with-test-servers.sh cargo test -p casebook --test library mail::`"
    );
    let db = dir.join("desk.db");
    ok(casebook(&db, &["staff", "add", "Olga Owner", "--role", "owner"], ""), "staff add");
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, &servers.ca).unwrap();
    let (imap, smtp) = (servers.imap_port.to_string(), servers.smtp_port.to_string());
    let args = [
        "--as",
        "Olga",
        "mail",
        "connect",
        "--address",
        shop,
        "--imap-host",
        "localhost",
        "--imap-port",
        &imap,
        "--smtp-host",
        "localhost",
        "--smtp-port",
        &smtp,
        "--ca",
        ca.to_str().unwrap(),
        "--desk",
        "Counter",
        "--unknown-wait-secs",
        "2",
    ];
    ok(casebook(&db, &args, &servers.password), "mail connect");
    db
}

fn count(db: &Path, sql: &str) -> i64 {
    Store::open(db).unwrap().connection().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_mid_fetch_nothing_is_lost_or_doubled() {
    const MESSAGES: usize = 400;
    let servers = Servers::start();
    let (shop, dir) = (address("shop"), tempfile::tempdir().unwrap());
    let db = desk(&servers, dir.path(), &shop);
    for i in 0..MESSAGES {
        let from = format!("customer{}@example.test", i % 40);
        let body = format!("Message {i}:\r\n{}", "the gears slip.\r\n".repeat(200));
        servers
            .deliver(
                &from,
                &[&shop],
                &message(&from, &shop, &format!("Question {i}"), &format!("q{i}@example.test"), "", &body),
            )
            .await;
    }
    let mut rng = casebook::core::rng::Rng::new(0xfe7c);
    let mut kills = 0;
    for _ in 0..8 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_casebook"))
            .arg("--db")
            .arg(&db)
            .args(["mail", "check"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(40 + rng.below(360)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            kills += 1;
        }
        let _ = child.wait();
    }
    ok(casebook(&db, &["mail", "check"], ""), "the last check");
    let recorded = count(&db, "SELECT count(*) FROM events WHERE kind = 'mail_received'");
    let distinct = count(&db, "SELECT count(DISTINCT message_id) FROM mail_messages WHERE direction = 'in'");
    println!("mail fetch soak: {MESSAGES} messages, {kills} checks killed mid-fetch, {recorded} recorded");
    assert!(kills >= 1, "at least one check was killed while fetching");
    assert_eq!(recorded, MESSAGES as i64, "every message is recorded, none twice");
    assert_eq!(distinct, MESSAGES as i64, "each once");
    assert_eq!(
        count(&db, "SELECT count(*) FROM cases"),
        MESSAGES as i64,
        "one case each (no thread headers)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_between_sending_and_recording_a_reply_goes_exactly_once() {
    const REPLIES: usize = 4;
    let servers = Servers::start();
    let (shop, ana, dir) = (address("shop"), address("ana"), tempfile::tempdir().unwrap());
    let db = desk(&servers, dir.path(), &shop);
    for i in 0..REPLIES {
        servers
            .deliver(
                &ana,
                &[&shop],
                &message(
                    &ana,
                    &shop,
                    &format!("Part {i}"),
                    &format!("part{i}@example.test"),
                    "",
                    "Do you have it?",
                ),
            )
            .await;
    }
    ok(casebook(&db, &["mail", "check"], ""), "fetching the questions");
    let cases: Vec<String> = {
        let store = Store::open(&db).unwrap();
        let mut stmt = store.connection().prepare("SELECT id FROM cases ORDER BY id").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    for case in &cases {
        ok(
            casebook(&db, &["--as", "Olga", "mail", "reply", case, "--body", "Yes, in stock."], ""),
            "mail reply",
        );
    }
    // Each check is killed right after the server accepted a reply, before
    // the desk recorded it: its outcome is unknown until the copy is found.
    let mut killed_after_send = 0;
    let started = Instant::now();
    while count(&db, "SELECT count(*) FROM mail_outbox WHERE status = 'sent'") < REPLIES as i64 {
        assert!(started.elapsed() < Duration::from_secs(120), "the replies all go out in the end");
        let mut child = Command::new(env!("CARGO_BIN_EXE_casebook"))
            .arg("--db")
            .arg(&db)
            .args(["mail", "check", "--pause-after-send-ms", "10000"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = BufReader::new(child.stdout.take().unwrap());
        for line in out.lines().map_while(Result::ok) {
            if line.starts_with("sent ") {
                child.kill().unwrap();
                killed_after_send += 1;
                break;
            }
        }
        let _ = child.wait();
        std::thread::sleep(Duration::from_millis(300));
    }
    let inbox = servers.inbox(&ana).await;
    let mut copies: BTreeMap<String, usize> = BTreeMap::new();
    for raw in &inbox {
        let mail = casebook::mail::read_message(raw);
        *copies.entry(mail.message_id).or_default() += 1;
    }
    println!(
        "mail send soak: {REPLIES} replies, {killed_after_send} checks killed between sending and recording"
    );
    assert_eq!(killed_after_send, REPLIES, "every reply's send was cut short before it was recorded");
    assert_eq!(copies.len(), REPLIES, "every reply reached the customer: {copies:?}");
    assert!(copies.values().all(|n| *n == 1), "none twice: {copies:?}");
    let how: BTreeSet<String> = {
        let store = Store::open(&db).unwrap();
        let mut stmt = store
            .connection()
            .prepare("SELECT json_extract(payload, '$.how') FROM events WHERE kind = 'mail_sent'")
            .unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    assert_eq!(how, BTreeSet::from(["copy_found".to_owned()]), "each was settled by its copy in the mailbox");
}
