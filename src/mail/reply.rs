//! Replying to an email case: a `mail_reply` event, written at any desk,
//! fixes every header (the Message-ID derived from the event's id, the
//! threading headers, the subject with the case reference, the addresses
//! and which of them a person typed); the mail desk sends exactly that, from
//! its own address, if it keeps to the rules of `rules.rs`. The message
//! itself is made from the event, so trying again sends the same message.

use crate::msg;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use std::collections::HashSet;

use super::events::{MailEvent, OutgoingMail};
use super::{rules, shop_mailbox, Mail};
use crate::cases::{entry, CaseState, TimelineEntry};
use crate::core::validate::{self, BODY_MAX};
use crate::core::{clock, ids, Ctx, Error, Result, Writer};

/// A reply by mail from a case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailReplyInput {
    pub case_id: String,
    pub body: String,
    /// Whom it goes to, as the person gave them; empty for the customer (the
    /// sender of their latest mail on the case, else their first address).
    /// Addresses that are not the customer's are kept as typed by a person.
    #[serde(default)]
    #[ts(optional, type = "Array<string>")]
    pub to: Vec<String>,
}

/// The most addresses one reply goes to.
pub const REPLY_TO_MAX: usize = 20;

/// How a case is named in the subjects of its mail: the last 8 characters of
/// its id, e.g. `[case 3f2a9c01]`.
pub fn case_reference(case_id: &str) -> String {
    let start = case_id.len().saturating_sub(8);
    case_id[start..].to_lowercase()
}

/// The case reference in a subject, if it has one.
pub fn reference_in(subject: &str) -> Option<String> {
    let lower = subject.to_lowercase();
    let at = lower.find("[case ")?;
    let rest = &lower[at + 6..];
    let reference: String = rest.chars().take_while(char::is_ascii_hexdigit).collect();
    (reference.len() == 8 && rest[8..].starts_with(']')).then_some(reference)
}

/// "Re: <subject> [case 3f2a9c01]", without doubling either part, and
/// without another case's reference (a case opened from a mail that named
/// one) that would send the answer to that case.
fn reply_subject(subject: &str, case_id: &str) -> String {
    let own = without_other_references(subject, &case_reference(case_id));
    let trimmed = own.trim();
    let lower = trimmed.to_lowercase();
    let mut out = if ["re:", "aw:", "sv:", "antw:", "réf:"].iter().any(|p| lower.starts_with(p)) {
        trimmed.to_owned()
    } else {
        format!("Re: {trimmed}")
    };
    if reference_in(&out).is_none() {
        out.push_str(&format!(" [case {}]", case_reference(case_id)));
    }
    out
}

/// The subject with every case reference but `own` taken out.
fn without_other_references(subject: &str, own: &str) -> String {
    let (mut out, mut rest) = (String::with_capacity(subject.len()), subject);
    while let Some(at) = rest.as_bytes().windows(6).position(|w| w.eq_ignore_ascii_case(b"[case ")) {
        let after = &rest[at + 6..];
        let hex = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        let reference = (hex == 8 && after[8..].starts_with(']')).then(|| &after[..8]);
        match reference {
            Some(r) if !r.eq_ignore_ascii_case(own) => {
                out.push_str(&rest[..at]);
                rest = &after[9..];
            }
            _ => {
                out.push_str(&rest[..at + 6]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Writer<'_> {
    /// Writes a reply by mail on an email case. It waits in the outbox until
    /// the mail desk sends it.
    pub fn reply_by_mail(&mut self, ctx: &Ctx, input: &MailReplyInput) -> Result<TimelineEntry> {
        self.check_actor(ctx)?;
        let body = validate::required_text(&input.body, "body", msg!("label-the-reply"), BODY_MAX)?;
        let shop = shop_mailbox(self.tx())?
            .ok_or_else(|| Error::Conflict { msg: msg!("error-mail-no-mailbox-connected-so-reply") })?;
        let state = CaseState::load(self, &input.case_id)?;
        let subject: String =
            self.tx().query_row("SELECT subject FROM cases WHERE id = ?1", [&state.id], |r| r.get(0))?;
        let last_in = self.last_mail(&state.id, "in")?;
        let last_any = self.last_mail(&state.id, "any")?;
        let (to, typed) = if input.to.iter().all(|t| t.trim().is_empty()) {
            let to = match last_in.as_ref().and_then(|m| m.reply_to.clone().or_else(|| m.from.clone())) {
                Some(a) => a.address,
                None => crate::customers::customer(self.tx(), &state.customer_id)?
                    .emails
                    .into_iter()
                    .next()
                    .ok_or_else(|| Error::Conflict {
                        msg: msg!("error-mail-customer-has-no-email-address"),
                    })?,
            };
            (vec![to], Vec::new())
        } else {
            self.chosen_addresses(&input.to, &state.customer_id, &state.id)?
        };
        let mut references: Vec<String> = last_any.as_ref().map(|m| m.references.clone()).unwrap_or_default();
        if let Some(m) = &last_any {
            references.push(m.message_id.clone());
        }
        // Long chains keep their first message and the latest ones.
        if references.len() > 20 {
            let first = references[0].clone();
            references.drain(..references.len() - 19);
            references.insert(0, first);
        }
        let id = ids::new_id();
        let domain =
            shop.address.rsplit_once('@').map(|(_, d)| d.to_owned()).unwrap_or_else(|| "casebook".into());
        let reply = OutgoingMail {
            message_id: format!("{id}.casebook@{domain}"),
            from: shop.address.clone(),
            to,
            subject: reply_subject(&subject, &state.id),
            body,
            in_reply_to: last_any.map(|m| m.message_id),
            references,
            typed,
        };
        let (customer_id, case_id) = (state.customer_id.clone(), state.id.clone());
        self.append_with_id(
            ctx,
            &id,
            Some(&customer_id),
            Some(&case_id),
            &MailEvent::MailReply { reply: Box::new(reply) },
        )?;
        crate::cases::draft_saved(self, &case_id)?;
        entry(self.tx(), &id)
    }

    /// The addresses a person gave a reply, checked, each once, and which of
    /// them they typed (the ones the customer's history does not know).
    fn chosen_addresses(
        &self,
        given: &[String],
        customer_id: &str,
        case_id: &str,
    ) -> Result<(Vec<String>, Vec<String>)> {
        let known = rules::customer_addresses(self.tx(), customer_id, case_id)?;
        let (mut to, mut typed, mut seen) = (Vec::new(), Vec::new(), HashSet::new());
        for address in given.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
            rules::check_address(address)?;
            if !seen.insert(rules::fold(address)) {
                continue;
            }
            if !known.contains(&rules::fold(address)) {
                typed.push(address.to_owned());
            }
            to.push(address.to_owned());
            if to.len() > REPLY_TO_MAX {
                return Err(Error::invalid(
                    "to",
                    msg!("error-mail-reply-too-many-addresses", max = REPLY_TO_MAX as u32),
                ));
            }
        }
        Ok((to, typed))
    }

    /// The latest mail on a case (`in`, or `any` direction) as the history
    /// holds it: for a reply's address and threading headers.
    fn last_mail(&self, case_id: &str, direction: &str) -> Result<Option<Mail>> {
        let payload: Option<String> = self
            .tx()
            .prepare_cached(
                "SELECT e.payload FROM mail_messages m JOIN events e ON e.id = m.event_id
                 WHERE m.case_id = ?1 AND (?2 = 'any' OR m.direction = ?2)
                 ORDER BY e.hlc DESC, e.desk_id DESC, e.id DESC LIMIT 1",
            )?
            .query_row([case_id, direction], |r| r.get(0))
            .optional()?;
        let Some(payload) = payload else { return Ok(None) };
        Ok(match serde_json::from_str::<MailEvent>(&payload)? {
            MailEvent::MailReceived { mail } | MailEvent::MailSentElsewhere { mail } => Some(*mail),
            MailEvent::MailReply { reply } => {
                Some(Mail { message_id: reply.message_id, references: reply.references, ..Mail::default() })
            }
            _ => None,
        })
    }
}

/// The message a reply goes out as, made from its event and sent `from` the
/// shop's address as the mail desk has it: the same bytes every time it is
/// tried.
pub fn outgoing_message(reply: &OutgoingMail, from: &str, written_at: i64) -> Result<Vec<u8>> {
    let mut message = mail_builder::MessageBuilder::new()
        .from(from.trim())
        .to(reply.to.iter().map(String::as_str).collect::<Vec<_>>())
        .subject(reply.subject.as_str())
        .message_id(reply.message_id.as_str())
        .date(clock::to_ms(clock::from_ms(written_at)) / 1000)
        .text_body(reply.body.as_str());
    if let Some(parent) = &reply.in_reply_to {
        message = message.in_reply_to(parent.as_str());
    }
    if !reply.references.is_empty() {
        message = message.references(reply.references.iter().map(String::as_str).collect::<Vec<_>>());
    }
    message
        .write_to_vec()
        .map_err(|e| Error::Internal(format!("the reply could not be written as a mail ({e})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_case_reference_reads_back_from_a_reply_subject() {
        let case = "0192f3a4-1b2c-7d3e-8f40-5a6b7c8d9e0f";
        let subject = reply_subject("Brake squeal", case);
        assert_eq!(subject, "Re: Brake squeal [case 7c8d9e0f]", "one Re: and the reference");
        assert_eq!(reply_subject(&subject, case), subject, "answering again doubles nothing");
        assert_eq!(reference_in("RE: Re: Brake squeal [Case 7C8D9E0F]").as_deref(), Some("7c8d9e0f"));
        assert_eq!(reference_in("[case 12345]"), None, "too short to be a reference");
        assert_eq!(
            reply_subject("Re: Brake squeal [case 0badcafe] again", case),
            "Re: Brake squeal again [case 7c8d9e0f]",
            "another case's reference gives way to this case's"
        );
        assert_eq!(reply_subject("Über [CASE 7C8D9E0F]", case), "Re: Über [CASE 7C8D9E0F]", "its own stays");
    }
}
