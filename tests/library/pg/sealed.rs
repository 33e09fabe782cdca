//! The shop's server never holds a customer's words in clear: payloads and
//! files leave a desk sealed with the shop's key, which a join code carries
//! and the server never sees; a forgotten customer's sealed words leave the
//! server too, and whatever arrives about them later. A shop set up before
//! sealing is sealed by its owner, and a desk that joined before waits for
//! the key code without losing anything.

use casebook::model::*;
use casebook::sync::seal::{Opened, ShopKey};
use casebook::sync::service::load_config;
use casebook::sync::{setup, sync_files, sync_once, PgRelay, SecretKey, SyncReport};

use super::{ana, first_desk, tidy, Db};

const NAME: &str = "Jürgen Quaxmüller";
const WORDS: &str = "Schaltung hängt zwischen Gang drei und vier";
const FILE: &[u8] = b"%PDF-1.4 Rechnung Quaxmueller Kontonummer 4711";

async fn try_sync(desk: &casebook::Db) -> casebook::Result<SyncReport> {
    let config = desk.read(load_config).await.unwrap().expect("a desk of the shop");
    let password = config.secret().load().unwrap().expect("its password is kept");
    let mut relay = PgRelay::new(config, password);
    let report = sync_once(&mut desk.clone(), &mut relay, |_| {}).await?;
    sync_files(desk, &mut relay).await?;
    casebook::sync::forget_on_server(desk, &mut relay).await?;
    Ok(report)
}

async fn sync(desk: &casebook::Db) -> SyncReport {
    try_sync(desk).await.expect("the desk syncs")
}

/// Jürgen, a case with his words, and a file attached to it.
async fn juergen(desk: &casebook::Db) -> (String, String) {
    desk.write(|s| {
        let ctx = s.acting(&ana(), None)?;
        let customer = s.write(|w| {
            w.create_customer(
                &ctx,
                &NewCustomer {
                    name: NAME.into(),
                    emails: vec!["quax@example.de".into()],
                    ..Default::default()
                },
                true,
            )
        })?;
        let staged = s.stage_file("rechnung.pdf", FILE)?;
        let case = s.write(|w| {
            let case = w.open_case(
                &ctx,
                &NewInteraction {
                    customer: CustomerChoice::Existing { id: customer.id.clone() },
                    subject: "Quaxmüller bike".into(),
                    channel: Channel::Email,
                    priority: Priority::Normal,
                    owner_id: None,
                    message: Some(WORDS.into()),
                    expectations: None,
                },
            )?;
            w.attach_to_opening(&ctx, &case.id, std::slice::from_ref(&staged))?;
            Ok(case)
        })?;
        Ok((customer.id, case.id))
    })
    .await
    .unwrap()
}

/// Everything the server holds for the shop, as one text.
async fn server_text(db: &Db, shop_id: &str) -> (String, Vec<u8>) {
    let admin = db.as_admin().await;
    let row = admin
        .query_one(
            "SELECT coalesce(string_agg(payload, ' '), '') FROM casebook.events WHERE shop_id = $1",
            &[&shop_id],
        )
        .await
        .unwrap();
    let files: Vec<Vec<u8>> = admin
        .query("SELECT content FROM casebook.files WHERE shop_id = $1", &[&shop_id])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    (row.get(0), files.concat())
}

fn found(text: &str) -> casebook::search::SearchQuery {
    casebook::search::SearchQuery { text: text.into(), ..Default::default() }
}

fn holds(bytes: &[u8], words: &[u8]) -> bool {
    bytes.windows(words.len()).any(|w| w == words)
}

async fn sealed_about(db: &Db, shop_id: &str, customer: &str) -> i64 {
    db.as_admin()
        .await
        .query_one(
            "SELECT count(*) FROM casebook.events WHERE shop_id = $1 AND customer_id = $2
               AND kind <> 'customer_forgotten' AND payload LIKE '%\"sealed\"%'",
            &[&shop_id, &customer],
        )
        .await
        .unwrap()
        .get(0)
}

/// The server as a shop's was before sealing: what it holds opened, as the
/// desks sent it then (as the superuser, past the history's guard), and no
/// key check.
async fn as_before_sealing(db: &Db, shop_id: &str, key: &ShopKey) {
    let admin = db.as_admin().await;
    admin.batch_execute("ALTER TABLE casebook.events DISABLE TRIGGER events_append_only").await.unwrap();
    let rows =
        admin.query("SELECT id, payload FROM casebook.events WHERE shop_id = $1", &[&shop_id]).await.unwrap();
    for row in rows {
        let (id, payload): (String, String) = (row.get(0), row.get(1));
        if let Opened::Payload(clear) = key.open_payload(&id, &payload) {
            admin
                .execute(
                    "UPDATE casebook.events SET payload = $3 WHERE shop_id = $1 AND id = $2",
                    &[&shop_id, &id, &clear],
                )
                .await
                .unwrap();
        }
    }
    admin.batch_execute("ALTER TABLE casebook.events ENABLE TRIGGER events_append_only").await.unwrap();
    admin.execute("UPDATE casebook.shops SET key_check = NULL WHERE id = $1", &[&shop_id]).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_holds_no_customer_words_and_forgets_its_sealed_copy_with_the_customer() {
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (first, config_a) = first_desk(&db, dir.path()).await;
    let made = setup::make_join_code(&first, ana(), "Workshop").await.unwrap();
    let second = casebook::Db::open(dir.path().join("second.db")).unwrap();
    let config_b = setup::join_shop(&second, &made.code).await.expect("the code carries the shop's key");

    // A desk of a Casebook from before sealing would apply a sealed payload
    // without its words: the shop takes it no more, and says so.
    let password = config_b.secret().load().unwrap().unwrap();
    let old_desk = super::raw(&format!(
        "host=127.0.0.1 port={} dbname={} user={} password={password}",
        db.port, config_b.server.dbname, config_b.role
    ))
    .await;
    let err = old_desk.query("SELECT * FROM casebook.pull(2, 0, 10)", &[]).await.expect_err("too old");
    assert_eq!(err.code().map(|c| c.code()), Some("CB006"), "told to update: {err}");

    let (customer, case) = juergen(&first).await;
    sync(&first).await;
    let (events, files) = server_text(&db, &config_a.shop_id).await;
    for words in [NAME, "Quaxmüller", "Schaltung", "quax@example.de", "rechnung.pdf", "Ana"] {
        assert!(!events.contains(words), "the server holds no “{words}” in clear");
    }
    assert!(events.contains("\"sealed\"") && events.contains("case_opened"), "sealed, kinds in clear");
    assert!(!files.is_empty() && !holds(&files, b"Quaxmueller"), "the file is on the server, sealed");

    let got = sync(&second).await;
    assert!(got.pulled > 0, "the workshop receives the history: {got:?}");
    let id = customer.clone();
    let seen = second.read(move |s| s.customer(&id)).await.expect("the workshop has Jürgen");
    assert_eq!(seen.name, NAME, "and reads his name: the join code gave it the key");
    let hits = second.read(|s| s.search(&found("Schaltung"))).await.unwrap();
    assert!(!hits.entries.is_empty(), "his words are searchable at the workshop");
    let hash = casebook::attachments::hash(FILE);
    let h = hash.clone();
    let bytes = second.read(move |s| s.attachment_content(&h)).await.expect("the file came, opened");
    assert_eq!(bytes, FILE, "intact");

    // The workshop writes about Jürgen, and has not heard of the erasure
    // when it sends that.
    let (c, ctx_name) = (case.clone(), ana());
    second
        .write(move |s| {
            let ctx = s.acting(&ctx_name, None)?;
            let note = NewEntry {
                case_id: c,
                kind: EntryKind::Note,
                body: "Quaxmüller rang again".into(),
                direction: None,
            };
            s.write(|w| w.add_entry(&ctx, &note))
        })
        .await
        .unwrap();
    assert!(sealed_about(&db, &config_a.shop_id, &customer).await > 0, "before: sealed words");
    let who = customer.clone();
    first.write(move |s| s.forget(&ana(), &who, "Asked at the counter")).await.expect("forgotten");
    sync(&first).await;
    assert_eq!(
        sealed_about(&db, &config_a.shop_id, &customer).await,
        0,
        "the server dropped the sealed words of every event about him"
    );
    sync(&second).await;
    assert_eq!(sealed_about(&db, &config_a.shop_id, &customer).await, 0, "and of what came after");
    let (events, _) = server_text(&db, &config_a.shop_id).await;
    assert!(events.contains("customer_forgotten"), "the erasure itself is in the history");
    let id = customer.clone();
    let now = second.read(move |s| s.customer(&id)).await.unwrap();
    assert!(now.name.starts_with('#'), "forgotten at the workshop too: {}", now.name);
    tidy(&[&config_a, &config_b]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shop_set_up_before_sealing_is_sealed_by_its_owner_and_a_desk_without_the_key_waits() {
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (first, config_a) = first_desk(&db, dir.path()).await;
    let made = setup::make_join_code(&first, ana(), "Workshop").await.unwrap();
    let second = casebook::Db::open(dir.path().join("second.db")).unwrap();
    let config_b = setup::join_shop(&second, &made.code).await.unwrap();
    // As a shop was before sealing: its history in clear on the server, no
    // check there, no key anywhere.
    let shop_key = SecretKey::Shop { shop_id: config_a.shop_id.clone() };
    let key = ShopKey::from_text(&shop_key.load().unwrap().expect("the first desk made the key")).unwrap();
    as_before_sealing(&db, &config_a.shop_id, &key).await;
    shop_key.delete().unwrap();
    let (customer, _) = juergen(&first).await;
    sync(&first).await;
    sync(&second).await;
    let (events, _) = server_text(&db, &config_a.shop_id).await;
    assert!(events.contains("Schaltung"), "sent in clear, as before sealing");

    let sealed = setup::seal_shop_words(&first, ana()).await.expect("the owner seals the shop");
    assert!(sealed.sealed > 0, "what the server held in clear is sealed now: {sealed:?}");
    let (events, _) = server_text(&db, &config_a.shop_id).await;
    assert!(!events.contains("Schaltung") && !events.contains(NAME), "no words in clear any more");
    assert!(!format!("{sealed:?}").contains("cbkey1"), "the key code is never printed in a log");

    // The workshop joined before: it has no key (this test's desks share
    // one password store, so the key is taken out of it here).
    let note = |body: &'static str| {
        let c = customer.clone();
        move |s: &mut casebook::Store| {
            let ctx = s.acting(&ana(), None)?;
            let case = s.customer_cases(&c)?.remove(0).id;
            s.write(|w| {
                w.add_entry(
                    &ctx,
                    &NewEntry { case_id: case, kind: EntryKind::Note, body: body.into(), direction: None },
                )
            })
        }
    };
    second.write(note("Waiting for the part")).await.unwrap();
    let waiting = second.read(|s| s.unsent_count()).await.unwrap();
    shop_key.delete().unwrap();
    let err = try_sync(&second).await.expect_err("a desk without the key sends nothing");
    assert!(err.to_string().contains("key code"), "the message says what to do: {err}");
    assert_eq!(second.read(|s| s.unsent_count()).await.unwrap(), waiting, "its work waits, nothing lost");

    let wrong = casebook::sync::join::key_code(&config_a.shop_id, &ShopKey::generate().unwrap()).unwrap();
    let err = setup::take_key_code(&second, &wrong).await.expect_err("another key");
    assert!(err.to_string().contains("not the one"), "{err}");
    let err = setup::take_key_code(&second, "cbkey1.garbage").await.expect_err("mistyped");
    assert!(err.to_string().contains("mistyped"), "{err}");
    setup::take_key_code(&second, &sealed.key_code).await.expect("the owner's key code");
    let sent = sync(&second).await;
    assert_eq!(sent.pushed, waiting, "its work goes, sealed: {sent:?}");
    let (events, _) = server_text(&db, &config_a.shop_id).await;
    assert!(!events.contains("Waiting for the part"), "sealed");
    sync(&first).await;
    let seen = first.read(|s| s.search(&found("Waiting for the part"))).await.unwrap();
    assert!(!seen.entries.is_empty(), "and the counter reads it");
    tidy(&[&config_a, &config_b]);
}
