//! Several desks, one history: three to six desks do random work of every kind
//! (merges and settings changes included) with clocks set from two hours
//! behind to a day ahead, push and pull in random pieces, lose the network,
//! crash between steps and between a push and its acknowledgement; then all
//! sync. Every desk must end with the same canonical dump, equal to what a new
//! desk gets by applying the server's log to an empty database.

use std::path::{Path, PathBuf};

use casebook::core::Origin;
use casebook::model::*;
use casebook::sync::{create_shop, invite, join, sync_once, MemoryRelay, PgRelay, Relay};
use casebook::{clock, Ctx, Store};
use proptest::prelude::*;

use crate::apply::{forgotten_keep_no_words, step, Op};

#[derive(Clone, Debug)]
enum Action {
    Work {
        desk: usize,
        op: Op,
    },
    /// Sends up to `batches` batches of 3 events; `acknowledged: false` is a
    /// desk that crashed after the server committed but before it heard so.
    Push {
        desk: usize,
        batches: u8,
        acknowledged: bool,
    },
    Pull {
        desk: usize,
        limit: usize,
    },
    Crash {
        desk: usize,
    },
    Network {
        down: bool,
    },
    /// Desk `to` imports an export of desk `from` (what it holds now, sent or not).
    Import {
        from: usize,
        to: usize,
    },
    /// The desk takes a backup, to restore later.
    Backup {
        desk: usize,
    },
    /// The desk restores the backup it took last (if any).
    Restore {
        desk: usize,
    },
}

/// Work steps, weighted towards what makes desks disagree: new customers and
/// cases, conversation, and merges of customers made at different desks.
fn work() -> impl Strategy<Value = Op> {
    // Rule-bearing edits weigh more: contacts (3), status, owner and
    // priority (10), promises kept and broken (12, 13), staff leaving (1),
    // settings (21, 22, 23, 35, 36), merges and undos (24, 25), and roles
    // changing (38) while someone uses an owner's tool or changes the
    // passcode rule (0, 1, 39, 40, 41) at another desk; now and then a
    // customer is forgotten (42), by hand or by the shop's rule (43), while
    // other desks still write about them. Saved replies (44) are edited at
    // several desks at once while roles change.
    const WEIGHTED: &[u8] = &[
        0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 5, 5, 6, 6, 7, 8, 9, 7, 10, 10, 10, 10, 11, 12, 12, 13, 13, 14,
        15, 16, 17, 18, 19, 20, 21, 22, 22, 23, 23, 24, 24, 24, 24, 25, 25, 26, 27, 28, 28, 28, 29, 29, 30,
        31, 32, 33, 35, 36, 38, 38, 38, 0, 1, 39, 40, 40, 41, 42, 43, 44, 44, 44,
    ];
    (0..WEIGHTED.len(), any::<u32>(), any::<u32>(), 0u16..90).prop_map(|(i, a, b, later)| Op {
        what: WEIGHTED[i],
        a,
        b,
        later,
    })
}

fn actions() -> impl Strategy<Value = Vec<Action>> {
    let desk = 0usize..6;
    let action = prop_oneof![
        10 => (desk.clone(), work()).prop_map(|(desk, op)| Action::Work { desk, op }),
        2 => (desk.clone(), 1u8..4, prop::bool::weighted(0.8))
            .prop_map(|(desk, batches, acknowledged)| Action::Push { desk, batches, acknowledged }),
        2 => (desk.clone(), 1usize..8).prop_map(|(desk, limit)| Action::Pull { desk, limit }),
        1 => desk.clone().prop_map(|desk| Action::Crash { desk }),
        1 => prop::bool::weighted(0.3).prop_map(|down| Action::Network { down }),
        1 => (desk.clone(), desk.clone()).prop_map(|(from, to)| Action::Import { from, to }),
        1 => desk.clone().prop_map(|desk| Action::Backup { desk }),
        1 => desk.prop_map(|desk| Action::Restore { desk }),
    ];
    prop::collection::vec(action, 100..300)
}

/// An active owner of this desk's shop, by id, with the passcode every
/// passcode in these histories has (importing and restoring are owners'
/// tools); the desk itself in a shop without one.
fn an_owner(store: &Store) -> casebook::staff::Actor {
    let owner: Option<String> = store
        .connection()
        .query_row(
            "SELECT id FROM staff WHERE role = 'owner' AND active = 1 ORDER BY passcode IS NULL, id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .ok();
    match owner {
        Some(id) => casebook::staff::Actor::WithPasscode(Some(id), casebook::staff::Passcode::new("2580")),
        None => casebook::staff::Actor::AtDesk,
    }
}

/// Whether an owner's tool was refused for want of a right or a passcode
/// (an owner without one, where the shop asks): nothing was done.
fn refused<T>(result: &casebook::Result<T>) -> bool {
    matches!(
        result,
        Err(casebook::Error::NotAllowed { .. }
            | casebook::Error::PasscodeNeeded { .. }
            | casebook::Error::Invalid { field: "passcode", .. })
    )
}

/// Each desk's clock, from two hours behind to a day ahead (minutes).
fn skews() -> impl Strategy<Value = Vec<i64>> {
    prop::collection::vec(-120i64..1440, 3..=6)
}

struct Desk {
    path: PathBuf,
    store: Option<Store>,
    skew_ms: i64,
    backup: Option<PathBuf>,
}

impl Desk {
    fn open(path: PathBuf, skew_ms: i64) -> Desk {
        let mut store = Store::open(&path).unwrap();
        // As the app and the command line open a desk (a restore does too).
        casebook::shop::prepare(&mut store).unwrap();
        store.set_clock_offset(skew_ms);
        // A desk of a shop: an import notes other desks' events to carry.
        store.set_meta(casebook::sync::SyncConfig::META_KEY, Some(r#"{"shop_id":"converge"}"#)).unwrap();
        Desk { path, store: Some(store), skew_ms, backup: None }
    }

    fn store(&mut self) -> &mut Store {
        self.store.as_mut().expect("the desk is open")
    }

    /// Killed between two steps: nothing uncommitted survives, everything
    /// committed does.
    fn crash(&mut self) {
        drop(self.store.take());
        let mut store = Store::open(&self.path).unwrap();
        casebook::shop::prepare(&mut store).unwrap();
        store.set_clock_offset(self.skew_ms);
        self.store = Some(store);
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}

/// The shop's server as the desks reach it: each desk with its own relay, and
/// a new desk that joins at the end to be the reference.
struct Shop<R: Relay> {
    rt: tokio::runtime::Runtime,
    relays: Vec<R>,
    reference: R,
    /// While set, no desk reaches the server (pushes and pulls fail).
    down: bool,

    /// Taken off the network too, for a relay that can be (the stand-in).
    set_down: Box<dyn Fn(bool)>,
}

impl<R: Relay> Shop<R> {
    /// Pushes and pulls until every desk has everything the server has.
    fn sync_all(&mut self, desks: &mut [Desk]) {
        for _round in 0..2 {
            for (desk, relay) in desks.iter_mut().zip(self.relays.iter_mut()) {
                self.rt
                    .block_on(sync_once(desk.store(), relay, |_| {}))
                    .expect("sync succeeds once the network is back");
            }
        }
    }
}

fn run<R: Relay>(dir: &Path, skews: &[i64], actions: &[Action], shop: &mut Shop<R>) {
    let mut desks: Vec<Desk> = skews
        .iter()
        .enumerate()
        .map(|(i, s)| Desk::open(dir.join(format!("desk-{i}.db")), s * 60_000))
        .collect();

    let start = clock::parse("2026-03-02T08:00:00Z").unwrap();
    // The first desk starts the shop; the others join it.
    let first = desks[0].store();
    first
        .write(|w| {
            let ana = w.add_staff(
                &Ctx::at(None, start),
                &NewStaff { name: "Ana Owner".into(), role: StaffRole::Owner },
            )?;
            let ctx = Ctx::at(Some(ana.id), start);
            w.add_staff(&ctx, &NewStaff { name: "Ben Staff".into(), role: StaffRole::Staff })?;
            w.add_staff(&ctx, &NewStaff { name: "Cy Lead".into(), role: StaffRole::Lead })
        })
        .unwrap();
    shop.sync_all(&mut desks);

    let mut minutes = 0i64;
    for action in actions {
        match action {
            Action::Work { desk, op } => {
                let Some(d) = desks.get_mut(*desk) else { continue };
                minutes += i64::from(op.later % 90);
                let at =
                    start + chrono::Duration::minutes(minutes) + chrono::Duration::milliseconds(d.skew_ms);
                step(d.store(), op, at);
            }
            Action::Push { desk, batches, acknowledged } => {
                let Some(d) = desks.get_mut(*desk) else { continue };
                for _ in 0..*batches {
                    let unsent = d.store().unsent(3).unwrap();
                    if unsent.events.is_empty()
                        || shop.down
                        || shop.rt.block_on(shop.relays[*desk].push(&unsent.events)).is_err()
                    {
                        break;
                    }
                    if *acknowledged {
                        d.store().mark_pushed(unsent.last_seq).unwrap();
                    }
                }
            }
            Action::Pull { desk, limit } => {
                let Some(d) = desks.get_mut(*desk) else { continue };
                let after = d.store().pulled_position().unwrap();
                if shop.down {
                    continue;
                }
                if let Ok(batch) = shop.rt.block_on(shop.relays[*desk].pull(after, *limit)) {
                    d.store().receive_pulled(&batch, Origin::Shared).unwrap();
                }
            }
            Action::Crash { desk } => {
                if let Some(d) = desks.get_mut(*desk) {
                    d.crash();
                }
            }
            Action::Network { down } => {
                shop.down = *down;
                (shop.set_down)(*down);
            }
            Action::Import { from, to } => {
                if from == to || *from >= desks.len() || *to >= desks.len() {
                    continue;
                }
                let folder =
                    casebook::data::exchange::export(desks[*from].store(), &dir.join("exports")).unwrap();
                let owner = an_owner(desks[*to].store());
                let imported =
                    casebook::data::exchange::import(desks[*to].store(), &owner, Path::new(&folder.folder));
                if !refused(&imported) {
                    imported.expect("an export of a desk of the shop imports");
                }
            }
            Action::Backup { desk } => {
                let Some(d) = desks.get_mut(*desk) else { continue };
                let file = dir.join(format!("backup-{desk}-{minutes}.db"));
                let _ = std::fs::remove_file(&file);
                d.store().backup_to(&file).unwrap();
                d.backup = Some(file);
            }
            Action::Restore { desk } => {
                let Some(d) = desks.get_mut(*desk) else { continue };
                let Some(file) = d.backup.clone() else { continue };
                let owner = an_owner(d.store());
                let restored = d.store().restore_from(&owner, &file, &dir.join("before-restore"));
                if !refused(&restored) {
                    restored.expect("a desk restores its backup");
                }
            }
        }
    }

    shop.down = false;
    (shop.set_down)(false);
    shop.sync_all(&mut desks);
    let mut server_log = Vec::new();
    let mut after = 0;
    loop {
        let batch = shop.rt.block_on(shop.reference.pull(after, 1000)).unwrap();
        let Some(last) = batch.last() else { break };
        after = last.position;
        server_log.extend(batch.into_iter().map(|r| r.event.id));
    }
    let mut ids = server_log.clone();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), server_log.len(), "the server holds each event once, however often it was pushed");

    let mut fresh = Desk::open(dir.join("fresh.db"), 0);
    shop.rt.block_on(sync_once(fresh.store(), &mut shop.reference, |_| {})).unwrap();
    let reference = fresh.store().state_dump().unwrap();

    for (i, desk) in desks.iter_mut().enumerate() {
        let count: i64 =
            desk.store().connection().query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap();
        assert_eq!(count as usize, server_log.len(), "desk {i} holds every event the shop has, and no other");
        forgotten_keep_no_words(desk.store(), i);
        let dump = desk.store().state_dump().unwrap();
        if dump != reference {
            let diff = dump.lines().zip(reference.lines()).find(|(a, b)| a != b);
            panic!("desk {i} differs from the server's log applied to an empty database; first difference: {diff:?}");
        }
    }
}

fn stand_in(desks: usize) -> Shop<MemoryRelay> {
    let relay = MemoryRelay::new();
    let switch = relay.clone();
    Shop {
        rt: tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap(),
        relays: (0..desks).map(|_| relay.clone()).collect(),
        reference: relay,
        down: false,
        set_down: Box::new(move |down| switch.set_down(down)),
    }
}

/// Desks of a shop on the real PostgreSQL: the first creates it, the others
/// (and the reference) join with codes, each under the id the shop gave it.
fn on_postgres(dir: &Path, skews: &[i64]) -> (Shop<PgRelay>, Vec<String>) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let server = rt.block_on(crate::pg::Db::new());
    let owner = server.owner();
    let shop_id = casebook::ids::new_id();
    let mut ids = Vec::new();
    let mut relays = Vec::new();
    for i in 0..=skews.len() {
        let joined = rt.block_on(async {
            if i == 0 {
                let desk_id = casebook::ids::new_id();
                create_shop(&owner, &shop_id, "Converge", &desk_id, "Desk 0").await.unwrap()
            } else {
                let code = invite(&owner, &shop_id, &format!("Desk {i}")).await.unwrap().code;
                join(&code).await.unwrap()
            }
        });
        ids.push(joined.config.desk_id.clone());
        relays.push(PgRelay::new(joined.config, joined.password));
    }
    let _ = dir;
    let reference = relays.pop().unwrap();
    (Shop { rt, relays, reference, down: false, set_down: Box::new(|_| {}) }, ids)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, max_shrink_iters: 300, ..ProptestConfig::default() })]

    #[test]
    fn desks_that_sync_end_with_the_same_history_and_state(skews in skews(), actions in actions()) {
        let dir = tempfile::tempdir().unwrap();
        run(dir.path(), &skews, &actions, &mut stand_in(skews.len()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, max_shrink_iters: 20, ..ProptestConfig::default() })]

    /// The same, against the real PostgreSQL: each desk logs in as its own role.
    #[test]
    fn desks_that_sync_through_postgres_end_with_the_same_history_and_state(skews in skews(), actions in actions()) {
        let dir = tempfile::tempdir().unwrap();
        let (mut shop, ids) = on_postgres(dir.path(), &skews);
        // Each desk writes under the id the shop gave it.
        for (i, id) in ids.iter().take(skews.len()).enumerate() {
            let mut store = Store::open(dir.path().join(format!("desk-{i}.db"))).unwrap();
            store.adopt_desk_id(id).unwrap();
        }
        run(dir.path(), &skews, &actions, &mut shop);
    }
}

/// A desk whose clock is a day behind answers a case opened on a desk whose
/// clock is right: the answer still sorts after the question, everywhere.
#[test]
fn an_answer_sorts_after_its_question_even_from_a_clock_a_day_behind() {
    let dir = tempfile::tempdir().unwrap();
    let relay = MemoryRelay::new();
    let (mut r1, mut r2) = (relay.clone(), relay.clone());
    let mut right = Desk::open(dir.path().join("right.db"), 0);
    let mut behind = Desk::open(dir.path().join("behind.db"), -24 * 3_600_000);
    let now = clock::now();
    let owner = right
        .store()
        .write(|w| w.add_staff(&Ctx::at(None, now), &NewStaff { name: "Ana".into(), role: StaffRole::Owner }))
        .unwrap();
    let case = right
        .store()
        .write(|w| {
            w.open_case(
                &Ctx::at(Some(owner.id.clone()), now),
                &NewInteraction {
                    customer: CustomerChoice::New {
                        customer: NewCustomer { name: "Dana Reyes".into(), ..NewCustomer::default() },
                        allow_duplicate: true,
                    },
                    subject: "Wheel truing".into(),
                    channel: Channel::WalkIn,
                    priority: Priority::Normal,
                    owner_id: None,
                    message: Some("The wheel wobbles".into()),
                    expectations: None,
                },
            )
        })
        .unwrap();
    block_on(sync_once(right.store(), &mut r1, |_| {})).unwrap();
    block_on(sync_once(behind.store(), &mut r2, |_| {})).unwrap();
    let yesterday = now - chrono::Duration::days(1);
    behind
        .store()
        .write(|w| {
            w.add_entry(
                &Ctx::at(Some(owner.id.clone()), yesterday),
                &NewEntry {
                    case_id: case.id.clone(),
                    kind: EntryKind::Reply,
                    body: "Trued it".into(),
                    direction: None,
                },
            )
        })
        .unwrap();
    block_on(sync_once(behind.store(), &mut r2, |_| {})).unwrap();
    block_on(sync_once(right.store(), &mut r1, |_| {})).unwrap();
    for desk in [&mut right, &mut behind] {
        let page = desk.store().case_timeline(&case.id, None, 10).unwrap();
        let newest = page.entries[0].event().unwrap();
        assert_eq!(
            casebook::core::Event::kind(&newest),
            "reply",
            "the reply is the newest entry on every desk, whatever its clock said"
        );
        let c = desk.store().case_summary(&case.id).unwrap();
        assert!(c.waiting_since.is_none(), "and it answers the customer: nobody waits on us");
    }
    assert_eq!(right.store().state_dump().unwrap(), behind.store().state_dump().unwrap(), "both desks agree");
}

/// Two desks, offline, merge the same two records in opposite directions:
/// once both have synced there is one customer, the same on both; undoing
/// the merge at one desk gives both records back everywhere.
#[test]
fn two_desks_merging_the_same_pair_at_once_agree_and_one_undo_takes_both_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut shop = stand_in(2);
    let mut desks = vec![
        Desk::open(dir.path().join("counter.db"), 0),
        Desk::open(dir.path().join("workshop.db"), -3_600_000),
    ];
    let now = clock::now();
    let (owner, a, b) = desks[0]
        .store()
        .write(|w| {
            let owner =
                w.add_staff(&Ctx::at(None, now), &NewStaff { name: "Ana".into(), role: StaffRole::Owner })?;
            let ctx = Ctx::at(Some(owner.id.clone()), now);
            let new = |name: &str| NewCustomer {
                name: name.into(),
                phones: vec!["0612345678".into()],
                ..NewCustomer::default()
            };
            let a = w.create_customer(&ctx, &new("Dana Reyes"), true)?;
            let b = w.create_customer(&ctx, &new("Dana Reyes"), true)?;
            Ok((owner, a, b))
        })
        .unwrap();
    shop.sync_all(&mut desks);
    let ctx = Ctx::at(Some(owner.id.clone()), now);
    desks[0].store().write(|w| w.merge_customers(&ctx, &a.id, &b.id)).unwrap();
    desks[1].store().write(|w| w.merge_customers(&ctx, &b.id, &a.id)).unwrap();
    shop.sync_all(&mut desks);
    for desk in desks.iter_mut() {
        assert_eq!(
            desk.store().customer(&b.id).unwrap().id,
            a.id,
            "one customer, the older record, on every desk"
        );
        assert_eq!(desk.store().customer_merges(&a.id).unwrap().len(), 1, "one merge in effect");
    }
    assert_eq!(
        desks[0].store().state_dump().unwrap(),
        desks[1].store().state_dump().unwrap(),
        "the desks agree"
    );

    let merge = desks[1].store().customer_merges(&a.id).unwrap()[0].merge_id.clone();
    desks[1].store().write(|w| w.undo_merge(&ctx, &merge)).unwrap();
    shop.sync_all(&mut desks);
    for desk in desks.iter_mut() {
        assert_eq!(desk.store().customer(&b.id).unwrap().id, b.id, "both records stand again on every desk");
        assert!(desk.store().customer_merges(&a.id).unwrap().is_empty(), "neither merge is left in effect");
    }
    assert_eq!(
        desks[0].store().state_dump().unwrap(),
        desks[1].store().state_dump().unwrap(),
        "and the desks agree"
    );
}
