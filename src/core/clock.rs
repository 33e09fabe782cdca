//! Time as the store keeps it: Unix milliseconds, UTC.

use chrono::{DateTime, TimeZone, Utc};

use super::Ts;

/// Now, truncated to the millisecond the store keeps, so a value read back equals
/// the value written.
pub fn now() -> Ts {
    from_ms(Utc::now().timestamp_millis())
}

pub fn to_ms(ts: Ts) -> i64 {
    ts.timestamp_millis()
}

pub fn from_ms(ms: i64) -> Ts {
    Utc.timestamp_millis_opt(ms).single().unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Parses an RFC 3339 time such as `2026-11-22T09:30:00+01:00`.
pub fn parse(text: &str) -> super::Result<Ts> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| from_ms(t.with_timezone(&Utc).timestamp_millis()))
        .map_err(|e| {
            super::Error::invalid("time", msg!("error-core-date-time-use-form-2026", text, detail = e))
        })
}
