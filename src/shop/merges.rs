//! Merging two customers moves what every feature keeps of the other one to
//! the one kept (each feature says what, in its declaration). Undoing a
//! merge is recorded as an event, and applied by applying both customers'
//! events again without the merge (see [`super::receive`]). Only the whole
//! shop knows every feature, so both are done here.

use crate::msg;
use rusqlite::OptionalExtension;

use super::{EventPayload, FEATURES};
use crate::core::{Ctx, Error, EventMeta, Id, Result, Writer};
use crate::duplicates::DuplicateEvent;

/// After a `customers_merged` was applied: what every feature keeps of the
/// customer folded in becomes the kept one's. Nothing when the merge had no
/// effect (the two were one customer already).
pub(super) fn move_parts(w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
    let merged: Option<(Id, Id)> = w
        .tx()
        .query_row("SELECT survivor, other FROM customer_merges WHERE event_id = ?1", [&meta.id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let Some((survivor, other)) = merged else { return Ok(()) };
    for feature in FEATURES {
        feature.move_customer(w, &other, &survivor)?;
    }
    Ok(())
}

impl Writer<'_> {
    /// Merges two records of one customer. Returns the id of the record that
    /// remains (the one added first). Written as the whole shop's event, so
    /// what every feature keeps of the other follows it (see [`move_parts`]).
    pub fn merge_customers(&mut self, ctx: &Ctx, a: &str, b: &str) -> Result<Id> {
        self.check_actor(ctx)?;
        let (a, b) = crate::duplicates::two_customers(self, a, b)?;
        let other_name = crate::customers::customer(self.tx(), &b)?.name;
        let event = EventPayload::from(DuplicateEvent::CustomersMerged { other: b, other_name });
        self.append(ctx, Some(&a), None, &event)?;
        crate::customers::current_id(self.tx(), &a)
    }

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
