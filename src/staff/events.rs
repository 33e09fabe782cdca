//! The staff list's events and how each changes it.

use crate::msg;
use rusqlite::params;

use super::{insert_staff, staff_member, StaffRole};
use crate::core::{event_kinds, Error, Event, EventMeta, FieldChange, Id, Result, Writer};

event_kinds!(
    /// What happens to the staff list.
    pub enum StaffEvent {
        "staff_added" => StaffAdded { staff_id: Id, name: String, role: StaffRole },
        "staff_updated" => StaffUpdated { staff_id: Id, changes: Vec<FieldChange> },
        /// The shop's language and style of dates and numbers (both `None`:
        /// each desk follows its computer again).
        "shop_locale_set" => ShopLocaleSet { language: Option<String>, region: Option<String> },
    }
);

impl Event for StaffEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        match self {
            StaffEvent::StaffAdded { staff_id, name, role } => {
                insert_staff(w.tx(), staff_id, name, *role, meta.at)?;
            }
            StaffEvent::StaffUpdated { staff_id, changes } => apply_staff_updated(w, staff_id, changes)?,
            StaffEvent::ShopLocaleSet { language, region } => {
                return super::locale::apply_shop_locale_set(w, language, region);
            }
        }
        w.note_staff_changed();
        Ok(())
    }
}

fn apply_staff_updated(w: &mut Writer<'_>, staff_id: &str, changes: &[FieldChange]) -> Result<()> {
    staff_member(w.tx(), staff_id)?;
    for change in changes {
        match change.field.as_str() {
            "active" => {
                let active = change.to == "true";
                w.tx().execute("UPDATE staff SET active = ?2 WHERE id = ?1", params![staff_id, active])?;
            }
            other => return Err(Error::invalid("events", msg!("error-staff-unknown-staff-field", other))),
        }
    }
    Ok(())
}
