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

/// The app was updated since this desk last ran it: what the window tells the
/// person once ("What's new in Casebook 0.2.0").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WhatsNew {
    /// The version running now.
    pub version: String,
    /// The version this desk ran before; `None` for one from before desks
    /// recorded their version.
    pub previous: Option<String>,
}

use crate::core::store::APP_VERSION_META_KEY as APP_VERSION_KEY;

/// `a` is an older version than `b` (dotted numbers; what is not a number
/// counts as 0, so a pre-release reads as its release).
fn older(a: &str, b: &str) -> bool {
    let parts =
        |v: &str| -> Vec<u64> { v.split(['.', '-', '+']).take(3).map(|p| p.parse().unwrap_or(0)).collect() };
    parts(a) < parts(b)
}

impl Store {
    /// Records that the app at `version` opened this desk, and says whether it
    /// was updated since the last time: a desk with history that an older
    /// version ran (or one from before versions were recorded). A new desk, the
    /// same version again, or an older one (a downgrade) say nothing.
    pub fn note_app_version(&mut self, version: &str) -> Result<Option<WhatsNew>> {
        let previous = self.meta_value(APP_VERSION_KEY)?;
        let has_history = count(self, "SELECT coalesce(max(seq), 0) FROM events")? > 0;
        let updated = match &previous {
            Some(before) => older(before, version),
            None => has_history,
        };
        if previous.as_deref() != Some(version) {
            self.set_meta(APP_VERSION_KEY, Some(version))?;
        }
        Ok(updated.then(|| WhatsNew { version: version.to_owned(), previous }))
    }
}

#[cfg(test)]
mod tests {
    use super::older;

    #[test]
    fn versions_compare_as_numbers() {
        assert!(older("0.1.0", "0.1.1"), "a patch is newer");
        assert!(older("0.9.0", "0.10.0"), "10 is more than 9, whatever the text says");
        assert!(!older("0.2.0", "0.1.9"), "a downgrade is not an update");
        assert!(!older("0.1.0", "0.1.0"), "the same version is not an update");
        assert!(older("0.1.0-rc1", "0.1.1"), "a pre-release reads as its release");
    }
}
