//! Sealing: the shop's server never holds a customer's words in clear.
//!
//! Each shop has one key, the **shop key** (256 bits from the operating
//! system's random source), made on the desk that sets the shop up, kept in
//! each desk's password store beside its server password, and carried to a
//! new desk inside its join code (or, for a desk that joined before, a key
//! code from the owner). The server never receives it: it holds a *check*
//! (an HMAC of a fixed text under the key) so that a desk with the wrong key
//! is told at once, and learns nothing of the key from it.
//!
//! **An event on the wire** is its envelope in clear (id, desk, clock, time,
//! staff, customer and case ids, kind: what the server checks and orders by)
//! and a payload in two parts: the payload with every word taken out (the same
//! rule forgetting uses: [`crate::shop::forget::strip_words`]), so the server
//! still sees a valid JSON object naming its kind, and `"sealed"`: the whole
//! payload, encrypted with AES-256-GCM-SIV under the shop key. The nonce is
//! derived from the event's id and the id is bound as associated data: the
//! same event always seals to the same bytes (a push repeated after a lost
//! answer is "already there", not a conflict), and a sealed payload moved to
//! another event does not open. GCM-SIV stays safe when a nonce repeats
//! (RFC 8452): at worst it shows that two payloads were equal.
//!
//! **Attached files** are sealed the same way, the file's SHA-256 as nonce
//! source and associated data; the desk checks what it keeps against that
//! hash, as it does a file sent in clear.
//!
//! A payload without words (a status change, a score) travels as it is.

use aes_gcm_siv::aead::{Aead, KeyInit, Payload};
use aes_gcm_siv::{Aes256GcmSiv, Nonce};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use ring::rand::SecureRandom;
use serde_json::Value;
use zeroize::Zeroizing;

use super::secrets::{blocking, SecretKey};
use crate::core::{Error, Result};
use crate::msg;

/// The payload field that holds the sealed payload.
pub const SEALED: &str = "sealed";
/// What a sealed file's content starts with.
const FILE_MAGIC: &[u8; 8] = b"CBSEAL1\n";
const CHECK_TEXT: &[u8] = b"casebook shop key check 1";

/// A shop's key. Never printed, never in the database, an event, a log or a
/// command line: in the password store, and in join and key codes.
#[derive(Clone)]
pub struct ShopKey(Zeroizing<[u8; 32]>, Aes256GcmSiv);

impl std::fmt::Debug for ShopKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShopKey(…)")
    }
}

impl PartialEq for ShopKey {
    fn eq(&self, other: &ShopKey) -> bool {
        self.0[..] == other.0[..]
    }
}

impl Eq for ShopKey {}

/// What opening a payload from the server gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Opened {
    /// It was not sealed: as it came.
    Clear,
    /// The payload as its desk wrote it.
    Payload(String),
    /// Sealed, and this key does not open it (another shop's key, or changed
    /// on the way): kept as it came, and set aside as damaged.
    Unreadable,
}

impl ShopKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> Result<ShopKey> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        ring::rand::SystemRandom::new()
            .fill(&mut bytes[..])
            .map_err(|_| Error::Internal("the operating system gave no random bytes for a key".into()))?;
        Ok(ShopKey::of(bytes))
    }

    fn of(bytes: Zeroizing<[u8; 32]>) -> ShopKey {
        let cipher = Aes256GcmSiv::new_from_slice(&bytes[..]).expect("a 32-byte key");
        ShopKey(bytes, cipher)
    }

    /// The key as text (for the password store and codes).
    pub fn to_text(&self) -> Zeroizing<String> {
        Zeroizing::new(URL_SAFE_NO_PAD.encode(&self.0[..]))
    }

    /// Reads a key kept as text.
    pub fn from_text(text: &str) -> Result<ShopKey> {
        let bytes = Zeroizing::new(URL_SAFE_NO_PAD.decode(text.trim()).unwrap_or_default());
        let array: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| Error::invalid("key", msg!("error-seal-key-mistyped")))?;
        Ok(ShopKey::of(Zeroizing::new(array)))
    }

    /// The check the server keeps: tells a wrong key without telling the key.
    pub fn check(&self) -> String {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &self.0[..]);
        let tag = ring::hmac::sign(&key, CHECK_TEXT);
        URL_SAFE_NO_PAD.encode(&tag.as_ref()[..16])
    }

    fn nonce(label: &[u8], name: &str) -> [u8; 12] {
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
        ctx.update(label);
        ctx.update(name.as_bytes());
        let digest = ctx.finish();
        digest.as_ref()[..12].try_into().expect("12 of 32 bytes")
    }

    fn seal_bytes(&self, label: &[u8], name: &str, plain: &[u8]) -> Vec<u8> {
        let nonce = Self::nonce(label, name);
        self.1
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad: name.as_bytes() })
            .expect("sealing fails only above 64 GiB")
    }

    fn open_bytes(&self, label: &[u8], name: &str, sealed: &[u8]) -> Option<Vec<u8>> {
        let nonce = Self::nonce(label, name);
        self.1.decrypt(Nonce::from_slice(&nonce), Payload { msg: sealed, aad: name.as_bytes() }).ok()
    }

    /// The payload of event `id` as it goes to the server. A payload with no
    /// words, or one already sealed (an event this desk could not open, now
    /// carried on), goes as it is.
    pub fn seal_payload(&self, id: &str, payload: &str) -> String {
        let Ok(Value::Object(mut clear)) = serde_json::from_str::<Value>(payload) else {
            return payload.to_owned();
        };
        if clear.contains_key(SEALED) {
            return payload.to_owned();
        }
        if !crate::shop::forget::strip_words(&mut clear) {
            return payload.to_owned();
        }
        let sealed = self.seal_bytes(b"event", id, payload.as_bytes());
        clear.insert(SEALED.into(), Value::String(STANDARD.encode(sealed)));
        kind_first(clear).unwrap_or_else(|| payload.to_owned())
    }

    /// The payload of event `id` as its desk wrote it, from what the server
    /// holds.
    pub fn open_payload(&self, id: &str, payload: &str) -> Opened {
        let Some((kind, sealed)) = sealed_part(payload) else { return Opened::Clear };
        let Some(plain) = STANDARD.decode(sealed).ok().and_then(|s| self.open_bytes(b"event", id, &s)) else {
            return Opened::Unreadable;
        };
        let Ok(text) = String::from_utf8(plain) else { return Opened::Unreadable };
        // The clear part names the kind the server checked: the sealed one
        // must be that kind.
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(map)) if map.get("kind").and_then(Value::as_str) == kind.as_deref() => {
                Opened::Payload(text)
            }
            _ => Opened::Unreadable,
        }
    }

    /// A file's content as it goes to the server.
    pub fn seal_file(&self, hash: &str, content: &[u8]) -> Vec<u8> {
        let mut out = FILE_MAGIC.to_vec();
        out.extend(self.seal_bytes(b"file", hash, content));
        out
    }

    /// A file's content from the server, opened when sealed (`Err` with what
    /// was stored when it does not open under this key and name). Whatever
    /// comes back is checked against its name where it is kept
    /// (`Files::put_as`), sent in clear or not.
    pub fn open_file(&self, hash: &str, stored: Vec<u8>) -> std::result::Result<Vec<u8>, Vec<u8>> {
        match stored.strip_prefix(FILE_MAGIC) {
            Some(sealed) => self.open_bytes(b"file", hash, sealed).ok_or(stored),
            None => Ok(stored),
        }
    }
}

/// The shop's key as this desk keeps it (in the password store), if it has one.
pub async fn kept_key(shop_id: &str) -> Result<Option<ShopKey>> {
    let account = SecretKey::Shop { shop_id: shop_id.to_owned() };
    let text = blocking(move || account.load()).await?;
    text.map(|t| ShopKey::from_text(&Zeroizing::new(t))).transpose()
}

/// Keeps the shop's key in this desk's password store.
pub async fn keep_key(shop_id: &str, key: &ShopKey) -> Result<()> {
    let account = SecretKey::Shop { shop_id: shop_id.to_owned() };
    let text = key.to_text();
    blocking(move || account.store(&text)).await
}

/// A payload as text with its kind first, as desks write them: the server
/// checks the kind without taking the JSON apart.
fn kind_first(mut map: serde_json::Map<String, Value>) -> Option<String> {
    let kind = map.remove("kind")?;
    let rest = serde_json::to_string(&map).ok()?;
    let mut out = format!("{{\"kind\":{}", serde_json::to_string(&kind).ok()?);
    match rest.strip_prefix('{') {
        Some("}") | None => out.push('}'),
        Some(more) => {
            out.push(',');
            out.push_str(more);
        }
    }
    Some(out)
}

/// The clear part's kind and the sealed text, if the payload is sealed.
fn sealed_part(payload: &str) -> Option<(Option<String>, String)> {
    // Most payloads are not sealed: look before reading.
    if !payload.contains("\"sealed\"") {
        return None;
    }
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(payload) else { return None };
    let sealed = map.get(SEALED)?.as_str()?.to_owned();
    Some((map.get("kind").and_then(Value::as_str).map(str::to_owned), sealed))
}

/// Whether a payload is sealed (and so cannot be applied as it is).
pub fn is_sealed(payload: &str) -> bool {
    sealed_part(payload).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTE: &str = r#"{"kind":"note_added","text":"Jürgen's bike, call 0612345678","case_id":"c1"}"#;

    #[test]
    fn a_sealed_payload_holds_no_words_and_opens_as_written() {
        let key = ShopKey::generate().unwrap();
        let sealed = key.seal_payload("e1", NOTE);
        assert!(!sealed.contains("Jürgen") && !sealed.contains("0612345678"), "no words in clear: {sealed}");
        assert!(
            sealed.contains(r#""kind":"note_added""#) && sealed.contains(r#""case_id":"c1""#),
            "{sealed}"
        );
        assert_eq!(
            key.seal_payload("e1", NOTE),
            sealed,
            "the same event seals the same: a repeated push is equal"
        );
        assert_eq!(key.open_payload("e1", &sealed), Opened::Payload(NOTE.into()));
        assert_eq!(key.seal_payload("e1", &sealed), sealed, "sealed once only");
    }

    #[test]
    fn a_payload_with_no_words_travels_as_it_is() {
        let key = ShopKey::generate().unwrap();
        let status = r#"{"kind":"case_status_changed","from":"open","to":"closed"}"#;
        assert_eq!(key.seal_payload("e1", status), status);
        assert_eq!(key.open_payload("e1", status), Opened::Clear);
    }

    #[test]
    fn another_key_another_event_or_a_changed_byte_does_not_open() {
        let key = ShopKey::generate().unwrap();
        let sealed = key.seal_payload("e1", NOTE);
        let other = ShopKey::generate().unwrap();
        assert_eq!(other.open_payload("e1", &sealed), Opened::Unreadable, "another shop's key");
        assert_eq!(key.open_payload("e2", &sealed), Opened::Unreadable, "moved to another event");
        let renamed = sealed.replace(r#""kind":"note_added""#, r#""kind":"customer_forgotten""#);
        assert_eq!(
            key.open_payload("e1", &renamed),
            Opened::Unreadable,
            "the clear kind must be the sealed one"
        );
        let garbled = sealed.replacen(r#""sealed":""#, r#""sealed":"AAAA"#, 1);
        assert_eq!(key.open_payload("e1", &garbled), Opened::Unreadable, "changed on the way");
        assert!(is_sealed(&sealed) && !is_sealed(NOTE));
    }

    #[test]
    fn files_open_only_as_the_file_they_name() {
        let key = ShopKey::generate().unwrap();
        let content = b"%PDF invoice for Jurgen".to_vec();
        let hash = crate::attachments::hash(&content);
        let sealed = key.seal_file(&hash, &content);
        assert!(!sealed.windows(6).any(|w| w == b"Jurgen"), "no content in clear");
        assert_eq!(key.open_file(&hash, sealed.clone()), Ok(content.clone()));
        assert_eq!(key.open_file(&hash, content.clone()), Ok(content), "a file sent before sealing");
        assert!(ShopKey::generate().unwrap().open_file(&hash, sealed).is_err(), "another shop's key");
    }

    #[test]
    fn keys_read_back_and_a_check_tells_them_apart() {
        let key = ShopKey::generate().unwrap();
        let again = ShopKey::from_text(&key.to_text()).unwrap();
        assert_eq!(again, key);
        assert_eq!(again.check(), key.check());
        assert_ne!(ShopKey::generate().unwrap().check(), key.check());
        assert!(ShopKey::from_text("short").is_err(), "a cut key is refused");
        assert_eq!(format!("{key:?}"), "ShopKey(…)", "never printed");
    }
}
