//! Saved replies' events, and how each changes the current state.

use rusqlite::{params, OptionalExtension};

use super::{ReplyText, SHOP_NAME};
use crate::core::{event_kinds, settings, Error, Event, EventMeta, Id, Result, Right, Writer};
use crate::msg;

event_kinds!(
    /// The shop's saved replies and the name replies give the shop. These are
    /// the shop's, never a customer's: an event of these kinds that names a
    /// customer is damaged.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `saved_reply_added`: a reply id added twice is set aside the second
    ///   time (as every created id is).
    /// - `saved_reply_edited`: the name, whether it is the shop's, and each
    ///   language's text are single values: each takes the last writer's in
    ///   the one order, so two desks editing different languages both keep
    ///   their work. An empty text removes that language. A blank name
    ///   changes nothing. An edit of a removed reply has no effect; of one
    ///   this history never added: set aside.
    /// - `saved_reply_removed`: removing twice removes once.
    /// - The shop's replies (marked by an owner) are changed and removed only
    ///   by an owner: an edit or removal of one, by anyone who was not an
    ///   owner at its place in the order, is set aside as not allowed.
    /// - `saved_reply_used`: each use counts, for its author; a use of a reply
    ///   this history never added is set aside.
    /// - `shop_named`: the last writer in the one order wins; empty clears it.
    pub enum ReplyEvent {
        /// A saved reply: its name, whether it is the shop's, and its text in
        /// each language it was written in (placeholders as `{first_name}`).
        "saved_reply_added" => SavedReplyAdded { reply_id: Id, name: String, shop: bool, texts: Vec<ReplyText> },
        /// What changed in a saved reply: its name, whether it is the shop's,
        /// and the texts of the languages that changed (empty: removed).
        "saved_reply_edited" => SavedReplyEdited {
            reply_id: Id,
            #[serde(default)]
            name: Option<String>,
            #[serde(default)]
            shop: Option<bool>,
            #[serde(default)]
            texts: Vec<ReplyText>,
        },
        "saved_reply_removed" => SavedReplyRemoved { reply_id: Id },
        /// A saved reply put into an answer, in this language (what was sent
        /// is recorded as sent, by its own entry).
        "saved_reply_used" => SavedReplyUsed { reply_id: Id, language: String },
        /// The shop's name as saved replies say it.
        "shop_named" => ShopNamed { name: String },
    }
);

impl Event for ReplyEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    /// Marking a reply as the shop's, or unmarking it, and naming the shop
    /// are an owner's; so is changing a reply already the shop's (judged in
    /// apply, where the state says whose it is).
    fn right(&self, _meta: &EventMeta) -> Option<Right> {
        match self {
            ReplyEvent::SavedReplyAdded { shop: true, .. }
            | ReplyEvent::SavedReplyEdited { shop: Some(_), .. }
            | ReplyEvent::ShopNamed { .. } => Some(Right::Owner),
            _ => None,
        }
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        if meta.customer_id.is_some() || meta.case_id.is_some() {
            return Err(Error::damaged(msg!("error-replies-event-names-customer", kind = self.kind())));
        }
        match self {
            ReplyEvent::SavedReplyAdded { reply_id, name, shop, texts } => {
                apply_added(w, meta, reply_id, name, *shop, texts)
            }
            ReplyEvent::SavedReplyEdited { reply_id, name, shop, texts } => {
                if !held(w, reply_id, meta, self.kind())? {
                    return Ok(());
                }
                if let Some(name) = name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                    w.tx().execute(
                        "UPDATE saved_replies SET name = ?2 WHERE id = ?1",
                        params![reply_id, name],
                    )?;
                }
                if let Some(shop) = shop {
                    w.tx().execute(
                        "UPDATE saved_replies SET shop = ?2 WHERE id = ?1",
                        params![reply_id, shop],
                    )?;
                }
                put_texts(w, reply_id, texts)?;
                touched(w, reply_id, meta.at)
            }
            ReplyEvent::SavedReplyRemoved { reply_id } => {
                if held(w, reply_id, meta, self.kind())? {
                    w.tx().execute(
                        "UPDATE saved_replies SET removed_at = ?2 WHERE id = ?1",
                        params![reply_id, meta.at],
                    )?;
                }
                Ok(())
            }
            ReplyEvent::SavedReplyUsed { reply_id, .. } => {
                exists(w, reply_id)?;
                w.tx()
                    .prepare_cached(
                        "INSERT INTO saved_reply_uses (reply_id, staff_id, uses, last_at) VALUES (?1, ?2, 1, ?3)
                         ON CONFLICT (reply_id, staff_id) DO UPDATE SET uses = uses + 1,
                           last_at = max(last_at, excluded.last_at)",
                    )?
                    .execute(params![reply_id, meta.staff_id.as_deref().unwrap_or_default(), meta.at])?;
                w.tx()
                    .prepare_cached("UPDATE saved_replies SET uses = uses + 1 WHERE id = ?1")?
                    .execute([reply_id])?;
                Ok(())
            }
            ReplyEvent::ShopNamed { name } => {
                match name.trim() {
                    "" => drop(w.tx().execute("DELETE FROM settings WHERE key = ?1", [SHOP_NAME])?),
                    name => settings::put(w.tx(), SHOP_NAME, &name)?,
                }
                w.note_settings_changed();
                Ok(())
            }
        }
    }

    fn creates<'a>(&'a self, _meta: &'a EventMeta) -> Vec<&'a str> {
        match self {
            ReplyEvent::SavedReplyAdded { reply_id, .. } => vec![reply_id],
            _ => Vec::new(),
        }
    }
}

fn apply_added(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    reply_id: &str,
    name: &str,
    shop: bool,
    texts: &[ReplyText],
) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::damaged(msg!("error-replies-event-without-name")));
    }
    w.tx().execute(
        "INSERT INTO saved_replies (id, name, shop, created_by, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![reply_id, name.trim(), shop, meta.staff_id, meta.at],
    )?;
    put_texts(w, reply_id, texts)?;
    touched(w, reply_id, meta.at)
}

/// Whether the reply is the shop's and whether it was removed; errs when
/// it was never added here.
fn exists(w: &Writer<'_>, reply_id: &str) -> Result<(bool, bool)> {
    let row: Option<(bool, bool)> = w
        .tx()
        .prepare_cached("SELECT shop, removed_at IS NOT NULL FROM saved_replies WHERE id = ?1")?
        .query_row([reply_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match row {
        Some(row) => Ok(row),
        None => Err(Error::refers_to_nothing(msg!("error-replies-unknown-reply", id = reply_id))),
    }
}

/// Whether an edit or removal takes effect: the reply was added, is not
/// removed, and, if it is the shop's, its author was an owner then.
fn held(w: &Writer<'_>, reply_id: &str, meta: &EventMeta, kind: &str) -> Result<bool> {
    let (shop, removed) = exists(w, reply_id)?;
    if removed {
        return Ok(false);
    }
    if shop {
        crate::staff::rights::judge(w.tx(), meta, Right::Owner, kind)?;
    }
    Ok(true)
}

/// Each language's text takes its new value; an empty one goes.
fn put_texts(w: &mut Writer<'_>, reply_id: &str, texts: &[ReplyText]) -> Result<()> {
    for t in texts {
        let language = t.language.trim().to_ascii_lowercase();
        if t.body.trim().is_empty() {
            w.tx().execute(
                "DELETE FROM saved_reply_texts WHERE reply_id = ?1 AND language = ?2",
                params![reply_id, language],
            )?;
        } else {
            w.tx().execute(
                "INSERT INTO saved_reply_texts (reply_id, language, body) VALUES (?1, ?2, ?3)
                 ON CONFLICT (reply_id, language) DO UPDATE SET body = excluded.body",
                params![reply_id, language, t.body],
            )?;
        }
    }
    Ok(())
}

/// The reply changed at `at`: its words for search are made again.
fn touched(w: &mut Writer<'_>, reply_id: &str, at: i64) -> Result<()> {
    let (name, bodies): (String, String) = w.tx().query_row(
        "SELECT r.name, coalesce((SELECT group_concat(body, ' ') FROM
           (SELECT body FROM saved_reply_texts WHERE reply_id = r.id ORDER BY language)), '')
         FROM saved_replies r WHERE r.id = ?1",
        [reply_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let key = crate::core::text::fold(&name);
    let words = crate::core::text::fold(&format!("{name} {bodies}"));
    w.tx().execute(
        "UPDATE saved_replies SET updated_at = max(updated_at, ?2), name_key = ?3, words = ?4 WHERE id = ?1",
        params![reply_id, at, key, words],
    )?;
    Ok(())
}
