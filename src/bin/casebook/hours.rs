//! Business-time arithmetic and the shop's calendar.

use casebook::msg;
use std::path::Path;

use casebook::hours::{ics, Calendar, CalendarSpec};
use casebook::{clock, Error, Result, Store};

use crate::args::{CalendarCommand, Cli};
use crate::{act, read_file, say, t};

/// When `minutes` business minutes after `start` end, on the calendar in a file.
pub fn due(cli: &Cli, calendar: &Path, start: &str, minutes: i64) -> Result<()> {
    let cal = Calendar::new(CalendarSpec::from_json(&read_file(calendar)?)?)?;
    if minutes < 0 {
        return Err(Error::invalid("minutes", msg!("error-cli-negative-give-number-minutes-from", minutes)));
    }
    let start = clock::to_ms(clock::parse(start)?);
    let due = cal
        .add_minutes(start, minutes)
        .ok_or_else(|| Error::invalid("calendar", msg!("error-cli-calendar-has-no-open-hours")))?;
    let local = clock::from_ms(due).with_timezone(&cal.tz());
    if cli.json {
        say(&serde_json::json!({ "due": local.to_rfc3339(), "time_zone": cal.tz().name() }).to_string());
    } else {
        say(&local.to_rfc3339());
    }
    Ok(())
}

pub fn calendar(cli: &Cli, store: &mut Store, command: &CalendarCommand) -> Result<()> {
    match command {
        CalendarCommand::Show => {
            say(&store.response_settings()?.calendar.to_json());
            Ok(())
        }
        CalendarCommand::Set { file } => {
            let spec = CalendarSpec::from_json(&read_file(file)?)?;
            act(cli, store, |w, ctx| w.set_calendar(ctx, &spec))?;
            say(&t(msg!("cli-calendar-saved")));
            Ok(())
        }
        CalendarCommand::ImportIcs { file } => {
            let holidays = ics::holidays_from_ics(&read_file(file)?)?;
            let mut spec = store.response_settings()?.calendar;
            let added = holidays.len();
            spec.holidays.extend(holidays);
            act(cli, store, |w, ctx| w.set_calendar(ctx, &spec))?;
            say(&t(msg!("cli-holidays-imported", count = added)));
            Ok(())
        }
    }
}
