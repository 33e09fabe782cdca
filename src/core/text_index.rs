//! The search indexes, written in step with the log by the one writer: a row
//! at a time, or held back and written once just before the commit.

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::writer::Writer;
use super::{Error, Result};

impl Writer<'_> {
    /// For bulk writes (imports): the search index is written once, just before
    /// the commit, instead of row by row. Nothing in the transaction may search
    /// after this.
    ///
    /// FTS5 flushes its in-memory index at every statement savepoint, and any
    /// UPDATE with a constraint opens one: in a bulk write, interleaving index
    /// inserts with updates makes thousands of tiny index segments that must then
    /// be merged. Writing them all at the end makes a few large ones.
    pub fn defer_search_index(&mut self) {
        self.pending_text.get_or_insert_with(BTreeMap::new);
    }

    /// Writes one row of a full-text index (`insert` names the table and its
    /// columns; `?1` is the rowid). Unless `fresh`, the row's old entry is
    /// removed first.
    pub fn index_text(
        &mut self,
        insert: &'static str,
        rowid: i64,
        values: Vec<String>,
        fresh: bool,
    ) -> Result<()> {
        let pending_here = self.pending_text.as_ref().is_some_and(|p| p.contains_key(&(insert, rowid)));
        if !fresh && !pending_here {
            let table = fts_table(insert)?;
            self.tx.prepare_cached(&format!("DELETE FROM {table} WHERE rowid = ?1"))?.execute([rowid])?;
        }
        match &mut self.pending_text {
            Some(p) => {
                let before = p.insert((insert, rowid), values);
                if let Some(journal) = &mut self.text_journal {
                    journal.push(((insert, rowid), before));
                }
            }
            None => insert_text(&self.tx, insert, rowid, &values)?,
        }
        Ok(())
    }

    /// Removes one row from a full-text index (`insert` names the table as for
    /// [`Writer::index_text`]); `values` are the row's indexed text as it was
    /// written, which an index that keeps no copy of its text (contentless)
    /// needs to find it; empty for an index that keeps its text.
    pub fn remove_text(&mut self, insert: &'static str, rowid: i64, values: Vec<String>) -> Result<()> {
        if let Some(p) = &mut self.pending_text {
            if let Some(before) = p.remove(&(insert, rowid)) {
                if let Some(journal) = &mut self.text_journal {
                    journal.push(((insert, rowid), Some(before)));
                }
                return Ok(());
            }
        }
        let table = fts_table(insert)?;
        if values.is_empty() {
            self.tx.prepare_cached(&format!("DELETE FROM {table} WHERE rowid = ?1"))?.execute([rowid])?;
            return Ok(());
        }
        let marks = (0..values.len()).map(|i| format!(", ?{}", i + 2)).collect::<String>();
        let columns = insert
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(cols, _)| cols.trim())
            .ok_or_else(|| Error::Internal(format!("not an index insert: {insert}")))?;
        let sql = format!("INSERT INTO {table} ({table}, {columns}) VALUES ('delete', ?1{marks})");
        insert_text(&self.tx, &sql, rowid, &values)
    }

    pub(super) fn write_pending_text(&mut self) -> Result<()> {
        let Some(pending) = self.pending_text.take() else { return Ok(()) };
        for ((insert, rowid), values) in &pending {
            insert_text(&self.tx, insert, *rowid, values)?;
        }
        Ok(())
    }
}

fn insert_text(tx: &Connection, insert: &str, rowid: i64, values: &[String]) -> Result<()> {
    let mut stmt = tx.prepare_cached(insert)?;
    let mut args: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(values.len() + 1);
    args.push(&rowid);
    for v in values {
        args.push(v);
    }
    stmt.execute(args.as_slice())?;
    Ok(())
}

/// The table an `INSERT INTO table (...)` statement writes to.
fn fts_table(insert: &str) -> Result<&str> {
    insert
        .strip_prefix("INSERT INTO ")
        .and_then(|rest| rest.split_whitespace().next())
        .ok_or_else(|| Error::Internal(format!("not an index insert: {insert}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_table_is_read_from_its_insert() {
        assert_eq!(fts_table("INSERT INTO case_text (rowid, subject) VALUES (?1, ?2)").unwrap(), "case_text");
        assert!(fts_table("DELETE FROM x").is_err(), "anything else is a bug, said as such");
    }
}
