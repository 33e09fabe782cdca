//! Passcodes: personal digits that prove who is at the desk, kept only as slow
//! salted hashes (Argon2id, in the PHC string form that names its own cost),
//! shared with every desk of the shop through `passcode_set`, so the same
//! passcode works at each. Wrong tries are counted at the desk that saw them.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::rights::{PasscodeRule, MAX_DIGITS};
use crate::core::{clock, Error, Id, Result};
use crate::msg;

/// Argon2id's cost: 64 MiB and four passes take about 0.2 to 0.5 s on a shop
/// PC (`cargo bench --bench passcode` prints it for this machine). The cost
/// is in each hash, so a later change still reads older ones.
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 4;

/// Wrong tries in a row before the field makes the person wait.
pub const FREE_TRIES: i64 = 5;
/// The first wait, doubled at each further wrong try, up to an hour.
const FIRST_WAIT_MS: i64 = 30_000;
const LONGEST_WAIT_MS: i64 = 3_600_000;

/// A passcode or recovery code as typed: wiped from memory when dropped, never
/// printed (its `Debug` says nothing), never stored.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Passcode(Zeroizing<String>);

impl Passcode {
    pub fn new(text: impl Into<String>) -> Passcode {
        Passcode(Zeroizing::new(text.into()))
    }

    /// Whether two typed passcodes are the same (typed twice to be sure).
    pub fn same_as(&self, other: &Passcode) -> bool {
        self.0.trim() == other.0.trim()
    }

    fn as_bytes(&self) -> &[u8] {
        self.0.trim().as_bytes()
    }
}

impl std::fmt::Debug for Passcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passcode(…)")
    }
}

/// A passcode's hash, made only from a passcode that keeps the shop's rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasscodeHash(pub(crate) String);

impl PasscodeHash {
    /// The PHC string (a hash, never the passcode).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn argon() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, PASSES, 1, None).expect("fixed Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn salt() -> Result<SaltString> {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 16];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| Error::Internal("the system's random numbers could not be read".into()))?;
    SaltString::encode_b64(&bytes).map_err(|e| Error::Internal(format!("a salt could not be made ({e})")))
}

/// Hashes any secret (a checked passcode, a recovery code). Slow on purpose:
/// call it off the window's thread.
fn hash_secret(secret: &[u8]) -> Result<String> {
    let salt = salt()?;
    argon()
        .hash_password(secret, &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(format!("a passcode could not be hashed ({e})")))
}

/// Whether `secret` is the one `hash` was made from. Slow on purpose.
pub fn verify(secret: &Passcode, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default().verify_password(secret.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A stored hash another desk sent: an Argon2id PHC string of a sane size
/// (apply sets aside one it cannot read).
pub fn check_stored_hash(hash: &str) -> Result<()> {
    if hash.len() > 200 || !hash.starts_with("$argon2id$") || PasswordHash::new(hash).is_err() {
        return Err(Error::damaged(msg!("error-passcode-hash-unreadable")));
    }
    Ok(())
}

/// Checks a new passcode against the shop's rule and hashes it.
pub fn hash_new(passcode: &Passcode, rule: &PasscodeRule) -> Result<PasscodeHash> {
    let digits = passcode.0.trim();
    let min = rule.min_digits;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::invalid("passcode", msg!("error-passcode-digits-only", min, max = MAX_DIGITS)));
    }
    if digits.len() < usize::from(min) || digits.len() > usize::from(MAX_DIGITS) {
        return Err(Error::invalid("passcode", msg!("error-passcode-length", min, max = MAX_DIGITS)));
    }
    if guessable(digits) {
        return Err(Error::invalid("passcode", msg!("error-passcode-guessable")));
    }
    Ok(PasscodeHash(hash_secret(digits.as_bytes())?))
}

/// The first ones anyone tries: one digit over and over, or a run (1234, 9876).
fn guessable(digits: &str) -> bool {
    let d: Vec<i32> = digits.bytes().map(|b| i32::from(b - b'0')).collect();
    let same = d.windows(2).all(|w| w[0] == w[1]);
    let up = d.windows(2).all(|w| w[1] == (w[0] + 1) % 10);
    let down = d.windows(2).all(|w| w[0] == (w[1] + 1) % 10);
    same || up || down
}

/// A new recovery code (five groups of four letters and digits, about 100
/// bits: no one guesses it) and its hash. Shown once; Casebook keeps only the hash.
pub fn new_recovery_code() -> Result<(String, String)> {
    use ring::rand::SecureRandom;
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789"; // no 0/O, 1/I/L, U
    let mut bytes = [0u8; 20];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| Error::Internal("the system's random numbers could not be read".into()))?;
    let chars: Vec<char> = bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect();
    let code = chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-");
    let hash = hash_secret(normal_recovery(&code).as_bytes())?;
    Ok((code, hash))
}

/// A recovery code as typed, without spaces, dashes or case.
fn normal_recovery(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// Whether a typed recovery code is the shop's.
pub fn verify_recovery(code: &Passcode, hash: &str) -> bool {
    verify(&Passcode::new(normal_recovery(&code.0)), hash)
}

// ----- wrong tries ---------------------------------------------------------------

/// Wrong passcodes typed for one person at this desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SignInTries {
    pub staff_id: Id,
    pub name: String,
    /// Wrong tries in a row.
    pub failures: i64,
    /// The last one (Unix ms).
    pub last_at: i64,
    /// Until when the field waits (Unix ms; in the past: no wait).
    pub wait_until: i64,
}

/// Refuses while the field waits after too many wrong tries.
pub fn check_wait(conn: &Connection, staff_id: &str) -> Result<()> {
    let until: Option<i64> = conn
        .query_row("SELECT wait_until FROM sign_in_tries WHERE staff_id = ?1", [staff_id], |r| r.get(0))
        .optional()?;
    let now = clock::to_ms(clock::now());
    match until {
        Some(until) if until > now => {
            let seconds = (until - now + 999) / 1000;
            Err(Error::NotAllowed { msg: msg!("error-passcode-wait", seconds) })
        }
        _ => Ok(()),
    }
}

/// Notes a wrong try; from the fifth in a row the field waits, twice as long each time.
pub fn note_wrong(conn: &Connection, staff_id: &str) -> Result<Error> {
    let now = clock::to_ms(clock::now());
    let failures: i64 = conn
        .query_row("SELECT failures FROM sign_in_tries WHERE staff_id = ?1", [staff_id], |r| r.get(0))
        .optional()?
        .unwrap_or(0)
        + 1;
    let wait = if failures >= FREE_TRIES {
        let doublings = u32::try_from((failures - FREE_TRIES).min(10)).unwrap_or(10);
        (FIRST_WAIT_MS << doublings).min(LONGEST_WAIT_MS)
    } else {
        0
    };
    conn.execute(
        "INSERT INTO sign_in_tries (staff_id, failures, last_at, wait_until) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (staff_id) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at,
             wait_until = excluded.wait_until",
        params![staff_id, failures, now, now + wait],
    )?;
    Ok(if wait > 0 {
        Error::invalid("passcode", msg!("error-passcode-wrong-wait", seconds = wait / 1000))
    } else {
        Error::invalid("passcode", msg!("error-passcode-wrong", left = FREE_TRIES - failures))
    })
}

/// Forgets the wrong tries of someone who just typed theirs right.
pub fn clear_tries(conn: &Connection, staff_id: &str) -> Result<()> {
    conn.execute("DELETE FROM sign_in_tries WHERE staff_id = ?1", [staff_id])?;
    Ok(())
}

/// Wrong tries at this desk, the latest first (for the owner, on Staff).
pub fn list_tries(conn: &Connection) -> Result<Vec<SignInTries>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.staff_id, coalesce(s.name, t.staff_id), t.failures, t.last_at, t.wait_until
         FROM sign_in_tries t LEFT JOIN staff s ON s.id = t.staff_id ORDER BY t.last_at DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(SignInTries {
            staff_id: r.get(0)?,
            name: r.get(1)?,
            failures: r.get(2)?,
            last_at: r.get(3)?,
            wait_until: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
