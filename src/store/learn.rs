//! Learning from every case: escalations with a root cause, closing complaints,
//! satisfaction scores and outreach calls. Every change is an event; the tables
//! of migration 5 (and the complaints of migration 3) are the current state the
//! registers and the reports read.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::read;
use super::sla::{put_setting, setting};
use super::write::{Ctx, Writer};
use super::Store;
use crate::model::*;
use crate::seed::Rng;
use crate::validate::{self, NOTES_MAX, SHORT_MAX};
use crate::{clock, ids, Error, Result};

pub(super) const ROOT_CAUSES: &str = "root_causes";

/// The root causes a new shop starts with; a lead or the owner can edit them.
pub const DEFAULT_ROOT_CAUSES: &[&str] =
    &["technology", "workload", "process", "communication", "product", "supplier", "other"];

const CAUSES_MAX: usize = 30;
/// The longest outreach list shown at once; the total says how many match.
const OUTREACH_LIST_MAX: u32 = 500;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

pub(crate) fn root_causes(conn: &Connection) -> Result<Vec<String>> {
    Ok(setting::<Vec<String>>(conn, ROOT_CAUSES)?
        .unwrap_or_else(|| DEFAULT_ROOT_CAUSES.iter().map(|c| (*c).to_owned()).collect()))
}

/// Checks an edited list of root causes: trimmed, none empty, no two alike.
pub fn clean_root_causes(causes: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for raw in causes {
        let cause = validate::optional_line(raw, "causes", "A root cause", SHORT_MAX)?;
        if cause.is_empty() {
            continue;
        }
        if out.iter().any(|c| c.to_lowercase() == cause.to_lowercase()) {
            return Err(Error::invalid("causes", format!("'{cause}' is in the list twice. Keep one.")));
        }
        out.push(cause);
    }
    if out.is_empty() {
        return Err(Error::invalid(
            "causes",
            "Keep at least one root cause: every escalation must name one.",
        ));
    }
    if out.len() > CAUSES_MAX {
        return Err(Error::invalid(
            "causes",
            format!("The list has {} root causes; keep it to {CAUSES_MAX} or fewer.", out.len()),
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

pub(crate) fn escalation(conn: &Connection, id: &str) -> Result<Escalation> {
    let sql = format!("SELECT {ESCALATION_COLUMNS} WHERE x.id = ?1");
    conn.query_row(&sql, [id], escalation_row).optional()?.ok_or_else(|| Error::not_found("Escalation", id))
}

pub(crate) fn case_escalations(conn: &Connection, case_id: &str) -> Result<Vec<Escalation>> {
    let sql = format!("SELECT {ESCALATION_COLUMNS} WHERE x.case_id = ?1 ORDER BY x.opened_at DESC");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([case_id], escalation_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn case_satisfaction(conn: &Connection, case_id: &str) -> Result<Option<Satisfaction>> {
    Ok(conn
        .query_row(
            "SELECT s.case_id, s.score, s.comment, s.at, st.name
             FROM satisfaction s LEFT JOIN staff st ON st.id = s.by_staff WHERE s.case_id = ?1",
            [case_id],
            |r| {
                Ok(Satisfaction {
                    case_id: r.get(0)?,
                    score: r.get(1)?,
                    comment: r.get(2)?,
                    at: clock::from_ms(r.get(3)?),
                    by_name: r.get(4)?,
                })
            },
        )
        .optional()?)
}

/// A page of a register (`columns` reads `table` as `alias`): open ones oldest
/// first (the longest waiting on top), closed ones newest first.
fn register_sql(columns: &str, alias: &str, closed: bool) -> String {
    let order = if closed { "closed_at DESC" } else { "opened_at" };
    format!("SELECT {columns} WHERE {alias}.status = ?1 ORDER BY {alias}.{order} LIMIT ?2")
}

/// How many of a register's rows are open and closed (both read from its
/// status index). `table` is one of our own table names, never user input.
fn register_counts(conn: &Connection, table: &str) -> Result<(u32, u32)> {
    let sql = format!(
        "SELECT (SELECT count(*) FROM {table} WHERE status = 'open'), (SELECT count(*) FROM {table} WHERE status = 'closed')"
    );
    Ok(conn.query_row(&sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

impl Writer<'_> {
    fn check_lead_or_owner(&self, ctx: &Ctx, what: &str) -> Result<()> {
        self.check_actor(ctx)?;
        if let Some(id) = &ctx.staff_id {
            let staff = read::staff_member(self.tx(), id)?;
            if staff.role == StaffRole::Staff {
                return Err(Error::NotAllowed {
                    message: format!("{} cannot {what}: ask a shift lead or the owner.", staff.name),
                });
            }
        }
        Ok(())
    }

    fn case_owner_of(&self, case_id: &str) -> Result<String> {
        self.tx()
            .query_row("SELECT customer_id FROM cases WHERE id = ?1", [case_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("Case", case_id))
    }

    /// Replaces the shop's list of root causes (a shift lead or the owner).
    /// Past escalations keep the cause they were given.
    pub fn set_root_causes(&mut self, ctx: &Ctx, causes: &[String]) -> Result<Vec<String>> {
        self.check_lead_or_owner(ctx, "change the list of root causes")?;
        let causes = clean_root_causes(causes)?;
        if root_causes(self.tx())? == causes {
            return Ok(causes);
        }
        put_setting(self.tx(), ROOT_CAUSES, &causes)?;
        self.append_event(ctx, None, None, &EventPayload::RootCausesChanged { causes: causes.clone() })?;
        Ok(causes)
    }

    /// Takes a case to the owner or a shift lead, with its root cause and a note.
    pub fn escalate(&mut self, ctx: &Ctx, input: &NewEscalation) -> Result<Escalation> {
        self.check_actor(ctx)?;
        let customer_id = self.case_owner_of(&input.case_id)?;
        let causes = root_causes(self.tx())?;
        let cause = input.cause.trim();
        if cause.is_empty() {
            return Err(Error::invalid(
                "cause",
                format!("Pick the root cause of this escalation: {}.", causes.join(", ")),
            ));
        }
        let Some(cause) = causes.iter().find(|c| c.to_lowercase() == cause.to_lowercase()).cloned() else {
            return Err(Error::invalid(
                "cause",
                format!(
                    "'{cause}' is not one of the shop's root causes. Pick one of: {}.",
                    causes.join(", ")
                ),
            ));
        };
        let note = validate::required_text(&input.note, "note", "What happened", NOTES_MAX)?;
        let to = read::staff_member(self.tx(), &input.to_staff_id)
            .map_err(|_| Error::invalid("to_staff_id", "The person you picked is not on the staff list."))?;
        if !to.active || to.role == StaffRole::Staff {
            return Err(Error::invalid(
                "to_staff_id",
                format!("{} is not an active shift lead or owner. Escalate to one of them.", to.name),
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
                message: format!(
                    "This case is already escalated to {name}. Close that escalation first, or add a note to the case."
                ),
            });
        }
        let id = ids::new_id();
        self.tx().execute(
            "INSERT INTO escalations (id, customer_id, case_id, to_staff, cause, note, opened_at, opened_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, customer_id, input.case_id, to.id, cause, note, clock::to_ms(ctx.at), ctx.staff_id],
        )?;
        let payload = EventPayload::CaseEscalated { escalation_id: id.clone(), to: to.id, cause, note };
        self.append_event(ctx, Some(&customer_id), Some(&input.case_id), &payload)?;
        escalation(self.tx(), &id)
    }

    /// Closes an escalation with what changed so it does not happen again.
    pub fn close_escalation(&mut self, ctx: &Ctx, input: &EscalationClosing) -> Result<Escalation> {
        self.check_lead_or_owner(ctx, "close an escalation")?;
        let current = escalation(self.tx(), &input.escalation_id)?;
        if current.status == EscalationStatus::Closed {
            return Err(Error::Conflict {
                message: "This escalation was already closed. Nothing was changed.".into(),
            });
        }
        let what_changed = validate::required_text(
            &input.what_changed,
            "what_changed",
            "What changed so it does not happen again",
            NOTES_MAX,
        )?;
        self.tx().execute(
            "UPDATE escalations SET status = 'closed', closed_at = ?2, closed_by = ?3, what_changed = ?4 WHERE id = ?1",
            params![current.id, clock::to_ms(ctx.at), ctx.staff_id, what_changed],
        )?;
        let payload = EventPayload::EscalationClosed {
            escalation_id: current.id.clone(),
            cause: current.cause,
            what_changed,
        };
        self.append_event(ctx, Some(&current.customer_id), Some(&current.case_id), &payload)?;
        escalation(self.tx(), &current.id)
    }

    /// Closes a complaint: what we changed, and whether we told the customer.
    pub fn close_complaint(&mut self, ctx: &Ctx, input: &ComplaintClosing) -> Result<Complaint> {
        self.check_actor(ctx)?;
        let current = super::tell::complaint(self.tx(), &input.complaint_id)?;
        if current.status == ComplaintStatus::Closed {
            return Err(Error::Conflict {
                message: "This complaint was already closed. Nothing was changed.".into(),
            });
        }
        let what_changed =
            validate::required_text(&input.what_changed, "what_changed", "What we changed", NOTES_MAX)?;
        self.tx().execute(
            "UPDATE complaints SET status = 'closed', closed_at = ?2, closed_by = ?3, what_changed = ?4, customer_told = ?5
             WHERE id = ?1",
            params![current.id, clock::to_ms(ctx.at), ctx.staff_id, what_changed, input.customer_told],
        )?;
        let payload = EventPayload::ComplaintClosed {
            complaint_id: current.id.clone(),
            what_changed,
            customer_told: input.customer_told,
        };
        self.append_event(ctx, Some(&current.customer_id), Some(&current.case_id), &payload)?;
        super::tell::complaint(self.tx(), &current.id)
    }

    /// Records the customer's score for a case. A later score for the same case
    /// replaces it in the reports; both stay on the timeline.
    pub fn record_satisfaction(&mut self, ctx: &Ctx, input: &NewSatisfaction) -> Result<Satisfaction> {
        self.check_actor(ctx)?;
        let customer_id = self.case_owner_of(&input.case_id)?;
        if !(1..=5).contains(&input.score) {
            return Err(Error::invalid(
                "score",
                format!("A score is 1 (very unhappy) to 5 (very happy), not {}.", input.score),
            ));
        }
        let score = input.score as u8;
        let comment =
            validate::optional_text(&input.comment, "comment", "The customer's comment", NOTES_MAX)?;
        self.save_satisfaction(
            &input.case_id,
            &customer_id,
            score,
            &comment,
            clock::to_ms(ctx.at),
            ctx.staff_id.as_deref(),
        )?;
        let payload = EventPayload::SatisfactionRecorded { score, comment };
        self.append_event(ctx, Some(&customer_id), Some(&input.case_id), &payload)?;
        case_satisfaction(self.tx(), &input.case_id)?
            .ok_or_else(|| Error::Internal("the score was not recorded".into()))
    }

    pub(super) fn save_satisfaction(
        &mut self,
        case_id: &str,
        customer_id: &str,
        score: u8,
        comment: &str,
        at: i64,
        by: Option<&str>,
    ) -> Result<()> {
        self.tx().execute(
            "INSERT INTO satisfaction (case_id, customer_id, score, comment, at, by_staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (case_id) DO UPDATE SET score = excluded.score, comment = excluded.comment,
               at = excluded.at, by_staff = excluded.by_staff",
            params![case_id, customer_id, score, comment, at, by],
        )?;
        Ok(())
    }

    /// Logs an outreach call. Reaching the customer is contact; a call that did
    /// not reach them is remembered so the next call session skips them.
    pub fn log_outreach_call(&mut self, ctx: &Ctx, input: &NewOutreachCall) -> Result<TimelineEntry> {
        self.check_actor(ctx)?;
        read::customer(self.tx(), &input.customer_id)?;
        let body = validate::optional_text(&input.note, "note", "What was said", NOTES_MAX)?;
        if input.outcome == OutreachOutcome::Reached && body.is_empty() {
            return Err(Error::invalid(
                "note",
                "You reached the customer: write a line about what was said, so whoever is next knows.",
            ));
        }
        self.apply_outreach(&input.customer_id, input.outcome, clock::to_ms(ctx.at))?;
        let payload = EventPayload::OutreachCall { outcome: input.outcome, body };
        let id = self.append_event(ctx, Some(&input.customer_id), None, &payload)?;
        read::entry(self.tx(), &id)
    }

    pub(super) fn apply_outreach(
        &mut self,
        customer_id: &str,
        outcome: OutreachOutcome,
        at: i64,
    ) -> Result<()> {
        self.tx().execute(
            "UPDATE customers SET last_outreach_at = max(coalesce(last_outreach_at, 0), ?2),
                    last_outreach_outcome = ?3 WHERE id = ?1",
            params![customer_id, at, outcome],
        )?;
        if outcome == OutreachOutcome::Reached {
            self.touch_contact(customer_id, at)?;
        }
        Ok(())
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
        return Err(Error::invalid(
            "days",
            format!("Pick between 1 and 3650 days without contact, not {days}."),
        ));
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
    /// The shop's root causes for escalations, in the order the shop keeps them.
    pub fn root_causes(&self) -> Result<Vec<String>> {
        root_causes(&self.conn)
    }

    pub fn escalation(&self, id: &str) -> Result<Escalation> {
        escalation(&self.conn, id)
    }

    /// The escalations register: open ones (oldest first) or closed ones (newest first).
    pub fn escalations(&self, status: EscalationStatus, limit: u32) -> Result<EscalationsPage> {
        let limit = limit.clamp(1, read::PAGE_MAX);
        let sql = register_sql(ESCALATION_COLUMNS, "x", status == EscalationStatus::Closed);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let escalations =
            stmt.query_map(params![status, limit], escalation_row)?.collect::<rusqlite::Result<_>>()?;
        let (open, closed) = register_counts(&self.conn, "escalations")?;
        Ok(EscalationsPage { escalations, open, closed })
    }

    /// The complaints register: open ones (oldest first) or closed ones (newest first).
    pub fn complaints(&self, status: ComplaintStatus, limit: u32) -> Result<ComplaintsPage> {
        let limit = limit.clamp(1, read::PAGE_MAX);
        let sql = register_sql(super::tell::COMPLAINT_COLUMNS, "c", status == ComplaintStatus::Closed);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let complaints = stmt
            .query_map(params![status, limit], super::tell::complaint_row)?
            .collect::<rusqlite::Result<_>>()?;
        let (open, closed) = register_counts(&self.conn, "complaints")?;
        Ok(ComplaintsPage { complaints, open, closed })
    }

    pub fn satisfaction(&self, case_id: &str) -> Result<Option<Satisfaction>> {
        case_satisfaction(&self.conn, case_id)
    }

    /// Customers not contacted for `days` days, the longest first.
    pub fn outreach_list(&self, days: u32, now: Ts) -> Result<OutreachList> {
        let now = clock::to_ms(now);
        let cutoff = now - check_days(days)?;
        let sql = format!(
            "SELECT {CANDIDATE_COLUMNS} WHERE coalesce(c.last_contact_at, c.created_at) < ?1
             ORDER BY coalesce(c.last_contact_at, c.created_at), c.rowid LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let customers = stmt
            .query_map(params![cutoff, OUTREACH_LIST_MAX], |r| candidate_row(r, now).map(|c| c.0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let total = self.conn.query_row(
            "SELECT count(*) FROM customers WHERE coalesce(last_contact_at, created_at) < ?1",
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
            return Err(Error::invalid("count", "Ask for at least one customer to call."));
        }
        let sql = format!(
            "SELECT {CANDIDATE_COLUMNS} WHERE coalesce(c.last_contact_at, c.created_at) < ?1
               AND coalesce(c.last_outreach_at, 0) < ?1
             ORDER BY c.rowid"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let pool =
            stmt.query_map([cutoff], |r| candidate_row(r, now))?.collect::<rusqlite::Result<Vec<_>>>()?;
        if request.count as usize > pool.len() {
            let customers: u32 = self.conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0))?;
            return Err(Error::invalid(
                "count",
                format!(
                    "You asked for {} customers, but only {} of the shop's {customers} have not been contacted or called in {} days. Ask for {} or fewer, or shorten the period.",
                    request.count,
                    pool.len(),
                    request.days,
                    pool.len()
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
