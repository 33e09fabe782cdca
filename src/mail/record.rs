//! Recording a fetched message: once, on the right customer and case.
//!
//! - Every event written here has an id derived from the message, and a
//!   message whose mail event is already in the log is skipped: fetching
//!   again after a crash, or from two folders, records nothing twice.
//! - The case: the one whose mail its In-Reply-To or References name (our own
//!   replies included), or a bounce's returned message names; then the case
//!   of the sender's earlier mail in the same Outlook conversation
//!   (Thread-Index); then the case reference in the subject, if the sender is
//!   that case's customer; else a new email case, whose clock starts like any
//!   customer message's.
//! - Who wrote it: the From, except for a website's contact form that sends
//!   from the shop's own address with the visitor in Reply-To.
//! - The customer: the case's, or the one with the sender's address (by
//!   address only: a familiar name with another address is someone else),
//!   or a new one named from the From header.
//! - Noise (auto-replies, bounces) is recorded and shown, but opens no case
//!   and reopens none; with no case and no known sender it belongs to nobody
//!   and the Mailbox page lists it.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::events::MailEvent;
use super::ids::derived;
use super::read::Incoming;
use super::reply::reference_in;
use super::{shop_mailbox, Mail, MailAddress, SentHow};
use crate::cases::{CaseEvent, CaseState, CaseStatus, Priority};
use crate::core::validate::{self, NAME_MAX, SUBJECT_MAX};
use crate::core::{clock, Ctx, Id, Result, Writer};
use crate::customers::{Channel, CustomerEvent};

/// Mail that reached the mailbox this long before it was connected is
/// history: recorded, but it opens no case in the queue and starts no clock.
pub const RECENT_MS: i64 = 7 * 24 * 3600 * 1000;

/// What recording a message did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordedAs {
    /// Added to the history.
    New,
    /// Already in the history (fetched before, or from another folder).
    AlreadyHere,
    /// A copy of one of our own replies (the copy every reply sends to the
    /// shop's address, or the server's Sent folder): proof it went out.
    OurReply,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recorded {
    pub recorded: RecordedAs,
    pub event_id: Id,
    pub customer_id: Option<Id>,
    pub case_id: Option<Id>,
}

/// The case and its customer a mail belongs to.
type Target = (Id, Id);

impl Writer<'_> {
    /// Records a fetched message (see the module's notes); `sent_folder` for
    /// mail found in the shop's Sent folder. `raw` is kept beside it.
    pub fn record_mail(
        &mut self,
        incoming: &Incoming,
        sent_folder: bool,
        raw: Option<&[u8]>,
    ) -> Result<Recorded> {
        let mut mail = incoming.mail.clone();
        let key = mail.message_id.clone();
        let event_id = derived(&key, "mail");
        let done = |recorded, customer_id, case_id| Recorded {
            recorded,
            event_id: event_id.clone(),
            customer_id,
            case_id,
        };
        if self.has_event(&event_id)? {
            return Ok(done(RecordedAs::AlreadyHere, None, None));
        }
        if let Some((reply_id, status)) = self.reply_by_message_id(&key)? {
            if status == "waiting" {
                self.record_sent(&reply_id, SentHow::CopyFound)?;
            }
            return Ok(done(RecordedAs::OurReply, None, None));
        }
        if let Some(raw) = raw {
            self.keep_raw(&mail.raw_hash, raw)?;
        }
        let now = clock::to_ms(clock::now());
        let at = incoming.arrived_at.unwrap_or(now).clamp(0, now);
        let ctx = Ctx::at(None, clock::from_ms(at));
        let shop = shop_mailbox(self.tx())?;
        let shop_address = shop.as_ref().map(|s| s.address.to_lowercase());
        mail.history = shop.as_ref().is_some_and(|s| at < clock::to_ms(s.connected_at) - RECENT_MS);
        let is_shop = |a: &MailAddress| Some(a.address.to_lowercase()) == shop_address;
        let from_shop = mail.from.as_ref().is_some_and(is_shop);
        // A website's contact form sends from the shop's own address with the
        // visitor in Reply-To: that visitor is the one writing.
        let visitor = mail.reply_to.clone().filter(|r| from_shop && !sent_folder && !is_shop(r));
        let outgoing = (sent_folder || from_shop) && visitor.is_none();
        let counterpart: Option<MailAddress> = if outgoing {
            mail.to.iter().find(|a| !is_shop(a)).cloned()
        } else {
            visitor.or_else(|| mail.from.clone())
        };
        let known = match &counterpart {
            Some(a) => self.customer_by_address(&a.address)?,
            None => None,
        };

        let mut target: Option<Target> = None;
        if let Some(of) = mail.bounce_of.clone() {
            if let Some((reply_id, _)) = self.reply_by_message_id(&of)? {
                mail.bounced = Some(reply_id.clone());
                target = self.reply_target(&reply_id)?;
            }
        }
        if target.is_none() {
            let mut named: Vec<String> = mail.in_reply_to.iter().cloned().collect();
            named.extend(mail.references.iter().rev().cloned());
            named.extend(mail.bounce_of.iter().cloned());
            target = self.thread_by_ids(&named)?;
        }
        if target.is_none() {
            if let (Some(root), Some(customer)) = (&mail.thread_index, &known) {
                target = self.thread_by_index(root, customer)?;
            }
        }
        if target.is_none() {
            if let Some(reference) = reference_in(&mail.subject) {
                target = self
                    .case_by_reference(&reference)?
                    .filter(|(_, customer)| Some(customer) == known.as_ref());
            }
        }

        let noise = mail.noise.is_some();
        let (customer_id, case_id, opened) = match target {
            Some((case, customer)) => (Some(customer), Some(case), false),
            None if noise => (known, None, false),
            None => {
                let customer = match (known, &counterpart) {
                    (Some(c), _) => Some(c),
                    (None, Some(person)) => self.new_mail_customer(&ctx, &key, person)?,
                    (None, None) => None,
                };
                match customer {
                    Some(c) => {
                        let case = self.open_mail_case(&ctx, &key, &mail, &c)?;
                        (Some(c), Some(case), true)
                    }
                    None => (None, None, false),
                }
            }
        };
        let event = if outgoing {
            MailEvent::MailSentElsewhere { mail: Box::new(mail.clone()) }
        } else {
            MailEvent::MailReceived { mail: Box::new(mail.clone()) }
        };
        self.append_with_id(&ctx, &event_id, customer_id.as_deref(), case_id.as_deref(), &event)?;
        // The mail's files become attachments of its entry (those over the
        // shop's limit stay in the kept message only).
        if let (Some(raw), Some(_)) = (raw, &case_id) {
            let mut parts = Vec::new();
            super::read::each_attachment(raw, |name, _type, bytes| {
                parts.push((name.to_owned(), bytes.to_vec()))
            });
            if !parts.is_empty() && self.attachment_files().is_ok() {
                self.attach_received(&ctx, &derived(&key, "files"), &event_id, &parts)?;
            }
        }

        if let (Some(case), Some(customer)) = (&case_id, &customer_id) {
            let state = CaseState::load(self, case)?;
            let to = if mail.history && opened {
                Some((CaseStatus::Closed, "mail from before the mailbox was connected"))
            } else if !outgoing && !noise && !mail.history && state.status != CaseStatus::Open {
                Some((CaseStatus::Open, "the customer wrote again"))
            } else {
                None
            };
            if let Some((to, reason)) = to {
                let change = CaseEvent::StatusChanged { from: state.status, to, reason: Some(reason.into()) };
                self.append_with_id(&ctx, &derived(&key, "status"), Some(customer), Some(case), &change)?;
            }
        }
        Ok(done(RecordedAs::New, customer_id, case_id))
    }

    /// A new email case for the message, opened as it arrived, with an id
    /// derived from the message.
    fn open_mail_case(&mut self, ctx: &Ctx, key: &str, mail: &Mail, customer: &str) -> Result<Id> {
        let case_id = derived(key, "case");
        let subject: String = mail.subject.chars().take(SUBJECT_MAX).collect();
        let opened = CaseEvent::CaseOpened {
            subject,
            channel: Channel::Email,
            priority: Priority::Normal,
            owner_id: None,
        };
        self.append_with_id(ctx, &derived(key, "case_opened"), Some(customer), Some(&case_id), &opened)?;
        Ok(case_id)
    }

    /// A customer made for a new sender, named from the From header. `None`
    /// if the address cannot be a customer's (the mail then belongs to nobody).
    fn new_mail_customer(&mut self, ctx: &Ctx, key: &str, person: &MailAddress) -> Result<Option<Id>> {
        let Ok(email) = validate::email(&person.address) else { return Ok(None) };
        let name = if person.name.trim().is_empty() { person.address.clone() } else { person.name.clone() };
        let event = CustomerEvent::CustomerCreated {
            name: name.chars().take(NAME_MAX).collect(),
            phones: Vec::new(),
            emails: vec![email.into()],
            organisation: String::new(),
            segment: String::new(),
            notes: String::new(),
        };
        let id = derived(key, "customer");
        self.append_with_id(ctx, &derived(key, "customer_created"), Some(&id), None, &event)?;
        Ok(Some(id))
    }

    /// The customer with this email address (the first added, if several).
    fn customer_by_address(&self, address: &str) -> Result<Option<Id>> {
        let Ok(email) = validate::email(address) else { return Ok(None) };
        Ok(self
            .tx()
            .prepare_cached(
                "SELECT c.customer_id FROM customer_contacts c JOIN customers u ON u.id = c.customer_id
                 WHERE c.kind = 'email' AND c.norm = ?1 AND u.merged_into IS NULL
                 ORDER BY u.created_at, u.id LIMIT 1",
            )?
            .query_row([&email.norm], |r| r.get(0))
            .optional()?)
    }

    /// The case (and its customer) of the first of these Message-IDs the history holds.
    fn thread_by_ids(&self, message_ids: &[String]) -> Result<Option<Target>> {
        let mut stmt = self.tx().prepare_cached(
            "SELECT m.case_id, k.customer_id FROM mail_messages m JOIN cases k ON k.id = m.case_id
             WHERE m.message_id = ?1 AND m.message_id <> ''
               AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = k.customer_id)
             ORDER BY m.at DESC LIMIT 1",
        )?;
        for id in message_ids {
            if let Some(found) = stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional()? {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }

    /// The case of this customer's latest mail in the same Outlook
    /// conversation (its Thread-Index): Outlook replies sometimes name no
    /// earlier message at all.
    fn thread_by_index(&self, root: &str, customer: &str) -> Result<Option<Target>> {
        Ok(self
            .tx()
            .prepare_cached(
                "SELECT m.case_id, k.customer_id FROM mail_messages m
                 JOIN cases k ON k.id = m.case_id JOIN events e ON e.id = m.event_id
                 WHERE k.customer_id = ?1 AND m.direction = 'in'
                   AND json_extract(e.payload, '$.mail.thread_index') = ?2
                 ORDER BY m.at DESC LIMIT 1",
            )?
            .query_row([customer, root], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    fn case_by_reference(&self, reference: &str) -> Result<Option<Target>> {
        Ok(self
            .tx()
            .prepare_cached(
                "SELECT id, customer_id FROM cases k WHERE substr(id, -8) = ?1
                 AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = k.customer_id) LIMIT 1",
            )?
            .query_row([reference], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Our reply with this Message-ID, and how its sending stands.
    pub(super) fn reply_by_message_id(&self, message_id: &str) -> Result<Option<(Id, String)>> {
        Ok(self
            .tx()
            .prepare_cached(
                "SELECT event_id, status FROM mail_outbox WHERE message_id = ?1 AND message_id <> ''",
            )?
            .query_row([message_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    pub(super) fn reply_target(&self, reply_id: &str) -> Result<Option<Target>> {
        Ok(self
            .tx()
            .prepare_cached(
                "SELECT o.case_id, k.customer_id FROM mail_outbox o JOIN cases k ON k.id = o.case_id WHERE o.event_id = ?1",
            )?
            .query_row([reply_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Keeps a message's bytes (once per content), written in pieces so a
    /// large message is not copied whole again on its way into the database.
    fn keep_raw(&mut self, hash: &str, raw: &[u8]) -> Result<()> {
        let added = self.tx().execute(
            "INSERT OR IGNORE INTO mail_raw (hash, size, data) VALUES (?1, ?2, zeroblob(?2))",
            params![hash, raw.len() as i64],
        )?;
        if added == 0 {
            return Ok(());
        }
        let rowid = self.tx().last_insert_rowid();
        let mut blob = self.tx().blob_open(rusqlite::MAIN_DB, "mail_raw", "data", rowid, false)?;
        for (i, chunk) in raw.chunks(1 << 20).enumerate() {
            blob.write_at(chunk, i << 20)?;
        }
        Ok(())
    }

    /// Lets a message's bytes go (its customer was forgotten): nothing of it
    /// is kept beside the log.
    pub fn erase_raw_mail(&mut self, hash: &str) -> Result<()> {
        self.tx().prepare_cached("DELETE FROM mail_raw WHERE hash = ?1")?.execute([hash])?;
        Ok(())
    }
}
