//! This desk's handoff inbox after a customer's events were applied again.
//! (Promises, key facts and complaints follow their customer by the
//! feature's declaration, `tell::FEATURE`.)

use crate::core::{Id, Result, Writer};

/// After these cases' customers were derived again: a handoff whose case is
/// gone, or whose event is now set aside, leaves this desk's inbox. (The
/// inbox keeps what this desk saw, so it is not forgotten with the rest.)
pub fn tidy_inbox(w: &mut Writer<'_>, cases: &[Id]) -> Result<()> {
    let mut stmt = w.tx().prepare_cached(
        "DELETE FROM handoff_inbox WHERE case_id = ?1
           AND (NOT EXISTS (SELECT 1 FROM cases WHERE id = ?1)
                OR event_id IN (SELECT event_id FROM set_aside))",
    )?;
    for case_id in cases {
        stmt.execute([case_id])?;
    }
    Ok(())
}
