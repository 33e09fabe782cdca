//! What the server's answers mean for the person at the desk: unreachable
//! (the desk carries on offline and tries again) or refused (something must be
//! done, and the message says what).

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
        let message = match self.who {
            Who::Desk => format!(
                "The shop's server at {at} cannot be reached ({why}). This desk keeps working and \
                 will send its work when the server is back."
            ),
            Who::Owner => format!(
                "The server at {at} cannot be reached ({why}). Check the server address and that the \
                 server is running, then try again."
            ),
            Who::Joining => format!(
                "The shop's server at {at} cannot be reached ({why}). Check that this computer is on \
                 the shop's network and the server is running, then try the join code again."
            ),
        };
        Error::Unavailable { message }
    }

    pub fn refused(&self, message: String) -> Error {
        Error::Server { message }
    }

    /// The desk's access was withdrawn.
    pub fn revoked(&self) -> Error {
        self.refused(
            "This desk's access to the shop's server was withdrawn by the shop's owner. It keeps its \
             own history and works on its own; to share again, ask the first desk for a new join code."
                .into(),
        )
    }

    /// The server is reachable but holds no such shop (or no desk by this name).
    pub fn shop_not_here(&self, detail: &str) -> Error {
        self.refused(format!(
            "This server does not hold this desk's shop ({detail} at {}). Check the server address in \
             the shop settings, or join again with a new join code from the first desk.",
            self.at
        ))
    }

    /// Any error from the server or the connection to it.
    pub fn fail(&self, err: tokio_postgres::Error) -> Error {
        if let Some(db) = err.as_db_error() {
            return self.db_error(db.code(), db.message());
        }
        if let Some(tls) = find::<rustls::Error>(&err) {
            return self.tls_error(tls);
        }
        if chain(&err).any(|e| e.to_string().contains("server does not support TLS")) {
            return self.refused(format!(
                "The shop's server at {} does not offer an encrypted connection, and Casebook reaches \
                 a server on another computer only encrypted. Ask whoever looks after the server to \
                 turn encryption on (ssl = on).",
                self.at
            ));
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
        self.refused(format!(
            "The shop's server at {} gave an answer Casebook does not understand ({}). Nothing was \
             changed. Check that the address is a PostgreSQL server, or tell whoever looks after it.",
            self.at,
            chain(&err).map(|e| e.to_string()).collect::<Vec<_>>().join(": ")
        ))
    }

    fn db_error(&self, code: &SqlState, message: &str) -> Error {
        let at = &self.at;
        let class = &code.code()[..2.min(code.code().len())];
        if *code == SqlState::INVALID_PASSWORD {
            return self.refused(match self.who {
                Who::Desk => format!(
                    "The shop's server at {at} does not accept this desk's password. The desk may have \
                     been set up again on another computer. Ask the first desk for a new join code and \
                     join again."
                ),
                Who::Owner => format!(
                    "The server at {at} does not accept this user name and password. Check the owner's \
                     server address (the part before @), then try again."
                ),
                Who::Joining => "This join code was already used, or it was withdrawn: the server no \
                    longer accepts it. A join code works once. Ask the first desk for a new one."
                    .into(),
            });
        }
        if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            if message.contains("not permitted to log in") {
                return match self.who {
                    Who::Owner => self.refused(format!(
                        "The server at {at} does not let this user log in. Use the server owner's \
                         address, or ask whoever looks after the server."
                    )),
                    Who::Desk | Who::Joining => self.revoked(),
                };
            }
            return self.refused(format!(
                "The server at {at} does not accept connections from this computer ({message}). Ask \
                 whoever looks after the server to allow this computer, then try again."
            ));
        }
        if *code == SqlState::INVALID_CATALOG_NAME {
            return self.refused(format!(
                "The server at {at} has no such database ({message}). Check the database name in the \
                 server address."
            ));
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
                Who::Owner => format!(
                    "The user in the owner's server address may not do this at {at} ({message}). It \
                     must be able to create roles and tables: use the server owner's address."
                ),
                Who::Desk | Who::Joining => format!(
                    "The shop's server at {at} refused this desk ({message}). Its access may have been \
                     withdrawn, or it is not a desk of this shop. Nothing was changed. Ask the first \
                     desk for a new join code."
                ),
            });
        }
        self.refused(format!(
            "The shop's server at {at} refused ({message}). Nothing was changed. If it keeps happening, \
             tell whoever looks after the server."
        ))
    }

    fn tls_error(&self, err: &rustls::Error) -> Error {
        let at = &self.at;
        match err {
            rustls::Error::InvalidCertificate(why) => self.refused(format!(
                "The shop's server at {at} showed a certificate that does not match ({}). Casebook did \
                 not connect, to keep the shop's data safe. If the server's certificate was changed, \
                 enter its certificate authority in the shop settings; otherwise tell whoever looks \
                 after the server.",
                certificate_reason(why)
            )),
            other => self.refused(format!(
                "An encrypted connection to the shop's server at {at} could not be set up ({other}). \
                 Casebook did not connect. Tell whoever looks after the server."
            )),
        }
    }
}

fn certificate_reason(why: &rustls::CertificateError) -> String {
    use rustls::CertificateError as C;
    match why {
        C::UnknownIssuer => "it is not signed by an authority this computer trusts".into(),
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            "it is made out for another server name".into()
        }
        C::Expired | C::ExpiredContext { .. } => "it has expired".into(),
        C::NotValidYet | C::NotValidYetContext { .. } => {
            "it is not valid yet; check this computer's date".into()
        }
        C::Revoked => "it was revoked".into(),
        other => format!("{other:?}"),
    }
}

fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let text = err.to_string();
    match err.kind() {
        K::ConnectionRefused => "nothing answers at that address and port".into(),
        K::TimedOut => "no answer in time".into(),
        K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
            "the connection was cut".into()
        }
        K::HostUnreachable | K::NetworkUnreachable | K::NetworkDown => "the network does not reach it".into(),
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
