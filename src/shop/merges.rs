//! Undoing a merge of two customers: recorded as an event, and applied by
//! applying both customers' events again without the merge (see
//! [`super::receive`]), which only the whole history can do.

use crate::msg;
use rusqlite::OptionalExtension;

use super::EventPayload;
use crate::core::{Ctx, Error, Id, Result, Writer};
use crate::duplicates::DuplicateEvent;

impl Writer<'_> {
    /// Takes a merge back: both customers stand again as if it had never been
    /// made, each with their own cases, promises, complaints and scores, and
    /// whatever was written for either since stays with the one it was written
    /// for. Returns the id of the customer the merge had folded in.
    pub fn undo_merge(&mut self, ctx: &Ctx, merge_id: &str) -> Result<Id> {
        self.check_actor(ctx)?;
        let row: Option<(Id, Id)> = self
            .tx()
            .query_row("SELECT survivor, other FROM customer_merges WHERE event_id = ?1", [merge_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let (survivor, other) =
            row.ok_or_else(|| Error::Conflict { msg: msg!("error-shop-merge-effect-may-have-been") })?;
        let event = EventPayload::from(DuplicateEvent::MergeUndone {
            merge_id: merge_id.to_owned(),
            other: other.clone(),
        });
        self.append(ctx, Some(&survivor), None, &event)?;
        Ok(other)
    }
}
