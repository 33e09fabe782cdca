//! Setting a shop up across desks: the first desk connects to the shop's
//! server and uploads its history; it makes a join code for each new desk; a
//! new desk joins with the code and downloads the history; the owner lists
//! the desks and revokes a lost one.
//!
//! Every step checks what it can before it changes anything, and a failure
//! leaves the desk as it was: working on its own.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::pg::{
    create_shop, invite_for, list_desks, revoke, seal_held_events, seal_shop, upload_as_owner, Owner,
    PgRelay, ServerDesk, JOIN_CODE_DAYS,
};
use super::secrets::{blocking, SecretKey};
use super::service::load_config;
use super::{join, SyncConfig};
use crate::core::db::Db;
use crate::core::{ids, validate, Ctx, Error, Result, Ts};
use crate::msg;
use crate::staff::Actor;

/// Events uploaded per call when the first desk sends its history.
const UPLOAD_CHUNK: usize = 20_000;

/// Refuses unless the person at the desk is the owner (desks and the
/// shop's server are the owner's tools), proved where the shop asks.
async fn check_lead(db: &Db, who: Actor, what: crate::core::Msg) -> Result<Ctx> {
    db.write(move |s| {
        let ctx = s.acting(&who, None)?;
        s.write(|w| w.check_right(&ctx, crate::core::Right::Owner, what))?;
        Ok(ctx)
    })
    .await
}

async fn config(db: &Db) -> Result<SyncConfig> {
    db.read(load_config)
        .await?
        .ok_or_else(|| Error::Conflict { msg: msg!("error-sync-desk-connected-shop-s-server") })
}

async fn owner(config: &SyncConfig) -> Result<Owner> {
    let key = SecretKey::Owner { shop_id: config.shop_id.clone() };
    let url = blocking(move || key.load())
        .await?
        .ok_or_else(|| Error::Conflict { msg: msg!("error-sync-owner-s-server-address-password") })?;
    Ok(Owner::parse(&url)?.with_ca_pem(config.server.ca_pem.clone()).with_tls(config.server.tls))
}

fn name(raw: &str, field: &'static str, label: crate::core::Msg) -> Result<String> {
    validate::required_line(raw, field, label, 80)
}

/// Makes this desk the first of a shop on the server at `owner_url` (the
/// owner's PostgreSQL address, with a user that may create roles): sets the
/// server up, uploads this desk's whole history, and keeps the passwords in
/// the computer's password store. Returns the desk's new configuration.
pub async fn start_shop(
    db: &Db,
    who: Actor,
    owner_url: &str,
    ca_pem: Option<String>,
    shop_name: &str,
    desk_name: &str,
) -> Result<SyncConfig> {
    let shop_name = name(shop_name, "shop_name", msg!("label-the-shops-name"))?;
    let desk_name = name(desk_name, "desk_name", msg!("label-this-desks-name"))?;
    let ctx = check_lead(db, who, crate::msg!("lead-connect-server")).await?;
    if db.read(load_config).await?.is_some() {
        return Err(Error::Conflict { msg: msg!("error-sync-desk-already-connected-shop-s") });
    }
    let owner = Owner::parse(owner_url)?.with_ca_pem(ca_pem);
    // Settings that were only defaults become events, so every desk of the
    // shop ends with the same hours, targets and root causes.
    db.write(move |s| {
        s.write(|w| {
            w.log_hours(&ctx)?;
            w.log_root_causes(&ctx)
        })
    })
    .await?;
    let desk_id = db.read(|s| s.desk_id_now()).await?;
    let shop_id = ids::new_id();
    let joined = create_shop(&owner, &shop_id, &shop_name, &desk_id, &desk_name).await?;
    let mut after = 0;
    loop {
        let chunk = db.read(move |s| s.events_after(after, UPLOAD_CHUNK)).await?;
        if chunk.events.is_empty() {
            break;
        }
        upload_as_owner(&owner, &shop_id, &chunk.events).await?;
        after = chunk.last_seq;
    }
    let (desk_key, owner_key) = (joined.config.secret(), SecretKey::Owner { shop_id: shop_id.clone() });
    let (password, url) = (joined.password.clone(), owner_url.trim().to_owned());
    blocking(move || {
        desk_key.store(&password)?;
        owner_key.store(&url)
    })
    .await?;
    let config = joined.config;
    let text = config.to_json()?;
    db.write(move |s| {
        s.reset_sync_cursors()?;
        s.set_meta(SyncConfig::META_KEY, Some(&text))?;
        // Everything this desk held is on the server now.
        s.mark_pushed(after)
    })
    .await?;
    Ok(config)
}

/// A join code as made: shown once, with the date after which the server
/// refuses it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JoinCodeMade {
    pub code: String,
    pub expires_at: Ts,
}

impl std::fmt::Debug for JoinCodeMade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JoinCodeMade").field("code", &"…").field("expires_at", &self.expires_at).finish()
    }
}

/// A single-use join code for a new desk called `desk_name`, made with the
/// owner's access kept on this desk; it works for [`JOIN_CODE_DAYS`] days.
pub async fn make_join_code(db: &Db, who: Actor, desk_name: &str) -> Result<JoinCodeMade> {
    let desk_name = name(desk_name, "desk_name", msg!("label-the-new-desks-name"))?;
    check_lead(db, who, crate::msg!("lead-add-desk")).await?;
    let config = config(db).await?;
    let owner = owner(&config).await?;
    let made = invite_for(&owner, &config.shop_id, &desk_name, JOIN_CODE_DAYS).await?;
    Ok(JoinCodeMade { code: made.code, expires_at: made.expires_at })
}

/// Whether the owner's access to the server is kept on this desk.
pub async fn owner_here(db: &Db) -> Result<bool> {
    let Some(config) = db.read(load_config).await? else { return Ok(false) };
    let key = SecretKey::Owner { shop_id: config.shop_id };
    Ok(blocking(move || key.load()).await?.is_some())
}

/// Keeps the owner's access on this desk, so it can invite and revoke desks
/// (the first desk's included): checked against the server first, which must
/// hold this shop. Signing in on one desk and out on another moves it.
pub async fn owner_sign_in(db: &Db, who: Actor, owner_url: &str) -> Result<()> {
    check_lead(db, who, crate::msg!("lead-owner-sign-in")).await?;
    let config = config(db).await?;
    let owner =
        Owner::parse(owner_url)?.with_ca_pem(config.server.ca_pem.clone()).with_tls(config.server.tls);
    if owner.address().host != config.server.host || owner.address().port != config.server.port {
        return Err(Error::invalid(
            "owner_url",
            msg!("error-sync-owner-other-server", at = config.server.display()),
        ));
    }
    // Lists the shop's desks: proves the address, password and shop at once.
    list_desks(&owner, &config.shop_id).await?;
    let key = SecretKey::Owner { shop_id: config.shop_id.clone() };
    let url = owner_url.trim().to_owned();
    blocking(move || key.store(&url)).await
}

/// Forgets the owner's access on this desk (the desk syncs on as before).
pub async fn owner_sign_out(db: &Db, who: Actor) -> Result<()> {
    check_lead(db, who, crate::msg!("lead-owner-sign-in")).await?;
    let config = config(db).await?;
    let key = SecretKey::Owner { shop_id: config.shop_id };
    blocking(move || key.delete()).await
}

/// Joins the shop a join code names. A desk with no history joins as a new
/// desk; a desk already in the shop takes a code the owner made for it
/// (`sync readmit`) to get a new password, keeping its history and unsent
/// work. A join cut off after the server took the code finishes when it is
/// tried again with the same code: the desk keeps its new password in the
/// computer's password store before it asks.
pub async fn join_shop(db: &Db, code: &str) -> Result<SyncConfig> {
    let decoded = join::JoinCode::decode(code)?;
    let readmitted = match db.read(load_config).await? {
        Some(c) if c.shop_id == decoded.shop_id && c.desk_id == decoded.desk_id => true,
        Some(c) => {
            return Err(Error::Conflict {
                msg: msg!("error-sync-desk-in-another-shop", shop = c.shop_name, theirs = decoded.shop_name),
            })
        }
        None => false,
    };
    if !readmitted {
        let events = db.read(|s| Ok(s.desk_info()?.events)).await?;
        if events > 0 {
            return Err(Error::Conflict { msg: msg!("error-sync-desk-already-has-own-history", events) });
        }
    }
    let key = SecretKey::Desk { shop_id: decoded.shop_id.clone(), desk_id: decoded.desk_id.clone() };
    let kept = {
        let key = key.clone();
        blocking(move || key.load()).await?
    };
    let resumed = match kept {
        Some(password) => join::resume(&decoded, &password).await,
        None => None,
    };
    let joined = match resumed {
        Some(joined) => joined,
        None => {
            let password = join::new_password()?;
            let (key, kept) = (key.clone(), password.clone());
            blocking(move || key.store(&kept)).await?;
            join::join_with(&decoded, &password).await?
        }
    };
    let config = joined.config;
    let (text, desk_id) = (config.to_json()?, config.desk_id.clone());
    db.write(move |s| {
        s.adopt_desk_id(&desk_id)?;
        if !readmitted {
            s.reset_sync_cursors()?;
        }
        s.set_meta(SyncConfig::META_KEY, Some(&text))
    })
    .await?;
    Ok(config)
}

/// A desk of the shop, by its name or its id: what the owner types.
async fn desk_named(db: &Db, desk: &str) -> Result<ServerDesk> {
    let wanted = desk.trim();
    let desks = shop_desks(db).await?;
    if let Some(d) = desks.iter().find(|d| d.id == wanted) {
        return Ok(d.clone());
    }
    let named: Vec<&ServerDesk> =
        desks.iter().filter(|d| d.name.trim().eq_ignore_ascii_case(wanted)).collect();
    match named.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Error::invalid(
            "desk",
            msg!(
                "error-sync-no-desk-named",
                desk = wanted,
                names = desks.iter().map(|d| d.name.clone()).collect::<Vec<_>>().join(", ")
            ),
        )),
        _ => Err(Error::invalid("desk", msg!("error-sync-two-desks-named", desk = wanted))),
    }
}

/// A new join code for a desk of the shop that lost its password: typed at
/// that desk (`sync join`), it lets the desk in again with its history and
/// unsent work. The owner's access must be kept on this desk.
pub async fn readmit_desk(db: &Db, who: Actor, desk: &str) -> Result<JoinCodeMade> {
    check_lead(db, who, crate::msg!("lead-add-desk")).await?;
    let config = config(db).await?;
    let owner = owner(&config).await?;
    let desk = desk_named(db, desk).await?;
    let made = super::pg::readmit(&owner, &config.shop_id, &desk.id, JOIN_CODE_DAYS).await?;
    Ok(JoinCodeMade { code: made.code, expires_at: made.expires_at })
}

/// The shop's server moved (a new address, the same shop): this desk syncs
/// with it from now on. Checked first: the server at `server` must hold this
/// shop and let this desk in with its password; otherwise nothing changes.
pub async fn move_server(db: &Db, who: Actor, server: super::ServerAddress) -> Result<SyncConfig> {
    check_lead(db, who, crate::msg!("lead-connect-server")).await?;
    let mut config = config(db).await?;
    let password = desk_password(&config).await?;
    config.server = server;
    PgRelay::open(config.clone(), password).await?;
    let text = config.to_json()?;
    db.write(move |s| s.set_meta(SyncConfig::META_KEY, Some(&text))).await?;
    Ok(config)
}

/// This desk leaves its shop and keeps its history, working on its own from
/// now on (its password is forgotten; the owner revokes it on the server).
/// Refused while work of this desk has not reached the server, unless
/// `anyway`: that work would then stay on this desk alone.
pub async fn leave_shop(db: &Db, who: Actor, anyway: bool) -> Result<SyncConfig> {
    check_lead(db, who, crate::msg!("lead-connect-server")).await?;
    let config = config(db).await?;
    let waiting = db.read(|s| s.unsent_count()).await?;
    if waiting > 0 && !anyway {
        return Err(Error::Conflict { msg: msg!("error-sync-leave-unsent", waiting) });
    }
    db.write(|s| {
        s.set_meta(SyncConfig::META_KEY, None)?;
        s.reset_sync_cursors()
    })
    .await?;
    // Its password, and the shop's key: this desk reads nothing more of the shop's.
    let (key, shop_key) = (config.secret(), SecretKey::Shop { shop_id: config.shop_id.clone() });
    blocking(move || {
        key.delete()?;
        shop_key.delete()
    })
    .await?;
    Ok(config)
}

/// This desk's own password for the shop's server, from the password store.
async fn desk_password(config: &SyncConfig) -> Result<String> {
    let key = config.secret();
    blocking(move || key.load())
        .await?
        .ok_or_else(|| Error::Conflict { msg: msg!("error-sync-desk-s-password-shop-s") })
}

/// The shop's desks, as the server lists them.
pub async fn shop_desks(db: &Db) -> Result<Vec<ServerDesk>> {
    let config = config(db).await?;
    let password = desk_password(&config).await?;
    match owner(&config).await {
        Ok(owner) => list_desks(&owner, &config.shop_id).await,
        Err(_) => PgRelay::new(config, password).desks().await,
    }
}

/// Who is on which case at the shop's other desks right now (presence: see
/// `sync::presence`). Needs the server.
pub async fn shop_presence(db: &Db) -> Result<Vec<crate::sync::Presence>> {
    let config = config(db).await?;
    let password = desk_password(&config).await?;
    let rows = PgRelay::new(config, password).presence().await?;
    Ok(rows.into_iter().map(|(p, _)| p).collect())
}

/// Withdraws a desk's access to the shop (a lost or stolen PC), named by its
/// name or id. Its events stay in the history. Gives the desk revoked.
pub async fn revoke_desk(db: &Db, who: Actor, desk: &str) -> Result<ServerDesk> {
    check_lead(db, who, crate::msg!("lead-revoke-desk")).await?;
    let config = config(db).await?;
    let desk = desk_named(db, desk).await?;
    if desk.id == config.desk_id {
        return Err(Error::Conflict { msg: msg!("error-sync-desk-cannot-revoke-itself-do") });
    }
    let owner = owner(&config).await?;
    revoke(&owner, &config.shop_id, &desk.id).await?;
    Ok(desk)
}

/// What sealing the shop's words did: how many events the server held in
/// clear are sealed now, and the key code for desks that joined before.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ShopSealed {
    #[ts(type = "number")]
    pub sealed: u64,
    /// Holds the shop's key: show it, keep it nowhere.
    pub key_code: String,
}

impl std::fmt::Debug for ShopSealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShopSealed").field("sealed", &self.sealed).finish_non_exhaustive()
    }
}

/// Seals the shop's words on its server (see `super::seal`): new shops are
/// sealed from the start; a shop made before is sealed here, by the owner.
/// The server's copies sent in clear are sealed too (an event about a
/// forgotten customer keeps only what the desks keep). Again later, it seals
/// what came in clear since, and gives the key code again.
pub async fn seal_shop_words(db: &Db, who: Actor) -> Result<ShopSealed> {
    check_lead(db, who, crate::msg!("lead-seal-shop")).await?;
    let config = config(db).await?;
    let owner = owner(&config).await?;
    let key = seal_shop(&owner, &config.shop_id).await?;
    let (mut after, mut sealed) = (0, 0);
    loop {
        let chunk = db.read(move |s| s.events_after(after, UPLOAD_CHUNK)).await?;
        if chunk.events.is_empty() {
            break;
        }
        sealed += seal_held_events(&owner, &config.shop_id, &key, &chunk.events).await?;
        after = chunk.last_seq;
    }
    Ok(ShopSealed { sealed, key_code: join::key_code(&config.shop_id, &key)? })
}

/// Gives this desk the shop's key from the owner's key code (a desk that
/// joined before the shop sealed its words). Checked against the shop's
/// server when it answers; offline, kept, and checked at the next sync.
pub async fn take_key_code(db: &Db, code: &str) -> Result<()> {
    let (shop_id, key) = join::read_key_code(code)?;
    let config = config(db).await?;
    if shop_id != config.shop_id {
        return Err(Error::invalid("key_code", msg!("error-seal-key-other-shop", shop = config.shop_name)));
    }
    let secret = config.secret();
    let password = blocking(move || secret.load())
        .await?
        .ok_or_else(|| Error::Conflict { msg: msg!("error-sync-desk-s-password-shop-s") })?;
    if let Ok(Some(check)) = PgRelay::new(config, password).key_check().await {
        if check != key.check() {
            return Err(Error::invalid("key_code", msg!("error-seal-key-wrong")));
        }
    }
    super::seal::keep_key(&shop_id, &key).await
}
