//! Exports imported on a desk of a shop: the other desks' events they hold
//! reach the shop's server through the importing desk when no active desk
//! can send them itself, and never stop anyone's sync meanwhile.

use casebook::data::exchange;
use casebook::model::*;
use casebook::sync::{invite, join, revoke, sync_once, Joined, PgRelay, SyncConfig};
use casebook::{Ctx, Store};

use super::{store, Db};

/// A desk that joined the shop, as `sync join` leaves it: the shop's desk id
/// and its settings kept.
async fn joined_desk(db: &Db, shop_id: &str, name: &str) -> (Store, Joined, PgRelay) {
    let code = invite(&db.owner(), shop_id, name).await.unwrap().code;
    let joined = join(&code).await.unwrap();
    let mut s = store();
    s.adopt_desk_id(&joined.config.desk_id).unwrap();
    s.set_meta(SyncConfig::META_KEY, Some(&joined.config.to_json().unwrap())).unwrap();
    let relay = PgRelay::open(joined.config.clone(), &joined.password).await.unwrap();
    (s, joined, relay)
}

/// The shop's first desk, the counter, with Ana the owner, synced.
async fn counter(db: &Db) -> (super::Shop, Store, PgRelay, Staff) {
    let shop = db.shop("Corner Shop").await;
    let mut a = store();
    a.adopt_desk_id(&shop.desk.config.desk_id).unwrap();
    a.set_meta(SyncConfig::META_KEY, Some(&shop.desk.config.to_json().unwrap())).unwrap();
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    let ana = a
        .write(|w| {
            w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        })
        .unwrap();
    sync_once(&mut a, &mut relay, |_| {}).await.unwrap();
    (shop, a, relay, ana)
}

fn open_case(s: &mut Store, staff: &str, name: &str) -> CaseSummary {
    let input = NewInteraction {
        customer: CustomerChoice::New {
            customer: NewCustomer { name: name.into(), ..NewCustomer::default() },
            allow_duplicate: true,
        },
        subject: "Chain snapped".into(),
        channel: Channel::Phone,
        priority: Priority::Normal,
        owner_id: None,
        message: Some("It snapped on the hill".into()),
        expectations: None,
    };
    s.write(|w| w.open_case(&Ctx::staff(staff), &input)).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_desks_export_reaches_the_shop_through_the_desk_that_imported_it() {
    let db = Db::new().await;
    let (shop, mut a, mut relay_a, ana) = counter(&db).await;
    let (mut b, _, mut relay_b) = joined_desk(&db, &shop.shop_id, "Back office").await;
    let (mut c, joined_c, mut relay_c) = joined_desk(&db, &shop.shop_id, "Workshop").await;
    sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    sync_once(&mut c, &mut relay_c, |_| {}).await.unwrap();

    // The workshop desk, not synced since, opens a case and exports; the
    // back office imports that export and writes on the case.
    let case = open_case(&mut c, &ana.id, "Maria Silva");
    let dir = tempfile::tempdir().unwrap();
    let export = exchange::export(&c, dir.path()).unwrap();
    let report = exchange::import(
        &mut b,
        &casebook::staff::Actor::Named("Ana".into()),
        std::path::Path::new(&export.folder),
    )
    .unwrap();
    assert!(report.carried >= 3, "the workshop's new events are carried for it: {report:?}");
    let note = NewEntry {
        case_id: case.id.clone(),
        kind: EntryKind::Note,
        body: "Part ordered".into(),
        direction: None,
    };
    b.write(|w| w.add_entry(&Ctx::staff(&ana.id), &note)).unwrap();

    // The back office sends its note and, for the workshop, the case: the
    // counter gets both at once, and nobody's sync stops.
    let round = sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    assert_eq!(round.pushed, 1, "the back office sends its own note: {round:?}");
    assert!(round.carried >= 3 && round.carried_waiting == 0, "and the workshop's work: {round:?}");
    assert!(b.carried_count().unwrap().is_empty(), "nothing left to carry");
    sync_once(&mut a, &mut relay_a, |_| {}).await.expect("the counter's sync never stops");
    assert!(a.set_aside_ids(None).unwrap().is_empty(), "the note has its case: {:?}", a.set_aside_summary());
    assert_eq!(
        a.case_summary(&case.id).unwrap().subject,
        "Chain snapped",
        "the workshop's case is on the counter"
    );

    // The workshop syncs later: what was brought for it is already there.
    let round = sync_once(&mut c, &mut relay_c, |_| {}).await.expect("the workshop's own sync goes through");
    assert!(round.pushed >= 3, "its copies count as sent: {round:?}");
    assert_eq!(c.unsent_count().unwrap(), 0, "and it knows the server has them");
    sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
    sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    assert_eq!(a.state_dump().unwrap(), b.state_dump().unwrap(), "the counter and the back office agree");
    assert_eq!(a.state_dump().unwrap(), c.state_dump().unwrap(), "and the workshop too");

    // Its PC is gone later: nothing of it is missing, whoever had it.
    drop(relay_c);
    revoke(&db.owner(), &shop.shop_id, &joined_c.config.desk_id).await.unwrap();

    // A standalone desk's export imported at the back office is shared too.
    let mut alone = store();
    let sam = alone
        .write(|w| {
            w.add_staff(&Ctx::now(None), &NewStaff { name: "Sam Alone".into(), role: StaffRole::Owner })
        })
        .unwrap();
    open_case(&mut alone, &sam.id, "Jo Reis");
    let export = exchange::export(&alone, dir.path()).unwrap();
    let report = exchange::import(
        &mut b,
        &casebook::staff::Actor::Named("Ana".into()),
        std::path::Path::new(&export.folder),
    )
    .unwrap();
    assert!(report.carried >= 4, "{report:?}");
    let round = sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
    assert_eq!(round.carried, u64::from(report.carried), "all of it goes to the server: {round:?}");
    sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
    assert!(a.list_staff().unwrap().iter().any(|s| s.name == "Sam Alone"), "the counter has it");
    assert_eq!(a.state_dump().unwrap(), b.state_dump().unwrap(), "both desks hold the same shop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_that_restores_an_older_backup_stays_in_its_shop_and_catches_up() {
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let mut a = store();
    let ana = a
        .write(|w| {
            w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        })
        .unwrap();
    let before_shop = dir.path().join("before-connect.db");
    a.backup_to(&before_shop).unwrap();

    let shop_id = casebook::ids::new_id();
    let first = casebook::sync::create_shop(&db.owner(), &shop_id, "Corner Shop", a.desk_id(), "Counter")
        .await
        .unwrap();
    a.set_meta(SyncConfig::META_KEY, Some(&first.config.to_json().unwrap())).unwrap();
    let mut relay = PgRelay::open(first.config.clone(), &first.password).await.unwrap();
    let case = open_case(&mut a, &ana.id, "Maria Silva");
    sync_once(&mut a, &mut relay, |_| {}).await.unwrap();

    // Another shop's backup is refused, and nothing changes.
    let mut other = store();
    let mut config = first.config.clone();
    config.shop_id = casebook::ids::new_id();
    config.shop_name = "Other Shop".into();
    other.set_meta(SyncConfig::META_KEY, Some(&config.to_json().unwrap())).unwrap();
    let theirs = dir.path().join("other-shop.db");
    other.backup_to(&theirs).unwrap();
    let err = a
        .restore_from(&casebook::staff::Actor::Named("Ana".into()), &theirs, &dir.path().join("backups"))
        .unwrap_err();
    assert!(err.to_string().contains("Other Shop"), "the refusal names the other shop: {err}");
    assert!(a.case_summary(&case.id).is_ok(), "nothing was replaced");

    // The backup from before the shop: the desk stays in the shop, and its
    // next sync brings back what the server has.
    a.restore_from(&casebook::staff::Actor::Named("Ana".into()), &before_shop, &dir.path().join("backups"))
        .unwrap();
    assert!(a.in_shop().unwrap(), "the desk is still a desk of its shop");
    assert!(a.case_summary(&case.id).is_err(), "the restored history is the older one");
    let round = sync_once(&mut a, &mut relay, |_| {}).await.expect("the restored desk syncs");
    assert!(round.pulled >= 1, "{round:?}");
    assert_eq!(
        a.case_summary(&case.id).unwrap().subject,
        "Chain snapped",
        "the case came back from the server"
    );
    assert_eq!(a.unsent_count().unwrap(), 0, "the server holds everything this desk has");
}

/// A desk imports the work of a desk whose clock runs hours ahead: its own
/// next work follows those clock values, the server refuses them as ahead,
/// and the desk gives its own work and the carried work the server's time
/// and sends both; the fast desk later finds its work there, takes the
/// server's clock values, and everyone ends with one order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_that_imported_a_fast_clocks_work_still_sends_its_own() {
    let db = Db::new().await;
    let (shop, mut a, mut relay_a, ana) = counter(&db).await;
    let (mut fast, _, mut relay_fast) = joined_desk(&db, &shop.shop_id, "Workshop").await;
    sync_once(&mut fast, &mut relay_fast, |_| {}).await.unwrap();
    fast.set_clock_offset(11 * 3_600_000);
    let theirs = open_case(&mut fast, &ana.id, "Maria Silva");
    let dir = tempfile::tempdir().unwrap();
    let export = exchange::export(&fast, dir.path()).unwrap();
    exchange::import(
        &mut a,
        &casebook::staff::Actor::Named("Ana".into()),
        std::path::Path::new(&export.folder),
    )
    .unwrap();
    let mine = open_case(&mut a, &ana.id, "Jo Reis");
    let note = NewEntry {
        case_id: theirs.id.clone(),
        kind: EntryKind::Note,
        body: "Part ordered".into(),
        direction: None,
    };
    a.write(|w| w.add_entry(&Ctx::staff(&ana.id), &note)).unwrap();

    let round = sync_once(&mut a, &mut relay_a, |_| {}).await.expect("the counter sends its own work");
    assert!(round.restamped >= 3, "its work, ahead after the import, took the server's time: {round:?}");
    assert_eq!(a.unsent_count().unwrap(), 0, "and is on the server");
    assert!(
        round.carried >= 3 && round.carried_waiting == 0,
        "the workshop's work, ahead too, took the server's time and went with it: {round:?}"
    );
    sync_once(&mut fast, &mut relay_fast, |_| {}).await.expect("the fast desk sends its own, re-stamped");
    sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
    sync_once(&mut fast, &mut relay_fast, |_| {}).await.unwrap();
    assert!(a.carried_count().unwrap().is_empty(), "nothing is carried any more");
    for (who, desk) in [("counter", &a), ("workshop", &fast)] {
        assert!(
            desk.set_aside_ids(None).unwrap().is_empty(),
            "{who}: the note on the workshop's case still comes after the case: {:?}",
            desk.set_aside_summary()
        );
    }
    assert!(fast.case_summary(&mine.id).is_ok(), "the workshop has the counter's case");
    assert_eq!(a.state_dump().unwrap(), fast.state_dump().unwrap(), "one order on both desks");
}
