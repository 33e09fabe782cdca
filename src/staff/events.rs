//! The staff list's events and how each changes it.

use rusqlite::params;

use super::rights::{self, PasscodeAsk, RuleEdit};
use super::{insert_staff, staff_member, StaffRole};
use crate::core::{event_kinds, settings, Event, EventMeta, FieldChange, Id, Result, Right, Writer};

event_kinds!(
    /// What happens to the staff list.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `staff_added`: a staff id added twice is set aside the second time.
    ///   The same name added at two desks is two staff members (merge them).
    ///   One added by no one (a desk's first person, before that desk joined
    ///   the shop) while the shop has an owner joins as staff.
    /// - `staff_updated`: a staff member this history never added is set
    ///   aside; a field this build does not know is left as it is. Two desks
    ///   taking the last two active people off the list at once: the one
    ///   left last stays active (a shop always has someone to act as).
    ///   A new name (`name`) is a single value: the last in the one order stands.
    /// - `staff_merged`: the duplicate leaves the list (inactive, pointing at
    ///   the record that stays); that record keeps the higher of the two
    ///   roles and is active if either was. A merge into a record that was
    ///   itself merged follows it to where it went; one that would close a
    ///   circle (two desks merging the pair each way) changes nothing; one
    ///   naming someone this history never added is set aside.
    /// - `shop_locale_set`: the last writer in the one order wins.
    /// - `staff_updated` with a new `role`: the last in the one order
    ///   stands, except that the shop's last active owner stays an owner.
    /// - `passcode_set`: the last in the one order stands (a hash this build
    ///   cannot read is set aside).
    /// - `passcodes_edited`: each field of the rule is a single value: the
    ///   last edit in the one order that changed it stands.
    /// - `recovery_code_set`: the last in the one order stands.
    /// - `retention_set`: the last in the one order stands.
    ///
    /// Every kind here but a person's own `passcode_set` is an owner's tool:
    /// one whose author was not an active owner at its place in the order is
    /// kept and has no effect (`staff::rights`).
    pub enum StaffEvent {
        "staff_added" => StaffAdded { staff_id: Id, name: String, role: StaffRole },
        "staff_updated" => StaffUpdated { staff_id: Id, changes: Vec<FieldChange> },
        /// The same person added twice: `staff_id` (called `name`) is `into`.
        "staff_merged" => StaffMerged { staff_id: Id, into: Id, name: String },
        /// The shop's language and style of dates and numbers (both `None`:
        /// each desk follows its computer again).
        "shop_locale_set" => ShopLocaleSet { language: Option<String>, region: Option<String> },
        /// A staff member's passcode, as its slow salted hash (`None`: taken off).
        "passcode_set" => PasscodeSet { staff_id: Id, hash: Option<String> },
        /// What changed in the shop's passcode rule.
        "passcodes_edited" => PasscodesEdited {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            ask: Option<PasscodeAsk>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            min_digits: Option<u8>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            lock_minutes: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            reports_owner_only: Option<bool>,
        },
        /// The hash of the recovery code that resets an owner's passcode.
        "recovery_code_set" => RecoveryCodeSet { hash: String },
        /// How long the shop keeps a customer with no contact before they are
        /// forgotten (`None`: kept until forgotten by hand).
        "retention_set" => RetentionSet { years: Option<u32> },
    }
);

impl Event for StaffEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    /// The staff list and the shop's rules are the owner's; a person may set
    /// their own passcode.
    fn right(&self, meta: &EventMeta) -> Option<Right> {
        match self {
            StaffEvent::PasscodeSet { staff_id, .. } if meta.staff_id.as_ref() == Some(staff_id) => None,
            // A desk on its own, before anyone was on its list (see `apply`).
            StaffEvent::StaffAdded { .. } if meta.staff_id.is_none() => None,
            _ => Some(Right::Owner),
        }
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        match self {
            StaffEvent::StaffAdded { staff_id, name, role } => {
                // Added by no one (a desk's first person, before it joined the
                // shop, its history imported since): where the shop has an
                // owner already, they join as staff and the owner gives the role.
                let role = if meta.staff_id.is_none() && rights::has_owner(w.tx())? {
                    StaffRole::Staff
                } else {
                    *role
                };
                insert_staff(w.tx(), staff_id, name, role, meta.at)?;
                rights::note_roles(w.tx(), meta, &[staff_id])?;
            }
            StaffEvent::StaffUpdated { staff_id, changes } => {
                apply_staff_updated(w, staff_id, changes)?;
                rights::note_roles(w.tx(), meta, &[staff_id])?;
            }
            StaffEvent::StaffMerged { staff_id, into, .. } => {
                apply_staff_merged(w, staff_id, into)?;
                let into = staff_member(w.tx(), staff_id)?.merged_into.unwrap_or_else(|| into.clone());
                rights::note_roles(w.tx(), meta, &[staff_id, &into])?;
            }
            StaffEvent::ShopLocaleSet { language, region } => {
                return super::locale::apply_shop_locale_set(w, language, region);
            }
            StaffEvent::PasscodeSet { staff_id, hash } => {
                staff_member(w.tx(), staff_id)?;
                if let Some(hash) = hash {
                    super::passcode::check_stored_hash(hash)?;
                }
                w.tx().execute("UPDATE staff SET passcode = ?2 WHERE id = ?1", params![staff_id, hash])?;
            }
            StaffEvent::PasscodesEdited { ask, min_digits, lock_minutes, reports_owner_only } => {
                let edit = RuleEdit {
                    ask: *ask,
                    min_digits: *min_digits,
                    lock_minutes: *lock_minutes,
                    reports_owner_only: *reports_owner_only,
                };
                let rule = edit.applied_to(rights::rule(w.tx())?);
                settings::put(w.tx(), rights::RULE, &rule)?;
                w.note_settings_changed();
            }
            StaffEvent::RecoveryCodeSet { hash } => {
                super::passcode::check_stored_hash(hash)?;
                settings::put(w.tx(), rights::RECOVERY, hash)?;
            }
            StaffEvent::RetentionSet { years } => {
                match years {
                    Some(y) => settings::put(w.tx(), RETENTION, y)?,
                    None => drop(w.tx().execute("DELETE FROM settings WHERE key = ?1", [RETENTION])?),
                }
                w.note_settings_changed();
            }
        }
        w.note_staff_changed();
        Ok(())
    }
}

/// The shop's rule for keeping customers with no contact (in years), when set.
pub const RETENTION: &str = "retention_years";

fn apply_staff_updated(w: &mut Writer<'_>, staff_id: &str, changes: &[FieldChange]) -> Result<()> {
    staff_member(w.tx(), staff_id)?;
    // A field this build does not know is left as it is.
    for change in changes.iter().filter(|c| c.field == "name") {
        let name = change.to.trim();
        if !name.is_empty() {
            w.tx().execute("UPDATE staff SET name = ?2 WHERE id = ?1", params![staff_id, name])?;
        }
    }
    for change in changes.iter().filter(|c| c.field == "role") {
        let Ok(role) = change.to.parse::<StaffRole>() else { continue };
        if role != StaffRole::Owner && rights::last_owner(w.tx(), staff_id)? {
            continue;
        }
        w.tx().execute("UPDATE staff SET role = ?2 WHERE id = ?1", params![staff_id, role])?;
    }
    for change in changes.iter().filter(|c| c.field == "active") {
        let active = change.to == "true";
        if !active && (!super::others_active(w.tx(), staff_id)? || rights::last_owner(w.tx(), staff_id)?) {
            continue;
        }
        w.tx().execute("UPDATE staff SET active = ?2 WHERE id = ?1", params![staff_id, active])?;
    }
    Ok(())
}

/// See `staff_merged` above.
fn apply_staff_merged(w: &mut Writer<'_>, staff_id: &str, into: &str) -> Result<()> {
    let gone = staff_member(w.tx(), staff_id)?;
    // Where `into` went, if it was merged itself (at most as many steps as
    // there are staff members: a circle stops there).
    let mut target = staff_member(w.tx(), into)?;
    let mut steps = 0;
    while let Some(next) = target.merged_into.clone() {
        steps += 1;
        if next == gone.id || steps > 64 {
            return Ok(());
        }
        target = staff_member(w.tx(), &next)?;
    }
    if target.id == gone.id || gone.merged_into.is_some() {
        return Ok(());
    }
    let rank = |r: StaffRole| match r {
        StaffRole::Staff => 0,
        StaffRole::Lead => 1,
        StaffRole::Owner => 2,
    };
    let role = if rank(gone.role) > rank(target.role) { gone.role } else { target.role };
    w.tx().execute(
        "UPDATE staff SET role = ?2, active = ?3 WHERE id = ?1",
        params![target.id, role, target.active || gone.active],
    )?;
    w.tx().execute(
        "UPDATE staff SET active = 0, merged_into = ?2 WHERE id = ?1",
        params![gone.id, target.id],
    )?;
    Ok(())
}
