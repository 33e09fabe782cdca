//! Reading a message: whatever bytes the server gives (malformed MIME, a
//! wrong or missing character set, no sender, 50 MB of attachments), the
//! result is a [`Mail`] with whatever could be read, never a panic and never
//! nothing.

use std::borrow::Cow;

use mail_parser::{Address, HeaderValue, Message, MessageParser, MessagePart, MimeHeaders, PartType};

use super::ids::{message_key, sha256_hex};
use super::text::{fold_quoted, guess_decode, guess_encoding, html_to_text, tidy};
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
    // Headers sent as 8-bit bytes with no charset are read again like the body.
    let reread = reread_headers(msg);
    match reread.as_deref().and_then(|head| MessageParser::default().parse_headers(head)) {
        Some(head) => people_and_subject(mail, &head),
        None => people_and_subject(mail, msg),
    }
    mail.date = msg
        .date()
        .filter(|d| d.is_valid())
        .and_then(|d| chrono::DateTime::from_timestamp(d.to_timestamp(), 0));
    mail.in_reply_to = ids_of(msg.in_reply_to()).into_iter().next();
    mail.references = first_and_newest(ids_of(msg.references()), REFERENCES_MAX);
    mail.thread_index = header_text(msg, "Thread-Index").and_then(thread_root);

    let text = body_text(msg);
    let (new, quoted) = fold_quoted(&text);
    mail.text = cut(&new, TEXT_MAX);
    mail.quoted = cut(&quoted, QUOTED_MAX);
    mail.attachments = msg
        .attachments()
        .map(|part| MailAttachment {
            name: part.attachment_name().map(|n| one_line(n, 200)).unwrap_or_else(|| "(unnamed)".into()),
            content_type: content_type(part),
            size: recovered(msg, part).map_or(part.contents().len(), |b| b.len()) as u64,
        })
        .collect();
    mail.noise = noise(msg, mail);
    if mail.noise == Some(Noise::Bounce) {
        let (of, problem) = bounce_details(msg);
        mail.bounce_of = of;
        mail.problem = problem;
    }
}

/// The most Message-IDs kept from a References chain.
const REFERENCES_MAX: usize = 50;

/// A chain of Message-IDs cut to `max`: the first (the conversation's start)
/// and the newest (what a reply most likely answers), as threading reads a
/// chain from its end.
fn first_and_newest(mut ids: Vec<String>, max: usize) -> Vec<String> {
    if ids.len() > max && max > 1 {
        ids.drain(1..ids.len() - (max - 1));
    }
    ids
}

/// The conversation an Outlook Thread-Index names: its first 22 bytes (a
/// reply adds 5 bytes to its parent's), in hex.
fn thread_root(value: &str) -> Option<String> {
    let bytes = mail_parser::decoders::base64::base64_decode(value.trim().as_bytes())?;
    let root = bytes.get(..22)?;
    Some(root.iter().map(|b| format!("{b:02x}")).collect())
}

fn people_and_subject(mail: &mut Mail, head: &Message<'_>) {
    mail.from = first_address(head.from()).or_else(|| first_address(head.sender()));
    mail.reply_to = first_address(head.reply_to());
    mail.to = all_addresses(head.to());
    mail.cc = all_addresses(head.cc());
    mail.subject = one_line(head.subject().unwrap_or_default(), SUBJECT_MAX);
}

/// A message's header bytes, decoded to UTF-8, when they are not UTF-8
/// already: some mailers send names and subjects as raw 8-bit bytes with no
/// charset. They are read in the charset the body declares, else in the
/// encoding the header and body bytes together most likely are (as a body
/// without a charset is read). `None` when the headers read as they are.
fn reread_headers(msg: &Message<'_>) -> Option<Vec<u8>> {
    let root = msg.parts.first()?;
    let (start, body) = (root.offset_header as usize, root.offset_body as usize);
    let head = msg.raw_message.get(start..body.max(start))?;
    if std::str::from_utf8(head).is_ok() {
        return None;
    }
    let declared = msg
        .text_body
        .iter()
        .chain(&msg.html_body)
        .filter_map(|id| msg.parts.get(*id as usize))
        .filter_map(|p| p.content_type()?.attribute("charset"))
        .find_map(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()))
        .filter(|e| *e != encoding_rs::UTF_8);
    let encoding = declared.unwrap_or_else(|| {
        let rest = msg.raw_message.get(body..).unwrap_or_default();
        let mut sample = head.to_vec();
        sample.extend_from_slice(&rest[..rest.len().min(64 * 1024)]);
        guess_encoding(&sample)
    });
    Some(encoding.decode(head).0.into_owned().into_bytes())
}

/// Each attachment's name, type and bytes, for whoever keeps attachments.
pub fn each_attachment(raw: &[u8], mut f: impl FnMut(&str, &str, &[u8])) {
    if let Some(msg) = MessageParser::default().parse(raw) {
        for part in msg.attachments() {
            let bytes = recovered(&msg, part);
            let bytes = bytes.as_deref().unwrap_or(part.contents());
            f(part.attachment_name().unwrap_or("(unnamed)"), &content_type(part), bytes);
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
    let text = match recovered(msg, part) {
        Some(bytes) => Cow::Owned(in_declared_charset(part, &bytes)),
        None => redecode(msg, part, text),
    };
    Some(if html { html_to_text(&text) } else { text.into_owned() })
}

/// Bytes read in the charset their part declares, else in the one they most likely are.
fn in_declared_charset(part: &MessagePart<'_>, bytes: &[u8]) -> String {
    part.content_type()
        .and_then(|ct| ct.attribute("charset"))
        .and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()))
        .map(|e| e.decode(bytes).0.into_owned())
        .unwrap_or_else(|| guess_decode(bytes))
}

/// A part whose base64 the parser could not undo (stray characters in it,
/// or a closing boundary missing after it), which it then keeps as its
/// encoded text: its bytes decoded as the MIME standard asks, skipping
/// whatever is not base64. `None` for every other part.
fn recovered(msg: &Message<'_>, part: &MessagePart<'_>) -> Option<Vec<u8>> {
    if !part.is_encoding_problem || !part.content_transfer_encoding()?.trim().eq_ignore_ascii_case("base64") {
        return None;
    }
    let (start, end) = (part.offset_body as usize, part.offset_end as usize);
    msg.raw_message.get(start..end.max(start)).map(base64_lenient)
}

/// Base64 read leniently: characters outside its alphabet are ignored, and
/// padding ends it.
fn base64_lenient(encoded: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(encoded.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in encoded {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
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

/// How auto-replies begin their subject when they send no header that says
/// so, in lower case: Outlook's, Gmail's, Apple Mail's, Exchange's and the
/// usual vacation programs' wordings in English, Dutch, German, French and
/// Spanish.
const AUTO_SUBJECTS: &[&str] = &[
    "auto:",
    "automatic reply",
    "autoreply",
    "auto-reply",
    "auto reply",
    "auto response",
    "autoresponse",
    "out of office",
    "out of the office",
    "automatisch antwoord",
    "autom. antwoord",
    "automatische reactie",
    "automatisch bericht",
    "afwezigheidsmelding",
    "afwezig:",
    "afwezig tot",
    "niet aanwezig",
    "automatische antwort",
    "autom. antwort",
    "abwesenheitsnotiz",
    "abwesenheitsmeldung",
    "abwesend:",
    "abwesend bis",
    "urlaubsmeldung",
    "nicht im büro",
    "réponse automatique",
    "répondeur automatique",
    "absence du bureau",
    "absent du bureau",
    "absente du bureau",
    "message d'absence",
    "message d’absence",
    "respuesta automática",
    "respuesta automatica",
    "autorespuesta",
    "fuera de la oficina",
    "fuera de oficina",
    "mensaje de ausencia",
    "ausencia:",
];

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
    let subject = subject.trim_start_matches(|c: char| c == '[' || c.is_whitespace());
    let auto_subject = AUTO_SUBJECTS.iter().any(|p| subject.starts_with(p));
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
