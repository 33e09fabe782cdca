//! `casebook sync`: sharing one history with the shop's other desks.

use casebook::msg;
use std::time::{Duration, Instant};

use casebook::core::settle::{SetAside, SetAsideReason};
use casebook::model::{Actor, CustomerChoice, EntryKind, NewCustomer, NewEntry, NewInteraction};
use casebook::sync::service::{load_config, SyncState, SyncStatus};
use casebook::sync::{setup, sync_once, PgRelay, SyncConfig};
use casebook::{clock, Db, Error, Result, Store};

use crate::args::{Cli, OwnerCommand, SyncCommand};
use crate::{db_path, print, read_file, say, t, who};

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io(msg!("error-cli-could-start-sync-machinery"), e))
}

async fn relay(db: &Db) -> Result<PgRelay> {
    let config = db.read(load_config).await?.ok_or_else(not_connected)?;
    let key = config.secret();
    let password = tokio::task::spawn_blocking(move || key.load())
        .await
        .map_err(|e| Error::Internal(e.to_string()))??
        .ok_or_else(|| Error::Conflict { msg: msg!("error-cli-desk-s-password-shop-s") })?;
    Ok(PgRelay::new(config, password))
}

fn not_connected() -> Error {
    Error::Conflict { msg: msg!("error-cli-desk-connected-shop-s-server") }
}

fn words(status: &SyncStatus) -> String {
    match &status.state {
        SyncState::Alone => t(msg!("cli-sync-alone")),
        SyncState::Connecting => t(msg!("cli-sync-connecting")),
        SyncState::InSync => t(msg!("cli-sync-in-sync")),
        SyncState::Sending { waiting } => t(msg!("cli-sync-sending", waiting)),
        SyncState::Receiving { received } => t(msg!("cli-sync-receiving", received)),
        SyncState::Offline { since, waiting, reason } => {
            t(msg!("cli-sync-offline", since = crate::local_time(*since), waiting, reason))
        }
        SyncState::Problem { message } => t(msg!("cli-sync-problem", message)),
    }
}

pub fn sync(cli: &Cli, command: &SyncCommand) -> Result<()> {
    if let SyncCommand::Status = command {
        return status(cli);
    }
    let db = Db::open(db_path(cli)?)?;
    db.write_blocking(casebook::shop::prepare)?;
    let rt = runtime()?;
    rt.block_on(async {
        match command {
            SyncCommand::Connect { ca, shop, desk } => {
                let ca_pem = ca.as_deref().map(read_file).transpose()?;
                let url = owner_url()?;
                let config = setup::start_shop(&db, who(cli), &url, ca_pem, shop, desk).await?;
                print(cli, &config, |c| {
                    t(msg!("cli-sync-connected", shop = c.shop_name.as_str(), server = c.server.display()))
                })
            }
            SyncCommand::Invite { desk } => {
                let made = setup::make_join_code(&db, who(cli), desk).await?;
                print(cli, &made, |m| {
                    let until = crate::local_time(m.expires_at);
                    format!(
                        "{}\n{}\n{}",
                        t(msg!("cli-join-code", desk)),
                        m.code,
                        t(msg!("cli-join-code-until", until))
                    )
                })
            }
            SyncCommand::Owner(OwnerCommand::SignIn) => {
                let url = owner_url()?;
                setup::owner_sign_in(&db, who(cli), &url).await?;
                print(cli, &true, |_| t(msg!("cli-owner-signed-in")))
            }
            SyncCommand::Owner(OwnerCommand::SignOut) => {
                setup::owner_sign_out(&db, who(cli)).await?;
                print(cli, &false, |_| t(msg!("cli-owner-signed-out")))
            }
            SyncCommand::Join => {
                let code = secret_input(
                    "CASEBOOK_JOIN_CODE",
                    msg!("cli-join-code-prompt"),
                    msg!("cli-join-code-missing"),
                    "join_code",
                )?;
                let config = setup::join_shop(&db, &code).await?;
                let mut relay = relay(&db).await?;
                let report = sync_once(&mut db.clone(), &mut relay, |_| {}).await?;
                print(cli, &report, |r| t(msg!("cli-joined", shop = config.shop_name, events = r.pulled)))
            }
            SyncCommand::Once => {
                let mut relay = relay(&db).await?;
                let outcome = sync_once(&mut db.clone(), &mut relay, |_| {}).await;
                let problem = match &outcome {
                    Ok(_) => None,
                    Err(Error::Unavailable { .. }) => None,
                    Err(e) => Some(t(e.msg())),
                };
                if outcome.is_ok() || problem.is_some() {
                    db.write(move |s| casebook::sync::service::note_outcome(s, problem.as_deref())).await?;
                }
                let report = outcome?;
                casebook::sync::forget_on_server(&db, &mut relay).await?;
                print(cli, &report, |r| t(msg!("cli-synced", sent = r.pushed, received = r.pulled)))
            }
            SyncCommand::Run => run(cli, &db).await,
            SyncCommand::Desks => {
                let desks = setup::shop_desks(&db).await?;
                print(cli, &desks, |list| {
                    list.iter()
                        .map(|d| {
                            let seen = d.last_seen.map(crate::local_time).unwrap_or_else(|| "never".into());
                            let state = if d.revoked_at.is_some() { "  REVOKED" } else { "" };
                            format!("{}  {}  last seen {seen}{state}", d.id, d.name)
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                })
            }
            SyncCommand::Who => {
                let people = setup::shop_presence(&db).await?;
                print(cli, &people, |list| {
                    if list.is_empty() {
                        return t(msg!("cli-sync-who-nobody"));
                    }
                    let line = |p: &casebook::sync::Presence| {
                        let key = if p.writing {
                            msg!(
                                "cli-sync-who-writing",
                                name = p.staff_name.as_str(),
                                desk = p.desk_name.as_str(),
                                case = p.case_id.as_str()
                            )
                        } else {
                            msg!(
                                "cli-sync-who-viewing",
                                name = p.staff_name.as_str(),
                                desk = p.desk_name.as_str(),
                                case = p.case_id.as_str()
                            )
                        };
                        t(key)
                    };
                    list.iter().map(line).collect::<Vec<_>>().join("\n")
                })
            }
            SyncCommand::Seal => {
                let sealed = setup::seal_shop_words(&db, who(cli)).await?;
                print(cli, &sealed, |s| {
                    format!("{}\n{}", t(msg!("cli-shop-sealed", events = s.sealed)), s.key_code)
                })
            }
            SyncCommand::Key => {
                let code = secret_input(
                    "CASEBOOK_KEY_CODE",
                    msg!("cli-key-code-prompt"),
                    msg!("cli-key-code-missing"),
                    "key_code",
                )?;
                setup::take_key_code(&db, &code).await?;
                let mut relay = relay(&db).await?;
                // Kept now; the desk takes in what waited for it when the server answers.
                let pulled = match sync_once(&mut db.clone(), &mut relay, |_| {}).await {
                    Ok(report) => report.pulled,
                    Err(Error::Unavailable { .. }) => 0,
                    Err(e) => return Err(e),
                };
                print(cli, &pulled, |events| t(msg!("cli-key-taken", events = *events)))
            }
            SyncCommand::Revoke { desk } => {
                let desk = setup::revoke_desk(&db, who(cli), desk).await?;
                print(cli, &desk, |d| t(msg!("cli-desk-revoked", id = d.name.as_str())))
            }
            SyncCommand::Readmit { desk } => {
                let made = setup::readmit_desk(&db, who(cli), desk).await?;
                print(cli, &made, |m| {
                    let until = crate::local_time(m.expires_at);
                    format!(
                        "{}\n{}\n{}",
                        t(msg!("cli-readmit-code", desk = desk.as_str())),
                        m.code,
                        t(msg!("cli-join-code-until", until))
                    )
                })
            }
            SyncCommand::Move { host, port, dbname, tls, ca } => {
                let current = db.read(load_config).await?.ok_or_else(not_connected)?;
                let server = casebook::sync::ServerAddress {
                    host: host.trim().to_owned(),
                    port: *port,
                    dbname: dbname.clone().unwrap_or(current.server.dbname),
                    tls: *tls,
                    ca_pem: match ca {
                        Some(path) => Some(read_file(path)?),
                        None => current.server.ca_pem,
                    },
                };
                let config = setup::move_server(&db, who(cli), server).await?;
                print(cli, &config, |c| {
                    t(msg!("cli-sync-moved", shop = c.shop_name.as_str(), server = c.server.display()))
                })
            }
            SyncCommand::Leave { anyway } => {
                let config = setup::leave_shop(&db, who(cli), *anyway).await?;
                print(cli, &config, |c| t(msg!("cli-sync-left", shop = c.shop_name.as_str())))
            }
            SyncCommand::Soak { count, pause_ms } => {
                soak(cli, &db, *count, Duration::from_millis(*pause_ms)).await
            }
            SyncCommand::Status => unreachable!("handled above"),
        }
    })
}

/// The owner's server address, never from the command line (where shell
/// history and the process list keep it).
fn owner_url() -> Result<String> {
    secret_input(
        "CASEBOOK_OWNER_URL",
        msg!("cli-owner-url-prompt"),
        msg!("cli-owner-url-missing"),
        "owner_url",
    )
}

/// A secret the person gives: from `var`, else asked for at the terminal
/// without echo, else the first line of standard input.
fn secret_input(
    var: &str,
    prompt: casebook::Msg,
    missing: casebook::Msg,
    field: &'static str,
) -> Result<String> {
    use std::io::IsTerminal;
    let refused = || Error::invalid(field, missing.clone());
    let text = match std::env::var(var) {
        Ok(text) if !text.trim().is_empty() => text,
        _ if std::io::stdin().is_terminal() => {
            rpassword::prompt_password(t(prompt)).map_err(|_| refused())?
        }
        _ => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).map_err(|_| refused())?;
            line
        }
    };
    let text = text.trim().to_owned();
    if text.is_empty() {
        return Err(refused());
    }
    Ok(text)
}

/// Read from the database directly, so it works while the app is open.
fn status(cli: &Cli) -> Result<()> {
    let store = Store::open(db_path(cli)?)?;
    let config: Option<SyncConfig> = load_config(&store)?;
    #[derive(serde::Serialize)]
    struct Status {
        config: Option<SyncConfig>,
        waiting: u64,
        pulled_position: i64,
        set_aside: Vec<SetAside>,
        /// Other desks' events held here for the shop's server, by desk.
        carried: Vec<casebook::sync::CarriedCount>,
        /// What the last sync round ran into, in words (a revoked desk, say).
        last_problem: Option<String>,
        last_synced_at: Option<casebook::model::Ts>,
    }
    let (last_problem, last_synced_at) = casebook::sync::service::last_outcome(&store)?;
    let last_problem = config.as_ref().and(last_problem);
    let status = Status {
        config,
        waiting: store.unsent_count()?,
        pulled_position: store.pulled_position()?,
        set_aside: store.set_aside_summary()?,
        carried: store.carried_count()?,
        last_problem,
        last_synced_at,
    };
    print(cli, &status, |s| {
        let mut lines = vec![match &s.config {
            None => t(msg!("cli-sync-alone")),
            Some(c) => t(msg!(
                "cli-sync-status",
                shop = c.shop_name,
                server = c.server.display(),
                desk = if c.desk_name.is_empty() { c.desk_id.as_str() } else { c.desk_name.as_str() },
                waiting = s.waiting
            )),
        }];
        if s.config.is_some() {
            lines.push(match s.last_synced_at {
                Some(at) => t(msg!("cli-sync-last-synced", when = crate::local_time(at))),
                None => t(msg!("cli-sync-never-synced")),
            });
        }
        if let Some(problem) = &s.last_problem {
            lines.push(t(msg!("cli-sync-last-problem", problem = problem.as_str())));
        }
        for c in &s.carried {
            lines.push(t(msg!("cli-sync-carried", count = c.count, desk = c.desk_id.as_str())));
        }
        for a in &s.set_aside {
            let (count, desk) = (a.count, a.desk_id.as_str());
            lines.push(t(match a.reason {
                SetAsideReason::UnknownKind => msg!("cli-set-aside-unknown-kind", count, desk),
                SetAsideReason::Damaged => msg!("cli-set-aside-damaged", count, desk),
                SetAsideReason::RefersToNothing => msg!("cli-set-aside-refers-to-nothing", count, desk),
                SetAsideReason::NotAllowed => msg!("cli-set-aside-not-allowed", count, desk),
            }));
        }
        lines.join("\n")
    })
}

async fn run(cli: &Cli, db: &Db) -> Result<()> {
    let connected = db.read(load_config).await?.is_some();
    let handle = casebook::sync::service::start(db.clone());
    let mut watch = handle.watch();
    handle.wake();
    loop {
        let status = watch.borrow_and_update().clone();
        // The service starts "alone" until it has read this desk's settings.
        let starting = connected && status.state == SyncState::Alone;
        if !starting {
            if cli.json {
                say(&serde_json::to_string(&status)?);
            } else {
                say(&format!("{}  {}", crate::local_time(clock::now()), words(&status)));
            }
        }
        tokio::select! {
            changed = watch.changed() => if changed.is_err() { return Ok(()) },
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}

/// Writes notes and syncs, printing `ack <event id>` for each note once the
/// server has it: what a test kills at random and then checks.
async fn soak(cli: &Cli, db: &Db, count: u32, pause: Duration) -> Result<()> {
    let actor = who(cli);
    let me = db.read(|s| s.desk_id_now()).await?;
    let case_id = db
        .write(move |s| {
            let ctx = s.acting(&actor, None).or_else(|_| {
                let first = s
                    .list_staff()?
                    .into_iter()
                    .find(|st| st.active)
                    .ok_or_else(|| Error::Conflict { msg: msg!("error-cli-shop-has-no-staff-yet") })?;
                s.acting(&Actor::Named(first.id), None)
            })?;
            let input = NewInteraction {
                customer: CustomerChoice::New {
                    customer: NewCustomer { name: format!("Soak {me}"), ..NewCustomer::default() },
                    allow_duplicate: true,
                },
                subject: "Soak".into(),
                channel: casebook::model::Channel::Other,
                priority: casebook::model::Priority::Low,
                owner_id: None,
                message: None,
                expectations: None,
            };
            Ok((s.write(|w| w.open_case(&ctx, &input))?.id, ctx))
        })
        .await?;
    let (case_id, ctx) = case_id;
    let mut relay = relay(db).await?;
    let mut written: Vec<(i64, String)> = Vec::new();
    let mut acked = 0;
    let deadline_after_writes = Duration::from_secs(120);
    let mut finished_at: Option<Instant> = None;
    let mut n = 0;
    loop {
        if n < count {
            let (ctx, case_id) = (ctx.clone(), case_id.clone());
            let entry = db
                .write(move |s| {
                    let input = NewEntry {
                        case_id,
                        kind: EntryKind::Note,
                        body: format!("soak note {n}"),
                        direction: None,
                    };
                    let at = casebook::Ctx::now(ctx.staff_id.clone());
                    s.write(|w| w.add_entry(&at, &input))
                })
                .await?;
            let id = entry.id.clone();
            let seq = db
                .read(move |s| {
                    s.log_position(&id)?
                        .ok_or_else(|| casebook::Error::Internal(format!("event {id} not in the log")))
                })
                .await?;
            written.push((seq, entry.id));
            n += 1;
        } else if finished_at.is_none() {
            finished_at = Some(Instant::now());
        }
        if (n % 5 == 0 || n >= count) && sync_once(&mut db.clone(), &mut relay, |_| {}).await.is_ok() {
            let pushed = db.read(|s| s.pushed_seq()).await?;
            while acked < written.len() && written[acked].0 <= pushed {
                say(&format!("ack {}", written[acked].1));
                acked += 1;
            }
        }
        if n >= count && acked == written.len() {
            return Ok(());
        }
        if finished_at.is_some_and(|t| t.elapsed() > deadline_after_writes) {
            return Err(Error::Unavailable {
                msg: msg!("error-cli-notes-were-never-acknowledged-server", acked = written.len() - acked),
            });
        }
        tokio::time::sleep(if n >= count { Duration::from_millis(200) } else { pause }).await;
    }
}
