//! Cases and the queue: logging a walk-in, a call or a message as a case, what
//! the customer said and what we answered, status, priority and owner, the
//! due-time queue, and every customer's timeline across all their cases.

mod actions;
pub mod clock;
mod drafts;
mod events;
mod merge;
mod queries;
mod staff;
mod state;
mod timeline;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use drafts::{forget_drafts, saved as draft_saved, Draft};
pub use events::{set_owner, CaseEvent};
pub use merge::{forget_customers, move_customer};
pub use queries::{case_summary, customer_cases, parse_cursor, queue};
pub use state::CaseState;
pub use timeline::{entry, CaseNews, LogMark, TimelineEntry, TimelinePage};

pub use crate::hours::Priority;

use crate::core::{text_enum, Id, Ts};
pub use crate::customers::Channel;

use crate::customers::{Expectations, NewCustomer};
use crate::hours::DueInfo;

text_enum!(
    /// Where a case stands. `Waiting` means waiting on the customer.
    CaseStatus {
        Open => "open",
        Waiting => "waiting",
        Resolved => "resolved",
        Closed => "closed",
    }
);

impl CaseStatus {
    /// Open and waiting cases are still ours to look after.
    pub fn is_active(self) -> bool {
        matches!(self, CaseStatus::Open | CaseStatus::Waiting)
    }
}

text_enum!(
    CallDirection {
        Inbound => "inbound",
        Outbound => "outbound",
    }
);

text_enum!(
    /// What a staff member can add to a case from the composer.
    EntryKind {
        CustomerMessage => "customer_message",
        Reply => "reply",
        Note => "note",
        Call => "call",
        Visit => "visit",
    }
);

/// One row of the queue, and the header of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseSummary {
    pub id: Id,
    pub customer_id: Id,
    pub customer_name: String,
    pub subject: String,
    pub channel: Channel,
    pub status: CaseStatus,
    pub priority: Priority,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub opened_at: Ts,
    pub updated_at: Ts,
    /// Since when the customer has been waiting for us; `None` when we have
    /// answered their latest message.
    pub waiting_since: Option<Ts>,
    /// The target this case must meet next; `None` when nothing is running
    /// (waiting on the customer, resolved or closed).
    pub due: Option<DueInfo>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QueuePage {
    pub cases: Vec<CaseSummary>,
    /// Pass back to get the next page; `None` on the last page.
    pub next_cursor: Option<String>,
    pub total: u32,
}

/// Who is choosing the customer in the new-interaction flow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CustomerChoice {
    Existing {
        id: Id,
    },
    New {
        customer: NewCustomer,
        /// Set only after the person has seen the matching customers and still
        /// wants a separate record.
        allow_duplicate: bool,
    },
}

/// A walk-in, a call, a message: the start of a new case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewInteraction {
    pub customer: CustomerChoice,
    pub subject: String,
    pub channel: Channel,
    pub priority: Priority,
    pub owner_id: Option<Id>,
    /// What the customer told us, in their words. Optional: a case can start from
    /// a note or an outgoing call.
    pub message: Option<String>,
    /// For a new customer: their answers to the three questions (what keeps
    /// their business, what we must never do, how to recover).
    #[ts(optional)]
    #[serde(default)]
    pub expectations: Option<Expectations>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewEntry {
    pub case_id: Id,
    pub kind: EntryKind,
    pub body: String,
    /// For calls only; defaults to inbound.
    #[ts(optional)]
    pub direction: Option<CallDirection>,
}

/// A counter-side change of a case: any field left out stays as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseUpdate {
    pub case_id: Id,
    #[ts(optional)]
    pub status: Option<CaseStatus>,
    #[ts(optional)]
    pub priority: Option<Priority>,
    /// `Some(None)` unassigns; leave out to keep the owner.
    #[ts(optional, type = "string | null")]
    #[serde(default, with = "double_option", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<Option<Id>>,
}

/// Distinguishes "field absent" (keep) from "field null" (clear) in JSON.
mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, T: Serialize>(
        value: &Option<Option<T>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

/// What the shop knows of this feature (see `core::feature`): a case's
/// search words and this desk's drafts move and go with the cases.
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["cases", "case_text", "case_terms", "drafts"],
    also_move: Some(move_customer),
    also_forget: Some(forget_customers),
    ..crate::core::Feature::kinds("cases", CaseEvent::KINDS)
};
