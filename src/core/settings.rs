//! The shop's settings table (JSON values by key, each change bumping a version)
//! and a cache of values parsed from it, reloaded only when the version moves.
//!
//! Features own their keys (the calendar and targets are the hours feature's,
//! the root causes the learn feature's); every change is also an event.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension};

use super::{Error, Result};

/// The highest version of any setting: it moves whenever one changes.
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(version), 0) FROM settings", [], |r| r.get(0))?)
}

pub fn get<T: serde::de::DeserializeOwned>(conn: &Connection, key: &str) -> Result<Option<T>> {
    let text: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?;
    text.map(|t| serde_json::from_str(&t).map_err(Error::from)).transpose()
}

pub fn put<T: serde::Serialize>(conn: &Connection, key: &str, value: &T) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value, version)
         VALUES (?1, ?2, (SELECT coalesce(max(version), 0) + 1 FROM settings))
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version",
        params![key, serde_json::to_string(value)?],
    )?;
    Ok(())
}

type Entry = (i64, Arc<dyn Any + Send + Sync>);

/// Values parsed from settings, one per type, each with the settings version it
/// was read at.
#[derive(Default)]
pub struct Cache {
    entries: RefCell<HashMap<TypeId, Entry>>,
}

impl Cache {
    pub fn get<T: Any + Send + Sync>(&self, version: i64) -> Option<Arc<T>> {
        let entries = self.entries.borrow();
        let (at, value) = entries.get(&TypeId::of::<T>())?;
        if *at != version {
            return None;
        }
        value.clone().downcast::<T>().ok()
    }

    pub fn put<T: Any + Send + Sync>(&self, version: i64, value: Arc<T>) {
        self.entries.borrow_mut().insert(TypeId::of::<T>(), (version, value));
    }

    pub fn forget<T: Any>(&self) {
        self.entries.borrow_mut().remove(&TypeId::of::<T>());
    }

    pub fn clear(&self) {
        self.entries.borrow_mut().clear();
    }
}
