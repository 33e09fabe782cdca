//! Outreach: customers we have not been in touch with for a while, the longest
//! first, and a random call list that a seed makes repeatable.

use crate::msg;
use rusqlite::{params, Connection, Row};

use super::{
    LearnEvent, NewOutreachCall, OutreachCandidate, OutreachList, OutreachOutcome, OutreachSampleRequest,
};
use crate::cases::{entry, TimelineEntry};
use crate::core::rng::Rng;
use crate::core::validate::{self, NOTES_MAX};
use crate::core::{clock, Ctx, Error, Result, Store, Ts, Writer};
use crate::customers::customer;

/// The longest outreach list shown at once; the total says how many match.
const OUTREACH_LIST_MAX: u32 = 500;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

impl Writer<'_> {
    /// Logs an outreach call. Reaching the customer is contact; a call that did
    /// not reach them is remembered so the next call session skips them.
    pub fn log_outreach_call(&mut self, ctx: &Ctx, input: &NewOutreachCall) -> Result<TimelineEntry> {
        self.check_actor(ctx)?;
        customer(self.tx(), &input.customer_id)?;
        let body = validate::optional_text(&input.note, "note", msg!("label-what-was-said"), NOTES_MAX)?;
        if input.outcome == OutreachOutcome::Reached && body.is_empty() {
            return Err(Error::invalid("note", msg!("error-learn-you-reached-customer-write-line")));
        }
        let event = LearnEvent::OutreachCall { outcome: input.outcome, body };
        let meta = self.append(ctx, Some(&input.customer_id), None, &event)?;
        entry(self.tx(), &meta.id)
    }
}

fn candidate_row(r: &Row<'_>, now: i64) -> rusqlite::Result<(OutreachCandidate, i64)> {
    let last: i64 = r.get(4)?;
    let rowid: i64 = r.get(7)?;
    Ok((
        OutreachCandidate {
            customer_id: r.get(0)?,
            name: r.get(1)?,
            organisation: r.get(2)?,
            segment: r.get(3)?,
            phones: Vec::new(),
            last_contact_at: clock::from_ms(last),
            days_since_contact: ((now - last).max(0) / DAY_MS) as u32,
            last_tried_at: r.get::<_, Option<i64>>(5)?.map(clock::from_ms),
            last_outcome: r.get(6)?,
        },
        rowid,
    ))
}

const CANDIDATE_COLUMNS: &str =
    "c.id, c.name, c.organisation, c.segment, coalesce(c.last_contact_at, c.created_at),
     c.last_outreach_at, c.last_outreach_outcome, c.rowid
     FROM customers c";

fn check_days(days: u32) -> Result<i64> {
    if !(1..=3650).contains(&days) {
        return Err(Error::invalid("days", msg!("error-learn-pick-between-1-3650-days", days)));
    }
    Ok(i64::from(days) * DAY_MS)
}

fn with_phones(conn: &Connection, mut list: Vec<OutreachCandidate>) -> Result<Vec<OutreachCandidate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT value FROM customer_contacts WHERE customer_id = ?1 AND kind = 'phone' ORDER BY position",
    )?;
    for c in &mut list {
        c.phones = stmt.query_map([&c.customer_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    }
    Ok(list)
}

impl Store {
    /// Customers not contacted for `days` days, the longest first.
    pub fn outreach_list(&self, days: u32, now: Ts) -> Result<OutreachList> {
        let now = clock::to_ms(now);
        let cutoff = now - check_days(days)?;
        let sql = format!(
            "SELECT {CANDIDATE_COLUMNS} WHERE c.merged_into IS NULL AND coalesce(c.last_contact_at, c.created_at) < ?1
               AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = c.id)
             ORDER BY coalesce(c.last_contact_at, c.created_at), c.rowid LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let customers = stmt
            .query_map(params![cutoff, OUTREACH_LIST_MAX], |r| candidate_row(r, now).map(|c| c.0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let total = self.conn.query_row(
            "SELECT count(*) FROM customers c WHERE merged_into IS NULL AND coalesce(last_contact_at, created_at) < ?1
             AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = c.id)",
            [cutoff],
            |r| r.get(0),
        )?;
        Ok(OutreachList { days, customers: with_phones(&self.conn, customers)?, total })
    }

    /// `count` customers picked at random from those not contacted (nor tried)
    /// for `days` days. The same seed over the same customers picks the same
    /// people, so a call session can be planned, printed and picked up again.
    pub fn outreach_sample(
        &self,
        request: &OutreachSampleRequest,
        now: Ts,
    ) -> Result<Vec<OutreachCandidate>> {
        let now = clock::to_ms(now);
        let cutoff = now - check_days(request.days)?;
        if request.count == 0 {
            return Err(Error::invalid("count", msg!("error-learn-ask-least-one-customer-call")));
        }
        let sql = format!(
            "SELECT {CANDIDATE_COLUMNS} WHERE c.merged_into IS NULL AND coalesce(c.last_contact_at, c.created_at) < ?1
               AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = c.id)
               AND coalesce(c.last_outreach_at, 0) < ?1
             ORDER BY c.rowid"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let pool =
            stmt.query_map([cutoff], |r| candidate_row(r, now))?.collect::<rusqlite::Result<Vec<_>>>()?;
        if request.count as usize > pool.len() {
            let customers: u32 =
                self.conn.query_row("SELECT count(*) FROM customers WHERE merged_into IS NULL", [], |r| {
                    r.get(0)
                })?;
            return Err(Error::invalid(
                "count",
                msg!(
                    "error-learn-you-asked-customers-but-only",
                    count = request.count,
                    pool = pool.len(),
                    customers,
                    days = request.days
                ),
            ));
        }
        // A partial Fisher–Yates shuffle with the shop's own stable generator.
        let mut pool: Vec<OutreachCandidate> = pool.into_iter().map(|(c, _)| c).collect();
        let mut rng = Rng::new(u64::from(request.seed));
        let n = request.count as usize;
        for i in 0..n {
            let j = i + rng.below((pool.len() - i) as u64) as usize;
            pool.swap(i, j);
        }
        pool.truncate(n);
        with_phones(&self.conn, pool)
    }
}
