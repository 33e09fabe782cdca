//! Reading the corpus: text, quoting, character sets, noise, attachments;
//! and mutated messages never make the reading path panic.

use casebook::mail::{read_message, Noise};

use super::{all_corpus, corpus, corpus_replying_to, MailShop};

#[test]
fn gmail_outlook_and_apple_mail_replies_show_only_the_new_words() {
    let gmail = read_message(&corpus("gmail-reply.eml"));
    assert_eq!(gmail.text, "Thursday afternoon works for me.", "Gmail: the new words, without the quote");
    assert!(
        gmail.quoted.contains("> my front brake squeals"),
        "the quote is kept, folded: {:?}",
        gmail.quoted
    );
    assert_eq!(
        gmail.in_reply_to.as_deref(),
        Some("CAF1st=ana-brakes@mail.gmail.com"),
        "threading header read"
    );

    let outlook = read_message(&corpus("outlook-reply.eml"));
    assert_eq!(
        outlook.text, "Could you also check the gears? They slip in third.",
        "Outlook: above its header block"
    );
    assert!(outlook.quoted.contains("From: Bike Shop"), "Outlook's quote starts at its From/Sent block");
    assert!(outlook.quoted.contains("Thursday is fine – bring it in"), "windows-1252 en dash decoded");
    assert_eq!(outlook.references.len(), 2, "References read: {:?}", outlook.references);

    let apple = read_message(&corpus("apple-mail-reply.eml"));
    assert!(apple.text.starts_with("Thank you! See you Thursday."), "Apple Mail: {:?}", apple.text);
    assert!(apple.quoted.contains("wrote:"), "Apple Mail's quoted attribution is folded: {:?}", apple.quoted);
}

#[test]
fn forwarded_and_html_only_mail_read_as_text_without_anything_live() {
    let fwd = read_message(&corpus("forwarded.eml"));
    assert!(
        fwd.text.contains("one bicycle bell is on its way"),
        "a forward keeps what it forwards: {:?}",
        fwd.text
    );
    let html = read_message(&corpus("html-only.eml"));
    assert!(html.text.contains("Easter Monday"), "HTML-only mail becomes text: {:?}", html.text);
    for banned in ["<", "evil.example", "tracker.example", "font-family", "document.location"] {
        assert!(
            !html.text.contains(banned),
            "no markup, script, style or remote image ({banned}): {:?}",
            html.text
        );
    }
}

#[test]
fn character_sets_are_decoded_whether_named_or_not() {
    let cases = [
        ("iso-8859-1.eml", "mon vélo a un problème de dérailleur", "Vélo à réparer"),
        ("windows-1252.eml", "“How much” is a new chain – under €30?", "Quote for a new chain"),
        ("shift-jis.eml", "自転車のブレーキが鳴ります", "ブレーキの音"),
        ("iso-2022-jp.eml", "タイヤの交換をお願いします", "タイヤ交換"),
        ("no-charset.eml", "Der Sattel ist zu groß für mich. Grüße, Jürgen", "Sattel"),
    ];
    for (file, text, subject) in cases {
        let mail = read_message(&corpus(file));
        assert!(mail.text.contains(text), "{file}: the text reads {text:?}, got {:?}", mail.text);
        assert_eq!(mail.subject, subject, "{file}: the subject is decoded");
    }
    let latin = read_message(&corpus("iso-8859-1.eml"));
    assert_eq!(latin.from.unwrap().name, "François Léger", "an encoded sender name is decoded");
    let sjis = read_message(&corpus("shift-jis.eml"));
    assert_eq!(sjis.from.unwrap().name, "山田 太郎", "a Shift_JIS sender name is decoded");
}

#[test]
fn auto_replies_and_bounces_are_recognised_and_a_bounce_names_what_bounced() {
    assert_eq!(read_message(&corpus("auto-reply.eml")).noise, Some(Noise::AutoReply), "Auto-Submitted");
    assert_eq!(
        read_message(&corpus("out-of-office-no-headers.eml")).noise,
        Some(Noise::AutoReply),
        "an out-of-office subject without the headers"
    );
    let bounce = read_message(&corpus_replying_to("bounce-dsn.eml", "r1.casebook@example.test"));
    assert_eq!(bounce.noise, Some(Noise::Bounce), "a delivery status notification is a bounce");
    assert_eq!(
        bounce.bounce_of.as_deref(),
        Some("r1.casebook@example.test"),
        "it names the returned message"
    );
    assert!(
        bounce.problem.as_deref().unwrap_or_default().contains("User unknown"),
        "the server's words: {:?}",
        bounce.problem
    );
    for plain in
        ["ana-first.eml", "gmail-reply.eml", "outlook-reply.eml", "apple-mail-reply.eml", "html-only.eml"]
    {
        assert_eq!(read_message(&corpus(plain)).noise, None, "{plain} was written by a person");
    }
}

#[test]
fn broken_mime_no_sender_and_attachments_still_read() {
    let broken = read_message(&corpus("malformed-mime.eml"));
    assert!(
        broken.text.contains("The photo of the wheel is attached."),
        "the text of broken MIME: {:?}",
        broken.text
    );
    assert!(
        broken.attachments.iter().any(|a| a.name == "wheel.jpg"),
        "its attachment listed: {:?}",
        broken.attachments
    );
    let nobody = read_message(&corpus("no-from.eml"));
    assert_eq!(nobody.from, None, "no From: no sender made up");
    assert_eq!(nobody.text, "A message with no sender at all.");
    let photo = read_message(&corpus("attachment.eml"));
    assert_eq!(photo.attachments.len(), 1, "one attachment");
    assert_eq!(
        (photo.attachments[0].name.as_str(), photo.attachments[0].content_type.as_str()),
        ("damage.png", "image/png")
    );
    assert!(photo.attachments[0].size > 50, "its size is its decoded bytes");
    let mut seen = Vec::new();
    casebook::mail::each_attachment(&corpus("attachment.eml"), |name, kind, bytes| {
        seen.push((name.to_owned(), kind.to_owned(), bytes.len()))
    });
    assert_eq!(seen.len(), 1, "the attachment seam hands over each attachment's bytes: {seen:?}");
    assert!(seen[0].2 > 50 && seen[0].1 == "image/png");
}

#[test]
fn a_message_without_a_message_id_is_known_by_its_bytes() {
    let raw = b"From: x@example.test\r\nSubject: hi\r\n\r\nhello\r\n";
    let a = read_message(raw);
    assert!(a.message_id.starts_with("sha256:"), "{}", a.message_id);
    assert_eq!(
        a.message_id,
        read_message(raw).message_id,
        "the same bytes, the same key: never recorded twice"
    );
}

/// Small, deterministic mutations: flipped bytes, cut-off ends, repeated
/// and dropped pieces, stray boundaries and encoded words.
fn mutate(raw: &[u8], rng: &mut casebook::core::rng::Rng) -> Vec<u8> {
    let mut out = raw.to_vec();
    let n = out.len().max(1) as u64;
    match rng.below(7) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(n) as usize % out.len().max(1);
                if let Some(b) = out.get_mut(at) {
                    *b = rng.below(256) as u8;
                }
            }
        }
        1 => out.truncate(rng.below(n) as usize),
        2 => {
            let (a, b) = (rng.below(n) as usize, rng.below(n) as usize);
            let (a, b) = (a.min(b), a.max(b).min(out.len()));
            let piece = out[a..b].to_vec();
            out.splice(a..a, piece);
        }
        3 => {
            let (a, b) = (rng.below(n) as usize, rng.below(n) as usize);
            let (a, b) = (a.min(b), a.max(b).min(out.len()));
            out.drain(a..b);
        }
        4 => {
            let at = rng.below(n) as usize % out.len().max(1);
            out.splice(
                at..at,
                b"\r\n--never-closed\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n"
                    .iter()
                    .copied(),
            );
        }
        5 => {
            let at = rng.below(n) as usize % out.len().max(1);
            out.splice(at..at, b"=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC=?= =?utf-8?q?=FF=FE?=".iter().copied());
        }
        _ => {
            let at = rng.below(n) as usize % out.len().max(1);
            out.splice(at..at, b"<html><table><tr><td><blockquote><blockquote>".iter().copied());
        }
    }
    out
}

#[test]
fn mutated_messages_never_panic_the_reading_or_recording_path() {
    let mut rng = casebook::core::rng::Rng::new(0x6d61_696c);
    let mut shop = MailShop::new();
    let mut read = 0;
    for (name, raw) in all_corpus() {
        for i in 0..60 {
            let mutated = mutate(&raw, &mut rng);
            let result = std::panic::catch_unwind(|| read_message(&mutated));
            assert!(result.is_ok(), "{name}, mutation {i}: reading panicked");
            read += 1;
            if i % 6 == 0 {
                // Recording may refuse nothing either: whatever was read is kept.
                shop.receive(&mutated);
            }
        }
    }
    assert!(read > 900, "enough mutations were read ({read})");
    assert!(shop.count("SELECT count(*) FROM mail_messages") > 50, "mutated mail is recorded, not dropped");
}

/// The header fields of a message, each with its folded continuation lines,
/// as byte ranges of `raw` (line endings included).
fn header_fields(raw: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut fields: Vec<std::ops::Range<usize>> = Vec::new();
    let mut at = 0;
    while at < raw.len() {
        let end = raw[at..].iter().position(|&b| b == b'\n').map_or(raw.len(), |p| at + p + 1);
        let line = &raw[at..end];
        if line == b"\r\n" || line == b"\n" {
            break;
        }
        match (line[0], fields.last_mut()) {
            (b' ' | b'\t', Some(last)) => last.end = end,
            _ => fields.push(at..end),
        }
        at = end;
    }
    fields
}

#[test]
fn duplicated_headers_read_to_a_clear_result_and_never_double_a_message() {
    let mut shop = MailShop::new();
    let mut variants = 0;
    for (name, raw) in all_corpus() {
        let original = read_message(&raw);
        shop.receive(&raw);
        for field in header_fields(&raw) {
            let header = String::from_utf8_lossy(&raw[field.clone()]).to_ascii_lowercase();
            // The field twice in a row, and once more with its own value
            // replaced by another (a second From, a second Message-ID…).
            let mut twice = raw.clone();
            twice.splice(field.end..field.end, raw[field.clone()].iter().copied());
            let colon =
                raw[field.clone()].iter().position(|&b| b == b':').map_or(field.end, |p| field.start + p + 1);
            let other = [
                &raw[..field.start],
                &raw[field.start..colon],
                b" <x@other.example>\r\n",
                &raw[field.start..],
            ]
            .concat();
            for (how, bytes) in [("repeated", &twice), ("repeated with another value", &other)] {
                let what = format!("{name}, {} {how}", header.split(':').next().unwrap_or("?"));
                let read = std::panic::catch_unwind(|| read_message(bytes))
                    .unwrap_or_else(|_| panic!("{what}: reading panicked"));
                variants += 1;
                assert!(!read.message_id.is_empty(), "{what}: the message is known by a key");
                assert_eq!(
                    read.raw_hash,
                    casebook::attachments::hash(bytes),
                    "{what}: its bytes are kept, unchanged"
                );
                assert_eq!(read.raw_size, bytes.len() as u64, "{what}: all of them");
                assert!(!read.subject.is_empty(), "{what}: it has a subject to show");
                if how == "repeated" {
                    // The same field twice says nothing new: the same message, read the same way.
                    for (field_name, same) in [
                        (
                            "message-id:",
                            read.message_id == original.message_id
                                || original.message_id.starts_with("sha256:"),
                        ),
                        ("from:", read.from == original.from),
                        ("subject:", read.subject == original.subject),
                        ("date:", read.date == original.date),
                    ] {
                        if header.starts_with(field_name) {
                            assert!(same, "{what}: read as the original is\n{read:#?}\n{original:#?}");
                        }
                    }
                    if header.starts_with("message-id:") && !original.message_id.starts_with("sha256:") {
                        let again = shop.receive(bytes);
                        assert_eq!(
                            again.recorded,
                            casebook::mail::RecordedAs::AlreadyHere,
                            "{what}: a copy with its Message-ID twice is the message already recorded, never a second one"
                        );
                    }
                }
            }
        }
    }
    assert!(variants > 200, "every header of the corpus was duplicated ({variants} variants)");
}
