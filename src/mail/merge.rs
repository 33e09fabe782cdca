//! Mail follows its customer into a merge, and is forgotten with them when
//! their events are applied again.

use rusqlite::params;

use crate::core::{Id, Result, Writer};

const TABLES: &[&str] = &["mail_messages", "mail_outbox"];

/// Every mail and reply of `from` becomes `to`'s.
pub fn move_customer(w: &mut Writer<'_>, from: &str, to: &str) -> Result<()> {
    for table in TABLES {
        w.tx().execute(
            &format!("UPDATE {table} SET customer_id = ?2 WHERE customer_id = ?1"),
            params![from, to],
        )?;
    }
    Ok(())
}

/// Forgets these customers' mail and replies.
pub fn forget_customers(w: &mut Writer<'_>, ids: &[Id]) -> Result<()> {
    for id in ids {
        for table in TABLES {
            w.tx().execute(&format!("DELETE FROM {table} WHERE customer_id = ?1"), [id])?;
        }
    }
    Ok(())
}
