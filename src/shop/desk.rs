//! This desk: where its data is, what it holds, who is at it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::migrations::LATEST as SCHEMA_VERSION;
use crate::core::{Id, Result, Store};

/// What the app shows in its status line and "about" box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeskInfo {
    pub desk_id: Id,
    pub db_path: String,
    pub schema_version: u32,
    pub staff: u32,
    pub customers: u32,
    pub cases: u32,
    pub events: u32,
    /// No staff yet: the app offers the demo shop or a first staff member.
    pub first_run: bool,
    pub current_staff_id: Option<Id>,
    /// Whether the person at the desk proved it with their passcode and the
    /// desk has not locked since.
    pub signed_in: bool,
    /// When the shop asks for a passcode.
    pub passcodes: crate::staff::PasscodeRule,
    /// The shop's time zone: due times are shown in it, whatever the computer's.
    pub time_zone: String,
}

/// What the window title, the tray and the status line show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeskStatus {
    /// Open cases past their due time.
    pub overdue: u32,
    /// Why desktop notifications could not be shown, if they could not.
    pub notifications_error: Option<String>,
}

fn count(store: &Store, sql: &str) -> Result<u32> {
    Ok(store.connection().query_row(sql, [], |r| r.get(0))?)
}

impl Store {
    pub fn desk_info(&self) -> Result<DeskInfo> {
        let staff = count(self, "SELECT count(*) FROM staff")?;
        Ok(DeskInfo {
            desk_id: self.desk_id_now()?,
            db_path: self.path().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into()),
            schema_version: SCHEMA_VERSION,
            staff,
            // Nothing is ever deleted, so the highest rowid is the count: one
            // index lookup instead of reading a million rows at start-up.
            customers: count(self, "SELECT coalesce(max(rowid), 0) FROM customers")?,
            cases: count(self, "SELECT coalesce(max(rowid), 0) FROM cases")?,
            events: count(self, "SELECT coalesce(max(seq), 0) FROM events")?,
            first_run: staff == 0,
            current_staff_id: self.current_staff_id()?,
            signed_in: match self.current_staff_id()? {
                Some(id) => self.signed_in(&id)?,
                None => false,
            },
            passcodes: self.passcode_rule()?,
            time_zone: self.sla_settings()?.calendar.spec().time_zone.clone(),
        })
    }
}
