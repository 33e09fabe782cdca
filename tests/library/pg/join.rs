//! Join codes, and every way connecting can go wrong: each must say what
//! happened and what to do, and an unreachable server must fail fast.

use std::time::{Duration, Instant};

use casebook::sync::{create_shop, invite, join, list_desks, JoinCode, Owner, PgRelay, Relay};
use casebook::{ids, Error};

use super::{env, events, Db};

#[tokio::test]
async fn a_join_code_joins_once() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let owner = db.owner();
    let invitation = invite(&owner, &shop.shop_id, "Back office").await.unwrap();
    assert!(!invitation.code.contains(char::is_whitespace), "a join code is one line");
    assert!(!invitation.code.contains(owner.password()), "the owner's password is never in a join code");
    let decoded = JoinCode::decode(&invitation.code).unwrap();
    assert_eq!(decoded.server, *owner.address(), "the code says where the server is");

    let joined = join(&invitation.code).await.unwrap();
    assert_eq!(joined.config.desk_id, invitation.desk_id, "the desk is the one invited");
    assert_eq!(joined.config.shop_id, shop.shop_id);
    assert_eq!(joined.config.shop_name, "Corner Shop", "the new desk learns the shop's name");
    assert_ne!(joined.password, decoded.password, "joining changed the password the code carried");

    let mut relay = PgRelay::open(joined.config.clone(), &joined.password).await.unwrap();
    let pushed = relay.push(&events(&joined.config.desk_id, 3)).await.unwrap();
    assert_eq!(pushed.added, 3, "the joined desk syncs with its new password");

    let err = join(&invitation.code).await.expect_err("a code works once");
    assert!(matches!(err, Error::Server { .. }), "refused by the server: {err:?}");
    assert!(err.to_string().contains("already used"), "says so: {err}");
    let desks = list_desks(&owner, &shop.shop_id).await.unwrap();
    let back_office = desks.iter().find(|d| d.id == invitation.desk_id).expect("the invited desk is listed");
    assert!(back_office.joined_at.is_some(), "and recorded as joined");
    assert_eq!(back_office.name, "Back office");
    assert_eq!(desks.len(), 2, "two desks: {desks:?}");
}

#[tokio::test]
async fn a_mistyped_code_is_refused_before_connecting() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let code = invite(&db.owner(), &shop.shop_id, "Till").await.unwrap().code;
    let mut typo = code.clone().into_bytes();
    let at = typo.len() / 2;
    typo[at] = if typo[at] == b'x' { b'y' } else { b'x' };
    let typo = String::from_utf8(typo).unwrap();
    for bad in [&code[..code.len() - 5], &typo, "casebook1.hello.world"] {
        let err = join(bad).await.expect_err("refused");
        assert!(matches!(err, Error::Invalid { field: "join_code", .. }), "{err:?}");
        assert!(err.to_string().contains("Copy it again from the first desk"), "says what to do: {err}");
    }
    assert!(
        join(&code).await.is_ok(),
        "the code itself still works: a mistyped one never reached the server"
    );
}

#[tokio::test]
async fn an_unreachable_server_fails_fast_and_says_the_desk_carries_on() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let owner = Owner::parse(&format!("postgres://owner:pw@127.0.0.1:{port}/shop")).unwrap();
    let started = Instant::now();
    let err = create_shop(&owner, &ids::new_id(), "Shop", &ids::new_id(), "Counter").await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5), "connection refused is known at once");
    assert!(matches!(err, Error::Unavailable { .. }), "{err:?}");
    assert!(err.to_string().contains(&format!("127.0.0.1:{port}")), "names the server: {err}");

    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let mut config = shop.desk.config.clone();
    config.server.port = port;
    let err = PgRelay::open(config, &shop.desk.password).await.unwrap_err();
    assert!(matches!(err, Error::Unavailable { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("cannot be reached") && text.contains("keeps working"), "{text}");
}

#[tokio::test]
async fn a_wrong_owner_password_is_refused_without_showing_it() {
    let db = Db::new().await;
    let wrong = db.url.replacen("casebook:", "casebook:not-", 1);
    let err = create_shop(&Owner::parse(&wrong).unwrap(), &ids::new_id(), "Shop", &ids::new_id(), "Counter")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Server { .. }), "a refusal, not 'unreachable': {err:?}");
    let text = err.to_string();
    assert!(text.contains("does not accept this user name and password"), "{text}");
    assert!(!text.contains("not-"), "the password is not repeated: {text}");
    let bad = Owner::parse("postgres://owner@/shop?host=/run/postgresql").unwrap_err();
    assert!(
        matches!(bad, Error::Invalid { field: "owner_url", .. }),
        "a local socket is not a shop address: {bad:?}"
    );
}

#[tokio::test]
async fn desks_of_an_older_protocol_are_told_to_update_and_a_newer_server_is_fine_until_then() {
    let db = Db::new().await;
    let shop = db.shop("Corner Shop").await;
    let code = invite(&db.owner(), &shop.shop_id, "Till").await.unwrap().code;
    let admin = db.as_admin().await;
    admin.execute("INSERT INTO casebook.schema_version (version) VALUES (99)", &[]).await.unwrap();

    // A server a newer Casebook moved on, still taking this desk's protocol:
    // desks of both versions share the shop.
    let mut relay = PgRelay::open(shop.desk.config.clone(), &shop.desk.password)
        .await
        .expect("a newer server that still takes this desk's protocol is fine");
    relay.push(&events(&shop.desk.config.desk_id, 2)).await.expect("and this desk still syncs");

    // The newer Casebook then asks for a newer protocol than this desk speaks.
    admin.execute("UPDATE casebook.shops SET min_desk_protocol = 99", &[]).await.unwrap();
    let err = relay.push(&events(&shop.desk.config.desk_id, 1)).await.unwrap_err();
    assert!(matches!(err, Error::Server { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("newer Casebook") && text.contains("Update Casebook"), "says what to do: {text}");
    let err = join(&code).await.unwrap_err();
    assert!(err.to_string().contains("newer Casebook"), "joining refuses too: {err}");
    let err = invite(&db.owner(), &shop.shop_id, "Another").await.unwrap_err();
    assert!(err.to_string().contains("newer Casebook"), "and the owner does not touch its schema: {err}");
}

#[tokio::test]
async fn encryption_checks_the_servers_certificate() {
    let db = Db::new().await;
    let ca = std::fs::read_to_string(env("CASEBOOK_TEST_PG_CA")).expect("the test authority reads");
    let other = std::fs::read_to_string(env("CASEBOOK_TEST_PG_OTHER_CA")).expect("the other authority reads");
    let owner = db.owner().with_tls(true).with_ca_pem(Some(ca));
    let (shop_id, desk_id) = (ids::new_id(), ids::new_id());
    let joined = create_shop(&owner, &shop_id, "Secure Shop", &desk_id, "Counter").await.unwrap();
    assert!(joined.config.server.tls && joined.config.server.ca_pem.is_some(), "the desk keeps the setting");
    let mut relay = PgRelay::open(joined.config.clone(), &joined.password).await.unwrap();
    relay.push(&events(&desk_id, 2)).await.unwrap();
    let encrypted: i64 = db
        .as_admin()
        .await
        .query_one(
            "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE usename = $1 AND ssl",
            &[&joined.config.role],
        )
        .await
        .unwrap()
        .get(0);
    assert!(encrypted >= 1, "the desk's connection is encrypted");

    let code = invite(&owner, &shop_id, "Till").await.unwrap().code;
    let till =
        join(&code).await.expect("a join code carries the authority, so the new desk connects encrypted");
    assert!(till.config.server.tls);

    let mut forged = joined.config.clone();
    forged.server.ca_pem = Some(other.clone());
    let err =
        PgRelay::open(forged, &joined.password).await.expect_err("another authority's trust is not enough");
    assert!(matches!(err, Error::Server { .. }), "a refusal, not 'unreachable': {err:?}");
    let text = err.to_string();
    assert!(text.contains("certificate that does not match") && text.contains("127.0.0.1:"), "{text}");
    let owner = db.owner().with_tls(true).with_ca_pem(Some(other));
    let err = invite(&owner, &shop_id, "Till 2").await.expect_err("the owner is refused too");
    assert!(err.to_string().contains("certificate"), "{err}");
    let err = db.owner().with_tls(true).with_ca_pem(Some("not a certificate".into()));
    let err = invite(&err, &shop_id, "Till 3").await.expect_err("a malformed authority");
    assert!(matches!(err, Error::Invalid { field: "ca_pem", .. }), "{err:?}");
}

/// The owner's access moves between desks: any desk signed in as the owner
/// revokes any other, the first desk included; forgotten, it revokes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_desk_holding_the_owners_access_revokes_any_other_the_first_included() {
    use casebook::model::{Actor, NewStaff, StaffRole};
    use casebook::sync::{setup, sync_once};
    use casebook::Ctx;

    assert_eq!(env("CASEBOOK_TEST_KEYRING"), "1", "the owner's access is kept in the throwaway keyring");
    let db = Db::new().await;
    let dir = tempfile::tempdir().unwrap();
    let first = casebook::Db::open(dir.path().join("first.db")).unwrap();
    first
        .write(|s| {
            s.write(|w| {
                w.add_staff(&Ctx::now(None), &NewStaff { name: "Ana".into(), role: StaffRole::Owner })
            })
        })
        .await
        .unwrap();
    let ana = || Actor::Named("Ana".into());
    let config_a = setup::start_shop(&first, ana(), &db.url, None, "Corner Shop", "Counter")
        .await
        .expect("the first desk");
    let made = setup::make_join_code(&first, ana(), "Workshop").await.unwrap();
    let second = casebook::Db::open(dir.path().join("second.db")).unwrap();
    let config_b = setup::join_shop(&second, &made.code).await.unwrap();
    let password_b = config_b.secret().load().unwrap().expect("the new desk's password is kept");
    sync_once(&mut second.clone(), &mut PgRelay::new(config_b.clone(), password_b), |_| {}).await.unwrap();

    // Both desks share this computer's keyring here: the second desk is on
    // a PC of its own, where the first desk's owner's access is not.
    casebook::sync::SecretKey::Owner { shop_id: config_a.shop_id.clone() }.delete().unwrap();
    let err = setup::revoke_desk(&second, ana(), &config_a.desk_id).await.expect_err("no owner's access yet");
    assert!(matches!(err, Error::Conflict { .. }), "says the owner's access is not on this desk: {err:?}");
    let wrong = db.url.replace("127.0.0.1", "localhost.invalid");
    setup::owner_sign_in(&second, ana(), &wrong).await.expect_err("another server's address is refused");
    setup::owner_sign_in(&second, ana(), &db.url).await.expect("the owner signs in on the second desk");
    assert!(setup::owner_here(&second).await.unwrap(), "the owner's access is kept there now");
    setup::revoke_desk(&second, ana(), &config_a.desk_id).await.expect("the first desk can be revoked");
    let password_a = config_a.secret().load().unwrap().expect("the first desk's password");
    let err = PgRelay::open(config_a.clone(), &password_a).await.expect_err("the first desk is cut off");
    assert!(err.to_string().contains("withdrawn"), "{err}");

    setup::owner_sign_out(&second, ana()).await.unwrap();
    assert!(!setup::owner_here(&second).await.unwrap(), "forgotten on request");
    let err = setup::make_join_code(&second, ana(), "Till").await.expect_err("no owner's access any more");
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    // Its keyring entries are the shop's; tidy up the shared test keyring.
    let _ = config_a.secret().delete();
    let _ = config_b.secret().delete();
    let _ = casebook::sync::SecretKey::Owner { shop_id: config_a.shop_id.clone() }.delete();
}
