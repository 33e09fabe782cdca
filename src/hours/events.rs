//! Changes to the shop's hours and targets, and how each changes current state.

use super::{Calendar, CalendarSpec, SlaSettings, TargetPolicy, CALENDAR, TARGETS};
use crate::core::{event_kinds, settings, Event, EventMeta, Result, Writer};

event_kinds!(
    /// What happens to the shop's opening hours and response targets.
    pub enum HoursEvent {
        "calendar_changed" => CalendarChanged { calendar: CalendarSpec },
        "targets_changed" => TargetsChanged { targets: TargetPolicy },
    }
);

impl Event for HoursEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    fn apply(&self, w: &mut Writer<'_>, _meta: &EventMeta) -> Result<()> {
        match self {
            HoursEvent::CalendarChanged { calendar } => apply_calendar_changed(w, calendar),
            HoursEvent::TargetsChanged { targets } => apply_targets_changed(w, targets),
        }
    }
}

/// The new calendar is kept and every open case's due time follows it.
fn apply_calendar_changed(w: &mut Writer<'_>, calendar: &CalendarSpec) -> Result<()> {
    Calendar::new(calendar.clone())?;
    settings::put(w.tx(), CALENDAR, calendar)?;
    after_change(w)
}

/// The new targets are kept and every open case's due time follows them.
fn apply_targets_changed(w: &mut Writer<'_>, targets: &TargetPolicy) -> Result<()> {
    targets.validate()?;
    settings::put(w.tx(), TARGETS, targets)?;
    after_change(w)
}

fn after_change(w: &mut Writer<'_>) -> Result<()> {
    w.forget::<SlaSettings>();
    w.note_settings_changed();
    w.recompute_due_times()?;
    Ok(())
}
