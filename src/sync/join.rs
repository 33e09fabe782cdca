//! Join codes: how a new desk learns where the shop's server is and who it is
//! there. A code is one line of text, `casebook1.<data>.<check>`: the data is
//! compact JSON in URL-safe base64, the check the start of its SHA-256, so a
//! code cut short or mistyped is caught before anything is sent.
//!
//! A code holds the new desk's first password and the shop's key (see
//! `super::seal`), so it is shown once and kept nowhere. Joining changes that
//! password to a fresh one only the desk knows, so a code works once.
//!
//! A *key code* (`cbkey1.<data>.<check>`) gives the shop's key to a desk that
//! joined before the shop sealed its words.

use crate::msg;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::pg::connect::{connect, random_secret, verifier};
use super::pg::errors::{Link, Who};
use super::pg::{events, keys, schema, DESK_PROTOCOL};
use super::seal::{self, ShopKey};
use super::{Joined, ServerAddress, SyncConfig};
use crate::core::{Error, Result};

const PREFIX: &str = "casebook";
const VERSION: u32 = 1;
const CHECK_BYTES: usize = 6;
const KEY_PREFIX: &str = "cbkey1";

/// What a join code says.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinCode {
    #[serde(flatten)]
    pub server: ServerAddress,
    pub shop_id: String,
    pub shop_name: String,
    pub desk_id: String,
    pub role: String,
    pub password: String,
    /// The name the owner gave the new desk.
    #[serde(default)]
    pub desk_name: String,
    /// Until when the server takes the code (Unix ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
    /// The shop's key, when the shop seals its words (see `super::seal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop_key: Option<String>,
}

impl std::fmt::Debug for JoinCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JoinCode")
            .field("server", &self.server)
            .field("shop_id", &self.shop_id)
            .field("desk_id", &self.desk_id)
            .finish_non_exhaustive()
    }
}

fn mistyped() -> Error {
    Error::invalid("join_code", msg!("error-sync-join-code-complete-mistyped-copy"))
}

fn check(data: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, data);
    URL_SAFE_NO_PAD.encode(&digest.as_ref()[..CHECK_BYTES])
}

/// `<data>.<check>`: the JSON in URL-safe base64 and the start of its
/// SHA-256, what follows a code's prefix (join codes and key codes alike).
fn with_check(json: &[u8]) -> String {
    format!("{}.{}", URL_SAFE_NO_PAD.encode(json), check(json))
}

/// The JSON of `<data>.<check>`, if the check says it came whole.
fn checked(rest: &str) -> Option<Vec<u8>> {
    let (data, sum) = rest.split_once('.')?;
    let json = URL_SAFE_NO_PAD.decode(data).ok()?;
    (check(&json) == sum).then_some(json)
}

/// A code as pasted: spaces and line breaks (from an email that wrapped it)
/// and quotes around it left out.
fn pasted(text: &str) -> String {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    text.trim_matches(|c| matches!(c, '"' | '\'' | '<' | '>')).to_owned()
}

impl JoinCode {
    /// The code as one line of text.
    pub fn encode(&self) -> Result<String> {
        Ok(format!("{PREFIX}{VERSION}.{}", with_check(&serde_json::to_vec(self)?)))
    }

    /// Reads a code as pasted: spaces and line breaks (from an email that
    /// wrapped it) are ignored.
    pub fn decode(text: &str) -> Result<JoinCode> {
        let text = pasted(text);
        let Some(rest) = text.strip_prefix(PREFIX) else { return Err(mistyped()) };
        let (version, rest) = rest.split_once('.').ok_or_else(mistyped)?;
        match version.parse::<u32>() {
            Ok(VERSION) => {}
            Ok(v) if v > VERSION => {
                return Err(Error::invalid("join_code", msg!("error-sync-join-code-made-newer-casebook")))
            }
            _ => return Err(mistyped()),
        }
        let json = checked(rest).ok_or_else(mistyped)?;
        serde_json::from_slice(&json).map_err(|_| mistyped())
    }
}

/// Joins the shop with a join code: connects as the desk the code names and
/// asks the server to record it as joined, giving the verifier of
/// `password`, a fresh password only this desk knows (never the password
/// itself). The server refuses a code already used or past its date; the
/// code's password stops working at once, so a code works once. Keep
/// `password` before calling (see [`resume`]).
pub async fn join_with(code: &JoinCode, password: &str) -> Result<Joined> {
    let link = Link::new(&code.server, Who::Joining);
    if code.until.is_some_and(|until| until < crate::core::clock::to_ms(crate::core::clock::now())) {
        return Err(link.refused(msg!("error-sync-gate-code-expired")));
    }
    let fail = |e| link.fail(e);
    let client = connect(&code.server, &code.role, &code.password, &link).await?;
    schema::check(&client, &link).await?;
    let (desk_id, shop_id, _, _) = events::hello(&client, &link).await?;
    if desk_id != code.desk_id || shop_id != code.shop_id {
        return Err(link.shop_not_here(&format!("shop {}", code.shop_id)));
    }
    take_key(&client, &link, &code.shop_id, code.shop_key.as_deref()).await?;
    client
        .query_one("SELECT * FROM casebook.join_shop($1, $2)", &[&DESK_PROTOCOL, &verifier(password)])
        .await
        .map_err(fail)?;
    Ok(joined(code, password))
}

/// Keeps the shop's key a code brought, once the server's check says it is
/// the shop's. A shop that seals its words needs it.
async fn take_key(
    client: &tokio_postgres::Client,
    link: &Link,
    shop_id: &str,
    key: Option<&str>,
) -> Result<()> {
    let Some(check) = keys::server_check(client, link, shop_id).await? else { return Ok(()) };
    let key = keys::verify(link, &check, key.map(ShopKey::from_text).transpose()?)?;
    seal::keep_key(shop_id, &key).await
}

/// A key code: the shop's key for a desk of the shop that joined before the
/// shop sealed its words. Shown to the owner once, kept nowhere.
pub fn key_code(shop_id: &str, key: &ShopKey) -> Result<String> {
    let json = serde_json::to_vec(&KeyCode { shop_id: shop_id.to_owned(), key: key.to_text().to_string() })?;
    Ok(format!("{KEY_PREFIX}.{}", with_check(&json)))
}

/// Reads a key code as pasted: the shop it is for, and the key.
pub fn read_key_code(text: &str) -> Result<(String, ShopKey)> {
    let mistyped = || Error::invalid("key_code", msg!("error-seal-key-mistyped"));
    let text = pasted(text);
    let rest = text.strip_prefix(KEY_PREFIX).and_then(|r| r.strip_prefix('.')).ok_or_else(mistyped)?;
    let json = checked(rest).ok_or_else(mistyped)?;
    let code: KeyCode = serde_json::from_slice(&json).map_err(|_| mistyped())?;
    Ok((code.shop_id, ShopKey::from_text(&code.key).map_err(|_| mistyped())?))
}

#[derive(Serialize, Deserialize)]
struct KeyCode {
    shop_id: String,
    key: String,
}

/// Joins with a fresh password (tests, and callers that keep it after).
pub async fn join(code: &str) -> Result<Joined> {
    let code = JoinCode::decode(code)?;
    let password = random_secret()?;
    join_with(&code, &password).await
}

/// A join that went through on the server while its answer was lost (the
/// desk closed, the network dropped): the desk logs in with the password it
/// kept before asking. `None` when that password does not work (the join
/// never happened), and the code can be used as new.
pub async fn resume(code: &JoinCode, password: &str) -> Option<Joined> {
    let link = Link::new(&code.server, Who::Desk);
    let client = connect(&code.server, &code.role, password, &link).await.ok()?;
    let (desk_id, shop_id, _, is_joined) = events::hello(&client, &link).await.ok()?;
    take_key(&client, &link, &code.shop_id, code.shop_key.as_deref()).await.ok()?;
    (is_joined && desk_id == code.desk_id && shop_id == code.shop_id).then(|| joined(code, password))
}

/// A fresh password for a desk joining.
pub fn new_password() -> Result<String> {
    random_secret()
}

fn joined(code: &JoinCode, password: &str) -> Joined {
    let config = SyncConfig {
        server: code.server.clone(),
        shop_id: code.shop_id.clone(),
        shop_name: code.shop_name.clone(),
        desk_id: code.desk_id.clone(),
        role: code.role.clone(),
        desk_name: code.desk_name.clone(),
    };
    Joined { config, password: password.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> JoinCode {
        JoinCode {
            server: ServerAddress {
                host: "db.example.com".into(),
                port: 5432,
                dbname: "shop".into(),
                tls: true,
                ca_pem: Some("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".into()),
            },
            shop_id: "s1".into(),
            shop_name: "Corner Shop".into(),
            desk_id: "d2".into(),
            role: "casebook_desk_d2".into(),
            password: "pw".into(),
            desk_name: "Workshop".into(),
            until: Some(1_790_000_000_000),
            shop_key: Some("A".repeat(43)),
        }
    }

    #[test]
    fn a_code_is_one_line_and_reads_back() {
        let code = sample().encode().unwrap();
        assert!(!code.contains(char::is_whitespace), "one line, no spaces: {code}");
        assert_eq!(JoinCode::decode(&code).unwrap(), sample());
        let wrapped: String = code
            .as_bytes()
            .chunks(40)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("\n  ");
        assert_eq!(JoinCode::decode(&wrapped).unwrap(), sample(), "line breaks from an email are ignored");
    }

    #[test]
    fn a_mistyped_or_cut_code_is_caught() {
        let code = sample().encode().unwrap();
        let cut = &code[..code.len() - 12];
        let mut typo = code.clone().into_bytes();
        typo[30] = if typo[30] == b'A' { b'B' } else { b'A' };
        let typo = String::from_utf8(typo).unwrap();
        for bad in [cut, &typo, "", "casebook1.", "hello"] {
            let err = JoinCode::decode(bad).expect_err("refused");
            assert!(err.to_string().contains("mistyped"), "{bad}: {err}");
        }
        let newer = code.replacen("casebook1.", "casebook2.", 1);
        assert!(JoinCode::decode(&newer).unwrap_err().to_string().contains("newer Casebook"));
    }

    #[test]
    fn a_key_code_reads_back_and_a_mistyped_one_is_caught() {
        let key = ShopKey::generate().unwrap();
        let code = key_code("s1", &key).unwrap();
        let (shop, again) = read_key_code(&format!("  {code}\n")).unwrap();
        assert_eq!((shop.as_str(), again), ("s1", key), "the shop and its key");
        let cut = &code[..code.len() - 3];
        for bad in [cut, "cbkey1.", "", "casebook1.abc.def"] {
            let err = read_key_code(bad).expect_err("refused");
            assert!(err.to_string().contains("mistyped"), "{bad}: {err}");
        }
    }
}
