//! Tell it once: briefs, handoffs, promises, expectation profiles, key facts and
//! complaints.

use casebook::model::*;
use casebook::{clock, Ctx, ErrorCode};
use chrono::Duration;

use crate::common::{at, Shop};

fn lines(brief: &Brief, part: BriefPart) -> Vec<String> {
    brief.sections.iter().find(|s| s.part == part).map(|s| s.lines.clone()).unwrap_or_default()
}

fn promise(shop: &mut Shop, case_id: &str, text: &str, hours: i64) -> Promise {
    let ctx = shop.as_ana();
    let input = NewPromise {
        case_id: case_id.into(),
        text: text.into(),
        due_at: clock::now() + Duration::hours(hours),
        owner_id: Some(shop.ben.id.clone()),
    };
    shop.store.write(|w| w.make_promise(&ctx, &input)).expect("the promise is recorded")
}

fn profile(never: &str) -> Expectations {
    Expectations {
        preferred_channel: Some(Channel::Phone),
        always_do: "Text me when the bike is ready".into(),
        never_do: never.into(),
        recovery: "Tell me straight away and fix it first thing".into(),
        ..Expectations::default()
    }
}

/// A customer with two cases, a pinned fact, a long conversation, promises on
/// both cases, a profile and a complaint.
fn story(shop: &mut Shop) -> (Customer, CaseSummary, CaseSummary) {
    let c = shop.customer("Aoife Byrne", "+353 87 123 4567", "");
    let old = shop.open_case(&at(&shop.ana, 0), &c.id, "Wheel truing", Some("Front wheel wobbles"));
    let serial =
        shop.add(&at(&shop.ana, 5), &old.id, EntryKind::Note, "Bike serial WTU123, bought here in 2024");
    let case = shop.open_case(
        &at(&shop.ben, 60),
        &c.id,
        "Brake squeal on the blue tourer",
        Some("It squeals every time I stop"),
    );
    for i in 0..15 {
        shop.add(&at(&shop.ben, 61 + i), &case.id, EntryKind::Note, &format!("Tried step {i}"));
    }
    shop.add(&at(&shop.ana, 90), &case.id, EntryKind::CustomerMessage, "Still squealing after the weekend");
    let ctx = shop.as_ana();
    shop.store.write(|w| w.pin_fact(&ctx, &serial.id)).unwrap();
    let never = "Never call before 10:00 — ".to_owned() + &"she works nights. ".repeat(30);
    shop.store.write(|w| w.set_expectations(&ctx, &c.id, &profile(&never))).unwrap();
    promise(shop, &old.id, "Send the invoice copy", 30);
    promise(shop, &case.id, "Call back with the pad quote", 2);
    let complaint = NewComplaint {
        case_id: case.id.clone(),
        event_id: None,
        summary: "Waited 40 minutes at the counter".into(),
    };
    shop.store.write(|w| w.flag_complaint(&ctx, &complaint)).unwrap();
    (c, old, case)
}

#[test]
fn the_brief_draft_follows_its_rules_and_never_drops_a_promise_or_a_never() {
    let mut shop = Shop::new();
    let (_, _, case) = story(&mut shop);
    let brief = shop.store.draft_brief(&case.id).unwrap();

    let parts: Vec<BriefPart> = brief.sections.iter().map(|s| s.part).collect();
    assert_eq!(
        parts,
        [
            BriefPart::TheirWords,
            BriefPart::Tried,
            BriefPart::Promises,
            BriefPart::Expectations,
            BriefPart::Complaints
        ],
        "sections come in a fixed order"
    );
    let words = lines(&brief, BriefPart::TheirWords);
    assert!(
        words[0].starts_with("“It squeals every time I stop”"),
        "their first message on this case leads: {words:?}"
    );
    assert_eq!(
        words[1], "Pinned: Bike serial WTU123, bought here in 2024",
        "pinned facts from any case follow"
    );
    assert!(words[2].starts_with("Latest: “Still squealing after the weekend”"), "then their latest message");

    let tried = lines(&brief, BriefPart::Tried);
    assert_eq!(tried.len(), 13, "the twelve latest entries and a line about the rest: {tried:?}");
    assert_eq!(tried[0], "…and 3 earlier entries on the timeline.");
    assert!(
        tried[1].contains("Tried step 3") && tried[12].contains("Tried step 14"),
        "oldest first, newest last"
    );
    assert!(tried[12].starts_with("Ben Okafor noted"), "each says who did what");

    let promises = lines(&brief, BriefPart::Promises);
    assert_eq!(promises.len(), 2, "every open promise to this customer, from any case");
    assert!(promises[0].starts_with("Call back with the pad quote — due"), "soonest first: {promises:?}");
    assert!(!promises[0].contains("keeps it"), "the case owner's own promise names no one: {promises:?}");
    assert!(
        promises[1].ends_with("Ben Okafor keeps it"),
        "a promise on another case names who keeps it: {promises:?}"
    );

    let expect = lines(&brief, BriefPart::Expectations);
    let never = format!("Never: Never call before 10:00 — {}", "she works nights. ".repeat(30).trim());
    assert_eq!(expect[0], never, "the never-do item comes first, word for word, however long");
    assert!(expect.contains(&"Prefers to be contacted: by phone".to_owned()));

    assert!(lines(&brief, BriefPart::Complaints)[0].starts_with("Waited 40 minutes at the counter (open"));
}

/// The history of `store` as another desk would receive it.
fn logged(store: &casebook::Store) -> Vec<casebook::shop::LoggedEvent> {
    let mut out = Vec::new();
    store
        .each_event(|e| {
            out.push(casebook::shop::LoggedEvent::from_stored(e)?);
            Ok(())
        })
        .unwrap();
    out
}

fn received(events: &[casebook::shop::LoggedEvent]) -> casebook::Store {
    let mut store = casebook::Store::open_in_memory().unwrap();
    store
        .write(|w| {
            w.receive(events, casebook::core::Origin::Replay)?;
            Ok(())
        })
        .unwrap();
    store
}

#[test]
fn the_same_history_drafts_the_same_brief_whatever_order_it_arrived_in() {
    let mut shop = Shop::new();
    let (_, _, case) = story(&mut shop);
    // Another customer's history interleaved, and three notes written in the
    // same millisecond: the order they arrive in must not matter.
    let other = shop.customer("Bram de Vries", "06 5555 1234", "");
    let theirs = shop.open_case(&at(&shop.ana, 70), &other.id, "Chain slips", Some("It slips in third"));
    for text in ["Checked the chain", "Ordered a new cassette", "Told them Friday"] {
        shop.add(&at(&shop.ben, 200), &case.id, EntryKind::Note, text);
        shop.add(&at(&shop.ana, 200), &theirs.id, EntryKind::Reply, text);
    }
    let events = logged(&shop.store);

    // First everything about no customer (staff, settings), then the customers
    // in the opposite order, and notes of the same moment reversed.
    let mut shuffled: Vec<_> = events.iter().filter(|e| e.customer_id.is_none()).cloned().collect();
    let mut customers: Vec<String> = Vec::new();
    for e in &events {
        if let Some(c) = &e.customer_id {
            if !customers.contains(c) {
                customers.push(c.clone());
            }
        }
    }
    for c in customers.iter().rev() {
        let mut theirs: Vec<_> =
            events.iter().filter(|e| e.customer_id.as_ref() == Some(c)).cloned().collect();
        let mut i = 0;
        while i < theirs.len() {
            let j = (i..theirs.len())
                .take_while(|&k| theirs[k].at == theirs[i].at && theirs[k].kind() == "note")
                .count();
            theirs[i..i + j].reverse();
            i += j.max(1);
        }
        shuffled.extend(theirs);
    }
    assert_ne!(
        shuffled.iter().map(|e| &e.id).collect::<Vec<_>>(),
        events.iter().map(|e| &e.id).collect::<Vec<_>>(),
        "the second database really receives the events in another order"
    );

    let (a, b) = (received(&events), received(&shuffled));
    assert_eq!(
        a.draft_brief(&case.id).unwrap(),
        b.draft_brief(&case.id).unwrap(),
        "the brief depends on the history, not on the order it arrived in"
    );
    assert_eq!(a.state_dump().unwrap(), b.state_dump().unwrap(), "and so does everything else");
}

#[test]
fn a_handoff_is_an_event_makes_the_receiver_owner_and_reaches_their_inbox() {
    let mut shop = Shop::new();
    let (c, _, case) = story(&mut shop);
    let mut brief = shop.store.draft_brief(&case.id).unwrap();
    brief.note = "Quote is with the supplier; call her after 10:00.".into();
    let ctx = shop.as_ana();
    let input =
        HandoffInput { case_id: case.id.clone(), to_staff_id: shop.ben.id.clone(), brief: brief.clone() };
    let handoff = shop.store.write(|w| w.hand_off(&ctx, &input)).unwrap();
    assert_eq!((handoff.from_name.as_deref(), handoff.to_name.as_str()), (Some("Ana Costa"), "Ben Okafor"));
    assert_eq!(handoff.brief, brief, "the confirmed brief is kept as written");

    let detail = shop.store.case_detail(&case.id).unwrap();
    assert_eq!(detail.case.owner_id.as_deref(), Some(shop.ben.id.as_str()), "Ben owns the case now");
    assert_eq!(
        detail.latest_handoff.as_ref().map(|h| h.event_id.clone()),
        Some(handoff.event_id.clone()),
        "the case page shows it"
    );
    assert!(detail.context.expectations.never_do.len() > 10, "and the customer's expectations with it");
    let timeline = shop.store.customer_timeline(&c.id, None, 5).unwrap();
    assert!(
        matches!(&timeline.entries[0].event().unwrap(), EventPayload::Tell(TellEvent::Handoff { to, .. }) if *to == shop.ben.id),
        "it is on the timeline"
    );

    let inbox = shop.store.inbox(&shop.ben.id).unwrap();
    assert_eq!(inbox.len(), 1, "Ben has one handoff waiting");
    assert_eq!(shop.store.take_handoff_notices().unwrap().len(), 1, "the desk announces it once");
    assert!(shop.store.take_handoff_notices().unwrap().is_empty(), "and not again");
    shop.store.mark_handoffs_seen(&shop.ben.id, &case.id).unwrap();
    assert!(shop.store.inbox(&shop.ben.id).unwrap().is_empty(), "opening the case clears it from the inbox");
}

#[test]
fn bad_handoffs_are_refused_and_nothing_is_written() {
    let mut shop = Shop::new();
    let c = shop.customer("Grace Walsh", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Saddle", Some("Split cover"));
    let brief = shop.store.draft_brief(&case.id).unwrap();
    let ctx = shop.as_ana();
    let ben = shop.ben.id.clone();
    let before = shop.events();

    let to_self =
        HandoffInput { case_id: case.id.clone(), to_staff_id: shop.ana.id.clone(), brief: brief.clone() };
    let err = shop.store.write(|w| w.hand_off(&ctx, &to_self)).unwrap_err();
    assert!(err.to_string().contains("cannot hand a case to yourself"), "{err}");

    let empty = Brief {
        sections: vec![BriefSection {
            part: BriefPart::Tried,
            title: "What we have tried".into(),
            lines: vec!["  ".into()],
        }],
        note: " \n ".into(),
    };
    let err = shop
        .store
        .write(|w| {
            w.hand_off(
                &ctx,
                &HandoffInput { case_id: case.id.clone(), to_staff_id: ben.clone(), brief: empty },
            )
        })
        .unwrap_err();
    assert!(err.to_string().contains("The brief is empty"), "{err}");

    shop.store.write(|w| w.set_staff_active(&ctx, &ben, false)).unwrap();
    let before_inactive = shop.events();
    let err = shop
        .store
        .write(|w| {
            w.hand_off(&ctx, &HandoffInput { case_id: case.id.clone(), to_staff_id: ben.clone(), brief })
        })
        .unwrap_err();
    assert!(err.to_string().contains("no longer active"), "{err}");
    assert_eq!(shop.events(), before_inactive, "the refused handoffs wrote nothing");
    assert_eq!(before_inactive, before + 1, "only the deactivation itself was recorded");
    assert!(shop.store.inbox(&ben).unwrap().is_empty());
}

#[test]
fn promises_fall_due_in_the_future_and_a_broken_one_needs_a_recovery_note() {
    let mut shop = Shop::new();
    let c = shop.customer("Kwame Mensah", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "E-bike battery", Some("Won't charge"));
    let ctx = shop.as_ana();
    let before = shop.events();
    let past = NewPromise {
        case_id: case.id.clone(),
        text: "Call back".into(),
        due_at: clock::now() - Duration::minutes(5),
        owner_id: None,
    };
    let err = shop.store.write(|w| w.make_promise(&ctx, &past)).unwrap_err();
    assert!(err.to_string().contains("must fall due in the future"), "{err}");
    assert_eq!(shop.events(), before, "nothing written");

    let p = promise(&mut shop, &case.id, "Call back with the diagnostic result", 4);
    assert_eq!((p.status, p.owner_name.as_deref()), (PromiseStatus::Open, Some("Ben Okafor")));
    let err = shop
        .store
        .write(|w| {
            w.close_promise(
                &ctx,
                &PromiseOutcome { promise_id: p.id.clone(), kept: false, recovery: Some("  ".into()) },
            )
        })
        .unwrap_err();
    assert!(err.to_string().contains("needs a recovery note"), "{err}");
    assert_eq!(shop.store.promise(&p.id).unwrap().status, PromiseStatus::Open, "still open");

    let broken = shop
        .store
        .write(|w| {
            w.close_promise(
                &ctx,
                &PromiseOutcome {
                    promise_id: p.id.clone(),
                    kept: false,
                    recovery: Some("Loan bike and a free service".into()),
                },
            )
        })
        .unwrap();
    assert_eq!(
        (broken.status, broken.recovery.as_deref()),
        (PromiseStatus::Broken, Some("Loan bike and a free service"))
    );
    let again = shop.store.write(|w| {
        w.close_promise(&ctx, &PromiseOutcome { promise_id: p.id.clone(), kept: true, recovery: None })
    });
    assert_eq!(again.unwrap_err().code(), ErrorCode::Conflict, "a closed promise stays closed");
    let kinds: Vec<&str> = shop
        .store
        .case_timeline(&case.id, None, 10)
        .unwrap()
        .entries
        .iter()
        .map(|e| crate::common::kind_of(e))
        .collect();
    assert!(kinds.contains(&"promise_made") && kinds.contains(&"promise_broken"), "{kinds:?}");
}

#[test]
fn the_promises_view_lists_open_promises_by_due_time_and_the_kept_rate() {
    let mut shop = Shop::new();
    let c = shop.customer("Lea Moreau", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Child seat", None);
    let later = promise(&mut shop, &case.id, "Order the seat", 48);
    let soon = promise(&mut shop, &case.id, "Confirm the fitting time", 2);
    let kept = promise(&mut shop, &case.id, "Check the rack rating", 3);
    let broken = promise(&mut shop, &case.id, "Call on Friday", 5);
    let ctx = shop.as_ana();
    shop.store
        .write(|w| {
            w.close_promise(&ctx, &PromiseOutcome { promise_id: kept.id.clone(), kept: true, recovery: None })
        })
        .unwrap();
    shop.store
        .write(|w| {
            w.close_promise(
                &ctx,
                &PromiseOutcome {
                    promise_id: broken.id.clone(),
                    kept: false,
                    recovery: Some("Called Monday, apologised".into()),
                },
            )
        })
        .unwrap();

    let page = shop.store.open_promises(None, 50).unwrap();
    let order: Vec<&str> = page.promises.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(order, [soon.id.as_str(), later.id.as_str()], "open promises only, soonest due first");

    let now = clock::now();
    let rate = shop.store.kept_rate(now - Duration::days(1), now + Duration::days(7)).unwrap();
    assert_eq!((rate.kept, rate.broken), (1, 1));
    assert_eq!(rate.rate, Some(0.5), "one of two closed promises kept");
    let err = shop.store.kept_rate(now, now - Duration::days(1)).unwrap_err();
    assert!(err.to_string().contains("ends before it starts"), "{err}");
}

#[test]
fn expectation_changes_are_recorded_field_by_field() {
    let mut shop = Shop::new();
    let c = shop.customer("Mehmet Demir", "", "");
    let ctx = shop.as_ana();
    shop.store.write(|w| w.set_expectations(&ctx, &c.id, &profile("Never leave a voicemail"))).unwrap();
    let before = shop.events();
    shop.store.write(|w| w.set_expectations(&ctx, &c.id, &profile("Never leave a voicemail"))).unwrap();
    assert_eq!(shop.events(), before, "saving the same profile records nothing");

    let mut changed = profile("Never leave a voicemail; text instead");
    changed.turnaround = "Same day".into();
    let ctx = shop.as_ben();
    shop.store.write(|w| w.set_expectations(&ctx, &c.id, &changed)).unwrap();
    let entry = &shop.store.customer_timeline(&c.id, None, 1).unwrap().entries[0];
    let EventPayload::Customers(CustomerEvent::ExpectationsChanged { changes }) = &entry.event().unwrap()
    else {
        panic!("expected a profile change")
    };
    let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["turnaround", "never do"], "only what changed, with old and new values");
    assert_eq!(entry.staff_name.as_deref(), Some("Ben Okafor"));
    assert_eq!(shop.store.expectations(&c.id).unwrap(), changed);
}

#[test]
fn a_new_customers_first_case_can_carry_their_answers_to_the_three_questions() {
    let mut shop = Shop::new();
    let ctx = shop.as_ana();
    let input = NewInteraction {
        customer: CustomerChoice::New {
            customer: NewCustomer { name: "Ingrid Lund".into(), ..Default::default() },
            allow_duplicate: false,
        },
        subject: "Service booking".into(),
        channel: Channel::WalkIn,
        priority: Priority::Normal,
        owner_id: None,
        message: Some("Yearly service please".into()),
        expectations: Some(profile("Never keep the bike longer than a day")),
    };
    let case = shop.store.write(|w| w.open_case(&ctx, &input)).unwrap();
    let detail = shop.store.case_detail(&case.id).unwrap();
    assert_eq!(
        detail.context.expectations.never_do, "Never keep the bike longer than a day",
        "shown on the case"
    );
}

#[test]
fn pinned_facts_show_on_every_case_of_the_customer() {
    let mut shop = Shop::new();
    let c = shop.customer("Tom Smit", "", "");
    let one = shop.open_case(&shop.as_ana(), &c.id, "Puncture", Some("Prefers text messages, never calls"));
    let two = shop.open_case(&shop.as_ana(), &c.id, "Gears", None);
    let said = shop
        .store
        .case_timeline(&one.id, None, 5)
        .unwrap()
        .entries
        .into_iter()
        .find(|e| crate::common::kind_of(e) == "customer_message")
        .unwrap();
    let ctx = shop.as_ana();
    shop.store.write(|w| w.pin_fact(&ctx, &said.id)).unwrap();
    shop.store.write(|w| w.pin_fact(&ctx, &said.id)).unwrap();
    let facts = shop.store.case_detail(&two.id).unwrap().context.key_facts;
    assert_eq!(facts.len(), 1, "pinned once, however often it is pinned");
    assert_eq!(facts[0].text, "Prefers text messages, never calls", "and shown on the other case");
    assert_eq!(facts[0].case_subject.as_deref(), Some("Puncture"));
    shop.store.write(|w| w.unpin_fact(&ctx, &said.id)).unwrap();
    assert!(shop.store.case_detail(&two.id).unwrap().context.key_facts.is_empty());
    let kinds: Vec<&str> = shop
        .store
        .customer_timeline(&c.id, None, 3)
        .unwrap()
        .entries
        .iter()
        .map(|e| crate::common::kind_of(e))
        .collect();
    assert_eq!(&kinds[..2], ["fact_unpinned", "fact_pinned"], "pinning and unpinning are events");
}

#[test]
fn a_complaint_on_an_entry_must_be_flagged_from_its_own_case() {
    let mut shop = Shop::new();
    let c = shop.customer("Wen Li", "", "");
    let one = shop.open_case(&shop.as_ana(), &c.id, "Order", Some("Where is my order?"));
    let two = shop.open_case(&shop.as_ana(), &c.id, "Refund", None);
    let said = shop
        .store
        .case_timeline(&one.id, None, 5)
        .unwrap()
        .entries
        .into_iter()
        .find(|e| crate::common::kind_of(e) == "customer_message")
        .unwrap();
    let ctx = Ctx::staff(&shop.ana.id);
    let wrong = NewComplaint {
        case_id: two.id.clone(),
        event_id: Some(said.id.clone()),
        summary: "Rude answer".into(),
    };
    let err = shop.store.write(|w| w.flag_complaint(&ctx, &wrong)).unwrap_err();
    assert!(err.to_string().contains("belongs to another case"), "{err}");
    let blank = NewComplaint { case_id: one.id.clone(), event_id: None, summary: " ".into() };
    assert_eq!(
        shop.store.write(|w| w.flag_complaint(&ctx, &blank)).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    let right = NewComplaint {
        case_id: one.id.clone(),
        event_id: Some(said.id.clone()),
        summary: "Order late twice".into(),
    };
    let complaint = shop.store.write(|w| w.flag_complaint(&ctx, &right)).unwrap();
    assert_eq!(complaint.status, ComplaintStatus::Open);
    assert_eq!(shop.store.customer_context(&c.id).unwrap().complaints.len(), 1);
}

#[test]
fn whoever_takes_a_case_over_keeps_its_promises() {
    let mut shop = Shop::new();
    let c = shop.customer("Pieter Mulder", "", "");
    let case = shop.open_case(&shop.as_ana(), &c.id, "Cargo bike brakes", Some("Brakes feel soft"));
    let ctx = shop.as_ana();
    let mine = NewPromise {
        case_id: case.id.clone(),
        text: "Call with the price".into(),
        due_at: clock::now() + Duration::hours(3),
        owner_id: None,
    };
    let p = shop.store.write(|w| w.make_promise(&ctx, &mine)).unwrap();
    assert_eq!(
        p.owner_name.as_deref(),
        Some("Ana Costa"),
        "the person recording a promise keeps it by default"
    );
    let brief = shop.store.draft_brief(&case.id).unwrap();
    assert!(
        !lines(&brief, BriefPart::Promises)[0].contains("keeps it"),
        "the case owner's own promises go with the case, so the brief names no one"
    );
    let input = HandoffInput { case_id: case.id.clone(), to_staff_id: shop.ben.id.clone(), brief };
    shop.store.write(|w| w.hand_off(&ctx, &input)).unwrap();
    assert_eq!(
        shop.store.promise(&p.id).unwrap().owner_name.as_deref(),
        Some("Ben Okafor"),
        "Ben keeps it now"
    );
    let handoff = shop.store.case_timeline(&case.id, None, 1).unwrap().entries.remove(0);
    let EventPayload::Tell(TellEvent::Handoff { moved_promises, .. }) = handoff.event().unwrap() else {
        panic!("the handoff is the latest event")
    };
    assert_eq!(moved_promises, vec![p.id], "the handoff records which promises moved");
}
