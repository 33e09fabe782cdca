//! What the mail desk sends (src/mail/rules.rs). A reply event may be written
//! at any desk, and a desk may be broken or hostile: the mail desk sends a
//! reply only from the shop's own address, on a case of its customer, to the
//! customer's addresses or to ones a person typed. Anything else is refused,
//! with why, on the case, and the SMTP server never sees it. Against the real
//! test servers, and (the rules alone) on a database in memory.

use std::path::Path;

use casebook::core::{Origin, RawJson};
use casebook::mail::{MailEvent, MailRefusal, MailReplyInput, OutgoingMail};
use casebook::model::*;
use casebook::{clock, ids, Ctx, Db, ErrorCode};

use super::servers::{address, check, desk, message, reply, reply_to, Servers};
use super::MailShop;

/// How many messages the SMTP server delivered, to anyone at all: every
/// mailbox's files (the shop's blind copies included).
fn delivered(servers: &Servers) -> usize {
    fn walk(dir: &Path, out: &mut usize) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            if matches!(path.file_name().and_then(|n| n.to_str()), Some("new" | "cur")) {
                *out += std::fs::read_dir(&path).map(|d| d.count()).unwrap_or(0);
            } else {
                walk(&path, out);
            }
        }
    }
    let mut count = 0;
    walk(&Path::new(&servers.dir).join("mail"), &mut count);
    count
}

/// The mail desk with one email case: Ana wrote to the shop.
struct Scene {
    servers: Servers,
    _dir: tempfile::TempDir,
    db: Db,
    shop: String,
    ana: String,
    case_id: String,
    customer_id: String,
    olga: String,
}

async fn scene() -> Scene {
    let servers = Servers::start();
    let (shop, ana) = (address("shop"), address("ana"));
    let (dir, db) = desk(&servers, &shop).await;
    let first = format!("{}@example.test", ids::new_id());
    servers.deliver(&ana, &[&shop], &message(&ana, &shop, "Gears", &first, "", "My gears slip.")).await;
    assert_eq!(check(&db).await.recorded, 1, "Ana's mail is recorded");
    let case = db.read(|s| Ok(s.queue(None, 1)?.cases[0].clone())).await.unwrap();
    let olga = db.read(|s| s.list_staff()).await.unwrap()[0].id.clone();
    Scene { servers, _dir: dir, db, shop, ana, case_id: case.id, customer_id: case.customer_id, olga }
}

/// A reply as a desk wrote it: every header its event fixes.
fn outgoing(id: &str, from: &str, to: &[&str], typed: &[&str]) -> OutgoingMail {
    OutgoingMail {
        message_id: format!("{id}.casebook@example.test"),
        from: from.into(),
        to: to.iter().map(|t| t.to_string()).collect(),
        subject: "Re: Gears".into(),
        body: "Please confirm your card number here.".into(),
        in_reply_to: None,
        references: Vec::new(),
        typed: typed.iter().map(|t| t.to_string()).collect(),
    }
}

/// A reply event another desk wrote (by `staff`, or by nobody), received
/// here through sync. Returns its id.
async fn from_another_desk(
    db: &Db,
    staff: Option<&str>,
    customer_id: &str,
    case_id: &str,
    reply: impl FnOnce(&str) -> OutgoingMail,
) -> String {
    let id = ids::new_id();
    let payload = serde_json::to_string(&MailEvent::MailReply { reply: Box::new(reply(&id)) }).unwrap();
    let event = LoggedEvent {
        id: id.clone(),
        desk_id: "0190aaaa-0000-7000-8000-00000000beef".into(),
        hlc: Some(clock::to_ms(clock::now()) << 16),
        staff_id: staff.map(str::to_owned),
        at: clock::now(),
        customer_id: Some(customer_id.into()),
        case_id: Some(case_id.into()),
        payload: RawJson::new(payload).unwrap(),
    };
    db.write(move |s| s.write(|w| w.receive(&[event], Origin::Shared).map(drop))).await.unwrap();
    id
}

async fn state(db: &Db, reply_id: &str) -> OutboxItem {
    let id = reply_id.to_owned();
    let states = db.read(move |s| s.mail_reply_states(&[id])).await.unwrap();
    states.into_iter().next().expect("the reply is in the outbox")
}

/// The refusal recorded for a reply on its case: why, and the address at fault.
async fn refusal(db: &Db, case_id: &str, reply_id: &str) -> Option<(MailRefusal, Option<String>)> {
    let case = case_id.to_owned();
    let page = db.read(move |s| s.case_timeline(&case, None, 200)).await.unwrap();
    page.entries.iter().find_map(|e| match serde_json::from_str::<MailEvent>(e.payload.as_str()) {
        Ok(MailEvent::MailRefused { reply_id: r, why, address, .. }) if r == reply_id => Some((why, address)),
        _ => None,
    })
}

fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    raw.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_from_another_desk_with_a_forged_from_is_refused_and_never_sent() {
    let s = scene().await;
    let before = delivered(&s.servers);
    let forged = from_another_desk(&s.db, Some(&s.olga), &s.customer_id, &s.case_id, |id| {
        outgoing(id, "Bank Security <security@bank.example>", &[&s.ana], &[])
    })
    .await;
    let report = check(&s.db).await;
    assert_eq!((report.sent, report.refused), (0, 1), "the forged reply is refused, not sent: {report:?}");
    assert_eq!(delivered(&s.servers), before, "the SMTP server received nothing: no mail to Ana, no copy");
    assert!(s.servers.inbox(&s.ana).await.is_empty(), "Ana got no mail in the bank's name");

    let item = state(&s.db, &forged).await;
    assert_eq!(item.status, OutboxStatus::Failed, "every desk sees it not sent, for good");
    let error = item.error.unwrap_or_default();
    assert!(
        error.contains("security@bank.example") && error.contains(&s.shop),
        "the outbox says why, naming both addresses: {error}"
    );
    assert_eq!(
        refusal(&s.db, &s.case_id, &forged).await,
        Some((MailRefusal::NotShopAddress, Some("Bank Security <security@bank.example>".into()))),
        "the refusal is on the case, with why"
    );
    let report = check(&s.db).await;
    assert_eq!((report.sent, report.refused), (0, 0), "a refused reply is not tried again by itself");
    assert_eq!(delivered(&s.servers), before, "still nothing sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_to_a_strangers_address_nobody_typed_is_refused_and_never_sent() {
    let s = scene().await;
    let mallory = address("mallory");
    let before = delivered(&s.servers);
    // From the shop's address, by a staff member, but to an address neither
    // the customer's nor typed into the reply.
    let untyped = from_another_desk(&s.db, Some(&s.olga), &s.customer_id, &s.case_id, |id| {
        outgoing(id, &s.shop, &[&mallory], &[])
    })
    .await;
    // Said to be typed, but by nobody: a desk's own event is no person.
    let by_nobody = from_another_desk(&s.db, None, &s.customer_id, &s.case_id, |id| {
        outgoing(id, &s.shop, &[&s.ana, &mallory], &[&mallory])
    })
    .await;
    let report = check(&s.db).await;
    assert_eq!((report.sent, report.refused), (0, 2), "both are refused, neither sent: {report:?}");
    assert_eq!(delivered(&s.servers), before, "the SMTP server received nothing");
    assert!(s.servers.inbox(&mallory).await.is_empty(), "the stranger got nothing");
    assert!(s.servers.inbox(&s.ana).await.is_empty(), "nor the customer beside them");
    for id in [&untyped, &by_nobody] {
        assert_eq!(
            refusal(&s.db, &s.case_id, id).await,
            Some((MailRefusal::StrangerAddress, Some(mallory.clone()))),
            "refused on the case, naming the stranger's address"
        );
        let item = state(&s.db, id).await;
        assert_eq!(item.status, OutboxStatus::Failed, "not sent, for good");
        assert!(item.error.unwrap_or_default().contains(&mallory), "the outbox names the address");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_on_a_case_that_does_not_exist_or_is_not_its_customers_is_never_sent() {
    let s = scene().await;
    let before = delivered(&s.servers);
    let olga = s.olga.clone();
    let other_case =
        s.db.write(move |st| {
            st.write(|w| {
                let ctx = Ctx::staff(&olga);
                let bob = w.create_customer(
                    &ctx,
                    &NewCustomer { name: "Bob Other".into(), ..NewCustomer::default() },
                    false,
                )?;
                w.open_case(
                    &ctx,
                    &NewInteraction {
                        customer: CustomerChoice::Existing { id: bob.id },
                        subject: "Bell".into(),
                        channel: Channel::Email,
                        priority: Priority::Normal,
                        owner_id: None,
                        message: None,
                        expectations: None,
                    },
                )
            })
        })
        .await
        .unwrap();
    let nowhere = ids::new_id();
    let on_nothing = from_another_desk(&s.db, Some(&s.olga), &s.customer_id, &nowhere, |id| {
        outgoing(id, &s.shop, &[&s.ana], &[])
    })
    .await;
    let on_bobs = from_another_desk(&s.db, Some(&s.olga), &s.customer_id, &other_case.id, |id| {
        outgoing(id, &s.shop, &[&s.ana], &[])
    })
    .await;
    let set_aside = s.db.read(|st| st.set_aside_ids(None)).await.unwrap();
    for id in [&on_nothing, &on_bobs] {
        assert!(set_aside.contains(id), "a reply on no case of its customer's is set aside, never applied");
    }
    let report = check(&s.db).await;
    assert_eq!(
        (report.sent, report.failed, report.refused),
        (0, 0, 0),
        "nothing waits to be sent: {report:?}"
    );
    assert_eq!(delivered(&s.servers), before, "the SMTP server received nothing");
    let ids = vec![on_nothing, on_bobs];
    let states = s.db.read(move |st| st.mail_reply_states(&ids)).await.unwrap();
    assert!(states.is_empty(), "neither is in the outbox: {states:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_to_the_customers_addresses_and_to_typed_ones_go_out_from_the_shops_address() {
    let s = scene().await;
    let (bob, carol, ana_work) = (address("bob"), address("carol"), address("ana-work"));
    // Ana's work address is on her profile: one of the customer's addresses.
    let (customer, olga) = (s.customer_id.clone(), s.olga.clone());
    let patch =
        CustomerPatch { emails: Some(vec![s.ana.clone(), ana_work.clone()]), ..CustomerPatch::default() };
    s.db.write(move |st| st.write(|w| w.update_customer(&Ctx::staff(&olga), &customer, &patch).map(drop)))
        .await
        .unwrap();

    let to_her = reply(&s.db, &s.case_id, "We will adjust them.").await;
    let typed = reply_to(&s.db, &s.case_id, "Copy for the mechanic.", &[&bob]).await;
    let to_work = reply_to(&s.db, &s.case_id, "At work too.", &[&ana_work]).await;
    // From another desk: typed there by Olga, and a From in other letters.
    let typed_elsewhere = from_another_desk(&s.db, Some(&s.olga), &s.customer_id, &s.case_id, |id| {
        outgoing(id, &s.shop, &[&carol], &[&carol])
    })
    .await;
    let shouted = from_another_desk(&s.db, Some(&s.olga), &s.customer_id, &s.case_id, |id| {
        outgoing(id, &s.shop.to_uppercase(), &[&s.ana], &[])
    })
    .await;

    let report = check(&s.db).await;
    assert_eq!((report.sent, report.refused, report.failed), (5, 0, 0), "all five go out: {report:?}");
    for (who, count) in [(&s.ana, 2), (&bob, 1), (&carol, 1), (&ana_work, 1)] {
        let inbox = s.servers.inbox(who).await;
        assert_eq!(inbox.len(), count, "{who} gets exactly the replies addressed to them");
        for raw in inbox {
            let raw = String::from_utf8_lossy(&raw).into_owned();
            assert_eq!(
                header(&raw, "From").map(|f| f.trim_matches(|c| c == '<' || c == '>')),
                Some(s.shop.as_str()),
                "from the shop's address as the mail desk has it, whatever the event said: {raw}"
            );
        }
    }
    for id in [&to_her.id, &typed.id, &to_work.id, &typed_elsewhere, &shouted] {
        assert_eq!(state(&s.db, id).await.status, OutboxStatus::Sent, "every desk sees it sent");
    }

    let typed_of = |entry: &TimelineEntry| match serde_json::from_str::<MailEvent>(entry.payload.as_str()) {
        Ok(MailEvent::MailReply { reply }) => (reply.to, reply.typed),
        other => panic!("a reply entry: {other:?}"),
    };
    let id = typed.id.clone();
    let entry = s.db.read(move |st| st.entry(&id)).await.unwrap();
    assert_eq!(typed_of(&entry), (vec![bob.clone()], vec![bob.clone()]), "the entry shows who typed what");
    assert_eq!(typed_of(&to_her).1, Vec::<String>::new(), "the customer's own address is not typed");
    assert_eq!(typed_of(&to_work).1, Vec::<String>::new(), "nor one from her profile");
}

// ----- the rules alone, on a database in memory ------------------------------

fn email_case(shop: &mut MailShop) -> String {
    let (ctx, ana) = (shop.ctx(), shop.ana.id.clone());
    shop.store
        .write(|w| {
            w.open_case(
                &ctx,
                &NewInteraction {
                    customer: CustomerChoice::Existing { id: ana },
                    subject: "Saddle".into(),
                    channel: Channel::Email,
                    priority: Priority::Normal,
                    owner_id: None,
                    message: Some("It creaks".into()),
                    expectations: None,
                },
            )
        })
        .unwrap()
        .id
}

fn write_reply(shop: &mut MailShop, case_id: &str, to: &[&str]) -> casebook::Result<OutgoingMail> {
    let ctx = shop.ctx();
    let input = MailReplyInput {
        case_id: case_id.into(),
        body: "Noted.".into(),
        to: to.iter().map(|t| t.to_string()).collect(),
    };
    let entry = shop.store.write(|w| w.reply_by_mail(&ctx, &input))?;
    match serde_json::from_str::<MailEvent>(entry.payload.as_str()).unwrap() {
        MailEvent::MailReply { reply } => Ok(*reply),
        other => panic!("a reply: {other:?}"),
    }
}

fn reply_id(reply: &OutgoingMail) -> String {
    reply.message_id.split('.').next().unwrap().to_owned()
}

#[test]
fn a_person_typing_addresses_has_them_checked_and_kept_apart_from_the_customers() {
    let mut shop = MailShop::new();
    let case_id = email_case(&mut shop);
    let err = write_reply(&mut shop, &case_id, &["ana@example.test", "not an address"]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "a typed address must be an address: {err}");
    assert!(matches!(err, casebook::Error::Invalid { field: "to", .. }), "the To field is named: {err:?}");
    assert_eq!(shop.count("SELECT count(*) FROM mail_outbox"), 0, "nothing was written");

    let reply =
        write_reply(&mut shop, &case_id, &[" ana@example.test ", "Bob@Example.test", "bob@example.test"])
            .unwrap();
    assert_eq!(reply.to, ["ana@example.test", "Bob@Example.test"], "each address once, as typed");
    assert_eq!(reply.typed, ["Bob@Example.test"], "only the address that is not the customer's is typed");
    assert_eq!(reply.from, "shop@example.test", "from the shop's address");

    let default = write_reply(&mut shop, &case_id, &[]).unwrap();
    assert_eq!(
        (default.to, default.typed),
        (vec!["Ana@Example.test".to_owned()], vec![]),
        "the customer's own"
    );
}

#[test]
fn the_mail_desk_judges_a_reply_by_the_customers_addresses_as_they_stand_when_it_sends() {
    let mut shop = MailShop::new();
    let case_id = email_case(&mut shop);
    let (ctx, ana) = (shop.ctx(), shop.ana.id.clone());
    let with_work = CustomerPatch {
        emails: Some(vec!["Ana@Example.test".into(), "ana@work.example".into()]),
        ..CustomerPatch::default()
    };
    shop.store.write(|w| w.update_customer(&ctx, &ana, &with_work).map(drop)).unwrap();
    let to_work = write_reply(&mut shop, &case_id, &["ana@work.example"]).unwrap();
    assert!(to_work.typed.is_empty(), "her profile's address is the customer's, not typed");
    let typed = write_reply(&mut shop, &case_id, &["mechanic@example.test"]).unwrap();

    // Before it is sent, the work address leaves her profile.
    let without = CustomerPatch { emails: Some(vec!["Ana@Example.test".into()]), ..CustomerPatch::default() };
    shop.store.write(|w| w.update_customer(&ctx, &ana, &without).map(drop)).unwrap();

    let judged = shop.store.write(|w| w.judge_reply(&reply_id(&to_work), "shop@example.test")).unwrap();
    assert_eq!(judged, Some(MailRefusal::StrangerAddress), "no longer the customer's, and nobody typed it");
    let judged = shop.store.write(|w| w.judge_reply(&reply_id(&typed), "SHOP@example.test")).unwrap();
    assert_eq!(judged, None, "a typed address goes, from the shop's address in any letters");
    let judged = shop.store.write(|w| w.judge_reply(&reply_id(&typed), "other@example.test")).unwrap();
    assert_eq!(judged, Some(MailRefusal::NotShopAddress), "a mail desk with another address refuses it");

    let states = shop.store.mail_reply_states(&[reply_id(&to_work), reply_id(&typed)]).unwrap();
    assert!(states.iter().all(|s| s.status == OutboxStatus::Failed), "both recorded as not sent: {states:?}");
    let judged = shop.store.write(|w| w.judge_reply(&reply_id(&typed), "shop@example.test")).unwrap();
    assert_eq!(judged, None, "a reply that no longer waits is not judged again");
    assert_eq!(
        shop.count("SELECT count(*) FROM events WHERE kind = 'mail_refused'"),
        2,
        "one refusal each, on the case"
    );
}
