//! Who is signed in at this desk, and the passcode steps of the window and the
//! CLI: signing in, locking, an owner's approval for one action, setting and
//! resetting passcodes.
//!
//! The session is desk-local (a preference, never shared, never history): who
//! proved their passcode here and when they last did something. Passcodes are
//! checked off the window's thread: the slow hash runs on a blocking thread,
//! between a read and a write of the database.

use serde::{Deserialize, Serialize};

use super::passcode::{self, Passcode, PasscodeHash};
use super::rights::{self, PasscodeAsk, PasscodeRule, RuleEdit, MAX_DIGITS, MAX_LOCK_MINUTES, MIN_DIGITS};
use super::{staff_member, Actor, Staff, StaffEvent, StaffRole, CURRENT_STAFF};
use crate::core::db::Db;
use crate::core::{clock, settings, Ctx, Error, FieldChange, Id, Result, Right, Store, Writer};
use crate::msg;

/// The desk-local preference that says who proved their passcode here.
pub const SESSION: &str = "desk_session";
/// An owner's approval of one action by the person at the desk.
pub const APPROVAL: &str = "owner_approval";
/// How long an owner's approval waits for the action it is for.
const APPROVAL_MS: i64 = 120_000;

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Session {
    staff_id: Id,
    proved: bool,
    /// When they last did something here (Unix ms).
    seen_at: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Approval {
    owner_id: Id,
    until: i64,
}

fn now_ms() -> i64 {
    clock::to_ms(clock::now())
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Internal(format!("the passcode could not be checked ({e})")))
}

/// What a check needs from the database: the person, active, with a passcode,
/// and the field not waiting after wrong tries.
fn before_check(store: &Store, staff_id: &str) -> Result<(Staff, String)> {
    passcode::check_wait(store.connection(), staff_id)?;
    let staff = staff_member(store.connection(), staff_id)?;
    if !staff.active {
        return Err(Error::NotAllowed {
            msg: msg!("error-staff-no-longer-active-staff-list-2", name = staff.name),
        });
    }
    let hash: Option<String> =
        store.connection().query_row("SELECT passcode FROM staff WHERE id = ?1", [staff_id], |r| r.get(0))?;
    let hash =
        hash.ok_or_else(|| Error::invalid("passcode", msg!("error-passcode-none-yet", name = staff.name)))?;
    Ok((staff, hash))
}

/// Notes how a check went: a right passcode clears the wrong tries, a wrong one adds one.
fn after_check(store: &Store, staff_id: &str, right: bool) -> Result<()> {
    if right {
        passcode::clear_tries(store.connection(), staff_id)
    } else {
        Err(passcode::note_wrong(store.connection(), staff_id)?)
    }
}

/// Checks `code` for `staff_id` off the writer's thread, counting wrong tries.
async fn checked(db: &Db, staff_id: &str, code: Passcode) -> Result<Staff> {
    let id = staff_id.to_owned();
    let (staff, hash) = db.read(move |s| before_check(s, &id)).await?;
    let right = blocking(move || passcode::verify(&code, &hash)).await?;
    let id = staff_id.to_owned();
    db.write(move |s| after_check(s, &id, right)).await?;
    Ok(staff)
}

impl Store {
    fn session(&self) -> Result<Option<Session>> {
        Ok(self.preference(SESSION)?.and_then(|t| serde_json::from_str(&t).ok()))
    }

    fn put_session(&mut self, session: Option<&Session>) -> Result<()> {
        let text = session.map(serde_json::to_string).transpose()?;
        self.set_preference(SESSION, text.as_deref())
    }

    /// The shop's passcode rule.
    pub fn passcode_rule(&self) -> Result<PasscodeRule> {
        rights::rule(self.connection())
    }

    /// Whether `staff_id` proved their passcode at this desk and the desk has
    /// not locked since (after the rule's idle minutes, when it asks always).
    pub fn signed_in(&self, staff_id: &str) -> Result<bool> {
        let rule = self.passcode_rule()?;
        Ok(match self.session()? {
            Some(s) if s.staff_id == staff_id && s.proved => {
                let idle = now_ms() - s.seen_at;
                !(rule.ask == PasscodeAsk::Always
                    && rule.lock_minutes > 0
                    && idle > i64::from(rule.lock_minutes) * 60_000)
            }
            _ => false,
        })
    }

    /// An owner's approval still waiting for its action, if any.
    fn approval(&self) -> Result<Option<Id>> {
        let approval: Option<Approval> =
            self.preference(APPROVAL)?.and_then(|t| serde_json::from_str(&t).ok());
        Ok(approval.filter(|a| a.until > now_ms()).map(|a| a.owner_id))
    }

    /// Who is acting, with their proof, as the desk's session and the shop's
    /// rule say (see [`Store::acting`]).
    pub(super) fn desk_ctx(&self, at: Ctx) -> Result<Ctx> {
        if let Some(owner) = self.approval()? {
            return Ok(Ctx { staff_id: Some(owner), ..at }.proved());
        }
        let Some(id) = at.staff_id.clone() else { return Ok(at) };
        let proved = self.signed_in(&id)?;
        if self.passcode_rule()?.ask == PasscodeAsk::Always && !proved {
            let name = staff_member(self.connection(), &id)?.name;
            return Err(Error::PasscodeNeeded { msg: msg!("error-rights-sign-in", name) });
        }
        Ok(if proved { at.proved() } else { at })
    }

    /// Checks a passcode typed for a script (`CASEBOOK_PASSCODE`, or asked on
    /// the terminal), on this thread.
    pub(super) fn check_passcode_now(&self, staff_id: &str, code: &Passcode) -> Result<()> {
        let (_, hash) = before_check(self, staff_id)?;
        after_check(self, staff_id, passcode::verify(code, &hash))
    }

    /// After an action at the desk: the person is still here (the idle lock
    /// counts from now) and an owner's approval has been used.
    pub(super) fn after_desk_action(&mut self) -> Result<()> {
        if self.preference(APPROVAL)?.is_some() {
            self.set_preference(APPROVAL, None)?;
        }
        self.keep_signed_in()
    }

    /// The person at the desk is still there (a key or a click in the
    /// window): the idle lock counts from now. Nothing if they are not signed in.
    pub fn keep_signed_in(&mut self) -> Result<()> {
        if let Some(mut s) = self.session()? {
            if s.proved && self.signed_in(&s.staff_id)? {
                s.seen_at = now_ms();
                self.put_session(Some(&s))?;
            }
        }
        Ok(())
    }

    /// Locks the desk: whoever was here must type their passcode again
    /// (where the rule asks for one). The desk still shows who it was.
    pub fn lock_desk(&mut self) -> Result<()> {
        if let Some(mut s) = self.session()? {
            s.proved = false;
            self.put_session(Some(&s))?;
        }
        self.set_preference(APPROVAL, None)
    }

    /// Records who is at the desk and whether they proved it.
    pub(super) fn start_session(&mut self, staff_id: Option<&str>, proved: bool) -> Result<()> {
        match staff_id {
            Some(id) => {
                let keep = proved || self.signed_in(id)?;
                self.put_session(Some(&Session {
                    staff_id: id.to_owned(),
                    proved: keep,
                    seen_at: now_ms(),
                }))?;
            }
            None => self.put_session(None)?,
        }
        self.set_preference(APPROVAL, None)
    }

    /// Wrong passcodes typed at this desk (for the owner, on Staff).
    pub fn sign_in_tries(&self) -> Result<Vec<passcode::SignInTries>> {
        passcode::list_tries(self.connection())
    }
}

/// Signs `staff_id` in at this desk with their passcode: they are at the desk
/// from now, proved.
pub async fn sign_in(db: &Db, staff_id: &str, code: Passcode) -> Result<()> {
    let staff = checked(db, staff_id, code).await?;
    db.write(move |s| {
        s.set_preference(CURRENT_STAFF, Some(&staff.id))?;
        s.start_session(Some(&staff.id), true)
    })
    .await
}

/// An owner types their passcode so the person at the desk may use an owner's
/// tool once (within two minutes). The action is recorded as the owner's.
pub async fn approve_once(db: &Db, owner_id: &str, code: Passcode) -> Result<()> {
    let owner = checked(db, owner_id, code).await?;
    if owner.role != StaffRole::Owner {
        return Err(Error::NotAllowed { msg: msg!("error-rights-approver-not-owner", name = owner.name) });
    }
    db.write(move |s| {
        let approval = Approval { owner_id: owner.id, until: now_ms() + APPROVAL_MS };
        s.set_preference(APPROVAL, Some(&serde_json::to_string(&approval)?))
    })
    .await
}

/// Sets `staff_id`'s passcode as `who`: their own (the first time, or signed
/// in), or anyone's by an owner (a forgotten one). The hash is made off the
/// writer's thread.
pub async fn set_passcode(db: &Db, who: Actor, staff_id: &str, code: Passcode) -> Result<Staff> {
    let rule = db.read(|s| s.passcode_rule()).await?;
    let hash = blocking(move || passcode::hash_new(&code, &rule)).await??;
    let id = staff_id.to_owned();
    db.write(move |s| s.record_passcode_as(&who, &id, &hash)).await
}

/// Changes the shop's passcode rule as `who` (an owner). The first time
/// passcodes are turned on, a recovery code is made and returned: shown once,
/// kept nowhere by Casebook but as a hash.
pub async fn edit_passcode_rule(db: &Db, who: Actor, edit: RuleEdit) -> Result<Option<String>> {
    let wanted = edit.clone();
    let needs_code = db.read(move |s| s.needs_recovery_code(&wanted)).await?;
    let recovery = if needs_code { Some(blocking(passcode::new_recovery_code).await??) } else { None };
    db.write(move |s| s.edit_passcode_rule_as(&who, &edit, recovery)).await
}

/// A new recovery code (the old one stops working), as `who` (an owner).
pub async fn renew_recovery_code(db: &Db, who: Actor) -> Result<String> {
    let made = blocking(passcode::new_recovery_code).await??;
    db.write(move |s| s.renew_recovery_code_as(&who, made)).await
}

/// An owner who forgot their passcode gives a new one with the shop's
/// recovery code. Wrong codes count as wrong tries for that owner.
pub async fn reset_with_recovery(db: &Db, owner_id: &str, code: Passcode, new: Passcode) -> Result<()> {
    let id = owner_id.to_owned();
    let (hash, rule) = db.read(move |s| s.before_recovery(&id)).await?;
    let (right, new_hash) =
        blocking(move || (passcode::verify_recovery(&code, &hash), passcode::hash_new(&new, &rule))).await?;
    let id = owner_id.to_owned();
    db.write(move |s| s.after_recovery(&id, right, move || new_hash)).await
}

impl Store {
    /// Records a passcode already hashed (see [`set_passcode`]); someone
    /// setting their own is signed in with it.
    pub fn record_passcode_as(&mut self, who: &Actor, staff_id: &str, hash: &PasscodeHash) -> Result<Staff> {
        let first = !staff_member(self.connection(), staff_id)?.has_passcode;
        let at_desk = matches!(who, Actor::AtDesk);
        let ctx = match self.acting(who, None) {
            // Someone choosing their first passcode at a locked desk that asks
            // always: they are at the desk from now, signed in with it.
            Err(Error::PasscodeNeeded { .. }) if first && at_desk => Ctx::now(Some(staff_id.to_owned())),
            other => other?,
        };
        self.write(|w| w.record_passcode(&ctx, staff_id, hash))?;
        if at_desk && ctx.staff_id.as_deref() == Some(staff_id) {
            self.set_preference(CURRENT_STAFF, Some(staff_id))?;
            self.start_session(Some(staff_id), true)?;
        }
        staff_member(self.connection(), staff_id)
    }

    /// Whether this edit turns passcodes on for the first time (a recovery code is made then).
    pub fn needs_recovery_code(&self, edit: &RuleEdit) -> Result<bool> {
        Ok(settings::get::<String>(self.connection(), rights::RECOVERY)?.is_none()
            && edit.ask.is_some_and(|a| a != PasscodeAsk::Never))
    }

    /// Records a rule edit, and the recovery code made for it (`(code,
    /// hash)`, from [`passcode::new_recovery_code`]); answers the code.
    pub fn edit_passcode_rule_as(
        &mut self,
        who: &Actor,
        edit: &RuleEdit,
        recovery: Option<(String, String)>,
    ) -> Result<Option<String>> {
        let ctx = self.acting(who, None)?;
        self.write(|w| w.edit_passcode_rule(&ctx, edit, recovery.as_ref().map(|(_, hash)| hash.as_str())))?;
        self.after_desk_action()?;
        Ok(recovery.map(|(code, _)| code))
    }

    /// Records a new recovery code (`(code, hash)`); answers the code.
    pub fn renew_recovery_code_as(&mut self, who: &Actor, (code, hash): (String, String)) -> Result<String> {
        let ctx = self.acting(who, None)?;
        self.write(|w| {
            w.check_right(&ctx, Right::Owner, msg!("lead-set-passcodes"))?;
            w.append(&ctx, None, None, &StaffEvent::RecoveryCodeSet { hash }).map(drop)
        })?;
        self.after_desk_action()?;
        Ok(code)
    }

    /// What a recovery needs: the shop's recovery hash and rule, for an
    /// active owner whose field is not waiting.
    pub fn before_recovery(&self, owner_id: &str) -> Result<(String, PasscodeRule)> {
        passcode::check_wait(self.connection(), owner_id)?;
        let owner = staff_member(self.connection(), owner_id)?;
        if owner.role != StaffRole::Owner || !owner.active {
            return Err(Error::NotAllowed {
                msg: msg!("error-rights-approver-not-owner", name = owner.name),
            });
        }
        let hash = settings::get::<String>(self.connection(), rights::RECOVERY)?
            .ok_or_else(|| Error::Conflict { msg: msg!("error-passcode-no-recovery") })?;
        Ok((hash, self.passcode_rule()?))
    }

    /// Records how a recovery went: a wrong code counts as a wrong try; a
    /// right one sets the owner's new passcode and signs them in.
    pub fn after_recovery(
        &mut self,
        owner_id: &str,
        right: bool,
        new_hash: impl FnOnce() -> Result<PasscodeHash>,
    ) -> Result<()> {
        after_check(self, owner_id, right)?;
        let new_hash = new_hash()?;
        let ctx = Ctx::now(Some(owner_id.to_owned())).proved();
        let event = StaffEvent::PasscodeSet { staff_id: owner_id.to_owned(), hash: Some(new_hash.0) };
        self.write(|w| w.append(&ctx, None, None, &event).map(drop))?;
        self.set_preference(CURRENT_STAFF, Some(owner_id))?;
        self.start_session(Some(owner_id), true)
    }
}

impl Writer<'_> {
    /// Records a passcode: a person's own (the first one, or when signed in),
    /// or anyone's by an owner.
    pub fn record_passcode(&mut self, ctx: &Ctx, staff_id: &str, hash: &PasscodeHash) -> Result<()> {
        self.check_actor(ctx)?;
        let target = staff_member(self.tx(), staff_id)?;
        if !target.active {
            return Err(Error::Conflict {
                msg: msg!("error-staff-no-longer-active-staff-list-2", name = target.name),
            });
        }
        let own = ctx.staff_id.as_deref() == Some(staff_id);
        if !(own && (ctx.proved || !target.has_passcode)) {
            self.check_right(ctx, Right::Owner, msg!("lead-set-passcodes"))?;
        }
        let event = StaffEvent::PasscodeSet { staff_id: staff_id.to_owned(), hash: Some(hash.0.clone()) };
        self.append(ctx, None, None, &event).map(drop)
    }

    /// Takes a staff member's passcode off (an owner): they choose a new one
    /// at their next sign-in.
    pub fn clear_passcode(&mut self, ctx: &Ctx, staff_id: &str) -> Result<Staff> {
        self.check_right(ctx, Right::Owner, msg!("lead-set-passcodes"))?;
        let target = staff_member(self.tx(), staff_id)?;
        if target.has_passcode {
            let event = StaffEvent::PasscodeSet { staff_id: staff_id.to_owned(), hash: None };
            self.append(ctx, None, None, &event)?;
        }
        staff_member(self.tx(), staff_id)
    }

    /// Changes the shop's passcode rule (an owner). Turning passcodes on
    /// needs the owner's own passcode first, so they cannot lock themselves out.
    pub fn edit_passcode_rule(
        &mut self,
        ctx: &Ctx,
        edit: &RuleEdit,
        recovery: Option<&str>,
    ) -> Result<PasscodeRule> {
        self.check_right(ctx, Right::Owner, msg!("lead-set-passcodes"))?;
        if let Some(d) = edit.min_digits.filter(|d| !(MIN_DIGITS..=MAX_DIGITS).contains(d)) {
            return Err(Error::invalid(
                "min_digits",
                msg!("error-passcode-min-digits", value = d, min = MIN_DIGITS, max = MAX_DIGITS),
            ));
        }
        if edit.lock_minutes.is_some_and(|m| m > MAX_LOCK_MINUTES) {
            return Err(Error::invalid(
                "lock_minutes",
                msg!("error-passcode-lock-minutes", max = MAX_LOCK_MINUTES),
            ));
        }
        let rule = rights::rule(self.tx())?;
        if edit.ask.is_some_and(|a| a != PasscodeAsk::Never) {
            let me = ctx.staff_id.as_deref().map(|id| staff_member(self.tx(), id)).transpose()?;
            if let Some(me) = me.filter(|m| !m.has_passcode) {
                return Err(Error::invalid("ask", msg!("error-passcode-own-first", name = me.name)));
            }
        }
        let event = StaffEvent::PasscodesEdited {
            ask: edit.ask.filter(|a| *a != rule.ask),
            min_digits: edit.min_digits.filter(|d| *d != rule.min_digits),
            lock_minutes: edit.lock_minutes.filter(|m| *m != rule.lock_minutes),
            reports_owner_only: edit.reports_owner_only.filter(|r| *r != rule.reports_owner_only),
        };
        if let StaffEvent::PasscodesEdited {
            ask: None,
            min_digits: None,
            lock_minutes: None,
            reports_owner_only: None,
        } = event
        {
        } else {
            self.append(ctx, None, None, &event)?;
        }
        if let Some(hash) = recovery {
            self.append(ctx, None, None, &StaffEvent::RecoveryCodeSet { hash: hash.to_owned() })?;
        }
        rights::rule(self.tx())
    }

    /// Makes a staff member a shift lead, an owner or staff (an owner). The
    /// shop's last active owner stays one.
    pub fn set_staff_role(&mut self, ctx: &Ctx, staff_id: &str, role: StaffRole) -> Result<Staff> {
        self.check_right(ctx, Right::Owner, msg!("lead-change-staff"))?;
        let staff = staff_member(self.tx(), staff_id)?;
        if staff.role == role {
            return Ok(staff);
        }
        if role != StaffRole::Owner && rights::last_owner(self.tx(), staff_id)? {
            return Err(Error::Conflict { msg: msg!("error-rights-last-owner", name = staff.name) });
        }
        let change = FieldChange { field: "role".into(), from: staff.role.to_string(), to: role.to_string() };
        let event = StaffEvent::StaffUpdated { staff_id: staff_id.to_owned(), changes: vec![change] };
        self.append(ctx, None, None, &event)?;
        staff_member(self.tx(), staff_id)
    }
}
