//! Staff: who works at the shop, their roles, and who is at this desk.
//!
//! Adding a colleague or taking one off the list is an event; who is at the
//! counter right now is a desk-local preference (switching is a click, not
//! history).

mod desk;
mod events;
mod locale;
pub mod passcode;
pub mod rights;
pub mod session;

use crate::msg;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use desk::{Actor, CURRENT_STAFF};
pub use events::{StaffEvent, RETENTION};
pub use locale::{
    in_desk_words, shop_lang, shop_region, LocaleChoice, LocaleSettings, DESK_LOCALE, DESK_LOCALE_SET,
    SHOP_LOCALE,
};
pub use passcode::{Passcode, SignInTries};
pub use rights::{PasscodeAsk, PasscodeRule, RuleEdit};

use crate::core::validate::{self, NAME_MAX};
use crate::core::{text_enum, Ctx, Error, FieldChange, Id, Result, Right, Store, Writer};

text_enum!(
    StaffRole {
        Staff => "staff",
        Lead => "lead",
        Owner => "owner",
    }
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Staff {
    pub id: Id,
    pub name: String,
    pub role: StaffRole,
    pub active: bool,
    /// The record this one was merged into (the same person added twice):
    /// it is off the list, and the history still names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub merged_into: Option<Id>,
    /// Whether they have a passcode (never the passcode or its hash).
    pub has_passcode: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewStaff {
    pub name: String,
    pub role: StaffRole,
}

// ----- queries -----------------------------------------------------------------

fn staff_row(r: &Row<'_>) -> rusqlite::Result<Staff> {
    Ok(Staff {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        active: r.get(3)?,
        merged_into: r.get(4)?,
        has_passcode: r.get(5)?,
    })
}

pub fn staff_member(conn: &Connection, id: &str) -> Result<Staff> {
    conn.prepare_cached(
        "SELECT id, name, role, active, merged_into, passcode IS NOT NULL FROM staff WHERE id = ?1",
    )?
    .query_row([id], staff_row)
    .optional()?
    .ok_or_else(|| Error::not_found("Staff member", id))
}

/// The staff list: records merged into another (the same person added
/// twice) left out.
pub fn list_staff(conn: &Connection) -> Result<Vec<Staff>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, role, active, merged_into, passcode IS NOT NULL FROM staff WHERE merged_into IS NULL
         ORDER BY active DESC, name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], staff_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    pub fn staff_member(&self, id: &str) -> Result<Staff> {
        staff_member(&self.conn, id)
    }

    pub fn list_staff(&self) -> Result<Vec<Staff>> {
        list_staff(&self.conn)
    }
}

// ----- rules -------------------------------------------------------------------

impl Writer<'_> {
    /// The person acting must be on the staff list and active.
    pub fn check_actor(&self, ctx: &Ctx) -> Result<()> {
        let Some(staff_id) = &ctx.staff_id else {
            return Ok(());
        };
        match staff_member(self.tx(), staff_id) {
            Ok(s) if s.active => Ok(()),
            Ok(s) => {
                Err(Error::Conflict { msg: msg!("error-staff-no-longer-active-staff-list", name = s.name) })
            }
            Err(Error::NotFound { .. }) => {
                Err(Error::Conflict { msg: msg!("error-staff-person-desk-staff-list-pick") })
            }
            Err(e) => Err(e),
        }
    }

    /// Shop policy (opening hours, targets, root causes, closing escalations)
    /// is for a shift lead or the owner. `what` completes "… cannot {what}" (a `lead-…` message).
    pub fn check_lead(&self, ctx: &Ctx, what: crate::core::Msg) -> Result<()> {
        self.check_right(ctx, Right::Policy, what)
    }

    /// A staff member who may own a case or a promise: on the list and active.
    pub fn check_owner(&self, owner_id: Option<&str>) -> Result<()> {
        let Some(owner_id) = owner_id else {
            return Ok(());
        };
        match staff_member(self.tx(), owner_id) {
            Ok(s) if s.active => Ok(()),
            Ok(s) => {
                Err(Error::invalid("owner_id", msg!("error-staff-no-longer-active-so-cannot", name = s.name)))
            }
            Err(Error::NotFound { .. }) => {
                Err(Error::invalid("owner_id", msg!("error-staff-chosen-owner-staff-list-pick")))
            }
            Err(e) => Err(e),
        }
    }

    // ----- actions ---------------------------------------------------------------

    pub fn add_staff(&mut self, ctx: &Ctx, input: &NewStaff) -> Result<Staff> {
        self.check_right(ctx, Right::Owner, msg!("lead-change-staff"))?;
        let name = validate::required_line(&input.name, "name", msg!("label-name"), NAME_MAX)?;
        let taken: bool = self.tx().query_row(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE lower(name) = lower(?1) AND active = 1)",
            [&name],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::invalid("name", msg!("error-staff-there-already-someone-called-staff", name)));
        }
        let id = crate::core::ids::new_id();
        let event = StaffEvent::StaffAdded { staff_id: id.clone(), name, role: input.role };
        self.append(ctx, None, None, &event)?;
        staff_member(self.tx(), &id)
    }

    /// Gives a staff member another name (a typo, a married name). Refused
    /// when someone else active is called that.
    pub fn rename_staff(&mut self, ctx: &Ctx, staff_id: &str, name: &str) -> Result<Staff> {
        self.check_right(ctx, Right::Owner, msg!("lead-change-staff"))?;
        let staff = staff_member(self.tx(), staff_id)?;
        let name = validate::required_line(name, "name", msg!("label-name"), NAME_MAX)?;
        if name == staff.name {
            return Ok(staff);
        }
        let taken: bool = self.tx().query_row(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE lower(name) = lower(?1) AND active = 1 AND id <> ?2)",
            params![name, staff_id],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::invalid("name", msg!("error-staff-there-already-someone-called-staff", name)));
        }
        let change = FieldChange { field: "name".into(), from: staff.name, to: name };
        self.append(
            ctx,
            None,
            None,
            &StaffEvent::StaffUpdated { staff_id: staff_id.to_owned(), changes: vec![change] },
        )?;
        staff_member(self.tx(), staff_id)
    }

    /// Records that `duplicate` is the same person as `keep` (added at two
    /// desks, say): `duplicate` leaves the list, `keep` keeps the higher of
    /// the two roles, and the history still names who wrote what. The
    /// caller moves what the duplicate owns (see `cases::merge_staff`).
    pub fn record_staff_merge(&mut self, ctx: &Ctx, duplicate: &str, keep: &str) -> Result<Staff> {
        self.check_right(ctx, Right::Owner, msg!("lead-change-staff"))?;
        let (gone, kept) = (staff_member(self.tx(), duplicate)?, staff_member(self.tx(), keep)?);
        if gone.id == kept.id || kept.merged_into.is_some() || gone.merged_into.is_some() {
            return Err(Error::invalid("keep", msg!("error-staff-merge-same", name = kept.name)));
        }
        let event = StaffEvent::StaffMerged { staff_id: gone.id, into: kept.id.clone(), name: gone.name };
        self.append(ctx, None, None, &event)?;
        staff_member(self.tx(), &kept.id)
    }

    pub fn set_staff_active(&mut self, ctx: &Ctx, staff_id: &str, active: bool) -> Result<Staff> {
        self.check_right(ctx, Right::Owner, msg!("lead-change-staff"))?;
        let staff = staff_member(self.tx(), staff_id)?;
        if staff.active == active {
            return Ok(staff);
        }
        if !active && rights::last_owner(self.tx(), staff_id)? {
            return Err(Error::Conflict { msg: msg!("error-rights-last-owner", name = staff.name) });
        }
        if !active && !others_active(self.tx(), staff_id)? {
            return Err(Error::Conflict {
                msg: msg!("error-staff-only-active-staff-member-add", name = staff.name),
            });
        }
        let change =
            FieldChange { field: "active".into(), from: staff.active.to_string(), to: active.to_string() };
        self.append(
            ctx,
            None,
            None,
            &StaffEvent::StaffUpdated { staff_id: staff_id.to_owned(), changes: vec![change] },
        )?;
        staff_member(self.tx(), staff_id)
    }
}

/// Writes a staff row (the apply function of `staff_added`).
fn insert_staff(conn: &Connection, id: &str, name: &str, role: StaffRole, at: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO staff (id, name, role, active, created_at) VALUES (?1, ?2, ?3, 1, ?4)",
        params![id, name, role, at],
    )?;
    Ok(())
}

/// What the shop knows of this feature (see `core::feature`).
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["staff", "staff_roles", "sign_in_tries"],
    forget_shop: Some(forget_all),
    settings: &[
        (&["passcodes_edited"], rights::RULE),
        (&["shop_locale_set"], SHOP_LOCALE),
        (&["recovery_code_set"], rights::RECOVERY),
        (&["retention_set"], RETENTION),
    ],
    ..crate::core::Feature::kinds("staff", StaffEvent::KINDS)
};

/// Forgets the staff list, so its events can be applied again from the first.
pub fn forget_all(w: &mut Writer<'_>) -> Result<()> {
    w.tx().execute("DELETE FROM staff", [])?;
    w.tx().execute("DELETE FROM staff_roles", [])?;
    w.note_staff_changed();
    Ok(())
}

/// Whether anyone but `staff_id` is active: the shop never loses its last
/// active staff member, by a person's act or by apply.
pub(crate) fn others_active(conn: &Connection, staff_id: &str) -> Result<bool> {
    let others: i64 =
        conn.query_row("SELECT count(*) FROM staff WHERE active = 1 AND id <> ?1", [staff_id], |r| r.get(0))?;
    Ok(others > 0)
}
