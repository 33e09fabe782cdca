//! Hours and targets: the shop's business calendar (opening hours, holidays,
//! time zone), its response targets, and the due time of every open case,
//! counted in opening hours.
//!
//! The calendar and targets are settings (JSON in the `settings` table); every
//! change is an event (`calendar_changed`, `targets_changed`) whose apply
//! function recomputes every open case's due time in the same transaction.

pub mod calendar;
mod due_times;
mod edit;
mod events;
pub mod ics;
pub mod measures;
pub mod targets;

use crate::msg;
use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension};

pub use calendar::{Calendar, CalendarSpec, Holiday, OpenInterval, WeekHours};
pub use due_times::{case_clock, queue_key, recompute, save_due};
pub use edit::{CalendarEdit, DayHours};
pub use events::HoursEvent;
pub use measures::{measure, HeldTo, Measures};
pub use targets::{
    due, preview, CaseClock, CaseStatus, Due, DueInfo, DuePreview, Pause, Priority, ResponseSettings, Target,
    TargetPolicy, Targets,
};

use crate::core::{clock, settings, Ctx, Error, Result, Store, Writer};

pub(crate) const CALENDAR: &str = "calendar";
pub(crate) const TARGETS: &str = "targets";
const LEAD_PREF: &str = "notify_lead_minutes";
pub const DEFAULT_LEAD_MINUTES: u32 = 15;

/// The shop's business calendar and targets, checked and ready for arithmetic.
#[derive(Debug)]
pub struct SlaSettings {
    pub calendar: Calendar,
    pub targets: TargetPolicy,
}

/// The calendar and targets as stored; a shop that never set them has the
/// default week in this computer's time zone and the default targets.
fn load(conn: &Connection) -> Result<SlaSettings> {
    let spec: CalendarSpec = settings::get(conn, CALENDAR)?
        .unwrap_or_else(|| CalendarSpec::default_for(&calendar::system_time_zone()));
    let targets: TargetPolicy = settings::get(conn, TARGETS)?.unwrap_or_default();
    Ok(SlaSettings { calendar: Calendar::new(spec)?, targets })
}

/// Whether the shop is open at a moment someone picked (a promise's due time,
/// say), and if not, why and when it next opens.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct TimeCheck {
    pub open: bool,
    /// The holiday that day, by name ("" when it has none).
    pub holiday: Option<String>,
    /// When the shop next opens, if it is closed then.
    pub next_open: Option<crate::core::Ts>,
}

pub fn check_time(cal: &Calendar, at: i64) -> TimeCheck {
    let open = cal.is_open(at);
    TimeCheck {
        open,
        holiday: cal.holiday_name(cal.local_date(at)),
        next_open: if open { None } else { cal.add_ms(at, 0).map(clock::from_ms) },
    }
}

pub fn check_lead_minutes(minutes: u32) -> Result<()> {
    if !(1..=24 * 60).contains(&minutes) {
        return Err(Error::invalid("lead_minutes", msg!("error-hours-warn-between-1-minute-24", minutes)));
    }
    Ok(())
}

/// Checks settings without saving them: the settings screen's preview of when a
/// case opened now would be due.
pub fn preview_due(settings: &ResponseSettings) -> Result<Vec<DuePreview>> {
    let calendar = Calendar::new(settings.calendar.clone())?;
    settings.targets.validate()?;
    preview(&calendar, &settings.targets, clock::to_ms(clock::now()))
}

/// On a new database (or one from before response targets): keeps the default
/// calendar in this computer's time zone and the default targets, and gives any
/// cases already there their due times. Called once when the desk opens.
pub fn ensure_defaults(store: &mut Store) -> Result<()> {
    if settings::get::<serde_json::Value>(&store.conn, CALENDAR)?.is_some() {
        return Ok(());
    }
    store.write(|w| {
        settings::put(w.tx(), CALENDAR, &CalendarSpec::default_for(&calendar::system_time_zone()))?;
        settings::put(w.tx(), TARGETS, &TargetPolicy::default())?;
        w.forget::<SlaSettings>();
        w.recompute_due_times()?;
        measures::hold_all_to_current(w)?;
        w.before_commit(REMEASURE, remeasure);
        Ok(())
    })
}

/// What the reports read for each case ([`measures`]), for cases from before
/// it was kept (migration 10 leaves a note for it): counted once, when the desk
/// opens. Returns how many cases were measured.
pub fn ensure_measures(store: &mut Store) -> Result<u32> {
    if store.meta_value(MEASURE_PENDING)?.is_none() {
        return Ok(0);
    }
    let measured = store.write(|w| {
        let n = measures::remeasure_all(w)?;
        w.tx().execute("DELETE FROM meta WHERE key = ?1", [MEASURE_PENDING])?;
        Ok(n)
    })?;
    Ok(measured)
}

/// The note migration 10 leaves in `meta` until every case is measured.
const MEASURE_PENDING: &str = "measure_cases";

const REMEASURE: &str = "measure every case on the current calendar";

fn remeasure(w: &mut Writer<'_>) -> Result<()> {
    measures::remeasure_all(w).map(drop)
}

impl Store {
    /// The shop's calendar and targets, reloaded only when they have changed
    /// (here, or in another program writing to the same file).
    pub fn sla_settings(&self) -> Result<Arc<SlaSettings>> {
        let version = settings::version(&self.conn)?;
        if let Some(cached) = self.cache().get::<SlaSettings>(version) {
            return Ok(cached);
        }
        let fresh = Arc::new(load(&self.conn)?);
        self.cache().put(version, fresh.clone());
        Ok(fresh)
    }

    /// Whether the shop is open at `at`, and if not, why and when it opens.
    pub fn check_time(&self, at: crate::core::Ts) -> Result<TimeCheck> {
        Ok(check_time(&self.sla_settings()?.calendar, clock::to_ms(at)))
    }

    pub fn lead_minutes(&self) -> Result<u32> {
        Ok(self.preference(LEAD_PREF)?.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_LEAD_MINUTES))
    }

    pub fn set_lead_minutes(&mut self, minutes: u32) -> Result<()> {
        check_lead_minutes(minutes)?;
        self.set_preference(LEAD_PREF, Some(&minutes.to_string()))
    }

    pub fn response_settings(&self) -> Result<ResponseSettings> {
        let s = self.sla_settings()?;
        Ok(ResponseSettings {
            calendar: s.calendar.spec().clone(),
            targets: s.targets,
            lead_minutes: self.lead_minutes()?,
        })
    }

    /// Saves opening hours, holidays and targets (a shift lead or the owner only)
    /// and this desk's lead time, as `who`. Everything is checked first: a bad
    /// value changes nothing, and the old settings stay.
    pub fn save_response_settings(
        &mut self,
        who: &crate::staff::Actor,
        settings: &ResponseSettings,
    ) -> Result<ResponseSettings> {
        let current = self.response_settings()?;
        let shop_changes = current.calendar != settings.calendar || current.targets != settings.targets;
        Calendar::new(settings.calendar.clone())?;
        settings.targets.validate()?;
        check_lead_minutes(settings.lead_minutes)?;
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

/// Desk-local (`meta`): the calendar an import adopted without an event.
const CALENDAR_BASE: &str = "hours.calendar_base";
/// The targets an import adopted, as [`CALENDAR_BASE`].
const TARGETS_BASE: &str = "hours.targets_base";

impl Writer<'_> {
    /// The calendar and targets in force for this write.
    pub fn settings(&self) -> Result<Arc<SlaSettings>> {
        self.cached(load)
    }

    /// Makes the business calendar this one. Refused (and nothing changes) if
    /// it is not valid. What changed is recorded (the time zone, the days
    /// whose hours changed, the holidays added and removed), so another desk's
    /// changes made meanwhile stay. Every open case's due time is recomputed
    /// in the same transaction.
    pub fn set_calendar(&mut self, ctx: &Ctx, spec: &CalendarSpec) -> Result<()> {
        self.check_lead(ctx, crate::msg!("lead-change-hours"))?;
        Calendar::new(spec.clone())?;
        let edit = CalendarEdit::between(self.settings()?.calendar.spec(), spec);
        if edit.is_empty() {
            return Ok(());
        }
        let CalendarEdit { time_zone, days, holidays_added, holidays_removed } = edit;
        self.append(
            ctx,
            None,
            None,
            &HoursEvent::CalendarEdited { time_zone, days, holidays_added, holidays_removed },
        )?;
        Ok(())
    }

    /// Replaces the response targets, refusing any of zero or negative minutes.
    pub fn set_targets(&mut self, ctx: &Ctx, targets: &TargetPolicy) -> Result<()> {
        self.check_lead(ctx, crate::msg!("lead-change-hours"))?;
        targets.validate()?;
        let before = self.settings()?.targets;
        if before == *targets {
            return Ok(());
        }
        // Cases opened so far are held to the targets they were opened under:
        // the first change records those first (see `measures`).
        if !self.has_shop_event("targets_changed")? {
            self.append(ctx, None, None, &HoursEvent::TargetsChanged { targets: before })?;
        }
        self.append(ctx, None, None, &HoursEvent::TargetsChanged { targets: *targets })?;
        Ok(())
    }

    /// Records the calendar and targets in use as events, where the log has
    /// none yet (they were the defaults, or came with an import): before a
    /// desk shares its history, so every desk ends with the same settings.
    pub fn log_hours(&mut self, ctx: &Ctx) -> Result<()> {
        let settings = self.settings()?;
        if !self.has_shop_event("calendar_changed")? {
            let calendar = settings.calendar.spec().clone();
            self.append(ctx, None, None, &HoursEvent::CalendarChanged { calendar })?;
        }
        if !self.has_shop_event("targets_changed")? {
            self.append(ctx, None, None, &HoursEvent::TargetsChanged { targets: settings.targets })?;
        }
        Ok(())
    }

    /// Puts the calendar back as it was before any event set it (the
    /// default, or the one an import adopted), where the log has calendar
    /// events: the shop's part is about to be applied again from the first,
    /// and `calendar_edited` changes what it finds.
    pub fn reset_calendar_for_replay(&mut self) -> Result<()> {
        if !self.has_shop_event("calendar_changed")? && !self.has_shop_event("calendar_edited")? {
            return Ok(());
        }
        let adopted: Option<String> = self
            .tx()
            .query_row("SELECT value FROM meta WHERE key = ?1", [CALENDAR_BASE], |r| r.get(0))
            .optional()?;
        let base = adopted
            .and_then(|text| serde_json::from_str::<CalendarSpec>(&text).ok())
            .unwrap_or_else(|| CalendarSpec::default_for(&calendar::system_time_zone()));
        settings::put(self.tx(), CALENDAR, &base)?;
        self.forget::<SlaSettings>();
        Ok(())
    }

    /// Puts the targets back as they were before any event set them (the
    /// default, or those an import adopted), where the log has targets events.
    pub fn reset_targets_for_replay(&mut self) -> Result<()> {
        if !self.has_shop_event("targets_changed")? {
            return Ok(());
        }
        let adopted: Option<String> = self
            .tx()
            .query_row("SELECT value FROM meta WHERE key = ?1", [TARGETS_BASE], |r| r.get(0))
            .optional()?;
        let base =
            adopted.and_then(|text| serde_json::from_str::<TargetPolicy>(&text).ok()).unwrap_or_default();
        settings::put(self.tx(), TARGETS, &base)?;
        self.forget::<SlaSettings>();
        Ok(())
    }

    /// Takes another shop's calendar and targets as this one's, without an event
    /// (like the defaults a new database starts with): used when an export is
    /// imported into an empty database.
    pub fn adopt_settings(&mut self, calendar: &CalendarSpec, targets: &TargetPolicy) -> Result<()> {
        Calendar::new(calendar.clone())?;
        targets.validate()?;
        // What the calendar is before any event: edits apply to it again when
        // the shop's part is derived again.
        self.tx().execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            rusqlite::params![CALENDAR_BASE, serde_json::to_string(calendar)?],
        )?;
        self.tx().execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            rusqlite::params![TARGETS_BASE, serde_json::to_string(targets)?],
        )?;
        settings::put(self.tx(), CALENDAR, calendar)?;
        settings::put(self.tx(), TARGETS, targets)?;
        self.forget::<SlaSettings>();
        self.recompute_due_times()?;
        measures::hold_all_to_current(self)?;
        self.before_commit(REMEASURE, remeasure);
        Ok(())
    }

    /// Every case measured again on the current calendar, once, just before
    /// this transaction commits (after a calendar change).
    pub fn remeasure_cases_at_commit(&mut self) {
        self.before_commit(REMEASURE, remeasure);
    }

    /// Recomputes every open case's due time with the current settings.
    pub fn recompute_due_times(&mut self) -> Result<u32> {
        self.clear_scratch();
        let settings = self.settings()?;
        let n = recompute(self.tx(), &settings, None)?;
        self.note_everything_changed();
        Ok(n)
    }
}

/// What the shop knows of this feature (see `core::feature`): its hours and
/// targets go back to their base before the shop's events are applied again.
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    forget_shop: Some(|w| {
        w.reset_calendar_for_replay()?;
        w.reset_targets_for_replay()
    }),
    ..crate::core::Feature::kinds("hours", HoursEvent::KINDS)
};
