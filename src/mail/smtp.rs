//! The shop's outgoing mail server (SMTP), through lettre: one message per
//! connection, with the server's own words kept when it refuses.

use crate::core::Msg;
use crate::msg;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::config::{MailSettings, Security};
use crate::core::{Error, Result};

/// How long one step of talking to the server may take.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Why a message was not sent.
#[derive(Clone, Debug, PartialEq)]
pub struct SendFailure {
    /// What happened, in the server's words where it gave any.
    pub msg: Msg,
    /// The server refused for good (5xx): trying again changes nothing.
    pub permanent: bool,
}

fn transport(settings: &MailSettings, password: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>> {
    let host = settings.smtp_host.trim_start_matches('[').trim_end_matches(']').to_owned();
    let tls = || -> Result<TlsParameters> {
        let mut builder = TlsParameters::builder(host.clone());
        if let Some(pem) = settings.ca_pem.as_deref().filter(|p| !p.trim().is_empty()) {
            let cert = Certificate::from_pem(pem.as_bytes()).map_err(|e| {
                Error::invalid("ca_pem", msg!("error-mail-certificate-authority-could-read", detail = e))
            })?;
            builder = builder.add_root_certificate(cert);
        }
        builder.build_rustls().map_err(|e| Error::Internal(format!("encryption could not be set up: {e}")))
    };
    let tls = match settings.smtp_security {
        Security::Tls => Tls::Wrapper(tls()?),
        Security::StartTls => Tls::Required(tls()?),
        Security::Plain => Tls::None,
    };
    let domain =
        settings.address.rsplit_once('@').map(|(_, d)| d.to_owned()).unwrap_or_else(|| "localhost".into());
    Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(settings.smtp_port)
        .tls(tls)
        .hello_name(ClientId::Domain(domain))
        .credentials(Credentials::new(settings.username.clone(), password.to_owned()))
        .timeout(Some(TIMEOUT))
        .build())
}

fn address(text: &str) -> std::result::Result<Address, SendFailure> {
    text.trim().parse::<Address>().map_err(|e| SendFailure {
        msg: msg!("error-mail-address-mail-server-accepts", text, detail = e.to_string()),
        permanent: true,
    })
}

/// What an SMTP error means, in words.
fn failure(e: &lettre::transport::smtp::Error, host: &str) -> SendFailure {
    let text = e.to_string();
    let lower = text.to_lowercase();
    if lower.contains("535") || lower.contains("authentication") {
        // A wrong password is this desk's to fix; the reply waits meanwhile.
        SendFailure {
            msg: msg!("error-mail-outgoing-mail-server-did-accept-2", host, text),
            permanent: false,
        }
    } else if e.is_permanent() {
        SendFailure { msg: msg!("error-mail-outgoing-mail-server-refused", host, text), permanent: true }
    } else if e.is_transient() {
        SendFailure { msg: msg!("error-mail-outgoing-mail-server-said-try", host, text), permanent: false }
    } else if e.is_tls() {
        SendFailure {
            msg: msg!("error-mail-outgoing-mail-server-could-reached", host, text),
            permanent: false,
        }
    } else {
        SendFailure {
            msg: msg!("error-mail-outgoing-mail-server-cannot-reached", host, text),
            permanent: false,
        }
    }
}

/// Sends one message to `to`, with a blind copy to `copy_to` (the shop's own
/// address: the proof a cut-short try went out). The server accepts it for
/// all of them or for none.
pub async fn send(
    settings: &MailSettings,
    password: &str,
    to: &[String],
    copy_to: &str,
    message: &[u8],
) -> std::result::Result<(), SendFailure> {
    let host = settings.smtp_host.clone();
    let transport =
        transport(settings, password).map_err(|e| SendFailure { msg: e.msg(), permanent: true })?;
    let mut recipients = Vec::with_capacity(to.len() + 1);
    for t in to {
        recipients.push(address(t)?);
    }
    recipients.push(address(copy_to)?);
    let envelope = Envelope::new(Some(address(&settings.address)?), recipients).map_err(|e| SendFailure {
        msg: msg!("error-mail-reply-has-nobody-go", detail = e),
        permanent: true,
    })?;
    transport.send_raw(&envelope, message).await.map(drop).map_err(|e| failure(&e, &host))
}

/// Connects, encrypts and signs in, then says goodbye: what works, in words.
pub async fn check(settings: &MailSettings, password: &str) -> Result<()> {
    let host = settings.smtp_host.clone();
    let transport = transport(settings, password)?;
    match transport.test_connection().await {
        Ok(true) => Ok(()),
        Ok(false) => {
            Err(Error::Unavailable { msg: msg!("error-mail-outgoing-mail-server-did-answer", host) })
        }
        Err(e) => {
            let text = e.to_string();
            if e.is_permanent() && text.contains("535") || text.to_lowercase().contains("authentication") {
                Err(Error::Server { msg: msg!("error-mail-outgoing-mail-server-did-accept", host, text) })
            } else {
                let f = failure(&e, &host);
                if f.permanent || e.is_tls() {
                    Err(Error::Server { msg: f.msg })
                } else {
                    Err(Error::Unavailable { msg: f.msg })
                }
            }
        }
    }
}

/// Sends a message as it is, from the mailbox's address to `to` (forwarding
/// a kept message, say): no copy, no headers changed.
pub async fn send_as_is(
    settings: &MailSettings,
    password: &str,
    to: &[String],
    message: &[u8],
) -> Result<()> {
    let host = settings.smtp_host.clone();
    let transport = transport(settings, password)?;
    let recipients = to
        .iter()
        .map(|t| address(t))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|f| Error::invalid("to", f.msg))?;
    let from = address(&settings.address).map_err(|f| Error::invalid("address", f.msg))?;
    let envelope = Envelope::new(Some(from), recipients)
        .map_err(|e| Error::invalid("to", msg!("error-mail-nobody-send", detail = e)))?;
    transport.send_raw(&envelope, message).await.map(drop).map_err(|e| {
        let f = failure(&e, &host);
        if f.permanent {
            Error::Server { msg: f.msg }
        } else {
            Error::Unavailable { msg: f.msg }
        }
    })
}
