//! What a feature tells the whole shop about itself, declared once in its
//! folder (`pub const FEATURE: Feature`). The shop's router (`shop::FEATURES`)
//! builds from these: which feature reads a kind, what a merge of two
//! customers moves, what is forgotten before a customer's events or the
//! shop's own are applied again, and which shop settings events write. A new
//! feature adds its declaration and one line in that list; nothing else in
//! the shop names its tables.

use rusqlite::params;

use super::{Id, Result, Writer};

/// Moves a customer's rows to another customer (`from`, `to`).
pub type MoveHook = fn(&mut Writer<'_>, &str, &str) -> Result<()>;
/// Forgets what is kept of these customers.
pub type ForgetHook = fn(&mut Writer<'_>, &[Id]) -> Result<()>;
/// Forgets what the shop's own events built.
pub type ShopHook = fn(&mut Writer<'_>) -> Result<()>;

/// One feature's declaration. Every list may be empty and every hook `None`.
pub struct Feature {
    /// The feature's name, as its folder is called.
    pub name: &'static str,
    /// Every kind of event it writes or once wrote.
    pub kinds: &'static [&'static str],
    /// The tables it owns: made by its migrations and written by it alone
    /// (`tests/library/layout.rs` checks both); others ask it.
    pub tables: &'static [&'static str],
    /// Its tables with a `customer_id` column whose rows simply follow their
    /// customer: moved to the one kept when two customers are merged, and
    /// emptied of customers whose events are applied again from the start.
    pub customer_tables: &'static [&'static str],
    /// What a merge moves beyond `customer_tables` (a case's search words, say).
    pub also_move: Option<MoveHook>,
    /// What is forgotten of customers beyond `customer_tables`, before their
    /// events are applied again.
    pub also_forget: Option<ForgetHook>,
    /// Forgets what the shop's own events (those naming no customer) built,
    /// before they are applied again from the first.
    pub forget_shop: Option<ShopHook>,
    /// Shop settings its events write, each with the kinds that write it:
    /// put back to their base before the shop's events are applied again,
    /// where the log holds such an event.
    pub settings: &'static [(&'static [&'static str], &'static str)],
    /// Kinds of customers' events whose author needs a right (closing an
    /// escalation, erasing a file): judged by the staff list at their place
    /// in the order, so their customers' parts are applied again after the
    /// shop's part is.
    pub judged_in_parts: &'static [&'static str],
}

impl Feature {
    /// A feature that declares nothing but its kinds; the others spell out
    /// what they add (`..Feature::kinds("name", KINDS)`).
    pub const fn kinds(name: &'static str, kinds: &'static [&'static str]) -> Feature {
        Feature {
            name,
            kinds,
            tables: &[],
            customer_tables: &[],
            also_move: None,
            also_forget: None,
            forget_shop: None,
            settings: &[],
            judged_in_parts: &[],
        }
    }

    /// Everything of `from` this feature keeps becomes `to`'s (a merge).
    pub fn move_customer(&self, w: &mut Writer<'_>, from: &str, to: &str) -> Result<()> {
        for table in self.customer_tables {
            w.tx().execute(
                &format!("UPDATE {table} SET customer_id = ?2 WHERE customer_id = ?1"),
                params![from, to],
            )?;
        }
        match self.also_move {
            Some(also) => also(w, from, to),
            None => Ok(()),
        }
    }

    /// Forgets what this feature keeps of these customers, so their events
    /// can be applied again from the first.
    pub fn forget_customers(&self, w: &mut Writer<'_>, ids: &[Id]) -> Result<()> {
        for id in ids {
            for table in self.customer_tables {
                w.tx().execute(&format!("DELETE FROM {table} WHERE customer_id = ?1"), [id])?;
            }
        }
        match self.also_forget {
            Some(also) => also(w, ids),
            None => Ok(()),
        }
    }
}
