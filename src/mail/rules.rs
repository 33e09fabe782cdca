//! What the mail desk sends. A reply event may be written at any desk, and
//! a desk may be broken or hostile, so the mail desk judges every reply just
//! before it tries it (never in its apply, which must not refuse). A reply
//! goes out only:
//!
//! - from the shop's own address, as this desk's mailbox settings have it
//!   (and the message's From is that address, whatever the event says);
//! - on a case that exists and is its customer's;
//! - to the customer's addresses: their email contacts as they stand here
//!   now, or the From and Reply-To of the mail they sent on that case; or to
//!   addresses a person typed into the reply (kept in the event's `typed`,
//!   and shown on its entry).
//!
//! Anything else is recorded as `mail_refused`, with why, on the case, and
//! never sent.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::events::{MailEvent, OutgoingMail};
use super::outbox::outgoing;
use super::Noise;
use crate::core::{text_enum, validate, Ctx, Error, Msg, Result, Writer};
use crate::msg;

text_enum!(
    /// Why the mail desk would not send a reply.
    MailRefusal {
        /// Its From is not the shop's address.
        NotShopAddress => "not_shop_address",
        /// Its case no longer exists, or is not its customer's.
        NotCustomersCase => "not_customers_case",
        /// It goes to an address that is not the customer's, and no person typed it.
        StrangerAddress => "stranger_address",
        /// One of its addresses is not an email address.
        NotAnAddress => "not_an_address",
        /// It names nobody to send it to.
        NoRecipient => "no_recipient",
    }
);

/// How addresses are compared: trimmed, in lower case.
pub(super) fn fold(address: &str) -> String {
    address.trim().to_lowercase()
}

/// An address a mail server takes: the rules for a customer's email address,
/// and one the sender's own parser reads.
pub(super) fn check_address(address: &str) -> Result<()> {
    validate::email(address).map_err(|e| Error::invalid("to", e.msg()))?;
    address.trim().parse::<lettre::Address>().map_err(|e| {
        Error::invalid(
            "to",
            msg!("error-mail-address-mail-server-accepts", text = address.trim(), detail = e.to_string()),
        )
    })?;
    Ok(())
}

/// The addresses a reply on this case may go to without a person typing
/// them (folded): the customer's email contacts as they stand now, and the
/// From and Reply-To of the mail received on the case (bounces aside: they
/// come from the mail system, not the customer).
pub(super) fn customer_addresses(
    conn: &Connection,
    customer_id: &str,
    case_id: &str,
) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    let mut stmt =
        conn.prepare_cached("SELECT norm FROM customer_contacts WHERE customer_id = ?1 AND kind = 'email'")?;
    for norm in stmt.query_map([customer_id], |r| r.get::<_, String>(0))? {
        out.insert(fold(&norm?));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT e.payload FROM mail_messages m JOIN events e ON e.id = m.event_id
         WHERE m.case_id = ?1 AND m.direction = 'in' AND e.kind = 'mail_received'",
    )?;
    for payload in stmt.query_map([case_id], |r| r.get::<_, String>(0))? {
        let Ok(MailEvent::MailReceived { mail }) = serde_json::from_str::<MailEvent>(&payload?) else {
            continue;
        };
        if mail.noise == Some(Noise::Bounce) {
            continue;
        }
        for a in [&mail.from, &mail.reply_to].into_iter().flatten() {
            out.insert(fold(&a.address));
        }
    }
    Ok(out)
}

/// The words of a refusal, as the outbox and the CLI show them.
fn words(why: MailRefusal, address: Option<&str>, shop: &str) -> Msg {
    let address = address.unwrap_or_default().to_owned();
    match why {
        MailRefusal::NotShopAddress => msg!("mail-refused-not-shop-address", address, shop),
        MailRefusal::NotCustomersCase => msg!("mail-refused-not-customers-case"),
        MailRefusal::StrangerAddress => msg!("mail-refused-stranger-address", address),
        MailRefusal::NotAnAddress => msg!("mail-refused-not-an-address", address),
        MailRefusal::NoRecipient => msg!("mail-refused-no-recipient"),
    }
}

/// A waiting reply as the outbox holds it.
struct Waiting {
    customer_id: String,
    case_id: String,
    reply: OutgoingMail,
    /// The event names a staff member of this shop: a person wrote it.
    by_person: bool,
}

impl Writer<'_> {
    /// Judges a reply just before the mail desk tries it; `shop` is the
    /// address this desk sends from. A reply that breaks the rules (see the
    /// module's notes) is recorded as refused, with why, and `Some` says so:
    /// it must not be sent. `None` for a reply that may go (or that does not
    /// wait in the outbox).
    pub fn judge_reply(&mut self, reply_id: &str, shop: &str) -> Result<Option<MailRefusal>> {
        let Some(waiting) = self.waiting_reply(reply_id)? else { return Ok(None) };
        let Some((why, address)) = self.refusal(&waiting, shop)? else { return Ok(None) };
        let reason = words(why, address.as_deref(), shop).english();
        tracing::warn!(reply = reply_id, why = why.as_str(), "a reply is refused: {reason}");
        let customer_known: bool = self
            .tx()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?1)")?
            .query_row([&waiting.customer_id], |r| r.get(0))?;
        if !customer_known {
            // Nobody to record it on (never expected: the outbox follows its
            // customer). This desk alone keeps why, and does not try it.
            self.tx().execute(
                "INSERT INTO mail_attempts (event_id, tries, started_at, next_at, last_error)
                 VALUES (?1, 0, NULL, ?2, ?3)
                 ON CONFLICT (event_id) DO UPDATE SET started_at = NULL, next_at = ?2, last_error = ?3",
                params![reply_id, i64::MAX, reason],
            )?;
            return Ok(Some(why));
        }
        let case = (why != MailRefusal::NotCustomersCase).then_some(waiting.case_id.as_str());
        let event = MailEvent::MailRefused { reply_id: reply_id.to_owned(), why, address, reason };
        self.append(&Ctx::now(None), Some(&waiting.customer_id), case, &event)?;
        Ok(Some(why))
    }

    fn waiting_reply(&self, reply_id: &str) -> Result<Option<Waiting>> {
        let row: Option<(String, String, String, bool)> = self
            .tx()
            .prepare_cached(
                "SELECT o.customer_id, o.case_id, e.payload,
                        EXISTS (SELECT 1 FROM staff s WHERE s.id = e.staff_id)
                 FROM mail_outbox o JOIN events e ON e.id = o.event_id
                 WHERE o.event_id = ?1 AND o.status = 'waiting'
                   AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = o.customer_id)",
            )?
            .query_row([reply_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        let Some((customer_id, case_id, payload, by_person)) = row else { return Ok(None) };
        Ok(Some(Waiting { customer_id, case_id, reply: outgoing(&payload)?, by_person }))
    }

    /// What is wrong with a reply, if anything, and the address at fault.
    fn refusal(&self, w: &Waiting, shop: &str) -> Result<Option<(MailRefusal, Option<String>)>> {
        let reply = &w.reply;
        if fold(&reply.from) != fold(shop) {
            return Ok(Some((MailRefusal::NotShopAddress, Some(reply.from.clone()))));
        }
        let owner: Option<String> = self
            .tx()
            .prepare_cached("SELECT customer_id FROM cases WHERE id = ?1")?
            .query_row([&w.case_id], |r| r.get(0))
            .optional()?;
        let owner = match owner {
            Some(owner) if self.same_part(&owner, &w.customer_id)? => owner,
            _ => return Ok(Some((MailRefusal::NotCustomersCase, None))),
        };
        if reply.to.is_empty() {
            return Ok(Some((MailRefusal::NoRecipient, None)));
        }
        let known = customer_addresses(self.tx(), &owner, &w.case_id)?;
        let typed: HashSet<String> =
            if w.by_person { reply.typed.iter().map(|t| fold(t)).collect() } else { HashSet::new() };
        for to in &reply.to {
            if check_address(to).is_err() {
                return Ok(Some((MailRefusal::NotAnAddress, Some(to.clone()))));
            }
            let folded = fold(to);
            if !known.contains(&folded) && !typed.contains(&folded) {
                return Ok(Some((MailRefusal::StrangerAddress, Some(to.clone()))));
            }
        }
        Ok(None)
    }
}
