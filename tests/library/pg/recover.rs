//! Every desk can recover by itself: a join cut off after the server took
//! the code finishes with the same code; a desk whose password was lost is
//! let in again with its history and unsent work; the shop's server moves;
//! a desk leaves and keeps its history; desks are named by their names.

use casebook::model::{EntryKind, NewEntry, NewStaff, StaffRole};
use casebook::sync::service::load_config;
use casebook::sync::{join, setup, sync_once, JoinCode, PgRelay, SecretKey};
use casebook::{Ctx, Error};

use super::{ana, first_desk, tidy, Db};

async fn sync(desk: &casebook::Db) -> casebook::sync::SyncReport {
    let config = desk.read(load_config).await.unwrap().expect("a desk of the shop");
    let password = config.secret().load().unwrap().expect("its password is kept");
    sync_once(&mut desk.clone(), &mut PgRelay::new(config, password), |_| {}).await.expect("the desk syncs")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_join_cut_off_after_the_server_took_the_code_finishes_with_the_same_code() {
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (first, config_a) = first_desk(&db, dir.path()).await;
    let made = setup::make_join_code(&first, ana(), "Workshop").await.unwrap();
    let decoded = JoinCode::decode(&made.code).unwrap();

    // The desk kept its new password and the server took the code; then
    // the answer was lost (the PC was switched off): the desk has nothing.
    let password = join::new_password().unwrap();
    SecretKey::Desk { shop_id: decoded.shop_id.clone(), desk_id: decoded.desk_id.clone() }
        .store(&password)
        .unwrap();
    join::join_with(&decoded, &password).await.expect("the server takes the code");
    let second = casebook::Db::open(dir.path().join("second.db")).unwrap();
    assert!(second.read(load_config).await.unwrap().is_none(), "the cut-off desk knows of no shop");

    let config_b = setup::join_shop(&second, &made.code).await.expect("the same code finishes the join");
    assert_eq!(config_b.desk_id, decoded.desk_id, "the desk the server recorded");
    let got = sync(&second).await;
    assert!(got.pulled > 0, "and the shop's history arrives: {got:?}");

    // A kept password from a join that never reached the server does not
    // stand in the way of using the code.
    let made = setup::make_join_code(&first, ana(), "Till").await.unwrap();
    let decoded = JoinCode::decode(&made.code).unwrap();
    SecretKey::Desk { shop_id: decoded.shop_id.clone(), desk_id: decoded.desk_id.clone() }
        .store("a password the server never heard of")
        .unwrap();
    let third = casebook::Db::open(dir.path().join("third.db")).unwrap();
    let config_c = setup::join_shop(&third, &made.code).await.expect("joins as new");
    sync(&third).await;
    tidy(&[&config_a, &config_b, &config_c]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_that_lost_its_password_is_let_in_again_with_its_unsent_work() {
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (first, config_a) = first_desk(&db, dir.path()).await;
    let made = setup::make_join_code(&first, ana(), "Workshop").await.unwrap();
    let second = casebook::Db::open(dir.path().join("second.db")).unwrap();
    let config_b = setup::join_shop(&second, &made.code).await.unwrap();
    sync(&second).await;

    // Work written at the workshop, then its password is gone.
    let case = second
        .write(|s| {
            let ctx = s.acting(&ana(), None)?;
            let input = casebook::model::NewInteraction {
                customer: casebook::model::CustomerChoice::New {
                    customer: casebook::model::NewCustomer { name: "Maria".into(), ..Default::default() },
                    allow_duplicate: true,
                },
                subject: "Chain".into(),
                channel: casebook::model::Channel::Phone,
                priority: casebook::model::Priority::Normal,
                owner_id: None,
                message: None,
                expectations: None,
            };
            let case = s.write(|w| w.open_case(&ctx, &input))?;
            let note = NewEntry {
                case_id: case.id.clone(),
                kind: EntryKind::Note,
                body: "Waiting".into(),
                direction: None,
            };
            s.write(|w| w.add_entry(&ctx, &note))?;
            Ok(case)
        })
        .await
        .unwrap();
    config_b.secret().delete().unwrap();
    let waiting = second.read(|s| s.unsent_count()).await.unwrap();
    assert!(waiting >= 3, "the workshop's work waits: {waiting}");

    let err = setup::readmit_desk(&first, ana(), "Nowhere").await.expect_err("no such desk");
    assert!(err.to_string().contains("Workshop"), "the message lists the shop's desks: {err}");
    let code = setup::readmit_desk(&first, ana(), "workshop").await.expect("named, in any case").code;
    let again = setup::join_shop(&second, &code).await.expect("the same desk is let in again");
    assert_eq!(again.desk_id, config_b.desk_id, "as the same desk");
    assert_eq!(second.read(|s| s.unsent_count()).await.unwrap(), waiting, "its unsent work is still there");
    let sent = sync(&second).await;
    assert_eq!(sent.pushed, waiting, "and goes to the server: {sent:?}");
    sync(&first).await;
    assert!(
        first.read(move |s| s.case_summary(&case.id)).await.is_ok(),
        "the counter has the workshop's case"
    );

    // A revoked desk stays out.
    setup::revoke_desk(&first, ana(), "Workshop").await.expect("revoked by its name");
    let err = setup::readmit_desk(&first, ana(), "Workshop").await.expect_err("a revoked desk stays out");
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    tidy(&[&config_a, &config_b]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_follows_the_server_to_a_new_address_and_can_leave_keeping_its_history() {
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (first, config_a) = first_desk(&db, dir.path()).await;

    // The same server under another name: accepted once this desk gets in.
    let mut wrong = config_a.server.clone();
    wrong.port = 1;
    setup::move_server(&first, ana(), wrong).await.expect_err("nothing listens there");
    assert_eq!(first.read(load_config).await.unwrap().unwrap().server, config_a.server, "nothing changed");
    let mut moved = config_a.server.clone();
    moved.host = "localhost".into();
    let config = setup::move_server(&first, ana(), moved.clone()).await.expect("the new address works");
    assert_eq!(config.server, moved);
    sync(&first).await;

    // Leaving: refused while work waits, then allowed; the history stays.
    first
        .write(|s| {
            s.write(|w| {
                let owner = w
                    .tx()
                    .query_row("SELECT id FROM staff WHERE role = 'owner'", [], |r| r.get::<_, String>(0))?;
                w.add_staff(&Ctx::staff(&owner), &NewStaff { name: "Ben".into(), role: StaffRole::Staff })
            })
        })
        .await
        .unwrap();
    let err = setup::leave_shop(&first, ana(), false).await.expect_err("unsent work");
    assert!(err.to_string().contains("sync first"), "{err}");
    setup::leave_shop(&first, ana(), true).await.expect("leaves when told to anyway");
    assert!(first.read(load_config).await.unwrap().is_none(), "on its own now");
    assert!(config_a.secret().load().unwrap().is_none(), "its password is forgotten");
    let shop_key = SecretKey::Shop { shop_id: config_a.shop_id.clone() };
    assert!(shop_key.load().unwrap().is_none(), "and the shop's key");
    let staff = first.read(|s| s.list_staff()).await.unwrap();
    assert_eq!(staff.len(), 2, "the history stays: {staff:?}");
    tidy(&[&config_a]);
}
