//! Opening hours, holidays and response targets.

use casebook::hours::DuePreview;
use casebook::hours::{self, Holiday, ResponseSettings, TimeCheck};
use casebook::model::Actor;
use casebook::model::Ts;

use super::commands;

commands! {
    feature: "hours";
    /// The shop's calendar, targets and this desk's warning lead time.
    read response_settings() -> ResponseSettings = |s| s.response_settings();
    /// Saves opening hours, holidays and targets (a shift lead or the owner) and the lead time.
    app save_response_settings(settings: ResponseSettings) -> ResponseSettings = |st| {
        let saved = st.db()?.write(move |s| s.save_response_settings(&Actor::AtDesk, &settings)).await?;
        st.wake.notify_one();
        Ok(saved)
    };
    /// When a case opened now would be due under these settings (nothing is saved).
    pure preview_due(settings: ResponseSettings) -> Vec<DuePreview> = |_| hours::preview_due(&settings);
    /// Holidays read from an .ics file's text (nothing is saved).
    pure holidays_from_ics(text: String) -> Vec<Holiday> = |_| hours::ics::holidays_from_ics(&text);
    /// Whether the shop is open at a time picked (a promise's due time), and if
    /// not, why and when it next opens.
    read check_time(at: Ts) -> TimeCheck = |s| s.check_time(at);
    /// Every IANA time zone name.
    pure time_zones() -> Vec<String> =
        |_| Ok::<_, casebook::Error>(hours::calendar::time_zones().into_iter().map(str::to_owned).collect());
}
