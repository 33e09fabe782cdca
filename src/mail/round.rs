//! One round of the mail desk's work: fetch what is new in the inbox and the
//! Sent folder, then send the replies that are due.
//!
//! Fetching goes by UID from where this desk left off, in batches of bounded
//! size (a 10,000-message first fetch never holds more than a few megabytes,
//! or one large message, at once); each batch is recorded, with the new UID
//! cursor, in one transaction. A desk killed mid-fetch fetches the last batch
//! again, and its messages are recognised as already recorded.

use std::time::Duration;

use serde::Serialize;

use super::config::MailSettings;
use super::imap::{self, Session};
use super::read::{read_message, Incoming};
use super::record::RecordedAs;
use super::reply::outgoing_message;
use super::{smtp, SentHow};
use crate::core::db::Db;
use crate::core::{clock, Error, Result, Store};

/// A batch of fetched messages stops growing past this many bytes...
const BATCH_BYTES: u64 = 8 << 20;
/// ...or this many messages.
const BATCH_MESSAGES: usize = 200;

/// Said with a reply's id after the server accepted it, then waited for.
pub type AfterSend = (fn(&str), Duration);

/// How a round goes (for `casebook mail check` and the tests).
#[derive(Clone, Default)]
pub struct CheckOptions {
    /// Send every waiting reply now, whatever its wait before the next try.
    pub send_now: bool,
    /// After the server accepted a reply and before recording it: said (for
    /// a test that kills the desk right there), then waited for.
    pub after_send: Option<AfterSend>,
}

/// What a round did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub fetched: u64,
    pub recorded: u64,
    pub already_there: u64,
    /// Copies of our own replies found (each settles a send).
    pub own_copies: u64,
    pub sent: u64,
    pub failed: u64,
    /// Replies not sent because they break the rules of what goes out.
    pub refused: u64,
}

/// Where fetching a folder stands on this desk.
fn cursor(store: &Store, address: &str, folder: &str) -> Result<Option<(u32, u32)>> {
    use rusqlite::OptionalExtension;
    Ok(store
        .connection()
        .query_row(
            "SELECT uidvalidity, last_uid FROM mail_folders WHERE address = ?1 AND folder = ?2",
            [address, folder],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Fetches and records what is new in one folder.
pub(super) async fn fetch_folder(
    db: &Db,
    session: &mut Session,
    settings: &MailSettings,
    folder: &str,
    sent_folder: bool,
    report: &mut CheckReport,
) -> Result<()> {
    let host = settings.imap_host.clone();
    let address = settings.address.to_lowercase();
    let state = imap::examine(session, folder, &host).await?;
    let (a, f) = (address.clone(), folder.to_owned());
    let after = match db.read(move |s| cursor(s, &a, &f)).await? {
        Some((validity, last)) if validity == state.uidvalidity => last,
        _ => 0,
    };
    if state.exists == 0 {
        return Ok(());
    }
    let waiting = imap::new_messages(session, after, &host).await?;
    let mut at = 0;
    while at < waiting.len() {
        let mut size = 0u64;
        let mut end = at;
        while end < waiting.len()
            && (end == at || (size + u64::from(waiting[end].1) <= BATCH_BYTES && end - at < BATCH_MESSAGES))
        {
            size += u64::from(waiting[end].1);
            end += 1;
        }
        let uids: Vec<u32> = waiting[at..end].iter().map(|(uid, _)| *uid).collect();
        let fetched = imap::fetch(session, &uids, &host).await?;
        report.fetched += fetched.len() as u64;
        let last_uid = uids.last().copied().unwrap_or(after);
        // Reading turns HTML into text: off the async threads.
        let read = tokio::task::spawn_blocking(move || {
            fetched
                .into_iter()
                .map(|f| (Incoming { mail: read_message(&f.raw), arrived_at: f.arrived_at }, f.raw))
                .collect::<Vec<_>>()
        })
        .await
        .map_err(|e| Error::Internal(format!("reading fetched mail stopped ({e})")))?;
        let (a, f, validity) = (address.clone(), folder.to_owned(), state.uidvalidity);
        let outcomes = db
            .write(move |s| {
                s.write(|w| {
                    let mut outcomes = Vec::with_capacity(read.len());
                    for (incoming, raw) in &read {
                        outcomes.push(w.record_mail(incoming, sent_folder, Some(raw))?.recorded);
                    }
                    w.tx().execute(
                        "INSERT INTO mail_folders (address, folder, uidvalidity, last_uid) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (address, folder) DO UPDATE SET uidvalidity = ?3, last_uid = ?4",
                        rusqlite::params![a, f, validity, last_uid],
                    )?;
                    Ok(outcomes)
                })
            })
            .await?;
        for o in outcomes {
            match o {
                RecordedAs::New => report.recorded += 1,
                RecordedAs::AlreadyHere => report.already_there += 1,
                RecordedAs::OurReply => report.own_copies += 1,
            }
        }
        at = end;
    }
    Ok(())
}

/// Sends the replies that are due, recording each outcome.
pub(super) async fn send_due(
    db: &Db,
    settings: &MailSettings,
    password: &str,
    options: &CheckOptions,
    report: &mut CheckReport,
) -> Result<()> {
    let now = clock::to_ms(clock::now());
    let send_now = options.send_now;
    let due = db.read(move |s| s.due_replies(now, send_now)).await?;
    let unknown_wait = i64::from(settings.unknown_wait_secs) * 1000;
    for d in due {
        if let Some(since) = d.unknown_since {
            // Cut short before: the copy settles it when it shows up. Only
            // after a while without one is it tried again.
            if now - since < unknown_wait {
                continue;
            }
            let id = d.reply_id.clone();
            db.write(move |s| s.write(|w| w.settle_unknown(&id))).await?;
        }
        // Judged here, just before the try: the event may come from any desk.
        let (id, shop) = (d.reply_id.clone(), settings.address.clone());
        if db.write(move |s| s.write(|w| w.judge_reply(&id, &shop))).await?.is_some() {
            report.refused += 1;
            continue;
        }
        // From the shop's address as this desk has it, never as the event says.
        let message = outgoing_message(&d.reply, &settings.address, d.written_at)?;
        let id = d.reply_id.clone();
        let started = clock::to_ms(clock::now());
        db.write(move |s| s.write(|w| w.begin_send(&id, started))).await?;
        let outcome = smtp::send(settings, password, &d.reply.to, &settings.address, &message).await;
        if outcome.is_ok() {
            if let Some((say, wait)) = options.after_send {
                say(&d.reply_id);
                tokio::time::sleep(wait).await;
            }
        }
        let id = d.reply_id.clone();
        match outcome {
            Ok(()) => {
                db.write(move |s| s.write(|w| w.record_sent(&id, SentHow::Accepted))).await?;
                report.sent += 1;
            }
            Err(f) => {
                let at = clock::to_ms(clock::now());
                db.write(move |s| s.write(|w| w.record_send_failure(&id, &f.msg.english(), f.permanent, at)))
                    .await?;
                report.failed += 1;
            }
        }
    }
    Ok(())
}

/// Fetches the inbox and the Sent folder, then sends what is due.
pub(super) async fn round(
    db: &Db,
    session: &mut Session,
    settings: &MailSettings,
    password: &str,
    options: &CheckOptions,
) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    fetch_folder(db, session, settings, "INBOX", false, &mut report).await?;
    if let Some(sent) = imap::sent_folder(session, &settings.imap_host).await? {
        fetch_folder(db, session, settings, &sent, true, &mut report).await?;
    }
    send_due(db, settings, password, options, &mut report).await?;
    Ok(report)
}
