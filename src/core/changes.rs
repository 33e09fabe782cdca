//! What one write changed, so each screen refetches only what it shows.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Id;

/// Past this many ids (a bulk import, the demo shop) "everything changed" is
/// both smaller to send and what the UI would do anyway.
const MAX_IDS: usize = 100;

/// What changed in one write: the customers and cases touched, the kinds of
/// event written, and whether staff or the shop's settings changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangeSet {
    pub customers: Vec<Id>,
    pub cases: Vec<Id>,
    /// The event kinds written (`reply`, `promise_made`, …), each once: the
    /// window's `EventKind` union (every event payload's kind).
    #[ts(type = "Array<EventKind>")]
    pub kinds: Vec<String>,
    pub staff: bool,
    /// Opening hours, targets or the root causes changed.
    pub settings: bool,
    /// Reload everything (a restore, an import, the demo shop).
    pub everything: bool,
    /// The window's own id for the request whose write this is
    /// ([`Db::write_for`](super::Db::write_for)), so the window knows its own
    /// writes without guessing; none for another desk's events, the mailbox
    /// and anything else not asked for by the window.
    pub request: Option<String>,
}

/// The longest request id kept: the window sends a short random one.
const REQUEST_MAX: usize = 64;

/// A request id as the window sent it, if it is one: short, and only
/// letters, digits and dashes (anything else is dropped, never an error).
pub fn request_id(raw: Option<&str>) -> Option<String> {
    let id = raw?.trim();
    let fine = !id.is_empty()
        && id.len() <= REQUEST_MAX
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    fine.then(|| id.to_owned())
}

impl ChangeSet {
    pub fn is_empty(&self) -> bool {
        self.customers.is_empty()
            && self.cases.is_empty()
            && self.kinds.is_empty()
            && !self.staff
            && !self.settings
            && !self.everything
    }

    pub fn customer(&mut self, id: &str) {
        Self::note(&mut self.customers, &mut self.everything, id);
    }

    pub fn case(&mut self, id: &str) {
        Self::note(&mut self.cases, &mut self.everything, id);
    }

    pub fn kind(&mut self, kind: &str) {
        if !self.kinds.iter().any(|k| k == kind) {
            self.kinds.push(kind.to_owned());
        }
    }

    pub fn everything(&mut self) {
        self.everything = true;
        self.customers.clear();
        self.cases.clear();
    }

    /// Adds what `other` changed to this set.
    pub fn merge(&mut self, other: ChangeSet) {
        if self.request.is_none() {
            self.request = other.request.clone();
        }
        self.staff |= other.staff;
        self.settings |= other.settings;
        for k in &other.kinds {
            self.kind(k);
        }
        if other.everything || self.everything {
            self.everything();
            return;
        }
        for id in &other.customers {
            self.customer(id);
        }
        for id in &other.cases {
            self.case(id);
        }
    }

    fn note(list: &mut Vec<Id>, everything: &mut bool, id: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_ids_become_everything() {
        let mut set = ChangeSet::default();
        for i in 0..=MAX_IDS {
            set.case(&i.to_string());
        }
        assert!(set.everything, "a bulk write says 'everything' instead of listing every id");
        assert!(set.cases.is_empty(), "and sends no id list");
    }

    #[test]
    fn a_request_id_is_short_and_plain_or_dropped() {
        assert_eq!(request_id(Some("w-3f9a")), Some("w-3f9a".to_owned()), "the window's id is kept");
        for bad in ["", " ", "a b", "<script>", "ü", &"x".repeat(65)] {
            assert_eq!(request_id(Some(bad)), None, "{bad:?} is not a request id: dropped");
        }
        assert_eq!(request_id(None), None);
    }

    #[test]
    fn merging_keeps_kinds_once() {
        let mut a = ChangeSet::default();
        a.kind("reply");
        let mut b = ChangeSet::default();
        b.kind("reply");
        b.kind("note");
        b.case("k1");
        a.merge(b);
        assert_eq!(a.kinds, vec!["reply", "note"], "each kind is listed once");
        assert_eq!(a.cases, vec!["k1"], "the case touched is kept");
    }
}
