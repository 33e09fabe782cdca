//! What the rights judged at apply ask of the rest of the shop's state: the
//! settings events wrote go back to their base before the shop's part is
//! applied again, the customers' parts holding judged events follow it, and
//! cases are held again once a batch's targets changes are judged.

use rusqlite::{params, Connection};

use crate::core::hlc::OrderKey;
use crate::core::{Result, Writer};

/// Kinds of customers' events whose author needs a right (closing an
/// escalation, erasing a file): judged by the staff list at their place, so
/// their parts are applied again after the shop's part is. Each feature
/// names its own (`Feature::judged_in_parts`).
pub(super) fn judged_in_parts() -> impl Iterator<Item = &'static str> {
    super::FEATURES.iter().flat_map(|f| f.judged_in_parts.iter().copied())
}

/// Whether this desk holds (from before or in this batch) a customer's event
/// judged by the staff list (see [`judged_in_parts`]) that sorts after `key`.
pub(super) fn judged_after(conn: &Connection, key: &OrderKey) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM events WHERE kind = ?1 AND customer_id IS NOT NULL
             AND (hlc, desk_id, id) > (?2, ?3, ?4))",
    )?;
    for kind in judged_in_parts() {
        let found: bool = stmt.query_row(params![kind, key.hlc, key.desk_id, key.id], |r| r.get(0))?;
        if found {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Puts each shop setting that events set back to its base, where the log has
/// such events: the shop's part is about to be applied again from the first,
/// and an event set aside this time (its author had no right to it at its
/// place in the order) must leave nothing behind. Without such events the
/// desk's own setting stands.
pub(super) fn reset_shop_settings(w: &mut Writer<'_>) -> Result<()> {
    use crate::core::settings;
    // These have no row until an event writes one (the default stands).
    let before = settings::version(w.tx())?;
    for (kinds, key) in super::FEATURES.iter().flat_map(|f| f.settings.iter().copied()) {
        let mut any = false;
        for kind in kinds {
            any |= w.has_shop_event(kind)?;
        }
        if any {
            w.tx().execute("DELETE FROM settings WHERE key = ?1", [key])?;
        }
    }
    // The settings' version only ever moves up, so nothing read before is
    // taken for what stands now.
    w.tx().execute(
        "UPDATE settings SET version = ?1 WHERE key = (SELECT key FROM settings ORDER BY version DESC LIMIT 1)",
        [before + 1],
    )?;
    w.note_settings_changed();
    Ok(())
}

/// After a batch with targets changes: every case held again to the
/// targets the log says stood when it opened. A case opened before the
/// shop's first targets is held to the first one not set aside, which may
/// come later in the batch than the case (see `cases::clock`).
pub(super) fn after_targets(w: &mut Writer<'_>) -> Result<()> {
    crate::cases::clock::rehold_all(w).map(drop)
}
