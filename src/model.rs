//! The domain: staff, customers, cases and the events of their history.
//!
//! Every type that crosses IPC derives `TS`; the TypeScript in
//! `ui/src/lib/api/types.ts` is generated from these (see `tests/bindings.rs`).
//! Ids are text (UUIDv7) and times are RFC 3339 strings on the wire, so the UI
//! never sees an integer it cannot hold.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A point in time. Stored as Unix milliseconds, sent as RFC 3339.
pub type Ts = DateTime<Utc>;

/// A globally unique text id (UUIDv7: sortable by creation time).
pub type Id = String;

/// A closed set of values stored as text. Keeps the Rust name, the wire name and the
/// stored name in one place.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err(crate::Error::invalid(
                        stringify!($name),
                        format!(
                            "'{other}' is not a valid {}. Use one of: {}.",
                            crate::model::words(stringify!($name)),
                            [$($text),+].join(", ")
                        ),
                    )),
                }
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                text.parse().map_err(|_| rusqlite::types::FromSqlError::Other(
                    format!("unknown {} '{text}'", stringify!($name)).into(),
                ))
            }
        }
    };
}

pub(crate) use text_enum;

/// "CaseStatus" -> "case status", for messages.
pub(crate) fn words(type_name: &str) -> String {
    let mut out = String::new();
    for (i, ch) in type_name.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(ch.to_lowercase());
    }
    out
}

text_enum!(
    /// How the customer reached us.
    Channel {
        WalkIn => "walk_in",
        Phone => "phone",
        Email => "email",
        Chat => "chat",
        Other => "other",
    }
);

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
    Priority {
        Low => "low",
        Normal => "normal",
        High => "high",
        Urgent => "urgent",
    }
);

text_enum!(
    StaffRole {
        Staff => "staff",
        Lead => "lead",
        Owner => "owner",
    }
);

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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Staff {
    pub id: Id,
    pub name: String,
    pub role: StaffRole,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewStaff {
    pub name: String,
    pub role: StaffRole,
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
    pub due: Option<crate::sla::DueInfo>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseDetail {
    pub case: CaseSummary,
    pub customer: Customer,
    /// The customer's other open cases, so nobody opens a third about the same bike.
    pub other_open_cases: Vec<CaseSummary>,
    /// The latest handoff of this case, with its brief: shown at the top.
    pub latest_handoff: Option<Handoff>,
    pub context: CustomerContext,
    /// Every escalation of this case, newest first.
    pub escalations: Vec<Escalation>,
    /// The customer's latest score for this case.
    pub satisfaction: Option<Satisfaction>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QueuePage {
    pub cases: Vec<CaseSummary>,
    /// Pass back to get the next page; `None` on the last page.
    pub next_cursor: Option<String>,
    pub total: u32,
}

/// One field of a profile that changed, shown on the timeline as "from → to".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldChange {
    pub field: String,
    pub from: String,
    pub to: String,
}

/// What happened. The `kind` tag is also stored in its own column of the event log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventPayload {
    CustomerCreated {
        name: String,
        phones: Vec<String>,
        emails: Vec<String>,
        organisation: String,
        segment: String,
        notes: String,
    },
    CustomerUpdated {
        changes: Vec<FieldChange>,
    },
    CaseOpened {
        subject: String,
        channel: Channel,
        priority: Priority,
        owner_id: Option<Id>,
    },
    CustomerMessage {
        body: String,
        channel: Channel,
    },
    Reply {
        body: String,
        channel: Channel,
    },
    Note {
        body: String,
    },
    Call {
        body: String,
        direction: CallDirection,
    },
    Visit {
        body: String,
    },
    StatusChanged {
        from: CaseStatus,
        to: CaseStatus,
        reason: Option<String>,
    },
    AssignmentChanged {
        from: Option<Id>,
        to: Option<Id>,
    },
    PriorityChanged {
        from: Priority,
        to: Priority,
    },
    StaffAdded {
        staff_id: Id,
        name: String,
        role: StaffRole,
    },
    StaffUpdated {
        staff_id: Id,
        changes: Vec<FieldChange>,
    },
    Handoff {
        from: Option<Id>,
        to: Id,
        brief: Brief,
        /// The sender's open promises on this case, now the receiver's to keep.
        #[serde(default)]
        moved_promises: Vec<Id>,
    },
    PromiseMade {
        promise_id: Id,
        text: String,
        due_at: Ts,
        owner_id: Option<Id>,
    },
    PromiseKept {
        promise_id: Id,
        text: String,
    },
    PromiseBroken {
        promise_id: Id,
        text: String,
        recovery: String,
    },
    ExpectationsChanged {
        changes: Vec<FieldChange>,
    },
    FactPinned {
        event_id: Id,
        text: String,
    },
    FactUnpinned {
        event_id: Id,
        text: String,
    },
    ComplaintFlagged {
        complaint_id: Id,
        event_id: Option<Id>,
        summary: String,
    },
    CalendarChanged {
        calendar: crate::calendar::CalendarSpec,
    },
    TargetsChanged {
        targets: crate::sla::TargetPolicy,
    },
    /// Closing a complaint: what we changed, and whether we told the customer.
    ComplaintClosed {
        complaint_id: Id,
        what_changed: String,
        customer_told: bool,
    },
    /// A case escalated to the owner or a shift lead, with its root cause.
    CaseEscalated {
        escalation_id: Id,
        to: Id,
        cause: String,
        note: String,
    },
    /// An escalation dealt with: what changed so it does not happen again.
    EscalationClosed {
        escalation_id: Id,
        cause: String,
        what_changed: String,
    },
    /// The customer's score (1 to 5) for a case, and what they said.
    SatisfactionRecorded {
        score: u8,
        comment: String,
    },
    /// A call made to reach out to a customer we had not heard from.
    OutreachCall {
        outcome: OutreachOutcome,
        body: String,
    },
    /// The shop's list of root causes for escalations.
    RootCausesChanged {
        causes: Vec<String>,
    },
}

impl EventPayload {
    /// The name stored in the `kind` column; equal to the serde tag.
    pub fn kind(&self) -> &'static str {
        match self {
            EventPayload::CustomerCreated { .. } => "customer_created",
            EventPayload::CustomerUpdated { .. } => "customer_updated",
            EventPayload::CaseOpened { .. } => "case_opened",
            EventPayload::CustomerMessage { .. } => "customer_message",
            EventPayload::Reply { .. } => "reply",
            EventPayload::Note { .. } => "note",
            EventPayload::Call { .. } => "call",
            EventPayload::Visit { .. } => "visit",
            EventPayload::StatusChanged { .. } => "status_changed",
            EventPayload::AssignmentChanged { .. } => "assignment_changed",
            EventPayload::PriorityChanged { .. } => "priority_changed",
            EventPayload::StaffAdded { .. } => "staff_added",
            EventPayload::StaffUpdated { .. } => "staff_updated",
            EventPayload::Handoff { .. } => "handoff",
            EventPayload::PromiseMade { .. } => "promise_made",
            EventPayload::PromiseKept { .. } => "promise_kept",
            EventPayload::PromiseBroken { .. } => "promise_broken",
            EventPayload::ExpectationsChanged { .. } => "expectations_changed",
            EventPayload::FactPinned { .. } => "fact_pinned",
            EventPayload::FactUnpinned { .. } => "fact_unpinned",
            EventPayload::ComplaintFlagged { .. } => "complaint_flagged",
            EventPayload::CalendarChanged { .. } => "calendar_changed",
            EventPayload::TargetsChanged { .. } => "targets_changed",
            EventPayload::ComplaintClosed { .. } => "complaint_closed",
            EventPayload::CaseEscalated { .. } => "case_escalated",
            EventPayload::EscalationClosed { .. } => "escalation_closed",
            EventPayload::SatisfactionRecorded { .. } => "satisfaction_recorded",
            EventPayload::OutreachCall { .. } => "outreach_call",
            EventPayload::RootCausesChanged { .. } => "root_causes_changed",
        }
    }
}

/// One entry of a timeline: an event with the names the screen needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelineEntry {
    pub id: Id,
    pub at: Ts,
    pub desk_id: Id,
    pub staff_id: Option<Id>,
    pub staff_name: Option<String>,
    pub customer_id: Option<Id>,
    pub case_id: Option<Id>,
    pub case_subject: Option<String>,
    pub payload: EventPayload,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimelinePage {
    pub entries: Vec<TimelineEntry>,
    pub next_cursor: Option<String>,
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

/// What the app shows in its status line and "about" box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeskInfo {
    pub desk_id: Id,
    pub db_path: String,
    pub schema_version: u32,
    pub staff: u32,
    pub customers: u32,
    pub cases: u32,
    pub events: u32,
    /// No staff yet: the app offers the demo shop or a first staff member.
    pub first_run: bool,
    pub current_staff_id: Option<Id>,
    /// The shop's time zone: due times are shown in it, whatever the computer's.
    pub time_zone: String,
}

/// What changed in one write, so the UI refreshes only what it shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangeSet {
    pub customers: Vec<Id>,
    pub cases: Vec<Id>,
    pub staff: bool,
    pub everything: bool,
}

impl ChangeSet {
    pub fn is_empty(&self) -> bool {
        self.customers.is_empty() && self.cases.is_empty() && !self.staff && !self.everything
    }

    pub(crate) fn customer(&mut self, id: &str) {
        Self::note(&mut self.customers, &mut self.everything, id);
    }

    pub(crate) fn case(&mut self, id: &str) {
        Self::note(&mut self.cases, &mut self.everything, id);
    }

    /// Past a hundred ids (a bulk import, the demo shop) "everything changed" is
    /// both smaller to send and what the UI would do anyway.
    fn note(list: &mut Vec<Id>, everything: &mut bool, id: &str) {
        const MAX_IDS: usize = 100;
        if *everything {
            return;
        }
        if list.len() >= MAX_IDS {
            *everything = true;
            list.clear();
        } else if !list.iter().any(|c| c == id) {
            list.push(id.to_owned());
        }
    }
}

/// What the window title, the tray and the status line show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeskStatus {
    /// Open cases past their due time.
    pub overdue: u32,
    /// Why desktop notifications could not be shown, if they could not.
    pub notifications_error: Option<String>,
}

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
