//! This desk's mailbox settings (desk-local, in `meta`: never in the history,
//! its exports or backups' events; the password is in the password store),
//! and the servers of well-known providers, guessed from the address.

use crate::msg;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::secret::MailSecret;
use crate::core::{text_enum, Error, Result, Store};

text_enum!(
    /// How a connection to a mail server is encrypted.
    Security {
        /// Encrypted from the first byte (IMAP 993, SMTP 465).
        Tls => "tls",
        /// Plain at first, then upgraded with STARTTLS (SMTP 587, IMAP 143).
        StartTls => "starttls",
        /// Not encrypted: only to a server on this computer.
        Plain => "plain",
    }
);

/// Where the shop's mail is and how this desk signs in (never the password).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailSettings {
    /// The shop's address, which customers write to.
    pub address: String,
    /// The sign-in name (usually the address).
    pub username: String,
    pub imap_host: String,
    pub imap_port: u16,
    pub imap_security: Security,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: Security,
    /// A certificate authority (PEM) the servers' certificates may be signed
    /// by, trusted besides the computer's own list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub ca_pem: Option<String>,
    /// This desk's name, as other desks are told ("Mail is handled by …").
    pub desk_name: String,
    /// How often to look for new mail when the server cannot say at once (no IDLE).
    #[serde(default = "default_poll_secs")]
    pub poll_secs: u32,
    /// How long a reply whose send was cut short waits for its copy to show
    /// up in the mailbox before it is tried again.
    #[serde(default = "default_unknown_wait_secs")]
    pub unknown_wait_secs: u32,
}

fn default_poll_secs() -> u32 {
    180
}

fn default_unknown_wait_secs() -> u32 {
    600
}

pub(super) fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl MailSettings {
    /// The `meta` key this desk keeps them under.
    pub const META_KEY: &'static str = "mail.settings";

    pub fn load(store: &Store) -> Result<Option<MailSettings>> {
        store
            .meta_value(Self::META_KEY)?
            .map(|text| {
                serde_json::from_str(&text).map_err(|e| {
                    Error::Internal(format!("this desk's saved mailbox settings could not be read ({e})"))
                })
            })
            .transpose()
    }

    pub fn save(&self, store: &mut Store) -> Result<()> {
        store.set_meta(Self::META_KEY, Some(&serde_json::to_string(self)?))
    }

    pub fn secret(&self) -> MailSecret {
        MailSecret { address: self.address.to_lowercase() }
    }

    /// Every field filled and sensible; unencrypted only to this computer.
    pub fn check(&self) -> Result<()> {
        crate::core::validate::email(&self.address).map_err(|_| {
            Error::invalid("address", msg!("error-mail-email-address", address = self.address))
        })?;
        for (host, field, what) in [
            (&self.imap_host, "imap_host", msg!("mail-server-in")),
            (&self.smtp_host, "smtp_host", msg!("mail-server-out")),
        ] {
            if host.trim().is_empty() || host.contains(char::is_whitespace) {
                return Err(Error::invalid(field, msg!("error-mail-give-server-s-name-such", what)));
            }
        }
        if self.imap_port == 0 || self.smtp_port == 0 {
            return Err(Error::invalid("imap_port", msg!("error-mail-give-both-servers-ports-imap")));
        }
        for (security, host, field) in [
            (self.imap_security, &self.imap_host, "imap_security"),
            (self.smtp_security, &self.smtp_host, "smtp_security"),
        ] {
            if security == Security::Plain && !is_loopback(host) {
                return Err(Error::invalid(
                    field,
                    msg!("error-mail-computer-so-connection-must-encrypted", host),
                ));
            }
        }
        if self.desk_name.trim().is_empty() {
            return Err(Error::invalid("desk_name", msg!("error-mail-give-desk-name-such-as")));
        }
        Ok(())
    }
}

/// A provider's name, its IMAP and SMTP servers, and what to know.
type Known = (&'static str, Server, Server, String);
/// A server: its name, port and encryption.
type Server = (&'static str, u16, Security);

/// The servers guessed for an address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ServerGuess {
    pub imap_host: String,
    pub imap_port: u16,
    pub imap_security: Security,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: Security,
    /// The provider's name, when it is one we know; `None` for a guess from
    /// the domain alone.
    pub provider: Option<String>,
    /// What the owner needs to know (an app password, where to make it).
    pub note: String,
}

/// The servers of well-known providers by the address's domain; for any
/// other domain, the usual names (`imap.` and `smtp.` before the domain).
pub fn guess_servers(address: &str) -> ServerGuess {
    let domain = address.rsplit_once('@').map(|(_, d)| d.trim().to_lowercase()).unwrap_or_default();
    let app_password = |name: &str, where_: &str| {
        format!("{name} needs an app password, not your usual one: make one at {where_}.")
    };
    let known: Option<Known> = match domain.as_str() {
        "gmail.com" | "googlemail.com" => Some((
            "Gmail",
            ("imap.gmail.com", 993, Security::Tls),
            ("smtp.gmail.com", 465, Security::Tls),
            app_password("Gmail", "myaccount.google.com/apppasswords"),
        )),
        "outlook.com" | "hotmail.com" | "live.com" | "msn.com" => Some((
            "Outlook.com",
            ("outlook.office365.com", 993, Security::Tls),
            ("smtp-mail.outlook.com", 587, Security::StartTls),
            app_password("Outlook.com", "account.microsoft.com/security"),
        )),
        "yahoo.com" | "ymail.com" => Some((
            "Yahoo Mail",
            ("imap.mail.yahoo.com", 993, Security::Tls),
            ("smtp.mail.yahoo.com", 465, Security::Tls),
            app_password("Yahoo Mail", "login.yahoo.com/account/security"),
        )),
        "icloud.com" | "me.com" | "mac.com" => Some((
            "iCloud Mail",
            ("imap.mail.me.com", 993, Security::Tls),
            ("smtp.mail.me.com", 587, Security::StartTls),
            app_password("iCloud Mail", "appleid.apple.com"),
        )),
        "aol.com" => Some((
            "AOL Mail",
            ("imap.aol.com", 993, Security::Tls),
            ("smtp.aol.com", 465, Security::Tls),
            app_password("AOL Mail", "login.aol.com/account/security"),
        )),
        "gmx.com" | "gmx.net" | "gmx.de" => Some((
            "GMX",
            ("imap.gmx.net", 993, Security::Tls),
            ("mail.gmx.net", 465, Security::Tls),
            "Turn on IMAP access in GMX's settings first.".into(),
        )),
        "web.de" => Some((
            "WEB.DE",
            ("imap.web.de", 993, Security::Tls),
            ("smtp.web.de", 587, Security::StartTls),
            "Turn on IMAP access in WEB.DE's settings first.".into(),
        )),
        "fastmail.com" | "fastmail.fm" => Some((
            "Fastmail",
            ("imap.fastmail.com", 993, Security::Tls),
            ("smtp.fastmail.com", 465, Security::Tls),
            app_password("Fastmail", "Settings → Privacy & Security → App passwords"),
        )),
        "zoho.com" | "zohomail.com" => Some((
            "Zoho Mail",
            ("imap.zoho.com", 993, Security::Tls),
            ("smtp.zoho.com", 465, Security::Tls),
            "Turn on IMAP access in Zoho Mail's settings first.".into(),
        )),
        _ => None,
    };
    match known {
        Some((
            provider,
            (imap_host, imap_port, imap_security),
            (smtp_host, smtp_port, smtp_security),
            note,
        )) => ServerGuess {
            imap_host: imap_host.into(),
            imap_port,
            imap_security,
            smtp_host: smtp_host.into(),
            smtp_port,
            smtp_security,
            provider: Some(provider.into()),
            note,
        },
        None => ServerGuess {
            imap_host: format!("imap.{domain}"),
            imap_port: 993,
            imap_security: Security::Tls,
            smtp_host: format!("smtp.{domain}"),
            smtp_port: 465,
            smtp_security: Security::Tls,
            provider: None,
            note: "Guessed from the address: check the server names with whoever runs your mail.".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_providers_are_recognised_by_their_domain() {
        let gmail = guess_servers("shop@Gmail.com");
        assert_eq!((gmail.imap_host.as_str(), gmail.smtp_port), ("imap.gmail.com", 465), "Gmail's servers");
        assert!(gmail.note.contains("app password"), "and what it needs: {}", gmail.note);
        let other = guess_servers("info@bikes.example");
        assert_eq!(other.imap_host, "imap.bikes.example", "others are guessed from the domain");
        assert_eq!(other.provider, None, "and said to be a guess");
    }
}
