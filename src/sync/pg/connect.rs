//! Connecting to the shop's server: encrypted and checked everywhere but on
//! this computer, and never left hanging on a server that does not answer.

use crate::msg;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::RootCertStore;
use tokio_postgres::config::SslMode;
use tokio_postgres::tls::MakeTlsConnect;
use tokio_postgres::{Client, Connection, Socket};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::errors::Link;
use crate::core::{Error, Result};
use crate::sync::ServerAddress;

/// How long to wait for the server to accept the connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(6);
/// How long connecting may take in all (name look-up, encryption, password).
const CONNECT_LIMIT: Duration = Duration::from_secs(10);
/// Sent data unacknowledged this long means the connection is dead.
const TCP_USER_TIMEOUT: Duration = Duration::from_secs(60);

/// The connection's stream, encrypted or not.
pub(crate) type PgConnection = Connection<Socket, <MakeRustlsConnect as MakeTlsConnect<Socket>>::Stream>;

/// The computer's own certificate authorities, read once; the ones shipped
/// with Casebook when the computer has none.
fn system_roots() -> &'static RootCertStore {
    static ROOTS: OnceLock<RootCertStore> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let mut roots = RootCertStore::empty();
        let found = rustls_native_certs::load_native_certs();
        let (_added, _ignored) = roots.add_parsable_certificates(found.certs);
        if roots.is_empty() {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
        roots
    })
}

/// Reads the certificate authorities in a PEM text.
pub(crate) fn parse_ca(pem: &str) -> Result<Vec<CertificateDer<'static>>> {
    let bad = || Error::invalid("ca_pem", msg!("error-mail-certificate-authority-certificate-pem-form"));
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(pem.as_bytes()).collect::<Result<_, _>>().map_err(|_| bad())?;
    if certs.is_empty() {
        return Err(bad());
    }
    Ok(certs)
}

fn tls_config(ca_pem: Option<&str>) -> Result<rustls::ClientConfig> {
    let mut roots = system_roots().clone();
    if let Some(pem) = ca_pem.filter(|p| !p.trim().is_empty()) {
        for cert in parse_ca(pem)? {
            roots.add(cert).map_err(|e| {
                Error::invalid(
                    "ca_pem",
                    msg!("error-sync-certificate-authority-could-used-check", detail = e),
                )
            })?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Internal(format!("encryption could not be set up: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

/// Opens a connection without driving it: the caller spawns it, or polls it
/// for notifications.
pub(crate) async fn open(
    address: &ServerAddress,
    user: &str,
    password: &str,
    link: &Link,
) -> Result<(Client, PgConnection)> {
    if address.host.trim().is_empty() {
        return Err(Error::invalid("host", msg!("error-sync-server-address-has-no-host")));
    }
    let mut config = tokio_postgres::Config::new();
    config
        .host(address.host.trim_start_matches('[').trim_end_matches(']'))
        .port(address.port)
        .dbname(&address.dbname)
        .user(user)
        .password(password)
        .application_name("casebook")
        .connect_timeout(CONNECT_TIMEOUT)
        .tcp_user_timeout(TCP_USER_TIMEOUT)
        .keepalives(true)
        .keepalives_idle(Duration::from_secs(30))
        .keepalives_interval(Duration::from_secs(10))
        .keepalives_retries(3)
        .ssl_mode(if address.uses_tls() { SslMode::Require } else { SslMode::Disable });
    let tls = MakeRustlsConnect::new(tls_config(address.ca_pem.as_deref())?);
    match tokio::time::timeout(CONNECT_LIMIT, config.connect(tls)).await {
        Ok(Ok(pair)) => Ok(pair),
        Ok(Err(e)) => Err(link.fail(e)),
        Err(_) => Err(link.unreachable("no answer in time")),
    }
}

/// Opens a connection and drives it in the background until the client is
/// dropped.
pub(crate) async fn connect(
    address: &ServerAddress,
    user: &str,
    password: &str,
    link: &Link,
) -> Result<Client> {
    let (client, connection) = open(address, user, password, link).await?;
    tokio::spawn(async move {
        // Its end (the server went away) shows as an error on the next query.
        let _ = connection.await;
    });
    Ok(client)
}

/// Quotes a name for SQL (`"name"`).
pub(crate) fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A strong random password: 32 characters of letters, digits, `-` and `_`
/// (safe inside SQL quotes).
pub(crate) fn random_secret() -> Result<String> {
    use base64::Engine;
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 24];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| Error::Internal("the computer gave no random numbers for a password".into()))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// The password as the server stores it (a SCRAM-SHA-256 verifier), so the
/// password itself never appears in an SQL statement or the server's log.
pub(crate) fn verifier(password: &str) -> String {
    postgres_protocol::password::scram_sha_256(password.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_strong_and_safe_in_sql() {
        let a = random_secret().unwrap();
        let b = random_secret().unwrap();
        assert_eq!(a.len(), 32, "192 random bits");
        assert_ne!(a, b, "never the same twice");
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{a}");
        let v = verifier(&a);
        assert!(v.starts_with("SCRAM-SHA-256$") && !v.contains('\'') && !v.contains(&a), "{v}");
    }

    #[test]
    fn a_certificate_authority_must_be_pem() {
        assert!(parse_ca("not a certificate").is_err(), "plain text is refused");
        assert!(tls_config(None).is_ok(), "the system's authorities alone work");
    }
}
