//! Passwords for the shop's server, kept in the computer's own password store
//! (GNOME Keyring or KWallet through the Secret Service, the macOS Keychain,
//! the Windows Credential Manager) under the service name "Casebook". Never
//! in the desk's database, its exports or its logs.
//!
//! These calls block while the password store answers (and may wait for the
//! person to unlock it): from async code, call them on a blocking thread
//! (`tokio::task::spawn_blocking`).

use crate::core::{Error, Result};
use crate::msg;

/// The service name every Casebook secret is filed under.
pub const SERVICE: &str = "Casebook";

/// Which secret.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SecretKey {
    /// The password this desk logs in to its shop's server with.
    Desk { shop_id: String, desk_id: String },
    /// The password in the owner's server address, kept on the desk that
    /// manages the shop (invites and revokes desks).
    Owner { shop_id: String },
    /// The shop's key, which seals customers' words for the server (see
    /// `super::seal`): the same on every desk of the shop.
    Shop { shop_id: String },
}

impl SecretKey {
    /// The account name in the password store: `desk/<shop>/<desk>` or
    /// `owner/<shop>`.
    pub fn account(&self) -> String {
        match self {
            SecretKey::Desk { shop_id, desk_id } => format!("desk/{shop_id}/{desk_id}"),
            SecretKey::Owner { shop_id } => format!("owner/{shop_id}"),
            SecretKey::Shop { shop_id } => format!("shop-key/{shop_id}"),
        }
    }

    fn entry(&self) -> Result<keyring::Entry> {
        keyring::Entry::new(SERVICE, &self.account()).map_err(|e| store_error(e, "open"))
    }

    /// Keeps `secret`, replacing what was kept before.
    pub fn store(&self, secret: &str) -> Result<()> {
        self.entry()?.set_password(secret).map_err(|e| store_error(e, "save"))
    }

    /// The kept secret, or `None` if there is none.
    pub fn load(&self) -> Result<Option<String>> {
        match self.entry()?.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(store_error(e, "read")),
        }
    }

    /// Forgets the secret; nothing to forget is not an error.
    pub fn delete(&self) -> Result<()> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(store_error(e, "remove")),
        }
    }
}

/// Runs a password store call on a blocking thread (it may wait for the
/// person to unlock the store).
pub(crate) async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Internal(format!("the password store could not be asked ({e})")))?
}

fn store_error(err: keyring::Error, doing: &str) -> Error {
    match err {
        keyring::Error::NoStorageAccess(e) | keyring::Error::PlatformFailure(e) => Error::Unavailable {
            msg: msg!("error-sync-computer-has-no-password-store", detail = e, value = done(doing)),
        },
        other => Error::Internal(format!("the password store could not {doing} a password: {other}")),
    }
}

fn done(doing: &str) -> &'static str {
    match doing {
        "save" => "saved",
        "read" => "read",
        "remove" => "removed",
        _ => "reached",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_say_whose_secret_it_is() {
        let desk = SecretKey::Desk { shop_id: "s1".into(), desk_id: "d1".into() };
        assert_eq!(desk.account(), "desk/s1/d1");
        assert_eq!(SecretKey::Owner { shop_id: "s1".into() }.account(), "owner/s1");
        assert_eq!(SecretKey::Shop { shop_id: "s1".into() }.account(), "shop-key/s1");
    }

    #[test]
    fn no_password_store_says_what_to_install() {
        let missing = std::io::Error::other("org.freedesktop.secrets was not provided");
        let err = store_error(keyring::Error::NoStorageAccess(Box::new(missing)), "save");
        let text = err.to_string();
        assert!(text.contains("no password store") && text.contains("GNOME Keyring"), "{text}");
        assert!(text.contains("could not be saved"), "{text}");
    }
}
