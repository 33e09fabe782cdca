//! Who else is on a case, through the real server: shown to the other desks
//! at once, gone when a desk leaves the case, and gone by itself when a desk
//! stops saying it is there (closed, offline, crashed). Nothing of it is
//! history, and a desk can say only where its own person is.

use std::time::{Duration, Instant};

use casebook::sync::{invite, join, Here, PgRelay};

use super::Db;

async fn two_desks(db: &Db) -> (PgRelay, PgRelay, String) {
    let shop = db.shop("Corner Shop").await;
    let code = invite(&db.owner(), &shop.shop_id, "Workshop").await.unwrap().code;
    let workshop = join(&code).await.unwrap();
    let counter = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    let other = PgRelay::open(workshop.config.clone(), &workshop.password).await.unwrap();
    (counter, other, workshop.config.desk_id)
}

fn on(case: &str, writing: bool) -> Here {
    Here { case_id: Some(case.into()), writing }
}

#[tokio::test]
async fn a_desk_on_a_case_is_shown_to_the_others_and_gone_when_it_leaves() {
    let db = Db::new().await;
    let (mut counter, mut workshop, workshop_id) = two_desks(&db).await;
    let case = casebook::ids::new_id();

    workshop.set_presence(&on(&case, false), "Sam", Duration::from_secs(8)).await.unwrap();
    let seen = counter.presence().await.unwrap();
    assert_eq!(seen.len(), 1, "the counter sees the workshop: {seen:?}");
    let (p, left) = &seen[0];
    assert_eq!(
        (p.desk_id.as_str(), p.desk_name.as_str(), p.staff_name.as_str()),
        (workshop_id.as_str(), "Workshop", "Sam")
    );
    assert_eq!((p.case_id.as_str(), p.writing), (case.as_str(), false), "on that case, reading");
    assert!(*left > 6_000 && *left <= 8_000, "the row holds for the time asked, unless renewed: {left} ms");
    assert!(workshop.presence().await.unwrap().is_empty(), "a desk is not shown itself");

    workshop.set_presence(&on(&case, true), "Sam", Duration::from_secs(8)).await.unwrap();
    assert!(counter.presence().await.unwrap()[0].0.writing, "and now writing a reply");

    workshop.set_presence(&Here::default(), "Sam", Duration::from_secs(8)).await.unwrap();
    assert!(counter.presence().await.unwrap().is_empty(), "leaving the case removes the row at once");
}

#[tokio::test]
async fn a_desk_that_stops_saying_it_is_there_is_gone_when_its_row_lapses() {
    let db = Db::new().await;
    let (mut counter, mut workshop, _) = two_desks(&db).await;
    let case = casebook::ids::new_id();
    // The shortest a row may hold: a crashed desk never says it left.
    workshop.set_presence(&on(&case, true), "Sam", Duration::from_millis(1)).await.unwrap();
    let shown = counter.presence().await.unwrap();
    assert_eq!(shown.len(), 1, "shown while it holds (the server holds a row a second at least)");
    let start = Instant::now();
    while !counter.presence().await.unwrap().is_empty() {
        assert!(start.elapsed() < Duration::from_secs(5), "the row lapsed by itself");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The desk comes back: shown again.
    workshop.set_presence(&on(&case, false), "Sam", Duration::from_secs(8)).await.unwrap();
    assert_eq!(counter.presence().await.unwrap().len(), 1, "back once it says so again");
}

#[tokio::test]
async fn a_desk_cannot_write_presence_but_its_own_nor_send_junk() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let client = db.as_desk(&shop.desk).await;
    let direct = client
        .execute(
            "INSERT INTO casebook.presence VALUES ($1, 'someone-else', 'Eve', 'x', true, now() + interval '1 hour')",
            &[&shop.shop_id],
        )
        .await;
    assert!(direct.is_err(), "no desk writes the table itself");
    let junk = client
        .execute("SELECT casebook.set_presence(3, $1, 'Eve', false, 5000)", &[&"'; DROP TABLE x; --"])
        .await
        .expect_err("a case id that is no id is refused");
    assert_eq!(junk.code().map(|c| c.code()), Some("CB004"), "as a malformed envelope: {junk}");
    let long = client
        .execute("SELECT casebook.set_presence(3, 'abc', $1, false, 5000)", &[&"x".repeat(500)])
        .await
        .expect_err("a name past 120 characters is refused");
    assert_eq!(long.code().map(|c| c.code()), Some("CB004"), "{long}");
}

/// Waits (at most `limit`, a bound for a hung test, not a speed target: see
/// `cargo bench --bench presence`) until `seen` holds for the people shown.
async fn until(
    watch: &mut tokio::sync::watch::Receiver<Vec<casebook::sync::Presence>>,
    limit: Duration,
    seen: impl Fn(&[casebook::sync::Presence]) -> bool,
) -> bool {
    let start = Instant::now();
    loop {
        if seen(&watch.borrow_and_update()) {
            return true;
        }
        let left = limit.saturating_sub(start.elapsed());
        if left.is_zero() || tokio::time::timeout(left, watch.changed()).await.is_err() {
            return seen(&watch.borrow());
        }
    }
}

#[tokio::test]
async fn the_sync_loops_carry_presence_between_two_desks_as_people_move() {
    use casebook::sync::{service, setup};
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (first, config_a) = super::first_desk(&db, dir.path()).await;
    let made = setup::make_join_code(&first, super::ana(), "Workshop").await.unwrap();
    let second = casebook::Db::open(dir.path().join("second.db")).unwrap();
    let config_b = setup::join_shop(&second, &made.code).await.unwrap();
    let ana = first.read(|s| Ok(s.list_staff()?[0].id.clone())).await.unwrap();
    first.write(move |s| s.set_current_staff(Some(&ana))).await.unwrap();

    let a = service::start(first.clone());
    let b = service::start(second.clone());
    a.wake();
    b.wake();
    let mut seen_at_b = b.presence.watch();
    let case = casebook::ids::new_id();

    a.presence.set_here(Here { case_id: Some(case.clone()), writing: false });
    let shown = until(&mut seen_at_b, Duration::from_secs(20), |p| p.iter().any(|x| x.case_id == case)).await;
    assert!(shown, "the workshop sees the counter on the case");
    let p = b.presence.others();
    assert_eq!((p[0].staff_name.as_str(), p[0].desk_name.as_str()), ("Ana", "Counter"), "by name and desk");

    a.presence.set_here(Here { case_id: Some(case.clone()), writing: true });
    assert!(
        until(&mut seen_at_b, Duration::from_secs(10), |p| p.iter().any(|x| x.writing)).await,
        "then writing"
    );

    a.presence.set_here(Here::default());
    assert!(
        until(&mut seen_at_b, Duration::from_secs(10), |p| p.is_empty()).await,
        "and gone when Ana leaves the case"
    );
    assert!(a.presence.others().is_empty(), "the counter never shows itself");
    super::tidy(&[&config_a, &config_b]);
}
