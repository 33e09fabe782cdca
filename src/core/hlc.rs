//! Hybrid logical clock values: the one order every desk applies the history in.
//!
//! A value is the physical time in milliseconds shifted left [`LOGICAL_BITS`]
//! bits, plus a counter. A desk gives each new event
//! `max(now << 16, highest value it holds + 1)`: never below its own clock, and
//! always above every event it has written or received. So an answer sorts after
//! what it answers even when the answering PC's clock is hours behind, and a
//! desk whose clock runs ahead pulls everyone's values forward with it instead
//! of blocking anyone. Ties between desks are broken by desk id, then event id:
//! the order is total and the same everywhere.

use std::cmp::Ordering;

/// Bits kept for the counter below the milliseconds.
pub const LOGICAL_BITS: u32 = 16;

/// A clock further than this from the server's (or from the events arriving) is
/// shown to the user as wrong. Writing goes on regardless.
pub const SKEW_WARNING_MS: i64 = 5 * 60 * 1000;

/// A received value further ahead of this desk's clock than this is kept in
/// its place but not followed: the desk's next value is made as if it had not
/// seen it. An honest desk is never this far off (the shop's server refuses
/// values more than minutes ahead of its own clock), and a value at the end of
/// time must not drag every later event there, where the counter can no
/// longer move on.
pub const FOLLOW_AHEAD_MS: i64 = 30 * 24 * 3600 * 1000;

/// The highest value a desk whose clock reads `now_ms` follows.
pub fn follow_limit(now_ms: i64) -> i64 {
    at_ms(now_ms.saturating_add(FOLLOW_AHEAD_MS)) | ((1 << LOGICAL_BITS) - 1)
}

/// The first value of a millisecond.
pub fn at_ms(ms: i64) -> i64 {
    ms << LOGICAL_BITS
}

/// The milliseconds a value was made at (by the clock of the desk, or of the
/// events it had received, whichever was ahead).
pub fn physical_ms(hlc: i64) -> i64 {
    hlc >> LOGICAL_BITS
}

/// The value for a new event, given the highest one held and the time now.
pub fn next(highest: i64, now_ms: i64) -> i64 {
    at_ms(now_ms).max(highest.saturating_add(1))
}

/// Values for events from a log that had none (an export from before
/// version 2): in the log's order, never below the time each was written.
#[derive(Default)]
pub struct Backfill {
    last: i64,
}

impl Backfill {
    pub fn value(&mut self, at_ms: i64) -> i64 {
        self.last = next(self.last, at_ms);
        self.last
    }

    /// A value the log already had: later ones are given values above it.
    pub fn observe(&mut self, hlc: i64) {
        self.last = self.last.max(hlc);
    }
}

/// An event's place in the agreed order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OrderKey {
    pub hlc: i64,
    pub desk_id: String,
    pub id: String,
}

impl Ord for OrderKey {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.hlc, &self.desk_id, &self.id).cmp(&(other.hlc, &other.desk_id, &other.id))
    }
}

impl PartialOrd for OrderKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_value_passes_both_the_clock_and_every_value_held() {
        let now = 1_800_000_000_000;
        assert_eq!(next(0, now), at_ms(now), "a fresh desk starts at its clock");
        let ahead = at_ms(now + 3_600_000) + 7;
        assert_eq!(next(ahead, now), ahead + 1, "an event from a desk an hour ahead is passed, not undercut");
        assert!(physical_ms(next(ahead, now)) >= now, "never below this desk's own clock");
    }

    #[test]
    fn backfilled_values_keep_the_log_order_even_within_a_millisecond() {
        let mut b = Backfill::default();
        let values: Vec<i64> = [5, 5, 5, 3, 9].iter().map(|at| b.value(*at)).collect();
        assert!(values.windows(2).all(|w| w[0] < w[1]), "strictly increasing: {values:?}");
        assert_eq!(physical_ms(values[4]), 9, "a later time starts a new millisecond");
    }

    #[test]
    fn a_value_at_the_end_of_time_is_not_followed() {
        let now = 1_800_000_000_000;
        assert!(i64::MAX > follow_limit(now), "the largest value is past what a desk follows");
        assert!(at_ms(now + 24 * 3600 * 1000) < follow_limit(now), "a desk a day ahead is followed");
    }

    #[test]
    fn ties_break_by_desk_then_id() {
        let k = |hlc, desk: &str, id: &str| OrderKey { hlc, desk_id: desk.into(), id: id.into() };
        assert!(k(1, "b", "a") < k(2, "a", "a"), "the clock value comes first");
        assert!(k(1, "a", "z") < k(1, "b", "a"), "then the desk");
        assert!(k(1, "a", "a") < k(1, "a", "b"), "then the event id");
    }
}
