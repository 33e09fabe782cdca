//! Against real servers: Dovecot (IMAP over TLS) and an SMTP server that
//! delivers into it, started for each test by scripts/mail-servers.sh, with a
//! certificate authority made for the test.

use std::process::Command;
use std::time::{Duration, Instant};

use casebook::mail::{self, CheckOptions, MailReplyInput};
use casebook::model::*;
use casebook::Db;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/mail-servers.sh");

#[path = "../../support/mail_servers.rs"]
mod shared;

/// Mail servers of a test's own; stopped and deleted when dropped.
pub use shared::Servers;

impl Servers {
    pub fn start() -> Servers {
        let out = crate::common::start_servers(SCRIPT);
        assert!(
            out.status.success(),
            "the mail servers start (Dovecot and python3-aiosmtpd are installed by `make test`): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let var = |name: &str| {
            text.lines()
                .find_map(|l| {
                    l.strip_prefix(&format!("export {name}='"))?.strip_suffix('\'').map(str::to_owned)
                })
                .unwrap_or_else(|| panic!("{name} in the script's output: {text}"))
        };
        Servers::from_vars(var)
    }

    /// `smtp-stop` or `smtp-start`.
    pub fn run(&self, what: &str) {
        let status = Command::new(SCRIPT).args([what, &self.dir]).status().expect("the script runs");
        assert!(status.success(), "mail-servers.sh {what}");
    }

    /// Sends a message through the SMTP server as `from` (it lands in the
    /// recipients' mailboxes at once).
    pub async fn deliver(&self, from: &str, to: &[&str], raw: &[u8]) {
        let settings = self.settings(from);
        let to: Vec<String> = to.iter().map(|t| t.to_string()).collect();
        // Sent as the customer, with no copy to anyone else.
        mail::send_as_is(&settings, &self.password, &to, raw)
            .await
            .expect("the SMTP server takes the message");
    }

    /// Every message in a mailbox's inbox.
    pub async fn inbox(&self, address: &str) -> Vec<Vec<u8>> {
        mail::read_folder(&self.settings(address), &self.password, "INBOX")
            .await
            .expect("the inbox can be read")
    }
}

impl Drop for Servers {
    fn drop(&mut self) {
        let _ = Command::new(SCRIPT).args(["stop", &self.dir]).status();
    }
}

/// An address of this test's own.
pub fn address(who: &str) -> String {
    format!("{who}-{}@example.test", &casebook::ids::new_id()[24..])
}

/// A desk with an owner and the shop's mailbox connected, in a folder of its own.
pub async fn desk(servers: &Servers, shop: &str) -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = servers.connected_desk(&dir.path().join("desk.db"), shop).await;
    (dir, db)
}

pub async fn check(db: &Db) -> mail::CheckReport {
    mail::check_once(db, &CheckOptions { send_now: true, after_send: None }).await.expect("a check runs")
}

pub fn message(from: &str, to: &str, subject: &str, id: &str, extra: &str, body: &str) -> Vec<u8> {
    format!("From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").into_bytes()
}

pub async fn reply(db: &Db, case_id: &str, body: &str) -> TimelineEntry {
    reply_to(db, case_id, body, &[]).await
}

/// A reply Olga writes, to the addresses she gives (none: the customer's).
pub async fn reply_to(db: &Db, case_id: &str, body: &str, to: &[&str]) -> TimelineEntry {
    let to = to.iter().map(|t| t.to_string()).collect();
    let input = MailReplyInput { case_id: case_id.into(), body: body.into(), to };
    db.write(move |s| s.act(&Actor::Named("Olga".into()), None, |w, ctx| w.reply_by_mail(ctx, &input)))
        .await
        .unwrap()
}

fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    raw.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mail_becomes_a_case_our_reply_arrives_threaded_and_the_answer_lands_in_the_case() {
    let servers = Servers::start();
    let (shop, ana) = (address("shop"), address("ana"));
    let (_dir, db) = desk(&servers, &shop).await;
    servers
        .deliver(
            &ana,
            &[&shop],
            &message(&ana, &shop, "Wobbly wheel", "ana-1@example.test", "", "The back wheel wobbles."),
        )
        .await;
    let report = check(&db).await;
    assert_eq!((report.fetched, report.recorded), (1, 1), "the delivered mail is fetched and recorded");
    let queue = db.read(|s| s.queue(None, 10)).await.unwrap();
    assert_eq!(queue.cases.len(), 1, "it is a case in the queue");
    let case = &queue.cases[0];
    assert_eq!((case.subject.as_str(), case.channel), ("Wobbly wheel", Channel::Email));

    let entry = reply(&db, &case.id, "Bring it in, we will true it.").await;
    let report = check(&db).await;
    assert_eq!(report.sent, 1, "the reply goes out");
    let inbox = servers.inbox(&ana).await;
    assert_eq!(inbox.len(), 1, "exactly one reply reaches the customer");
    let got = String::from_utf8_lossy(&inbox[0]).into_owned();
    assert_eq!(header(&got, "In-Reply-To"), Some("<ana-1@example.test>"), "threaded on her mail: {got}");
    assert!(header(&got, "References").is_some_and(|r| r.contains("<ana-1@example.test>")), "{got}");
    let reference = mail::case_reference(&case.id);
    assert!(header(&got, "Subject").is_some_and(|s| s.contains(&format!("[case {reference}]"))), "{got}");
    let our_id =
        header(&got, "Message-ID").expect("our Message-ID").trim_matches(|c| c == '<' || c == '>').to_owned();
    assert!(our_id.starts_with(&entry.id), "the Message-ID is the reply's event id: {our_id}");
    let state = db.read(move |s| s.mail_reply_states(std::slice::from_ref(&entry.id))).await.unwrap();
    assert_eq!(state[0].status, OutboxStatus::Sent, "every desk sees it sent");

    let answer = message(
        &ana,
        &shop,
        "Re: Wobbly wheel",
        "ana-2@example.test",
        &format!("In-Reply-To: <{our_id}>\r\n"),
        "Thanks!",
    );
    servers.deliver(&ana, &[&shop], &answer).await;
    let report = check(&db).await;
    assert_eq!(report.recorded, 1, "the answer is recorded");
    assert_eq!(report.own_copies, 1, "and the shop's copy of our reply is recognised, not recorded");
    let cases = db.read(|s| Ok(s.queue(None, 10)?.cases)).await.unwrap();
    assert_eq!(cases.len(), 1, "the answer lands in the same case");
    assert!(cases[0].waiting_since.is_some(), "and the customer waits for us again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_smtp_server_down_a_reply_waits_and_then_goes_exactly_once() {
    let servers = Servers::start();
    let (shop, ana) = (address("shop"), address("ana"));
    let (_dir, db) = desk(&servers, &shop).await;
    servers
        .deliver(
            &ana,
            &[&shop],
            &message(&ana, &shop, "Pump", "pump-1@example.test", "", "Do you sell pumps?"),
        )
        .await;
    check(&db).await;
    let case_id = db.read(|s| Ok(s.queue(None, 1)?.cases[0].id.clone())).await.unwrap();
    servers.run("smtp-stop");
    let entry = reply(&db, &case_id, "Yes, from 12 euros.").await;
    let report = check(&db).await;
    assert_eq!((report.sent, report.failed), (0, 1), "the server is down: not sent");
    let id = entry.id.clone();
    let state = db.read(move |s| s.mail_reply_states(&[id])).await.unwrap();
    assert_eq!(state[0].status, OutboxStatus::Waiting, "the reply waits");
    assert!(
        state[0].error.as_deref().unwrap_or_default().contains("cannot be reached"),
        "with why: {:?}",
        state[0].error
    );

    servers.run("smtp-start");
    let report = check(&db).await;
    assert_eq!(report.sent, 1, "sent once the server is back");
    check(&db).await;
    check(&db).await;
    let inbox = servers.inbox(&ana).await;
    assert_eq!(inbox.len(), 1, "exactly one copy arrives, however often the desk checks");
    let id = entry.id.clone();
    let state = db.read(move |s| s.mail_reply_states(&[id])).await.unwrap();
    assert_eq!(
        (state[0].status, state[0].error.clone()),
        (OutboxStatus::Sent, None),
        "sent, the old error gone"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_mailbox_fails_the_reply_for_good_in_the_servers_words() {
    let servers = Servers::start();
    let shop = address("shop");
    let (_dir, db) = desk(&servers, &shop).await;
    // full@example.test: the test SMTP server answers 552 for it.
    servers
        .deliver(
            "full@example.test",
            &[&shop],
            &message("full@example.test", &shop, "Hi", "full-1@example.test", "", "Hello"),
        )
        .await;
    check(&db).await;
    let case_id = db.read(|s| Ok(s.queue(None, 1)?.cases[0].id.clone())).await.unwrap();
    let entry = reply(&db, &case_id, "Hello back").await;
    let report = check(&db).await;
    assert_eq!(report.failed, 1);
    let id = entry.id.clone();
    let state = db.read(move |s| s.mail_reply_states(&[id])).await.unwrap();
    assert_eq!(state[0].status, OutboxStatus::Failed, "a permanent refusal fails the reply");
    assert!(
        state[0].error.as_deref().unwrap_or_default().contains("Mailbox full"),
        "in the server's words: {:?}",
        state[0].error
    );
    let report = check(&db).await;
    assert_eq!(report.failed + report.sent, 0, "a failed reply is not tried again by itself");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_and_a_certificate_for_another_name_are_said_in_words() {
    let servers = Servers::start();
    let shop = address("shop");
    let test = mail::test_mailbox(&servers.settings(&shop), "not the password").await;
    assert!(!test.ok, "a wrong password does not connect");
    let words: Vec<&str> = test.steps.iter().map(|s| s.words.as_str()).collect();
    assert!(words.iter().any(|w| w.contains("did not accept the sign-in")), "said in words: {words:?}");

    let mut elsewhere = servers.settings(&shop);
    elsewhere.imap_host = "127.0.0.2".into();
    let test = mail::test_mailbox(&elsewhere, &servers.password).await;
    assert!(test.steps.iter().any(|s| !s.ok && s.words.contains("does not match")), "{:?}", test.steps);

    let mut untrusted = servers.settings(&shop);
    untrusted.ca_pem = None;
    let test = mail::test_mailbox(&untrusted, &servers.password).await;
    assert!(test.steps.iter().any(|s| !s.ok && s.words.contains("does not trust")), "{:?}", test.steps);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_idle_new_mail_is_in_the_queue_within_seconds() {
    let servers = Servers::start();
    let (shop, ana) = (address("shop"), address("ana"));
    let (_dir, db) = desk(&servers, &shop).await;
    let handle = mail::service::start(db.clone());
    let started = Instant::now();
    while !matches!(handle.status().state, mail::MailState::Connected { idle: true }) {
        assert!(started.elapsed() < Duration::from_secs(20), "the loop connects: {:?}", handle.status());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let sent = Instant::now();
    servers
        .deliver(&ana, &[&shop], &message(&ana, &shop, "Bell", "bell-1@example.test", "", "Ring ring"))
        .await;
    loop {
        if db.read(|s| Ok(s.queue(None, 1)?.total)).await.unwrap() == 1 {
            break;
        }
        assert!(sent.elapsed() < Duration::from_secs(5), "the new mail is in the queue within 5 s");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    println!("mail: a new mail was in the queue {} ms after delivery (IDLE)", sent.elapsed().as_millis());
}
