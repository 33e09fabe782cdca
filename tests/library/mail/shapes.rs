//! Mail as customers really write it, beyond the first corpus: auto-replies
//! in the five languages with no auto-reply header, header bytes with no
//! charset, long References chains, archives that hide a program, MIME with
//! no closing boundary, stray characters in base64, Dutch and German quoting,
//! a contact form sent from the shop's own address, a reply Outlook threads
//! only by Thread-Index, and the charset label unknown-8bit.

use casebook::mail::{each_attachment, read_message, Noise, RecordedAs};
use casebook::model::*;

use super::{corpus, corpus_replying_to, MailShop};

#[test]
fn auto_replies_are_known_by_their_subject_in_the_five_languages() {
    for file in [
        "auto-nl-afwezig.eml",
        "auto-nl-outlook.eml",
        "auto-de-abwesend.eml",
        "auto-fr-absent.eml",
        "auto-es-fuera.eml",
    ] {
        let mail = read_message(&corpus(file));
        assert_eq!(mail.noise, Some(Noise::AutoReply), "{file} ({}) is an auto-reply", mail.subject);
    }
    for subject in ["Out of stock?", "Absent-minded me: I left my helmet", "Automatic gears on my bike"] {
        let raw =
            format!("From: x@example.test\r\nTo: shop@example.test\r\nSubject: {subject}\r\n\r\nHello\r\n");
        assert_eq!(read_message(raw.as_bytes()).noise, None, "{subject:?} is a person writing");
    }
}

#[test]
fn an_out_of_office_starts_no_response_clock() {
    let mut shop = MailShop::new();
    let case_id = shop.receive(&corpus("ana-first.eml")).case_id.expect("a case");
    shop.reply(&case_id, "Bring it in on Thursday.");
    let r = shop.receive(&corpus("auto-nl-afwezig.eml"));
    assert_eq!(r.recorded, RecordedAs::New);
    let case = shop.store.case_summary(&case_id).unwrap();
    assert_eq!(case.waiting_since, None, "a Dutch out-of-office is not the customer writing again");
    assert_eq!(
        shop.count("SELECT count(*) FROM cases"),
        1,
        "nor does it open a case with a clock of its own"
    );
}

#[test]
fn header_bytes_without_a_charset_are_read_like_the_body() {
    let mail = read_message(&corpus("cp1252-headers.eml"));
    assert_eq!(mail.from.as_ref().map(|f| f.name.as_str()), Some("Jürgen Müller"), "the sender's name");
    assert_eq!(mail.subject, "Schaltung hängt", "the subject");
    assert!(mail.text.contains("Grüße, Jürgen Müller"), "the body, as before: {:?}", mail.text);

    let odd = read_message(&corpus("unknown-8bit.eml"));
    assert_eq!(odd.subject, "Café bikes", "a charset named unknown-8bit is guessed");
    assert!(odd.text.contains("the Café on the corner"), "{:?}", odd.text);
    assert_eq!(odd.from.map(|f| f.name), Some("Café Owner".to_owned()));
}

#[test]
fn a_long_references_chain_keeps_its_first_and_newest_and_threads() {
    let mut shop = MailShop::new();
    let case_id = shop.receive(&corpus("ana-first.eml")).case_id.expect("a case");
    let reply = shop.reply(&case_id, "Bring it in on Thursday.");
    let raw = corpus_replying_to("long-references.eml", &reply.message_id);
    let mail = read_message(&raw);
    assert!(mail.references.len() <= 50, "a bounded chain: {}", mail.references.len());
    assert_eq!(mail.references.first().map(String::as_str), Some("long-1@example.test"), "the first kept");
    assert_eq!(mail.references.last().map(String::as_str), Some("long-60@example.test"), "the newest kept");
    assert!(mail.references.contains(&reply.message_id), "the 56th, which the desk sent, kept");
    let r = shop.receive(&raw);
    assert_eq!(r.case_id.as_deref(), Some(case_id.as_str()), "the answer lands in the case it answers");
}

#[test]
fn an_archive_that_holds_a_program_is_risky() {
    let mut seen = Vec::new();
    each_attachment(&corpus("zip-with-program.eml"), |name, _, bytes| {
        seen.push((name.to_owned(), casebook::attachments::sniff(bytes, name)))
    });
    assert_eq!(seen.len(), 1, "one archive: {seen:?}");
    assert!(seen[0].1.risky, "a zip holding Factuur.pdf.exe is risky: {seen:?}");
    let plain = zip_of(&[("photo.jpg", b"\xff\xd8\xff"), ("notes.txt", b"hello")]);
    assert!(!casebook::attachments::sniff(&plain, "photos.zip").risky, "a zip of photos is not");
    let nested = zip_of(&[("inner.zip", &zip_of(&[("setup.exe", b"MZ")]))]);
    assert!(casebook::attachments::sniff(&nested, "outer.zip").risky, "nor can one hide in a zip in a zip");
    let mut broken = zip_of(&[("setup.exe", b"MZ")]);
    let cut = broken.len() - 30;
    broken.truncate(cut);
    assert!(
        casebook::attachments::sniff(&broken, "broken.zip").risky,
        "a zip that cannot be read is warned about"
    );
}

/// A zip archive of these files, stored without compression.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let mut local = vec![0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        local.extend(crc.to_le_bytes());
        local.extend((data.len() as u32).to_le_bytes());
        local.extend((data.len() as u32).to_le_bytes());
        local.extend((name.len() as u16).to_le_bytes());
        local.extend(0u16.to_le_bytes());
        local.extend(name.as_bytes());
        local.extend(*data);
        out.extend(local);
        let mut entry = vec![0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        entry.extend(crc.to_le_bytes());
        entry.extend((data.len() as u32).to_le_bytes());
        entry.extend((data.len() as u32).to_le_bytes());
        entry.extend((name.len() as u16).to_le_bytes());
        entry.extend([0u8; 12]);
        entry.extend(offset.to_le_bytes());
        entry.extend(name.as_bytes());
        central.extend(entry);
    }
    let start = out.len() as u32;
    out.extend(&central);
    out.extend([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]);
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[test]
fn an_attachment_after_a_missing_closing_boundary_is_still_its_file() {
    let mail = read_message(&corpus("unclosed-pdf.eml"));
    assert_eq!(mail.text, "The invoice is attached.", "the words: {:?}", mail.text);
    let mut seen = Vec::new();
    each_attachment(&corpus("unclosed-pdf.eml"), |name, kind, bytes| {
        seen.push((name.to_owned(), kind.to_owned(), bytes.to_vec()))
    });
    assert_eq!(seen.len(), 1, "{:?}", seen.iter().map(|s| &s.0).collect::<Vec<_>>());
    assert_eq!(seen[0].0, "invoice.pdf");
    assert!(
        seen[0].2.starts_with(b"%PDF-1.4") && seen[0].2.ends_with(b"%%EOF\n"),
        "the PDF itself, decoded, not its base64 text: {:?}",
        String::from_utf8_lossy(&seen[0].2[..seen[0].2.len().min(40)])
    );
    assert_eq!(
        casebook::attachments::sniff(&seen[0].2, "invoice.pdf").kind,
        casebook::attachments::FileKind::Pdf
    );
}

#[test]
fn stray_characters_in_base64_text_are_skipped() {
    let mail = read_message(&corpus("base64-stray.eml"));
    assert!(
        mail.text.contains("the rear wheel wobbles since Saturday"),
        "the customer's words, decoded: {:?}",
        mail.text
    );
    assert!(mail.attachments.is_empty(), "not an unnamed attachment: {:?}", mail.attachments);
}

#[test]
fn dutch_and_german_quoting_is_folded_away() {
    let outlook = read_message(&corpus("outlook-nl-reply.eml"));
    assert_eq!(outlook.text, "Donderdag past mij goed.\n\nMet vriendelijke groet,\nAna", "Outlook in Dutch");
    assert!(outlook.quoted.starts_with("Van: Fietsenwinkel"), "{:?}", outlook.quoted);
    let gmail = read_message(&corpus("gmail-nl-reply.eml"));
    assert_eq!(gmail.text, "Prima, tot donderdag.", "Gmail in Dutch: 'Op … schreef Naam <adres>:'");
    let german = read_message(&corpus("gmail-de-reply.eml"));
    assert_eq!(german.text, "Passt, bis Donnerstag.", "Gmail in German: 'Am … schrieb Name <Adresse>:'");
    for (text, new) in [
        ("Vale.\n\nDe: Taller <shop@example.test>\nEnviado el: miércoles, 11 de marzo de 2026 16:02\nPara: Ana <ana@example.test>\nAsunto: Frenos\n\n¿Cuándo?", "Vale."),
        ("D'accord.\n\nDe : Atelier <shop@example.test>\nEnvoyé : mercredi 11 mars 2026 16:02\nÀ : Ana <ana@example.test>\nObjet : Freins\n\nQuand ?", "D'accord."),
        ("Gut.\n\nVon: Radladen <shop@example.test>\nGesendet: Mittwoch, 11. März 2026 16:02\nAn: Ana <ana@example.test>\nBetreff: Bremsen\n\nWann?", "Gut."),
        ("Goed.\n\nOp 11 mrt. 2026 om 16:02 heeft Fietsenwinkel <shop@example.test> het volgende geschreven:\n\n> Wanneer?", "Goed."),
        ("Bien.\n\nEl mié, 11 mar 2026 a las 16:02, Taller (<shop@example.test>) escribió:\n\n> ¿Cuándo?", "Bien."),
    ] {
        assert_eq!(casebook::mail::fold_quoted(text).0, new, "{text:?}");
    }
}

#[test]
fn a_contact_form_sent_from_the_shops_address_is_the_visitor_writing() {
    let mut shop = MailShop::new();
    let r = shop.receive(&corpus("contact-form.eml"));
    let case_id = r.case_id.expect("the visitor's message opens a case");
    let customer = shop.store.customer(r.customer_id.as_deref().expect("a customer")).unwrap();
    assert_eq!(customer.name, "Lena Brandt", "named from the Reply-To");
    assert_eq!(customer.emails, vec!["lena.brandt@example.test".to_owned()]);
    assert!(shop.store.case_summary(&case_id).unwrap().waiting_since.is_some(), "the response clock runs");
    assert_eq!(
        shop.count("SELECT count(*) FROM events WHERE kind = 'mail_received'"),
        1,
        "recorded as received, not as mail the shop sent"
    );
    let reply = shop.reply(&case_id, "Tuesday at ten?");
    assert_eq!(reply.to, vec!["lena.brandt@example.test".to_owned()], "the answer goes to the visitor");

    // The shop's own mail, with the shop in Reply-To, stays the shop's.
    let own = "From: shop@example.test\r\nReply-To: shop@example.test\r\nTo: ana@example.test\r\nSubject: Your bike\r\nMessage-ID: <own-1@example.test>\r\n\r\nReady.\r\n";
    shop.receive(own.as_bytes());
    assert_eq!(
        shop.count("SELECT count(*) FROM events WHERE kind = 'mail_sent_elsewhere'"),
        1,
        "sent by the shop"
    );
}

#[test]
fn an_outlook_reply_known_only_by_its_thread_index_stays_in_its_case() {
    let mut shop = MailShop::new();
    let first = shop.receive(&corpus("thread-index-first.eml"));
    let case_id = first.case_id.expect("a case");
    let reply = shop.receive(&corpus("thread-index-reply.eml"));
    assert_eq!(
        reply.case_id.as_deref(),
        Some(case_id.as_str()),
        "the same Outlook conversation, the same case"
    );
    // The same conversation index from someone else opens no door.
    let stranger = String::from_utf8_lossy(&corpus("thread-index-reply.eml"))
        .replace("pat@example.test", "mallory@evil.example")
        .replace("DB9PR-second", "DB9PR-evil");
    let r = shop.receive(stranger.as_bytes());
    assert_ne!(r.case_id.as_deref(), Some(case_id.as_str()), "another sender's Thread-Index threads nothing");
}

#[test]
fn our_reply_names_its_own_case_even_in_a_thread_that_began_under_another() {
    let mut shop = MailShop::new();
    let first = shop.receive(&corpus("ana-first.eml")).case_id.expect("a case");
    let other = casebook::mail::case_reference(&first);
    let ctx = shop.ctx();
    let fresh = shop
        .store
        .write(|w| {
            w.open_case(
                &ctx,
                &NewInteraction {
                    customer: CustomerChoice::Existing { id: shop.ana.id.clone() },
                    subject: format!("Re: Brakes squeal on my city bike [case {other}]"),
                    channel: Channel::Email,
                    priority: Priority::Normal,
                    owner_id: None,
                    message: None,
                    expectations: None,
                },
            )
        })
        .unwrap();
    let reply = shop.reply(&fresh.id, "A new case for the gears.");
    let own = casebook::mail::case_reference(&fresh.id);
    assert!(reply.subject.contains(&format!("[case {own}]")), "its own case's reference: {}", reply.subject);
    assert!(!reply.subject.contains(&other), "not the other case's: {}", reply.subject);
}
