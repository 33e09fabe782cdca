//! Changes to the shop's hours and targets, and how each changes current state.

use super::{measures, Calendar, CalendarSpec, SlaSettings, TargetPolicy, CALENDAR, TARGETS};
use crate::core::hlc::OrderKey;
use crate::core::{event_kinds, settings, Error, Event, EventMeta, Result, Writer};

event_kinds!(
    /// What happens to the shop's opening hours and response targets.
    ///
    /// How concurrent work settles: the last calendar and the last targets in
    /// the one order stand. A calendar or targets no desk could have saved (a
    /// time zone this build does not know, a target of no minutes) are set
    /// aside and the ones before stay.
    pub enum HoursEvent {
        "calendar_changed" => CalendarChanged { calendar: CalendarSpec },
        "targets_changed" => TargetsChanged { targets: TargetPolicy },
    }
);

impl Event for HoursEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        match self {
            HoursEvent::CalendarChanged { calendar } => apply_calendar_changed(w, calendar),
            HoursEvent::TargetsChanged { targets } => apply_targets_changed(w, meta, targets),
        }
    }
}

/// The new calendar is kept, every open case's due time follows it, and every
/// case is measured on it (once, at commit: a re-derivation may apply many).
fn apply_calendar_changed(w: &mut Writer<'_>, calendar: &CalendarSpec) -> Result<()> {
    Calendar::new(calendar.clone()).map_err(|e| Error::damaged(e.msg()))?;
    settings::put(w.tx(), CALENDAR, calendar)?;
    w.remeasure_cases_at_commit();
    after_change(w)
}

/// The new targets are kept and every open case's due time follows them; the
/// cases opened after this change (in the agreed order) are held to them.
fn apply_targets_changed(w: &mut Writer<'_>, meta: &EventMeta, targets: &TargetPolicy) -> Result<()> {
    targets.validate().map_err(|e| Error::damaged(e.msg()))?;
    settings::put(w.tx(), TARGETS, targets)?;
    after_change(w)?;
    let key = OrderKey { hlc: meta.hlc, desk_id: meta.desk_id.clone(), id: meta.id.clone() };
    measures::hold_cases_opened_after(w, &key, targets)?;
    Ok(())
}

fn after_change(w: &mut Writer<'_>) -> Result<()> {
    w.forget::<SlaSettings>();
    w.note_settings_changed();
    w.recompute_due_times()?;
    Ok(())
}
