//! The whole shop at once: every feature's events as one history, replaying
//! another log through each event's own apply function, and the views that
//! span features (the case page, the desk's status, due-time alarms).
//!
//! Features never import this module; it imports them.

mod alarms;
mod case_page;
mod desk;
pub mod dump;
pub mod forget;
mod hours;
mod judged;
mod merges;
mod receive;
mod restamp;

use crate::msg;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

pub use alarms::{handoff_notices, notices, target_words, Alarm, AlarmKind, Notice};
pub use case_page::CaseDetail;
pub use desk::{DeskInfo, DeskStatus, WhatsNew};
pub use receive::{retry_set_aside, Received};
pub use restamp::{restamp_carried, restamp_unsent, take_servers_places};

use crate::attachments::AttachmentEvent;
use crate::cases::{CaseEvent, TimelineEntry};
use crate::core::{Error, Event, EventMeta, Feature, Id, RawJson, Result, Store, Ts, Writer};
use crate::customers::CustomerEvent;
use crate::duplicates::DuplicateEvent;
use crate::hours::HoursEvent;
use crate::learn::LearnEvent;
use crate::mail::MailEvent;
use crate::replies::ReplyEvent;
use crate::staff::StaffEvent;
use crate::tell::TellEvent;

/// The one list of features, in the order they build on each other: each
/// with its event enum and its declaration (`core::feature`). From it come
/// [`EventPayload`] and the reading of a stored event by its kind,
/// [`FEATURES`], and `each_feature!`, which hands an event to its feature.
/// A new feature is one line here; what it keeps and forgets, it declares
/// in its own folder.
macro_rules! features {
    ($d:tt $( $variant:ident($event:ty) = $feature:path ),+ $(,)?) => {
        /// Any event of any feature: what the log holds. Stored and sent as the
        /// feature's own JSON (`{"kind": "reply", ...}`); read back by its kind.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum EventPayload {
            $( $variant($event), )+
        }

        /// Every feature's declaration, in the order the features build on
        /// each other (a merge moves, and re-deriving forgets in reverse).
        pub const FEATURES: &[&Feature] = &[$( &$feature ),+];

        $(impl From<$event> for EventPayload {
            fn from(e: $event) -> Self {
                EventPayload::$variant(e)
            }
        })+

        /// A stored payload read as the event of the feature its kind
        /// belongs to; `None` when no feature has the kind.
        fn read_as_feature(kind: &str, text: &str) -> Option<serde_json::Result<EventPayload>> {
            $(if <$event>::KINDS.contains(&kind) {
                return Some(serde_json::from_str(text).map(EventPayload::$variant));
            })+
            None
        }

        /// Each feature whose declared kinds differ from its event enum's
        /// (none: a kind the enum reads must be one the shop knows).
        #[cfg(test)]
        fn kinds_disagree() -> Vec<&'static str> {
            let mut out = Vec::new();
            $(if $feature.kinds != <$event>::KINDS {
                out.push($feature.name);
            })+
            out
        }

        /// Each feature's event enum as a TypeScript declaration, and their
        /// union, for the window's generated types (`tests/library/bindings.rs`).
        pub fn event_declarations() -> Vec<String> {
            let cfg = ts_rs::Config::default();
            let mut out = vec![$(format!("export {}", <$event as ts_rs::TS>::decl(&cfg))),+];
            let names = [$(<$event as ts_rs::TS>::name(&cfg)),+];
            out.push(format!("export type EventPayload = {};", names.join(" | ")));
            out
        }

        macro_rules! each_feature {
            ($d payload:expr, $d e:ident => $d body:expr) => {
                match $d payload {
                    $( EventPayload::$variant($d e) => $d body, )+
                }
            };
        }
    };
}

features! {$
    Staff(StaffEvent) = crate::staff::FEATURE,
    Hours(HoursEvent) = crate::hours::FEATURE,
    Customers(CustomerEvent) = crate::customers::FEATURE,
    Cases(CaseEvent) = crate::cases::FEATURE,
    Tell(TellEvent) = crate::tell::FEATURE,
    Learn(LearnEvent) = crate::learn::FEATURE,
    Attachments(AttachmentEvent) = crate::attachments::FEATURE,
    Mail(MailEvent) = crate::mail::FEATURE,
    Replies(ReplyEvent) = crate::replies::FEATURE,
    Duplicates(DuplicateEvent) = crate::duplicates::FEATURE,
}

/// Every kind of event the history knows.
pub fn all_kinds() -> impl Iterator<Item = &'static str> {
    FEATURES.iter().flat_map(|f| f.kinds.iter().copied())
}

/// Kinds this build reads (older logs hold them) but no longer writes: an
/// edit of a customer is `customer_edited` now, which records the change
/// rather than the whole new record.
pub const LEGACY_KINDS: &[&str] = &["customer_updated"];

/// Every kind this build writes.
pub fn written_kinds() -> impl Iterator<Item = &'static str> {
    all_kinds().filter(|k| !LEGACY_KINDS.contains(k))
}

/// Whether this build knows a kind (one written by a newer Casebook it does not).
pub fn is_known_kind(kind: &str) -> bool {
    #[cfg(feature = "test-hooks")]
    if crate::core::settle::hooks::pretends_unknown(kind) {
        return false;
    }
    all_kinds().any(|k| k == kind)
}

impl EventPayload {
    /// Reads a stored payload: its `kind` says which feature it belongs to.
    pub fn from_json(text: &str) -> Result<EventPayload> {
        #[derive(Deserialize)]
        struct Kind<'a> {
            #[serde(borrow)]
            kind: std::borrow::Cow<'a, str>,
            /// Words sealed for the shop's server (see `sync::seal`) that
            /// this desk could not open: never applied as the clear part.
            #[serde(default)]
            sealed: Option<serde::de::IgnoredAny>,
        }
        let Kind { kind, sealed } = serde_json::from_str(text)
            .map_err(|e| Error::invalid("events", msg!("error-shop-event-must-say-kind", detail = e)))?;
        if sealed.is_some() {
            return Err(Error::damaged(msg!("error-seal-not-opened", kind)));
        }
        let bad =
            |e: serde_json::Error| Error::invalid("events", msg!("error-shop-valid-event", kind, detail = e));
        let kind = kind.as_ref();
        if !is_known_kind(kind) {
            return Err(Error::Unapplied {
                reason: crate::core::settle::SetAsideReason::UnknownKind,
                msg: msg!("error-shop-kind-event-casebook-knows-may", kind),
            });
        }
        match read_as_feature(kind, text) {
            Some(read) => read.map_err(bad),
            None => Err(Error::invalid("events", msg!("error-shop-kind-event-casebook-knows-may", kind))),
        }
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

    /// A forgotten customer's event is applied by its redaction (see
    /// `forget`); otherwise as written (`apply_as_written`).
    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        // A merge of a forgotten customer with one who is not has no effect;
        // a forgotten customer's events are applied without their words,
        // whenever they come.
        if forget::merges_back(w, meta, self)? {
            return Ok(());
        }
        if let Some(clean) = forget::redacted(w, meta, self)? {
            return clean.apply_as_written(w, meta);
        }
        self.apply_as_written(w, meta)
    }

    fn search_text(&self) -> Option<String> {
        each_feature!(self, e => e.search_text())
    }

    fn links(&self) -> Option<&str> {
        each_feature!(self, e => e.links())
    }

    fn creates<'a>(&'a self, meta: &'a EventMeta) -> Vec<&'a str> {
        each_feature!(self, e => e.creates(meta))
    }

    fn right(&self, meta: &EventMeta) -> Option<crate::core::Right> {
        each_feature!(self, e => e.right(meta))
    }
}

impl EventPayload {
    /// The envelope's references are checked first, for every kind alike:
    /// the customer an event names must be one this history created (unless
    /// the event creates them), and the case it names one of that customer's
    /// (or of a customer linked with them by a merge), unless the event opens
    /// it. Otherwise the event refers to nothing here and is set aside; no
    /// apply ever reads or writes another customer's part of the state.
    fn apply_as_written(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        if let Some(right) = self.right(meta) {
            crate::staff::rights::judge(w.tx(), meta, right, self.kind())?;
        }
        check_refs(w, meta, self)?;
        each_feature!(self, e => e.apply(w, meta))?;
        match self {
            // A merge moves what every feature keeps of the other customer
            // to the one kept; only the whole shop knows every feature.
            EventPayload::Duplicates(DuplicateEvent::CustomersMerged { .. }) => merges::move_parts(w, meta),
            // Undoing a merge applies both customers' events again without it:
            // only the whole history can apply every kind.
            EventPayload::Duplicates(undo @ DuplicateEvent::MergeUndone { .. }) => {
                receive::after_undo(w, meta, undo)
            }
            // The cases own their clocks: they follow the shop's new hours.
            EventPayload::Hours(change) => crate::cases::clock::follow_hours(w, meta, change),
            _ => Ok(()),
        }
    }
}

fn check_refs(w: &Writer<'_>, meta: &EventMeta, event: &EventPayload) -> Result<()> {
    let creates = event.creates(meta);
    let customer = match meta.customer_id.as_deref() {
        Some(c) if creates.contains(&c) => Some(c),
        Some(c) => {
            let known: bool = w
                .tx()
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?1)")?
                .query_row([c], |r| r.get(0))?;
            if !known {
                return Err(Error::refers_to_nothing(msg!(
                    "error-shop-event-names-unknown-customer",
                    id = c
                )));
            }
            Some(c)
        }
        None => None,
    };
    let Some(case) = meta.case_id.as_deref().filter(|c| !creates.contains(c)) else { return Ok(()) };
    let held: Option<String> = w
        .tx()
        .prepare_cached("SELECT customer_id FROM cases WHERE id = ?1")?
        .query_row([case], |r| r.get(0))
        .optional()?;
    match (held, customer) {
        (Some(owner), Some(customer)) if w.same_part(&owner, customer)? => Ok(()),
        _ => Err(Error::refers_to_nothing(msg!("error-shop-event-names-unknown-case", id = case))),
    }
}

/// One event as it travels between desks and in an export: the log row, with
/// its payload exactly as the desk that wrote it stored it. The payload is
/// read only where it is applied: a kind this build does not know, or a
/// payload it cannot read, travels and is kept like any other (and is set
/// aside where it would be applied; see `core::settle`).
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
    pub payload: RawJson,
}

impl LoggedEvent {
    /// An event as this log holds it, ready to travel.
    pub fn from_stored(e: crate::core::StoredEvent) -> Result<LoggedEvent> {
        Ok(LoggedEvent {
            payload: RawJson::new(e.payload)?,
            id: e.id,
            desk_id: e.desk_id,
            hlc: Some(e.hlc),
            staff_id: e.staff_id,
            at: crate::core::clock::from_ms(e.at),
            customer_id: e.customer_id,
            case_id: e.case_id,
        })
    }

    /// An event of this build's own kinds, ready to travel (tests, the demo).
    pub fn new(meta: &EventMeta, payload: &EventPayload) -> Result<LoggedEvent> {
        Ok(LoggedEvent {
            id: meta.id.clone(),
            desk_id: meta.desk_id.clone(),
            hlc: Some(meta.hlc),
            staff_id: meta.staff_id.clone(),
            at: crate::core::clock::from_ms(meta.at),
            customer_id: meta.customer_id.clone(),
            case_id: meta.case_id.clone(),
            payload: RawJson::new(serde_json::to_string(payload)?)?,
        })
    }

    /// Its kind, as its payload's `kind` says (empty if it says none).
    pub fn kind(&self) -> String {
        self.payload.kind()
    }

    /// Its payload read as one of this build's kinds.
    pub fn decode(&self) -> Result<EventPayload> {
        EventPayload::from_json(self.payload.as_str())
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
    hours::prepare(store)?;
    // Events an older build of this desk set aside that this one can read
    // now apply, in their place.
    store.write(|w| retry_set_aside(w).map(drop))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_feature_declares_the_kinds_its_event_enum_reads() {
        assert!(
            super::kinds_disagree().is_empty(),
            "these features declare other kinds than their events have: {:?}",
            super::kinds_disagree()
        );
        let mut all: Vec<&str> = super::all_kinds().collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "no kind belongs to two features");
    }
}
