//! Learn from every case: escalations with a root cause, the customer's score,
//! outreach to customers we have not heard from, and the reports that show
//! fairness, targets met, promises kept, root causes, complaints and scores.
//!
//! Every change is an event; the tables of migration 5 are the current state
//! the registers and the reports read.

mod escalations;
mod events;
pub mod facts;
mod outreach;
pub mod reports;
mod scores;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use escalations::{
    case_escalations, clean_root_causes, escalation, root_causes, DEFAULT_ROOT_CAUSES, ROOT_CAUSES,
};
pub use events::LearnEvent;
pub use scores::case_satisfaction;

use crate::core::{text_enum, Id, Ts};

text_enum!(
    EscalationStatus {
        Open => "open",
        Closed => "closed",
    }
);

/// A case taken to the owner or a shift lead, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Escalation {
    pub id: Id,
    pub case_id: Id,
    pub case_subject: String,
    pub customer_id: Id,
    pub customer_name: String,
    pub to_id: Id,
    pub to_name: String,
    /// The root cause, from the shop's list.
    pub cause: String,
    pub note: String,
    pub status: EscalationStatus,
    pub opened_at: Ts,
    pub opened_by_name: Option<String>,
    pub closed_at: Option<Ts>,
    pub closed_by_name: Option<String>,
    pub what_changed: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewEscalation {
    pub case_id: Id,
    /// The owner or a shift lead.
    pub to_staff_id: Id,
    /// One of the shop's root causes.
    pub cause: String,
    /// What happened, in a few sentences.
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EscalationClosing {
    pub escalation_id: Id,
    /// What changed so it does not happen again.
    pub what_changed: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EscalationsPage {
    pub escalations: Vec<Escalation>,
    pub open: u32,
    pub closed: u32,
}

/// The customer's score for a case, asked at the counter, by phone or later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Satisfaction {
    pub case_id: Id,
    pub score: u8,
    pub comment: String,
    pub at: Ts,
    pub by_name: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewSatisfaction {
    pub case_id: Id,
    /// 1 (very unhappy) to 5 (very happy).
    #[ts(type = "number")]
    pub score: i64,
    #[serde(default)]
    pub comment: String,
}

text_enum!(
    /// How an outreach call went.
    OutreachOutcome {
        Reached => "reached",
        LeftMessage => "left_message",
        NoAnswer => "no_answer",
        WrongNumber => "wrong_number",
    }
);

/// A customer we have not been in touch with for a while.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutreachCandidate {
    pub customer_id: Id,
    pub name: String,
    pub organisation: String,
    pub segment: String,
    pub phones: Vec<String>,
    /// Our last contact with them (or when they were added, if never).
    pub last_contact_at: Ts,
    pub days_since_contact: u32,
    /// The last outreach call that did not reach them, if any.
    pub last_tried_at: Option<Ts>,
    pub last_outcome: Option<OutreachOutcome>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutreachList {
    pub days: u32,
    pub customers: Vec<OutreachCandidate>,
    /// How many customers match in all (the list may be cut short).
    pub total: u32,
}

/// "Pick N customers at random": the same seed gives the same customers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutreachSampleRequest {
    /// Not contacted for at least this many days (and not tried in that time).
    pub days: u32,
    pub count: u32,
    pub seed: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewOutreachCall {
    pub customer_id: Id,
    pub outcome: OutreachOutcome,
    /// What was said, or why not.
    #[serde(default)]
    pub note: String,
}

/// What the shop knows of this feature (see `core::feature`): escalations and
/// scores follow their customer; the root causes go back to their base
/// before the shop's events are applied again; closing an escalation needs a
/// right, judged at its place.
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["escalations", "satisfaction"],
    customer_tables: &["escalations", "satisfaction"],
    forget_shop: Some(|w| w.reset_root_causes_for_replay()),
    judged_in_parts: &["escalation_closed"],
    ..crate::core::Feature::kinds("learn", LearnEvent::KINDS)
};
