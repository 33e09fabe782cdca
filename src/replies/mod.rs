//! Saved replies: the answers a shop gives all day ("your bike is ready, we
//! are open until 18:00"), in its own words and in each language it writes
//! in, with placeholders the desk fills from the case when one is put into an
//! answer. Shared with every desk through the history; how often each is
//! used, and by whom, is counted. The shop's replies (an owner marks them)
//! are changed only by an owner.

mod actions;
mod events;
pub mod fill;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::{clock, settings, Id, Result, Store, Ts, Writer};

pub use events::ReplyEvent;
pub use fill::{fill_text, Gap, Placeholder};

/// The settings key of the shop's name as replies say it.
pub const SHOP_NAME: &str = "shop_name";

/// The most saved replies a search answers with when not told.
pub const SEARCH_LIMIT: u32 = 20;

/// A saved reply's text in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReplyText {
    /// "en", "nl", "de", "fr" or "es".
    pub language: String,
    /// The words, with placeholders as `{first_name}`.
    pub body: String,
}

/// How often one person used a saved reply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReplyUse {
    pub staff_id: Id,
    pub staff_name: Option<String>,
    pub uses: u32,
    pub last_at: Ts,
}

/// A saved reply as the page and the composer show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedReply {
    pub id: Id,
    pub name: String,
    /// The shop's: only an owner changes or removes it.
    pub shop: bool,
    /// Its versions, by language code.
    pub texts: Vec<ReplyText>,
    pub created_by_name: Option<String>,
    pub updated_at: Ts,
    /// How often it was put into an answer, by anyone.
    pub uses: u32,
    /// Who used it, the most first.
    pub used_by: Vec<ReplyUse>,
}

/// A new saved reply.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewSavedReply {
    pub name: String,
    /// The shop's (an owner's to mark).
    #[serde(default)]
    pub shop: bool,
    pub texts: Vec<ReplyText>,
}

/// A change to a saved reply. Left out: unchanged. A text with an empty body
/// removes that language's version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedReplyPatch {
    pub reply_id: Id,
    #[ts(optional)]
    pub name: Option<String>,
    #[ts(optional)]
    pub shop: Option<bool>,
    #[serde(default)]
    pub texts: Vec<ReplyText>,
}

/// Putting a saved reply into an answer on a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UseSavedReply {
    pub reply_id: Id,
    pub case_id: Id,
    /// The version to use; the customer's language when left out.
    #[ts(optional)]
    pub language: Option<String>,
}

/// A saved reply filled in for a case: the text to put in the answer, and
/// the places the desk could not fill (left as `[words]`, for the person).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FilledReply {
    pub reply_id: Id,
    pub name: String,
    /// The version used.
    pub language: String,
    pub text: String,
    pub gaps: Vec<Gap>,
}

/// The saved replies a search finds, and the shop's name for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedReplies {
    pub replies: Vec<SavedReply>,
    /// How many there are in all (not removed), found or not.
    pub total: u32,
    pub shop_name: Option<String>,
}

/// The shop's name as replies say it, if an owner gave one.
pub fn shop_name(conn: &Connection) -> Result<Option<String>> {
    settings::get::<String>(conn, SHOP_NAME)
}

fn load(conn: &Connection, id: &str) -> Result<Option<SavedReply>> {
    let row = conn
        .prepare_cached(
            "SELECT r.id, r.name, r.shop, s.name, r.updated_at FROM saved_replies r
             LEFT JOIN staff s ON s.id = r.created_by WHERE r.id = ?1 AND r.removed_at IS NULL",
        )?
        .query_row([id], |r| {
            Ok(SavedReply {
                id: r.get(0)?,
                name: r.get(1)?,
                shop: r.get(2)?,
                texts: Vec::new(),
                created_by_name: r.get(3)?,
                updated_at: clock::from_ms(r.get(4)?),
                uses: 0,
                used_by: Vec::new(),
            })
        })
        .optional()?;
    let Some(mut reply) = row else { return Ok(None) };
    reply.texts = conn
        .prepare_cached("SELECT language, body FROM saved_reply_texts WHERE reply_id = ?1 ORDER BY language")?
        .query_map([id], |r| Ok(ReplyText { language: r.get(0)?, body: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    reply.used_by = conn
        .prepare_cached(
            "SELECT u.staff_id, s.name, u.uses, u.last_at FROM saved_reply_uses u
             LEFT JOIN staff s ON s.id = u.staff_id WHERE u.reply_id = ?1 ORDER BY u.uses DESC, s.name",
        )?
        .query_map([id], |r| {
            Ok(ReplyUse {
                staff_id: r.get(0)?,
                staff_name: r.get(1)?,
                uses: r.get(2)?,
                last_at: clock::from_ms(r.get(3)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    reply.uses = reply.used_by.iter().map(|u| u.uses).sum();
    Ok(Some(reply))
}

/// A saved reply that is on the list (not removed); not found otherwise.
fn held(conn: &Connection, id: &str) -> Result<SavedReply> {
    load(conn, id)?.ok_or_else(|| crate::core::Error::not_found("Saved reply", id))
}

/// The saved replies whose name or text holds every word typed (without
/// regard to case or accents), the best first: those whose name starts with
/// what was typed, then whose name holds every word, then the rest; the most
/// used first within each. At most `limit`.
pub fn search(conn: &Connection, query: &str, limit: u32) -> Result<SavedReplies> {
    let words: Vec<String> = crate::core::text::words(query).into_iter().take(8).collect();
    let typed = crate::core::text::fold(query.trim());
    // ?1 what was typed, folded; ?2 the limit; ?3.. each word.
    let in_name = if words.is_empty() {
        "0".to_owned()
    } else {
        (3..words.len() + 3).map(|i| format!("instr(r.name_key, ?{i}) > 0")).collect::<Vec<_>>().join(" AND ")
    };
    let mut sql = String::from("SELECT r.id FROM saved_replies r WHERE r.removed_at IS NULL");
    for i in 3..words.len() + 3 {
        sql.push_str(&format!(" AND instr(r.words, ?{i}) > 0"));
    }
    sql.push_str(&format!(
        " ORDER BY CASE WHEN ?1 <> '' AND substr(r.name_key, 1, length(?1)) = ?1 THEN 0 WHEN {in_name} THEN 1 ELSE 2 END,
           r.uses DESC, r.name_key, r.id LIMIT ?2"
    ));
    let mut args: Vec<&dyn rusqlite::ToSql> = vec![&typed, &limit];
    for w in &words {
        args.push(w);
    }
    let ids: Vec<Id> = conn
        .prepare_cached(&sql)?
        .query_map(args.as_slice(), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let total: u32 = conn
        .prepare_cached("SELECT count(*) FROM saved_replies WHERE removed_at IS NULL")?
        .query_row([], |r| r.get(0))?;
    let mut replies = Vec::with_capacity(ids.len());
    for id in &ids {
        replies.extend(load(conn, id)?);
    }
    Ok(SavedReplies { replies, total, shop_name: shop_name(conn)? })
}

impl Store {
    /// Saved replies matching `query` (all of them when it is empty), the
    /// best first, at most `limit`.
    pub fn saved_replies(&self, query: &str, limit: u32) -> Result<SavedReplies> {
        search(self.connection(), query, limit)
    }

    pub fn saved_reply(&self, id: &str) -> Result<SavedReply> {
        held(self.connection(), id)
    }
}

/// What the shop knows of this feature (see `core::feature`).
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["saved_replies", "saved_reply_texts", "saved_reply_uses"],
    forget_shop: Some(forget_all),
    settings: &[(&["shop_named"], SHOP_NAME)],
    ..crate::core::Feature::kinds("replies", ReplyEvent::KINDS)
};

/// Forgets every saved reply and use: the shop's part is about to be
/// applied again from the first event.
pub fn forget_all(w: &mut Writer<'_>) -> Result<()> {
    w.tx().execute_batch(
        "DELETE FROM saved_reply_uses; DELETE FROM saved_reply_texts; DELETE FROM saved_replies;",
    )?;
    Ok(())
}

/// The version of a reply to use for `lang`: that language's, else the
/// shop's language's, else English, else the first.
pub(crate) fn pick<'a>(texts: &'a [ReplyText], lang: &str, shop: &str) -> Option<&'a ReplyText> {
    [lang, shop, "en"].iter().find_map(|l| texts.iter().find(|t| t.language == *l)).or_else(|| texts.first())
}
