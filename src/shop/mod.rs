//! The whole shop at once: every feature's events as one history, replaying
//! another log through each event's own apply function, and the views that
//! span features (the case page, the desk's status, due-time alarms).
//!
//! Features never import this module; it imports them.

mod alarms;
mod case_page;
mod desk;
pub mod dump;
mod merges;
mod receive;

use crate::msg;
use serde::{Deserialize, Serialize};

pub use alarms::{handoff_notices, notices, target_words, Alarm, AlarmKind, Notice};
pub use case_page::CaseDetail;
pub use desk::{DeskInfo, DeskStatus};
pub use receive::Received;

use crate::attachments::AttachmentEvent;
use crate::cases::{CaseEvent, TimelineEntry};
use crate::core::{Error, Event, EventMeta, Id, Result, Store, Ts, Writer};
use crate::customers::CustomerEvent;
use crate::duplicates::DuplicateEvent;
use crate::hours::HoursEvent;
use crate::learn::LearnEvent;
use crate::mail::MailEvent;
use crate::staff::StaffEvent;
use crate::tell::TellEvent;

/// Any event of any feature: what the log holds. Stored and sent as the
/// feature's own JSON (`{"kind": "reply", ...}`); read back by its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventPayload {
    Staff(StaffEvent),
    Hours(HoursEvent),
    Customers(CustomerEvent),
    Cases(CaseEvent),
    Tell(TellEvent),
    Learn(LearnEvent),
    Attachments(AttachmentEvent),
    Mail(MailEvent),
    Duplicates(DuplicateEvent),
}

/// Every feature's kinds, in the order the features build on each other.
pub const FEATURE_KINDS: &[(&str, &[&str])] = &[
    ("staff", StaffEvent::KINDS),
    ("hours", HoursEvent::KINDS),
    ("customers", CustomerEvent::KINDS),
    ("cases", CaseEvent::KINDS),
    ("tell", TellEvent::KINDS),
    ("learn", LearnEvent::KINDS),
    ("attachments", AttachmentEvent::KINDS),
    ("mail", MailEvent::KINDS),
    ("duplicates", DuplicateEvent::KINDS),
];

/// Every kind of event the history knows.
pub fn all_kinds() -> impl Iterator<Item = &'static str> {
    FEATURE_KINDS.iter().flat_map(|(_, kinds)| kinds.iter().copied())
}

macro_rules! each_feature {
    ($payload:expr, $e:ident => $body:expr) => {
        match $payload {
            EventPayload::Staff($e) => $body,
            EventPayload::Hours($e) => $body,
            EventPayload::Customers($e) => $body,
            EventPayload::Cases($e) => $body,
            EventPayload::Tell($e) => $body,
            EventPayload::Learn($e) => $body,
            EventPayload::Attachments($e) => $body,
            EventPayload::Mail($e) => $body,
            EventPayload::Duplicates($e) => $body,
        }
    };
}

impl EventPayload {
    /// Reads a stored payload: its `kind` says which feature it belongs to.
    pub fn from_json(text: &str) -> Result<EventPayload> {
        #[derive(Deserialize)]
        struct Kind<'a> {
            #[serde(borrow)]
            kind: std::borrow::Cow<'a, str>,
        }
        let Kind { kind } = serde_json::from_str(text)
            .map_err(|e| Error::invalid("events", msg!("error-shop-event-must-say-kind", detail = e)))?;
        let bad =
            |e: serde_json::Error| Error::invalid("events", msg!("error-shop-valid-event", kind, detail = e));
        let kind = kind.as_ref();
        Ok(if StaffEvent::KINDS.contains(&kind) {
            EventPayload::Staff(serde_json::from_str(text).map_err(bad)?)
        } else if HoursEvent::KINDS.contains(&kind) {
            EventPayload::Hours(serde_json::from_str(text).map_err(bad)?)
        } else if CustomerEvent::KINDS.contains(&kind) {
            EventPayload::Customers(serde_json::from_str(text).map_err(bad)?)
        } else if CaseEvent::KINDS.contains(&kind) {
            EventPayload::Cases(serde_json::from_str(text).map_err(bad)?)
        } else if TellEvent::KINDS.contains(&kind) {
            EventPayload::Tell(serde_json::from_str(text).map_err(bad)?)
        } else if LearnEvent::KINDS.contains(&kind) {
            EventPayload::Learn(serde_json::from_str(text).map_err(bad)?)
        } else if MailEvent::KINDS.contains(&kind) {
            EventPayload::Mail(serde_json::from_str(text).map_err(bad)?)
        } else if AttachmentEvent::KINDS.contains(&kind) {
            EventPayload::Attachments(serde_json::from_str(text).map_err(bad)?)
        } else if DuplicateEvent::KINDS.contains(&kind) {
            EventPayload::Duplicates(serde_json::from_str(text).map_err(bad)?)
        } else {
            return Err(Error::invalid("events", msg!("error-shop-kind-event-casebook-knows-may", kind)));
        })
    }
}

impl Serialize for EventPayload {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        each_feature!(self, e => e.serialize(s))
    }
}

impl<'de> Deserialize<'de> for EventPayload {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        EventPayload::from_json(raw.get()).map_err(serde::de::Error::custom)
    }
}

impl Event for EventPayload {
    fn kind(&self) -> &'static str {
        each_feature!(self, e => e.kind())
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        each_feature!(self, e => e.apply(w, meta))?;
        // Undoing a merge applies both customers' events again without it:
        // only the whole history can apply every kind.
        if let EventPayload::Duplicates(undo @ DuplicateEvent::MergeUndone { .. }) = self {
            receive::after_undo(w, meta, undo)?;
        }
        Ok(())
    }

    fn search_text(&self) -> Option<String> {
        each_feature!(self, e => e.search_text())
    }
}

macro_rules! from_feature {
    ($($variant:ident($t:ty)),+) => {
        $(impl From<$t> for EventPayload {
            fn from(e: $t) -> Self {
                EventPayload::$variant(e)
            }
        })+
    };
}

from_feature!(
    Staff(StaffEvent),
    Hours(HoursEvent),
    Customers(CustomerEvent),
    Cases(CaseEvent),
    Tell(TellEvent),
    Learn(LearnEvent),
    Attachments(AttachmentEvent),
    Mail(MailEvent),
    Duplicates(DuplicateEvent)
);

/// One event as it travels between desks and in an export: the log row, with
/// its payload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoggedEvent {
    pub id: Id,
    pub desk_id: String,
    /// Its place in the agreed order; missing only in exports from before
    /// format 2, whose events are given values in the file's order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hlc: Option<i64>,
    pub staff_id: Option<Id>,
    pub at: Ts,
    pub customer_id: Option<Id>,
    pub case_id: Option<Id>,
    pub payload: EventPayload,
}

impl LoggedEvent {
    /// An event as this log holds it, ready to travel.
    pub fn from_stored(e: crate::core::StoredEvent) -> Result<LoggedEvent> {
        Ok(LoggedEvent {
            payload: EventPayload::from_json(&e.payload)?,
            id: e.id,
            desk_id: e.desk_id,
            hlc: Some(e.hlc),
            staff_id: e.staff_id,
            at: crate::core::clock::from_ms(e.at),
            customer_id: e.customer_id,
            case_id: e.case_id,
        })
    }
}

impl TimelineEntry {
    /// The entry's event, read by its kind.
    pub fn event(&self) -> Result<EventPayload> {
        EventPayload::from_json(self.payload.as_str())
    }
}

/// Gets a desk's database ready after opening: the shop's default hours and
/// targets, due times for cases from before response targets, and the
/// measures the reports read for cases from before they were kept.
pub fn prepare(store: &mut Store) -> Result<()> {
    crate::hours::ensure_defaults(store)?;
    crate::hours::ensure_measures(store)?;
    Ok(())
}
