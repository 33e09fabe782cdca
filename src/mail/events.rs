//! The mailbox's events, and how each changes the current state.
//!
//! Mail on a case moves its clock as the matching conversation entry would: a
//! customer's mail is a customer message, ours (a reply, or mail sent from
//! another program) is an answer. Noise (auto-replies, bounces) and mail from
//! before the mailbox was connected move nothing.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Mail, MailRefusal, Noise, SentHow, MAILBOX_SETTING};
use crate::cases::{CaseEvent, CaseState};
use crate::core::{event_kinds, settings, Event, EventMeta, Id, Result, Right, Writer};
use crate::customers::Channel;

event_kinds!(
    /// The shop's mailbox: connecting it, mail in and out, and how sending went.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `mailbox_connected`, `mailbox_disconnected`: the last in the one order
    ///   stands.
    /// - `mail_received`, `mail_sent_elsewhere`: always recorded; a bounce
    ///   fails the reply it returns only if that reply is this customer's.
    /// - `mail_reply`: recorded on its case (which must be its customer's),
    ///   whatever it says: whether it may go out (its From, its case, its
    ///   addresses) is for the mail desk to judge when it is about to send it
    ///   (`rules.rs`), never for its apply.
    /// - `mail_sent`, `mail_failed`, `mail_retried`, `mail_refused`: about a
    ///   reply this customer never had, set aside; otherwise the last in the
    ///   one order says how the reply stands (a refused reply is failed).
    pub enum MailEvent {
        /// The shop's address is fetched and sent from this desk from now on.
        "mailbox_connected" => MailboxConnected { address: String, desk_id: String, desk_name: String },
        /// Nobody fetches or sends the shop's mail any more.
        "mailbox_disconnected" => MailboxDisconnected { address: String },
        /// A mail that came to the shop's address.
        "mail_received" => MailReceived { mail: Box<Mail> },
        /// A mail the shop sent from another program, found in its Sent folder.
        "mail_sent_elsewhere" => MailSentElsewhere { mail: Box<Mail> },
        /// A reply written on a case, to go out by mail; every header fixed here.
        "mail_reply" => MailReply { reply: Box<OutgoingMail> },
        /// The mail desk sent a reply.
        "mail_sent" => MailSent { reply_id: Id, how: SentHow },
        /// A try at sending a reply failed: `retrying` when the desk will try
        /// again by itself, else it failed for good (until someone retries).
        "mail_failed" => MailFailed { reply_id: Id, error: String, retrying: bool },
        /// Someone asked for a failed reply to be tried again.
        "mail_retried" => MailRetried { reply_id: Id },
        /// The mail desk would not send a reply: it breaks the rules of what
        /// goes out (see `rules.rs`). `address` is the one at fault, if any;
        /// `reason` says why in words (English, like a server's words).
        "mail_refused" => MailRefused { reply_id: Id, why: MailRefusal, address: Option<String>, reason: String },
    }
);

/// A reply as it goes out: everything the message will say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutgoingMail {
    /// Without angle brackets; derived from the event's id.
    pub message_id: String,
    /// The shop's address, as the desk that wrote it had it. The mail desk
    /// sends only if it is its own address, and always from its own.
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// The addresses of `to` a person typed into the reply; the others are
    /// the customer's own. Only these may go to someone the customer's
    /// history does not know. Left out when none were typed (and in replies
    /// from before it was kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, type = "Array<string>")]
    pub typed: Vec<String>,
}

impl Event for MailEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    /// Connecting the shop's mailbox, or disconnecting it, is shop policy.
    fn right(&self, _meta: &EventMeta) -> Option<Right> {
        match self {
            MailEvent::MailboxConnected { .. } | MailEvent::MailboxDisconnected { .. } => Some(Right::Policy),
            _ => None,
        }
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        match self {
            MailEvent::MailboxConnected { address, desk_id, desk_name } => {
                let shop = super::ShopMailbox {
                    address: address.clone(),
                    desk_id: desk_id.clone(),
                    desk_name: desk_name.clone(),
                    connected_at: crate::core::clock::from_ms(meta.at),
                };
                settings::put(w.tx(), MAILBOX_SETTING, &Some(shop))?;
                w.note_settings_changed();
                Ok(())
            }
            MailEvent::MailboxDisconnected { .. } => {
                settings::put(w.tx(), MAILBOX_SETTING, &None::<super::ShopMailbox>)?;
                w.note_settings_changed();
                Ok(())
            }
            MailEvent::MailReceived { mail } => apply_mail(w, meta, mail, Direction::In),
            MailEvent::MailSentElsewhere { mail } => apply_mail(w, meta, mail, Direction::Out),
            MailEvent::MailReply { reply } => apply_reply(w, meta, reply),
            MailEvent::MailSent { reply_id, .. } => {
                w.require_in_part("mail_outbox", "event_id", reply_id, meta)?;
                set_outbox(w, meta, reply_id, "sent", None)
            }
            MailEvent::MailFailed { reply_id, error, retrying } => {
                w.require_in_part("mail_outbox", "event_id", reply_id, meta)?;
                set_outbox(w, meta, reply_id, if *retrying { "waiting" } else { "failed" }, Some(error))
            }
            MailEvent::MailRetried { reply_id } => {
                w.require_in_part("mail_outbox", "event_id", reply_id, meta)?;
                set_outbox(w, meta, reply_id, "waiting", None)
            }
            MailEvent::MailRefused { reply_id, reason, .. } => {
                w.require_in_part("mail_outbox", "event_id", reply_id, meta)?;
                set_outbox(w, meta, reply_id, "failed", Some(reason))
            }
        }
    }

    fn search_text(&self) -> Option<String> {
        match self {
            MailEvent::MailReceived { mail } | MailEvent::MailSentElsewhere { mail } => {
                Some(mail.search_text())
            }
            MailEvent::MailReply { reply } => Some(format!("{} {}", reply.subject, reply.body)),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    In,
    Out,
}

fn remember_message(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    message_id: &str,
    direction: Direction,
) -> Result<()> {
    // Replace: the shop's own part (mail that belongs to nobody) is applied
    // again over its rows when it is re-derived.
    w.tx()
        .prepare_cached(
            "INSERT OR REPLACE INTO mail_messages (event_id, message_id, customer_id, case_id, direction, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            meta.id,
            message_id,
            meta.customer_id,
            meta.case_id,
            if direction == Direction::In { "in" } else { "out" },
            meta.at
        ])?;
    Ok(())
}

/// A mail in (the customer wrote) or out (we answered from another program).
fn apply_mail(w: &mut Writer<'_>, meta: &EventMeta, mail: &Mail, direction: Direction) -> Result<()> {
    remember_message(w, meta, &mail.message_id, direction)?;
    if let (Some(Noise::Bounce), Some(reply_id)) = (mail.noise, &mail.bounced) {
        // A bounce fails only a reply of this customer's (never another's).
        if w.require_in_part("mail_outbox", "event_id", reply_id, meta).is_ok() {
            let words = mail.problem.clone().unwrap_or_else(|| "The mail came back undelivered.".into());
            set_outbox(w, meta, reply_id, "failed", Some(&format!("Bounced: {words}")))?;
        }
    }
    let Some(case_id) = meta.case_id.as_deref() else { return Ok(()) };
    if mail.noise.is_some() || mail.history {
        return Ok(());
    }
    let entry = match direction {
        Direction::In => CaseEvent::CustomerMessage { body: String::new(), channel: Channel::Email },
        Direction::Out => CaseEvent::Reply { body: String::new(), channel: Channel::Email },
    };
    move_clock(w, case_id, &entry, meta.at)
}

/// The case's response clock moves as the conversation entry `entry` moves it.
fn move_clock(w: &mut Writer<'_>, case_id: &str, entry: &CaseEvent, at: i64) -> Result<()> {
    let mut state = CaseState::load(w, case_id)?;
    if state.after_entry(entry, at) {
        w.touch_contact(&state.customer_id.clone(), at)?;
    }
    state.save(w, at)
}

fn apply_reply(w: &mut Writer<'_>, meta: &EventMeta, reply: &OutgoingMail) -> Result<()> {
    let customer_id = meta.customer("mail_reply")?;
    let case_id = meta.case("mail_reply")?;
    remember_message(w, meta, &reply.message_id, Direction::Out)?;
    w.tx()
        .prepare_cached(
            "INSERT OR REPLACE INTO mail_outbox
                (event_id, customer_id, case_id, message_id, status, error, written_at, sent_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'waiting', NULL, ?5, NULL, ?5)",
        )?
        .execute(params![meta.id, customer_id, case_id, reply.message_id, meta.at])?;
    move_clock(w, case_id, &CaseEvent::Reply { body: String::new(), channel: Channel::Email }, meta.at)
}

/// A reply's sending state. A reply this desk has not heard of changes
/// nothing: what is known of it arrives with its own event.
fn set_outbox(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    reply_id: &str,
    status: &str,
    error: Option<&str>,
) -> Result<()> {
    w.tx()
        .prepare_cached(
            "UPDATE mail_outbox SET status = ?2, error = ?3, updated_at = ?4,
                    sent_at = CASE WHEN ?2 = 'sent' THEN ?4 ELSE sent_at END
             WHERE event_id = ?1",
        )?
        .execute(params![reply_id, status, error, meta.at])?;
    if let Some(case_id) = &meta.case_id {
        w.note_case(case_id);
    }
    Ok(())
}
