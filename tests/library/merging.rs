//! Two desks offline edit the same lists at once: after sync every addition
//! and every removal of each desk stands on both, and a single value takes
//! the later edit in the one order (issue: edits record the change).

use casebook::hours::Holiday;
use casebook::model::*;
use casebook::sync::{sync_once, MemoryRelay};
use casebook::{Ctx, Store};

fn desk() -> Store {
    Store::open_in_memory().unwrap()
}

fn sync(s: &mut Store, relay: &MemoryRelay) {
    let mut relay = relay.clone();
    tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(sync_once(s, &mut relay, |_| {}))
        .expect("sync through the relay in memory");
}

/// Two desks of one shop, nothing synced yet; Ana, the owner, at the first.
fn two_desks() -> (MemoryRelay, Store, Store, Ctx) {
    let mut a = desk();
    let ana = a
        .write(|w| {
            w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        })
        .unwrap();
    (MemoryRelay::new(), a, desk(), Ctx::staff(&ana.id))
}

#[test]
fn two_desks_adding_to_the_same_lists_offline_keep_both_additions() {
    let (relay, mut a, mut b, ctx) = two_desks();
    let maria = a
        .write(|w| {
            w.log_hours(&ctx)?;
            w.log_root_causes(&ctx)?;
            let input = NewCustomer {
                name: "Maria Silva".into(),
                emails: vec!["maria@example.com".into()],
                ..NewCustomer::default()
            };
            w.create_customer(&ctx, &input, false)
        })
        .unwrap();
    sync(&mut a, &relay);
    sync(&mut b, &relay);

    // Offline, each desk adds a holiday, a root cause and an email, and
    // renames the customer; desk A also removes a root cause.
    let edit =
        |s: &mut Store, holiday: &str, cause: &str, email: &str, name: &str, drop_cause: Option<&str>| {
            s.write(|w| {
                let mut spec = w.settings()?.calendar.spec().clone();
                spec.holidays.push(Holiday { date: holiday.into(), name: "Closed".into(), yearly: false });
                w.set_calendar(&ctx, &spec)?;
                let mut causes = casebook::learn::root_causes(w.tx())?;
                causes.retain(|c| Some(c.as_str()) != drop_cause);
                causes.push(cause.into());
                w.set_root_causes(&ctx, &causes)?;
                let mut emails = casebook::customers::customer(w.tx(), &maria.id)?.emails;
                emails.push(email.into());
                let patch = CustomerPatch {
                    emails: Some(emails),
                    name: Some(name.into()),
                    ..CustomerPatch::default()
                };
                w.update_customer(&ctx, &maria.id, &patch)
            })
            .unwrap()
        };
    edit(&mut a, "2026-12-24", "Parts late", "maria@work.example", "Maria S.", Some("workload"));
    edit(&mut b, "2026-12-31", "Courier", "ms@home.example", "Maria Silva-Reis", None);
    sync(&mut a, &relay);
    sync(&mut b, &relay);
    sync(&mut a, &relay);

    for (who, s) in [("desk A", &a), ("desk B", &b)] {
        let holidays: Vec<String> =
            s.sla_settings().unwrap().calendar.spec().holidays.iter().map(|h| h.date.clone()).collect();
        assert_eq!(holidays, ["2026-12-24", "2026-12-31"], "{who}: both desks' holidays stay");
        let causes = s.root_causes().unwrap();
        assert!(
            causes.contains(&"Parts late".to_owned()) && causes.contains(&"Courier".to_owned()),
            "{who}: {causes:?}"
        );
        assert!(!causes.contains(&"workload".to_owned()), "{who}: desk A's removal stands: {causes:?}");
        let emails = s.customer(&maria.id).unwrap().emails;
        for e in ["maria@example.com", "maria@work.example", "ms@home.example"] {
            assert!(emails.contains(&e.to_owned()), "{who}: {e} stays: {emails:?}");
        }
    }
    assert_eq!(a.state_dump().unwrap(), b.state_dump().unwrap(), "both desks end with the same shop");
    let name = a.customer(&maria.id).unwrap().name;
    assert!(
        name == "Maria S." || name == "Maria Silva-Reis",
        "one of the two names, the later in the order: {name}"
    );
}

#[test]
fn a_colleague_added_at_two_desks_is_merged_into_one_even_when_both_desks_merge_at_once() {
    let (relay, mut a, mut b, ctx) = two_desks();
    sync(&mut a, &relay);
    sync(&mut b, &relay);
    let mia = NewStaff { name: "Mia".into(), role: StaffRole::Staff };
    let mia_a = a.write(|w| w.add_staff(&ctx, &mia)).unwrap();
    let mia_b = b.write(|w| w.add_staff(&ctx, &NewStaff { role: StaffRole::Lead, ..mia.clone() })).unwrap();
    sync(&mut a, &relay);
    sync(&mut b, &relay);
    sync(&mut a, &relay);
    let err = a.resolve(&Actor::Named("Mia".into())).expect_err("two active people called Mia");
    assert!(err.to_string().contains("Mia"), "{err}");

    // Both desks merge, each the other way round, offline.
    a.write(|w| w.merge_staff(&ctx, &mia_b.id, &mia_a.id)).unwrap();
    b.write(|w| w.merge_staff(&ctx, &mia_a.id, &mia_b.id)).unwrap();
    sync(&mut a, &relay);
    sync(&mut b, &relay);
    sync(&mut a, &relay);
    assert_eq!(a.state_dump().unwrap(), b.state_dump().unwrap(), "both desks end with the same staff list");
    let mias: Vec<Staff> = a.list_staff().unwrap().into_iter().filter(|s| s.name == "Mia").collect();
    assert_eq!(mias.len(), 1, "one Mia on the list: {mias:?}");
    assert!(mias[0].active, "and she can still sign in");
    assert_eq!(mias[0].role, StaffRole::Lead, "with the higher of the two roles");
    assert_eq!(
        a.resolve(&Actor::Named("Mia".into())).unwrap(),
        Some(mias[0].id.clone()),
        "--as Mia works again"
    );

    // A new name travels like any single value.
    a.write(|w| w.rename_staff(&ctx, &mias[0].id, "Mia Jansen")).unwrap();
    sync(&mut a, &relay);
    sync(&mut b, &relay);
    assert_eq!(b.staff_member(&mias[0].id).unwrap().name, "Mia Jansen", "the other desk has the new name");
}
