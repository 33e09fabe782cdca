//! The shop's server for real: a throwaway PostgreSQL started by
//! `scripts/with-test-servers.sh` (which `make test` runs these through). Each
//! test makes its own database, so they run side by side.

mod carried;
mod files;
mod join;
mod keyring;
mod outage;
mod presence;
mod push;
mod recover;
mod rules;
mod sealed;
mod sync;

use std::process::Command;

use casebook::core::RawJson;
use casebook::core::{clock, hlc};
use casebook::model::LoggedEvent;
use casebook::sync::{create_shop, Joined, Owner};
use casebook::{ids, Store};
use tokio_postgres::{Client, NoTls};

/// A variable the test servers' script sets; a clear failure without it.
/// Ana, the owner of every shop these tests set up through the desk's own steps.
pub fn ana() -> casebook::model::Actor {
    casebook::model::Actor::Named("Ana".into())
}

/// The shop's first desk, set up as a person would (`setup::start_shop`),
/// with Ana the owner.
pub async fn first_desk(db: &Db, dir: &std::path::Path) -> (casebook::Db, casebook::sync::SyncConfig) {
    use casebook::model::{NewStaff, StaffRole};
    assert_eq!(env("CASEBOOK_TEST_KEYRING"), "1", "passwords are kept in the throwaway keyring");
    let first = casebook::Db::open(dir.join("first.db")).unwrap();
    first
        .write(|s| {
            s.write(|w| {
                w.add_staff(
                    &casebook::Ctx::now(None),
                    &NewStaff { name: "Ana".into(), role: StaffRole::Owner },
                )
            })
        })
        .await
        .unwrap();
    let config = casebook::sync::setup::start_shop(&first, ana(), &db.url, None, "Corner Shop", "Counter")
        .await
        .unwrap();
    (first, config)
}

/// Takes the desks' secrets out of the throwaway keyring.
pub fn tidy(configs: &[&casebook::sync::SyncConfig]) {
    use casebook::sync::SecretKey;
    for c in configs {
        let _ = c.secret().delete();
        let _ = SecretKey::Owner { shop_id: c.shop_id.clone() }.delete();
        let _ = SecretKey::Shop { shop_id: c.shop_id.clone() }.delete();
    }
}

pub fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set. These tests need a throwaway PostgreSQL and a keyring: run them through \
             `make test`, or `scripts/with-test-servers.sh cargo test -p casebook --test library pg::`, \
             which start them and stop them afterwards."
        )
    })
}

/// A database of its own on the test server.
pub struct Db {
    /// A superuser's address for this database.
    pub url: String,
    pub port: u16,
}

impl Db {
    pub async fn new() -> Db {
        let base = env("CASEBOOK_TEST_PG_URL");
        let port = env("CASEBOOK_TEST_PG_PORT").parse().expect("the test server's port is a number");
        let admin = raw(&base).await;
        let name = format!("casebook_test_{}", ids::new_id().replace('-', ""));
        admin.batch_execute(&format!("CREATE DATABASE {name}")).await.expect("a test database is created");
        let url = base
            .rsplit_once('/')
            .map(|(server, _)| format!("{server}/{name}"))
            .expect("the URL names a database");
        Db { url, port }
    }

    /// The owner's access (the superuser), over plain TCP on this computer.
    pub fn owner(&self) -> Owner {
        Owner::parse(&self.url).expect("the test server's address reads")
    }

    /// A shop with its first desk, ready to sync.
    pub async fn shop(&self, name: &str) -> Shop {
        let shop_id = ids::new_id();
        let desk_id = ids::new_id();
        let desk = create_shop(&self.owner(), &shop_id, name, &desk_id, "Counter")
            .await
            .expect("the shop is set up");
        Shop { shop_id, desk }
    }

    /// A raw connection as a desk's role, to try what the server must refuse.
    pub async fn as_desk(&self, desk: &Joined) -> Client {
        let c = &desk.config;
        raw(&format!(
            "host=127.0.0.1 port={} dbname={} user={} password={}",
            self.port, c.server.dbname, c.role, desk.password
        ))
        .await
    }

    /// A raw connection as the superuser.
    pub async fn as_admin(&self) -> Client {
        raw(&self.url).await
    }
}

pub struct Shop {
    pub shop_id: String,
    pub desk: Joined,
}

pub async fn raw(conninfo: &str) -> Client {
    let (client, connection) =
        tokio_postgres::connect(conninfo, NoTls).await.expect("the test server accepts the login");
    tokio::spawn(async move {
        let _ = connection.await;
    });
    client
}

/// An event written at `desk_id`, the `n`th of its kind: a staff member added.
pub fn event(desk_id: &str, n: i64) -> LoggedEvent {
    let ms = 1_780_000_000_000 + n;
    let payload = format!(
        r#"{{"kind":"staff_added","staff_id":"{}","name":"Staff {n}","role":"staff"}}"#,
        ids::new_id()
    );
    LoggedEvent {
        id: ids::new_id(),
        desk_id: desk_id.into(),
        hlc: Some(hlc::at_ms(ms)),
        staff_id: None,
        at: clock::from_ms(ms),
        customer_id: None,
        case_id: None,
        payload: RawJson::new(payload).expect("a valid staff event"),
    }
}

pub fn events(desk_id: &str, count: i64) -> Vec<LoggedEvent> {
    (0..count).map(|n| event(desk_id, n)).collect()
}

/// An in-memory desk.
pub fn store() -> Store {
    Store::open_in_memory().expect("an in-memory store opens")
}

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/test-servers.sh");

/// A PostgreSQL of a test's own, for tests that crash it (the shared one
/// serves the other tests meanwhile). Stopped and deleted when dropped.
pub struct OwnServer {
    pub dir: String,
    pub url: String,
}

impl OwnServer {
    pub fn start() -> OwnServer {
        let out = crate::common::start_servers(SCRIPT);
        assert!(out.status.success(), "a private server starts: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let var = |name: &str| {
            text.lines()
                .find_map(|l| {
                    l.strip_prefix(&format!("export {name}='"))?.strip_suffix('\'').map(str::to_owned)
                })
                .unwrap_or_else(|| panic!("{name} in the script's output: {text}"))
        };
        OwnServer { dir: var("CASEBOOK_TEST_SERVERS_DIR"), url: var("CASEBOOK_TEST_PG_URL") }
    }

    /// `crash` (pg_ctl stop -m immediate) or `restart`.
    pub fn run(&self, what: &str) {
        let status = Command::new(SCRIPT).args([what, &self.dir]).status().expect("the script runs");
        assert!(status.success(), "test-servers.sh {what}");
    }
}

impl Drop for OwnServer {
    fn drop(&mut self) {
        let _ = Command::new(SCRIPT).args(["stop", &self.dir]).status();
    }
}
