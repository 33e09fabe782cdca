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
        let words = casebook::Words::of(crate::lang());
        for change in &outcome.changed {
            out.push_str(&format!("  - {}\n", words.text_of(&change.key, &change.args)));
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

#[cfg(test)]
mod tests {
    use super::*;
    use casebook::msg;

    #[test]
    fn what_setup_did_is_told_in_words_with_the_address_to_paste() {
        let outcome = Outcome {
            changed: vec![
                msg!("server-changed-database", database = "casebook").to_ref(),
                msg!("server-changed-firewall", port = "5432", net = "192.168.1.0/24").to_ref(),
            ],
            postgres_version: 15,
            port: 5432,
            database: "casebook".into(),
            owner: "casebook_owner".into(),
            names: vec!["shop-server".into(), "192.168.1.20".into()],
            allow: vec!["192.168.1.0/24".into()],
            ca_pem: "-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----\n".into(),
            ca_path: "/etc/casebook/ca.crt".into(),
            owner_password: Some("s3cret-once".into()),
        };
        let text = words(&outcome, &[]);
        assert!(!text.contains("server-changed-") && !text.contains("cli-server-"), "no raw key: {text}");
        assert!(
            text.contains("postgres://casebook_owner:s3cret-once@192.168.1.20:5432/casebook"),
            "the address to paste, at the server's IP address: {text}"
        );
        assert!(
            text.contains("192.168.1.0/24") && text.contains("5432"),
            "each change with its values: {text}"
        );
        assert!(text.ends_with("-----END CERTIFICATE-----\n"), "the certificate authority at the end");
    }
}
