//! The test mail servers scripts/mail-servers.sh starts (Dovecot over TLS and
//! an SMTP server delivering into it), as the tests and the mail bench see
//! them: one copy, included by path by each.

use std::path::Path;

use casebook::mail::{self, MailSettings, MailboxSetup, Security};
use casebook::model::{Actor, NewStaff, StaffRole};
use casebook::{Ctx, Db};

/// Where the servers listen, the certificate authority they were made with,
/// and the mailboxes' password.
pub struct Servers {
    /// The servers' folder (mailboxes under `mail/`).
    pub dir: String,
    pub imap_port: u16,
    pub smtp_port: u16,
    pub ca: String,
    pub password: String,
}

impl Servers {
    /// From the script's variables, each looked up by `var` (in its printed
    /// `export` lines, or in the environment).
    pub fn from_vars(var: impl Fn(&str) -> String) -> Servers {
        Servers {
            dir: var("CASEBOOK_TEST_MAIL_DIR"),
            imap_port: var("CASEBOOK_TEST_IMAP_PORT").parse().expect("the IMAP port is a number"),
            smtp_port: var("CASEBOOK_TEST_SMTP_PORT").parse().expect("the SMTP port is a number"),
            ca: std::fs::read_to_string(var("CASEBOOK_TEST_MAIL_CA")).expect("the test CA can be read"),
            password: var("CASEBOOK_TEST_MAIL_PASSWORD"),
        }
    }

    /// The settings for a mailbox on these servers.
    pub fn settings(&self, address: &str) -> MailSettings {
        MailSettings {
            address: address.into(),
            username: address.into(),
            imap_host: "localhost".into(),
            imap_port: self.imap_port,
            imap_security: Security::Tls,
            smtp_host: "localhost".into(),
            smtp_port: self.smtp_port,
            smtp_security: Security::Tls,
            ca_pem: Some(self.ca.clone()),
            desk_name: "Counter".into(),
            poll_secs: 30,
            unknown_wait_secs: 2,
        }
    }

    /// A new desk at `path` with an owner, Olga, and the mailbox at `address`
    /// on these servers connected (its password in the test keyring).
    pub async fn connected_desk(&self, path: &Path, address: &str) -> Db {
        let db = Db::open(path).unwrap();
        db.write(casebook::shop::prepare).await.unwrap();
        let owner = db
            .write(|s| {
                s.write(|w| {
                    w.add_staff(
                        &Ctx::now(None),
                        &NewStaff { name: "Olga Owner".into(), role: StaffRole::Owner },
                    )
                })
            })
            .await
            .unwrap();
        let setup = MailboxSetup { settings: self.settings(address), password: self.password.clone() };
        let test = mail::connect_mailbox(&db, Actor::Named(owner.id), setup).await.expect("connecting runs");
        assert!(test.ok, "the mailbox connects: {:?}", test.steps);
        db
    }
}
