//! Drafts: what a person was writing on a case and has not saved yet, kept
//! on this desk as they type, so closing the window, a restart or a crash
//! loses nothing. A draft is the desk's alone (never an event): it is shown
//! again when the case is opened here, and gone once the entry is saved or
//! the text is emptied. A forgotten customer's drafts go with them.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::EntryKind;
use crate::core::validate::BODY_MAX;
use crate::core::{clock, Error, Id, Result, Store, Ts, Writer};
use crate::msg;

/// A case's unsaved entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Draft {
    pub case_id: Id,
    pub kind: EntryKind,
    pub body: String,
    /// A reply by mail's addresses as typed (empty: the customer's).
    #[serde(default)]
    pub to: String,
    /// When it was last kept (set by the desk; ignored when keeping).
    #[serde(default)]
    #[ts(optional)]
    pub saved_at: Option<Ts>,
}

/// The longest address line kept with a draft.
const TO_MAX: usize = 4_000;

impl Store {
    /// The draft kept on this desk for a case, if any.
    pub fn draft(&self, case_id: &str) -> Result<Option<Draft>> {
        let row = self
            .connection()
            .prepare_cached("SELECT kind, body, to_text, saved_at FROM drafts WHERE case_id = ?1")?
            .query_row([case_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })
            .optional()?;
        Ok(row.map(|(kind, body, to, at)| Draft {
            case_id: case_id.to_owned(),
            kind: kind.parse().unwrap_or(EntryKind::Note),
            body,
            to,
            saved_at: Some(clock::from_ms(at)),
        }))
    }

    /// Keeps what is being typed on a case (the text as typed, never
    /// trimmed); a draft with no words and no addresses is dropped.
    pub fn keep_draft(&mut self, draft: &Draft) -> Result<Option<Ts>> {
        if draft.body.chars().count() > BODY_MAX || draft.to.chars().count() > TO_MAX {
            return Err(Error::invalid("body", msg!("error-cases-draft-too-long", max = BODY_MAX as u32)));
        }
        if draft.body.trim().is_empty() && draft.to.trim().is_empty() {
            self.drop_draft(&draft.case_id)?;
            return Ok(None);
        }
        let exists: bool = self
            .connection()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM cases WHERE id = ?1)")?
            .query_row([&draft.case_id], |r| r.get(0))?;
        if !exists {
            return Err(Error::not_found("Case", draft.case_id.as_str()));
        }
        let now = clock::now();
        self.connection().execute(
            "INSERT INTO drafts (case_id, kind, body, to_text, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (case_id) DO UPDATE SET kind = excluded.kind, body = excluded.body,
               to_text = excluded.to_text, saved_at = excluded.saved_at",
            params![draft.case_id, draft.kind.as_str(), draft.body, draft.to, clock::to_ms(now)],
        )?;
        Ok(Some(now))
    }

    /// Drops a case's draft (once its entry is saved, or thrown away).
    pub fn drop_draft(&mut self, case_id: &str) -> Result<()> {
        self.connection().execute("DELETE FROM drafts WHERE case_id = ?1", [case_id])?;
        Ok(())
    }
}

/// A case's entry was saved at this desk: its draft goes, in the same
/// transaction, so a crash never leaves a draft of words already saved.
pub fn saved(w: &mut Writer<'_>, case_id: &str) -> Result<()> {
    w.tx().prepare_cached("DELETE FROM drafts WHERE case_id = ?1")?.execute([case_id])?;
    Ok(())
}

/// Drops the drafts on these customers' cases (they are being forgotten).
pub fn forget_drafts(w: &mut Writer<'_>, customer_ids: &[Id]) -> Result<()> {
    for id in customer_ids {
        w.tx()
            .prepare_cached(
                "DELETE FROM drafts WHERE case_id IN (SELECT id FROM cases WHERE customer_id = ?1)",
            )?
            .execute([id])?;
    }
    Ok(())
}
