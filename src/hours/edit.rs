//! A change to the shop's calendar as a person made it: the time zone if it
//! changed, the weekdays whose hours changed, and the holidays added and
//! removed. Recorded instead of the whole calendar so that two desks' changes
//! made at once both stay (see `calendar_edited` in `events.rs`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CalendarSpec, Holiday, OpenInterval, WeekHours};

/// One weekday's opening hours as they are now ("monday" … "sunday").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DayHours {
    pub day: String,
    pub hours: Vec<OpenInterval>,
}

const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

fn day(week: &WeekHours, name: &str) -> Option<Vec<OpenInterval>> {
    let hours = match name {
        "monday" => &week.monday,
        "tuesday" => &week.tuesday,
        "wednesday" => &week.wednesday,
        "thursday" => &week.thursday,
        "friday" => &week.friday,
        "saturday" => &week.saturday,
        "sunday" => &week.sunday,
        _ => return None,
    };
    Some(hours.clone())
}

fn day_mut<'a>(week: &'a mut WeekHours, name: &str) -> Option<&'a mut Vec<OpenInterval>> {
    Some(match name {
        "monday" => &mut week.monday,
        "tuesday" => &mut week.tuesday,
        "wednesday" => &mut week.wednesday,
        "thursday" => &mut week.thursday,
        "friday" => &mut week.friday,
        "saturday" => &mut week.saturday,
        "sunday" => &mut week.sunday,
        _ => return None,
    })
}

/// What changed between two calendars.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarEdit {
    pub time_zone: Option<String>,
    pub days: Vec<DayHours>,
    pub holidays_added: Vec<Holiday>,
    /// The dates of the holidays removed.
    pub holidays_removed: Vec<String>,
}

impl CalendarEdit {
    /// The change that turns `before` into `after`. A holiday whose name or
    /// yearly flag changed is added again under its date (which replaces it).
    pub fn between(before: &CalendarSpec, after: &CalendarSpec) -> CalendarEdit {
        let time_zone = (before.time_zone != after.time_zone).then(|| after.time_zone.clone());
        let days = DAYS
            .iter()
            .filter(|d| day(&before.week, d) != day(&after.week, d))
            .map(|d| DayHours { day: (*d).to_owned(), hours: day(&after.week, d).unwrap_or_default() })
            .collect();
        let holidays_added =
            after.holidays.iter().filter(|h| !before.holidays.contains(h)).cloned().collect::<Vec<_>>();
        let mut holidays_removed: Vec<String> = before
            .holidays
            .iter()
            .filter(|h| !after.holidays.iter().any(|a| a.date == h.date))
            .map(|h| h.date.clone())
            .collect();
        holidays_removed.dedup();
        CalendarEdit { time_zone, days, holidays_added, holidays_removed }
    }

    pub fn is_empty(&self) -> bool {
        self.time_zone.is_none()
            && self.days.is_empty()
            && self.holidays_added.is_empty()
            && self.holidays_removed.is_empty()
    }

    /// `spec` with this change made: the time zone and each named day take
    /// their new values (a day this build does not know is left alone),
    /// holidays on the removed dates go, each added holiday replaces any on
    /// its date. Holidays end up sorted by date, then name: the same set gives
    /// the same calendar on every desk.
    pub fn applied_to(&self, spec: &CalendarSpec) -> CalendarSpec {
        let mut out = spec.clone();
        if let Some(zone) = &self.time_zone {
            out.time_zone = zone.clone();
        }
        for change in &self.days {
            if let Some(hours) = day_mut(&mut out.week, &change.day) {
                *hours = change.hours.clone();
            }
        }
        out.holidays.retain(|h| !self.holidays_removed.contains(&h.date));
        for added in &self.holidays_added {
            out.holidays.retain(|h| h.date != added.date);
            out.holidays.push(added.clone());
        }
        out.holidays.sort_by(|a, b| (&a.date, &a.name, a.yearly).cmp(&(&b.date, &b.name, b.yearly)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holiday(date: &str, name: &str) -> Holiday {
        Holiday { date: date.into(), name: name.into(), yearly: false }
    }

    #[test]
    fn two_desks_adding_a_holiday_each_keep_both() {
        let base = CalendarSpec::default_for("Europe/Amsterdam");
        let mut a = base.clone();
        a.holidays.push(holiday("2026-12-25", "Christmas"));
        let mut b = base.clone();
        b.holidays.push(holiday("2026-04-27", "King's Day"));
        let (ea, eb) = (CalendarEdit::between(&base, &a), CalendarEdit::between(&base, &b));
        let merged = eb.applied_to(&ea.applied_to(&base));
        let other_order = ea.applied_to(&eb.applied_to(&base));
        assert_eq!(merged.holidays.len(), 2, "both desks' holidays stay: {merged:?}");
        assert_eq!(merged, other_order, "the result does not depend on which edit came first");
    }

    #[test]
    fn a_removal_and_an_hours_change_both_happen() {
        let mut base = CalendarSpec::default_for("Europe/Amsterdam");
        base.holidays.push(holiday("2026-12-25", "Christmas"));
        let mut a = base.clone();
        a.holidays.clear();
        let mut b = base.clone();
        b.week.saturday = vec![];
        let merged =
            CalendarEdit::between(&base, &b).applied_to(&CalendarEdit::between(&base, &a).applied_to(&base));
        assert!(merged.holidays.is_empty(), "the removed holiday is gone");
        assert!(merged.week.saturday.is_empty(), "the other desk's Saturday closing stays");
        assert_eq!(CalendarEdit::between(&base, &b).days.len(), 1, "only the day that changed is recorded");
    }

    #[test]
    fn renaming_a_holiday_replaces_it_under_its_date() {
        let mut base = CalendarSpec::default_for("Europe/Amsterdam");
        base.holidays.push(holiday("2026-12-25", "Xmas"));
        let mut a = base.clone();
        a.holidays[0].name = "Christmas".into();
        let edit = CalendarEdit::between(&base, &a);
        assert!(edit.holidays_removed.is_empty(), "a rename removes nothing: {edit:?}");
        assert_eq!(edit.applied_to(&base).holidays, a.holidays, "the new name replaces the old");
    }
}
