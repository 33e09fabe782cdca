//! Connecting the shop's mailbox on this desk, testing it in words, and
//! disconnecting it.

use crate::msg;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::config::MailSettings;
use super::events::MailEvent;
use super::secret::PasswordKept;
use super::{imap, shop_mailbox, smtp};
use crate::core::db::Db;
use crate::core::{Ctx, Error, Lang, Msg, Result, Words, Writer};
use crate::staff::Actor;

/// What the Mailbox page sends to connect: the settings and the password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailboxSetup {
    pub settings: MailSettings,
    pub password: String,
}

/// One thing the test tried, and how it went, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TestStep {
    pub ok: bool,
    pub words: String,
}

/// What works and what does not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailTest {
    pub ok: bool,
    pub steps: Vec<TestStep>,
    /// Connected: where the password is kept.
    pub password: Option<PasswordKept>,
}

fn step(out: &mut Vec<TestStep>, ok: bool, words: String) -> bool {
    out.push(TestStep { ok, words });
    ok
}

/// Signs in to both servers and says, step by step, what works (in English).
pub async fn test_mailbox(settings: &MailSettings, password: &str) -> MailTest {
    test_mailbox_in(settings, password, Lang::En).await
}

/// Signs in to both servers and says, step by step and in `lang`, what works.
pub async fn test_mailbox_in(settings: &MailSettings, password: &str, lang: Lang) -> MailTest {
    let words = Words::of(lang);
    let say = |m: Msg| words.text(&m);
    let mut steps = Vec::new();
    if let Err(e) = settings.check() {
        step(&mut steps, false, e.text(lang));
        return MailTest { ok: false, steps, password: None };
    }
    if password.is_empty() {
        step(&mut steps, false, say(msg!("mail-test-no-password")));
        return MailTest { ok: false, steps, password: None };
    }
    let imap_ok = match imap::connect(settings, password).await {
        Ok(mut session) => {
            let (host, port, user) = (&settings.imap_host, settings.imap_port, &settings.username);
            step(&mut steps, true, say(msg!("mail-test-imap-signed-in", host, port, user)));
            let inbox = imap::examine(&mut session, "INBOX", &settings.imap_host).await;
            let ok = match inbox {
                Ok(state) => step(&mut steps, true, say(msg!("mail-test-inbox", count = state.exists))),
                Err(e) => step(&mut steps, false, e.text(lang)),
            };
            let idle = imap::can_idle(&mut session).await;
            let how = match idle {
                true => msg!("mail-test-idle"),
                false => msg!("mail-test-polls", minutes = settings.poll_secs.div_ceil(60)),
            };
            step(&mut steps, true, say(how));
            let _ = session.logout().await;
            ok
        }
        Err(e) => step(&mut steps, false, say(msg!("mail-test-imap-failed", detail = e.text(lang)))),
    };
    let smtp_ok = match smtp::check(settings, password).await {
        Ok(()) => {
            let (host, port) = (&settings.smtp_host, settings.smtp_port);
            step(&mut steps, true, say(msg!("mail-test-smtp-signed-in", host, port)))
        }
        Err(e) => step(&mut steps, false, say(msg!("mail-test-smtp-failed", detail = e.text(lang)))),
    };
    MailTest { ok: imap_ok && smtp_ok, steps, password: None }
}

/// Connects the shop's mailbox on this desk: tests it, keeps the password in
/// the password store, saves the settings here and records in the history
/// that this desk handles the shop's mail. Nothing is saved if the test fails.
pub async fn connect_mailbox(db: &Db, who: Actor, setup: MailboxSetup) -> Result<MailTest> {
    let MailboxSetup { mut settings, password } = setup;
    settings.address = settings.address.trim().to_owned();
    settings.username = if settings.username.trim().is_empty() {
        settings.address.clone()
    } else {
        settings.username.trim().to_owned()
    };
    settings.desk_name = settings.desk_name.trim().to_owned();
    let address = settings.address.clone();
    let who_check = who.clone();
    db.read(move |s| {
        let ctx = s.acting(&who_check, None)?;
        crate::staff::rights::check(
            s.connection(),
            &ctx,
            crate::core::Right::Policy,
            msg!("lead-connect-mailbox"),
        )?;
        let desk = s.desk_id_now()?;
        match shop_mailbox(s.connection())? {
            Some(shop) if shop.desk_id != desk => Err(Error::Conflict {
                msg: msg!(
                    "error-mail-shop-s-mail-handled-desk-2",
                    address = shop.address,
                    desk_name = shop.desk_name
                ),
            }),
            _ => Ok(()),
        }
    })
    .await?;
    let lang = db.read(|s| s.lang()).await.unwrap_or_default();
    let mut test = test_mailbox_in(&settings, &password, lang).await;
    if !test.ok {
        return Ok(test);
    }
    let secret = settings.secret();
    let kept = tokio::task::spawn_blocking(move || secret.store(&password))
        .await
        .map_err(|e| Error::Internal(format!("the password store could not be asked ({e})")))??;
    test.password = Some(kept);
    db.write(move |s| {
        settings.save(s)?;
        let desk_name = settings.desk_name.clone();
        s.act(&who, None, |w, ctx| w.mailbox_connected(ctx, &address, &desk_name))
    })
    .await?;
    Ok(test)
}

/// Stops fetching and sending the shop's mail (on this desk, or for a desk
/// that is gone): recorded in the history; this desk forgets its settings
/// and the password.
pub async fn disconnect_mailbox(db: &Db, who: Actor) -> Result<()> {
    let secret = db
        .write(move |s| {
            let settings = MailSettings::load(s)?;
            let shop = shop_mailbox(s.connection())?;
            if shop.is_some() {
                s.act(&who, None, |w, ctx| w.mailbox_disconnected(ctx))?;
            }
            s.set_meta(MailSettings::META_KEY, None)?;
            Ok(settings.map(|m| m.secret()))
        })
        .await?;
    if let Some(secret) = secret {
        tokio::task::spawn_blocking(move || secret.delete())
            .await
            .map_err(|e| Error::Internal(format!("the password store could not be asked ({e})")))??;
    }
    Ok(())
}

impl Writer<'_> {
    /// Records that this desk fetches and sends the shop's mail from now on
    /// (nothing if the history already says so).
    pub fn mailbox_connected(&mut self, ctx: &Ctx, address: &str, desk_name: &str) -> Result<()> {
        self.check_lead(ctx, crate::msg!("lead-connect-mailbox"))?;
        let desk_id = self.desk_id().to_owned();
        let same = shop_mailbox(self.tx())?
            .is_some_and(|m| m.desk_id == desk_id && m.address == address && m.desk_name == desk_name);
        if same {
            return Ok(());
        }
        let event =
            MailEvent::MailboxConnected { address: address.into(), desk_id, desk_name: desk_name.into() };
        self.append(ctx, None, None, &event).map(drop)
    }

    /// Records that nobody fetches or sends the shop's mail any more.
    pub fn mailbox_disconnected(&mut self, ctx: &Ctx) -> Result<()> {
        self.check_lead(ctx, crate::msg!("lead-disconnect-mailbox"))?;
        let Some(shop) = shop_mailbox(self.tx())? else { return Ok(()) };
        self.append(ctx, None, None, &MailEvent::MailboxDisconnected { address: shop.address }).map(drop)
    }
}
