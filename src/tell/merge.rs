//! Promises, key facts and complaints follow their customer into a merge, and
//! are forgotten with them when their events are applied again.

use rusqlite::params;

use crate::core::{Id, Result, Writer};

const TABLES: &[&str] = &["promises", "pins", "complaints"];

/// Every promise, key fact and complaint of `from` becomes `to`'s.
pub fn move_customer(w: &mut Writer<'_>, from: &str, to: &str) -> Result<()> {
    for table in TABLES {
        w.tx().execute(
            &format!("UPDATE {table} SET customer_id = ?2 WHERE customer_id = ?1"),
            params![from, to],
        )?;
    }
    Ok(())
}

/// Forgets these customers' promises, key facts and complaints.
pub fn forget_customers(w: &mut Writer<'_>, ids: &[Id]) -> Result<()> {
    for id in ids {
        for table in TABLES {
            w.tx().execute(&format!("DELETE FROM {table} WHERE customer_id = ?1"), [id])?;
        }
    }
    Ok(())
}

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
