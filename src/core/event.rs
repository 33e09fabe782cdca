//! Events: what every entry of the history is, and the one way each changes the
//! current state.
//!
//! A feature names its event kinds in one enum and implements [`Event`] for it.
//! [`Event::apply`] is the only code that says how an event of that kind changes
//! the current-state tables. A live write appends the event and applies it
//! through that function ([`crate::core::Writer::append`]); importing an export
//! and sync hand events from other logs to `Writer::receive` (in the shop
//! module), which applies them through the same function in the agreed order,
//! so an imported or shared history and the original cannot drift apart.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::writer::Writer;
use super::{Id, Result};

/// One kind of history entry, and how it changes the current state.
pub trait Event: Serialize {
    /// The kind stored in the log's `kind` column; equal to the serde tag.
    fn kind(&self) -> &'static str;

    /// Applies this event, already in the log as `meta`, to the current-state
    /// tables. The one place that says what an event of this kind does.
    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()>;

    /// The words search finds this event by, if any.
    fn search_text(&self) -> Option<String> {
        None
    }

    /// Another customer this event puts in one part of the state with its own
    /// (a merge, its undo, "different people"): from then on their events are
    /// applied together, in the one order.
    fn links(&self) -> Option<&str> {
        None
    }

    /// The ids of the things this event creates (a case, a promise, an
    /// attachment). The first event in the one order that creates an id owns
    /// it; another that creates the same id again is set aside.
    fn creates<'a>(&'a self, _meta: &'a EventMeta) -> Vec<&'a str> {
        Vec::new()
    }

    /// The right its author needs (shop policy, an owner's tool), if any.
    /// The same right is checked when a person acts and, for an event another
    /// desk wrote, against its author's role at its place in the one order
    /// (see `staff::rights`): one whose author had no right to it is kept and
    /// has no effect.
    fn right(&self, _meta: &EventMeta) -> Option<Right> {
        None
    }
}

/// What an event or an action needs beyond being on the staff list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Right {
    /// Shop policy: opening hours, targets, root causes, the file limit, the
    /// mailbox, closing escalations. A shift lead or the owner.
    Policy,
    /// The owner's tools: the staff list and passcodes, the shop's language,
    /// desks and the server, erasing, importing and restoring data.
    Owner,
    /// Reading the reports: anyone, unless the owner keeps them to owners.
    Reports,
}

/// What the log keeps beside an event, read from it once as it is recorded:
/// its words for search, the customer it links its own with, the ids it creates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Indexed {
    pub search_text: Option<String>,
    pub links: Option<String>,
    pub creates: Vec<String>,
}

impl Indexed {
    pub fn of<E: Event + ?Sized>(event: &E, meta: &EventMeta) -> Indexed {
        Indexed {
            search_text: event.search_text(),
            links: event.links().map(str::to_owned),
            creates: event.creates(meta).into_iter().map(str::to_owned).collect(),
        }
    }
}

/// Where an event being applied comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Written here, now, by the person at this desk.
    Live,
    /// Replayed from another log (an export, or a desk joining the shop):
    /// history, not news.
    Replay,
    /// Written at another desk of the shop and just arrived through sync: news
    /// for the people at this desk.
    Shared,
}

/// The log row of an event: who wrote it, where, when, and what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventMeta {
    pub id: Id,
    /// This desk's arrival order (the log's rowid).
    pub seq: i64,
    /// The event's place in the one order every desk applies the history in
    /// (see [`super::hlc`]).
    pub hlc: i64,
    pub desk_id: String,
    pub staff_id: Option<Id>,
    /// Unix milliseconds.
    pub at: i64,
    pub customer_id: Option<Id>,
    pub case_id: Option<Id>,
    pub origin: Origin,
}

impl EventMeta {
    /// The customer this event is about; an event of this kind must name one.
    pub fn customer(&self, kind: &str) -> Result<&str> {
        self.customer_id.as_deref().ok_or_else(|| needs("customer", kind))
    }

    /// The case this event is about; an event of this kind must name one.
    pub fn case(&self, kind: &str) -> Result<&str> {
        self.case_id.as_deref().ok_or_else(|| needs("case", kind))
    }
}

fn needs(what: &str, kind: &str) -> super::Error {
    super::Error::invalid("events", msg!("error-core-event-must-name", kind, what))
}

/// An event's payload as stored: JSON text, passed through to the screen
/// without being decoded and encoded again. (In TypeScript it is the
/// `EventPayload` union of every feature's kinds.)
#[derive(Clone, Debug)]
pub struct RawJson(pub Box<serde_json::value::RawValue>);

impl RawJson {
    pub fn new(text: String) -> Result<RawJson> {
        Ok(RawJson(serde_json::value::RawValue::from_string(text)?))
    }

    pub fn as_str(&self) -> &str {
        self.0.get()
    }

    /// The event's kind, as its `kind` tag says (empty if it has none).
    pub fn kind(&self) -> String {
        #[derive(Deserialize)]
        struct Kind {
            kind: String,
        }
        serde_json::from_str::<Kind>(self.0.get()).map(|k| k.kind).unwrap_or_default()
    }

    /// Reads the payload as `T` (a feature's event enum, or the whole history's).
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        Ok(serde_json::from_str(self.0.get())?)
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for RawJson {}

impl Serialize for RawJson {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for RawJson {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Box::<serde_json::value::RawValue>::deserialize(d).map(RawJson)
    }
}

impl TS for RawJson {
    type WithoutGenerics = RawJson;
    type OptionInnerType = Self;

    fn name(_: &ts_rs::Config) -> String {
        "EventPayload".into()
    }

    fn inline(_: &ts_rs::Config) -> String {
        "EventPayload".into()
    }
}

/// An event exactly as the log holds it, payload undecoded: what an export
/// writes out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    pub id: Id,
    pub seq: i64,
    pub hlc: i64,
    pub desk_id: String,
    pub staff_id: Option<Id>,
    pub at: i64,
    pub customer_id: Option<Id>,
    pub case_id: Option<Id>,
    pub kind: String,
    pub payload: String,
}

impl StoredEvent {
    /// One row of `SELECT seq, id, desk_id, staff_id, at, customer_id,
    /// case_id, kind, payload, hlc`.
    pub fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEvent> {
        Ok(StoredEvent {
            seq: r.get(0)?,
            id: r.get(1)?,
            desk_id: r.get(2)?,
            staff_id: r.get(3)?,
            at: r.get(4)?,
            customer_id: r.get(5)?,
            case_id: r.get(6)?,
            kind: r.get(7)?,
            payload: r.get(8)?,
            hlc: r.get(9)?,
        })
    }
}

/// One field of a profile that changed, shown on the timeline as "from → to".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldChange {
    pub field: String,
    pub from: String,
    pub to: String,
}
