//! Applying what another desk wrote never fails: concurrent work is settled
//! by each kind's written rule, alike on every desk, and an event a desk
//! cannot apply is kept in its place, set aside, and never stops the events
//! after it.

use casebook::core::settle::{hooks, SetAsideReason};
use casebook::core::{hlc, Origin, RawJson};
use casebook::model::*;
use casebook::sync::{sync_once, MemoryRelay, Relay};
use casebook::{clock, ids, Ctx, Store};

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}

/// Desks of one shop through a relay in memory: the first has the staff.
pub(crate) struct Shop {
    pub relay: MemoryRelay,
    pub desks: Vec<Store>,
    pub owner: Staff,
    pub staff: Staff,
}

impl Shop {
    pub fn new(desks: usize) -> Shop {
        let relay = MemoryRelay::new();
        let mut stores: Vec<Store> = (0..desks).map(|_| Store::open_in_memory().unwrap()).collect();
        let (owner, staff) = stores[0]
            .write(|w| {
                let o =
                    w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner })?;
                let s = w.add_staff(
                    &Ctx::staff(&o.id),
                    &NewStaff { name: "Ben".into(), role: StaffRole::Staff },
                )?;
                Ok((o, s))
            })
            .unwrap();
        let mut shop = Shop { relay, desks: stores, owner, staff };
        shop.sync();
        shop
    }

    pub fn sync(&mut self) {
        for _ in 0..2 {
            for store in self.desks.iter_mut() {
                let mut relay = self.relay.clone();
                block_on(sync_once(store, &mut relay, |_| {})).expect("sync never stops at an event");
            }
        }
    }

    fn owner(&self) -> Ctx {
        Ctx::staff(&self.owner.id)
    }

    pub fn same_everywhere(&self) {
        let first = self.desks[0].state_dump().unwrap();
        for (i, d) in self.desks.iter().enumerate().skip(1) {
            assert_eq!(d.state_dump().unwrap(), first, "desk {i} ends as desk 0 does");
        }
    }

    /// Sends an event written by hand, as a desk of another build (or a
    /// broken one) would, straight to the relay.
    fn push_raw(&mut self, payload: &str, customer: Option<&str>, case: Option<&str>) -> String {
        let owner = self.owner.id.clone();
        self.push_as(&owner, clock::now(), payload, customer, case)
    }

    /// As [`Shop::push_raw`], written as `author` at `now` (its place in the order).
    pub fn push_as(
        &mut self,
        author: &str,
        now: casebook::model::Ts,
        payload: &str,
        customer: Option<&str>,
        case: Option<&str>,
    ) -> String {
        let id = ids::new_id();
        let event = LoggedEvent {
            id: id.clone(),
            desk_id: "0190aaaa-0000-7000-8000-00000000beef".into(),
            hlc: Some(hlc::at_ms(clock::to_ms(now))),
            staff_id: Some(author.to_owned()),
            at: now,
            customer_id: customer.map(str::to_owned),
            case_id: case.map(str::to_owned),
            payload: RawJson::new(payload.to_owned()).unwrap(),
        };
        block_on(self.relay.push(&[event])).unwrap();
        id
    }
}

fn customer(store: &mut Store, ctx: &Ctx, name: &str) -> Customer {
    let input = NewCustomer { name: name.into(), ..NewCustomer::default() };
    store.write(|w| w.create_customer(ctx, &input, true)).unwrap()
}

fn open_case(store: &mut Store, ctx: &Ctx, customer: &str) -> CaseSummary {
    let input = NewInteraction {
        customer: CustomerChoice::Existing { id: customer.into() },
        subject: "Wheel truing".into(),
        channel: Channel::WalkIn,
        priority: Priority::Normal,
        owner_id: None,
        message: Some("The wheel wobbles".into()),
        expectations: None,
    };
    store.write(|w| w.open_case(ctx, &input)).unwrap()
}

#[test]
fn two_desks_adding_addresses_offline_both_keep_theirs_past_five() {
    let mut shop = Shop::new(2);
    let ctx = shop.owner();
    let dana = customer(&mut shop.desks[0], &ctx, "Dana Reyes");
    shop.sync();
    for (desk, prefix) in [(0, "counter"), (1, "workshop")] {
        for n in 0..3 {
            let now = shop.desks[desk].customer(&dana.id).unwrap();
            let patch = CustomerPatch {
                emails: Some([now.emails, vec![format!("{prefix}{n}@example.com")]].concat()),
                ..CustomerPatch::default()
            };
            shop.desks[desk]
                .write(|w| w.update_customer(&ctx, &dana.id, &patch))
                .expect("within five at this desk");
        }
    }
    shop.sync();
    for (i, desk) in shop.desks.iter().enumerate() {
        let emails = desk.customer(&dana.id).unwrap().emails;
        assert_eq!(emails.len(), 6, "desk {i}: every address either desk added is kept: {emails:?}");
    }
    shop.same_everywhere();
    // At the counter, the rule still holds for what a person types.
    let now = shop.desks[0].customer(&dana.id).unwrap();
    let patch = CustomerPatch {
        emails: Some([now.emails, vec!["seven@example.com".into()]].concat()),
        ..CustomerPatch::default()
    };
    assert!(
        shop.desks[0].write(|w| w.update_customer(&ctx, &dana.id, &patch)).is_err(),
        "a person cannot type a seventh address: the limit is checked when they act"
    );
}

#[test]
fn a_removal_and_an_addition_at_two_desks_both_happen() {
    let mut shop = Shop::new(2);
    let ctx = shop.owner();
    let input = NewCustomer {
        name: "Dana Reyes".into(),
        phones: vec!["06 1234 5678".into(), "020 555 0101".into()],
        ..NewCustomer::default()
    };
    let dana = shop.desks[0].write(|w| w.create_customer(&ctx, &input, true)).unwrap();
    shop.sync();
    let remove = CustomerPatch { phones: Some(vec!["06 1234 5678".into()]), ..CustomerPatch::default() };
    shop.desks[0].write(|w| w.update_customer(&ctx, &dana.id, &remove)).unwrap();
    let add = CustomerPatch {
        phones: Some(vec!["06 1234 5678".into(), "020 555 0101".into(), "030 111 2222".into()]),
        name: Some("Dana Reyes-Moreno".into()),
        ..CustomerPatch::default()
    };
    shop.desks[1].write(|w| w.update_customer(&ctx, &dana.id, &add)).unwrap();
    shop.sync();
    let phones = shop.desks[0].customer(&dana.id).unwrap().phones;
    assert_eq!(
        phones,
        vec!["06 1234 5678", "030 111 2222"],
        "one desk's removal and the other's addition both happen"
    );
    assert_eq!(
        shop.desks[0].customer(&dana.id).unwrap().name,
        "Dana Reyes-Moreno",
        "the name changed at one desk only"
    );
    shop.same_everywhere();
}

#[test]
fn an_event_about_a_case_never_opened_is_set_aside_and_later_events_still_apply() {
    let mut shop = Shop::new(2);
    let ctx = shop.owner();
    let dana = customer(&mut shop.desks[0], &ctx, "Dana Reyes");
    shop.sync();
    let orphan =
        shop.push_raw(r#"{"kind":"note","body":"about nothing"}"#, Some(&dana.id), Some("no-such-case"));
    let damaged = shop.push_raw(r#"{"kind":"note"}"#, Some(&dana.id), Some("no-such-case"));
    let case = open_case(&mut shop.desks[0], &ctx, &dana.id);
    shop.sync();
    for (i, desk) in shop.desks.iter().enumerate() {
        assert!(
            desk.case_summary(&case.id).is_ok(),
            "desk {i}: the case opened after the bad events is there"
        );
        let summary = desk.set_aside_summary().unwrap();
        let reasons: Vec<SetAsideReason> = summary.iter().map(|s| s.reason).collect();
        assert!(
            reasons.contains(&SetAsideReason::RefersToNothing),
            "desk {i}: the note about nothing is set aside: {summary:?}"
        );
        assert!(reasons.contains(&SetAsideReason::Damaged), "desk {i}: the unreadable one too: {summary:?}");
        let ids = desk.set_aside_ids(None).unwrap();
        assert!(ids.contains(&orphan) && ids.contains(&damaged), "desk {i}: both are kept in the log, by id");
    }
    shop.same_everywhere();
}

#[test]
fn a_kind_only_a_newer_desk_knows_is_kept_and_applies_once_this_desk_is_updated() {
    // This desk plays an older build that does not know promises yet.
    hooks::pretend_unknown(&["promise_made"]);
    hooks::pretend_build(Some("0.0.9"));
    let mut shop = Shop::new(2);
    let ctx = shop.owner();
    let dana = customer(&mut shop.desks[0], &ctx, "Dana Reyes");
    let case = open_case(&mut shop.desks[0], &ctx, &dana.id);
    shop.sync();
    let due = clock::now() + chrono::Duration::days(2);
    let promise = format!(
        r#"{{"kind":"promise_made","promise_id":"{}","text":"Call back Friday","due_at":"{}","owner_id":null}}"#,
        ids::new_id(),
        due.to_rfc3339()
    );
    shop.push_raw(&promise, Some(&dana.id), Some(&case.id));
    let later = shop.desks[0]
        .write(|w| {
            w.add_entry(
                &ctx,
                &NewEntry {
                    case_id: case.id.clone(),
                    kind: EntryKind::Reply,
                    body: "On it".into(),
                    direction: None,
                },
            )
        })
        .unwrap();
    shop.sync();
    let desk = &mut shop.desks[1];
    let summary = desk.set_aside_summary().unwrap();
    assert_eq!(summary.len(), 1, "one event set aside: {summary:?}");
    assert_eq!(summary[0].reason, SetAsideReason::UnknownKind, "as written by a newer Casebook");
    assert_eq!(summary[0].kinds, vec!["promise_made"], "and which kind it was");
    let promises = |store: &Store| -> i64 {
        store.connection().query_row("SELECT count(*) FROM promises", [], |r| r.get(0)).unwrap()
    };
    assert_eq!(promises(desk), 0, "an older desk does not apply what it cannot read");
    assert!(
        desk.case_timeline(&case.id, None, 10).unwrap().entries.iter().any(|e| e.id == later.id),
        "and every later event applied"
    );

    // The desk is updated: the same log, a build that knows the kind.
    hooks::pretend_unknown(&[]);
    hooks::pretend_build(None);
    casebook::shop::prepare(desk).unwrap();
    assert!(desk.set_aside_summary().unwrap().is_empty(), "nothing is set aside once the kind is known");
    assert_eq!(promises(desk), 1, "the promise applies, in its place");
    let fresh = {
        let mut store = Store::open_in_memory().unwrap();
        casebook::shop::prepare(&mut store).unwrap();
        let events: Vec<LoggedEvent> = shop.relay.log();
        store.write(|w| w.receive(&events, Origin::Replay).map(drop)).unwrap();
        store
    };
    assert_eq!(
        shop.desks[1].state_dump().unwrap(),
        fresh.state_dump().unwrap(),
        "the updated desk ends as a new desk of that build that received the whole log"
    );
}

#[test]
fn a_status_move_from_a_status_the_case_left_has_no_effect() {
    let mut shop = Shop::new(2);
    let ctx = shop.owner();
    let dana = customer(&mut shop.desks[0], &ctx, "Dana Reyes");
    let case = open_case(&mut shop.desks[0], &ctx, &dana.id);
    shop.sync();
    let set = |store: &mut Store, status| {
        let update =
            CaseUpdate { case_id: case.id.clone(), status: Some(status), priority: None, owner_id: None };
        store.write(|w| w.update_case(&ctx, &update)).unwrap();
    };
    set(&mut shop.desks[0], CaseStatus::Resolved);
    set(&mut shop.desks[1], CaseStatus::Waiting);
    shop.sync();
    let status = shop.desks[0].case_summary(&case.id).unwrap().status;
    assert_eq!(
        status,
        CaseStatus::Resolved,
        "the first move in the one order stands; the second had left 'open' behind"
    );
    shop.same_everywhere();
}

#[test]
fn two_desks_taking_the_last_two_people_off_the_list_keep_one() {
    let mut shop = Shop::new(2);
    let (a, b) = (shop.owner.id.clone(), shop.staff.id.clone());
    // Both are owners (only an owner takes someone off the list).
    shop.desks[0].write(|w| w.set_staff_role(&Ctx::staff(&a), &b, StaffRole::Owner)).unwrap();
    shop.sync();
    shop.desks[0].write(|w| w.set_staff_active(&Ctx::staff(&a), &b, false)).unwrap();
    shop.desks[1].write(|w| w.set_staff_active(&Ctx::staff(&b), &a, false)).unwrap();
    shop.sync();
    let active: Vec<String> =
        shop.desks[0].list_staff().unwrap().into_iter().filter(|s| s.active).map(|s| s.name).collect();
    assert_eq!(active.len(), 1, "a shop always keeps someone to act as: {active:?}");
    shop.same_everywhere();
}

#[test]
fn a_promise_id_another_customers_event_copied_belongs_to_the_first_in_order_on_every_desk() {
    let mut shop = Shop::new(3);
    let ctx = shop.owner();
    let dana = customer(&mut shop.desks[0], &ctx, "Dana Reyes");
    let eli = customer(&mut shop.desks[0], &ctx, "Eli Novak");
    let dana_case = open_case(&mut shop.desks[0], &ctx, &dana.id);
    let eli_case = open_case(&mut shop.desks[0], &ctx, &eli.id);
    shop.sync();
    let eli_opened: i64 = shop.desks[0]
        .connection()
        .query_row(
            "SELECT hlc FROM events WHERE case_id = ?1 AND kind = 'case_opened'",
            [&eli_case.id],
            |r| r.get(0),
        )
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let due = clock::now() + chrono::Duration::days(2);
    let promise =
        NewPromise { case_id: dana_case.id.clone(), text: "Call back".into(), due_at: due, owner_id: None };
    let made = shop.desks[0].write(|w| w.make_promise(&ctx, &promise)).unwrap();
    // A desk copies the promise's id into an event about another customer,
    // placed (by its clock value) before the real one and after that
    // customer's case opened. Desk 1 hears of it first, desk 0 after the
    // real one, desk 2 of both at once.
    let copied = format!(
        r#"{{"kind":"promise_made","promise_id":"{}","text":"Mine now","due_at":"{}","owner_id":null}}"#,
        made.id,
        due.to_rfc3339()
    );
    let early = LoggedEvent {
        id: ids::new_id(),
        desk_id: "0190aaaa-0000-7000-8000-00000000beef".into(),
        hlc: Some(eli_opened + 1),
        staff_id: Some(shop.owner.id.clone()),
        at: clock::now(),
        customer_id: Some(eli.id.clone()),
        case_id: Some(eli_case.id.clone()),
        payload: RawJson::new(copied).unwrap(),
    };
    shop.desks[1].write(|w| w.receive(std::slice::from_ref(&early), Origin::Shared).map(drop)).unwrap();
    block_on(shop.relay.push(&[early])).unwrap();
    shop.sync();
    let owner = |store: &Store| {
        store
            .connection()
            .query_row("SELECT customer_id FROM promises WHERE id = ?1", [&made.id], |r| {
                r.get::<_, String>(0)
            })
            .unwrap()
    };
    for (i, desk) in shop.desks.iter().enumerate() {
        assert_eq!(
            owner(desk),
            eli.id,
            "desk {i}: the first event in the one order owns the id, whatever came first here"
        );
    }
    shop.same_everywhere();
}

#[test]
fn a_clock_value_at_the_end_of_time_is_kept_in_its_place_but_not_followed() {
    let mut shop = Shop::new(1);
    let ctx = shop.owner();
    let dana = customer(&mut shop.desks[0], &ctx, "Dana Reyes");
    shop.sync();
    let poisoned = LoggedEvent {
        id: ids::new_id(),
        desk_id: "0190aaaa-0000-7000-8000-00000000beef".into(),
        hlc: Some(i64::MAX),
        staff_id: Some(shop.owner.id.clone()),
        at: clock::now(),
        customer_id: Some(dana.id.clone()),
        case_id: None,
        payload: RawJson::new(r#"{"kind":"outreach_call","outcome":"reached","body":"hello"}"#.into())
            .unwrap(),
    };
    shop.desks[0].write(|w| w.receive(&[poisoned], Origin::Shared).map(drop)).unwrap();
    let first = open_case(&mut shop.desks[0], &ctx, &dana.id);
    let second = open_case(&mut shop.desks[0], &ctx, &dana.id);
    let hlc_of = |id: &str| -> i64 {
        shop.desks[0]
            .connection()
            .query_row("SELECT hlc FROM events WHERE case_id = ?1 AND kind = 'case_opened'", [id], |r| {
                r.get(0)
            })
            .unwrap()
    };
    let (a, b) = (hlc_of(&first.id), hlc_of(&second.id));
    assert!(a < b, "later events still get later values, one after another");
    assert!(
        hlc::physical_ms(b) < clock::to_ms(clock::now()) + 60_000,
        "near this desk's clock, not at the end of time"
    );
}

#[test]
fn two_desks_renaming_a_case_at_once_end_with_the_later_name_and_find_it_by_that_alone() {
    let mut shop = Shop::new(2);
    let ctx = shop.owner();
    let dana = customer(&mut shop.desks[0], &ctx, "Dana Reyes");
    let case = open_case(&mut shop.desks[0], &ctx, &dana.id);
    shop.sync();
    shop.desks[0].write(|w| w.rename_case(&ctx, &case.id, "Rim dented at the valve")).unwrap();
    // Written later by the clock: later in the one order.
    std::thread::sleep(std::time::Duration::from_millis(5));
    shop.desks[1].write(|w| w.rename_case(&ctx, &case.id, "Spokes loose on the rear wheel")).unwrap();
    shop.sync();
    for (i, desk) in shop.desks.iter().enumerate() {
        assert_eq!(
            desk.case_summary(&case.id).unwrap().subject,
            "Spokes loose on the rear wheel",
            "desk {i}: the last rename in the one order stands"
        );
        let found = |text: &str| {
            desk.search(&casebook::search::SearchQuery { text: text.into(), ..Default::default() })
                .unwrap()
                .cases
                .len()
        };
        assert_eq!(found("spokes"), 1, "desk {i}: the case is found by the name it has");
        assert_eq!(found("dented"), 0, "desk {i}: not by the name another rename replaced");
        assert_eq!(found("truing"), 0, "desk {i}: nor by the name it was opened with");
    }
    shop.same_everywhere();
}
