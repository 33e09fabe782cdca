//! The shop's incoming mail server (IMAP): signing in, reading folders from
//! where the desk left off (by UID), fetching messages in batches of bounded
//! size, and waiting for news (IDLE).

use crate::core::Msg;
use crate::msg;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::TryStreamExt;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use super::config::{MailSettings, Security};
use super::tls;
use crate::core::{Error, Result};

/// A connection to a mail server, encrypted or (to this computer only) not.
#[derive(Debug)]
pub enum MailStream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for MailStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for MailStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_flush(cx),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

pub type Session = async_imap::Session<MailStream>;

/// What an IMAP failure means for the person: a refusal (password, a
/// missing folder) is for them to fix; anything else is waited out.
pub(super) fn imap_error(e: async_imap::error::Error, host: &str, doing: Msg) -> Error {
    use async_imap::error::Error as E;
    match e {
        E::No(words) | E::Bad(words) => Error::Server {
            msg: msg!("error-mail-incoming-mail-server-refused", host, doing, words = words.trim()),
        },
        E::Io(io) => Error::Unavailable {
            msg: msg!("error-mail-connection-incoming-mail-server-broke", host, doing, io),
        },
        E::ConnectionLost => {
            Error::Unavailable { msg: msg!("error-mail-incoming-mail-server-closed-connection", host, doing) }
        }
        other => Error::Unavailable {
            msg: msg!("error-mail-incoming-mail-server-gave-answer", host, doing, other),
        },
    }
}

/// Connects, encrypts and signs in.
pub async fn connect(settings: &MailSettings, password: &str) -> Result<Session> {
    let host = &settings.imap_host;
    let what = msg!("mail-server-incoming");
    let tcp = tls::tcp(host, settings.imap_port, &what).await?;
    let ca = settings.ca_pem.as_deref();
    let stream = match settings.imap_security {
        Security::Tls => MailStream::Tls(Box::new(tls::encrypt(tcp, host, ca, &what).await?)),
        Security::Plain => MailStream::Plain(tcp),
        Security::StartTls => {
            let mut client = async_imap::Client::new(tcp);
            read_greeting(&mut client, host).await?;
            client
                .run_command_and_check_ok("STARTTLS", None)
                .await
                .map_err(|e| imap_error(e, host, msg!("imap-doing-starttls")))?;
            let tcp = client.into_inner();
            MailStream::Tls(Box::new(tls::encrypt(tcp, host, ca, &what).await?))
        }
    };
    let mut client = async_imap::Client::new(stream);
    if settings.imap_security != Security::StartTls {
        read_greeting(&mut client, host).await?;
    }
    match tokio::time::timeout(tls::CONNECT_TIMEOUT, client.login(&settings.username, password)).await {
        Ok(Ok(session)) => Ok(session),
        Ok(Err((async_imap::error::Error::No(words) | async_imap::error::Error::Bad(words), _))) => {
            Err(Error::Server {
                msg: msg!(
                    "error-mail-incoming-mail-server-did-accept",
                    host,
                    username = settings.username,
                    words = words.trim()
                ),
            })
        }
        Ok(Err((e, _))) => Err(imap_error(e, host, msg!("imap-doing-sign-in"))),
        Err(_) => Err(Error::Unavailable { msg: msg!("error-mail-incoming-mail-server-did-answer", host) }),
    }
}

async fn read_greeting<T>(client: &mut async_imap::Client<T>, host: &str) -> Result<()>
where
    T: AsyncRead + AsyncWrite + Unpin + std::fmt::Debug + Send,
{
    match tokio::time::timeout(tls::CONNECT_TIMEOUT, client.read_response()).await {
        Ok(Ok(Some(_))) => Ok(()),
        Ok(Ok(None)) | Ok(Err(_)) | Err(_) => {
            Err(Error::Unavailable { msg: msg!("error-mail-incoming-mail-server-did-greet", host) })
        }
    }
}

/// A folder as the server numbers it now.
#[derive(Clone, Copy, Debug)]
pub struct FolderState {
    pub uidvalidity: u32,
    pub exists: u32,
}

/// Opens a folder read-only (nothing is marked as read).
pub async fn examine(session: &mut Session, folder: &str, host: &str) -> Result<FolderState> {
    let mailbox = session
        .examine(folder)
        .await
        .map_err(|e| imap_error(e, host, msg!("imap-doing-open-folder", folder)))?;
    Ok(FolderState { uidvalidity: mailbox.uid_validity.unwrap_or(0), exists: mailbox.exists })
}

/// The UIDs after `after` and each message's size, oldest first.
pub async fn new_messages(session: &mut Session, after: u32, host: &str) -> Result<Vec<(u32, u32)>> {
    let query = format!("{}:*", after.saturating_add(1));
    let mut stream = session
        .uid_fetch(&query, "(UID RFC822.SIZE)")
        .await
        .map_err(|e| imap_error(e, host, msg!("imap-doing-list-new")))?;
    // Each answer is read as it comes and let go: an answer holds a read
    // buffer of its own (4 KB at least), so keeping 10,000 of them until the
    // last arrived would take 40 MB or more.
    let mut out: Vec<(u32, u32)> = Vec::new();
    while let Some(f) =
        stream.try_next().await.map_err(|e| imap_error(e, host, msg!("imap-doing-list-new")))?
    {
        if let Some(uid) = f.uid.filter(|uid| *uid > after) {
            out.push((uid, f.size.unwrap_or(0)));
        }
    }
    drop(stream);
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// One message as fetched: its UID, when the server received it, its bytes.
pub struct Fetched {
    pub uid: u32,
    pub arrived_at: Option<i64>,
    pub raw: Vec<u8>,
}

/// Fetches these messages whole, without marking them as read.
pub async fn fetch(session: &mut Session, uids: &[u32], host: &str) -> Result<Vec<Fetched>> {
    if uids.is_empty() {
        return Ok(Vec::new());
    }
    let set = uids.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    let mut stream = session
        .uid_fetch(&set, "(UID INTERNALDATE BODY.PEEK[])")
        .await
        .map_err(|e| imap_error(e, host, msg!("imap-doing-fetch")))?;
    let mut out = Vec::with_capacity(uids.len());
    while let Some(f) = stream.try_next().await.map_err(|e| imap_error(e, host, msg!("imap-doing-fetch")))? {
        let (Some(uid), Some(body)) = (f.uid, f.body()) else { continue };
        out.push(Fetched {
            uid,
            arrived_at: f.internal_date().map(|d| d.timestamp_millis()),
            raw: body.to_vec(),
        });
    }
    drop(stream);
    out.sort_by_key(|f| f.uid);
    Ok(out)
}

/// The folder the server keeps sent mail in: the one marked `\Sent`, else
/// one of the usual names.
pub async fn sent_folder(session: &mut Session, host: &str) -> Result<Option<String>> {
    let names: Vec<_> = session
        .list(Some(""), Some("*"))
        .await
        .map_err(|e| imap_error(e, host, msg!("imap-doing-list-folders")))?
        .try_collect()
        .await
        .map_err(|e| imap_error(e, host, msg!("imap-doing-list-folders")))?;
    let marked = names
        .iter()
        .find(|n| n.attributes().iter().any(|a| matches!(a, async_imap::types::NameAttribute::Sent)));
    if let Some(n) = marked {
        return Ok(Some(n.name().to_owned()));
    }
    const USUAL: &[&str] =
        &["Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "[Gmail]/Sent Mail"];
    Ok(USUAL
        .iter()
        .find_map(|u| names.iter().find(|n| n.name().eq_ignore_ascii_case(u)).map(|n| n.name().to_owned())))
}

/// Whether the server can tell at once when mail arrives (IMAP IDLE).
pub async fn can_idle(session: &mut Session) -> bool {
    session.capabilities().await.is_ok_and(|c| c.has_str("IDLE"))
}
