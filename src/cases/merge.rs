//! The cases' part of merging two customers, and of applying a customer's
//! events again from the start.

use rusqlite::params;

use super::events::SUBJECT_INDEX;
use super::state::forget_written;
use crate::core::{Id, Result, Writer};

/// Every case of `from` becomes a case of `to`.
pub fn move_customer(w: &mut Writer<'_>, from: &str, to: &str) -> Result<()> {
    let moved =
        w.tx().execute("UPDATE cases SET customer_id = ?2 WHERE customer_id = ?1", params![from, to])?;
    if moved > 0 {
        forget_written(w);
        w.note_everything_changed();
    }
    Ok(())
}

/// Forgets every case of these customers (and their subjects in the search
/// index), so the customers' events can be applied again from the start.
pub fn forget_customers(w: &mut Writer<'_>, ids: &[Id]) -> Result<()> {
    for id in ids {
        let cases: Vec<(i64, String, String)> = w
            .tx()
            .prepare_cached("SELECT rowid, id, subject FROM cases WHERE customer_id = ?1")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (rowid, case_id, subject) in cases {
            w.remove_text(SUBJECT_INDEX, rowid, vec![subject])?;
            w.note_case(&case_id);
        }
        w.tx().execute("DELETE FROM cases WHERE customer_id = ?1", [id])?;
    }
    forget_written(w);
    Ok(())
}
