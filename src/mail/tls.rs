//! Encryption for the mail servers: the computer's own certificate
//! authorities (those shipped with Casebook where it has none), plus one the
//! shop names; the certificate must match the server's name. Errors are said
//! in words a shop owner can act on.

use crate::msg;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::RootCertStore;
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use crate::core::{Error, Msg, Result};

/// How long to wait for a server to accept a connection.
pub(super) const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

fn system_roots() -> &'static RootCertStore {
    static ROOTS: OnceLock<RootCertStore> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let mut roots = RootCertStore::empty();
        let (_added, _ignored) =
            roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        if roots.is_empty() {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
        roots
    })
}

/// The certificate authorities in a PEM text.
pub(super) fn parse_ca(pem: &str) -> Result<Vec<CertificateDer<'static>>> {
    let bad = || Error::invalid("ca_pem", msg!("error-mail-certificate-authority-certificate-pem-form"));
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(pem.as_bytes())
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| bad())?;
    if certs.is_empty() {
        return Err(bad());
    }
    Ok(certs)
}

pub(super) fn client_config(ca_pem: Option<&str>) -> Result<Arc<rustls::ClientConfig>> {
    let mut roots = system_roots().clone();
    if let Some(pem) = ca_pem.filter(|p| !p.trim().is_empty()) {
        for cert in parse_ca(pem)? {
            roots.add(cert).map_err(|e| {
                Error::invalid("ca_pem", msg!("error-mail-certificate-authority-could-used", detail = e))
            })?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Internal(format!("encryption could not be set up: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// A TCP connection to `host:port`, with a time limit; refused or unreachable
/// servers are `Unavailable` (the desk tries again later).
pub(super) async fn tcp(host: &str, port: u16, what: &Msg) -> Result<TcpStream> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect((bare, port))).await {
        Ok(Ok(s)) => {
            let _ = s.set_nodelay(true);
            Ok(s)
        }
        Ok(Err(e)) => Err(Error::Unavailable {
            msg: msg!("error-mail-server-cannot-reached-check-server", what, host, port, detail = e),
        }),
        Err(_) => Err(Error::Unavailable {
            msg: msg!(
                "error-mail-server-did-answer-within-seconds",
                what,
                host,
                port,
                value = CONNECT_TIMEOUT.as_secs()
            ),
        }),
    }
}

/// Encrypts a connection, checking the server's certificate against its name.
pub(super) async fn encrypt<S>(
    stream: S,
    host: &str,
    ca_pem: Option<&str>,
    what: &Msg,
) -> Result<TlsStream<S>>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let bare = host.trim_start_matches('[').trim_end_matches(']').to_owned();
    let name = ServerName::try_from(bare.clone())
        .map_err(|_| Error::invalid("host", msg!("error-mail-server-name", host)))?;
    let connector = TlsConnector::from(client_config(ca_pem)?);
    match tokio::time::timeout(CONNECT_TIMEOUT, connector.connect(name, stream)).await {
        Ok(Ok(s)) => Ok(s),
        Ok(Err(e)) => Err(tls_error(&e, host, what)),
        Err(_) => Err(Error::Unavailable {
            msg: msg!("error-mail-server-did-finish-encrypting-connection", what, host),
        }),
    }
}

/// A failed handshake, in words: a certificate for another name or from an
/// unknown authority is the server's problem to fix (or the shop's CA to add),
/// not something to wait out.
pub(super) fn tls_error(e: &std::io::Error, host: &str, what: &Msg) -> Error {
    let text = e.to_string();
    let lower = text.to_lowercase();
    if lower.contains("notvalidforname") || lower.contains("not valid for name") {
        Error::Server { msg: msg!("error-mail-server-s-certificate-does-match", what, host, text) }
    } else if lower.contains("unknownissuer")
        || lower.contains("unknown issuer")
        || lower.contains("certificate")
    {
        Error::Server { msg: msg!("error-mail-server-showed-certificate-computer-does", what, host, text) }
    } else {
        Error::Unavailable { msg: msg!("error-mail-server-could-reached-securely", what, host, text) }
    }
}
