//! Ids derived from a message, so recording the same message twice (after a
//! crash, from two folders, at two desks) gives the same events, which the
//! log holds once.
//!
//! An id is the first 16 bytes of the SHA-256 of what it is derived from,
//! shaped as a UUID (version 8, "custom"): the same text as every other id,
//! never equal to a desk's own (version 7) ids.

/// The key a message is known by: its Message-ID, or for a message without
/// one, the SHA-256 of its bytes.
pub fn message_key(message_id: &str) -> String {
    message_id.trim().trim_start_matches('<').trim_end_matches('>').trim().to_owned()
}

/// An id derived from a message's key and what the id is for ("mail",
/// "case", "customer", ...).
pub fn derived(key: &str, what: &str) -> String {
    let digest =
        ring::digest::digest(&ring::digest::SHA256, format!("casebook-mail\0{what}\0{key}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest.as_ref()[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid().to_string()
}

/// The SHA-256 of some bytes, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_message_gives_the_same_ids_and_others_differ() {
        let a = derived("abc@example.com", "mail");
        assert_eq!(a, derived("abc@example.com", "mail"), "derived again after a crash: the same id");
        assert_ne!(a, derived("abc@example.com", "case"), "the case opened for it has an id of its own");
        assert_ne!(a, derived("abd@example.com", "mail"), "another message, another id");
        assert!(crate::ids::looks_like_id(&a), "a derived id reads as an id: {a}");
        assert_eq!(message_key(" <abc@example.com> "), "abc@example.com", "brackets and spaces go");
    }
}
