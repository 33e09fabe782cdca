//! Key facts: any entry pinned about a customer ("frame serial WTU123",
//! "prefers text messages"), shown on every case of theirs.

use crate::msg;
use rusqlite::{Connection, OptionalExtension};

use super::{KeyFact, TellEvent};
use crate::cases::CaseEvent;
use crate::core::{clock, Ctx, Error, Result, Writer};

pub(super) fn key_facts(conn: &Connection, customer_id: &str) -> Result<Vec<KeyFact>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.event_id, p.text, k.subject, s.name, p.pinned_at
         FROM pins p
         JOIN events e ON e.id = p.event_id
         LEFT JOIN cases k ON k.id = e.case_id
         LEFT JOIN staff s ON s.id = p.pinned_by
         WHERE p.customer_id = ?1
         ORDER BY p.pinned_at, p.event_id",
    )?;
    let rows = stmt.query_map([customer_id], |r| {
        Ok(KeyFact {
            event_id: r.get(0)?,
            text: r.get(1)?,
            case_subject: r.get(2)?,
            pinned_by_name: r.get(3)?,
            pinned_at: clock::from_ms(r.get(4)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The text a pinned entry stands for: its words, or its kind.
fn fact_text(kind: &str, payload: &str) -> String {
    if let Ok(event) = serde_json::from_str::<CaseEvent>(payload) {
        match &event {
            CaseEvent::CaseOpened { subject, .. } => return subject.clone(),
            other => {
                if let Some(body) = other.body() {
                    return body.to_owned();
                }
            }
        }
    }
    if let Ok(event) = serde_json::from_str::<TellEvent>(payload) {
        match event {
            TellEvent::PromiseMade { text, .. } => return format!("Promised: {text}"),
            TellEvent::ComplaintFlagged { summary, .. } => return format!("Complaint: {summary}"),
            _ => {}
        }
    }
    kind.replace('_', " ")
}

impl Writer<'_> {
    /// The customer, case and text of an entry that may be pinned.
    fn pinnable(&self, event_id: &str) -> Result<(Option<String>, Option<String>, String)> {
        let (customer, case, kind, payload): (Option<String>, Option<String>, String, String) = self
            .tx()
            .query_row(
                "SELECT customer_id, case_id, kind, payload FROM events WHERE id = ?1",
                [event_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("Event", event_id))?;
        Ok((customer, case, fact_text(&kind, &payload)))
    }

    /// Pins an event as a key fact about its customer. Pinning twice is harmless.
    pub fn pin_fact(&mut self, ctx: &Ctx, event_id: &str) -> Result<()> {
        self.check_actor(ctx)?;
        let (customer, case, text) = self.pinnable(event_id)?;
        let customer = customer
            .ok_or_else(|| Error::invalid("event_id", msg!("error-tell-only-entry-about-customer-can")))?;
        let pinned: bool = self.tx().query_row(
            "SELECT EXISTS (SELECT 1 FROM pins WHERE event_id = ?1)",
            [event_id],
            |r| r.get(0),
        )?;
        if pinned {
            return Ok(());
        }
        let event = TellEvent::FactPinned { event_id: event_id.into(), text };
        self.append(ctx, Some(&customer), case.as_deref(), &event)?;
        Ok(())
    }

    pub fn unpin_fact(&mut self, ctx: &Ctx, event_id: &str) -> Result<()> {
        self.check_actor(ctx)?;
        let (customer, case, text) = self.pinnable(event_id)?;
        let pinned: bool = self.tx().query_row(
            "SELECT EXISTS (SELECT 1 FROM pins WHERE event_id = ?1)",
            [event_id],
            |r| r.get(0),
        )?;
        if !pinned {
            return Ok(());
        }
        let event = TellEvent::FactUnpinned { event_id: event_id.into(), text };
        self.append(ctx, customer.as_deref(), case.as_deref(), &event)?;
        Ok(())
    }
}
