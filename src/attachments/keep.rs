//! Attachments beside copies of the history: backups keep the files they refer
//! to in one shared pool (`backups/attachments/`, by content, so each file is
//! kept once however many backups refer to it); exports carry them in their own
//! folder. Every file copied is checked against its name on the way.

use std::collections::BTreeSet;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Files;
use crate::core::{Error, Result};

/// What copying a history's files did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeptFiles {
    /// Files the history refers to.
    pub referenced: u32,
    /// Of those, copied now (the others were there already).
    pub copied: u32,
    /// Referred to but not here to copy (deleted by hand, or still on its way
    /// from another desk): the copy says so instead of failing.
    pub missing: Vec<String>,
}

/// The files a database (the live one, a backup) refers to and has not erased.
pub fn referenced_in(db: &Path) -> Result<BTreeSet<String>> {
    let conn =
        Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    referenced(&conn)
}

/// The files the database on `conn` refers to and has not erased.
pub fn referenced(conn: &Connection) -> Result<BTreeSet<String>> {
    let has_table: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachments')",
        [],
        |r| r.get(0),
    )?;
    if !has_table {
        return Ok(BTreeSet::new());
    }
    let mut stmt = conn.prepare("SELECT DISTINCT hash FROM attachments WHERE erased_at IS NULL")?;
    let set = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<BTreeSet<_>>>()?;
    Ok(set)
}

/// Copies `hashes` from `from` into `to`, each checked; a file `to` already
/// has is left as it is. A file damaged in `from` is an error (a copy must not
/// keep a damaged file as if it were good); one missing is reported.
pub fn copy_files(from: &Files, to: &Files, hashes: &BTreeSet<String>) -> Result<KeptFiles> {
    let mut kept = KeptFiles { referenced: hashes.len() as u32, ..KeptFiles::default() };
    for h in hashes {
        if to.has(h) {
            continue;
        }
        match from.get(h) {
            Ok(bytes) => {
                to.put_as(h, &bytes)?;
                kept.copied += 1;
            }
            Err(Error::NotFound { .. }) => kept.missing.push(h.clone()),
            Err(e) => return Err(e),
        }
    }
    Ok(kept)
}

/// Removes from `pool` every file no longer referred to by `keep`.
pub fn prune(pool: &Files, keep: &BTreeSet<String>) -> Result<u32> {
    let mut n = 0;
    for h in pool.list()? {
        if !keep.contains(&h) {
            pool.erase(&h)?;
            n += 1;
        }
    }
    Ok(n)
}
