//! The shop's mailbox: mail to the shop's address becomes the customer's
//! history, and replies written on a case go out from that address.
//!
//! One desk fetches and sends for the shop: the one where the mailbox was
//! connected (its server settings are desk-local, its password in the
//! computer's password store). The history records which desk that is
//! (`mailbox_connected`), so every other desk can say so, and a reply written
//! at any desk reaches the mail desk through sync and is sent from there.
//!
//! - **Reading** (`read.rs`, `text.rs`): a raw message becomes a [`Mail`]:
//!   its text (HTML turned into text, never rendered), the quoted history
//!   folded apart, character sets decoded, attachments listed, auto-replies
//!   and bounces recognised.
//! - **Recording** (`record.rs`): the sender is matched to a customer by
//!   address only; the mail lands in the case it answers (In-Reply-To and
//!   References, then the case reference in the subject) or opens one. Every
//!   event it writes has an id derived from the message (see [`ids`]), so the
//!   same message can never be recorded twice.
//! - **Replying and the outbox** (`reply.rs`, `outbox.rs`): a reply is an
//!   event that fixes every header; the mail desk sends it and records the
//!   outcome as events, so every desk sees waiting, sent or failed.
//! - **What goes out** (`rules.rs`): before each try the mail desk checks
//!   the reply is from the shop's address, on its customer's case, to the
//!   customer's addresses or ones a person typed; otherwise it is refused.
//! - **The servers** (`imap.rs`, `smtp.rs`, `tls.rs`) and the loop that runs
//!   them (`service.rs`), with its settings (`config.rs`) and password
//!   (`secret.rs`).

mod config;
mod events;
pub mod ids;
mod imap;
mod outbox;
mod queries;
mod read;
mod record;
mod reply;
mod round;
mod rules;
mod secret;
pub mod service;
mod setup;
mod smtp;
mod text;
mod tls;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use config::{guess_servers, MailSettings, Security, ServerGuess};
pub use events::{MailEvent, OutgoingMail};
pub use outbox::{OutboxItem, OutboxStatus};
pub use queries::{shop_mailbox, MailboxInfo, ShopMailbox, UnfiledMail};
pub use read::{each_attachment, read_message, Incoming};
pub use record::{Recorded, RecordedAs};
pub use reply::{case_reference, outgoing_message, MailReplyInput};
pub use rules::MailRefusal;
pub use secret::{MailSecret, PasswordKept};
pub use service::{check_once, read_folder, CheckOptions, CheckReport, MailHandle, MailState, MailStatus};
pub use setup::{
    connect_mailbox, disconnect_mailbox, test_mailbox, test_mailbox_in, MailTest, MailboxSetup, TestStep,
};
pub use smtp::send_as_is;
pub use text::{fold_quoted, html_to_text};

use crate::core::{text_enum, Id, Ts};

/// One address of a mail: the address itself, and the name shown with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailAddress {
    pub address: String,
    /// The display name ("Ana Costa"), empty if the mail gave none.
    pub name: String,
}

/// A file that came with a mail. Its bytes are in the kept message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailAttachment {
    pub name: String,
    pub content_type: String,
    #[ts(type = "number")]
    pub size: u64,
}

text_enum!(
    /// Mail nobody wrote by hand: shown, never answered, never reopening a
    /// case or starting a clock.
    Noise {
        AutoReply => "auto_reply",
        Bounce => "bounce",
    }
);

text_enum!(
    /// How the mail desk knows a reply went out.
    SentHow {
        /// The shop's mail server accepted it.
        Accepted => "accepted",
        /// A try was cut short (the desk was killed or lost the network) and
        /// the copy every reply sends to the shop's own address was found in
        /// the mailbox.
        CopyFound => "copy_found",
    }
);

/// A mail as the history keeps it: who, what, and the text to show. The
/// message itself is kept, byte for byte, on the mail desk (`raw_hash`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Mail {
    /// The Message-ID, without angle brackets (made up from the message's
    /// bytes for a message that has none: `sha256:...`).
    pub message_id: String,
    /// `None` for a message with no sender at all.
    pub from: Option<MailAddress>,
    #[serde(default)]
    pub reply_to: Option<MailAddress>,
    pub to: Vec<MailAddress>,
    pub cc: Vec<MailAddress>,
    pub subject: String,
    /// The Date header, if it had a readable one.
    pub date: Option<Ts>,
    /// What was written, as text: the new part only.
    pub text: String,
    /// The quoted history below it (or the whole quoted reply chain), shown
    /// on demand.
    pub quoted: String,
    pub attachments: Vec<MailAttachment>,
    /// The SHA-256 of the message's bytes, as kept on the mail desk.
    pub raw_hash: String,
    #[ts(type = "number")]
    pub raw_size: u64,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// Outlook's conversation, from its Thread-Index header (the first 22
    /// bytes, in hex): threads a reply that names no earlier message, when it
    /// comes from the same customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub thread_index: Option<String>,
    pub noise: Option<Noise>,
    /// For a bounce: the Message-ID of the mail that bounced, if it says.
    pub bounce_of: Option<String>,
    /// For a bounce: the receiving server's words.
    pub problem: Option<String>,
    /// For a bounce of one of our replies: that reply's event.
    pub bounced: Option<Id>,
    /// Mail from before the mailbox was connected: history, so it starts no
    /// clock and opens no case in the queue.
    pub history: bool,
}

impl Mail {
    /// The words search finds it by.
    fn search_text(&self) -> String {
        let from = self.from.as_ref().map(|f| format!("{} {}", f.name, f.address)).unwrap_or_default();
        format!("{} {from} {}", self.subject, self.text)
    }
}

/// The shop's address and which desk handles it, as the history says.
pub const MAILBOX_SETTING: &str = "mailbox";

/// What the shop knows of this feature (see `core::feature`): mail and
/// replies follow their customer.
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["mail_messages", "mail_outbox", "mail_attempts", "mail_folders", "mail_raw"],
    customer_tables: &["mail_messages", "mail_outbox"],
    settings: &[(&["mailbox_connected", "mailbox_disconnected"], MAILBOX_SETTING)],
    ..crate::core::Feature::kinds("mail", MailEvent::KINDS)
};
