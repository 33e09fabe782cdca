//! `casebook server setup`: the shop's server on a Debian or Ubuntu machine,
//! in one step (see `casebook::sync::host`).

use casebook::sync::host::{self, Options, Outcome};
use casebook::Result;

use crate::args::{Cli, ServerCommand};
use crate::{print, t};
use casebook::msg;

/// The address desks reach the server by: a name the owner gave, else the
/// machine's first IPv4 address (a shop's network seldom has names), else
/// its name.
fn host_for_desks(outcome: &Outcome, given: &[String]) -> String {
    let name = given
        .first()
        .or_else(|| outcome.names.iter().find(|n| n.parse::<std::net::Ipv4Addr>().is_ok()))
        .or_else(|| outcome.names.first())
        .cloned()
        .unwrap_or_default();
    if name.contains(':') {
        format!("[{name}]")
    } else {
        name
    }
}

fn words(outcome: &Outcome, given: &[String]) -> String {
    let mut out = t(msg!(
        "cli-server-ready",
        version = outcome.postgres_version.to_string(),
        port = outcome.port.to_string(),
        database = outcome.database.as_str()
    ));
    out.push('\n');
    if outcome.changed.is_empty() {
        out.push_str(&t(msg!("cli-server-unchanged")));
        out.push('\n');
    } else {
        out.push_str(&t(msg!("cli-server-changed")));
        out.push('\n');
        for change in &outcome.changed {
            out.push_str(&format!("  - {change}\n"));
        }
    }
    out.push_str(&t(msg!(
        "cli-server-who-connects",
        allow = outcome.allow.join(", "),
        database = outcome.database.as_str(),
        names = outcome.names.join(", ")
    )));
    out.push_str("\n\n");
    let host = host_for_desks(outcome, given);
    let placeholder = t(msg!("cli-server-password-placeholder"));
    let password = outcome.owner_password.as_deref().unwrap_or(&placeholder);
    let address =
        format!("postgres://{}:{password}@{host}:{}/{}", outcome.owner, outcome.port, outcome.database);
    out.push_str(&t(msg!(
        "cli-server-first-desk",
        address = address.as_str(),
        ca = outcome.ca_path.display()
    )));
    out.push('\n');
    out.push_str(&match outcome.owner_password {
        Some(_) => t(msg!("cli-server-password-once")),
        None => t(msg!("cli-server-password-lost", placeholder = placeholder.as_str())),
    });
    out.push('\n');
    out.push_str(&t(msg!("cli-server-from-terminal")));
    out.push_str("\n\n");
    out.push_str(&outcome.ca_pem);
    out
}

pub fn server(cli: &Cli, command: &ServerCommand) -> Result<()> {
    match command {
        ServerCommand::Setup { database, owner, name, allow, new_owner_password, dir } => {
            let options = Options {
                database: database.clone(),
                owner: owner.clone(),
                names: name.clone(),
                allow: allow.clone(),
                new_owner_password: *new_owner_password,
                dir: dir.clone(),
            };
            let outcome = host::setup(&options)?;
            print(cli, &outcome, |o| words(o, name))
        }
    }
}
