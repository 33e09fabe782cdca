//! Learning from cases: its events, and how each changes the current state.

use crate::msg;
use rusqlite::params;

use super::{OutreachOutcome, ROOT_CAUSES};
use crate::core::{event_kinds, settings, Error, Event, EventMeta, Id, Result, Right, Writer};

event_kinds!(
    /// Escalations, scores, outreach calls and the shop's root causes.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `case_escalated`: an escalation id made twice is set aside the second time.
    /// - `escalation_closed`: one this customer never had is set aside; one
    ///   already closed stays as the first close in the one order left it.
    /// - `satisfaction_recorded`: the latest score in the one order counts; a
    ///   score outside 1 to 5 (no desk lets a person give one) is set aside.
    /// - `root_causes_changed` (whole lists, from before edits recorded the
    ///   change; still written once when a desk first shares its history): the
    ///   last list in the one order stands, with blanks and repeats left out;
    ///   an empty list changes nothing.
    /// - `root_causes_edited`: the list is a set. Each edit removes the causes
    ///   it removed (matched without regard to case) and adds, at the end, the
    ///   causes it added that the list lacks, so two desks' additions both
    ///   stay. An edit that would leave the list empty changes nothing.
    pub enum LearnEvent {
        /// A case escalated to the owner or a shift lead, with its root cause.
        "case_escalated" => CaseEscalated { escalation_id: Id, to: Id, cause: String, note: String },
        /// An escalation dealt with: what changed so it does not happen again.
        "escalation_closed" => EscalationClosed { escalation_id: Id, cause: String, what_changed: String },
        /// The customer's score (1 to 5) for a case, and what they said.
        "satisfaction_recorded" => SatisfactionRecorded { score: u8, comment: String },
        /// A call made to reach out to a customer we had not heard from.
        "outreach_call" => OutreachCall { outcome: OutreachOutcome, body: String },
        /// The shop's list of root causes for escalations.
        "root_causes_changed" => RootCausesChanged { causes: Vec<String> },
        /// Root causes added to and removed from the shop's list.
        "root_causes_edited" => RootCausesEdited { added: Vec<String>, removed: Vec<String> },
    }
);

impl Event for LearnEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    /// The root causes and closing an escalation are shop policy.
    fn right(&self, _meta: &EventMeta) -> Option<Right> {
        match self {
            LearnEvent::RootCausesChanged { .. }
            | LearnEvent::RootCausesEdited { .. }
            | LearnEvent::EscalationClosed { .. } => Some(Right::Policy),
            _ => None,
        }
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        match self {
            LearnEvent::CaseEscalated { escalation_id, to, cause, note } => {
                apply_case_escalated(w, meta, escalation_id, to, cause, note)
            }
            LearnEvent::EscalationClosed { escalation_id, what_changed, .. } => {
                apply_escalation_closed(w, meta, escalation_id, what_changed)
            }
            LearnEvent::SatisfactionRecorded { score, comment } => {
                apply_satisfaction_recorded(w, meta, *score, comment)
            }
            LearnEvent::OutreachCall { outcome, .. } => apply_outreach_call(w, meta, *outcome),
            LearnEvent::RootCausesChanged { causes } => apply_root_causes_changed(w, causes),
            LearnEvent::RootCausesEdited { added, removed } => apply_root_causes_edited(w, added, removed),
        }
    }

    fn creates<'a>(&'a self, _meta: &'a EventMeta) -> Vec<&'a str> {
        match self {
            LearnEvent::CaseEscalated { escalation_id, .. } => vec![escalation_id],
            _ => Vec::new(),
        }
    }

    fn search_text(&self) -> Option<String> {
        match self {
            LearnEvent::EscalationClosed { what_changed, .. } => Some(what_changed.clone()),
            LearnEvent::CaseEscalated { cause, note, .. } => Some(format!("{cause} {note}")),
            LearnEvent::SatisfactionRecorded { comment: body, .. }
            | LearnEvent::OutreachCall { body, .. } => (!body.is_empty()).then(|| body.clone()),
            LearnEvent::RootCausesChanged { .. } | LearnEvent::RootCausesEdited { .. } => None,
        }
    }
}

fn apply_case_escalated(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    escalation_id: &str,
    to: &str,
    cause: &str,
    note: &str,
) -> Result<()> {
    w.tx().execute(
        "INSERT INTO escalations (id, customer_id, case_id, to_staff, cause, note, opened_at, opened_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            escalation_id,
            meta.customer("case_escalated")?,
            meta.case("case_escalated")?,
            to,
            cause,
            note,
            meta.at,
            meta.staff_id
        ],
    )?;
    Ok(())
}

fn apply_escalation_closed(
    w: &mut Writer<'_>,
    meta: &EventMeta,
    escalation_id: &str,
    what_changed: &str,
) -> Result<()> {
    w.require_in_part("escalations", "id", escalation_id, meta)?;
    w.tx().execute(
        "UPDATE escalations SET status = 'closed', closed_at = ?2, closed_by = ?3, what_changed = ?4
         WHERE id = ?1 AND status = 'open'",
        params![escalation_id, meta.at, meta.staff_id, what_changed],
    )?;
    Ok(())
}

/// The latest score of a case counts in the reports; every score stays on the
/// timeline.
fn apply_satisfaction_recorded(w: &mut Writer<'_>, meta: &EventMeta, score: u8, comment: &str) -> Result<()> {
    if !(1..=5).contains(&score) {
        return Err(Error::damaged(msg!("error-learn-score-outside-1-5", score)));
    }
    w.tx().execute(
        "INSERT INTO satisfaction (case_id, customer_id, score, comment, at, by_staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (case_id) DO UPDATE SET score = excluded.score, comment = excluded.comment,
           at = excluded.at, by_staff = excluded.by_staff",
        params![
            meta.case("satisfaction_recorded")?,
            meta.customer("satisfaction_recorded")?,
            score,
            comment,
            meta.at,
            meta.staff_id
        ],
    )?;
    Ok(())
}

/// Reaching the customer is contact; a call that did not reach them is
/// remembered so the next call session skips them for a while.
fn apply_outreach_call(w: &mut Writer<'_>, meta: &EventMeta, outcome: OutreachOutcome) -> Result<()> {
    let customer_id = meta.customer("outreach_call")?;
    w.note_outreach(customer_id, outcome.as_str(), meta.at)?;
    if outcome == OutreachOutcome::Reached {
        w.touch_contact(customer_id, meta.at)?;
    }
    Ok(())
}

/// Removes, then adds, each by its name in any case; never empties the list.
fn apply_root_causes_edited(w: &mut Writer<'_>, added: &[String], removed: &[String]) -> Result<()> {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let before = super::root_causes(w.tx())?;
    let mut kept: Vec<String> =
        before.iter().filter(|c| !removed.iter().any(|r| same(r, c))).cloned().collect();
    for cause in added.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        if !kept.iter().any(|k| same(k, cause)) {
            kept.push(cause.to_owned());
        }
    }
    if !kept.is_empty() && kept != before {
        settings::put(w.tx(), ROOT_CAUSES, &kept)?;
        w.note_settings_changed();
    }
    Ok(())
}

fn apply_root_causes_changed(w: &mut Writer<'_>, causes: &[String]) -> Result<()> {
    let mut kept: Vec<String> = Vec::new();
    for cause in causes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        if !kept.iter().any(|k| k.to_lowercase() == cause.to_lowercase()) {
            kept.push(cause.to_owned());
        }
    }
    if kept.is_empty() {
        return Ok(());
    }
    settings::put(w.tx(), ROOT_CAUSES, &kept)?;
    w.note_settings_changed();
    Ok(())
}
