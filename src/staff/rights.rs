//! Rights: what each role may do, the shop's passcode rule, and the two places
//! both are checked.
//!
//! - **When a person acts** ([`Writer::check_right`]), whatever calls the
//!   library (the window, the CLI, an import): their role must allow it, and
//!   where the shop's rule asks for a passcode, they must have proved who they
//!   are (`Ctx::proved`), or an owner must have typed theirs for this action.
//! - **When an event is applied** ([`judge`]), for every event of every desk,
//!   in the one order: the right its kind needs ([`crate::core::Event::right`])
//!   is checked against its author's role *at that point of the history*. An
//!   event whose author had no right to it is kept, has no effect on any desk
//!   and is set aside as `not_allowed` (Desks & sync names the desk and the
//!   person). Every desk decides the same, as the staff list at each point is
//!   derived from the same events in the same order.
//!
//! A history with no active owner yet (a new shop, the first person being
//! added; a shop from before roles were checked that never named one) lets
//! anyone on the list use the owner's tools, as before.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{staff_member, StaffRole};
use crate::core::{settings, text_enum, Ctx, Error, EventMeta, Msg, Result, Right, Writer};
use crate::msg;

/// The settings key of the shop's passcode rule.
pub const RULE: &str = "passcode_rule";
/// The settings key of the recovery code's hash.
pub const RECOVERY: &str = "passcode_recovery";

text_enum!(
    /// When the shop asks for a passcode.
    PasscodeAsk {
        /// Never: anyone picks who is at the desk (a family shop).
        Never => "never",
        /// For the owner's tools and shop policy: settings, staff, desks,
        /// erasing, importing and restoring (and the reports, if the owner says so).
        OwnerTools => "owner_tools",
        /// Always: every switch of the person at the desk, and the desk locks
        /// after the owner's idle minutes.
        Always => "always",
    }
);

/// The shop's passcode rule (one setting, shared through `passcodes_edited`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PasscodeRule {
    pub ask: PasscodeAsk,
    /// The fewest digits a passcode may have (4 to 8).
    pub min_digits: u8,
    /// With `always`, the desk locks after this many idle minutes (0: never).
    pub lock_minutes: u32,
    /// Whether the reports are an owner's tool too.
    pub reports_owner_only: bool,
}

impl Default for PasscodeRule {
    fn default() -> Self {
        PasscodeRule { ask: PasscodeAsk::Never, min_digits: 4, lock_minutes: 10, reports_owner_only: false }
    }
}

pub const MIN_DIGITS: u8 = 4;
pub const MAX_DIGITS: u8 = 8;
pub const MAX_LOCK_MINUTES: u32 = 240;

/// What an owner changed in the rule (each field a single value).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleEdit {
    #[serde(default)]
    #[ts(optional)]
    pub ask: Option<PasscodeAsk>,
    #[serde(default)]
    #[ts(optional)]
    pub min_digits: Option<u8>,
    #[serde(default)]
    #[ts(optional)]
    pub lock_minutes: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub reports_owner_only: Option<bool>,
}

impl RuleEdit {
    /// The rule with this edit's fields, each kept within its bounds (apply
    /// takes what another desk wrote as it is, bounded, never refused).
    pub fn applied_to(&self, mut rule: PasscodeRule) -> PasscodeRule {
        if let Some(ask) = self.ask {
            rule.ask = ask;
        }
        if let Some(d) = self.min_digits {
            rule.min_digits = d.clamp(MIN_DIGITS, MAX_DIGITS);
        }
        if let Some(m) = self.lock_minutes {
            rule.lock_minutes = m.min(MAX_LOCK_MINUTES);
        }
        if let Some(r) = self.reports_owner_only {
            rule.reports_owner_only = r;
        }
        rule
    }
}

/// The shop's passcode rule as it stands.
pub fn rule(conn: &Connection) -> Result<PasscodeRule> {
    Ok(settings::get(conn, RULE)?.unwrap_or_default())
}

/// Whether a role may use what needs `right` under `rule`.
pub fn may(role: StaffRole, right: Right, rule: &PasscodeRule) -> bool {
    match right {
        Right::Owner => role == StaffRole::Owner,
        Right::Policy => role != StaffRole::Staff,
        Right::Reports => !rule.reports_owner_only || role == StaffRole::Owner,
    }
}

/// Whether the shop's rule asks for a passcode before something that needs `right`.
pub fn asks_passcode(rule: &PasscodeRule, right: Right) -> bool {
    match rule.ask {
        PasscodeAsk::Never => false,
        PasscodeAsk::Always => true,
        PasscodeAsk::OwnerTools => right != Right::Reports || rule.reports_owner_only,
    }
}

/// Notes these staff members' role and whether they are active, as they
/// stand after the staff event `meta` (see migration 14's `staff_roles`).
pub fn note_roles(conn: &Connection, meta: &EventMeta, staff_ids: &[&str]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT OR REPLACE INTO staff_roles (staff_id, hlc, desk_id, event_id, role, active)
         SELECT id, ?2, ?3, ?4, role, active FROM staff WHERE id = ?1",
    )?;
    for id in staff_ids {
        stmt.execute(params![id, meta.hlc, meta.desk_id, meta.id])?;
    }
    Ok(())
}

/// A staff member's role and whether they were active just before `meta`'s
/// place in the order: from the history, or (a desk upgraded from before it
/// was kept, with no history for them) the list as it stands.
fn role_at(conn: &Connection, staff_id: &str, meta: &EventMeta) -> Result<Option<(String, StaffRole, bool)>> {
    let name: Option<String> = conn
        .prepare_cached("SELECT name FROM staff WHERE id = ?1")?
        .query_row([staff_id], |r| r.get(0))
        .optional()?;
    let Some(name) = name else { return Ok(None) };
    let known: Option<(StaffRole, bool)> = conn
        .prepare_cached(
            "SELECT role, active FROM staff_roles WHERE staff_id = ?1 AND (hlc, desk_id, event_id) < (?2, ?3, ?4)
             ORDER BY hlc DESC, desk_id DESC, event_id DESC LIMIT 1",
        )?
        .query_row(params![staff_id, meta.hlc, meta.desk_id, meta.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let any: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM staff_roles WHERE staff_id = ?1)")?
        .query_row([staff_id], |r| r.get(0))?;
    Ok(match known {
        Some((role, active)) => Some((name, role, active)),
        None if any => None,
        None => {
            let s = staff_member(conn, staff_id)?;
            Some((name, s.role, s.active))
        }
    })
}

/// Whether anyone was an active owner just before `meta`'s place in the order.
fn had_owner(conn: &Connection, meta: &EventMeta) -> Result<bool> {
    let kept: bool =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM staff_roles)")?.query_row([], |r| r.get(0))?;
    if !kept {
        return has_owner(conn);
    }
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM staff_roles r
               WHERE (r.hlc, r.desk_id, r.event_id) < (?1, ?2, ?3) AND r.role = 'owner' AND r.active = 1
                 AND NOT EXISTS (SELECT 1 FROM staff_roles l WHERE l.staff_id = r.staff_id
                     AND (l.hlc, l.desk_id, l.event_id) > (r.hlc, r.desk_id, r.event_id)
                     AND (l.hlc, l.desk_id, l.event_id) < (?1, ?2, ?3)))",
        )?
        .query_row(params![meta.hlc, meta.desk_id, meta.id], |r| r.get(0))?)
}

/// Whether anyone active is an owner.
pub fn has_owner(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM staff WHERE role = 'owner' AND active = 1)")?
        .query_row([], |r| r.get(0))?)
}

/// Whether `staff_id` is the shop's last active owner (who stays one: a shop
/// never loses its owner, by a person's act or by apply).
pub fn last_owner(conn: &Connection, staff_id: &str) -> Result<bool> {
    let (theirs, others): (bool, i64) = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM staff WHERE id = ?1 AND role = 'owner' AND active = 1),
                (SELECT count(*) FROM staff WHERE role = 'owner' AND active = 1 AND id <> ?1)",
        [staff_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(theirs && others == 0)
}

/// What a person without the right is told: `what` completes "… cannot {what}".
fn refusal(name: &str, right: Right, what: Msg) -> Error {
    let msg = match right {
        Right::Policy => msg!("error-staff-cannot-ask-shift-lead-owner", name, what),
        Right::Owner | Right::Reports => msg!("error-rights-owner-only", name, what),
    };
    Error::NotAllowed { msg }
}

/// Checks that `ctx`'s person may do what needs `right` (see the module).
pub fn check(conn: &Connection, ctx: &Ctx, right: Right, what: Msg) -> Result<()> {
    let rule = rule(conn)?;
    let name = match &ctx.staff_id {
        Some(id) => {
            let staff = staff_member(conn, id)?;
            let open = right != Right::Policy && !has_owner(conn)?;
            if !staff.active || !(open || may(staff.role, right, &rule)) {
                return Err(refusal(&staff.name, right, what));
            }
            staff.name
        }
        // Nobody named: the desk itself, setting up a shop that has no owner yet.
        None if !has_owner(conn)? => return Ok(()),
        None => return Err(Error::Conflict { msg: msg!("error-staff-nobody-picked-as-being-desk") }),
    };
    if asks_passcode(&rule, right) && !ctx.proved {
        return Err(Error::PasscodeNeeded { msg: msg!("error-rights-passcode-needed", name, what) });
    }
    Ok(())
}

/// Whether the author of an event another desk (or this one) wrote had the
/// right its kind needs, at this point of the history. `Err(NotAllowed)` sets
/// it aside: kept, with no effect.
pub fn judge(conn: &Connection, meta: &EventMeta, right: Right, kind: &str) -> Result<()> {
    if right == Right::Reports {
        return Ok(());
    }
    let owner_then = had_owner(conn, meta)?;
    if right == Right::Owner && !owner_then {
        return Ok(());
    }
    let author = match &meta.staff_id {
        Some(id) => role_at(conn, id, meta)?,
        None => None,
    };
    let rule = rule(conn)?;
    match author {
        Some((_, role, true)) if may(role, right, &rule) => Ok(()),
        // The desk itself, before anyone was on the list.
        None if meta.staff_id.is_none() && !owner_then && right == Right::Policy => Ok(()),
        Some((name, ..)) => Err(Error::NotAllowed {
            msg: msg!("error-rights-not-allowed-then", name, kind, needed = needed(right)),
        }),
        None => Err(Error::NotAllowed {
            msg: msg!(
                "error-rights-not-allowed-nobody",
                kind,
                needed = needed(right),
                id = meta.staff_id.clone().unwrap_or_default()
            ),
        }),
    }
}

fn needed(right: Right) -> &'static str {
    match right {
        Right::Owner | Right::Reports => "owner",
        Right::Policy => "lead",
    }
}

impl Writer<'_> {
    /// Refuses unless the person acting is on the list, active, has `right`,
    /// and has proved who they are where the shop's rule asks for a passcode.
    /// `what` completes "… cannot {what}" (a `lead-…` message).
    pub fn check_right(&self, ctx: &Ctx, right: Right, what: Msg) -> Result<()> {
        self.check_actor(ctx)?;
        check(self.tx(), ctx, right, what)
    }
}
