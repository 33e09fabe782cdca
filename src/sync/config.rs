//! What a desk remembers about its shop's server: where it is and who this
//! desk is there. None of it is secret; the desk's password is kept in the
//! computer's password store (see [`super::secrets`]), never here.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::{Error, Result};

/// Where the shop's server is. Never holds a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ServerAddress {
    pub host: String,
    pub port: u16,
    /// The PostgreSQL database that holds the shop.
    pub dbname: String,
    /// Encrypt the connection even to this computer (127.0.0.1, ::1,
    /// localhost). A server anywhere else is always reached encrypted, with
    /// its certificate checked against the host name.
    #[serde(default)]
    pub tls: bool,
    /// A certificate authority (PEM) the server's certificate may be signed
    /// by, trusted besides the computer's own list: for a shop that made its
    /// own certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub ca_pem: Option<String>,
}

impl ServerAddress {
    /// True for this computer itself: the only place a connection may go
    /// unencrypted.
    pub fn is_loopback(&self) -> bool {
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        host.eq_ignore_ascii_case("localhost") || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }

    /// Whether connections are encrypted: always, unless the server is on this
    /// computer and encryption was not asked for.
    pub fn uses_tls(&self) -> bool {
        self.tls || !self.is_loopback()
    }

    /// `host:port`, for messages.
    pub fn display(&self) -> String {
        if self.host.contains(':') && !self.host.starts_with('[') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// A desk's sync settings, kept in its own database (`meta`, under
/// [`SyncConfig::META_KEY`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncConfig {
    pub server: ServerAddress,
    pub shop_id: String,
    pub shop_name: String,
    /// This desk's id on the server: the id its events are written with.
    pub desk_id: String,
    /// The PostgreSQL role this desk logs in as.
    pub role: String,
    /// This desk's name in the shop ("Counter", "Workshop").
    #[serde(default)]
    pub desk_name: String,
}

impl SyncConfig {
    /// The `meta` key the desk keeps this under.
    pub const META_KEY: &'static str = crate::core::store::SHOP_META_KEY;

    pub fn to_json(&self) -> Result<String> {
        Ok(serde_json::to_string(self)?)
    }

    pub fn from_json(text: &str) -> Result<SyncConfig> {
        serde_json::from_str(text).map_err(|e| {
            Error::Internal(format!("this desk's saved server settings could not be read ({e})"))
        })
    }

    /// Where this desk's password is kept in the computer's password store.
    pub fn secret(&self) -> super::secrets::SecretKey {
        super::secrets::SecretKey::Desk { shop_id: self.shop_id.clone(), desk_id: self.desk_id.clone() }
    }
}

/// A desk's place on the server and the password it logs in with: what
/// creating a shop or joining one gives.
#[derive(Clone, PartialEq, Eq)]
pub struct Joined {
    pub config: SyncConfig,
    /// Keep it in the computer's password store; it is shown nowhere.
    pub password: String,
}

impl std::fmt::Debug for Joined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Joined").field("config", &self.config).field("password", &"…").finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(host: &str, tls: bool) -> ServerAddress {
        ServerAddress { host: host.into(), port: 5432, dbname: "shop".into(), tls, ca_pem: None }
    }

    #[test]
    fn only_this_computer_may_be_reached_unencrypted() {
        for host in ["127.0.0.1", "::1", "[::1]", "localhost", "LocalHost", "127.0.0.2"] {
            assert!(!at(host, false).uses_tls(), "{host} is this computer: plain TCP allowed");
            assert!(at(host, true).uses_tls(), "{host}: encryption asked for is used");
        }
        for host in ["db.example.com", "10.0.0.5", "localhost.example.com", "::2"] {
            assert!(at(host, false).uses_tls(), "{host} is elsewhere: always encrypted");
        }
    }

    #[test]
    fn settings_round_trip_as_json() {
        let config = SyncConfig {
            server: at("db.example.com", true),
            shop_id: "s".into(),
            shop_name: "Shop".into(),
            desk_id: "d".into(),
            role: "casebook_desk_d".into(),
            desk_name: "Counter".into(),
        };
        let text = config.to_json().unwrap();
        assert!(!text.contains("ca_pem"), "no certificate authority, no field: {text}");
        assert_eq!(SyncConfig::from_json(&text).unwrap(), config, "read back as written");
    }
}
