//! Merging two records of one customer, undoing it, and saying two customers
//! are different people: the events, and how each changes current state.

use rusqlite::params;

use crate::core::{event_kinds, Event, EventMeta, Id, Result, Writer};
use crate::customers::{absorb, current_id, elder};

event_kinds!(
    /// What staff decide about two records that may be one customer.
    ///
    /// Each links its two customers into one part of the state, applied
    /// together in the one order. How concurrent work settles:
    /// - `customers_merged`: two desks merging the same pair (in either
    ///   direction) end with one customer, the elder; a merge naming a
    ///   customer this history never created is set aside. Contacts of both
    ///   are all kept, however many.
    /// - `merge_undone`: takes back the merge it names (and any merge of the
    ///   same two records before it) if that merge is of these customers;
    ///   otherwise it changes nothing.
    /// - `not_duplicates`: recorded once, whichever desk said it first.
    pub enum DuplicateEvent {
        /// Two records are one customer. The one added first keeps its record
        /// (whichever way round the merge was asked for); everything of the
        /// other's follows it.
        "customers_merged" => CustomersMerged { other: Id, other_name: String },
        /// A merge taken back: both customers stand as if it had never been
        /// made (and so does a second merge of the same two records made at
        /// another desk before it).
        "merge_undone" => MergeUndone { merge_id: Id, other: Id },
        /// Two records that look alike are different people.
        "not_duplicates" => NotDuplicates { other: Id },
    }
);

impl DuplicateEvent {
    /// The second customer the event names (the first is the event's customer).
    pub fn other(&self) -> &str {
        match self {
            DuplicateEvent::CustomersMerged { other, .. }
            | DuplicateEvent::MergeUndone { other, .. }
            | DuplicateEvent::NotDuplicates { other } => other,
        }
    }
}

impl Event for DuplicateEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    fn links(&self) -> Option<&str> {
        Some(self.other())
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        let customer = meta.customer(self.kind())?.to_owned();
        match self {
            DuplicateEvent::CustomersMerged { other, .. } => apply_merged(w, meta, &customer, other),
            // Taking a merge back means applying both customers' events again
            // without it: the whole history's apply does that after this (see
            // `shop::rederive`), since only it can apply every kind of event.
            DuplicateEvent::MergeUndone { merge_id, .. } => {
                w.tx().execute("DELETE FROM customer_merges WHERE event_id = ?1", [merge_id])?;
                w.note_everything_changed();
                Ok(())
            }
            DuplicateEvent::NotDuplicates { other } => {
                let (first, second) = if customer.as_str() <= other.as_str() {
                    (customer.as_str(), other.as_str())
                } else {
                    (other.as_str(), customer.as_str())
                };
                w.tx().execute(
                    "INSERT INTO duplicate_dismissals (first, second, at, by_staff) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (first, second) DO NOTHING",
                    params![first, second, meta.at, meta.staff_id],
                )?;
                w.note_customer(&customer);
                w.note_customer(other);
                Ok(())
            }
        }
    }
}

/// The older record takes in the younger: its profile fills in, and every case,
/// promise, key fact, complaint, escalation and score moves over. Events still
/// naming the younger record (written at a desk that had not heard of the merge)
/// are applied to the older from then on.
fn apply_merged(w: &mut Writer<'_>, meta: &EventMeta, customer: &str, other: &str) -> Result<()> {
    let a = current_id(w.tx(), customer)?;
    let b = current_id(w.tx(), other)?;
    if a == b {
        // Already one customer (merged at two desks at once, say).
        return Ok(());
    }
    let (survivor, merged) = elder(w.tx(), &a, &b)?;
    absorb(w, &survivor, &merged, meta.at)?;
    let tx = w.tx();
    tx.execute("UPDATE customer_aliases SET survivor = ?2 WHERE survivor = ?1", params![merged, survivor])?;
    tx.execute("INSERT INTO customer_aliases (alias, survivor) VALUES (?1, ?2)", params![merged, survivor])?;
    tx.execute("UPDATE customer_merges SET survivor = ?2 WHERE survivor = ?1", params![merged, survivor])?;
    let name: String = tx.query_row("SELECT name FROM customers WHERE id = ?1", [&merged], |r| r.get(0))?;
    tx.execute(
        "INSERT INTO customer_merges (event_id, survivor, other, other_name, at, by_staff)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![meta.id, survivor, merged, name, meta.at, meta.staff_id],
    )?;
    w.note_everything_changed();
    Ok(())
}

/// Forgets what merges and "different people" answers left on these customers,
/// so their events can be applied again from the start.
pub fn forget_customers(w: &mut Writer<'_>, ids: &[Id]) -> Result<()> {
    for id in ids {
        let tx = w.tx();
        tx.execute("DELETE FROM customer_aliases WHERE alias = ?1 OR survivor = ?1", [id])?;
        tx.execute("DELETE FROM customer_merges WHERE survivor = ?1 OR other = ?1", [id])?;
        tx.execute("DELETE FROM duplicate_dismissals WHERE first = ?1 OR second = ?1", [id])?;
    }
    Ok(())
}
