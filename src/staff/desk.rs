//! Who is acting: the person picked at this desk (the app), or the one a script
//! names (`casebook --as NAME`). Every action of the app and the CLI goes
//! through [`Store::act`], so both record the same events the same way.

use super::{list_staff, staff_member, NewStaff, Staff};
use crate::core::{clock, text, Ctx, Error, Id, Result, Store, Ts, Writer};
use crate::msg;

/// The desk-local preference that says who is at the counter.
pub const CURRENT_STAFF: &str = "current_staff_id";

/// Who an action is done as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// Whoever is picked at this desk.
    AtDesk,
    /// A staff member by id, or by (the start of) their name.
    Named(String),
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

    /// The staff id `who` stands for, if anyone.
    pub fn resolve(&self, who: &Actor) -> Result<Option<Id>> {
        let wanted = match who {
            Actor::AtDesk => return self.current_staff_id(),
            Actor::Named(name) => name.trim(),
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

    /// Who is acting, and when (now, unless `at` says it happened earlier).
    pub fn acting(&self, who: &Actor, at: Option<Ts>) -> Result<Ctx> {
        match self.resolve(who)? {
            Some(id) => Ok(Ctx::at(Some(id), at.unwrap_or_else(clock::now))),
            None => Err(Error::Conflict { msg: msg!("error-staff-nobody-picked-as-being-desk") }),
        }
    }

    /// Does `f` as `who`, in one write.
    pub fn act<T>(
        &mut self,
        who: &Actor,
        at: Option<Ts>,
        f: impl FnOnce(&mut Writer<'_>, &Ctx) -> Result<T>,
    ) -> Result<T> {
        let ctx = self.acting(who, at)?;
        self.write(|w| f(w, &ctx))
    }

    /// Switches who is at the desk (`None`: nobody, e.g. at closing time).
    pub fn set_current_staff(&mut self, staff_id: Option<&str>) -> Result<()> {
        if let Some(id) = staff_id {
            let staff = staff_member(&self.conn, id)?;
            if !staff.active {
                return Err(Error::Conflict {
                    msg: msg!("error-staff-no-longer-active-staff-list-2", name = staff.name),
                });
            }
        }
        self.set_preference(CURRENT_STAFF, staff_id)
    }

    /// Adds a staff member as `who`. The very first one needs nobody to vouch
    /// for them, and is then picked as being at the desk.
    pub fn add_staff_as(&mut self, who: &Actor, input: &NewStaff) -> Result<Staff> {
        let first = list_staff(&self.conn)?.is_empty();
        let ctx = if first { Ctx::now(None) } else { self.acting(who, None)? };
        let staff = self.write(|w| w.add_staff(&ctx, input))?;
        if first {
            self.set_preference(CURRENT_STAFF, Some(&staff.id))?;
        }
        Ok(staff)
    }

    /// Takes a colleague off the list, or back on, as `who`.
    pub fn set_staff_active_as(&mut self, who: &Actor, staff_id: &str, active: bool) -> Result<Staff> {
        let ctx = self.acting(who, None)?;
        if !active && ctx.staff_id.as_deref() == Some(staff_id) {
            return Err(Error::Conflict { msg: msg!("error-staff-you-cannot-deactivate-yourself-while") });
        }
        self.write(|w| w.set_staff_active(&ctx, staff_id, active))
    }
}
