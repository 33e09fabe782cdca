//! A customer's expectation profile: preferred channel and hours, the
//! turnaround they expect, what to always and never do, and how to put a
//! mistake right. Shown on every case of theirs and in every brief.

use rusqlite::{params, Connection, OptionalExtension};

use super::{customer, CustomerEvent, Expectations};
use crate::core::validate::{self, NOTES_MAX};
use crate::core::{Ctx, FieldChange, Result, Store, Writer};
use crate::msg;

pub fn expectations(conn: &Connection, customer_id: &str) -> Result<Expectations> {
    Ok(conn
        .prepare_cached(
            "SELECT preferred_channel, contact_hours, turnaround, always_do, never_do, recovery, notes
             FROM expectations WHERE customer_id = ?1",
        )?
        .query_row([customer_id], |r| {
            Ok(Expectations {
                preferred_channel: r.get(0)?,
                contact_hours: r.get(1)?,
                turnaround: r.get(2)?,
                always_do: r.get(3)?,
                never_do: r.get(4)?,
                recovery: r.get(5)?,
                notes: r.get(6)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// Writes a customer's expectation profile.
pub fn save_expectations(conn: &Connection, customer_id: &str, e: &Expectations, at: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO expectations (customer_id, preferred_channel, contact_hours, turnaround, always_do, never_do, recovery, notes, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (customer_id) DO UPDATE SET preferred_channel = excluded.preferred_channel,
           contact_hours = excluded.contact_hours, turnaround = excluded.turnaround, always_do = excluded.always_do,
           never_do = excluded.never_do, recovery = excluded.recovery, notes = excluded.notes, updated_at = excluded.updated_at",
        params![
            customer_id,
            e.preferred_channel,
            e.contact_hours,
            e.turnaround,
            e.always_do,
            e.never_do,
            e.recovery,
            e.notes,
            at
        ],
    )?;
    Ok(())
}

/// Each changed field of the profile takes its new value.
pub(super) fn apply_expectations_changed(
    w: &mut Writer<'_>,
    customer_id: &str,
    changes: &[FieldChange],
    at: i64,
) -> Result<()> {
    let mut e = expectations(w.tx(), customer_id)?;
    for change in changes {
        let to = change.to.clone();
        match change.field.as_str() {
            // A channel this build does not know leaves the one held.
            "preferred channel" => {
                if to.is_empty() {
                    e.preferred_channel = None;
                } else if let Ok(channel) = to.parse() {
                    e.preferred_channel = Some(channel);
                }
            }
            "contact hours" => e.contact_hours = to,
            "turnaround" => e.turnaround = to,
            "always do" => e.always_do = to,
            "never do" => e.never_do = to,
            "if we get it wrong" => e.recovery = to,
            "notes" => e.notes = to,
            // A field this build does not know is left as it is.
            _ => {}
        }
    }
    save_expectations(w.tx(), customer_id, &e, at)
}

impl Store {
    pub fn expectations(&self, customer_id: &str) -> Result<Expectations> {
        customer(&self.conn, customer_id)?;
        expectations(&self.conn, customer_id)
    }
}

impl Writer<'_> {
    /// Replaces a customer's expectation profile; each changed field is recorded.
    pub fn set_expectations(
        &mut self,
        ctx: &Ctx,
        customer_id: &str,
        input: &Expectations,
    ) -> Result<Expectations> {
        self.check_actor(ctx)?;
        customer(self.tx(), customer_id)?;
        let clean = |text: &str, field: &'static str, label: crate::core::Msg| {
            validate::optional_text(text, field, label, NOTES_MAX)
        };
        let after = Expectations {
            preferred_channel: input.preferred_channel,
            contact_hours: clean(&input.contact_hours, "contact_hours", msg!("label-contact-hours"))?,
            turnaround: clean(&input.turnaround, "turnaround", msg!("label-expected-turnaround"))?,
            always_do: clean(&input.always_do, "always_do", msg!("label-always-do"))?,
            never_do: clean(&input.never_do, "never_do", msg!("label-never-do"))?,
            recovery: clean(&input.recovery, "recovery", msg!("label-how-to-recover"))?,
            notes: clean(&input.notes, "notes", msg!("label-notes"))?,
        };
        let before = expectations(self.tx(), customer_id)?;
        let channel = |c: Option<super::Channel>| c.map(|c| c.to_string()).unwrap_or_default();
        let mut changes = Vec::new();
        for (field, from, to) in [
            ("preferred channel", channel(before.preferred_channel), channel(after.preferred_channel)),
            ("contact hours", before.contact_hours.clone(), after.contact_hours.clone()),
            ("turnaround", before.turnaround.clone(), after.turnaround.clone()),
            ("always do", before.always_do.clone(), after.always_do.clone()),
            ("never do", before.never_do.clone(), after.never_do.clone()),
            ("if we get it wrong", before.recovery.clone(), after.recovery.clone()),
            ("notes", before.notes.clone(), after.notes.clone()),
        ] {
            if from != to {
                changes.push(FieldChange { field: field.into(), from, to });
            }
        }
        if changes.is_empty() {
            return Ok(before);
        }
        self.append(ctx, Some(customer_id), None, &CustomerEvent::ExpectationsChanged { changes })?;
        Ok(after)
    }
}
