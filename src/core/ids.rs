//! Globally unique ids: UUIDv7, so they sort by creation time and never collide
//! between desks.

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// True if `s` has the shape of an id this library makes. Used to turn a typo in
/// a CLI argument into a clear message rather than a silent "not found".
pub fn looks_like_id(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok()
}
