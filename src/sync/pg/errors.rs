//! What the server's answers mean for the person at the desk: unreachable
//! (the desk carries on offline and tries again) or refused (something must be
//! done, and the message says what).

use crate::msg;
use std::error::Error as StdError;

use tokio_postgres::error::SqlState;

use crate::core::Error;
use crate::sync::ServerAddress;

/// Who is connecting: the words differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    /// A desk syncing with its own credential.
    Desk,
    /// The shop's owner, with the server address they entered.
    Owner,
    /// A desk joining with a join code.
    Joining,
}

/// A connection's context for its error messages.
#[derive(Clone, Debug)]
pub(crate) struct Link {
    pub at: String,
    pub who: Who,
}

impl Link {
    pub fn new(address: &ServerAddress, who: Who) -> Link {
        Link { at: address.display(), who }
    }

    pub fn unreachable(&self, why: &str) -> Error {
        let at = &self.at;
        let msg = match self.who {
            Who::Desk => msg!("error-sync-shop-s-server-cannot-reached-2", at, why),
            Who::Owner => msg!("error-sync-server-cannot-reached-check-server", at, why),
            Who::Joining => msg!("error-sync-shop-s-server-cannot-reached-3", at, why),
        };
        Error::Unavailable { msg }
    }

    pub fn refused(&self, msg: crate::core::Msg) -> Error {
        Error::Server { msg }
    }

    /// The desk's access was withdrawn.
    pub fn revoked(&self) -> Error {
        self.refused(msg!("error-sync-desk-s-access-shop-s"))
    }

    /// The server is reachable but holds no such shop (or no desk by this name).
    pub fn shop_not_here(&self, detail: &str) -> Error {
        self.refused(msg!("error-sync-server-does-hold-desk-s", detail, at = self.at))
    }

    /// Any error from the server or the connection to it.
    pub fn fail(&self, err: tokio_postgres::Error) -> Error {
        if let Some(db) = err.as_db_error() {
            if db.code().code().starts_with("CB") {
                return self.gate(db.code().code(), db.detail().unwrap_or_default(), db.message());
            }
            return self.db_error(db.code(), db.message());
        }
        if let Some(tls) = find::<rustls::Error>(&err) {
            return self.tls_error(tls);
        }
        if chain(&err).any(|e| e.to_string().contains("server does not support TLS")) {
            return self.refused(msg!("error-sync-shop-s-server-does-offer", at = self.at));
        }
        if let Some(io) = find::<std::io::Error>(&err) {
            return self.unreachable(&io_reason(io));
        }
        if err.is_closed() {
            return self.unreachable("the connection was closed");
        }
        let text = err.to_string();
        if text.contains("timeout") {
            return self.unreachable("no answer in time");
        }
        self.refused(msg!(
            "error-sync-shop-s-server-gave-answer",
            at = self.at,
            value = chain(&err).map(|e| e.to_string()).collect::<Vec<_>>().join(": ")
        ))
    }

    /// A refusal by the server's own checks (`server/0003_gate.sql` lists them).
    fn gate(&self, code: &str, detail: &str, message: &str) -> Error {
        let at = &self.at;
        match code {
            "CB001" => {
                let (ms, from) = detail.split_once(' ').unwrap_or((detail, ""));
                Error::ClockAhead {
                    server_ms: ms.parse().unwrap_or_default(),
                    from: from.to_owned(),
                    msg: msg!("error-sync-gate-clock-ahead"),
                }
            }
            "CB002" => Error::Unavailable { msg: msg!("error-sync-gate-rate", seconds = detail) },
            "CB003" => self.refused(msg!("error-sync-gate-too-big", message)),
            "CB004" => self.refused(msg!("error-sync-gate-malformed", detail)),
            "CB005" => self.refused(msg!("error-sync-gate-other-desk", message)),
            "CB006" => self.refused(msg!("error-sync-gate-update-desk", at)),
            "CB007" if detail == "not joined" => self.refused(msg!("error-sync-gate-not-joined")),
            "CB007" => match self.who {
                Who::Joining => self.refused(msg!("error-sync-join-code-already-used-withdrawn")),
                _ => self.revoked(),
            },
            "CB008" => {
                Error::Conflict { msg: msg!("error-sync-server-holds-different-event-id", id = detail) }
            }
            "CB009" if detail == "expired" => self.refused(msg!("error-sync-gate-code-expired")),
            "CB009" => self.refused(msg!("error-sync-join-code-already-used-join")),
            "CB010" => self.refused(msg!("error-sync-gate-file-refused", message)),
            "CB011" => self.refused(msg!("error-sync-gate-no-erasure")),
            _ => self.refused(msg!("error-sync-shop-s-server-refused-nothing", at, message)),
        }
    }

    fn db_error(&self, code: &SqlState, message: &str) -> Error {
        let at = &self.at;
        let class = &code.code()[..2.min(code.code().len())];
        if *code == SqlState::INVALID_PASSWORD {
            return self.refused(match self.who {
                Who::Desk => msg!("error-sync-shop-s-server-does-accept", at),
                Who::Owner => msg!("error-sync-server-does-accept-user-name", at),
                Who::Joining => msg!("error-sync-join-code-already-used-withdrawn"),
            });
        }
        if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            if message.contains("not permitted to log in") {
                return match self.who {
                    Who::Owner => self.refused(msg!("error-sync-server-does-let-user-log", at)),
                    Who::Desk | Who::Joining => self.revoked(),
                };
            }
            return self.refused(msg!("error-sync-server-does-accept-connections-from", at, message));
        }
        if *code == SqlState::INVALID_CATALOG_NAME {
            return self.refused(msg!("error-sync-server-has-no-such-database", at, message));
        }
        if *code == SqlState::INVALID_SCHEMA_NAME || *code == SqlState::UNDEFINED_TABLE {
            return self.shop_not_here("no Casebook shop is set up on it");
        }
        if class == "08"
            || class == "53"
            || class == "57"
            || class == "40"
            || *code == SqlState::LOCK_NOT_AVAILABLE
        {
            return self.unreachable(&format!("the server said: {message}"));
        }
        if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            return self.refused(match self.who {
                Who::Owner => msg!("error-sync-user-owner-s-server-address", at, message),
                Who::Desk | Who::Joining => msg!("error-sync-shop-s-server-refused-desk", at, message),
            });
        }
        self.refused(msg!("error-sync-shop-s-server-refused-nothing", at, message))
    }

    fn tls_error(&self, err: &rustls::Error) -> Error {
        let at = &self.at;
        match err {
            rustls::Error::InvalidCertificate(why) => self.refused(msg!(
                "error-sync-shop-s-server-showed-certificate",
                at,
                value = certificate_reason(why)
            )),
            other => self.refused(msg!("error-sync-encrypted-connection-shop-s-server", at, other)),
        }
    }
}

fn certificate_reason(why: &rustls::CertificateError) -> String {
    use rustls::CertificateError as C;
    match why {
        C::UnknownIssuer => msg!("error-sync-signed-authority-computer-trusts").english(),
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            "it is made out for another server name".into()
        }
        C::Expired | C::ExpiredContext { .. } => msg!("error-sync-has-expired").english(),
        C::NotValidYet | C::NotValidYetContext { .. } => {
            "it is not valid yet; check this computer's date".into()
        }
        C::Revoked => msg!("error-sync-revoked").english(),
        other => format!("{other:?}"),
    }
}

fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let text = err.to_string();
    match err.kind() {
        K::ConnectionRefused => msg!("error-sync-nothing-answers-address-port").english(),
        K::TimedOut => msg!("error-sync-no-answer-time").english(),
        K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
            "the connection was cut".into()
        }
        K::HostUnreachable | K::NetworkUnreachable | K::NetworkDown => {
            msg!("error-sync-network-does-reach").english()
        }
        _ if text.contains("lookup") || text.contains("Name or service") => {
            "that server name is not known".into()
        }
        _ => text,
    }
}

fn chain<'a>(err: &'a (dyn StdError + 'static)) -> impl Iterator<Item = &'a (dyn StdError + 'static)> {
    std::iter::successors(Some(err), |e: &&'a (dyn StdError + 'static)| (*e).source())
}

/// The first error of type `T` in the chain, looking inside I/O errors too
/// (encryption errors arrive wrapped in one).
fn find<'a, T: StdError + 'static>(err: &'a (dyn StdError + 'static)) -> Option<&'a T> {
    chain(err).find_map(|e| {
        e.downcast_ref::<T>().or_else(|| {
            e.downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<T>())
        })
    })
}
