//! The desk: who works here and who is at the counter, and the first run.

use casebook::model::*;
use casebook::staff::{session, Passcode};

use super::commands;

commands! {
    feature: "desk";
    /// Where the data is, what it holds, and who is at the desk.
    read desk_info() -> DeskInfo = |s| s.desk_info();
    /// The app was updated since this desk last ran it (asked once at start).
    app whats_new() -> Option<WhatsNew> = |st| Ok(st.take_whats_new());
    /// The staff list, active people first.
    read list_staff() -> Vec<Staff> = |s| s.list_staff();
    /// Adds a colleague (the very first person needs nobody to vouch for them).
    write add_staff(input: NewStaff) -> Staff = |s| s.add_staff_as(&Actor::AtDesk, &input);
    /// Takes a colleague off the staff list, or back on.
    write set_staff_active(staff_id: String, active: bool) -> Staff =
        |s| s.set_staff_active_as(&Actor::AtDesk, &staff_id, active);
    /// Makes a colleague staff, a shift lead or an owner (an owner's tool).
    act set_staff_role(staff_id: String, role: StaffRole) -> Staff = |w, ctx| w.set_staff_role(ctx, &staff_id, role);
    /// Signs a person in at this desk with their passcode (checked off the
    /// window's thread; wrong tries make the field wait).
    app sign_in(staff_id: String, passcode: String) -> DeskInfo = |st| {
        let db = st.db()?;
        session::sign_in(db, &staff_id, Passcode::new(passcode)).await?;
        st.wake.notify_one();
        Ok(db.read(|s| s.desk_info()).await?)
    };
    /// Locks the desk: the person at it types their passcode again.
    write lock_desk() -> DeskInfo = |s| {
        s.lock_desk()?;
        s.desk_info()
    };
    /// The person at the desk is still there (keys or clicks): the idle lock counts from now.
    write keep_signed_in() -> () = |s| s.keep_signed_in();
    /// An owner types their passcode so the person at the desk may use an
    /// owner's tool once; it is recorded as the owner's.
    app approve_once(owner_id: String, passcode: String) -> () = |st| {
        Ok(session::approve_once(st.db()?, &owner_id, Passcode::new(passcode)).await?)
    };
    /// Sets a passcode: one's own, or anyone's by an owner (a forgotten one).
    app set_passcode(staff_id: String, passcode: String) -> Staff = |st| {
        Ok(session::set_passcode(st.db()?, Actor::AtDesk, &staff_id, Passcode::new(passcode)).await?)
    };
    /// Takes a colleague's passcode off (an owner): they choose one at their next sign-in.
    act clear_passcode(staff_id: String) -> Staff = |w, ctx| w.clear_passcode(ctx, &staff_id);
    /// The shop's passcode rule.
    read passcode_rule() -> PasscodeRule = |s| s.passcode_rule();
    /// Changes the shop's passcode rule (an owner). The first time passcodes
    /// are turned on, answers the recovery code, to be shown once.
    app edit_passcode_rule(edit: RuleEdit) -> Option<String> = |st| {
        Ok(session::edit_passcode_rule(st.db()?, Actor::AtDesk, edit).await?)
    };
    /// A new recovery code (the old one stops working), shown once.
    app renew_recovery_code() -> String = |st| Ok(session::renew_recovery_code(st.db()?, Actor::AtDesk).await?);
    /// An owner who forgot their passcode chooses a new one with the shop's recovery code.
    app reset_with_recovery(owner_id: String, code: String, passcode: String) -> DeskInfo = |st| {
        let db = st.db()?;
        session::reset_with_recovery(db, &owner_id, Passcode::new(code), Passcode::new(passcode)).await?;
        Ok(db.read(|s| s.desk_info()).await?)
    };
    /// Wrong passcodes typed at this desk, the latest first.
    read sign_in_tries() -> Vec<SignInTries> = |s| s.sign_in_tries();
    /// Gives a colleague another name.
    act rename_staff(staff_id: String, name: String) -> Staff = |w, ctx| w.rename_staff(ctx, &staff_id, &name);
    /// The same person added twice: `duplicate` leaves the list, its open cases go to `keep`.
    act merge_staff(duplicate: String, keep: String) -> Staff = |w, ctx| w.merge_staff(ctx, &duplicate, &keep);
    /// Switches who is at the desk (null: nobody).
    app set_current_staff(staff_id: Option<String>) -> DeskInfo = |st| {
        let info = st
            .db()?
            .write(move |s| {
                s.set_current_staff(staff_id.as_deref())?;
                s.desk_info()
            })
            .await?;
        // Reminders go to whoever is at the desk now.
        st.wake.notify_one();
        Ok(info)
    };
    /// Loads the demo bike shop into an empty database, in a language ("en",
    /// "nl", "de", "fr", "es"; null: the computer's).
    write load_demo_shop(language: Option<String>) -> DeskInfo =
        |s| casebook::demo::load(s, language.as_deref());
    /// The overdue count and whether notifications work, as last checked.
    app desk_status() -> DeskStatus = |st| Ok(st.status.lock().map(|s| s.clone()).unwrap_or_default());
    /// The shop's language and style of dates and numbers, this desk's own, the
    /// computer's, and the one that applies here.
    app get_locale() -> LocaleSettings = |st| {
        let settings = st.db()?.read(|s| s.locale_settings()).await?;
        st.set_lang(settings.effective.lang());
        Ok(settings)
    };
    /// Sets (null: clears) the shop's language and style: the owner's choice,
    /// shared with every desk. The window hears `shop_locale_set`.
    app set_shop_locale(choice: Option<LocaleChoice>) -> LocaleSettings = |st| {
        let settings = st
            .db()?
            .write(move |s| {
                s.act(&Actor::AtDesk, None, |w, ctx| w.set_shop_locale(ctx, choice.as_ref()))?;
                s.locale_settings()
            })
            .await?;
        st.set_lang(settings.effective.lang());
        // Notifications are worded in the new language from the next check.
        st.wake.notify_one();
        Ok(settings)
    };
    /// Sets (null: clears) this desk's own language and style, for the person
    /// at it: not shared. The window hears `desk_locale_set`.
    app set_desk_locale(choice: Option<LocaleChoice>) -> LocaleSettings = |st| {
        let settings = st.db()?.write(move |s| s.set_desk_locale(choice.as_ref())).await?;
        st.set_lang(settings.effective.lang());
        st.wake.notify_one();
        Ok(settings)
    };
}
