//! The staff list's events and how each changes it.

use rusqlite::params;

use super::{insert_staff, staff_member, StaffRole};
use crate::core::{event_kinds, Event, EventMeta, FieldChange, Id, Result, Writer};

event_kinds!(
    /// What happens to the staff list.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `staff_added`: a staff id added twice is set aside the second time.
    ///   The same name added at two desks is two staff members (merge them).
    /// - `staff_updated`: a staff member this history never added is set
    ///   aside; a field this build does not know is left as it is. Two desks
    ///   taking the last two active people off the list at once: the one
    ///   left last stays active (a shop always has someone to act as).
    /// - `shop_locale_set`: the last writer in the one order wins.
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
    // A field this build does not know is left as it is.
    for change in changes.iter().filter(|c| c.field == "active") {
        let active = change.to == "true";
        if !active && !super::others_active(w.tx(), staff_id)? {
            continue;
        }
        w.tx().execute("UPDATE staff SET active = ?2 WHERE id = ?1", params![staff_id, active])?;
    }
    Ok(())
}
