//! The promise ledger: what we promised, by when, who keeps it, and whether
//! it was kept.

use crate::msg;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{KeptRate, NewPromise, Promise, PromiseOutcome, PromiseStatus, PromisesPage, TellEvent};
use crate::core::validate::{self, NOTES_MAX, SUBJECT_MAX};
use crate::core::{clock, ids, page_size, Ctx, Error, Result, Store, Ts, Writer};

const PROMISE_COLUMNS: &str =
    "p.id, p.case_id, k.subject, p.customer_id, cu.name, p.text, p.owner_id, o.name, m.name,
     p.made_at, p.due_at, p.status, p.closed_at, p.recovery
     FROM promises p
     JOIN cases k ON k.id = p.case_id
     JOIN customers cu ON cu.id = p.customer_id
     LEFT JOIN staff o ON o.id = p.owner_id
     LEFT JOIN staff m ON m.id = p.made_by";

fn promise_row(r: &Row<'_>, now: i64) -> rusqlite::Result<Promise> {
    let status: PromiseStatus = r.get(11)?;
    let due_at: i64 = r.get(10)?;
    Ok(Promise {
        id: r.get(0)?,
        case_id: r.get(1)?,
        case_subject: r.get(2)?,
        customer_id: r.get(3)?,
        customer_name: r.get(4)?,
        text: r.get(5)?,
        owner_id: r.get(6)?,
        owner_name: r.get(7)?,
        made_by_name: r.get(8)?,
        made_at: clock::from_ms(r.get(9)?),
        due_at: clock::from_ms(due_at),
        status,
        closed_at: r.get::<_, Option<i64>>(12)?.map(clock::from_ms),
        recovery: r.get(13)?,
        overdue: status == PromiseStatus::Open && due_at <= now,
    })
}

pub fn promise(conn: &Connection, id: &str, now: i64) -> Result<Promise> {
    let sql = format!("SELECT {PROMISE_COLUMNS} WHERE p.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], |r| promise_row(r, now))
        .optional()?
        .ok_or_else(|| Error::not_found("Promise", id))
}

pub(super) fn customer_open_promises(conn: &Connection, customer_id: &str, now: i64) -> Result<Vec<Promise>> {
    let sql = format!(
        "SELECT {PROMISE_COLUMNS} WHERE p.customer_id = ?1 AND p.status = 'open' ORDER BY p.due_at, p.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([customer_id], |r| promise_row(r, now))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every promise made to a customer, open or closed, the newest first (at
/// most `limit`): how each promise in a brief stands now.
pub fn customer_promises(conn: &Connection, customer_id: &str, now: i64, limit: u32) -> Result<Vec<Promise>> {
    let sql =
        format!("SELECT {PROMISE_COLUMNS} WHERE p.customer_id = ?1 ORDER BY p.made_at DESC, p.id LIMIT ?2");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![customer_id, limit], |r| promise_row(r, now))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn now_ms() -> i64 {
    clock::to_ms(clock::now())
}

impl Writer<'_> {
    fn case_customer(&self, case_id: &str) -> Result<String> {
        self.tx()
            .prepare_cached("SELECT customer_id FROM cases WHERE id = ?1")?
            .query_row([case_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("Case", case_id))
    }

    /// Records a promise made to the customer of a case. It must fall due in the
    /// future, and its owner must be active.
    pub fn make_promise(&mut self, ctx: &Ctx, input: &NewPromise) -> Result<Promise> {
        self.check_actor(ctx)?;
        let customer_id = self.case_customer(&input.case_id)?;
        let text =
            validate::required_line(&input.text, "text", msg!("label-what-was-promised"), SUBJECT_MAX)?;
        if input.due_at <= ctx.at {
            let tz = self.settings()?.calendar.tz();
            return Err(Error::invalid(
                "due_at",
                msg!(
                    "error-tell-promise-must-fall-due-future",
                    value = input.due_at.with_timezone(&tz).format("%a %-d %b %H:%M")
                ),
            ));
        }
        let owner = input.owner_id.clone().or_else(|| ctx.staff_id.clone());
        self.check_owner(owner.as_deref())?;
        let id = ids::new_id();
        let event =
            TellEvent::PromiseMade { promise_id: id.clone(), text, due_at: input.due_at, owner_id: owner };
        self.append(ctx, Some(&customer_id), Some(&input.case_id), &event)?;
        promise(self.tx(), &id, now_ms())
    }

    /// Closes a promise as kept, or as broken with what we did to make it right.
    pub fn close_promise(&mut self, ctx: &Ctx, input: &PromiseOutcome) -> Result<Promise> {
        self.check_actor(ctx)?;
        let current = promise(self.tx(), &input.promise_id, now_ms())?;
        if current.status != PromiseStatus::Open {
            return Err(Error::Conflict {
                msg: msg!("error-tell-promise-already-closed-as-nothing", status = current.status),
            });
        }
        let event = if input.kept {
            TellEvent::PromiseKept { promise_id: current.id.clone(), text: current.text.clone() }
        } else {
            let recovery = validate::required_text(
                input.recovery.as_deref().unwrap_or(""),
                "recovery",
                msg!("label-what-we-did-to-make-it-right"),
                NOTES_MAX,
            )
            .map_err(|_| Error::invalid("recovery", msg!("error-tell-broken-promise-needs-recovery-note")))?;
            TellEvent::PromiseBroken { promise_id: current.id.clone(), text: current.text.clone(), recovery }
        };
        self.append(ctx, Some(&current.customer_id), Some(&current.case_id), &event)?;
        promise(self.tx(), &current.id, now_ms())
    }
}

impl Store {
    pub fn promise(&self, id: &str) -> Result<Promise> {
        promise(&self.conn, id, now_ms())
    }

    /// Every open promise in the shop, soonest due first, a page at a time.
    pub fn open_promises(&self, cursor: Option<&str>, limit: u32) -> Result<PromisesPage> {
        let limit = page_size(limit);
        let (due, id) = match crate::cases::parse_cursor(cursor)? {
            Some(c) => c,
            None => (i64::MIN, String::new()),
        };
        let now = now_ms();
        let sql = format!(
            "SELECT {PROMISE_COLUMNS} WHERE p.status = 'open' AND (p.due_at, p.id) > (?1, ?2) ORDER BY p.due_at, p.id LIMIT ?3"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut promises: Vec<Promise> = stmt
            .query_map(params![due, id, limit + 1], |r| promise_row(r, now))?
            .collect::<rusqlite::Result<_>>()?;
        let more = promises.len() > limit as usize;
        promises.truncate(limit as usize);
        let next_cursor =
            more.then(|| promises.last().map(|p| format!("{}.{}", clock::to_ms(p.due_at), p.id))).flatten();
        let total =
            self.conn.query_row("SELECT count(*) FROM promises WHERE status = 'open'", [], |r| r.get(0))?;
        Ok(PromisesPage { promises, next_cursor, total })
    }

    /// Of the promises due between `from` and `to`, how many were kept.
    pub fn kept_rate(&self, from: Ts, to: Ts) -> Result<KeptRate> {
        if to <= from {
            return Err(Error::invalid("to", msg!("error-tell-period-ends-before-starts-pick")));
        }
        let now = now_ms();
        let (kept, broken, open_overdue): (u32, u32, u32) = self.conn.query_row(
            "SELECT coalesce(sum(status = 'kept'), 0), coalesce(sum(status = 'broken'), 0),
                    coalesce(sum(status = 'open' AND due_at <= ?3), 0)
             FROM promises WHERE due_at >= ?1 AND due_at < ?2",
            params![clock::to_ms(from), clock::to_ms(to), now],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let closed = kept + broken;
        Ok(KeptRate {
            from,
            to,
            kept,
            broken,
            open_overdue,
            rate: (closed > 0).then(|| f64::from(kept) / f64::from(closed)),
        })
    }
}
