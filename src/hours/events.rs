//! Changes to the shop's hours and targets, and how each changes current state.

use super::{
    Calendar, CalendarEdit, CalendarSpec, DayHours, Holiday, SlaSettings, TargetPolicy, CALENDAR, TARGETS,
};
use crate::core::{event_kinds, settings, Error, Event, EventMeta, Result, Right, Writer};

event_kinds!(
    /// What happens to the shop's opening hours and response targets.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `calendar_changed` (a whole calendar: written before edits recorded
    ///   the change, and once when a desk first shares its history): the last
    ///   in the one order stands.
    /// - `calendar_edited`: the time zone and each weekday's hours are single
    ///   values (the last edit in the one order that changed them stands);
    ///   holidays are a set by date (each removal and addition happens, so two
    ///   desks' holidays both stay; an addition on a date that has one
    ///   replaces it).
    /// - `targets_changed`: the targets are one setting; the last stands.
    ///
    /// A calendar or targets no desk could have saved (a time zone this build
    /// does not know, a target of no minutes) are set aside and the ones
    /// before stay.
    pub enum HoursEvent {
        "calendar_changed" => CalendarChanged { calendar: CalendarSpec },
        /// What a person changed in the calendar.
        "calendar_edited" => CalendarEdited {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            time_zone: Option<String>,
            #[serde(default)]
            days: Vec<DayHours>,
            #[serde(default)]
            holidays_added: Vec<Holiday>,
            #[serde(default)]
            holidays_removed: Vec<String>,
        },
        "targets_changed" => TargetsChanged { targets: TargetPolicy },
    }
);

impl Event for HoursEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    /// The shop's hours and targets are shop policy.
    fn right(&self, _meta: &EventMeta) -> Option<Right> {
        Some(Right::Policy)
    }

    fn apply(&self, w: &mut Writer<'_>, _meta: &EventMeta) -> Result<()> {
        match self {
            HoursEvent::CalendarChanged { calendar } => apply_calendar_changed(w, calendar),
            HoursEvent::CalendarEdited { time_zone, days, holidays_added, holidays_removed } => {
                let edit = CalendarEdit {
                    time_zone: time_zone.clone(),
                    days: days.clone(),
                    holidays_added: holidays_added.clone(),
                    holidays_removed: holidays_removed.clone(),
                };
                let now = edit.applied_to(w.settings()?.calendar.spec());
                apply_calendar_changed(w, &now)
            }
            HoursEvent::TargetsChanged { targets } => apply_targets_changed(w, targets),
        }
    }
}

/// The new calendar is kept. The cases follow it (their due times and
/// measures): the shop has them do so once this is applied
/// (`cases::follow_hours`).
fn apply_calendar_changed(w: &mut Writer<'_>, calendar: &CalendarSpec) -> Result<()> {
    Calendar::new(calendar.clone()).map_err(|e| Error::damaged(e.msg()))?;
    settings::put(w.tx(), CALENDAR, calendar)?;
    after_change(w);
    Ok(())
}

/// The new targets are kept; the cases follow them as they follow the
/// calendar.
fn apply_targets_changed(w: &mut Writer<'_>, targets: &TargetPolicy) -> Result<()> {
    targets.validate().map_err(|e| Error::damaged(e.msg()))?;
    settings::put(w.tx(), TARGETS, targets)?;
    after_change(w);
    Ok(())
}

fn after_change(w: &mut Writer<'_>) {
    w.forget::<SlaSettings>();
    w.note_settings_changed();
}
