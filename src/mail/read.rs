//! Reading a message: whatever bytes the server gives (malformed MIME, a
//! wrong or missing character set, no sender, 50 MB of attachments), the
//! result is a [`Mail`] with whatever could be read, never a panic and never
//! nothing.

use std::borrow::Cow;

use mail_parser::{Address, HeaderValue, Message, MessageParser, MessagePart, MimeHeaders, PartType};

use super::ids::{message_key, sha256_hex};
use super::text::{fold_quoted, guess_decode, html_to_text, tidy};
use super::{Mail, MailAddress, MailAttachment, Noise};
use crate::core::validate::SUBJECT_MAX;

/// The longest text kept in the history for one mail; the rest stays in the
/// kept message.
pub const TEXT_MAX: usize = 100_000;
/// The longest quoted history kept.
pub const QUOTED_MAX: usize = 50_000;

/// A message as read from the server: what the history keeps, and the bytes.
#[derive(Clone, Debug)]
pub struct Incoming {
    pub mail: Mail,
    /// When the server received it (IMAP INTERNALDATE), Unix milliseconds.
    pub arrived_at: Option<i64>,
}

/// Reads a message's bytes into what the history keeps.
pub fn read_message(raw: &[u8]) -> Mail {
    let hash = sha256_hex(raw);
    let mut mail = Mail { raw_hash: hash.clone(), raw_size: raw.len() as u64, ..Mail::default() };
    match MessageParser::default().parse(raw) {
        Some(msg) => fill(&mut mail, &msg),
        None => {
            // Not even headers: keep its bytes as text, so nothing is lost.
            let head = &raw[..raw.len().min(TEXT_MAX)];
            mail.text = tidy(&guess_decode(head));
        }
    }
    if mail.message_id.is_empty() {
        mail.message_id = format!("sha256:{hash}");
    }
    if mail.subject.is_empty() {
        mail.subject = "(no subject)".into();
    }
    mail
}

fn fill(mail: &mut Mail, msg: &Message<'_>) {
    mail.message_id = msg.message_id().map(message_key).unwrap_or_default();
    mail.from = first_address(msg.from()).or_else(|| first_address(msg.sender()));
    mail.reply_to = first_address(msg.reply_to());
    mail.to = all_addresses(msg.to());
    mail.cc = all_addresses(msg.cc());
    mail.subject = one_line(msg.subject().unwrap_or_default(), SUBJECT_MAX);
    mail.date = msg
        .date()
        .filter(|d| d.is_valid())
        .and_then(|d| chrono::DateTime::from_timestamp(d.to_timestamp(), 0));
    mail.in_reply_to = ids_of(msg.in_reply_to()).into_iter().next();
    mail.references = ids_of(msg.references());
    mail.references.truncate(50);

    let text = body_text(msg);
    let (new, quoted) = fold_quoted(&text);
    mail.text = cut(&new, TEXT_MAX);
    mail.quoted = cut(&quoted, QUOTED_MAX);
    mail.attachments = msg
        .attachments()
        .map(|part| MailAttachment {
            name: part.attachment_name().map(|n| one_line(n, 200)).unwrap_or_else(|| "(unnamed)".into()),
            content_type: content_type(part),
            size: part.contents().len() as u64,
        })
        .collect();
    mail.noise = noise(msg, mail);
    if mail.noise == Some(Noise::Bounce) {
        let (of, problem) = bounce_details(msg);
        mail.bounce_of = of;
        mail.problem = problem;
    }
}

/// Each attachment's name, type and bytes, for whoever keeps attachments.
pub fn each_attachment(raw: &[u8], mut f: impl FnMut(&str, &str, &[u8])) {
    if let Some(msg) = MessageParser::default().parse(raw) {
        for part in msg.attachments() {
            f(part.attachment_name().unwrap_or("(unnamed)"), &content_type(part), part.contents());
        }
    }
}

fn content_type(part: &MessagePart<'_>) -> String {
    part.content_type()
        .map(|ct| match &ct.c_subtype {
            Some(sub) => format!("{}/{}", ct.c_type, sub),
            None => ct.c_type.to_string(),
        })
        .unwrap_or_else(|| "application/octet-stream".into())
        .to_lowercase()
}

fn address(a: &mail_parser::Addr<'_>) -> Option<MailAddress> {
    let address = a.address.as_deref()?.trim().trim_matches(|c| c == '<' || c == '>');
    if !address.contains('@') || address.chars().any(char::is_whitespace) {
        return None;
    }
    let name = a.name.as_deref().map(|n| one_line(n, 120)).unwrap_or_default();
    Some(MailAddress { address: address.to_owned(), name: name.trim_matches('"').trim().to_owned() })
}

fn first_address(list: Option<&Address<'_>>) -> Option<MailAddress> {
    list?.iter().find_map(address)
}

fn all_addresses(list: Option<&Address<'_>>) -> Vec<MailAddress> {
    list.map(|l| l.iter().filter_map(address).take(50).collect()).unwrap_or_default()
}

fn ids_of(value: &HeaderValue<'_>) -> Vec<String> {
    let list: Vec<String> = match value {
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
        _ => Vec::new(),
    };
    list.iter().map(|id| message_key(id)).filter(|id| !id.is_empty() && id.len() < 1000).collect()
}

fn one_line(text: &str, max: usize) -> String {
    cut(&text.split_whitespace().collect::<Vec<_>>().join(" "), max)
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max).collect();
    out.push_str("\n…");
    out
}

/// The text parts, in order; HTML-only mail turned into text.
fn body_text(msg: &Message<'_>) -> String {
    let mut out = Vec::new();
    for id in &msg.text_body {
        if let Some(part) = msg.parts.get(*id as usize) {
            if let Some(t) = part_text(msg, part) {
                out.push(t);
            }
        }
    }
    if out.iter().all(|t| t.trim().is_empty()) {
        out.clear();
        for id in &msg.html_body {
            if let Some(part) = msg.parts.get(*id as usize) {
                if let Some(t) = part_text(msg, part) {
                    out.push(t);
                }
            }
        }
    }
    tidy(&out.join("\n\n"))
}

fn part_text(msg: &Message<'_>, part: &MessagePart<'_>) -> Option<String> {
    let (text, html) = match &part.body {
        PartType::Text(t) => (t.clone(), false),
        PartType::Html(h) => (h.clone(), true),
        _ => return None,
    };
    let text = redecode(msg, part, text);
    Some(if html { html_to_text(&text) } else { text.into_owned() })
}

/// A text part that declared no character set we know and did not read as
/// UTF-8: its bytes read again with the encoding they most likely are.
fn redecode<'a>(msg: &Message<'_>, part: &MessagePart<'_>, text: Cow<'a, str>) -> Cow<'a, str> {
    let declared = part
        .content_type()
        .and_then(|ct| ct.attribute("charset"))
        .is_some_and(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()).is_some());
    if declared || !text.contains('\u{fffd}') {
        return text;
    }
    let (start, end) = (part.offset_body as usize, part.offset_end as usize);
    let Some(body) = msg.raw_message.get(start..end.max(start)) else { return text };
    let bytes = match part.content_transfer_encoding().map(str::to_ascii_lowercase).as_deref() {
        Some("quoted-printable") => mail_parser::decoders::quoted_printable::quoted_printable_decode(body),
        Some("base64") => mail_parser::decoders::base64::base64_decode(body),
        _ => Some(body.to_vec()),
    };
    match bytes {
        Some(b) => Cow::Owned(guess_decode(&b)),
        None => text,
    }
}

fn header_text<'a>(msg: &'a Message<'_>, name: &'static str) -> Option<&'a str> {
    msg.header_raw(name).map(str::trim)
}

/// Auto-replies (RFC 3834's Auto-Submitted, Precedence, vacation headers and
/// subjects) and delivery reports.
fn noise(msg: &Message<'_>, mail: &Mail) -> Option<Noise> {
    let is_report = msg.content_type().is_some_and(|ct| {
        ct.c_subtype.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("report"))
            && ct.attribute("report-type").is_some_and(|r| r.eq_ignore_ascii_case("delivery-status"))
    });
    let from = mail.from.as_ref().map(|f| f.address.to_lowercase()).unwrap_or_default();
    let daemon = from.starts_with("mailer-daemon@") || from.starts_with("postmaster@");
    let subject = mail.subject.to_lowercase();
    let bounce_words = [
        "undeliver",
        "delivery status notification",
        "delivery failure",
        "returned mail",
        "mail delivery failed",
        "failure notice",
    ];
    if is_report || (daemon && bounce_words.iter().any(|w| subject.contains(w))) {
        return Some(Noise::Bounce);
    }
    let auto = header_text(msg, "Auto-Submitted").is_some_and(|v| !v.eq_ignore_ascii_case("no"));
    let precedence = header_text(msg, "Precedence")
        .is_some_and(|v| ["bulk", "junk", "list", "auto_reply"].contains(&v.to_ascii_lowercase().as_str()));
    let vacation =
        ["X-Autoreply", "X-Autorespond", "List-Unsubscribe"].iter().any(|h| header_text(msg, h).is_some());
    let auto_subject = [
        "auto:",
        "automatic reply",
        "autoreply",
        "out of office",
        "abwesenheitsnotiz",
        "réponse automatique",
    ]
    .iter()
    .any(|p| subject.starts_with(p));
    (auto || precedence || vacation || auto_subject || daemon).then_some(Noise::AutoReply)
}

/// Which message bounced (the returned message or its headers) and the
/// receiving server's words (Diagnostic-Code, else Status).
fn bounce_details(msg: &Message<'_>) -> (Option<String>, Option<String>) {
    let mut of = None;
    let mut problem = None;
    for part in &msg.parts {
        match &part.body {
            PartType::Message(inner) if of.is_none() => of = inner.message_id().map(message_key),
            PartType::Text(t) | PartType::Html(t) => {
                for line in t.lines() {
                    let lower = line.to_ascii_lowercase();
                    if problem.is_none() && lower.starts_with("diagnostic-code:") {
                        let words = line.split_once(':').map(|x| x.1).unwrap_or_default();
                        let words = words.split_once(';').map(|x| x.1).unwrap_or(words);
                        problem = Some(one_line(words, 500));
                    }
                    if of.is_none() && lower.starts_with("message-id:") {
                        of = line.split_once(':').map(|x| message_key(x.1)).filter(|m| !m.is_empty());
                    }
                }
            }
            PartType::Binary(b) | PartType::InlineBinary(b) => {
                // message/delivery-status and text/rfc822-headers may arrive as bytes.
                let text = String::from_utf8_lossy(b);
                for line in text.lines() {
                    let lower = line.to_ascii_lowercase();
                    if problem.is_none() && lower.starts_with("diagnostic-code:") {
                        let words = line.split_once(';').map(|x| x.1).unwrap_or(line);
                        problem = Some(one_line(words, 500));
                    }
                    if of.is_none() && lower.starts_with("message-id:") {
                        of = line.split_once(':').map(|x| message_key(x.1)).filter(|m| !m.is_empty());
                    }
                }
            }
            _ => {}
        }
    }
    if of.is_none() {
        of = ids_of(msg.in_reply_to()).into_iter().next();
    }
    (of, problem)
}
