//! The hostile desk: a desk's own PostgreSQL role, as a thief with a shop
//! laptop or a buggy older desk would use it, tries every write and lock it
//! could. What a desk may not do must be refused by the server itself, not
//! only by Casebook; and after each try the honest desks still sync and end
//! with the same shop.

use std::time::{Duration, Instant};

use casebook::model::*;
use casebook::sync::{invite, join, revoke, sync_once, Joined, PgRelay, Relay};
use casebook::{ids, Ctx, Error, Store};
use tokio_postgres::error::SqlState;
use tokio_postgres::Client;

use super::{events, store, Db};

fn refused<T: std::fmt::Debug>(result: Result<T, tokio_postgres::Error>, why: &str) -> String {
    let err = result.expect_err(why);
    assert_eq!(err.code(), Some(&SqlState::INSUFFICIENT_PRIVILEGE), "{why}: {err:?}");
    err.as_db_error().map(|e| e.message().to_owned()).unwrap_or_default()
}

/// The server's own refusal: its SQLSTATE (`CB...`, see `server/0003_gate.sql`).
fn gate<T: std::fmt::Debug>(result: Result<T, tokio_postgres::Error>, code: &str, why: &str) -> String {
    let err = result.expect_err(why);
    let db = err.as_db_error().unwrap_or_else(|| panic!("{why}: a refusal by the server, not {err:?}"));
    assert_eq!(db.code().code(), code, "{why}: {}", db.message());
    db.message().to_owned()
}

/// One event as a hostile desk may send it, column by column.
struct Raw {
    id: String,
    desk: String,
    hlc: i64,
    at: i64,
    kind: String,
    payload: String,
}

impl Raw {
    fn staff(desk: &str) -> Raw {
        let payload = format!(
            r#"{{"kind":"staff_added","staff_id":"{}","name":"Mallory","role":"owner"}}"#,
            ids::new_id()
        );
        let ms = casebook::clock::to_ms(casebook::clock::now());
        Raw {
            id: ids::new_id(),
            desk: desk.into(),
            hlc: ms << 16,
            at: ms,
            kind: "staff_added".into(),
            payload,
        }
    }
}

/// Calls the server's push function directly, as any desk role could.
async fn push_raw(client: &Client, rows: &[Raw]) -> Result<u64, tokio_postgres::Error> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let desks: Vec<&str> = rows.iter().map(|r| r.desk.as_str()).collect();
    let hlcs: Vec<i64> = rows.iter().map(|r| r.hlc).collect();
    let none: Vec<Option<&str>> = rows.iter().map(|_| None).collect();
    let ats: Vec<i64> = rows.iter().map(|r| r.at).collect();
    let kinds: Vec<&str> = rows.iter().map(|r| r.kind.as_str()).collect();
    let payloads: Vec<&str> = rows.iter().map(|r| r.payload.as_str()).collect();
    let row = client
        .query_one(
            "SELECT added FROM casebook.push(3, $1, $2, $3, $4, $5, $6, $7, $8, $9)",
            &[&ids, &desks, &hlcs, &none, &ats, &none, &none, &kinds, &payloads],
        )
        .await?;
    Ok(row.get::<_, i64>(0) as u64)
}

/// A shop with two honest desks (SQLite stores) and a hostile third.
struct Scene {
    db: Db,
    a: Store,
    relay_a: PgRelay,
    b: Store,
    relay_b: PgRelay,
    hostile: Joined,
    staff: String,
}

impl Scene {
    async fn new() -> Scene {
        let db = Db::new().await;
        let mut a = store();
        let shop_id = ids::new_id();
        let first = casebook::sync::create_shop(&db.owner(), &shop_id, "Corner Shop", a.desk_id(), "Counter")
            .await
            .unwrap();
        let ana = a
            .write(|w| w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner }))
            .unwrap();
        let mut relay_a = PgRelay::open(first.config.clone(), &first.password).await.unwrap();
        sync_once(&mut a, &mut relay_a, |_| {}).await.unwrap();
        let second = join(&invite(&db.owner(), &shop_id, "Back office").await.unwrap().code).await.unwrap();
        let mut b = store();
        b.adopt_desk_id(&second.config.desk_id).unwrap();
        let mut relay_b = PgRelay::open(second.config.clone(), &second.password).await.unwrap();
        sync_once(&mut b, &mut relay_b, |_| {}).await.unwrap();
        let hostile =
            join(&invite(&db.owner(), &shop_id, "Stolen laptop").await.unwrap().code).await.unwrap();
        Scene { db, a, relay_a, b, relay_b, hostile, staff: ana.id }
    }

    /// Both honest desks write, sync, and must end with the same shop.
    async fn honest_desks_converge(&mut self, why: &str) {
        let ctx = Ctx::staff(&self.staff);
        let name = format!("Customer {}", ids::new_id());
        let input = NewCustomer { name: name.clone(), ..NewCustomer::default() };
        self.a.write(|w| w.create_customer(&ctx, &input, false)).unwrap();
        let input = NewCustomer { name: format!("{name} B"), ..NewCustomer::default() };
        self.b.write(|w| w.create_customer(&ctx, &input, false)).unwrap();
        for _ in 0..2 {
            sync_once(&mut self.a, &mut self.relay_a, |_| {}).await.unwrap_or_else(|e| panic!("{why}: {e}"));
            sync_once(&mut self.b, &mut self.relay_b, |_| {}).await.unwrap_or_else(|e| panic!("{why}: {e}"));
        }
        assert_eq!(self.a.unsent_count().unwrap(), 0, "{why}: the first desk's work is on the server");
        assert_eq!(self.b.unsent_count().unwrap(), 0, "{why}: the second desk's work is on the server");
        assert_eq!(
            self.a.state_dump().unwrap(),
            self.b.state_dump().unwrap(),
            "{why}: the honest desks hold the same shop"
        );
    }

    /// Every event the server holds has an envelope a desk may write.
    async fn server_holds_only_wellformed_events(&self) {
        let admin = self.db.as_admin().await;
        let bad: i64 = admin
            .query_one(
                "SELECT count(*) FROM casebook.events
                 WHERE id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                    OR hlc <= 0 OR hlc > ((casebook.now_ms() + 600000) << 16) | 65535
                    OR payload::jsonb ->> 'kind' IS DISTINCT FROM kind",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        assert_eq!(bad, 0, "the server holds nothing a desk may not write");
        let positions: (i64, i64, i64) = {
            let r = admin
                .query_one(
                    "SELECT count(*), coalesce(min(position), 1), coalesce(max(position), 0) FROM casebook.events",
                    &[],
                )
                .await
                .unwrap();
            (r.get(0), r.get(1), r.get(2))
        };
        assert_eq!(positions.1, 1, "positions start at 1");
        assert_eq!(positions.0, positions.2, "and have no gap a reader could miss: {positions:?}");
    }
}

#[tokio::test]
async fn no_one_changes_or_deletes_the_history() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    relay.push(&events(&shop.desk.config.desk_id, 3)).await.unwrap();

    let desk = db.as_desk(&shop.desk).await;
    refused(
        desk.execute("UPDATE casebook.events SET payload = '{}'", &[]).await,
        "a desk may not edit events",
    );
    refused(desk.execute("DELETE FROM casebook.events", &[]).await, "a desk may not delete events");
    refused(desk.execute("TRUNCATE casebook.events", &[]).await, "a desk may not empty the history");

    let admin = db.as_admin().await;
    let msg = refused(
        admin.execute("UPDATE casebook.events SET kind = 'x'", &[]).await,
        "not even the owner edits",
    );
    assert!(msg.contains("append-only"), "the refusal says why: {msg}");
    refused(admin.execute("DELETE FROM casebook.events", &[]).await, "not even the owner deletes");
    refused(admin.execute("TRUNCATE casebook.events", &[]).await, "not even the owner empties it");
    let n: i64 = admin.query_one("SELECT count(*) FROM casebook.events", &[]).await.unwrap().get(0);
    assert_eq!(n, 3, "every event is still there");
}

#[tokio::test]
async fn a_desk_sees_only_its_own_shop_and_only_through_the_servers_functions() {
    let db = Db::new().await;
    let a = db.shop("Shop A").await;
    let b = db.shop("Shop B").await;
    let mut relay_a = PgRelay::open(a.desk.config.clone(), &a.desk.password).await.unwrap();
    let mut relay_b = PgRelay::open(b.desk.config.clone(), &b.desk.password).await.unwrap();
    relay_a.push(&events(&a.desk.config.desk_id, 2)).await.unwrap();
    relay_b.push(&events(&b.desk.config.desk_id, 5)).await.unwrap();

    let desk = db.as_desk(&a.desk).await;
    for table in ["events", "shops", "desks", "files", "me"] {
        refused(
            desk.query(&format!("SELECT * FROM casebook.{table}"), &[]).await,
            &format!("a desk reads no table ({table}) but through the server's functions"),
        );
    }
    let n: i64 = desk.query_one("SELECT count(*) FROM casebook.pull(3, 0, 100)", &[]).await.unwrap().get(0);
    assert_eq!(n, 2, "shop A's desk pulls only A's events");
    let n: i64 = desk.query_one("SELECT count(*) FROM casebook.shop_desks(3)", &[]).await.unwrap().get(0);
    assert_eq!(n, 1, "and lists only its shop's desks");
    let pulled = relay_a.pull(0, 100).await.unwrap();
    assert_eq!(pulled.len(), 2, "a pull brings nothing of another shop");
    assert!(pulled.iter().all(|r| r.event.desk_id == a.desk.config.desk_id));
}

#[tokio::test]
async fn a_desk_can_neither_write_nor_lock_a_table() {
    let db = Db::new().await;
    let a = db.shop("Shop A").await;
    let b = db.shop("Shop B").await;
    let desk = db.as_desk(&a.desk).await;
    let me = &a.desk.config.desk_id;
    let attempts = [
        "INSERT INTO casebook.events (shop_id, position, id, desk_id, hlc, at, kind, payload)
         VALUES ('s', 1000, 'e1', 'd', 1, 1, 'staff_added', '{}')",
        "UPDATE casebook.shops SET next_position = 9223372036854775807",
        "UPDATE casebook.shops SET next_position = next_position + 3",
        "UPDATE casebook.desks SET revoked_at = NULL",
        "UPDATE casebook.desks SET name = 'Mine now'",
        "INSERT INTO casebook.files (shop_id, hash, size, content, added_by)
         VALUES ('s', repeat('0', 64), 1, '\\x00', 'd')",
        "DELETE FROM casebook.files",
        "SELECT * FROM casebook.shops FOR UPDATE",
        "LOCK TABLE casebook.files IN ACCESS EXCLUSIVE MODE",
        "LOCK TABLE casebook.events IN SHARE MODE",
        "CREATE TABLE casebook.mine (x int)",
    ];
    for sql in attempts {
        // LOCK needs a transaction; each try gets its own.
        let tried = desk.batch_execute(&format!("BEGIN; {sql}; COMMIT")).await;
        let _ = desk.batch_execute("ROLLBACK").await;
        let err = tried.expect_err(&format!("a desk may not: {sql}"));
        assert_eq!(err.code(), Some(&SqlState::INSUFFICIENT_PRIVILEGE), "{sql}: {err:?}");
    }
    refused(
        desk.query(
            "SELECT * FROM casebook.append($1, NULL, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}')",
            &[&b.shop_id],
        )
        .await,
        "the owner's way in is closed to a desk",
    );
    let msg = gate(
        push_raw(&desk, &[Raw::staff(&b.desk.config.desk_id)]).await,
        "CB005",
        "a desk may not write an event in another desk's name",
    );
    assert!(msg.contains("another desk"), "{msg}");
    push_raw(&desk, &[Raw::staff(me)]).await.expect("its own event, well formed, is taken");
}

#[tokio::test]
async fn the_server_refuses_every_malformed_envelope_and_the_honest_desks_go_on() {
    let mut scene = Scene::new().await;
    let h = scene.db.as_desk(&scene.hostile).await;
    let me = scene.hostile.config.desk_id.clone();
    let with = |f: &dyn Fn(&mut Raw)| {
        let mut r = Raw::staff(&me);
        f(&mut r);
        r
    };
    let tries: Vec<(Raw, &str, &str)> = vec![
        (with(&|r| r.payload = "{not json".into()), "CB004", "a payload that is not JSON"),
        (with(&|r| r.payload = "[1, 2]".into()), "CB004", "a payload that is not an object"),
        (with(&|r| r.payload = r#"{"kind":"case_opened"}"#.into()), "CB004", "a payload naming another kind"),
        (with(&|r| r.kind = "DROP TABLE".into()), "CB004", "a kind that is no kind"),
        (with(&|r| r.id = "e1".into()), "CB004", "an id that is no id"),
        (with(&|r| r.hlc = i64::MAX), "CB001", "a clock value at the end of time"),
        (with(&|r| r.hlc = 0), "CB004", "a clock value of zero"),
        (with(&|r| r.hlc = -5), "CB004", "a negative clock value"),
        (with(&|r| r.at = i64::MAX), "CB004", "a time beyond any calendar"),
        (
            with(&|r| r.payload = format!(r#"{{"kind":"staff_added","pad":"{}"}}"#, "x".repeat(2 << 20))),
            "CB003",
            "a 2 MB event",
        ),
    ];
    for (raw, code, why) in &tries {
        gate(push_raw(&h, std::slice::from_ref(raw)).await, code, why);
    }
    let flood: Vec<Raw> = (0..10_001).map(|_| Raw::staff(&me)).collect();
    gate(push_raw(&h, &flood).await, "CB003", "more than 10,000 events in one push");
    let big: Vec<Raw> = (0..40)
        .map(|_| {
            with(&|r| {
                r.payload = format!(r#"{{"kind":"staff_added","pad":"{}"}}"#, "x".repeat((1 << 20) - 100))
            })
        })
        .collect();
    gate(push_raw(&h, &big).await, "CB003", "a push above the shop's size limit");

    // One bad event refuses its whole batch: nothing of it enters.
    let good = Raw::staff(&me);
    let good_id = good.id.clone();
    gate(
        push_raw(&h, &[good, with(&|r| r.payload = "{".into())]).await,
        "CB004",
        "a batch with one bad event",
    );
    let admin = scene.db.as_admin().await;
    let held: i64 = admin
        .query_one("SELECT count(*) FROM casebook.events WHERE id = $1", &[&good_id])
        .await
        .unwrap()
        .get(0);
    assert_eq!(held, 0, "a refused batch leaves nothing behind");

    // A kind no desk knows yet is a newer Casebook's: it travels, and older
    // desks set it aside.
    let newer = with(&|r| {
        r.kind = "feature_from_the_future".into();
        r.payload = r#"{"kind":"feature_from_the_future","x":1}"#.into();
    });
    assert_eq!(push_raw(&h, &[newer]).await.unwrap(), 1, "a well-formed event of an unknown kind travels");
    // So does an event about a case that does not exist: it is the desks'
    // business to set it aside, never to stop at it.
    let orphan = with(&|r| {
        r.kind = "note_added".into();
        r.payload = format!(r#"{{"kind":"note_added","case_id":"{}","text":"boo"}}"#, ids::new_id());
    });
    push_raw(&h, &[orphan]).await.unwrap();

    scene.honest_desks_converge("after the hostile desk's tries").await;
    let aside = scene.b.set_aside_summary().unwrap();
    assert!(
        aside.iter().any(|s| s.desk_id == me),
        "the honest desk shows what it set aside from the hostile desk: {aside:?}"
    );
    scene.server_holds_only_wellformed_events().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_holding_the_shop_open_is_ended_and_the_others_push() {
    let mut scene = Scene::new().await;
    let h = scene.db.as_desk(&scene.hostile).await;
    // It lifts its own time limits, pushes in a transaction, and sits on it.
    h.batch_execute("SET idle_in_transaction_session_timeout = 0; SET statement_timeout = 0; BEGIN")
        .await
        .unwrap();
    push_raw(&h, &[Raw::staff(&scene.hostile.config.desk_id)]).await.unwrap();
    let started = Instant::now();
    scene.honest_desks_converge("while a desk holds the shop's row").await;
    println!("the honest desks waited {:?} for the held row", started.elapsed());
    assert!(
        h.query_one("SELECT 1", &[]).await.is_err(),
        "the desk session that held the shop's row was ended"
    );
    let admin = scene.db.as_admin().await;
    let n: i64 = admin
        .query_one(
            "SELECT count(*) FROM casebook.events WHERE desk_id = $1",
            &[&scene.hostile.config.desk_id],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 0, "what it never committed never entered");
    scene.server_holds_only_wellformed_events().await;
}

#[tokio::test]
async fn a_flood_is_slowed_to_the_shops_rate_and_nothing_is_lost() {
    let mut scene = Scene::new().await;
    let admin = scene.db.as_admin().await;
    admin.execute("UPDATE casebook.shops SET desk_events_per_minute = 100", &[]).await.unwrap();
    let h = scene.db.as_desk(&scene.hostile).await;
    let me = scene.hostile.config.desk_id.clone();
    let first: Vec<Raw> = (0..100).map(|_| Raw::staff(&me)).collect();
    let taken = push_raw(&h, &first).await.unwrap_or_else(|e| panic!("a minute's worth is refused: {e:?}"));
    assert_eq!(taken, 100, "a minute's worth is taken at once");
    let more: Vec<Raw> = (0..50).map(|_| Raw::staff(&me)).collect();
    gate(push_raw(&h, &more).await, "CB002", "more than the shop's rate is refused");

    // An honest desk over the rate is told to wait, keeps its work, and
    // sends it when the rate allows.
    admin.execute("UPDATE casebook.shops SET desk_events_per_minute = 1", &[]).await.unwrap();
    let ctx = Ctx::staff(&scene.staff);
    for n in 0..3 {
        let input = NewCustomer { name: format!("Rush {n}"), ..NewCustomer::default() };
        scene.b.write(|w| w.create_customer(&ctx, &input, false)).unwrap();
        let _ = sync_once(&mut scene.b, &mut scene.relay_b, |_| {}).await;
    }
    let err = sync_once(&mut scene.b, &mut scene.relay_b, |_| {}).await.expect_err("over the rate");
    assert!(matches!(err, Error::Unavailable { .. }), "a wait, not a failure: {err:?}");
    assert!(err.to_string().contains("per minute"), "says why: {err}");
    assert!(scene.b.unsent_count().unwrap() > 0, "the work waits on the desk");
    admin.execute("UPDATE casebook.shops SET desk_events_per_minute = 120000", &[]).await.unwrap();
    scene.honest_desks_converge("after the rate was raised").await;
}

#[tokio::test]
async fn a_desk_whose_clock_ran_a_day_ahead_gets_its_work_in_and_the_order_holds() {
    let mut scene = Scene::new().await;
    let ctx = Ctx::staff(&scene.staff);
    // First, work the server takes but whose acknowledgement is lost: it
    // stays unsent here, and must not be re-stamped (the server holds it).
    let input = NewCustomer { name: "Acked Ann".into(), ..NewCustomer::default() };
    scene.b.write(|w| w.create_customer(&ctx, &input, false)).unwrap();
    let unsent = scene.b.unsent(100).unwrap();
    scene.relay_b.push(&unsent.events).await.unwrap();

    let day = 24 * 3600 * 1000;
    scene.b.set_clock_offset(day);
    let input = NewCustomer { name: "Offline Olga".into(), ..NewCustomer::default() };
    let olga = scene.b.write(|w| w.create_customer(&ctx, &input, false)).unwrap();
    let report = sync_once(&mut scene.b, &mut scene.relay_b, |_| {}).await.expect("the work goes in");
    assert!(report.restamped >= 1, "its events were given the server's time: {report:?}");
    assert_eq!(scene.b.unsent_count().unwrap(), 0, "and the server has them");
    // Later work on that desk follows the server's clock, not its own.
    let input = NewCustomer { name: "Later Lea".into(), ..NewCustomer::default() };
    scene.b.write(|w| w.create_customer(&ctx, &input, false)).unwrap();
    let report = sync_once(&mut scene.b, &mut scene.relay_b, |_| {}).await.unwrap();
    assert_eq!(report.restamped, 0, "no second refusal: {report:?}");
    scene.honest_desks_converge("after the clock-ahead desk sent its work").await;
    assert_eq!(scene.a.customer(&olga.id).unwrap().name, "Offline Olga", "its customer is on the other desk");
    scene.server_holds_only_wellformed_events().await;
}

#[tokio::test]
async fn files_are_kept_by_their_content_and_leave_only_through_an_erasure() {
    let scene = Scene::new().await;
    let h = scene.db.as_desk(&scene.hostile).await;
    let bytes: &[u8] = b"a photo of the broken phone";
    let hash: String = ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    gate(
        h.execute("SELECT casebook.put_file(3, $1, $2)", &[&"0".repeat(64), &bytes]).await,
        "CB010",
        "a file whose content does not match its name",
    );
    h.execute("SELECT casebook.put_file(3, $1, $2)", &[&hash, &bytes]).await.expect("a true file is kept");
    gate(
        h.execute("SELECT casebook.erase_file(3, $1)", &[&hash]).await,
        "CB011",
        "a file deleted with no erasure in the history",
    );
    let got: Option<Vec<u8>> = h.query_one("SELECT casebook.get_file(3, $1)", &[&hash]).await.unwrap().get(0);
    assert_eq!(got.as_deref(), Some(bytes), "the file is still there");
    let me = scene.hostile.config.desk_id.clone();
    let erasure = {
        let mut r = Raw::staff(&me);
        r.kind = "attachment_erased".into();
        r.payload = format!(
            r#"{{"kind":"attachment_erased","attachment_id":"{}","hash":"{hash}","reason":"asked"}}"#,
            ids::new_id()
        );
        r
    };
    push_raw(&h, &[erasure]).await.unwrap();
    h.execute("SELECT casebook.erase_file(3, $1)", &[&hash]).await.expect("with its erasure, it goes");
    let got: Option<Vec<u8>> = h.query_one("SELECT casebook.get_file(3, $1)", &[&hash]).await.unwrap().get(0);
    assert_eq!(got, None, "the content left the server");
}

#[tokio::test]
async fn a_revoked_desk_is_refused_with_a_clear_message_and_its_sessions_end() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let other = join(&invite(&db.owner(), &shop.shop_id, "Till").await.unwrap().code).await.unwrap();
    let mut relay = PgRelay::open(other.config.clone(), &other.password).await.unwrap();
    relay.push(&events(&other.config.desk_id, 4)).await.unwrap();

    // Revoked while a session stays open: the server's functions refuse it.
    let open = db.as_desk(&other).await;
    db.as_admin()
        .await
        .execute("UPDATE casebook.desks SET revoked_at = now() WHERE id = $1", &[&other.config.desk_id])
        .await
        .unwrap();
    gate(
        open.query("SELECT * FROM casebook.pull(3, 0, 10)", &[]).await,
        "CB007",
        "a revoked desk reads nothing",
    );
    let err = relay.pull(0, 10).await.expect_err("a revoked desk's pull fails rather than look empty");
    assert!(err.to_string().contains("withdrawn"), "it says access was withdrawn: {err}");
    let err = relay.push(&events(&other.config.desk_id, 1)).await.expect_err("and its push fails");
    assert!(err.to_string().contains("withdrawn"), "{err}");

    // Revoking for real ends its sessions, even one sitting in a transaction.
    let sitting = db.as_desk(&other).await;
    sitting.batch_execute("BEGIN").await.unwrap();
    revoke(&db.owner(), &shop.shop_id, &other.config.desk_id).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while sitting.query_one("SELECT 1", &[]).await.is_ok() {
        assert!(Instant::now() < deadline, "revoking ended the desk's open session");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let err = PgRelay::open(other.config.clone(), &other.password).await.expect_err("login refused");
    assert!(matches!(err, Error::Server { .. }), "a refusal, not 'unreachable': {err:?}");
    let text = err.to_string();
    assert!(
        text.contains("withdrawn") && text.contains("sync leave") && text.contains("import the export"),
        "says what happened and what to do: {text}"
    );
    let admin = db.as_admin().await;
    let n: i64 = admin.query_one("SELECT count(*) FROM casebook.events", &[]).await.unwrap().get(0);
    assert_eq!(n, 4, "its events stay in the shop's history");
}

#[tokio::test]
async fn an_unused_join_code_reads_nothing_and_stops_working_at_its_date() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password).await.unwrap();
    relay.push(&events(&shop.desk.config.desk_id, 3)).await.unwrap();
    let invitation = invite(&db.owner(), &shop.shop_id, "Till").await.unwrap();
    let days = (invitation.expires_at - casebook::clock::now()).num_hours();
    assert!((7 * 24 - 1..=7 * 24).contains(&days), "a code works for seven days: {days} h");
    let code = casebook::sync::JoinCode::decode(&invitation.code).unwrap();

    // Whoever holds the code, unused, reaches the server but reads nothing.
    let holder = super::raw(&format!(
        "host=127.0.0.1 port={} dbname={} user={} password={}",
        db.port, code.server.dbname, code.role, code.password
    ))
    .await;
    let msg = gate(
        holder.query("SELECT * FROM casebook.pull(3, 0, 100)", &[]).await,
        "CB007",
        "an unused join code reads nothing",
    );
    assert!(msg.contains("not joined"), "{msg}");

    db.as_admin()
        .await
        .execute(
            "UPDATE casebook.desks SET join_until = now() - interval '1 minute' WHERE id = $1",
            &[&code.desk_id],
        )
        .await
        .unwrap();
    let err = join(&invitation.code).await.expect_err("a code past its date is refused by the server");
    assert!(err.to_string().contains("past its date"), "says why: {err}");
}
