//! Hours and targets: the shop's business calendar (opening hours, holidays,
//! time zone), its response targets, and the due time of every open case,
//! counted in opening hours.
//!
//! The calendar and targets are settings (JSON in the `settings` table); every
//! change is an event (`calendar_changed`, `calendar_edited`,
//! `targets_changed`). This feature keeps the settings and does the
//! arithmetic (due times, measures) as pure functions; the cases feature owns
//! the case's columns and calls them, and the shop has the cases follow each
//! change in the same transaction (`cases::follow_hours`).

pub mod calendar;
mod edit;
mod events;
pub mod ics;
pub mod measures;
pub mod targets;

use crate::msg;
use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension};

pub use calendar::{Calendar, CalendarSpec, Holiday, OpenInterval, WeekHours};
pub use edit::{CalendarEdit, DayHours};
pub use events::HoursEvent;
pub use measures::{measure, HeldTo, Measures};
pub use targets::{
    due, preview, CaseClock, Due, DueInfo, DuePreview, Pause, Priority, ResponseSettings, Target,
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

/// Whether this database has no hours and targets yet (a new one, or one
/// from before response targets).
pub fn defaults_missing(conn: &Connection) -> Result<bool> {
    Ok(settings::get::<serde_json::Value>(conn, CALENDAR)?.is_none())
}

/// Keeps the default calendar in this computer's time zone and the default
/// targets, without an event (every desk starts from them).
pub fn put_defaults(w: &mut Writer<'_>) -> Result<()> {
    settings::put(w.tx(), CALENDAR, &CalendarSpec::default_for(&calendar::system_time_zone()))?;
    settings::put(w.tx(), TARGETS, &TargetPolicy::default())?;
    w.forget::<SlaSettings>();
    Ok(())
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
}

/// What a person's new calendar changes, as the event that records it
/// (`None` when nothing changed): the time zone, the days whose hours
/// changed, the holidays added and removed, so another desk's changes made
/// meanwhile stay. Refused (a shift lead or the owner only; a calendar that
/// is not valid) before anything is written.
pub fn calendar_edit(w: &Writer<'_>, ctx: &Ctx, spec: &CalendarSpec) -> Result<Option<HoursEvent>> {
    w.check_lead(ctx, crate::msg!("lead-change-hours"))?;
    Calendar::new(spec.clone())?;
    let edit = CalendarEdit::between(w.settings()?.calendar.spec(), spec);
    if edit.is_empty() {
        return Ok(None);
    }
    let CalendarEdit { time_zone, days, holidays_added, holidays_removed } = edit;
    Ok(Some(HoursEvent::CalendarEdited { time_zone, days, holidays_added, holidays_removed }))
}

/// The events that make these the response targets (none when they are
/// already): refused for a staff member, or targets of no minutes. Cases
/// opened so far are held to the targets they were opened under, so the
/// first change records those first (see `measures`).
pub fn targets_changes(w: &Writer<'_>, ctx: &Ctx, targets: &TargetPolicy) -> Result<Vec<HoursEvent>> {
    w.check_lead(ctx, crate::msg!("lead-change-hours"))?;
    targets.validate()?;
    let before = w.settings()?.targets;
    if before == *targets {
        return Ok(Vec::new());
    }
    let mut events = Vec::new();
    if !w.has_shop_event("targets_changed")? {
        events.push(HoursEvent::TargetsChanged { targets: before });
    }
    events.push(HoursEvent::TargetsChanged { targets: *targets });
    Ok(events)
}

/// The calendar and targets in use, as events, where the log has none yet
/// (they were the defaults, or came with an import): recorded before a desk
/// shares its history, so every desk ends with the same settings.
pub fn unlogged(w: &Writer<'_>) -> Result<Vec<HoursEvent>> {
    let settings = w.settings()?;
    let mut events = Vec::new();
    if !w.has_shop_event("calendar_changed")? {
        events.push(HoursEvent::CalendarChanged { calendar: settings.calendar.spec().clone() });
    }
    if !w.has_shop_event("targets_changed")? {
        events.push(HoursEvent::TargetsChanged { targets: settings.targets });
    }
    Ok(events)
}

/// Takes another shop's calendar and targets as this one's, without an event
/// (like the defaults a new database starts with): used when an export is
/// imported into an empty database. The cases follow them (the shop's
/// `Writer::adopt_settings`).
pub fn adopt(w: &mut Writer<'_>, calendar: &CalendarSpec, targets: &TargetPolicy) -> Result<()> {
    Calendar::new(calendar.clone())?;
    targets.validate()?;
    // What the calendar is before any event: edits apply to it again when
    // the shop's part is derived again.
    w.tx().execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        rusqlite::params![CALENDAR_BASE, serde_json::to_string(calendar)?],
    )?;
    w.tx().execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        rusqlite::params![TARGETS_BASE, serde_json::to_string(targets)?],
    )?;
    settings::put(w.tx(), CALENDAR, calendar)?;
    settings::put(w.tx(), TARGETS, targets)?;
    w.forget::<SlaSettings>();
    Ok(())
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
