//! One person, two records: what this feature does when two customers are
//! merged (the survivor takes the other's contacts and fills its empty fields),
//! and forgetting customers' rows so their events can be applied again.
//!
//! The merge itself (which one survives, the events, undoing it) is the
//! duplicates feature's; this is the customers' part of it.

use rusqlite::{params, Connection, OptionalExtension};

use super::contacts::{self, Kind};
use super::events::reindex;
use super::{expectations, save_expectations};
use crate::core::validate::NOTES_MAX;
use crate::core::{Id, Result, Writer};

/// The customer an id stands for now: itself, or the customer it was merged into.
pub fn current_id(conn: &Connection, id: &str) -> Result<Id> {
    Ok(conn
        .prepare_cached("SELECT survivor FROM customer_aliases WHERE alias = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .unwrap_or_else(|| id.to_owned()))
}

/// Every id that now stands for this customer: its own, then each merged into it.
pub fn ids_of(conn: &Connection, id: &str) -> Result<Vec<Id>> {
    let mut out = vec![id.to_owned()];
    let mut stmt =
        conn.prepare_cached("SELECT alias FROM customer_aliases WHERE survivor = ?1 ORDER BY alias")?;
    for alias in stmt.query_map([id], |r| r.get::<_, String>(0))? {
        out.push(alias?);
    }
    Ok(out)
}

/// Of two customers, the one that keeps its record when they are merged: the
/// one added first (then the smaller id). Every desk picks the same one, in
/// whichever direction the merge was asked for.
pub fn elder(conn: &Connection, a: &str, b: &str) -> Result<(Id, Id)> {
    let created = |id: &str| -> Result<i64> {
        Ok(conn
            .prepare_cached("SELECT created_at FROM customers WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .unwrap_or(i64::MAX))
    };
    let (ca, cb) = (created(a)?, created(b)?);
    Ok(if (ca, a) <= (cb, b) { (a.to_owned(), b.to_owned()) } else { (b.to_owned(), a.to_owned()) })
}

/// Folds `other` into `survivor`: the survivor keeps its name and fields and
/// takes the other's phone numbers and emails it lacks, its organisation,
/// segment and expectations where its own are empty, both sets of notes, and
/// the later of their last contacts. The other's row stays, hidden, pointing
/// at the survivor.
pub fn absorb(w: &mut Writer<'_>, survivor: &str, other: &str, at: i64) -> Result<()> {
    let s = super::customer(w.tx(), survivor)?;
    let o = super::customer(w.tx(), other)?;
    let pick =
        |mine: &str, theirs: &str| if mine.trim().is_empty() { theirs.to_owned() } else { mine.to_owned() };
    let notes = match (s.notes.trim(), o.notes.trim()) {
        (a, b) if b.is_empty() || a == b => s.notes.clone(),
        ("", _) => o.notes.clone(),
        _ => {
            let joined = format!("{}\n{}", s.notes, o.notes);
            joined.chars().take(NOTES_MAX).collect()
        }
    };
    // Every number and address of both is kept, however many that makes.
    let (survivor_id, other_id) = (survivor.to_owned(), other.to_owned());
    for kind in [Kind::Phone, Kind::Email] {
        let theirs = contacts::held(w.tx(), &other_id, kind)?;
        contacts::add(w.tx(), &survivor_id, kind, &theirs)?;
    }
    w.tx().execute("DELETE FROM customer_contacts WHERE customer_id = ?1", [other])?;
    w.tx().execute(
        "UPDATE customers SET organisation = ?2, segment = ?3, notes = ?4, updated_at = max(updated_at, ?5),
                last_contact_at = (SELECT max(coalesce(c.last_contact_at, 0)) FROM customers c WHERE c.id IN (?1, ?6)),
                last_outreach_at = (SELECT max(c.last_outreach_at) FROM customers c WHERE c.id IN (?1, ?6))
         WHERE id = ?1",
        params![survivor, pick(&s.organisation, &o.organisation), pick(&s.segment, &o.segment), notes, at, other],
    )?;
    w.tx().execute(
        "UPDATE customers SET last_contact_at = NULL WHERE id = ?1 AND last_contact_at = 0",
        [survivor],
    )?;
    let mine = expectations(w.tx(), survivor)?;
    let theirs = expectations(w.tx(), other)?;
    if !theirs.is_empty() {
        let e = super::Expectations {
            preferred_channel: mine.preferred_channel.or(theirs.preferred_channel),
            contact_hours: pick(&mine.contact_hours, &theirs.contact_hours),
            turnaround: pick(&mine.turnaround, &theirs.turnaround),
            always_do: pick(&mine.always_do, &theirs.always_do),
            never_do: pick(&mine.never_do, &theirs.never_do),
            recovery: pick(&mine.recovery, &theirs.recovery),
            notes: pick(&mine.notes, &theirs.notes),
        };
        save_expectations(w.tx(), survivor, &e, at)?;
        w.tx().execute("DELETE FROM expectations WHERE customer_id = ?1", [other])?;
    }
    // The other's record stays (its events name it) but is no longer found.
    let rowid: i64 = w.tx().query_row("SELECT rowid FROM customers WHERE id = ?1", [other], |r| r.get(0))?;
    w.remove_text(super::events::INDEX, rowid, Vec::new())?;
    w.tx().execute(
        "UPDATE customers SET merged_into = ?1 WHERE id = ?2 OR merged_into = ?2",
        params![survivor, other],
    )?;
    reindex(w, survivor)?;
    w.note_customer(survivor);
    w.note_customer(other);
    Ok(())
}

/// Forgets these customers' rows (their record, contacts, expectations and
/// look-up entries), so their events can be applied again from the start.
pub fn forget(w: &mut Writer<'_>, ids: &[Id]) -> Result<()> {
    for id in ids {
        let rowid: Option<(i64, Option<String>)> = w
            .tx()
            .query_row("SELECT rowid, merged_into FROM customers WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        if let Some((rowid, merged_into)) = rowid {
            if merged_into.is_none() {
                w.remove_text(super::events::INDEX, rowid, Vec::new())?;
            }
        }
        w.tx().execute("DELETE FROM customer_contacts WHERE customer_id = ?1", [id])?;
        w.tx().execute("DELETE FROM expectations WHERE customer_id = ?1", [id])?;
        w.tx().execute("DELETE FROM customers WHERE id = ?1", [id])?;
        w.note_customer(id);
    }
    Ok(())
}
