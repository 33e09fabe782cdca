//! Changing the shop's hours and targets: `hours` checks a person's change
//! and says which events record it; the shop appends them as the whole
//! shop's events, so applying one has the cases follow it
//! (`cases::clock::follow_hours`) the same way live, on import and in a
//! replay. Only the whole shop knows both features.

use super::EventPayload;
use crate::core::{Ctx, Result, Store, Writer};
use crate::hours::{self, CalendarSpec, ResponseSettings, TargetPolicy};
use crate::staff::Actor;

impl Writer<'_> {
    /// Makes the business calendar this one. Refused (and nothing changes) if
    /// it is not valid or `ctx` may not change it. What changed is recorded,
    /// so another desk's changes made meanwhile stay; every open case's due
    /// time follows in the same transaction.
    pub fn set_calendar(&mut self, ctx: &Ctx, spec: &CalendarSpec) -> Result<()> {
        if let Some(event) = hours::calendar_edit(self, ctx, spec)? {
            self.append(ctx, None, None, &EventPayload::from(event))?;
        }
        Ok(())
    }

    /// Replaces the response targets, refusing any of zero or negative minutes.
    pub fn set_targets(&mut self, ctx: &Ctx, targets: &TargetPolicy) -> Result<()> {
        for event in hours::targets_changes(self, ctx, targets)? {
            self.append(ctx, None, None, &EventPayload::from(event))?;
        }
        Ok(())
    }

    /// Records the calendar and targets in use as events, where the log has
    /// none yet: before a desk shares its history.
    pub fn log_hours(&mut self, ctx: &Ctx) -> Result<()> {
        for event in hours::unlogged(self)? {
            self.append(ctx, None, None, &EventPayload::from(event))?;
        }
        Ok(())
    }

    /// Takes another shop's calendar and targets as this one's, without an
    /// event (an export imported into an empty database); the cases follow.
    pub fn adopt_settings(&mut self, calendar: &CalendarSpec, targets: &TargetPolicy) -> Result<()> {
        hours::adopt(self, calendar, targets)?;
        crate::cases::clock::follow_settings(self)
    }
}

impl Store {
    /// Saves opening hours, holidays and targets (a shift lead or the owner only)
    /// and this desk's lead time, as `who`. Everything is checked first: a bad
    /// value changes nothing, and the old settings stay.
    pub fn save_response_settings(
        &mut self,
        who: &Actor,
        settings: &ResponseSettings,
    ) -> Result<ResponseSettings> {
        let current = self.response_settings()?;
        let shop_changes = current.calendar != settings.calendar || current.targets != settings.targets;
        hours::Calendar::new(settings.calendar.clone())?;
        settings.targets.validate()?;
        hours::check_lead_minutes(settings.lead_minutes)?;
        if shop_changes {
            self.act(who, None, |w, ctx| {
                w.set_calendar(ctx, &settings.calendar)?;
                w.set_targets(ctx, &settings.targets)?;
                Ok(())
            })?;
        }
        self.set_lead_minutes(settings.lead_minutes)?;
        self.response_settings()
    }
}

/// On a new database (or one from before response targets): the default
/// calendar in this computer's time zone and the default targets, and due
/// times for any cases already there; then the measures of cases from before
/// they were kept. Called once when the desk opens.
pub(super) fn prepare(store: &mut Store) -> Result<()> {
    if hours::defaults_missing(&store.conn)? {
        store.write(|w| {
            hours::put_defaults(w)?;
            crate::cases::clock::follow_settings(w)
        })?;
    }
    crate::cases::clock::ensure_measures(store)?;
    Ok(())
}
