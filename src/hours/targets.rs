//! Response targets on business hours: the due time of every open case.
//!
//! Three targets, counted in the shop's business time:
//! - first response: from the moment a case is opened until our first reply,
//!   call or visit;
//! - next response: from the customer's first unanswered message until we
//!   answer it;
//! - resolution: from opening until the case is resolved, with the clock paused
//!   whenever the case is not open (waiting on the customer, or resolved and
//!   later reopened).
//!
//! A case's due time is the earliest of the targets that are running. It is
//! stored on the case (and indexed) and recomputed whenever the case, the
//! calendar or the targets change. Targets may differ by priority, never by who
//! the customer is.

use crate::msg;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::calendar::Calendar;
use crate::core::{clock, text_enum, Error, Result, Ts};

text_enum!(
    /// How urgent a case is: the scale the targets are set on (one set per
    /// priority), so it picks which targets apply, never who the customer is.
    /// A case has one; the cases feature uses this as its own.
    Priority {
        Low => "low",
        Normal => "normal",
        High => "high",
        Urgent => "urgent",
    }
);

text_enum!(
    /// Which response target a due time belongs to.
    Target {
        FirstResponse => "first_response",
        NextResponse => "next_response",
        Resolution => "resolution",
        /// A promise made to the customer (never a case's own target).
        Promise => "promise",
    }
);

/// Targets for one priority, in business minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Targets {
    pub first_response: i32,
    pub next_response: i32,
    pub resolution: i32,
}

/// The shop's response-time policy: the same for every customer; it may differ
/// only by a case's priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TargetPolicy {
    pub urgent: Targets,
    pub high: Targets,
    pub normal: Targets,
    pub low: Targets,
}

/// No target may be longer than a year of round-the-clock time.
const MAX_TARGET_MINUTES: i32 = 366 * 24 * 60;

impl Default for TargetPolicy {
    fn default() -> Self {
        let t = |first, next, resolution| Targets { first_response: first, next_response: next, resolution };
        TargetPolicy {
            urgent: t(15, 30, 4 * 60),
            high: t(30, 60, 8 * 60),
            normal: t(60, 2 * 60, 24 * 60),
            low: t(4 * 60, 8 * 60, 48 * 60),
        }
    }
}

impl TargetPolicy {
    pub fn for_priority(&self, p: Priority) -> Targets {
        match p {
            Priority::Urgent => self.urgent,
            Priority::High => self.high,
            Priority::Normal => self.normal,
            Priority::Low => self.low,
        }
    }

    /// Every target must be at least one minute and at most a year.
    pub fn validate(&self) -> Result<()> {
        for (label, t) in
            [("urgent", self.urgent), ("high", self.high), ("normal", self.normal), ("low", self.low)]
        {
            for (what, minutes) in [
                ("first_response", t.first_response),
                ("next_response", t.next_response),
                ("resolution", t.resolution),
            ] {
                if minutes < 1 {
                    return Err(Error::invalid(
                        "targets",
                        msg!("error-hours-priority-target-minutes-target-must", label, what, minutes),
                    ));
                }
                if minutes > MAX_TARGET_MINUTES {
                    return Err(Error::invalid(
                        "targets",
                        msg!("error-hours-priority-target-longer-than-year", label, what),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Everything about a case that its due time depends on. Only the case
/// knows its status; the clock knows whether it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseClock {
    pub opened_at: i64,
    /// The case is open: something is ours to do, so its targets run (not
    /// while it waits on the customer, nor once it is resolved or closed).
    pub open: bool,
    pub priority: Priority,
    /// Start of the customer's wait for a response, if one is pending.
    pub waiting_since: Option<i64>,
    pub first_response_at: Option<i64>,
    /// Periods the case was not open (the resolution clock stands still).
    pub pauses: Vec<Pause>,
}

/// A period the resolution clock stood still; `end` is `None` while it lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    pub start: i64,
    pub end: Option<i64>,
}

/// The target a case must meet next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    pub target: Target,
    pub at: i64,
    /// When this target's clock started: with the target, it names one
    /// "instance" of a target, so each is alarmed at most once.
    pub cycle: i64,
}

/// The resolution due time: `minutes` of business time from opening, not
/// counting the pauses. `None` while paused.
fn resolution_due(clock: &CaseClock, cal: &Calendar, minutes: i32) -> Option<i64> {
    running_reaches(clock, cal, i64::from(minutes) * 60_000)
}

/// The first instant the case has run `ms` (at least 1) of business time
/// since it opened, not counting the pauses. `None` while a pause keeps it
/// below that.
pub(super) fn running_reaches(clock: &CaseClock, cal: &Calendar, ms: i64) -> Option<i64> {
    let mut remaining = ms;
    let mut running_from = clock.opened_at;
    for pause in &clock.pauses {
        if pause.start > running_from {
            let used = cal.between_ms(running_from, pause.start);
            if used >= remaining {
                return cal.add_ms(running_from, remaining);
            }
            remaining -= used;
        }
        running_from = running_from.max(pause.end?);
    }
    cal.add_ms(running_from, remaining)
}

/// The due time of the target the case must meet next, if any is running.
pub fn due(clock: &CaseClock, cal: &Calendar, policy: &TargetPolicy) -> Option<Due> {
    if !clock.open {
        return None;
    }
    let targets = policy.for_priority(clock.priority);
    let response = clock.waiting_since.and_then(|since| {
        let (target, minutes) = match clock.first_response_at {
            None => (Target::FirstResponse, targets.first_response),
            Some(_) => (Target::NextResponse, targets.next_response),
        };
        cal.add_minutes(since, i64::from(minutes)).map(|at| Due { target, at, cycle: since })
    });
    let resolution = resolution_due(clock, cal, targets.resolution).map(|at| Due {
        target: Target::Resolution,
        at,
        cycle: clock.opened_at,
    });
    match (response, resolution) {
        (Some(r), Some(s)) => Some(if s.at < r.at { s } else { r }),
        (r, s) => r.or(s),
    }
}

/// The due time shown on a case: when, which target, and how much business
/// time is left (or has passed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DueInfo {
    pub target: Target,
    pub at: Ts,
    /// True once the due time has passed (by the clock on the wall).
    pub overdue: bool,
    /// Business minutes until the due time, or since it when overdue.
    pub business_minutes: u32,
    /// Not yet due: the shop's open days from tomorrow up to the due day (0
    /// when it is due today). "1 day" of business minutes on a Sunday can be
    /// Wednesday; this says "3 shop days".
    pub shop_days: u32,
}

impl DueInfo {
    pub fn new(target: Target, at: i64, now: i64, cal: &Calendar) -> DueInfo {
        let overdue = at <= now;
        let ms = if overdue { cal.between_ms(at, now) } else { cal.between_ms(now, at) };
        DueInfo {
            target,
            at: clock::from_ms(at),
            overdue,
            business_minutes: u32::try_from(ms / 60_000).unwrap_or(u32::MAX),
            shop_days: if overdue { 0 } else { cal.open_days_between(now, at) },
        }
    }
}

/// The shop's response settings as the UI edits them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResponseSettings {
    pub calendar: super::calendar::CalendarSpec,
    pub targets: TargetPolicy,
    /// Desk-local: how long before a due time this desk warns.
    pub lead_minutes: u32,
}

/// What a case opened now, at each priority, would be due: the settings preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuePreview {
    pub priority: Priority,
    pub first_response_at: Ts,
    pub resolution_at: Ts,
}

pub fn preview(cal: &Calendar, policy: &TargetPolicy, now: i64) -> Result<Vec<DuePreview>> {
    let never = || Error::invalid("calendar", msg!("error-hours-these-settings-nothing-would-ever"));
    [Priority::Urgent, Priority::High, Priority::Normal, Priority::Low]
        .into_iter()
        .map(|priority| {
            let t = policy.for_priority(priority);
            Ok(DuePreview {
                priority,
                first_response_at: clock::from_ms(
                    cal.add_minutes(now, t.first_response.into()).ok_or_else(never)?,
                ),
                resolution_at: clock::from_ms(cal.add_minutes(now, t.resolution.into()).ok_or_else(never)?),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::calendar::CalendarSpec;

    fn always() -> Calendar {
        Calendar::new(CalendarSpec::always_open()).unwrap()
    }

    const H: i64 = 3_600_000;
    const M: i64 = 60_000;

    fn clock() -> CaseClock {
        CaseClock {
            opened_at: 0,
            open: true,
            priority: Priority::Normal,
            waiting_since: Some(0),
            first_response_at: None,
            pauses: vec![],
        }
    }

    #[test]
    fn a_new_case_is_due_for_its_first_response() {
        let d = due(&clock(), &always(), &TargetPolicy::default()).unwrap();
        assert_eq!((d.target, d.at, d.cycle), (Target::FirstResponse, 60 * M, 0), "normal priority: 1 h");
    }

    #[test]
    fn after_a_reply_the_resolution_clock_is_what_remains() {
        let c = CaseClock { waiting_since: None, first_response_at: Some(10 * M), ..clock() };
        let d = due(&c, &always(), &TargetPolicy::default()).unwrap();
        assert_eq!((d.target, d.at), (Target::Resolution, 24 * H));
    }

    #[test]
    fn a_new_customer_message_starts_a_next_response_cycle() {
        let c = CaseClock { waiting_since: Some(5 * H), first_response_at: Some(10 * M), ..clock() };
        let d = due(&c, &always(), &TargetPolicy::default()).unwrap();
        assert_eq!((d.target, d.at, d.cycle), (Target::NextResponse, 7 * H, 5 * H), "2 h from their message");
    }

    #[test]
    fn paused_time_does_not_count_toward_resolution() {
        let c = CaseClock {
            waiting_since: None,
            first_response_at: Some(M),
            pauses: vec![Pause { start: 2 * H, end: Some(12 * H) }],
            ..clock()
        };
        let d = due(&c, &always(), &TargetPolicy::default()).unwrap();
        assert_eq!(d.at, 34 * H, "24 h of running time: 2 h before the pause, 22 h after it ended at 12 h");
        let waiting = CaseClock { open: false, pauses: vec![Pause { start: 2 * H, end: None }], ..c };
        assert_eq!(
            due(&waiting, &always(), &TargetPolicy::default()),
            None,
            "nothing is due while we wait on the customer"
        );
    }

    #[test]
    fn the_earliest_running_target_wins() {
        let c = CaseClock { waiting_since: Some(23 * H + 30 * M), first_response_at: Some(M), ..clock() };
        let d = due(&c, &always(), &TargetPolicy::default()).unwrap();
        assert_eq!(
            d.target,
            Target::Resolution,
            "resolution at 24 h comes before the next response at 25 h 30"
        );
    }

    #[test]
    fn zero_negative_and_absurd_targets_are_refused() {
        let mut p = TargetPolicy::default();
        p.high.first_response = 0;
        assert!(p.validate().unwrap_err().to_string().contains("at least 1 minute"));
        p.high.first_response = -30;
        assert!(p.validate().unwrap_err().to_string().contains("-30 minutes"));
        p.high.first_response = MAX_TARGET_MINUTES + 1;
        assert!(p.validate().unwrap_err().to_string().contains("longer than a year"));
    }
}
