//! Who else is on a case, between two desks running the sync loop as the app
//! does, through a real local PostgreSQL. Printed beside the targets, never
//! asserted:
//!
//!     scripts/with-test-servers.sh cargo bench --bench presence
//!
//! - shown: desk A opens a case (or starts writing) until desk B shows it:
//!   p95 under 1 s;
//! - left: A leaves the case until B no longer shows it;
//! - gone: A stops saying it is there (closed, offline, crashed: it never
//!   says it left) until B no longer shows it: within 10 s.

use std::time::{Duration, Instant};

use casebook::model::{Actor, NewStaff, StaffRole};
use casebook::sync::{service, setup, Here, PgRelay, Presence};
use casebook::Ctx;
use tokio::sync::watch;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run `scripts/with-test-servers.sh cargo bench --bench presence`")
    })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

async fn until(watch: &mut watch::Receiver<Vec<Presence>>, seen: impl Fn(&[Presence]) -> bool) -> Duration {
    let start = Instant::now();
    while !seen(&watch.borrow_and_update()) {
        if tokio::time::timeout(Duration::from_secs(30), watch.changed()).await.is_err() {
            panic!("nothing heard in 30 s");
        }
    }
    start.elapsed()
}

fn report(what: &str, mut times: Vec<Duration>, target: &str) {
    times.sort();
    println!(
        "{what:<34} n={:<3} p50 {:>7}  p95 {:>7}  max {:>7}   (target: {target})",
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap())
    );
}

#[tokio::main]
async fn main() {
    assert_eq!(env("CASEBOOK_TEST_KEYRING"), "1", "passwords go to the throwaway keyring");
    let base = env("CASEBOOK_TEST_PG_URL");
    let name = format!("casebook_bench_{}", casebook::ids::new_id().replace('-', ""));
    let (client, conn) = tokio_postgres::connect(&base, tokio_postgres::NoTls).await.expect("the server");
    tokio::spawn(conn);
    client.batch_execute(&format!("CREATE DATABASE {name}")).await.expect("a database");
    let url = format!("{}/{name}", base.rsplit_once('/').expect("a database in the URL").0);

    let dir = tempfile::tempdir().unwrap();
    let first = casebook::Db::open(dir.path().join("a.db")).unwrap();
    first
        .write(|s| {
            s.write(|w| {
                w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner })
            })
        })
        .await
        .unwrap();
    let ana = || Actor::Named("Ana".into());
    let config_a =
        setup::start_shop(&first, ana(), &url, None, "Bench shop", "Counter").await.expect("a shop");
    let made = setup::make_join_code(&first, ana(), "Workshop").await.unwrap();
    let second = casebook::Db::open(dir.path().join("b.db")).unwrap();
    let config_b = setup::join_shop(&second, &made.code).await.expect("the second desk joins");
    let id = first.read(|s| Ok(s.list_staff()?[0].id.clone())).await.unwrap();
    first.write(move |s| s.set_current_staff(Some(&id))).await.unwrap();

    let a = service::start(first.clone());
    let b = service::start(second.clone());
    a.wake();
    b.wake();
    let mut at_b = b.presence.watch();
    // Both loops connected and listening.
    let warm = casebook::ids::new_id();
    a.presence.set_here(Here { case_id: Some(warm.clone()), writing: false });
    until(&mut at_b, |p| p.iter().any(|x| x.case_id == warm)).await;

    let (mut shown, mut writing, mut left) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..40 {
        let case = casebook::ids::new_id();
        let t = Instant::now();
        a.presence.set_here(Here { case_id: Some(case.clone()), writing: false });
        until(&mut at_b, |p| p.iter().any(|x| x.case_id == case)).await;
        shown.push(t.elapsed());
        let t = Instant::now();
        a.presence.set_here(Here { case_id: Some(case.clone()), writing: true });
        until(&mut at_b, |p| p.iter().any(|x| x.case_id == case && x.writing)).await;
        writing.push(t.elapsed());
        let t = Instant::now();
        a.presence.set_here(Here::default());
        until(&mut at_b, |p| p.is_empty()).await;
        left.push(t.elapsed());
    }
    report("shown on the other desk", shown, "p95 under 1 s");
    report("\"is writing\" shown", writing, "p95 under 1 s");
    report("gone after leaving the case", left, "p95 under 1 s");

    // A desk that stops saying it is there: its own relay, then silence.
    let password = config_a.secret().load().unwrap().expect("the first desk's password");
    let mut gone = Vec::new();
    for _ in 0..3 {
        let mut silent = PgRelay::open(config_a.clone(), &password).await.unwrap();
        let case = casebook::ids::new_id();
        silent
            .set_presence(
                &Here { case_id: Some(case.clone()), writing: false },
                "Ana",
                casebook::sync::presence::TTL,
            )
            .await
            .unwrap();
        until(&mut at_b, |p| p.iter().any(|x| x.case_id == case)).await;
        let t = Instant::now();
        drop(silent);
        until(&mut at_b, |p| p.iter().all(|x| x.case_id != case)).await;
        gone.push(t.elapsed());
    }
    report("gone when a desk falls silent", gone, "within 10 s");

    for c in [&config_a, &config_b] {
        let _ = c.secret().delete();
        let _ = casebook::sync::SecretKey::Owner { shop_id: c.shop_id.clone() }.delete();
        let _ = casebook::sync::SecretKey::Shop { shop_id: c.shop_id.clone() }.delete();
    }
}
