//! Handoffs: a case handed to a colleague with a brief. The receiver becomes
//! the owner, takes over the sender's open promises on the case, and finds it
//! in their inbox (a desk-local list of what they have not opened yet).

use crate::msg;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::brief::clean_brief;
use super::{Brief, Handoff, HandoffInput, TellEvent};
use crate::cases::CaseStatus;
use crate::core::{clock, Ctx, Error, Result, Store, Writer};
use crate::staff::staff_member;

const HANDOFF_COLUMNS: &str =
    "e.id, e.case_id, k.subject, cu.name, e.at, e.staff_id, f.name, i.to_staff, t.name, e.payload,
     i.seen_at IS NOT NULL
     FROM events e
     JOIN handoff_inbox i ON i.event_id = e.id
     JOIN cases k ON k.id = e.case_id
     JOIN customers cu ON cu.id = k.customer_id
     LEFT JOIN staff f ON f.id = e.staff_id
     LEFT JOIN staff t ON t.id = i.to_staff";

fn handoff_row(r: &Row<'_>) -> rusqlite::Result<(Handoff, String)> {
    Ok((
        Handoff {
            event_id: r.get(0)?,
            case_id: r.get(1)?,
            case_subject: r.get(2)?,
            customer_name: r.get(3)?,
            at: clock::from_ms(r.get(4)?),
            from_id: r.get(5)?,
            from_name: r.get(6)?,
            to_id: r.get(7)?,
            to_name: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
            brief: Brief::default(),
            seen: r.get(10)?,
        },
        r.get(9)?,
    ))
}

fn with_brief((mut handoff, payload): (Handoff, String)) -> Result<Handoff> {
    if let TellEvent::Handoff { brief, .. } = serde_json::from_str(&payload)? {
        handoff.brief = brief;
    }
    Ok(handoff)
}

/// The latest handoff of a case, with its brief: shown at the top of the case.
pub fn latest_handoff(conn: &Connection, case_id: &str) -> Result<Option<Handoff>> {
    let sql = format!(
        "SELECT {HANDOFF_COLUMNS} WHERE e.case_id = ?1 AND e.kind = 'handoff' ORDER BY e.at DESC, e.id DESC LIMIT 1"
    );
    conn.prepare_cached(&sql)?.query_row([case_id], handoff_row).optional()?.map(with_brief).transpose()
}

impl Writer<'_> {
    /// Hands a case to a colleague with a brief. The receiver becomes the case's
    /// owner and finds it in their inbox.
    pub fn hand_off(&mut self, ctx: &Ctx, input: &HandoffInput) -> Result<Handoff> {
        self.check_actor(ctx)?;
        let from = ctx
            .staff_id
            .clone()
            .ok_or_else(|| Error::invalid("from", msg!("error-tell-handoff-needs-someone-handing-off")))?;
        if input.to_staff_id == from {
            return Err(Error::invalid("to_staff_id", msg!("error-tell-you-cannot-hand-case-yourself")));
        }
        let to = staff_member(self.tx(), &input.to_staff_id)
            .map_err(|_| Error::invalid("to_staff_id", msg!("error-tell-colleague-you-picked-staff-list")))?;
        if !to.active {
            return Err(Error::invalid(
                "to_staff_id",
                msg!("error-tell-no-longer-active-so-cannot", name = to.name),
            ));
        }
        let (customer_id, status): (String, CaseStatus) = self
            .tx()
            .query_row("SELECT customer_id, status FROM cases WHERE id = ?1", [&input.case_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::not_found("Case", &input.case_id))?;
        if !status.is_active() {
            return Err(Error::Conflict {
                msg: msg!("error-tell-case-reopen-before-handing", status, name = to.name),
            });
        }
        let brief = clean_brief(&input.brief)?;
        // Whoever takes the case over keeps the promises made on it by the sender.
        let moved_promises: Vec<String> = {
            let mut stmt = self.tx().prepare_cached(
                "SELECT id FROM promises WHERE case_id = ?1 AND status = 'open' AND owner_id = ?2 ORDER BY due_at, id",
            )?;
            let rows = stmt.query_map(params![input.case_id, from], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let event = TellEvent::Handoff { from: Some(from), to: to.id.clone(), brief, moved_promises };
        self.append(ctx, Some(&customer_id), Some(&input.case_id), &event)?;
        latest_handoff(self.tx(), &input.case_id)?
            .ok_or_else(|| Error::Internal("the handoff was not recorded".into()))
    }
}

impl Store {
    pub fn latest_handoff(&self, case_id: &str) -> Result<Option<Handoff>> {
        latest_handoff(&self.conn, case_id)
    }

    /// Cases handed to this person that they have not opened since.
    pub fn inbox(&self, staff_id: &str) -> Result<Vec<Handoff>> {
        let sql = format!(
            "SELECT {HANDOFF_COLUMNS} WHERE i.to_staff = ?1 AND i.seen_at IS NULL ORDER BY i.at DESC LIMIT 50"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([staff_id], handoff_row)?;
        rows.map(|r| with_brief(r?)).collect()
    }

    /// Cases handed to whoever is at the desk, not yet opened by them.
    pub fn inbox_at_desk(&self) -> Result<Vec<Handoff>> {
        match self.current_staff_id()? {
            Some(me) => self.inbox(&me),
            None => Ok(Vec::new()),
        }
    }

    /// The receiver opened the case: its handoffs leave their inbox.
    pub fn mark_handoffs_seen(&mut self, staff_id: &str, case_id: &str) -> Result<u32> {
        Ok(self.conn.execute(
            "UPDATE handoff_inbox SET seen_at = ?3 WHERE to_staff = ?1 AND case_id = ?2 AND seen_at IS NULL",
            params![staff_id, case_id, clock::to_ms(clock::now())],
        )? as u32)
    }

    /// The person at the desk opened a case handed to them.
    pub fn acknowledge_handoffs(&mut self, case_id: &str) -> Result<u32> {
        match self.current_staff_id()? {
            Some(me) => self.mark_handoffs_seen(&me, case_id),
            None => Ok(0),
        }
    }

    /// Handoffs not yet announced on this desk's screen; marks them announced.
    pub fn take_handoff_notices(&mut self) -> Result<Vec<Handoff>> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let sql = format!("SELECT {HANDOFF_COLUMNS} WHERE i.notified_at IS NULL ORDER BY i.at");
        let handoffs = {
            let mut stmt = tx.prepare_cached(&sql)?;
            let rows = stmt.query_map([], handoff_row)?;
            rows.map(|r| with_brief(r?)).collect::<Result<Vec<_>>>()?
        };
        tx.execute(
            "UPDATE handoff_inbox SET notified_at = ?1 WHERE notified_at IS NULL",
            [clock::to_ms(clock::now())],
        )?;
        tx.commit()?;
        Ok(handoffs)
    }
}
