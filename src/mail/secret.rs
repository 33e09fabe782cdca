//! The mail password, kept in the computer's password store under the same
//! service name as Casebook's other secrets (account `mail/<address>`):
//! never in the database, its exports or backups. Where no password store
//! runs, it is kept in memory for this session only, and the person is told.
//!
//! These calls block while the password store answers: from async code, call
//! them on a blocking thread.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::{Error, Result};

/// The service name every Casebook secret is filed under.
const SERVICE: &str = "Casebook";

/// Passwords kept for this session only, where no password store runs.
fn session() -> &'static Mutex<HashMap<String, String>> {
    static KEPT: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();
    KEPT.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Where a password was kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kept", rename_all = "snake_case")]
pub enum PasswordKept {
    /// In the computer's password store.
    PasswordStore,
    /// In memory until Casebook closes: there is no password store.
    ThisSessionOnly { reason: String },
}

/// The password for a shop's mailbox.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MailSecret {
    pub address: String,
}

impl MailSecret {
    pub fn account(&self) -> String {
        format!("mail/{}", self.address)
    }

    fn entry(&self) -> std::result::Result<keyring::Entry, keyring::Error> {
        keyring::Entry::new(SERVICE, &self.account())
    }

    /// Keeps the password: in the password store, or for this session if
    /// there is none.
    pub fn store(&self, password: &str) -> Result<PasswordKept> {
        let stored = self.entry().and_then(|e| e.set_password(password));
        match stored {
            Ok(()) => {
                self.forget_session();
                Ok(PasswordKept::PasswordStore)
            }
            Err(keyring::Error::NoStorageAccess(e) | keyring::Error::PlatformFailure(e)) => {
                if let Ok(mut kept) = session().lock() {
                    kept.insert(self.account(), password.to_owned());
                }
                Ok(PasswordKept::ThisSessionOnly {
                    reason: format!(
                        "This computer has no password store Casebook can use ({e}), so the mail password is \
                         kept only until Casebook closes; you will be asked for it again then. On Linux, \
                         install and unlock GNOME Keyring or KWallet to keep it."
                    ),
                })
            }
            Err(e) => {
                Err(Error::Internal(format!("the password store could not save the mail password: {e}")))
            }
        }
    }

    /// The password, if kept anywhere.
    pub fn load(&self) -> Result<Option<String>> {
        if let Some(p) = session().lock().ok().and_then(|k| k.get(&self.account()).cloned()) {
            return Ok(Some(p));
        }
        match self.entry().and_then(|e| e.get_password()) {
            Ok(p) => Ok(Some(p)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(keyring::Error::NoStorageAccess(_) | keyring::Error::PlatformFailure(_)) => Ok(None),
            Err(e) => {
                Err(Error::Internal(format!("the password store could not read the mail password: {e}")))
            }
        }
    }

    /// Forgets the password everywhere; nothing to forget is not an error.
    pub fn delete(&self) -> Result<()> {
        self.forget_session();
        match self.entry().and_then(|e| e.delete_credential()) {
            Ok(())
            | Err(keyring::Error::NoEntry)
            | Err(keyring::Error::NoStorageAccess(_))
            | Err(keyring::Error::PlatformFailure(_)) => Ok(()),
            Err(e) => {
                Err(Error::Internal(format!("the password store could not forget the mail password: {e}")))
            }
        }
    }

    fn forget_session(&self) {
        if let Ok(mut kept) = session().lock() {
            kept.remove(&self.account());
        }
    }
}
