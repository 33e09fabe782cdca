//! The shop's PostgreSQL server as a desk's relay, and the owner's work on it.
//!
//! The server only relays: it keeps each shop's events in the order they
//! arrived (see `events.rs` for why that order is safe to read "after my
//! cursor") and the list of the shop's desks. Each desk logs in as its own
//! PostgreSQL role; the server's own rules (`server/0001_relay.sql`) let it read
//! only its shop's events and add only events in its own name, and refuse
//! every change to the history.

pub(crate) mod connect;
mod desks;
pub(crate) mod errors;
pub(crate) mod events;
mod files;
pub(crate) mod keys;
mod owner;
mod presence;
pub(crate) mod schema;

use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio_postgres::{AsyncMessage, Client};
use ts_rs::TS;

pub use desks::ServerDesk;
pub use owner::{
    create_shop, invite, invite_for, list_desks, readmit, revoke, seal_held_events, seal_shop,
    upload_as_owner, Invitation, Owner, JOIN_CODE_DAYS,
};
pub use schema::SERVER_SCHEMA;

use self::errors::{Link, Who};
use super::{Carried, Pushed, Relay, Relayed, SyncConfig};
use crate::core::hlc::SKEW_WARNING_MS;
use crate::core::{clock, Error, Result};
use crate::shop::LoggedEvent;
use crate::sync::seal::ShopKey;

/// The protocol this desk speaks with the server's functions, sent on every
/// call. A server takes every protocol from its shop's `min_desk_protocol`
/// on, and tells an older desk to update (see `server/0003_gate.sql`).
///
/// 3: payloads may be sealed (`crate::sync::seal`). A shop that seals its
/// words takes no older desk: one would apply a sealed payload's clear part,
/// without its words.
pub(crate) const DESK_PROTOCOL: i32 = 3;

/// The longest one push or pull may take before the connection is given up
/// (a dead network is usually noticed sooner, by the connection's own checks).
const OPERATION_LIMIT: Duration = Duration::from_secs(300);

/// The desk's clock against the server's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Heartbeat {
    /// This desk's clock minus the server's, in milliseconds (positive: ahead).
    pub clock_offset_ms: i64,
    /// Further off than [`SKEW_WARNING_MS`]: the desk should say its clock is wrong.
    pub clock_wrong: bool,
}

/// A desk's connection to its shop's server. Connects when first needed and
/// again after the server or the network comes back; a failed call changes
/// nothing on the desk. Needs a Tokio runtime.
pub struct PgRelay {
    config: SyncConfig,
    password: String,
    link: Link,
    client: Option<Client>,
    listener: Option<Listener>,
    /// Sealing: whether the server knows it, the shop's key check there as
    /// last read, and the key that check asks for.
    seals: bool,
    seal_check: Option<String>,
    seal: Option<ShopKey>,
    /// Told when the server says someone at another desk moved.
    presence_pings: Option<mpsc::Sender<()>>,
}

/// The connection that hears about other desks' pushes.
struct Listener {
    news: mpsc::Receiver<()>,
    _client: Client,
}

impl std::fmt::Debug for PgRelay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgRelay")
            .field("config", &self.config)
            .field("connected", &self.client.is_some())
            .finish()
    }
}

/// Runs `$body` with a connected `$client`: connects first if needed; if a
/// connection that was already open turns out to be dead, connects once more
/// and runs it again (a push is idempotent, a pull only reads).
macro_rules! on_server {
    ($self:ident, |$client:ident| $body:expr) => {{
        let mut tries = 0;
        loop {
            tries += 1;
            let fresh = $self.client.is_none();
            if fresh {
                $self.client = Some($self.connect().await?);
            }
            let Some($client) = $self.client.as_mut() else {
                return Err(Error::Internal("the server connection was lost while in use".into()));
            };
            let result = match tokio::time::timeout(OPERATION_LIMIT, $body).await {
                Ok(result) => result,
                Err(_) => Err($self.link.unreachable("no answer in time")),
            };
            match result {
                Err(Error::Unavailable { .. }) if !fresh && tries == 1 => $self.client = None,
                Err(e) => {
                    if matches!(e, Error::Unavailable { .. }) {
                        $self.client = None;
                    }
                    break Err(e);
                }
                Ok(value) => break Ok(value),
            }
        }
    }};
}

impl PgRelay {
    /// A relay that connects when first used.
    pub fn new(config: SyncConfig, password: impl Into<String>) -> PgRelay {
        let link = Link::new(&config.server, Who::Desk);
        PgRelay {
            config,
            password: password.into(),
            link,
            client: None,
            listener: None,
            seals: false,
            seal_check: None,
            seal: None,
            presence_pings: None,
        }
    }

    /// Where to say that someone at another desk moved (the listening
    /// connection hears it with the shop's pushes).
    pub fn hear_presence(&mut self, pings: mpsc::Sender<()>) {
        self.presence_pings = Some(pings);
    }

    /// Tells the server where this desk's person is, for `ttl` unless told again.
    pub async fn set_presence(
        &mut self,
        here: &crate::sync::presence::Here,
        staff: &str,
        ttl: Duration,
    ) -> Result<()> {
        on_server!(self, |client| presence::set(client, &self.link, here, staff, ttl))
    }

    /// Who is on which case at the shop's other desks, each with how long
    /// their row holds (ms) unless renewed.
    pub async fn presence(&mut self) -> Result<Vec<(crate::sync::presence::Presence, u64)>> {
        on_server!(self, |client| presence::list(client, &self.link))
    }

    /// A relay connected now: fails at once if the server cannot be reached
    /// or refuses this desk.
    pub async fn open(config: SyncConfig, password: impl Into<String>) -> Result<PgRelay> {
        let mut relay = PgRelay::new(config, password);
        relay.client = Some(relay.connect().await?);
        Ok(relay)
    }

    pub fn config(&self) -> &SyncConfig {
        &self.config
    }

    /// Closes the connections (they open again when next needed).
    pub fn disconnect(&mut self) {
        self.client = None;
        self.listener = None;
    }

    /// Connects, checks this is the desk's shop, and reads whether the shop
    /// seals its words (refused when it does and this desk has no key).
    async fn connect(&mut self) -> Result<Client> {
        let c = &self.config;
        let client = connect::connect(&c.server, &c.role, &self.password, &self.link).await?;
        schema::check(&client, &self.link).await?;
        events::check_me(&client, &self.link, &c.shop_id, &c.desk_id).await?;
        self.seals = keys::server_seals(&client, &self.link).await?;
        if self.seals {
            let check = keys::desk_check(&client, &self.link).await?;
            self.seal = keys::key_for(&self.link, &c.shop_id, check.as_deref()).await?;
            self.seal_check = check;
        }
        Ok(client)
    }

    /// Reads the shop's key check again before events move: the owner may
    /// have sealed the shop's words since this desk connected. Refused when
    /// the shop now seals and this desk has no key (nothing moves).
    async fn check_seal(&mut self) -> Result<()> {
        if self.client.is_none() {
            // Connecting reads it.
            self.client = Some(self.connect().await?);
            return Ok(());
        }
        if !self.seals {
            return Ok(());
        }
        let check = on_server!(self, |client| keys::desk_check(client, &self.link))?;
        if check != self.seal_check {
            self.seal = keys::key_for(&self.link, &self.config.shop_id, check.as_deref()).await?;
            self.seal_check = check;
        }
        Ok(())
    }

    /// The shop's key check on its server (`None`: its words are not sealed),
    /// read with this desk's own access, whatever key it holds.
    pub async fn key_check(&self) -> Result<Option<String>> {
        let c = &self.config;
        let client = connect::connect(&c.server, &c.role, &self.password, &self.link).await?;
        schema::check(&client, &self.link).await?;
        keys::server_check(&client, &self.link, &c.shop_id).await
    }

    /// Whether this shop's words leave this desk sealed (known once connected).
    pub fn sealed(&self) -> bool {
        self.seal.is_some()
    }

    async fn listen(&self) -> Result<Listener> {
        let c = &self.config;
        let (client, mut connection) = connect::open(&c.server, &c.role, &self.password, &self.link).await?;
        let (tell, news) = mpsc::channel(1);
        let presence = self.presence_pings.clone();
        tokio::spawn(async move {
            // Drives the connection; ends when the client is dropped or the
            // connection is lost, which closes the channel.
            while let Some(Ok(message)) = std::future::poll_fn(|cx| connection.poll_message(cx)).await {
                if let AsyncMessage::Notification(n) = message {
                    // A full channel already says "news".
                    if n.payload() == "presence" {
                        if let Some(p) = &presence {
                            let _ = p.try_send(());
                        }
                    } else {
                        let _ = tell.try_send(());
                    }
                }
            }
        });
        let channel = connect::ident(&events::channel(&c.shop_id));
        client.batch_execute(&format!("LISTEN {channel}")).await.map_err(|e| self.link.fail(e))?;
        // Someone may have moved before this connection listened: look.
        if let Some(p) = &self.presence_pings {
            let _ = p.try_send(());
        }
        Ok(Listener { news, _client: client })
    }

    /// Waits up to `timeout` for another push to this shop. `true` means
    /// there may be news: a push was heard, or the listening connection was
    /// (re)opened just now and pushes before it could have been missed, so
    /// the first call returns `true` at once. `false`: nothing in that time.
    pub async fn wait_for_news(&mut self, timeout: Duration) -> Result<bool> {
        let Some(listener) = self.listener.as_mut() else {
            self.listener = Some(self.listen().await?);
            return Ok(true);
        };
        match tokio::time::timeout(timeout, listener.news.recv()).await {
            Err(_) => Ok(false),
            Ok(Some(())) => {
                while listener.news.try_recv().is_ok() {}
                Ok(true)
            }
            Ok(None) => {
                self.listener = None;
                self.listener = Some(self.listen().await?);
                Ok(true)
            }
        }
    }

    /// Tells the server this desk is here, and measures this desk's clock
    /// against the server's.
    pub async fn heartbeat(&mut self) -> Result<Heartbeat> {
        on_server!(self, |client| heartbeat(client, &self.link))
    }

    /// The shop's desks.
    pub async fn desks(&mut self) -> Result<Vec<ServerDesk>> {
        on_server!(self, |client| desks::list_for_desk(client, &self.link))
    }

    /// Drops the sealed words of these events on the server, where an
    /// erasure named their customer; how many lost them.
    pub async fn strip_forgotten(&mut self, ids: &[String]) -> Result<u64> {
        on_server!(self, |client| async {
            let row = client
                .query_one("SELECT casebook.strip_forgotten($1, $2)", &[&DESK_PROTOCOL, &ids])
                .await
                .map_err(|e| self.link.fail(e))?;
            Ok(row.get::<_, i64>(0) as u64)
        })
    }

    /// Which of these attached files the server does not hold yet.
    pub async fn files_missing(&mut self, hashes: &[String]) -> Result<Vec<String>> {
        on_server!(self, |client| files::missing(client, &self.link, hashes))
    }

    /// Sends an attached file's content (checked by the caller).
    pub async fn put_file(&mut self, hash: &str, bytes: &[u8]) -> Result<()> {
        on_server!(self, |client| files::put(client, &self.link, hash, bytes, self.seal.as_ref()))
    }

    /// An attached file's content from the server, if it has it.
    pub async fn get_file(&mut self, hash: &str) -> Result<Option<Vec<u8>>> {
        on_server!(self, |client| files::get(client, &self.link, hash, self.seal.as_ref()))
    }

    /// Deletes an erased file's content from the server.
    pub async fn delete_file(&mut self, hash: &str) -> Result<()> {
        on_server!(self, |client| files::delete(client, &self.link, hash))
    }
}

async fn heartbeat(client: &Client, link: &Link) -> Result<Heartbeat> {
    let fail = |e| link.fail(e);
    let before = clock::to_ms(clock::now());
    let row = client.query_one("SELECT casebook.now_ms()", &[]).await.map_err(fail)?;
    let after = clock::to_ms(clock::now());
    let server: i64 = row.get(0);
    // The server read its clock about halfway through the round trip.
    let offset = before + (after - before) / 2 - server;
    client.execute("SELECT casebook.heartbeat($1, $2)", &[&DESK_PROTOCOL, &offset]).await.map_err(fail)?;
    Ok(Heartbeat { clock_offset_ms: offset, clock_wrong: offset.abs() > SKEW_WARNING_MS })
}

impl Relay for PgRelay {
    async fn push(&mut self, events: &[LoggedEvent]) -> Result<Pushed> {
        self.check_seal().await?;
        on_server!(self, |client| {
            events::push(&*client, &self.link, &self.config.shop_id, events, self.seal.as_ref())
        })
    }

    async fn pull(&mut self, after: i64, limit: usize) -> Result<Vec<Relayed>> {
        self.check_seal().await?;
        on_server!(self, |client| {
            events::pull_for_desk(client, &self.link, &self.config, after, limit, self.seal.as_ref())
        })
    }

    async fn push_carried(&mut self, events: &[LoggedEvent]) -> Result<Carried> {
        self.check_seal().await?;
        on_server!(self, |client| events::push_carried(&*client, &self.link, events, self.seal.as_ref()))
    }
}
