//! Saved replies: placeholders filled on the desk in the customer's language,
//! never from what a customer typed; edits that merge across desks; the
//! shop's replies kept to owners; uses counted; and what came in on a case
//! while someone was writing.

use casebook::model::*;
use casebook::{Ctx, Error, ErrorCode, Store};

fn field(e: &Error) -> Option<&'static str> {
    match e {
        Error::Invalid { field, .. } => Some(field),
        _ => None,
    }
}

use crate::common::Shop;

fn texts(pairs: &[(&str, &str)]) -> Vec<ReplyText> {
    pairs.iter().map(|(l, b)| ReplyText { language: (*l).into(), body: (*b).into() }).collect()
}

fn add(store: &mut Store, ctx: &Ctx, name: &str, shop: bool, pairs: &[(&str, &str)]) -> SavedReply {
    let input = NewSavedReply { name: name.into(), shop, texts: texts(pairs) };
    store.write(|w| w.add_saved_reply(ctx, &input)).expect("the saved reply is added")
}

fn fill(store: &mut Store, ctx: &Ctx, reply: &str, case: &str) -> FilledReply {
    let input = UseSavedReply { reply_id: reply.into(), case_id: case.into(), language: None };
    store.write(|w| w.use_saved_reply(ctx, &input)).expect("the saved reply fills in")
}

fn set_language(shop: &mut Shop, customer: &str, lang: &str) {
    let ctx = shop.as_ana();
    let patch = CustomerPatch { language: Some(lang.into()), ..CustomerPatch::default() };
    shop.store.write(|w| w.update_customer(&ctx, customer, &patch)).expect("the language is set");
}

const READY: &[(&str, &str)] = &[
    (
        "en",
        "Hi {first_name}, your bike is ready (case {case_ref}). {shop_name}, open {hours_today}. {my_name}",
    ),
    (
        "nl",
        "Hoi {first_name}, je fiets is klaar (zaak {case_ref}). {shop_name}, open {hours_today}. {my_name}",
    ),
    ("de", "Hallo {first_name}, dein Rad ist fertig ({case_ref}). {shop_name}, {hours_today}. {my_name}"),
    ("fr", "Bonjour {first_name}, votre vélo est prêt ({case_ref}). {shop_name}, {hours_today}. {my_name}"),
    ("es", "Hola {first_name}, tu bici está lista ({case_ref}). {shop_name}, {hours_today}. {my_name}"),
];

#[test]
fn a_saved_reply_fills_in_from_the_case_in_the_customers_language() {
    let mut shop = Shop::new();
    let ana = shop.as_ana();
    let reply = add(&mut shop.store, &ana, "Bike ready", true, READY);
    let eva = shop.customer("Eva de Vries", "0612345678", "");
    let case = shop.open_case(&ana, &eva.id, "Service", None);
    let reference = casebook::mail::case_reference(&case.id);

    for (lang, start) in
        [("nl", "Hoi Eva"), ("de", "Hallo Eva"), ("fr", "Bonjour Eva"), ("es", "Hola Eva"), ("en", "Hi Eva")]
    {
        set_language(&mut shop, &eva.id, lang);
        let filled = fill(&mut shop.store, &ana, &reply.id, &case.id);
        assert_eq!(filled.language, lang, "the customer's language picks the version");
        assert!(filled.text.starts_with(start), "{lang}: the first name is filled in: {}", filled.text);
        assert!(filled.text.contains(&reference), "{lang}: the case reference is filled in: {}", filled.text);
        assert!(
            filled.text.ends_with("Ana Costa"),
            "{lang}: the person at the desk signs it: {}",
            filled.text
        );
        // No shop name yet: left for the person, in the reply's language, and marked.
        let gap =
            filled.gaps.iter().find(|g| g.placeholder == "shop_name").expect("the shop's name is a gap");
        let units: Vec<u16> = filled.text.encode_utf16().collect();
        let left = String::from_utf16(&units[gap.start as usize..gap.end as usize]).unwrap();
        let words = casebook::replies::Placeholder::ShopName.words(casebook::Lang::parse(lang).unwrap());
        assert_eq!(
            left,
            format!("[{words}]"),
            "{lang}: the gap says, in the customer's language, what to fill"
        );
    }

    shop.store.write(|w| w.name_shop(&ana, "Fietsenmaker Noord")).unwrap();
    let filled = fill(&mut shop.store, &ana, &reply.id, &case.id);
    assert!(filled.text.contains("Fietsenmaker Noord"), "the owner's shop name fills in: {}", filled.text);
    assert!(filled.gaps.is_empty(), "nothing is left to fill: {:?}", filled.gaps);

    let uses = shop.store.saved_reply(&reply.id).unwrap();
    assert_eq!(uses.uses, 6, "each use is counted");
    assert_eq!(uses.used_by[0].staff_name.as_deref(), Some("Ana Costa"), "and who used it");
}

#[test]
fn a_missing_version_falls_back_to_the_shops_language_and_a_missing_promise_is_a_gap() {
    let mut shop = Shop::new();
    let ana = shop.as_ana();
    let reply =
        add(&mut shop.store, &ana, "Part ordered", false, &[("en", "The part arrives {promise_due}.")]);
    let eva = shop.customer("Eva", "", "eva@example.test");
    set_language(&mut shop, &eva.id, "es");
    let case = shop.open_case(&ana, &eva.id, "Gears", None);
    let filled = fill(&mut shop.store, &ana, &reply.id, &case.id);
    assert_eq!(filled.language, "en", "with no Spanish version, one the shop has is used");
    assert_eq!(filled.text, "The part arrives [promise due date].", "no open promise: a gap, not a guess");
    assert_eq!(filled.gaps.len(), 1, "one gap");
}

#[test]
fn what_a_customer_typed_is_never_read_as_a_placeholder() {
    let mut shop = Shop::new();
    let ana = shop.as_ana();
    let reply = add(&mut shop.store, &ana, "Hello", false, &[("en", "Dear {first_name}, re {case_ref}")]);
    let odd = shop.customer("{case_ref}{my_name} Smith", "", "odd@example.test");
    let case = shop.open_case(&ana, &odd.id, "Odd", None);
    let filled = fill(&mut shop.store, &ana, &reply.id, &case.id);
    let reference = casebook::mail::case_reference(&case.id);
    assert_eq!(
        filled.text,
        format!("Dear {{case_ref}}{{my_name}}, re {reference}"),
        "the customer's name goes in as they typed it, braces and all"
    );
}

#[test]
fn bad_input_is_refused_with_a_message_and_writes_nothing() {
    let mut shop = Shop::new();
    let ana = shop.as_ana();
    let before = shop.events();
    let refused = |store: &mut Store, input: NewSavedReply| {
        store.write(|w| w.add_saved_reply(&ana, &input)).expect_err("refused")
    };
    let e = refused(
        &mut shop.store,
        NewSavedReply { name: " ".into(), shop: false, texts: texts(&[("en", "x")]) },
    );
    assert_eq!(field(&e), Some("name"), "an empty name is refused on the name: {e}");
    let e = refused(
        &mut shop.store,
        NewSavedReply { name: "A".into(), shop: false, texts: texts(&[("en", "  ")]) },
    );
    assert_eq!(field(&e), Some("texts"), "a reply with no words is refused: {e}");
    let e = refused(
        &mut shop.store,
        NewSavedReply { name: "A".into(), shop: false, texts: texts(&[("xx", "hi")]) },
    );
    assert!(e.text(casebook::Lang::En).contains("xx"), "a language Casebook does not write is named: {e}");
    add(&mut shop.store, &ana, "Ready", false, &[("en", "ready")]);
    let e = refused(
        &mut shop.store,
        NewSavedReply { name: "ready".into(), shop: false, texts: texts(&[("en", "x")]) },
    );
    assert!(e.text(casebook::Lang::En).contains("ready"), "a second reply by one name is refused: {e}");
    assert_eq!(shop.events(), before + 1, "only the good reply was recorded");
    let customer = shop.customer("Eva", "", "eva2@example.test");
    let ctx = shop.as_ana();
    let e = shop
        .store
        .write(|w| {
            w.update_customer(
                &ctx,
                &customer.id,
                &CustomerPatch { language: Some("klingon".into()), ..Default::default() },
            )
        })
        .expect_err("an unknown language is refused");
    assert_eq!(field(&e), Some("language"), "on the language field: {e}");
}

#[test]
fn only_an_owner_marks_or_changes_the_shops_replies() {
    let mut shop = Shop::new();
    let (ana, ben) = (shop.as_ana(), shop.as_ben());
    let input =
        NewSavedReply { name: "Warranty".into(), shop: true, texts: texts(&[("en", "How to claim")]) };
    let e = shop.store.write(|w| w.add_saved_reply(&ben, &input)).expect_err("staff may not mark the shop's");
    assert_eq!(e.code(), ErrorCode::NotAllowed, "refused as not allowed: {e}");
    let warranty = add(&mut shop.store, &ana, "Warranty", true, &[("en", "How to claim")]);
    let patch = SavedReplyPatch {
        reply_id: warranty.id.clone(),
        texts: texts(&[("en", "Mine now")]),
        ..Default::default()
    };
    shop.store
        .write(|w| w.edit_saved_reply(&ben, &patch))
        .expect_err("staff may not change the shop's reply");
    shop.store.write(|w| w.remove_saved_reply(&ben, &warranty.id)).expect_err("nor remove it");
    // Anyone keeps their own saved replies.
    let own = add(&mut shop.store, &ben, "Ben's hello", false, &[("en", "Hello!")]);
    let patch =
        SavedReplyPatch { reply_id: own.id.clone(), name: Some("Hello".into()), ..Default::default() };
    assert_eq!(
        shop.store.write(|w| w.edit_saved_reply(&ben, &patch)).unwrap().name,
        "Hello",
        "staff rename their own"
    );
    shop.store
        .write(|w| {
            w.edit_saved_reply(
                &ana,
                &SavedReplyPatch {
                    reply_id: warranty.id.clone(),
                    texts: texts(&[("nl", "Zo claim je")]),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    let w = shop.store.saved_reply(&warranty.id).unwrap();
    assert_eq!(w.texts.len(), 2, "the owner added a Dutch version: {:?}", w.texts);
}

#[test]
fn two_desks_editing_different_languages_both_keep_their_work() {
    let mut shop = crate::settle::Shop::new(2);
    let owner = Ctx::staff(&shop.owner.id);
    let staff = Ctx::staff(&shop.staff.id);
    let reply = add(&mut shop.desks[0], &owner, "Ready", false, &[("en", "Ready"), ("nl", "Klaar")]);
    shop.sync();
    let edit = |lang: &str, body: &str| SavedReplyPatch {
        reply_id: reply.id.clone(),
        texts: texts(&[(lang, body)]),
        ..Default::default()
    };
    shop.desks[0].write(|w| w.edit_saved_reply(&owner, &edit("en", "Your bike is ready"))).unwrap();
    shop.desks[1].write(|w| w.edit_saved_reply(&staff, &edit("nl", "Je fiets is klaar"))).unwrap();
    shop.sync();
    shop.same_everywhere();
    let merged = shop.desks[1].saved_reply(&reply.id).unwrap();
    assert_eq!(
        merged.texts,
        texts(&[("en", "Your bike is ready"), ("nl", "Je fiets is klaar")]),
        "both edits stand"
    );
}

#[test]
fn a_staff_members_edit_of_a_shop_reply_from_another_desk_is_set_aside() {
    let mut shop = crate::settle::Shop::new(2);
    let owner = Ctx::staff(&shop.owner.id);
    let reply = add(&mut shop.desks[0], &owner, "Warranty", true, &[("en", "How to claim")]);
    shop.sync();
    // A desk that does not check (an older or a broken one) sends Ben's edit.
    let payload = format!(
        r#"{{"kind":"saved_reply_edited","reply_id":"{}","name":null,"shop":null,"texts":[{{"language":"en","body":"Ben's"}}]}}"#,
        reply.id
    );
    let staff = shop.staff.id.clone();
    shop.push_as(&staff, casebook::clock::now(), &payload, None, None);
    shop.sync();
    shop.same_everywhere();
    for desk in &shop.desks {
        assert_eq!(
            desk.saved_reply(&reply.id).unwrap().texts[0].body,
            "How to claim",
            "the shop's words stand"
        );
        let aside = desk.set_aside_summary().unwrap();
        assert!(
            aside.iter().any(|s| s.reason == casebook::core::settle::SetAsideReason::NotAllowed),
            "the edit is set aside as not allowed: {aside:?}"
        );
    }
}

#[test]
fn search_finds_replies_by_name_and_words_without_accents_the_name_first() {
    let mut shop = Shop::new();
    let ana = shop.as_ana();
    add(&mut shop.store, &ana, "Warranty claim", false, &[("en", "Send the receipt")]);
    add(&mut shop.store, &ana, "Receipt lost", false, &[("en", "No problem")]);
    add(&mut shop.store, &ana, "Vélo prêt", false, &[("fr", "Votre vélo est prêt")]);
    let names = |q: &str, store: &Store| -> Vec<String> {
        store.saved_replies(q, 20).unwrap().replies.into_iter().map(|r| r.name).collect()
    };
    assert_eq!(
        names("receipt", &shop.store),
        vec!["Receipt lost", "Warranty claim"],
        "a name match comes first"
    );
    assert_eq!(names("velo pret", &shop.store), vec!["Vélo prêt"], "accents are folded");
    assert_eq!(names("", &shop.store).len(), 3, "an empty search lists them all");
    assert!(names("zzz", &shop.store).is_empty(), "nothing matches nothing");
}

#[test]
fn case_news_shows_what_others_wrote_since_the_mark_and_not_ones_own() {
    let mut shop = Shop::new();
    let (ana, ben) = (shop.as_ana(), shop.as_ben());
    let eva = shop.customer("Eva", "", "eva3@example.test");
    let case = shop.open_case(&ana, &eva.id, "Brakes", Some("They squeak"));
    let mark = shop.store.log_mark().unwrap();
    shop.add(&ana, &case.id, EntryKind::Note, "Ana's own note");
    let news = shop.store.case_news(&case.id, mark, Some(&shop.ana.id)).unwrap();
    assert!(news.entries.is_empty(), "one's own writing is no news: {:?}", news.entries);
    shop.add(&ben, &case.id, EntryKind::Reply, "Fixed, come by");
    let news = shop.store.case_news(&case.id, mark, Some(&shop.ana.id)).unwrap();
    assert_eq!(news.entries.len(), 1, "Ben's reply came in since Ana started");
    assert_eq!(news.entries[0].staff_name.as_deref(), Some("Ben Okafor"), "and says who wrote it");
    let later = shop.store.case_news(&case.id, news.mark, Some(&shop.ana.id)).unwrap();
    assert!(later.entries.is_empty(), "once seen, the mark moves past it");
}

/// A random step on saved replies for the property tests (`apply.rs`,
/// `converge.rs`): `b` picks what, `a` who and which. The shop's replies
/// are tried by anyone; the rules refuse what is not theirs.
pub(crate) fn step(store: &mut Store, a: u32, b: u32, at: casebook::model::Ts) {
    let ids = |sql: &str| -> Vec<String> {
        let mut stmt = store.connection().prepare(sql).unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    let pick = |list: &[String], n: u32| (!list.is_empty()).then(|| list[n as usize % list.len()].clone());
    let staff = ids("SELECT id FROM staff WHERE active = 1 ORDER BY role = 'owner' DESC, id");
    let replies = ids("SELECT id FROM saved_replies WHERE removed_at IS NULL ORDER BY id");
    let cases = ids("SELECT id FROM cases ORDER BY id");
    let customers = ids("SELECT id FROM customers WHERE merged_into IS NULL ORDER BY id");
    let Some(me) = pick(&staff, a) else { return };
    let ctx = Ctx::at(Some(me), at).proved();
    let lang = casebook::Lang::ALL[(a % 5) as usize].code();
    let _ = store.write(|w| match b % 7 {
        0 => {
            let texts = texts(&[(lang, &format!("Hi {{first_name}}, {a} {{hours_today}}"))]);
            w.add_saved_reply(
                &ctx,
                &NewSavedReply { name: format!("Reply {a}"), shop: a.is_multiple_of(2), texts },
            )
            .map(drop)
        }
        1 | 2 => {
            let Some(reply_id) = pick(&replies, a) else { return Ok(()) };
            let patch = SavedReplyPatch {
                reply_id,
                name: (b % 7 == 2).then(|| format!("Renamed {b}")),
                shop: b.is_multiple_of(3).then_some(b.is_multiple_of(2)),
                texts: texts(&[(lang, &format!("Text {b} {{case_ref}}"))]),
            };
            w.edit_saved_reply(&ctx, &patch).map(drop)
        }
        3 => {
            let Some(reply_id) = pick(&replies, a) else { return Ok(()) };
            w.remove_saved_reply(&ctx, &reply_id)
        }
        4 => {
            let (Some(reply_id), Some(case_id)) = (pick(&replies, a), pick(&cases, b)) else { return Ok(()) };
            w.use_saved_reply(&ctx, &UseSavedReply { reply_id, case_id, language: None }).map(drop)
        }
        5 => w.name_shop(&ctx, &format!("Shop {a}")),
        _ => {
            let Some(customer) = pick(&customers, a) else { return Ok(()) };
            let patch = CustomerPatch { language: Some(lang.into()), ..CustomerPatch::default() };
            w.update_customer(&ctx, &customer, &patch).map(drop)
        }
    });
}
