//! `casebook server setup`: the shop's server on a Debian or Ubuntu machine,
//! in one step (see `casebook::sync::host`).

use casebook::sync::host::{self, Options, Outcome};
use casebook::Result;

use crate::args::{Cli, ServerCommand};
use crate::print;

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
    let mut out = format!(
        "The shop's server is ready: PostgreSQL {}, port {}, database {}.\n",
        outcome.postgres_version, outcome.port, outcome.database
    );
    if outcome.changed.is_empty() {
        out.push_str("Nothing needed changing: it was already set up this way.\n");
    } else {
        out.push_str("Changed:\n");
        for change in &outcome.changed {
            out.push_str(&format!("  - {change}\n"));
        }
    }
    out.push_str(&format!(
        "Desks may connect from {}: encrypted, with a password, to the database {} only.\n\
         The certificate covers: {}.\n\n",
        outcome.allow.join(", "),
        outcome.database,
        outcome.names.join(", ")
    ));
    let host = host_for_desks(outcome, given);
    let password = outcome.owner_password.as_deref().unwrap_or("PASSWORD");
    out.push_str(&format!(
        "On the shop's first desk, open Desks & sync, choose to connect the shop's first desk, and paste:\n\
         \x20 Server address: postgres://{}:{password}@{host}:{}/{}\n\
         \x20 Certificate authority: the text at the end (it is also in {}; copy that file to the desk).\n",
        outcome.owner,
        outcome.port,
        outcome.database,
        outcome.ca_path.display()
    ));
    if outcome.owner_password.is_some() {
        out.push_str(
            "The owner's password above is shown this once and kept nowhere on this machine.\n\
             Keep it in a password manager; `casebook server setup --new-owner-password` chooses a new one.\n",
        );
    } else {
        out.push_str(
            "PASSWORD is the owner's password, shown when it was made. If it is lost,\n\
             `casebook server setup --new-owner-password` chooses a new one.\n",
        );
    }
    out.push_str(
        "From a terminal on the desk instead, with the file copied there:\n\
         \x20 casebook sync connect --ca ca.crt --shop \"Your shop\" --desk \"Counter\"\n\
         (it asks for the server address without showing it).\n\n",
    );
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
