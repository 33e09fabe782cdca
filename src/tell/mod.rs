//! Tell it once: the promise ledger, pinned key facts, complaints, and handoffs
//! with a brief drafted from the history, so whoever picks up a case never
//! asks the customer to tell their story again.
//!
//! Every change is an event; the tables of migration 3 are the current state
//! the screens and the scheduler read.

mod brief;
mod complaints;
mod events;
mod handoffs;
mod inbox;
mod pins;
mod promises;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use brief::{draft_brief, BriefWords};
pub use complaints::{complaint, complaint_row, register_counts, register_sql, COMPLAINT_COLUMNS};
pub use events::TellEvent;
pub use handoffs::latest_handoff;
pub use inbox::tidy_inbox;
pub use promises::{customer_promises, promise};

use crate::core::{clock, text_enum, Id, Result, Store, Ts};
use crate::customers::{expectations, Expectations};

text_enum!(
    PromiseStatus {
        Open => "open",
        Kept => "kept",
        Broken => "broken",
    }
);

/// A commitment to a customer: what, by when, and who keeps it. (Called
/// `PromiseItem` in TypeScript, where `Promise` is taken.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "PromiseItem")]
pub struct Promise {
    pub id: Id,
    pub case_id: Id,
    pub case_subject: String,
    pub customer_id: Id,
    pub customer_name: String,
    pub text: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub made_by_name: Option<String>,
    pub made_at: Ts,
    pub due_at: Ts,
    pub status: PromiseStatus,
    pub closed_at: Option<Ts>,
    pub recovery: Option<String>,
    /// Open and past its due time.
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewPromise {
    pub case_id: Id,
    /// What we promised, e.g. "Call back with the quote".
    pub text: String,
    pub due_at: Ts,
    /// Who keeps it; defaults to the person recording it.
    pub owner_id: Option<Id>,
}

/// Closing a promise: kept, or broken with what we did to make it right.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromiseOutcome {
    pub promise_id: Id,
    pub kept: bool,
    /// Required when broken.
    pub recovery: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromisesPage {
    pub promises: Vec<Promise>,
    pub next_cursor: Option<String>,
    pub total: u32,
}

/// How many promises due in a period were kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct KeptRate {
    pub from: Ts,
    pub to: Ts,
    pub kept: u32,
    pub broken: u32,
    /// Due in the period, still open and past due: broken unless kept soon.
    pub open_overdue: u32,
    /// kept / (kept + broken), `None` when nothing was closed.
    pub rate: Option<f64>,
}

/// An event pinned as a key fact about a customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeyFact {
    pub event_id: Id,
    pub text: String,
    pub case_subject: Option<String>,
    pub pinned_by_name: Option<String>,
    pub pinned_at: Ts,
}

text_enum!(
    ComplaintStatus {
        Open => "open",
        Closed => "closed",
    }
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Complaint {
    pub id: Id,
    pub customer_id: Id,
    pub customer_name: String,
    pub case_id: Id,
    pub case_subject: String,
    /// The event flagged, if the complaint is about one entry.
    pub event_id: Option<Id>,
    pub summary: String,
    pub status: ComplaintStatus,
    pub opened_at: Ts,
    pub opened_by_name: Option<String>,
    pub closed_at: Option<Ts>,
    pub what_changed: Option<String>,
    pub customer_told: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewComplaint {
    pub case_id: Id,
    /// Flag one entry of the case, or leave out to flag the case as a whole.
    #[ts(optional)]
    pub event_id: Option<Id>,
    /// What the complaint is about, in a sentence.
    pub summary: String,
}

/// Closing a complaint from the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ComplaintClosing {
    pub complaint_id: Id,
    /// What we changed so it does not happen again.
    pub what_changed: String,
    /// Whether we told the customer what we changed.
    pub customer_told: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ComplaintsPage {
    pub complaints: Vec<Complaint>,
    pub open: u32,
    pub closed: u32,
}

/// Everything about a customer that whoever picks up one of their cases should
/// see without asking: expectations, key facts, open promises, complaints.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerContext {
    pub expectations: Expectations,
    pub key_facts: Vec<KeyFact>,
    pub open_promises: Vec<Promise>,
    pub complaints: Vec<Complaint>,
}

text_enum!(
    /// The parts of a brief, in the order they are read.
    BriefPart {
        TheirWords => "their_words",
        Tried => "tried",
        Promises => "promises",
        Expectations => "expectations",
        Complaints => "complaints",
    }
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BriefSection {
    pub part: BriefPart,
    pub title: String,
    pub lines: Vec<String>,
}

/// What the next person needs to know, drafted from the history and confirmed
/// (or edited) by the person handing off.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Brief {
    pub sections: Vec<BriefSection>,
    /// In the words of the person handing off: what to do next.
    pub note: String,
}

impl Brief {
    pub fn is_empty(&self) -> bool {
        self.note.trim().is_empty()
            && self.sections.iter().all(|s| s.lines.iter().all(|l| l.trim().is_empty()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HandoffInput {
    pub case_id: Id,
    pub to_staff_id: Id,
    pub brief: Brief,
}

/// A handoff as the case page shows it: who to whom, when, and the brief.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Handoff {
    pub event_id: Id,
    pub case_id: Id,
    pub case_subject: String,
    pub customer_name: String,
    pub at: Ts,
    pub from_id: Option<Id>,
    pub from_name: Option<String>,
    pub to_id: Id,
    pub to_name: String,
    pub brief: Brief,
    pub seen: bool,
}

/// What whoever picks up one of this customer's cases should see first.
pub fn customer_context(conn: &Connection, customer_id: &str, now: i64) -> Result<CustomerContext> {
    Ok(CustomerContext {
        expectations: expectations(conn, customer_id)?,
        key_facts: pins::key_facts(conn, customer_id)?,
        open_promises: promises::customer_open_promises(conn, customer_id, now)?,
        complaints: complaints::customer_complaints(conn, customer_id)?,
    })
}

impl Store {
    /// What to know about a customer (an id merged into another customer
    /// gives that one's).
    pub fn customer_context(&self, customer_id: &str) -> Result<CustomerContext> {
        let customer_id = crate::customers::current_id(&self.conn, customer_id)?;
        crate::customers::customer(&self.conn, &customer_id)?;
        customer_context(&self.conn, &customer_id, clock::to_ms(clock::now()))
    }
}

/// What the shop knows of this feature (see `core::feature`): promises, key
/// facts and complaints follow their customer.
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["promises", "pins", "complaints", "handoff_inbox"],
    customer_tables: &["promises", "pins", "complaints"],
    ..crate::core::Feature::kinds("tell", TellEvent::KINDS)
};
