//! A mail's words as text: HTML turned into readable text (never rendered:
//! no scripts, no remote images, no styles), text whose character set was
//! left out read by its likely encoding, and the quoted history below a reply
//! folded apart so the new words come first.

/// How wide HTML is laid out as text: wide enough that nothing is wrapped
/// that the sender did not wrap.
const HTML_WIDTH: usize = 10_000;

/// Readable text from an HTML part. Links keep their text, images their alt
/// text; nothing is fetched or run. Quoted history (blockquotes) comes out as
/// `> ` lines, which [`fold_quoted`] then folds.
pub fn html_to_text(html: &str) -> String {
    let config = html2text::config::plain_no_decorate().no_table_borders().link_footnotes(false);
    let text = match config.string_from_read(html.as_bytes(), HTML_WIDTH) {
        Ok(t) => t,
        // A page html2text cannot lay out still has words: strip the tags.
        Err(_) => strip_tags(html),
    };
    tidy(&text)
}

/// Every tag taken out, entities left: the fallback for HTML that cannot be laid out.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Trailing spaces off every line, runs of blank lines made one, no blank
/// lines at either end.
pub(super) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.replace("\r\n", "\n").replace('\r', "\n").lines() {
        let line = line.trim_end().replace('\u{a0}', " ");
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

/// Text whose sender named no character set (or one we do not know) and that
/// is not UTF-8: read with the encoding its bytes most likely are.
pub(super) fn guess_decode(bytes: &[u8]) -> String {
    guess_encoding(bytes).decode(bytes).0.into_owned()
}

/// The encoding these bytes most likely are: UTF-8 when they read as it,
/// else what their letters suggest.
pub(super) fn guess_encoding(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    // ISO-2022-JP is all 7-bit: valid UTF-8 that shifts into Japanese.
    let shifts = bytes.windows(2).any(|w| w == b"\x1b$" || w == b"\x1b(");
    if std::str::from_utf8(bytes).is_ok() && !shifts {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// Splits a mail's text into what was written now and the quoted history
/// below it: from the first line that starts a quote (the "On … wrote:" line
/// of Gmail and Apple Mail, the "From: … Sent: …" block or "Original
/// Message" line of Outlook, or a closing run of `>` lines). Mail that only
/// answers between quoted lines keeps everything. Forwarded mail keeps the
/// forwarded message: that is what was sent.
pub fn fold_quoted(text: &str) -> (String, String) {
    let lines: Vec<&str> = text.lines().collect();
    let Some(at) = quote_start(&lines) else {
        return (text.trim().to_owned(), String::new());
    };
    // Outlook draws a line of underscores above its header block.
    let mut end = at;
    while end > 0 && is_rule(lines[end - 1]) {
        end -= 1;
    }
    let new = tidy(&lines[..end].join("\n"));
    let quoted = tidy(&lines[at..].join("\n"));
    if new.is_empty() {
        // Nothing above the quote: the quote is what there is to read.
        return (quoted, String::new());
    }
    (new, quoted)
}

/// A line that only draws a line (or is blank).
fn is_rule(line: &str) -> bool {
    line.trim().chars().all(|c| matches!(c, '_' | '-' | '=' | '\u{2014}' | '\u{2500}'))
}

fn quote_start(lines: &[&str]) -> Option<usize> {
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if is_forward_marker(line) {
            return None;
        }
        if is_original_marker(line) || is_outlook_header_block(lines, i) {
            return Some(i);
        }
        if is_attribution(line) && rest_is_quote(lines, i + 1) {
            return Some(i);
        }
        // Gmail wraps a long "On … wrote:" line in two.
        if i + 1 < lines.len()
            && starts_attribution(line)
            && lines[i + 1].trim_end().ends_with(':')
            && is_attribution(&format!("{line} {}", lines[i + 1].trim()))
            && rest_is_quote(lines, i + 2)
        {
            return Some(i);
        }
        if line.starts_with('>') && rest_is_quote(lines, i) {
            return Some(i);
        }
    }
    None
}

/// Only quoted or blank lines from `from` on (a signature-free bottom).
fn rest_is_quote(lines: &[&str], from: usize) -> bool {
    let rest = &lines[from.min(lines.len())..];
    rest.iter().any(|l| l.trim_start().starts_with('>'))
        && rest.iter().all(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('>')
        })
}

fn starts_attribution(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["on ", "le ", "am ", "el ", "il ", "op ", "em "].iter().any(|p| lower.starts_with(p))
}

/// "On Tue, 3 Mar 2026 at 10:15, Ana <ana@example.com> wrote:" and its
/// French, German, Spanish, Italian, Dutch and Portuguese forms, as Gmail,
/// Apple Mail and Outlook write them: the verb may come before the sender
/// ("Op … schreef Naam <adres>:", "Am … schrieb Name <Adresse>:") or be a
/// phrase ("heeft … het volgende geschreven:").
fn is_attribution(line: &str) -> bool {
    let lower = line.to_lowercase();
    if !lower.ends_with(':') || line.chars().count() > 400 {
        return false;
    }
    let verbs = [
        " wrote",
        " a écrit",
        " schrieb",
        " escribió",
        " ha scritto",
        " schreef",
        " geschreven",
        " escreveu",
    ];
    starts_attribution(line) && verbs.iter().any(|v| lower.contains(v))
}

fn is_original_marker(line: &str) -> bool {
    let lower = line.to_lowercase();
    let core = lower.trim_matches(|c: char| c == '-' || c == '_' || c.is_whitespace());
    ["original message", "ursprüngliche nachricht", "message d'origine", "mensaje original"].contains(&core)
        && line.contains("--")
}

fn is_forward_marker(line: &str) -> bool {
    let lower = line.to_lowercase();
    (lower.contains("forwarded message") || lower.starts_with("begin forwarded message"))
        && (line.contains("--") || lower.starts_with("begin forwarded message"))
}

/// Outlook's reply header: "From: …" with "Sent: …" (or "Date: …") and
/// "To:" or "Subject:" right after it, in the five languages (and with the
/// space French puts before a colon).
fn is_outlook_header_block(lines: &[&str], i: usize) -> bool {
    let field = |l: &str, names: &[&str]| {
        let lower = l.trim().trim_start_matches('*').to_lowercase().replace(" :", ":");
        names.iter().any(|n| lower.starts_with(n))
    };
    if !field(lines[i], &["from:", "von:", "de:", "van:"]) {
        return false;
    }
    let next: Vec<&str> = lines[i + 1..].iter().take(4).copied().collect();
    let sent = [
        "sent:",
        "date:",
        "gesendet:",
        "datum:",
        "envoyé:",
        "enviado:",
        "enviado el:",
        "fecha:",
        "verzonden:",
    ];
    let to_or_subject =
        ["to:", "subject:", "an:", "betreff:", "objet:", "à:", "para:", "asunto:", "aan:", "onderwerp:"];
    next.iter().any(|l| field(l, &sent)) && next.iter().any(|l| field(l, &to_or_subject))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_text_without_markup_or_scripts() {
        let html = "<html><head><style>p{color:red}</style><script>alert(1)</script></head>\
                    <body><p>Hello <b>there</b></p><img src=\"http://tracker.example/x.png\" alt=\"logo\">\
                    <p>Second&nbsp;line</p></body></html>";
        let text = html_to_text(html);
        assert!(text.contains("Hello there"), "the words stay: {text:?}");
        assert!(text.contains("Second line"), "entities become characters: {text:?}");
        assert!(!text.contains("alert") && !text.contains("color"), "no script or style text: {text:?}");
        assert!(!text.contains("tracker.example"), "no remote address of an image: {text:?}");
    }

    #[test]
    fn a_gmail_reply_folds_its_quote_even_when_the_attribution_wraps() {
        let text = "Thanks, that works.\n\nOn Tue, 3 Mar 2026 at 10:15, Bike Shop <shop@example.com>\nwrote:\n\n> Your bike is ready.\n> Kind regards";
        let (new, quoted) = fold_quoted(text);
        assert_eq!(new, "Thanks, that works.", "only the new words on top");
        assert!(quoted.starts_with("On Tue") && quoted.contains("> Your bike is ready."), "{quoted:?}");
    }

    #[test]
    fn an_outlook_reply_folds_from_its_header_block() {
        let text = "Fine by me.\n\nFrom: Bike Shop <shop@example.com>\nSent: Tuesday, March 3, 2026 10:15 AM\nTo: Ana <ana@example.com>\nSubject: RE: Brakes\n\nYour bike is ready.";
        let (new, quoted) = fold_quoted(text);
        assert_eq!(new, "Fine by me.");
        assert!(quoted.starts_with("From: Bike Shop"), "{quoted:?}");
    }

    #[test]
    fn inline_answers_and_forwards_keep_everything() {
        let inline = "> When can you come?\nTuesday.\n> And the colour?\nRed.";
        assert_eq!(fold_quoted(inline).1, "", "answers between quotes are not folded away");
        let fwd = "FYI\n\n---------- Forwarded message ---------\nFrom: Bob <bob@example.com>\nDate: Mon\nSubject: Wheels\nTo: Ana\n\nThe wheel is bent.";
        assert!(fold_quoted(fwd).0.contains("The wheel is bent."), "a forwarded message is the message");
    }

    #[test]
    fn text_without_a_charset_is_read_by_its_likely_encoding() {
        let latin1 = b"Caf\xe9 cr\xe8me, gar\xe7on";
        assert_eq!(guess_decode(latin1), "Café crème, garçon", "ISO-8859-1 / Windows-1252 bytes");
        assert_eq!(guess_decode("naïve".as_bytes()), "naïve", "UTF-8 stays as it is");
    }
}
