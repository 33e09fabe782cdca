//! Addresses a person types into a reply by mail: checked, each kept once,
//! and the ones that are not the customer's recorded as typed.

use casebook::mail::{MailEvent, MailReplyInput, OutgoingMail};
use casebook::model::*;
use casebook::ErrorCode;

use super::MailShop;

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
