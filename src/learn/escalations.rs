//! Escalations: a case taken to the owner or a shift lead, with a root cause
//! from the shop's list, closed with what changed so it does not happen again.

use crate::msg;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{Escalation, EscalationClosing, EscalationStatus, EscalationsPage, LearnEvent, NewEscalation};
use crate::core::validate::{self, NOTES_MAX, SHORT_MAX};
use crate::core::{clock, ids, page_size, settings, Ctx, Error, Result, Store, Writer};
use crate::staff::{staff_member, StaffRole};
use crate::tell::{register_counts, register_sql};

pub const ROOT_CAUSES: &str = "root_causes";

/// The root causes a new shop starts with; a lead or the owner can edit them.
pub const DEFAULT_ROOT_CAUSES: &[&str] =
    &["technology", "workload", "process", "communication", "product", "supplier", "other"];

const CAUSES_MAX: usize = 30;

pub fn root_causes(conn: &Connection) -> Result<Vec<String>> {
    Ok(settings::get::<Vec<String>>(conn, ROOT_CAUSES)?
        .unwrap_or_else(|| DEFAULT_ROOT_CAUSES.iter().map(|c| (*c).to_owned()).collect()))
}

/// Checks an edited list of root causes: trimmed, none empty, no two alike.
pub fn clean_root_causes(causes: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for raw in causes {
        let cause = validate::optional_line(raw, "causes", msg!("label-a-root-cause"), SHORT_MAX)?;
        if cause.is_empty() {
            continue;
        }
        if out.iter().any(|c| c.to_lowercase() == cause.to_lowercase()) {
            return Err(Error::invalid("causes", msg!("error-learn-list-twice-keep-one", cause)));
        }
        out.push(cause);
    }
    if out.is_empty() {
        return Err(Error::invalid("causes", msg!("error-learn-keep-least-one-root-cause")));
    }
    if out.len() > CAUSES_MAX {
        return Err(Error::invalid(
            "causes",
            msg!("error-learn-list-has-root-causes-keep", out = out.len(), causes_max = CAUSES_MAX),
        ));
    }
    Ok(out)
}

const ESCALATION_COLUMNS: &str =
    "x.id, x.case_id, k.subject, x.customer_id, cu.name, x.to_staff, coalesce(t.name, ''), x.cause, x.note,
     x.status, x.opened_at, o.name, x.closed_at, c.name, x.what_changed
     FROM escalations x
     JOIN cases k ON k.id = x.case_id
     JOIN customers cu ON cu.id = x.customer_id
     LEFT JOIN staff t ON t.id = x.to_staff
     LEFT JOIN staff o ON o.id = x.opened_by
     LEFT JOIN staff c ON c.id = x.closed_by";

fn escalation_row(r: &Row<'_>) -> rusqlite::Result<Escalation> {
    Ok(Escalation {
        id: r.get(0)?,
        case_id: r.get(1)?,
        case_subject: r.get(2)?,
        customer_id: r.get(3)?,
        customer_name: r.get(4)?,
        to_id: r.get(5)?,
        to_name: r.get(6)?,
        cause: r.get(7)?,
        note: r.get(8)?,
        status: r.get(9)?,
        opened_at: clock::from_ms(r.get(10)?),
        opened_by_name: r.get(11)?,
        closed_at: r.get::<_, Option<i64>>(12)?.map(clock::from_ms),
        closed_by_name: r.get(13)?,
        what_changed: r.get(14)?,
    })
}

pub fn escalation(conn: &Connection, id: &str) -> Result<Escalation> {
    let sql = format!("SELECT {ESCALATION_COLUMNS} WHERE x.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], escalation_row)
        .optional()?
        .ok_or_else(|| Error::not_found("Escalation", id))
}

pub fn case_escalations(conn: &Connection, case_id: &str) -> Result<Vec<Escalation>> {
    let sql = format!("SELECT {ESCALATION_COLUMNS} WHERE x.case_id = ?1 ORDER BY x.opened_at DESC, x.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([case_id], escalation_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Writer<'_> {
    /// The customer of a case.
    pub fn case_customer_id(&self, case_id: &str) -> Result<String> {
        self.tx()
            .prepare_cached("SELECT customer_id FROM cases WHERE id = ?1")?
            .query_row([case_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("Case", case_id))
    }

    /// Makes the shop's list of root causes this one (a shift lead or the
    /// owner), recording what was added and removed, so another desk's
    /// additions made meanwhile stay. Past escalations keep the cause they
    /// were given.
    pub fn set_root_causes(&mut self, ctx: &Ctx, causes: &[String]) -> Result<Vec<String>> {
        self.check_lead(ctx, crate::msg!("lead-change-root-causes"))?;
        let causes = clean_root_causes(causes)?;
        let before = root_causes(self.tx())?;
        let lower = |l: &[String]| l.iter().map(|c| c.to_lowercase()).collect::<Vec<_>>();
        let (was, now) = (lower(&before), lower(&causes));
        let added: Vec<String> =
            causes.iter().filter(|c| !was.contains(&c.to_lowercase())).cloned().collect();
        let removed: Vec<String> =
            before.iter().filter(|c| !now.contains(&c.to_lowercase())).cloned().collect();
        if added.is_empty() && removed.is_empty() {
            return Ok(before);
        }
        self.append(ctx, None, None, &LearnEvent::RootCausesEdited { added, removed })?;
        root_causes(self.tx())
    }

    /// Puts the root causes back to the defaults where the log has events
    /// that set them: the shop's part is about to be applied again from the
    /// first, and `root_causes_edited` changes what it finds.
    pub fn reset_root_causes_for_replay(&mut self) -> Result<()> {
        if self.has_shop_event("root_causes_changed")? || self.has_shop_event("root_causes_edited")? {
            // No row: the defaults, as on a desk whose every such event is set aside.
            self.tx().execute("DELETE FROM settings WHERE key = ?1", [ROOT_CAUSES])?;
        }
        Ok(())
    }

    /// Records the root causes in use as an event, where the log has none yet
    /// (they were the defaults): before a desk shares its history.
    pub fn log_root_causes(&mut self, ctx: &Ctx) -> Result<()> {
        if !self.has_shop_event("root_causes_changed")? {
            let causes = root_causes(self.tx())?;
            self.append(ctx, None, None, &LearnEvent::RootCausesChanged { causes })?;
        }
        Ok(())
    }

    /// Takes a case to the owner or a shift lead, with its root cause and a note.
    pub fn escalate(&mut self, ctx: &Ctx, input: &NewEscalation) -> Result<Escalation> {
        self.check_actor(ctx)?;
        let customer_id = self.case_customer_id(&input.case_id)?;
        let causes = root_causes(self.tx())?;
        let cause = input.cause.trim();
        if cause.is_empty() {
            return Err(Error::invalid(
                "cause",
                msg!("error-learn-pick-root-cause-escalation", value = causes.join(", ")),
            ));
        }
        let Some(cause) = causes.iter().find(|c| c.to_lowercase() == cause.to_lowercase()).cloned() else {
            return Err(Error::invalid(
                "cause",
                msg!("error-learn-one-shop-s-root-causes", cause, value = causes.join(", ")),
            ));
        };
        let note = validate::required_text(&input.note, "note", msg!("label-what-happened"), NOTES_MAX)?;
        let to = staff_member(self.tx(), &input.to_staff_id)
            .map_err(|_| Error::invalid("to_staff_id", msg!("error-learn-person-you-picked-staff-list")))?;
        if !to.active || to.role == StaffRole::Staff {
            return Err(Error::invalid(
                "to_staff_id",
                msg!("error-learn-active-shift-lead-owner-escalate", name = to.name),
            ));
        }
        let open: Option<String> = self
            .tx()
            .query_row(
                "SELECT coalesce(s.name, '') FROM escalations x LEFT JOIN staff s ON s.id = x.to_staff
                 WHERE x.case_id = ?1 AND x.status = 'open'",
                [&input.case_id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(name) = open {
            return Err(Error::Conflict {
                msg: msg!("error-learn-case-already-escalated-close-escalation", name),
            });
        }
        let id = ids::new_id();
        let event = LearnEvent::CaseEscalated { escalation_id: id.clone(), to: to.id, cause, note };
        self.append(ctx, Some(&customer_id), Some(&input.case_id), &event)?;
        escalation(self.tx(), &id)
    }

    /// Closes an escalation with what changed so it does not happen again.
    pub fn close_escalation(&mut self, ctx: &Ctx, input: &EscalationClosing) -> Result<Escalation> {
        self.check_lead(ctx, crate::msg!("lead-close-escalation"))?;
        let current = escalation(self.tx(), &input.escalation_id)?;
        if current.status == EscalationStatus::Closed {
            return Err(Error::Conflict {
                msg: msg!("error-learn-escalation-already-closed-nothing-changed"),
            });
        }
        let what_changed = validate::required_text(
            &input.what_changed,
            "what_changed",
            msg!("label-what-changed-so-it-does-not-happen-again"),
            NOTES_MAX,
        )?;
        let event = LearnEvent::EscalationClosed {
            escalation_id: current.id.clone(),
            cause: current.cause,
            what_changed,
        };
        self.append(ctx, Some(&current.customer_id), Some(&current.case_id), &event)?;
        escalation(self.tx(), &current.id)
    }
}

impl Store {
    /// The shop's root causes for escalations, in the order the shop keeps them.
    pub fn root_causes(&self) -> Result<Vec<String>> {
        root_causes(&self.conn)
    }

    pub fn escalation(&self, id: &str) -> Result<Escalation> {
        escalation(&self.conn, id)
    }

    /// The escalations register: open ones (oldest first) or closed ones (newest first).
    pub fn escalations(&self, status: EscalationStatus, limit: u32) -> Result<EscalationsPage> {
        let sql = register_sql(ESCALATION_COLUMNS, "x", status == EscalationStatus::Closed);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let escalations = stmt
            .query_map(params![status, page_size(limit)], escalation_row)?
            .collect::<rusqlite::Result<_>>()?;
        let (open, closed) = register_counts(&self.conn, "escalations")?;
        Ok(EscalationsPage { escalations, open, closed })
    }
}
