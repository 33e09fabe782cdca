//! Who is acting: the person picked at this desk (the app), or the one a script
//! names (`casebook --as NAME`). Every action of the app and the CLI goes
//! through [`Store::act`], so both record the same events the same way.

use super::{list_staff, staff_member, NewStaff, Staff};
use crate::core::{clock, text, Ctx, Error, Id, Result, Store, Ts, Writer};
use crate::msg;

/// The desk-local preference that says who is at the counter.
pub const CURRENT_STAFF: &str = "current_staff_id";

/// Who an action is done as.
#[derive(Clone, Debug)]
pub enum Actor {
    /// Whoever is picked at this desk, proved as far as the desk's session
    /// says (signed in, not locked, or an owner's approval waiting).
    AtDesk,
    /// A staff member by id, or by (the start of) their name, not proved.
    Named(String),
    /// A staff member (by name or id; `None`: whoever is picked at this
    /// desk) with the passcode they typed (a script's `CASEBOOK_PASSCODE`, or
    /// asked on the terminal): checked, slowly, when acting, where the shop's
    /// rule asks for passcodes at all.
    WithPasscode(Option<String>, super::Passcode),
}

impl Actor {
    /// `--as NAME` when given, else whoever is at the desk.
    pub fn from_option(name: Option<&str>) -> Actor {
        name.map_or(Actor::AtDesk, |n| Actor::Named(n.to_owned()))
    }
}

impl Store {
    /// The staff member at this desk, if one is picked and still active.
    pub fn current_staff_id(&self) -> Result<Option<Id>> {
        Ok(match self.preference(CURRENT_STAFF)? {
            Some(id) => match staff_member(&self.conn, &id) {
                Ok(s) if s.active => Some(id),
                _ => None,
            },
            None => None,
        })
    }

    /// The name of the staff member at this desk, if one is picked.
    pub fn current_staff_name(&self) -> Result<Option<String>> {
        Ok(match self.current_staff_id()? {
            Some(id) => Some(staff_member(&self.conn, &id)?.name),
            None => None,
        })
    }

    /// The staff id `who` stands for, if anyone.
    pub fn resolve(&self, who: &Actor) -> Result<Option<Id>> {
        let wanted = match who {
            Actor::AtDesk | Actor::WithPasscode(None, _) => return self.current_staff_id(),
            Actor::Named(name) | Actor::WithPasscode(Some(name), _) => name.trim(),
        };
        let staff = list_staff(&self.conn)?;
        if let Some(s) = staff.iter().find(|s| s.id == wanted) {
            return Ok(Some(s.id.clone()));
        }
        let folded = text::fold(wanted);
        let matches: Vec<&Staff> =
            staff.iter().filter(|s| s.active && text::fold(&s.name).starts_with(&folded)).collect();
        match matches.as_slice() {
            [one] => Ok(Some(one.id.clone())),
            [] => Err(Error::invalid("as", msg!("error-staff-nobody-active-staff-list-called", wanted))),
            many => Err(Error::invalid(
                "as",
                msg!(
                    "error-staff-could-type-more-name",
                    wanted,
                    value = many.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(" or ")
                ),
            )),
        }
    }

    /// Who is acting, and when (now, unless `at` says it happened earlier),
    /// with whether they proved it: at the desk, as its session says; named
    /// with a passcode, once it is checked. Where the shop's rule asks for a
    /// passcode always, acting unproved is refused (`PasscodeNeeded`).
    pub fn acting(&self, who: &Actor, at: Option<Ts>) -> Result<Ctx> {
        let Some(id) = self.resolve(who)? else {
            if let Actor::AtDesk = who {
                // An owner approving one action at a desk with nobody picked.
                let ctx = self.desk_ctx(Ctx::at(None, at.unwrap_or_else(clock::now)))?;
                if ctx.staff_id.is_some() {
                    return Ok(ctx);
                }
            }
            return Err(Error::Conflict { msg: msg!("error-staff-nobody-picked-as-being-desk") });
        };
        let ctx = Ctx::at(Some(id.clone()), at.unwrap_or_else(clock::now));
        match who {
            Actor::AtDesk => self.desk_ctx(ctx),
            Actor::WithPasscode(..) if self.passcode_rule()?.ask == super::PasscodeAsk::Never => Ok(ctx),
            Actor::WithPasscode(_, code) => {
                self.check_passcode_now(&id, code)?;
                Ok(ctx.proved())
            }
            Actor::Named(_) => {
                if self.passcode_rule()?.ask == super::PasscodeAsk::Always {
                    let name = staff_member(&self.conn, &id)?.name;
                    return Err(Error::PasscodeNeeded { msg: msg!("error-rights-passcode-script", name) });
                }
                Ok(ctx)
            }
        }
    }

    /// Checks that `who` may now do what needs `right` and writes nothing
    /// (importing, restoring, reading the reports). A shop with no owner yet
    /// (a new desk restoring its backup) may.
    pub fn check_right_as(
        &self,
        who: &Actor,
        right: crate::core::Right,
        what: crate::core::Msg,
    ) -> Result<()> {
        if right != crate::core::Right::Policy && !super::rights::has_owner(&self.conn)? {
            return Ok(());
        }
        let rule = self.passcode_rule()?;
        if right == crate::core::Right::Reports
            && !rule.reports_owner_only
            && rule.ask != super::PasscodeAsk::Always
        {
            return Ok(());
        }
        let ctx = self.acting(who, None)?;
        super::rights::check(&self.conn, &ctx, right, what)
    }

    /// Does `f` as `who`, in one write.
    pub fn act<T>(
        &mut self,
        who: &Actor,
        at: Option<Ts>,
        f: impl FnOnce(&mut Writer<'_>, &Ctx) -> Result<T>,
    ) -> Result<T> {
        let ctx = self.acting(who, at)?;
        let out = self.write(|w| f(w, &ctx))?;
        if let Actor::AtDesk = who {
            self.after_desk_action()?;
        }
        Ok(out)
    }

    /// Switches who is at the desk (`None`: nobody, e.g. at closing time).
    /// Where the shop asks for a passcode always, only someone already signed
    /// in here may be picked this way; others sign in
    /// ([`super::session::sign_in`]).
    pub fn set_current_staff(&mut self, staff_id: Option<&str>) -> Result<()> {
        if let Some(id) = staff_id {
            let staff = staff_member(&self.conn, id)?;
            if !staff.active {
                return Err(Error::Conflict {
                    msg: msg!("error-staff-no-longer-active-staff-list-2", name = staff.name),
                });
            }
            if self.passcode_rule()?.ask == super::PasscodeAsk::Always && !self.signed_in(id)? {
                return Err(Error::PasscodeNeeded { msg: msg!("error-rights-sign-in", name = staff.name) });
            }
        }
        self.set_preference(CURRENT_STAFF, staff_id)?;
        self.start_session(staff_id, false)
    }

    /// Adds a staff member as `who`. The very first one needs nobody to vouch
    /// for them, and is then picked as being at the desk.
    pub fn add_staff_as(&mut self, who: &Actor, input: &NewStaff) -> Result<Staff> {
        let first = list_staff(&self.conn)?.is_empty();
        let ctx = if first { Ctx::now(None) } else { self.acting(who, None)? };
        let staff = self.write(|w| w.add_staff(&ctx, input))?;
        if first {
            self.set_preference(CURRENT_STAFF, Some(&staff.id))?;
            self.start_session(Some(&staff.id), false)?;
        } else if let Actor::AtDesk = who {
            self.after_desk_action()?;
        }
        Ok(staff)
    }

    /// Takes a colleague off the list, or back on, as `who`.
    pub fn set_staff_active_as(&mut self, who: &Actor, staff_id: &str, active: bool) -> Result<Staff> {
        let ctx = self.acting(who, None)?;
        if !active && ctx.staff_id.as_deref() == Some(staff_id) {
            return Err(Error::Conflict { msg: msg!("error-staff-you-cannot-deactivate-yourself-while") });
        }
        let staff = self.write(|w| w.set_staff_active(&ctx, staff_id, active))?;
        if let Actor::AtDesk = who {
            self.after_desk_action()?;
        }
        Ok(staff)
    }
}
