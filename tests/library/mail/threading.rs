//! Threading and customer matching on the corpus: replies from Gmail,
//! Outlook and Apple Mail land in the case they answer; our own replies are
//! threaded on; a familiar name with another address is someone else; noise
//! opens and reopens nothing; nothing is ever recorded twice.

use casebook::mail::{MailReplyInput, RecordedAs};
use casebook::model::*;

use super::{corpus, corpus_replying_to, incoming, MailShop};

fn case_of(shop: &MailShop, event_id: &str) -> Option<String> {
    shop.store
        .connection()
        .query_row("SELECT case_id FROM events WHERE id = ?1", [event_id], |r| r.get(0))
        .unwrap()
}

fn status(shop: &MailShop, case_id: &str) -> CaseStatus {
    shop.store.case_summary(case_id).unwrap().status
}

#[test]
fn a_conversation_from_three_mail_programs_stays_in_one_case() {
    let mut shop = MailShop::new();
    let first = shop.receive(&corpus("ana-first.eml"));
    assert_eq!(first.recorded, RecordedAs::New);
    assert_eq!(
        first.customer_id.as_deref(),
        Some(shop.ana.id.as_str()),
        "matched by address, whatever its case"
    );
    let case_id = first.case_id.clone().expect("a new email case");
    let case = shop.store.case_summary(&case_id).unwrap();
    assert_eq!((case.channel, case.status), (Channel::Email, CaseStatus::Open), "an open email case");
    assert!(case.waiting_since.is_some() && case.due.is_some(), "its response clock runs like any message's");
    assert_eq!(case.subject, "Brakes squeal on my city bike");

    for file in ["gmail-reply.eml", "outlook-reply.eml", "apple-mail-reply.eml"] {
        let r = shop.receive(&corpus(file));
        assert_eq!(r.case_id.as_deref(), Some(case_id.as_str()), "{file} threads into the case it answers");
    }
    assert_eq!(shop.count("SELECT count(*) FROM customers"), 1, "no customer was made for Ana's own mail");
    let again = shop.receive(&corpus("gmail-reply.eml"));
    assert_eq!(again.recorded, RecordedAs::AlreadyHere, "fetched again: recognised");
    assert_eq!(shop.count("SELECT count(*) FROM events WHERE kind = 'mail_received'"), 4, "nothing doubled");
}

#[test]
fn our_reply_threads_and_the_answer_to_it_lands_in_the_same_case() {
    let mut shop = MailShop::new();
    let case_id = shop.receive(&corpus("ana-first.eml")).case_id.unwrap();
    shop.receive(&corpus("gmail-reply.eml"));
    let ctx = shop.ctx();
    let input = MailReplyInput {
        case_id: case_id.clone(),
        body: "Bring it in on Thursday.".into(),
        ..Default::default()
    };
    let entry = shop.store.write(|w| w.reply_by_mail(&ctx, &input)).unwrap();
    let MailEvent::MailReply { reply } = serde_json::from_str::<MailEvent>(entry.payload.as_str()).unwrap()
    else {
        panic!("a mail reply")
    };
    let reference = casebook::mail::case_reference(&case_id);
    assert_eq!(reply.to, vec!["ana@example.test".to_owned()], "to the address the customer wrote from");
    assert_eq!(
        reply.subject,
        format!("Re: Brakes squeal on my city bike [case {reference}]"),
        "Re: and the case reference"
    );
    assert_eq!(
        reply.in_reply_to.as_deref(),
        Some("CAF2nd=ana-brakes@mail.gmail.com"),
        "answers the latest mail"
    );
    assert!(
        reply.references.contains(&"CAF1st=ana-brakes@mail.gmail.com".to_owned()),
        "the whole chain: {:?}",
        reply.references
    );
    assert!(reply.message_id.starts_with(&entry.id), "its Message-ID comes from its event id");
    let case = shop.store.case_summary(&case_id).unwrap();
    assert_eq!(case.waiting_since, None, "a reply by mail answers the customer");
    let outbox = shop.store.mail_outbox(true, 10).unwrap();
    assert_eq!((outbox.len(), outbox[0].status), (1, OutboxStatus::Waiting), "it waits in the outbox");

    let bytes = casebook::mail::outgoing_message(&reply, "shop@example.test", 1_772_000_000_000).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains(&format!("Message-ID: <{}>", reply.message_id)), "{text}");
    assert!(text.contains("In-Reply-To: <CAF2nd=ana-brakes@mail.gmail.com>"), "{text}");

    let answer = format!(
        "From: Ana <ana@example.test>\r\nTo: shop@example.test\r\nSubject: Thursday it is\r\nMessage-ID: <ana-3@example.test>\r\nIn-Reply-To: <{}>\r\n\r\nGreat, thanks.\r\n",
        reply.message_id
    );
    let r = shop.receive(answer.as_bytes());
    assert_eq!(r.case_id.as_deref(), Some(case_id.as_str()), "an answer to our reply lands in its case");

    let by_subject = format!(
        "From: ana@example.test\r\nTo: shop@example.test\r\nSubject: About the brakes [case {reference}]\r\nMessage-ID: <ana-4@example.test>\r\n\r\nOne more thing.\r\n"
    );
    let r = shop.receive(by_subject.as_bytes());
    assert_eq!(
        r.case_id.as_deref(),
        Some(case_id.as_str()),
        "no headers, but the case reference in the subject"
    );
    let stranger =
        by_subject.replace("From: ana@example.test", "From: mallory@evil.example").replace("ana-4", "evil-4");
    let r = shop.receive(stranger.as_bytes());
    assert_ne!(
        r.case_id.as_deref(),
        Some(case_id.as_str()),
        "a case reference from someone else's address opens no door"
    );
}

#[test]
fn a_familiar_name_with_another_address_is_someone_else() {
    let mut shop = MailShop::new();
    shop.receive(&corpus("ana-first.eml"));
    let r = shop.receive(&corpus("imitation.eml"));
    let who = r.customer_id.unwrap();
    assert_ne!(who, shop.ana.id, "matching is by address only");
    let customer = shop.store.customer(&who).unwrap();
    assert_eq!(customer.name, "Ana Costa", "named from the From header");
    assert_eq!(customer.emails, vec!["ana.costa.refunds@evil.example".to_owned()], "with the address shown");
}

#[test]
fn noise_opens_nothing_reopens_nothing_and_a_bounce_fails_the_reply() {
    let mut shop = MailShop::new();
    let case_id = shop.receive(&corpus("ana-first.eml")).case_id.unwrap();
    let ctx = shop.ctx();
    let input =
        MailReplyInput { case_id: case_id.clone(), body: "Ready on Thursday.".into(), ..Default::default() };
    let entry = shop.store.write(|w| w.reply_by_mail(&ctx, &input)).unwrap();
    let message_id: String = shop
        .store
        .connection()
        .query_row("SELECT message_id FROM mail_outbox WHERE event_id = ?1", [&entry.id], |r| r.get(0))
        .unwrap();
    let update =
        CaseUpdate { case_id: case_id.clone(), status: Some(CaseStatus::Resolved), ..CaseUpdate::default() };
    shop.store.write(|w| w.update_case(&ctx, &update)).unwrap();

    let auto = shop.receive(&corpus_replying_to("auto-reply.eml", &message_id));
    assert_eq!(
        auto.case_id.as_deref(),
        Some(case_id.as_str()),
        "an auto-reply is shown on the case it answers"
    );
    assert_eq!(status(&shop, &case_id), CaseStatus::Resolved, "but never reopens it");
    let ooo = shop.receive(&corpus("out-of-office-no-headers.eml"));
    assert_eq!(
        (ooo.customer_id.as_deref(), ooo.case_id.as_deref()),
        (Some(shop.ana.id.as_str()), None),
        "unthreaded: on the customer, no case"
    );
    assert_eq!(shop.count("SELECT count(*) FROM cases"), 1, "noise opened no case");

    let bounce = shop.receive(&corpus_replying_to("bounce-dsn.eml", &message_id));
    assert_eq!(bounce.case_id.as_deref(), Some(case_id.as_str()), "the bounce is shown on the reply's case");
    let state = &shop.store.mail_reply_states(std::slice::from_ref(&entry.id)).unwrap()[0];
    assert_eq!(state.status, OutboxStatus::Failed, "a bounce marks the reply it bounces as failed");
    assert!(
        state.error.as_deref().unwrap_or_default().contains("User unknown"),
        "with the server's words: {:?}",
        state.error
    );
    assert_eq!(status(&shop, &case_id), CaseStatus::Resolved, "and reopens nothing");
}

#[test]
fn mail_without_a_sender_belongs_to_nobody_and_is_listed() {
    let mut shop = MailShop::new();
    let r = shop.receive(&corpus("no-from.eml"));
    assert_eq!((r.customer_id, r.case_id), (None, None), "no customer is made up");
    let unfiled = shop.store.unfiled_mail(10).unwrap();
    assert_eq!(unfiled.len(), 1, "the Mailbox page lists it");
    assert_eq!(unfiled[0].subject, "Who sent this?");
    assert!(shop.store.mailbox_info().unwrap().unfiled.len() == 1, "in the page's state too");
}

#[test]
fn old_mail_is_history_and_sent_mail_and_our_own_copies_are_recognised() {
    let mut shop = MailShop::new();
    // Arrived a month before the mailbox was connected (2026-03-01).
    let old = incoming(
        &corpus("html-only.eml"),
        Some(casebook::clock::to_ms(casebook::clock::parse("2026-01-20T10:00:00Z").unwrap())),
    );
    let r = shop.store.write(|w| w.record_mail(&old, false, None)).unwrap();
    assert_eq!(status(&shop, &r.case_id.unwrap()), CaseStatus::Closed, "old mail opens no case in the queue");

    let sent = "From: Bike Shop <shop@example.test>\r\nTo: Pat <pat@example.test>\r\nSubject: Your quote\r\nMessage-ID: <sent-1@example.test>\r\n\r\nA new chain is 25 euros.\r\n";
    let r = shop.store.write(|w| w.record_mail(&incoming(sent.as_bytes(), None), true, None)).unwrap();
    let kind: String = shop
        .store
        .connection()
        .query_row("SELECT kind FROM events WHERE id = ?1", [&r.event_id], |x| x.get(0))
        .unwrap();
    assert_eq!(kind, "mail_sent_elsewhere", "mail from the Sent folder is ours, to the customer it went to");
    let case = shop.store.case_summary(&case_of(&shop, &r.event_id).unwrap()).unwrap();
    assert_eq!((case.customer_name.as_str(), case.waiting_since), ("Pat", None), "and it answers them");

    let case_id = shop.receive(&corpus("ana-first.eml")).case_id.unwrap();
    let ctx = shop.ctx();
    let entry = shop
        .store
        .write(|w| {
            w.reply_by_mail(&ctx, &MailReplyInput { case_id, body: "Yes.".into(), ..Default::default() })
        })
        .unwrap();
    let message_id: String = shop
        .store
        .connection()
        .query_row("SELECT message_id FROM mail_outbox WHERE event_id = ?1", [&entry.id], |r| r.get(0))
        .unwrap();
    let copy = format!("From: shop@example.test\r\nTo: ana@example.test\r\nSubject: Re\r\nMessage-ID: <{message_id}>\r\n\r\nYes.\r\n");
    let r = shop.receive(copy.as_bytes());
    assert_eq!(r.recorded, RecordedAs::OurReply, "our own copy is not a new mail");
    let state = &shop.store.mail_reply_states(std::slice::from_ref(&entry.id)).unwrap()[0];
    assert_eq!(state.status, OutboxStatus::Sent, "the copy proves it went out");
}
