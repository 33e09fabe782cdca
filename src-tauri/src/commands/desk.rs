//! The desk: who works here and who is at the counter, and the first run.

use casebook::model::*;

use super::commands;

commands! {
    feature: "desk";
    /// Where the data is, what it holds, and who is at the desk.
    read desk_info() -> DeskInfo = |s| s.desk_info();
    /// The staff list, active people first.
    read list_staff() -> Vec<Staff> = |s| s.list_staff();
    /// Adds a colleague (the very first person needs nobody to vouch for them).
    write add_staff(input: NewStaff) -> Staff = |s| s.add_staff_as(&Actor::AtDesk, &input);
    /// Takes a colleague off the staff list, or back on.
    write set_staff_active(staff_id: String, active: bool) -> Staff =
        |s| s.set_staff_active_as(&Actor::AtDesk, &staff_id, active);
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
