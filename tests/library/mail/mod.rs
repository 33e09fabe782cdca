//! The shop's mailbox. `reading` and `threading` run on the committed corpus
//! in tests/fixtures/mail/ (written by its make.py); `servers` and `kills`
//! run against real Dovecot and SMTP servers on this computer, started per
//! test by scripts/mail-servers.sh.

mod kills;
mod reading;
mod rules;
mod servers;
mod shapes;
mod threading;

use std::path::PathBuf;

use casebook::mail::{read_message, Incoming};
use casebook::model::*;
use casebook::{Ctx, Store};

pub fn corpus(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} is committed: {e}", path.display()))
}

/// Every message of the corpus, by name.
pub fn all_corpus() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    assert!(out.len() >= 15, "the corpus is there: {}", out.len());
    out
}

/// A message from the corpus with `{{REPLY_ID}}` standing for one of our replies.
pub fn corpus_replying_to(name: &str, message_id: &str) -> Vec<u8> {
    String::from_utf8_lossy(&corpus(name)).replace("{{REPLY_ID}}", &format!("<{message_id}>")).into_bytes()
}

pub fn incoming(raw: &[u8], arrived_at: Option<i64>) -> Incoming {
    Incoming { mail: read_message(raw), arrived_at }
}

/// A shop with Ana Costa (ana@example.test) as a customer and its mailbox connected.
pub struct MailShop {
    pub store: Store,
    pub ana: Customer,
    pub owner: Staff,
}

impl MailShop {
    pub fn new() -> MailShop {
        let mut store = Store::open_in_memory().unwrap();
        let owner = store
            .write(|w| {
                w.add_staff(&Ctx::now(None), &NewStaff { name: "Olga Owner".into(), role: StaffRole::Owner })
            })
            .unwrap();
        let ctx = Ctx::staff(&owner.id);
        let ana = store
            .write(|w| {
                let event = MailEvent::MailboxConnected {
                    address: "shop@example.test".into(),
                    desk_id: w.desk_id().to_owned(),
                    desk_name: "Counter".into(),
                };
                w.append(
                    &Ctx::at(Some(owner.id.clone()), casebook::clock::parse("2026-03-01T00:00:00Z").unwrap()),
                    None,
                    None,
                    &event,
                )?;
                w.create_customer(
                    &ctx,
                    &NewCustomer {
                        name: "Ana Costa".into(),
                        emails: vec!["Ana@Example.test".into()],
                        ..NewCustomer::default()
                    },
                    false,
                )
            })
            .unwrap();
        MailShop { store, ana, owner }
    }

    pub fn ctx(&self) -> Ctx {
        Ctx::staff(&self.owner.id)
    }

    /// Records a corpus message as fetched from the inbox.
    pub fn receive(&mut self, raw: &[u8]) -> casebook::mail::Recorded {
        let msg = incoming(raw, None);
        self.store.write(|w| w.record_mail(&msg, false, Some(raw))).expect("a fetched message is recorded")
    }

    /// Writes a reply by mail on a case and answers the mail it will send.
    pub fn reply(&mut self, case_id: &str, body: &str) -> casebook::mail::OutgoingMail {
        let ctx = self.ctx();
        let input = casebook::mail::MailReplyInput {
            case_id: case_id.into(),
            body: body.into(),
            ..Default::default()
        };
        let entry = self.store.write(|w| w.reply_by_mail(&ctx, &input)).expect("the reply is written");
        match serde_json::from_str::<MailEvent>(entry.payload.as_str()).expect("a mail event") {
            MailEvent::MailReply { reply } => *reply,
            other => panic!("a mail reply, not {other:?}"),
        }
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
    }
}
