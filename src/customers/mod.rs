//! Customers: who they are, how to reach them, and finding them again by name,
//! organisation, phone number (whatever its formatting) or email.
//!
//! Adding or editing a customer is an event (`customer_created`,
//! `customer_updated` with each field's old and new value), and so is a change
//! to what they expect of us (`expectations_changed`). The current state is
//! `customers`, their `customer_contacts`, their `expectations` and the
//! `customer_names` type-ahead index, all written by this feature's apply
//! functions.

mod actions;
pub mod contacts;
mod events;
mod expectations;
mod merge;
mod queries;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use contacts::Contact;
pub use events::CustomerEvent;
pub use expectations::{expectations, save_expectations};
pub use merge::{absorb, current_id, elder, forget as forget_customers, ids_of};
pub use queries::{customer, duplicates, lookup, lookup_contacts, which_field};

use crate::core::{text_enum, Id, Ts};

text_enum!(
    /// How the customer reached us, or prefers to be reached.
    Channel {
        WalkIn => "walk_in",
        Phone => "phone",
        Email => "email",
        Chat => "chat",
        Other => "other",
    }
);

/// What a customer expects of us, in their words. Every field may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Expectations {
    pub preferred_channel: Option<Channel>,
    /// When to reach them, e.g. "after 17:00 on weekdays".
    pub contact_hours: String,
    /// The turnaround they expect, e.g. "same day".
    pub turnaround: String,
    /// What we must do to keep their business.
    pub always_do: String,
    /// What we must never do.
    pub never_do: String,
    /// If we get it wrong once, what they expect from us.
    pub recovery: String,
    pub notes: String,
}

impl Expectations {
    pub fn is_empty(&self) -> bool {
        *self == Expectations::default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Customer {
    pub id: Id,
    pub name: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub organisation: String,
    pub segment: String,
    pub notes: String,
    /// The language they are written to in ("en", "nl", …); empty: the shop's.
    /// It picks the version of a saved reply they get.
    pub language: String,
    pub created_at: Ts,
    pub updated_at: Ts,
    pub last_contact_at: Option<Ts>,
    pub open_cases: u32,
    pub total_cases: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewCustomer {
    pub name: String,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub segment: String,
    #[serde(default)]
    pub notes: String,
}

/// A change to a customer's profile. Fields left out stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerPatch {
    #[ts(optional)]
    pub name: Option<String>,
    #[ts(optional)]
    pub phones: Option<Vec<String>>,
    #[ts(optional)]
    pub emails: Option<Vec<String>>,
    #[ts(optional)]
    pub organisation: Option<String>,
    #[ts(optional)]
    pub segment: Option<String>,
    #[ts(optional)]
    pub notes: Option<String>,
    /// "en", "nl", "de", "fr" or "es"; empty for the shop's language.
    #[ts(optional)]
    pub language: Option<String>,
}

text_enum!(
    /// Which part of a customer's record a look-up matched.
    MatchField {
        Name => "name",
        Phone => "phone",
        Email => "email",
        Organisation => "organisation",
    }
);

/// A customer offered by the type-ahead look-up or the duplicate check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerMatch {
    pub id: Id,
    pub name: String,
    pub organisation: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub open_cases: u32,
    pub last_contact_at: Option<Ts>,
    pub matched_on: MatchField,
}

/// What the shop knows of this feature (see `core::feature`).
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["customers", "customer_contacts", "customer_names", "customer_terms", "expectations"],
    also_forget: Some(forget_customers),
    ..crate::core::Feature::kinds("customers", CustomerEvent::KINDS)
};
