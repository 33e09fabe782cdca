//! The outbox: replies waiting to go out, and how each try went.
//!
//! **Never sent twice.** Before the mail desk hands a reply to the mail
//! server it commits a note that a try has started (`mail_attempts`, this
//! desk's own). When the server accepts, `mail_sent` is recorded and the note
//! cleared in one transaction. Every reply also goes, as a blind copy in the
//! same SMTP transaction, to the shop's own address: the server accepts both
//! or neither. So when the desk starts and finds a try still noted (it was
//! killed, or lost the network, between sending and recording), the outcome
//! is unknown, and the mailbox settles it: the copy (found in the inbox or
//! the Sent folder by its Message-ID when mail is next fetched) proves it went
//! out and records `mail_sent`; without a copy after a while
//! ([`super::MailSettings::unknown_wait_secs`]) it was not accepted and is
//! tried again.
//!
//! Failures are recorded as `mail_failed` with the server's own words:
//! temporary ones (the server is down, a 4xx answer) are retried with
//! growing waits; permanent ones (a 5xx answer) wait for a person.

use crate::msg;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::events::{MailEvent, OutgoingMail};
use super::SentHow;
use crate::core::{clock, text_enum, Ctx, Error, Id, Result, Store, Ts, Writer};

text_enum!(
    OutboxStatus {
        Waiting => "waiting",
        Sent => "sent",
        Failed => "failed",
    }
);

/// A reply by mail and how its sending stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutboxItem {
    pub reply_id: Id,
    pub case_id: Id,
    pub customer_id: Id,
    pub customer_name: String,
    pub to: Vec<String>,
    pub subject: String,
    pub status: OutboxStatus,
    /// The mail server's words at the last failed try.
    pub error: Option<String>,
    pub written_at: Ts,
    pub sent_at: Option<Ts>,
    /// This desk's tries (on the mail desk only).
    pub tries: u32,
    /// When this desk tries again (on the mail desk only).
    pub next_try_at: Option<Ts>,
}

/// A reply the sender should try now.
#[derive(Clone, Debug)]
pub struct DueReply {
    pub reply_id: Id,
    pub reply: OutgoingMail,
    pub written_at: i64,
    /// A try started then and was never settled.
    pub unknown_since: Option<i64>,
    pub tries: u32,
}

/// The wait before the next try, after `tries` failed ones.
pub fn backoff_ms(tries: u32) -> i64 {
    const STEPS: [i64; 6] = [30, 60, 120, 300, 600, 1800];
    STEPS[(tries.max(1) as usize - 1).min(STEPS.len() - 1)] * 1000
}

const ITEM_SQL: &str = "SELECT o.event_id, o.case_id, o.customer_id, c.name, e.payload, o.status, o.error,
        o.written_at, o.sent_at, coalesce(a.tries, 0), a.next_at
     FROM mail_outbox o
     JOIN events e ON e.id = o.event_id
     JOIN customers c ON c.id = o.customer_id
     LEFT JOIN mail_attempts a ON a.event_id = o.event_id";

fn item(r: &rusqlite::Row<'_>) -> rusqlite::Result<(OutboxItem, String)> {
    Ok((
        OutboxItem {
            reply_id: r.get(0)?,
            case_id: r.get(1)?,
            customer_id: r.get(2)?,
            customer_name: r.get(3)?,
            to: Vec::new(),
            subject: String::new(),
            status: r.get(5)?,
            error: r.get(6)?,
            written_at: clock::from_ms(r.get(7)?),
            sent_at: r.get::<_, Option<i64>>(8)?.map(clock::from_ms),
            tries: r.get(9)?,
            next_try_at: r.get::<_, Option<i64>>(10)?.map(clock::from_ms),
        },
        r.get(4)?,
    ))
}

pub(super) fn outgoing(payload: &str) -> Result<OutgoingMail> {
    match serde_json::from_str::<MailEvent>(payload)? {
        MailEvent::MailReply { reply } => Ok(*reply),
        _ => Err(Error::Internal("an outbox row names an event that is not a reply".into())),
    }
}

fn finish((mut item, payload): (OutboxItem, String)) -> Result<OutboxItem> {
    let reply = outgoing(&payload)?;
    item.to = reply.to;
    item.subject = reply.subject;
    Ok(item)
}

impl Store {
    /// Replies by mail, newest first: all of them, or only those not sent yet.
    pub fn mail_outbox(&self, unsent_only: bool, limit: u32) -> Result<Vec<OutboxItem>> {
        let sql = format!(
            "{ITEM_SQL} WHERE (?1 = 0 OR o.status <> 'sent') ORDER BY o.written_at DESC, o.event_id DESC LIMIT ?2"
        );
        let mut stmt = self.connection().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![unsent_only, crate::core::page_size(limit)], item)?;
        rows.map(|r| finish(r?)).collect()
    }

    /// How sending these replies stands (for their timeline entries).
    pub fn mail_reply_states(&self, reply_ids: &[String]) -> Result<Vec<OutboxItem>> {
        let mut stmt = self.connection().prepare_cached(&format!("{ITEM_SQL} WHERE o.event_id = ?1"))?;
        let mut out = Vec::new();
        for id in reply_ids.iter().take(crate::core::PAGE_MAX as usize) {
            if let Some(row) = stmt.query_row([id], item).optional()? {
                out.push(finish(row)?);
            }
        }
        Ok(out)
    }

    /// The replies the sender should try now: never tried, due again, or
    /// cut short (oldest first).
    pub fn due_replies(&self, now: i64, ignore_waits: bool) -> Result<Vec<DueReply>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT o.event_id, e.payload, o.written_at, a.started_at, coalesce(a.tries, 0)
             FROM mail_outbox o JOIN events e ON e.id = o.event_id
             LEFT JOIN mail_attempts a ON a.event_id = o.event_id
             WHERE o.status = 'waiting' AND (a.event_id IS NULL OR a.started_at IS NOT NULL OR a.next_at <= ?1 OR ?2)
               AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = o.customer_id)
             ORDER BY o.written_at, o.event_id",
        )?;
        let rows = stmt.query_map(params![now, ignore_waits], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (reply_id, payload, written_at, unknown_since, tries) = row?;
            out.push(DueReply { reply_id, reply: outgoing(&payload)?, written_at, unknown_since, tries });
        }
        Ok(out)
    }

    /// How many replies wait, and how many failed for good.
    pub fn outbox_counts(&self) -> Result<(u32, u32)> {
        Ok(self.connection().query_row(
            "SELECT coalesce(sum(status = 'waiting'), 0), coalesce(sum(status = 'failed'), 0) FROM mail_outbox o
             WHERE NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = o.customer_id)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }
}

impl Writer<'_> {
    /// Notes (committed with this write) that a try at sending a reply starts now.
    pub fn begin_send(&mut self, reply_id: &str, now: i64) -> Result<()> {
        self.tx().execute(
            "INSERT INTO mail_attempts (event_id, tries, started_at, next_at) VALUES (?1, 1, ?2, ?2)
             ON CONFLICT (event_id) DO UPDATE SET tries = tries + 1, started_at = ?2",
            params![reply_id, now],
        )?;
        Ok(())
    }

    /// A try whose outcome is unknown was found not to have gone out: the
    /// reply may be tried again.
    pub fn settle_unknown(&mut self, reply_id: &str) -> Result<()> {
        self.tx().execute("UPDATE mail_attempts SET started_at = NULL WHERE event_id = ?1", [reply_id])?;
        Ok(())
    }

    /// The reply went out: `mail_sent`, and this desk's note of the try cleared.
    pub fn record_sent(&mut self, reply_id: &str, how: SentHow) -> Result<()> {
        self.tx().execute("DELETE FROM mail_attempts WHERE event_id = ?1", [reply_id])?;
        let Some((customer, case)) = self.reply_target(reply_id)?.map(|(case, customer)| (customer, case))
        else {
            return Ok(());
        };
        let event = MailEvent::MailSent { reply_id: reply_id.to_owned(), how };
        self.append(&Ctx::now(None), Some(&customer), Some(&case), &event)?;
        Ok(())
    }

    /// A try failed with the server's `error`. Recorded for every desk to see
    /// when the words are new or the failure is for good; a repeat of the
    /// same temporary failure only moves this desk's next try.
    pub fn record_send_failure(
        &mut self,
        reply_id: &str,
        error: &str,
        permanent: bool,
        now: i64,
    ) -> Result<()> {
        let tries: u32 = self
            .tx()
            .query_row("SELECT tries FROM mail_attempts WHERE event_id = ?1", [reply_id], |r| r.get(0))
            .optional()?
            .unwrap_or(1);
        self.tx().execute(
            "INSERT INTO mail_attempts (event_id, tries, started_at, next_at, last_error) VALUES (?1, ?2, NULL, ?3, ?4)
             ON CONFLICT (event_id) DO UPDATE SET started_at = NULL, next_at = ?3, last_error = ?4",
            params![reply_id, tries, now + backoff_ms(tries), error],
        )?;
        let before: Option<String> = self
            .tx()
            .query_row("SELECT error FROM mail_outbox WHERE event_id = ?1", [reply_id], |r| r.get(0))
            .optional()?
            .flatten();
        if !permanent && before.as_deref() == Some(error) {
            return Ok(());
        }
        let Some((case, customer)) = self.reply_target(reply_id)? else { return Ok(()) };
        let event = MailEvent::MailFailed {
            reply_id: reply_id.to_owned(),
            error: error.to_owned(),
            retrying: !permanent,
        };
        self.append(&Ctx::now(None), Some(&customer), Some(&case), &event)?;
        Ok(())
    }

    /// Someone asks for a reply that failed to be tried again.
    pub fn retry_mail_reply(&mut self, ctx: &Ctx, reply_id: &str) -> Result<()> {
        self.check_actor(ctx)?;
        let (_, status) = self
            .tx()
            .query_row("SELECT event_id, status FROM mail_outbox WHERE event_id = ?1", [reply_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("Reply", reply_id))?;
        if status == "sent" {
            return Err(Error::Conflict { msg: msg!("error-mail-reply-sent-already-sent-again") });
        }
        self.tx().execute("UPDATE mail_attempts SET next_at = 0 WHERE event_id = ?1", [reply_id])?;
        let Some((case, customer)) = self.reply_target(reply_id)? else { return Ok(()) };
        self.append(
            ctx,
            Some(&customer),
            Some(&case),
            &MailEvent::MailRetried { reply_id: reply_id.to_owned() },
        )?;
        Ok(())
    }
}
