//! `casebook mail`: the shop's mailbox from the command line.

use casebook::msg;
use std::path::PathBuf;
use std::time::Duration;

use clap::Subcommand;

use casebook::mail::{self, guess_servers, CheckOptions, MailSettings, MailboxSetup, Security};
use casebook::model::MailReplyInput;
use casebook::{Db, Error, Result};

use crate::args::Cli;
use crate::{act, db_path, print, read_file, say, t, who};

#[derive(Subcommand)]
pub enum MailCommand {
    /// Connect the shop's mailbox on this desk: test both servers, keep the
    /// password in this computer's password store, and make this the desk that
    /// fetches and sends the shop's mail. Servers are guessed from the address
    /// for well-known providers when left out.
    Connect {
        #[arg(long)]
        address: String,
        /// The password (for most providers an app password).
        #[arg(long, env = "CASEBOOK_MAIL_PASSWORD", hide_env_values = true)]
        password: String,
        /// The sign-in name, if not the address.
        #[arg(long)]
        username: Option<String>,
        #[arg(long)]
        imap_host: Option<String>,
        #[arg(long)]
        imap_port: Option<u16>,
        /// tls, starttls, or plain (this computer only).
        #[arg(long)]
        imap_security: Option<String>,
        #[arg(long)]
        smtp_host: Option<String>,
        #[arg(long)]
        smtp_port: Option<u16>,
        #[arg(long)]
        smtp_security: Option<String>,
        /// A certificate authority (PEM file) the servers' certificates are signed by.
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
        /// This desk's name, as the other desks are told.
        #[arg(long)]
        desk: String,
        /// How long a reply whose send was cut short waits for its copy before it is tried again.
        #[arg(long, default_value_t = 600, hide = true)]
        unknown_wait_secs: u32,
    },
    /// Which desk handles the shop's mail, this desk's servers, and the outbox.
    Status,
    /// Fetch new mail and send waiting replies now.
    Check {
        /// For tests: after the server accepts each reply, print `sent ID` and
        /// wait this long before recording it.
        #[arg(long, hide = true)]
        pause_after_send_ms: Option<u64>,
    },
    /// Replies by mail not sent yet (with --all, every reply).
    Outbox {
        #[arg(long)]
        all: bool,
    },
    /// Reply by mail on an email case.
    Reply {
        #[arg(value_name = "CASE_ID")]
        case_id: String,
        #[arg(long)]
        body: String,
        /// Send it to this address instead of the customer's (again for more).
        #[arg(long = "to", value_name = "ADDRESS")]
        to: Vec<String>,
    },
    /// Try a reply that failed again.
    Retry {
        #[arg(value_name = "REPLY_ID")]
        reply_id: String,
    },
    /// Stop fetching and sending the shop's mail (recorded in the history).
    Disconnect,
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io(msg!("error-cli-could-start-mail-machinery"), e))
}

fn say_sent(id: &str) {
    say(&format!("sent {id}"));
}

pub fn mail(cli: &Cli, command: &MailCommand) -> Result<()> {
    match command {
        MailCommand::Reply { case_id, body, to } => {
            let mut store = casebook::Store::open(db_path(cli)?)?;
            let input = MailReplyInput { case_id: case_id.clone(), body: body.clone(), to: to.clone() };
            let entry = act(cli, &mut store, |w, ctx| w.reply_by_mail(ctx, &input))?;
            return print(cli, &entry.id, |id| t(msg!("cli-reply-waits", id)));
        }
        MailCommand::Retry { reply_id } => {
            let mut store = casebook::Store::open(db_path(cli)?)?;
            act(cli, &mut store, |w, ctx| w.retry_mail_reply(ctx, reply_id))?;
            return print(cli, reply_id, |_| t(msg!("cli-reply-retried")));
        }
        MailCommand::Outbox { all } => {
            let store = casebook::Store::open(db_path(cli)?)?;
            let items = store.mail_outbox(!all, 200)?;
            return print(cli, &items, |items| {
                if items.is_empty() {
                    return t(msg!("cli-outbox-empty"));
                }
                items
                    .iter()
                    .map(|i| {
                        let error = i.error.as_deref().map(|e| format!("\n    {e}")).unwrap_or_default();
                        format!("{}  {:<7}  {}  {}{error}", i.reply_id, i.status, i.to.join(", "), i.subject)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        MailCommand::Status => {
            let store = casebook::Store::open(db_path(cli)?)?;
            let info = store.mailbox_info()?;
            return print(cli, &info, |i| match &i.shop {
                None => t(msg!("cli-no-mailbox")),
                Some(shop) => format!(
                    "{} is handled by the desk '{}'{}.\n{} waiting, {} failed, {} not filed.",
                    shop.address,
                    shop.desk_name,
                    if i.this_desk { " (this desk)" } else { "" },
                    i.waiting,
                    i.failed,
                    i.unfiled.len()
                ),
            });
        }
        _ => {}
    }
    let db = Db::open(db_path(cli)?)?;
    db.write_blocking(casebook::shop::prepare)?;
    let rt = runtime()?;
    rt.block_on(async {
        match command {
            MailCommand::Connect {
                address,
                password,
                username,
                imap_host,
                imap_port,
                imap_security,
                smtp_host,
                smtp_port,
                smtp_security,
                ca,
                desk,
                unknown_wait_secs,
            } => {
                let guess = guess_servers(address);
                let security = |s: &Option<String>, default: Security| -> Result<Security> {
                    s.as_deref().map(str::parse).transpose().map(|s| s.unwrap_or(default))
                };
                let settings = MailSettings {
                    address: address.clone(),
                    username: username.clone().unwrap_or_else(|| address.clone()),
                    imap_host: imap_host.clone().unwrap_or(guess.imap_host),
                    imap_port: imap_port.unwrap_or(guess.imap_port),
                    imap_security: security(imap_security, guess.imap_security)?,
                    smtp_host: smtp_host.clone().unwrap_or(guess.smtp_host),
                    smtp_port: smtp_port.unwrap_or(guess.smtp_port),
                    smtp_security: security(smtp_security, guess.smtp_security)?,
                    ca_pem: ca.as_deref().map(read_file).transpose()?,
                    desk_name: desk.clone(),
                    poll_secs: 180,
                    unknown_wait_secs: *unknown_wait_secs,
                };
                let test = mail::connect_mailbox(
                    &db,
                    who(cli),
                    MailboxSetup { settings, password: password.clone() },
                )
                .await?;
                let ok = test.ok;
                print(cli, &test, |test| {
                    let mut lines: Vec<String> = test
                        .steps
                        .iter()
                        .map(|s| format!("{} {}", if s.ok { "ok " } else { "NO " }, s.words))
                        .collect();
                    lines.push(if test.ok {
                        t(msg!("cli-mailbox-connected"))
                    } else {
                        t(msg!("cli-mailbox-not-connected"))
                    });
                    lines.join("\n")
                })?;
                if ok {
                    Ok(())
                } else {
                    Err(Error::Conflict { msg: msg!("error-cli-mailbox-could-connected-see-above") })
                }
            }
            MailCommand::Check { pause_after_send_ms } => {
                let options = CheckOptions {
                    send_now: true,
                    after_send: pause_after_send_ms
                        .map(|ms| (say_sent as fn(&str), Duration::from_millis(ms))),
                };
                let report = mail::check_once(&db, &options).await?;
                print(cli, &report, |r| {
                    t(msg!(
                        "cli-mail-checked",
                        fetched = r.fetched,
                        new = r.recorded,
                        already = r.already_there,
                        copies = r.own_copies,
                        sent = r.sent,
                        failed = r.failed,
                        refused = r.refused
                    ))
                })
            }
            MailCommand::Disconnect => {
                mail::disconnect_mailbox(&db, who(cli)).await?;
                print(cli, &(), |_| t(msg!("cli-mailbox-disconnected")))
            }
            _ => unreachable!("handled without the async machinery"),
        }
    })
}
