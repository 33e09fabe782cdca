//! What the Mailbox page and the CLI show: which desk handles the shop's
//! mail, this desk's settings, the outbox counts and mail that belongs to
//! nobody yet; and a kept message's bytes.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::events::MailEvent;
use super::{MailSettings, Noise, MAILBOX_SETTING};
use crate::core::{clock, settings, Id, Result, Store, Ts};

/// The shop's mailbox as the history says: its address and the desk that
/// fetches and sends for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ShopMailbox {
    pub address: String,
    pub desk_id: String,
    pub desk_name: String,
    pub connected_at: Ts,
}

pub fn shop_mailbox(conn: &Connection) -> Result<Option<ShopMailbox>> {
    Ok(settings::get::<Option<ShopMailbox>>(conn, MAILBOX_SETTING)?.flatten())
}

/// A mail that belongs to no customer yet: a bounce of nothing we sent, an
/// auto-reply from a stranger, a message with no sender.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnfiledMail {
    pub event_id: Id,
    pub at: Ts,
    /// The sender's address and name, or empty.
    pub from: String,
    pub subject: String,
    pub text: String,
    pub noise: Option<Noise>,
}

/// Everything the Mailbox page shows (never the password).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailboxInfo {
    pub shop: Option<ShopMailbox>,
    /// This desk is the one that fetches and sends.
    pub this_desk: bool,
    /// This desk's server settings, if it is the mail desk.
    pub settings: Option<MailSettings>,
    pub waiting: u32,
    pub failed: u32,
    pub unfiled: Vec<UnfiledMail>,
}

impl Store {
    /// What the Mailbox page shows.
    pub fn mailbox_info(&self) -> Result<MailboxInfo> {
        let shop = shop_mailbox(self.connection())?;
        let settings = MailSettings::load(self)?;
        let desk = self.desk_id_now()?;
        let this_desk = shop.as_ref().is_some_and(|s| s.desk_id == desk) && settings.is_some();
        let (waiting, failed) = self.outbox_counts()?;
        Ok(MailboxInfo { shop, this_desk, settings, waiting, failed, unfiled: self.unfiled_mail(50)? })
    }

    /// Mail that belongs to nobody yet, newest first.
    pub fn unfiled_mail(&self, limit: u32) -> Result<Vec<UnfiledMail>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT e.id, e.at, e.payload FROM mail_messages m JOIN events e ON e.id = m.event_id
             WHERE m.customer_id IS NULL ORDER BY e.hlc DESC, e.id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([crate::core::page_size(limit)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (event_id, at, payload) = row?;
            let (MailEvent::MailReceived { mail } | MailEvent::MailSentElsewhere { mail }) =
                serde_json::from_str::<MailEvent>(&payload)?
            else {
                continue;
            };
            out.push(UnfiledMail {
                event_id,
                at: clock::from_ms(at),
                from: mail
                    .from
                    .map(|f| format!("{} <{}>", f.name, f.address).trim().to_owned())
                    .unwrap_or_default(),
                subject: mail.subject,
                text: mail.text.chars().take(2_000).collect(),
                noise: mail.noise,
            });
        }
        Ok(out)
    }

    /// A kept message's bytes, by the hash its mail event names (on the mail
    /// desk; other desks do not hold the messages).
    pub fn mail_raw(&self, hash: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .connection()
            .query_row("SELECT data FROM mail_raw WHERE hash = ?1", [hash], |r| r.get(0))
            .optional()?)
    }
}
