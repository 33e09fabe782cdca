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
