//! Keeping only what is needed: the owner may have the shop forget customers
//! with no contact for a number of years (off until the owner turns it on).
//! The owner sees who that would forget before it first acts; from then on
//! the desk keeps the rule by itself, each day, as customers pass the limit.

use chrono::Months;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::{clock, settings, Ctx, Error, Id, Result, Right, Store, Ts, Writer};
use crate::msg;
use crate::staff::{StaffEvent, RETENTION};

/// Longer than any shop keeps a customer who never comes back.
pub const MAX_YEARS: u32 = 30;
/// How many of those due a list shows (the count says how many in all).
const LISTED: u32 = 200;

/// A customer the rule would forget now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DueCustomer {
    pub id: Id,
    pub name: String,
    /// Their last contact with the shop (or when they were added, if none).
    pub last_contact_at: Ts,
    pub cases: u32,
}

/// The shop's rule, and who it forgets now (under the rule asked about).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Retention {
    /// The rule in force (`None`: customers are kept until forgotten by hand).
    pub years: Option<u32>,
    /// The rule the list is for.
    pub asked: Option<u32>,
    /// The first of those it would forget now, longest without contact first.
    pub due: Vec<DueCustomer>,
    pub due_total: u32,
}

/// The moment before which a customer's last contact is too old.
fn cutoff(years: u32, now: Ts) -> i64 {
    clock::to_ms(now.checked_sub_months(Months::new(years * 12)).unwrap_or(now))
}

const DUE: &str = "FROM customers c
     WHERE c.merged_into IS NULL
       AND NOT EXISTS (SELECT 1 FROM forgotten f WHERE f.customer_id = c.id)
       AND coalesce(c.last_contact_at, c.created_at) < ?1
       AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.customer_id = c.id AND k.status IN ('open', 'waiting'))";

/// Customers with no contact since before `years` ago, and no case still open.
fn due(conn: &Connection, years: u32, now: Ts, limit: u32) -> Result<(Vec<DueCustomer>, u32)> {
    let before = cutoff(years, now);
    let mut stmt = conn.prepare(&format!(
        "SELECT c.id, c.name, coalesce(c.last_contact_at, c.created_at),
                (SELECT count(*) FROM cases k WHERE k.customer_id = c.id)
         {DUE} ORDER BY 3, c.id LIMIT ?2"
    ))?;
    let list = stmt
        .query_map(params![before, limit], |r| {
            Ok(DueCustomer {
                id: r.get(0)?,
                name: r.get(1)?,
                last_contact_at: clock::from_ms(r.get(2)?),
                cases: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: u32 = conn.query_row(&format!("SELECT count(*) {DUE}"), [before], |r| r.get(0))?;
    Ok((list, total))
}

fn check_years(years: Option<u32>) -> Result<()> {
    match years {
        Some(y) if !(1..=MAX_YEARS).contains(&y) => {
            Err(Error::invalid("years", msg!("error-privacy-retention-years", max = MAX_YEARS)))
        }
        _ => Ok(()),
    }
}

impl Store {
    /// The shop's rule, and who it (or the rule `asked`, when given) forgets now.
    pub fn retention(&self, asked: Option<u32>) -> Result<Retention> {
        check_years(asked)?;
        let years = settings::get::<u32>(self.connection(), RETENTION)?;
        let (due, due_total) = match asked.or(years) {
            Some(y) => due(self.connection(), y, clock::now(), LISTED)?,
            None => (Vec::new(), 0),
        };
        Ok(Retention { years, asked: asked.or(years), due, due_total })
    }

    /// Keeps the shop's rule: forgets every customer now past it, as the desk
    /// itself. Returns how many. Nothing happens while the rule is off.
    pub fn keep_retention(&mut self) -> Result<u32> {
        let Some(years) = settings::get::<u32>(self.connection(), RETENTION)? else { return Ok(0) };
        let n = self.write(|w| forget_due(w, &Ctx::now(None), years))?;
        if n > 0 {
            self.finish_forgetting()?;
        }
        Ok(n)
    }
}

/// Forgets everyone past the rule, with the rule as the reason.
fn forget_due(w: &mut Writer<'_>, ctx: &Ctx, years: u32) -> Result<u32> {
    let (list, _) = due(w.tx(), years, ctx.at, u32::MAX)?;
    let lang = crate::staff::shop_lang(w.tx())?;
    let reason = msg!("privacy-retention-reason", years).text(lang);
    for c in &list {
        w.forget_as(ctx, &c.id, &reason)?;
    }
    Ok(list.len() as u32)
}

impl Writer<'_> {
    /// The owner sets the rule (or turns it off). Those it forgets now (the
    /// owner was shown them) are forgotten at once. Returns how many.
    pub fn set_retention(&mut self, ctx: &Ctx, years: Option<u32>) -> Result<u32> {
        self.check_right(ctx, Right::Owner, msg!("lead-retention"))?;
        check_years(years)?;
        self.append(ctx, None, None, &StaffEvent::RetentionSet { years })?;
        match years {
            Some(y) => forget_due(self, ctx, y),
            None => Ok(0),
        }
    }
}
