//! The mailbox's figure against the real test servers, printed beside its
//! target (never asserted: the machines here are shared and noisy).
//!
//!     scripts/with-test-servers.sh cargo bench --bench mail
//!
//! First fetch of a 10,000-message mailbox (MAIL_BENCH_MESSAGES to change it):
//! a shop connects an address that already holds years of mail, and its
//! desk fetches, reads and records every message (`casebook mail check`, a
//! process of its own, so its peak memory is its own). The same is done for
//! a mailbox of 1,000 first: the peak memory of the two runs shows whether
//! memory grows with the mailbox (it must not: fetching goes in batches of
//! bounded size). Target: under 60 s, memory bounded.
//!
//! The mail is written straight into Dovecot's Maildir (what a delivery
//! leaves there), which takes seconds where delivering 10,000 messages one by
//! one would take minutes. The messages look like a bike shop's: customers
//! writing and answering, HTML mail from webmail, Latin-1 from old programs,
//! out-of-office replies, a photo now and then.
//!
//! Floor: the same messages fetched bare over IMAP in one request
//! (`mail::read_folder`), nothing read or recorded.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use casebook::demo::Rng;
use casebook::mail;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run `scripts/with-test-servers.sh cargo bench --bench mail`")
    })
}

#[path = "../tests/support/mail_servers.rs"]
mod mail_servers;
use mail_servers::Servers;

const FIRST: &[&str] = &[
    "Ana", "Bram", "Chloé", "Daan", "Eva", "Finn", "Grace", "Hugo", "Isa", "José", "Kim", "Lotte", "Mehmet",
    "Noor", "Olga", "Pieter", "Quinn", "Rosa", "Sven", "Tess", "Umar", "Vera", "Wim", "Yara", "Zoë",
];
const LAST: &[&str] = &[
    "Silva",
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Lindqvist",
    "Yılmaz",
    "Novak",
    "Costa",
    "Müller",
];
const TOPICS: &[&str] = &[
    "Chain keeps falling off",
    "Brakes squeal when wet",
    "Quote for a new rear wheel",
    "When is my bike ready?",
    "Warranty on the e-bike battery",
    "Puncture again after repair",
    "Can I book a service next week?",
    "Invoice question",
    "Gears skip under load",
    "Child seat fitting",
];
const LINES: &[&str] = &[
    "I picked it up on Saturday and it was fine for two days.",
    "Since then it makes a clicking noise when I pedal hard uphill.",
    "Could you have a look at it this week? I need it for work.",
    "The receipt number is on the invoice you emailed me.",
    "I can bring it in before nine or after five, whichever suits you.",
    "My neighbour had the same problem and you fixed it quickly.",
    "Is this covered by the warranty? It is only eight months old.",
    "Please let me know what it would cost before you start.",
    "Thanks again for the quick help last time!",
];

/// A small photo, as phones attach them to mail (a few kilobytes here).
fn photo() -> Vec<u8> {
    let img = image::RgbImage::from_fn(120, 90, |x, y| image::Rgb([(x * 2) as u8, (y * 2) as u8, 90]));
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85).encode_image(&img).unwrap();
    out
}

fn wrap_base64(bytes: &[u8]) -> String {
    use base64::Engine;
    let text = base64::engine::general_purpose::STANDARD.encode(bytes);
    text.as_bytes().chunks(76).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join("\r\n")
}

/// `n` characters of base64, as a signature looks.
fn noise_base64(rng: &mut Rng, n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    (0..n).map(|_| ALPHABET[rng.below(64) as usize] as char).collect()
}

/// Message `i` of the mailbox: one of about `n / 5` customers writing to the
/// shop, a third of them answering an earlier message of theirs.
fn message(i: usize, n: usize, shop: &str, rng: &mut Rng, picture: &str) -> String {
    let customers = (n / 5).max(10);
    let c = rng.below(customers as u64) as usize;
    let name = format!("{} {}", FIRST[c % FIRST.len()], LAST[(c / FIRST.len()) % LAST.len()]);
    let from = format!("customer{c}@example.test");
    let topic = TOPICS[c % TOPICS.len()];
    // Spread over the last two years, oldest first.
    let at =
        chrono::DateTime::from_timestamp(1_720_000_000 + (i as i64) * (63_000_000 / n as i64), 0).unwrap();
    let mut head = format!(
        "Return-Path: <{from}>\r\nFrom: {name} <{from}>\r\nTo: Bike shop <{shop}>\r\nDate: {}\r\nMessage-ID: <m{i}.{c}@mail.example.test>\r\nMIME-Version: 1.0\r\n",
        at.to_rfc2822()
    );
    // What real mail carries above its own headers: the servers it passed
    // and its sender's signature (a few kilobytes in all, as mail has).
    let date = at.to_rfc2822();
    let _ = write!(
        head,
        "Received: from mail-out{}.provider.example (mail-out.provider.example [192.0.2.{}])\r\n\tby mx.shop.example (Postfix) with ESMTPS id {i:08X}\r\n\tfor <{shop}>; {date}\r\nReceived: by mail-out.provider.example with SMTP id {:016x}; {date}\r\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.test; s=2024;\r\n\th=from:to:subject:date:message-id:mime-version; bh={};\r\n\tb={}\r\nX-Mailer: {}\r\n",
        c % 7,
        c % 250,
        rng.next_u64(),
        noise_base64(rng, 44),
        noise_base64(rng, 344).as_bytes().chunks(72).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join("\r\n\t "),
        ["iPhone Mail (21E236)", "Microsoft Outlook 16.0", "Mozilla Thunderbird", "Gmail"][c % 4],
    );
    let replying = i > 10 && rng.below(3) == 0;
    let subject = if replying { format!("Re: {topic}") } else { topic.to_owned() };
    if replying {
        let earlier = rng.below(i as u64);
        let _ = write!(
            head,
            "In-Reply-To: <m{earlier}.{c}@mail.example.test>\r\nReferences: <m{earlier}.{c}@mail.example.test>\r\n"
        );
    }
    let mut text = String::from("Hello,\r\n\r\n");
    for _ in 0..4 + rng.below(14) {
        text.push_str(LINES[rng.below(LINES.len() as u64) as usize]);
        text.push_str("\r\n");
    }
    let _ = write!(text, "\r\nKind regards,\r\n{name}\r\n");
    if replying {
        text.push_str("\r\nOn Tue, 3 Mar 2026 at 09:15, Bike shop wrote:\r\n> Thanks for your message, we will look at it.\r\n> Bike shop\r\n");
    }
    let kind = rng.below(100);
    let body = if kind < 3 {
        // An out-of-office answer.
        let _ = write!(head, "Auto-Submitted: auto-replied\r\nPrecedence: auto_reply\r\n");
        format!(
            "Subject: Out of office: {topic}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nI am away until Monday and will answer then.\r\n"
        )
    } else if kind < 18 {
        // Webmail: text and HTML.
        let html = text.replace("\r\n", "<br>\r\n");
        format!(
            "Subject: {subject}\r\nContent-Type: multipart/alternative; boundary=\"b{i}\"\r\n\r\n--b{i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n--b{i}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><div style=\"font-family: Arial\">{html}</div><img src=\"https://tracker.example/p.gif\"></body></html>\r\n--b{i}--\r\n"
        )
    } else if kind < 23 {
        // An old mail program: Latin-1, quoted-printable.
        let qp = text.replace('é', "=E9").replace('ë', "=EB").replace('ü', "=FC");
        format!(
            "Subject: {subject}\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp}Caf=E9 around the corner says hi.\r\n"
        )
    } else if kind < 25 {
        // A photo of the problem.
        format!(
            "Subject: {subject}\r\nContent-Type: multipart/mixed; boundary=\"m{i}\"\r\n\r\n--m{i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n--m{i}\r\nContent-Type: image/jpeg; name=\"IMG_{i}.jpg\"\r\nContent-Disposition: attachment; filename=\"IMG_{i}.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{picture}\r\n--m{i}--\r\n"
        )
    } else {
        format!("Subject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}")
    };
    head + &body
}

fn mail_ids() -> (u32, u32) {
    let id = |flag: &str| -> u32 {
        let out = Command::new("id").args([flag, "mail"]).output().expect("id runs");
        String::from_utf8_lossy(&out.stdout).trim().parse().expect("the mail user exists (Dovecot's)")
    };
    (id("-u"), id("-g"))
}

/// Writes `n` messages into the Maildir of `address` as Dovecot keeps it
/// (owned by the mail user); returns their total size.
fn fill_maildir(servers: &Servers, address: &str, n: usize) -> u64 {
    let root = Path::new(&servers.dir).join("mail").join(address);
    let (uid, gid) = mail_ids();
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(root.join(sub)).unwrap();
    }
    let picture = wrap_base64(&photo());
    let mut rng = Rng::new(n as u64);
    let mut total = 0;
    for i in 0..n {
        let raw = message(i, n, address, &mut rng, &picture);
        total += raw.len() as u64;
        let path = root.join("cur").join(format!("{}.M{i}P1.bench,S={}:2,S", 1_720_000_000 + i, raw.len()));
        std::fs::write(&path, raw).unwrap();
        std::os::unix::fs::chown(&path, Some(uid), Some(gid)).unwrap();
    }
    for dir in [root.join("cur"), root.join("new"), root.join("tmp"), root] {
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).unwrap();
    }
    total
}

/// The process's memory now, from /proc (kB): resident in all, and of it
/// anonymous (the heap, stacks) and file-backed (mapped files).
fn memory_kb(pid: u32) -> Option<[u64; 3]> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok())
    };
    Some([field("VmRSS:")?, field("RssAnon:")?, field("RssFile:")? + field("RssShmem:").unwrap_or(0)])
}

struct Fetched {
    took: Duration,
    peak_mb: u64,
    /// Of the peak: the heap and stacks, and mapped files.
    anon_mb: u64,
    file_mb: u64,
    recorded: u64,
}

/// `casebook mail check` on the desk, its time and peak memory.
fn first_fetch(db: &Path) -> Fetched {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--db")
        .arg(db)
        .args(["--json", "mail", "check"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("casebook mail check runs");
    // Sampled as it runs: the highest resident size, and how it was made up then.
    let mut peak = [0; 3];
    while child.try_wait().unwrap().is_none() {
        if let Some(now) = memory_kb(child.id()) {
            if now[0] > peak[0] {
                peak = now;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let took = started.elapsed();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the check worked");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the report is JSON");
    let recorded = report["recorded"].as_u64().expect("the report says how many were recorded");
    Fetched { took, peak_mb: peak[0] / 1024, anon_mb: peak[1] / 1024, file_mb: peak[2] / 1024, recorded }
}

async fn mailbox(servers: &Servers, dir: &Path, n: usize) -> Fetched {
    let address = format!("shop-{n}-{}@example.test", &casebook::ids::new_id()[24..]);
    let started = Instant::now();
    let bytes = fill_maildir(servers, &address, n);
    println!(
        "(a mailbox of {n} messages, {:.1} MB, written in {:.1?})",
        bytes as f64 / 1_048_576.0,
        started.elapsed()
    );
    // Connecting tests the inbox, which has Dovecot index it, as a shop's
    // server would have long since.
    let db = dir.join(format!("desk-{n}.db"));
    servers.connected_desk(&db, &address).await;

    let fetched = first_fetch(&db);
    assert_eq!(fetched.recorded, n as u64, "every message is recorded once");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let kept: i64 = conn.query_row("SELECT count(*) FROM mail_messages", [], |r| r.get(0)).unwrap();
    assert_eq!(kept, n as i64, "the history holds every message");

    println!(
        "First fetch of a {n}-message mailbox (casebook mail check): {:.1} s = {:.0} messages/s, peak memory {} MB ({} MB heap, {} MB mapped files) (target < 60 s for 10,000, memory bounded)",
        fetched.took.as_secs_f64(),
        n as f64 / fetched.took.as_secs_f64(),
        fetched.peak_mb,
        fetched.anon_mb,
        fetched.file_mb,
    );

    let started = Instant::now();
    let bare = mail::read_folder(&servers.settings(&address), &servers.password, "INBOX").await;
    let floor = started.elapsed();
    match bare {
        Ok(bare) if bare.len() == n => println!(
            "  floor: the same messages fetched bare in one request (mail::read_folder), nothing read or recorded: {:.2} s; the first fetch is {:.1}x that",
            floor.as_secs_f64(),
            fetched.took.as_secs_f64() / floor.as_secs_f64()
        ),
        Ok(bare) => println!("  floor: the bare one-request fetch got {} of {n} messages; no floor", bare.len()),
        Err(e) => println!("  floor: the bare one-request fetch failed ({e}); no floor"),
    }
    fetched
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let big: usize = std::env::var("MAIL_BENCH_MESSAGES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let servers = Servers::from_vars(env);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    rt.block_on(async {
        let small = mailbox(&servers, dir.path(), (big / 10).max(100)).await;
        let large = mailbox(&servers, dir.path(), big).await;
        println!(
            "Peak memory of the first fetch: {} MB at {} messages, {} MB at {big}: {} (10x the mail, {:.2}x the memory)",
            small.peak_mb,
            (big / 10).max(100),
            large.peak_mb,
            if large.peak_mb <= small.peak_mb + small.peak_mb / 2 { "bounded" } else { "GROWS with the mailbox" },
            large.peak_mb as f64 / small.peak_mb.max(1) as f64
        );
    });
}
