//! What the shop's owner does on the server, with the owner's own server
//! address (`postgres://owner:password@host:5432/db`): set it up for a shop,
//! upload the first desk's history, invite desks, withdraw a desk's access.
//! The owner's password is used to connect and nowhere else: never in a join
//! code, the server's tables, a log line or a message.

use crate::msg;
use std::str::FromStr;

use tokio_postgres::config::{Host, SslMode};
use tokio_postgres::Client;

use super::connect::{connect, ident, random_secret};
use super::desks::{self, ServerDesk};
use super::errors::{Link, Who};
use super::{events, keys, schema};
use crate::core::{clock, ids, Error, Result, Ts};
use crate::shop::LoggedEvent;
use crate::sync::join::JoinCode;
use crate::sync::seal::ShopKey;
use crate::sync::{Joined, Pushed, ServerAddress, SyncConfig, PUSH_BATCH};

/// The owner's access to the shop's server.
#[derive(Clone, PartialEq, Eq)]
pub struct Owner {
    address: ServerAddress,
    user: String,
    password: String,
}

impl std::fmt::Debug for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Owner").field("address", &self.address).field("user", &self.user).finish()
    }
}

fn bad_url(why: &str) -> Error {
    Error::invalid("owner_url", msg!("error-sync-server-address-casebook-can-use", why))
}

impl Owner {
    /// Reads the owner's server address. `sslmode=require` in it asks for
    /// encryption even on this computer; a server elsewhere is always
    /// reached encrypted.
    pub fn parse(url: &str) -> Result<Owner> {
        let config = tokio_postgres::Config::from_str(url.trim()).map_err(|e| {
            let why = std::error::Error::source(&e).map(|s| s.to_string()).unwrap_or_else(|| e.to_string());
            bad_url(&why)
        })?;
        let host = match config.get_hosts() {
            [Host::Tcp(host)] => host.clone(),
            [] => return Err(bad_url("it names no host")),
            [_] => return Err(bad_url("it names a local socket, not a network address")),
            _ => return Err(bad_url("it names more than one host")),
        };
        let port = match config.get_ports() {
            [] => 5432,
            [port] => *port,
            _ => return Err(bad_url("it names more than one port")),
        };
        let user = config.get_user().ok_or_else(|| bad_url("it names no user"))?.to_owned();
        let password = config
            .get_password()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .ok_or_else(|| bad_url("it has no password"))?;
        let dbname = config.get_dbname().unwrap_or(&user).to_owned();
        let tls = matches!(config.get_ssl_mode(), SslMode::Require);
        Ok(Owner { address: ServerAddress { host, port, dbname, tls, ca_pem: None }, user, password })
    }

    /// The owner's access from its parts (the address kept in the desk's
    /// settings and the password kept in the password store).
    pub fn new(address: ServerAddress, user: impl Into<String>, password: impl Into<String>) -> Owner {
        Owner { address, user: user.into(), password: password.into() }
    }

    /// Asks for encryption even on this computer.
    pub fn with_tls(mut self, tls: bool) -> Owner {
        self.address.tls = tls;
        self
    }

    /// Trusts this certificate authority (PEM) for the server's certificate.
    pub fn with_ca_pem(mut self, ca_pem: Option<String>) -> Owner {
        self.address.ca_pem = ca_pem.filter(|p| !p.trim().is_empty());
        self
    }

    /// Where the server is: what desks are given. No password in it.
    pub fn address(&self) -> &ServerAddress {
        &self.address
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    /// For the password store only.
    pub fn password(&self) -> &str {
        &self.password
    }

    fn link(&self) -> Link {
        Link::new(&self.address, Who::Owner)
    }

    /// Connects and brings the server's schema up to date.
    async fn connect(&self) -> Result<(Client, Link)> {
        let link = self.link();
        let mut client = connect(&self.address, &self.user, &self.password, &link).await?;
        schema::migrate(&mut client, &link).await?;
        Ok((client, link))
    }
}

async fn shop_name(client: &Client, link: &Link, shop_id: &str) -> Result<String> {
    let row = client
        .query_opt("SELECT name FROM casebook.shops WHERE id = $1", &[&shop_id])
        .await
        .map_err(|e| link.fail(e))?;
    row.map(|r| r.get(0))
        .ok_or_else(|| link.refused(msg!("error-sync-server-does-hold-shop-check", shop_id, at = link.at)))
}

/// Sets the server up for a shop (idempotent: the tables, the shop, and this
/// first desk), and gives this desk its credential. Called again for the same
/// desk, it gives a new password.
pub async fn create_shop(
    owner: &Owner,
    shop_id: &str,
    shop_name: &str,
    desk_id: &str,
    desk_name: &str,
) -> Result<Joined> {
    let (mut client, link) = owner.connect().await?;
    let fail = |e| link.fail(e);
    let role = desks::role_name(desk_id)?;
    let password = random_secret()?;
    let tx = client.transaction().await.map_err(fail)?;
    tx.execute(
        "INSERT INTO casebook.shops (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
        &[&shop_id, &shop_name],
    )
    .await
    .map_err(fail)?;
    let other: Option<String> = tx
        .query_opt("SELECT shop_id FROM casebook.desks WHERE id = $1", &[&desk_id])
        .await
        .map_err(fail)?
        .map(|r| r.get(0));
    if other.as_deref().is_some_and(|s| s != shop_id) {
        return Err(link.refused(msg!("error-sync-desk-already-belongs-another-shop", at = link.at)));
    }
    desks::create_role(&tx, &link, &role, &password).await?;
    tx.execute(
        "INSERT INTO casebook.desks (id, shop_id, role_name, name, joined_at, last_seen)
         VALUES ($1, $2, $3, $4, now(), now())
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, revoked_at = NULL,
             joined_at = coalesce(casebook.desks.joined_at, now())",
        &[&desk_id, &shop_id, &role, &desk_name],
    )
    .await
    .map_err(fail)?;
    tx.commit().await.map_err(fail)?;
    // The shop seals its customers' words from the start.
    keys::owner_key(&client, &link, shop_id).await?;
    let config = SyncConfig {
        server: owner.address.clone(),
        shop_id: shop_id.into(),
        shop_name: shop_name.into(),
        desk_id: desk_id.into(),
        role,
        desk_name: desk_name.into(),
    };
    Ok(Joined { config, password })
}

/// Uploads events of any desk (the first desk's whole history) with the same
/// rules as a desk's push: idempotent, a changed event refused, positions in
/// order. Sent in batches of [`PUSH_BATCH`], each in its own transaction.
pub async fn upload_as_owner(owner: &Owner, shop_id: &str, events: &[LoggedEvent]) -> Result<Pushed> {
    let (client, link) = owner.connect().await?;
    shop_name(&client, &link, shop_id).await?;
    let key = keys::sealing(&client, &link, shop_id).await?;
    let mut total = Pushed::default();
    for batch in events.chunks(PUSH_BATCH) {
        let pushed = events::push(&client, &link, shop_id, batch, key.as_ref()).await?;
        total.added += pushed.added;
        total.already_there += pushed.already_there;
    }
    Ok(total)
}

/// Seals the shop's words on the server from now on: the shop's key, made
/// on this desk if the shop has none yet (new shops are sealed from the
/// start), its check given to the server. Desks that joined before need a
/// key code (see [`crate::sync::join::key_code`]).
pub async fn seal_shop(owner: &Owner, shop_id: &str) -> Result<ShopKey> {
    let (client, link) = owner.connect().await?;
    shop_name(&client, &link, shop_id).await?;
    keys::owner_key(&client, &link, shop_id).await
}

/// Seals on the server what it holds in clear of these events (sent before
/// the shop sealed its words), in batches; returns how many changed.
pub async fn seal_held_events(
    owner: &Owner,
    shop_id: &str,
    key: &ShopKey,
    events: &[LoggedEvent],
) -> Result<u64> {
    let (client, link) = owner.connect().await?;
    let mut changed = 0;
    for batch in events.chunks(PUSH_BATCH) {
        changed += keys::seal_held(&client, &link, shop_id, key, batch).await?;
    }
    Ok(changed)
}

/// What inviting a desk gives: its id, and the join code to type or paste
/// at the new desk.
#[derive(Clone, PartialEq, Eq)]
pub struct Invitation {
    pub desk_id: String,
    /// Holds the new desk's first password: show it once, keep it nowhere.
    pub code: String,
    /// After this the server refuses the code.
    pub expires_at: Ts,
}

impl std::fmt::Debug for Invitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Invitation")
            .field("desk_id", &self.desk_id)
            .field("code", &"…")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// How long a join code works, unless the owner says otherwise.
pub const JOIN_CODE_DAYS: u32 = 7;

/// Makes a place for a new desk and its single-use join code, which works
/// for [`JOIN_CODE_DAYS`] days.
pub async fn invite(owner: &Owner, shop_id: &str, desk_name: &str) -> Result<Invitation> {
    invite_for(owner, shop_id, desk_name, JOIN_CODE_DAYS).await
}

/// Makes a place for a new desk and its single-use join code, which the
/// server refuses after `days` days (and once used).
pub async fn invite_for(owner: &Owner, shop_id: &str, desk_name: &str, days: u32) -> Result<Invitation> {
    if !(1..=90).contains(&days) {
        return Err(Error::invalid("days", msg!("error-sync-join-code-days")));
    }
    let desk_name = desk_name.trim();
    if desk_name.is_empty() {
        return Err(Error::invalid("desk_name", msg!("error-sync-give-new-desk-name-such")));
    }
    let (mut client, link) = owner.connect().await?;
    let fail = |e| link.fail(e);
    let shop_name = shop_name(&client, &link, shop_id).await?;
    let shop_key = keys::sealing(&client, &link, shop_id).await?;
    let desk_id = ids::new_id();
    let role = desks::role_name(&desk_id)?;
    let password = random_secret()?;
    let tx = client.transaction().await.map_err(fail)?;
    desks::create_role(&tx, &link, &role, &password).await?;
    let until: i64 = tx
        .query_one(
            "INSERT INTO casebook.desks (id, shop_id, role_name, name, join_until)
             VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
             RETURNING (extract(epoch FROM join_until) * 1000)::int8",
            &[&desk_id, &shop_id, &role, &desk_name, &(days as i32)],
        )
        .await
        .map_err(fail)?
        .get(0);
    tx.commit().await.map_err(fail)?;
    let code = JoinCode {
        server: owner.address.clone(),
        shop_id: shop_id.into(),
        shop_name,
        desk_id: desk_id.clone(),
        role,
        password,
        desk_name: desk_name.to_owned(),
        until: Some(until),
        shop_key: shop_key.map(|k| k.to_text().to_string()),
    }
    .encode()?;
    Ok(Invitation { desk_id, code, expires_at: clock::from_ms(until) })
}

/// A new join code for a desk already in the shop that lost its password (a
/// computer's password store emptied, a reinstall): the same desk, so its
/// history and unsent work stay. Its old password stops working at once.
/// A revoked desk is not let back in (a stolen PC stays out).
pub async fn readmit(owner: &Owner, shop_id: &str, desk_id: &str, days: u32) -> Result<Invitation> {
    if !(1..=90).contains(&days) {
        return Err(Error::invalid("days", msg!("error-sync-join-code-days")));
    }
    let (mut client, link) = owner.connect().await?;
    let fail = |e| link.fail(e);
    let shop_name = shop_name(&client, &link, shop_id).await?;
    let shop_key = keys::sealing(&client, &link, shop_id).await?;
    let password = random_secret()?;
    let tx = client.transaction().await.map_err(fail)?;
    let row = tx
        .query_opt(
            "SELECT role_name, name, revoked_at IS NOT NULL FROM casebook.desks
             WHERE id = $1 AND shop_id = $2 FOR UPDATE",
            &[&desk_id, &shop_id],
        )
        .await
        .map_err(fail)?
        .ok_or_else(|| Error::not_found("desk", desk_id))?;
    let (role, desk_name, revoked): (String, String, bool) = (row.get(0), row.get(1), row.get(2));
    if revoked {
        return Err(Error::Conflict { msg: msg!("error-sync-readmit-revoked", desk = desk_name) });
    }
    let until: i64 = tx
        .query_one(
            "UPDATE casebook.desks SET joined_at = NULL, join_until = now() + make_interval(days => $2)
             WHERE id = $1 RETURNING (extract(epoch FROM join_until) * 1000)::int8",
            &[&desk_id, &(days as i32)],
        )
        .await
        .map_err(fail)?
        .get(0);
    desks::create_role(&tx, &link, &role, &password).await?;
    tx.commit().await.map_err(fail)?;
    // Sessions on the old password end now.
    client
        .execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", &[&role])
        .await
        .map_err(fail)?;
    let code = JoinCode {
        server: owner.address.clone(),
        shop_id: shop_id.into(),
        shop_name,
        desk_id: desk_id.to_owned(),
        role,
        password,
        desk_name,
        until: Some(until),
        shop_key: shop_key.map(|k| k.to_text().to_string()),
    }
    .encode()?;
    Ok(Invitation { desk_id: desk_id.to_owned(), code, expires_at: clock::from_ms(until) })
}

/// Withdraws a desk's access: it can no longer log in, its open connections
/// are ended, and the server's rules give it nothing even before they end.
/// Its events stay in the shop's history.
pub async fn revoke(owner: &Owner, shop_id: &str, desk_id: &str) -> Result<()> {
    let (mut client, link) = owner.connect().await?;
    let fail = |e| link.fail(e);
    let tx = client.transaction().await.map_err(fail)?;
    let role: String = tx
        .query_opt(
            "UPDATE casebook.desks SET revoked_at = coalesce(revoked_at, now())
             WHERE id = $1 AND shop_id = $2 RETURNING role_name",
            &[&desk_id, &shop_id],
        )
        .await
        .map_err(fail)?
        .map(|r| r.get(0))
        .ok_or_else(|| Error::not_found("desk", desk_id))?;
    // The password stays as it was, so a revoked desk that tries to log in
    // is told it was revoked rather than that its password is wrong; only
    // `create_shop` lets the role log in again, and with a new password.
    tx.batch_execute(&format!("ALTER ROLE {} NOLOGIN", ident(&role))).await.map_err(fail)?;
    tx.commit().await.map_err(fail)?;
    // The owner is a member of every desk role (see `desks::grants`), which
    // lets it end the desk's sessions; the server's functions already refuse
    // a revoked desk everything, so a session left open could do nothing.
    client
        .execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", &[&role])
        .await
        .map_err(fail)?;
    Ok(())
}

/// The shop's desks, for the owner.
pub async fn list_desks(owner: &Owner, shop_id: &str) -> Result<Vec<ServerDesk>> {
    let (client, link) = owner.connect().await?;
    shop_name(&client, &link, shop_id).await?;
    desks::list(&client, &link, shop_id).await
}
