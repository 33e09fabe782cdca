//! The shop's settings from the command line, beside `calendar`: response
//! targets, root causes, the largest attached file, the shop's language. The
//! same checks and rights as the window (a shift lead or the owner; the
//! language is the owner's).

use std::path::PathBuf;

use clap::Subcommand;

use casebook::hours::TargetPolicy;
use casebook::model::LocaleChoice;
use casebook::{msg, Error, Result, Store};

use crate::args::Cli;
use crate::{act, print, read_file, t};

#[derive(Subcommand)]
pub enum SettingsCommand {
    /// The response targets as JSON (the form `settings set-targets` reads).
    Targets,
    /// Set the response targets from a JSON file (a shift lead or the owner).
    SetTargets { file: PathBuf },
    /// The shop's root causes for escalations, one per line.
    RootCauses,
    /// Add root causes (--add) and take some off (--remove); another desk's
    /// changes made meanwhile stay.
    SetRootCauses {
        #[arg(long = "add")]
        add: Vec<String>,
        #[arg(long = "remove")]
        remove: Vec<String>,
    },
    /// The largest attached file the shop accepts, in megabytes.
    AttachmentLimit { megabytes: u32 },
    /// The shop's language and style of dates and numbers, e.g. `nl --region nl-NL`;
    /// `computer` lets each desk follow its computer again (the owner).
    Language {
        language: String,
        #[arg(long)]
        region: Option<String>,
    },
}

pub fn settings(cli: &Cli, store: &mut Store, command: &SettingsCommand) -> Result<()> {
    match command {
        SettingsCommand::Targets => {
            let targets = store.response_settings()?.targets;
            crate::say(&serde_json::to_string_pretty(&targets)?);
            Ok(())
        }
        SettingsCommand::SetTargets { file } => {
            let targets: TargetPolicy = serde_json::from_str(&read_file(file)?).map_err(|e| {
                Error::invalid("targets", msg!("error-cli-targets-file", detail = e.to_string()))
            })?;
            act(cli, store, |w, ctx| w.set_targets(ctx, &targets))?;
            print(cli, &targets, |_| t(msg!("cli-targets-saved")))
        }
        SettingsCommand::RootCauses => {
            let causes = store.root_causes()?;
            print(cli, &causes, |c| c.join("\n"))
        }
        SettingsCommand::SetRootCauses { add, remove } => {
            let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
            let mut causes: Vec<String> =
                store.root_causes()?.into_iter().filter(|c| !remove.iter().any(|r| same(r, c))).collect();
            causes.extend(add.iter().cloned());
            let now = act(cli, store, |w, ctx| w.set_root_causes(ctx, &causes))?;
            print(cli, &now, |c| c.join("\n"))
        }
        SettingsCommand::AttachmentLimit { megabytes } => {
            act(cli, store, |w, ctx| w.set_attachment_limit(ctx, *megabytes))?;
            print(cli, megabytes, |mb| t(msg!("cli-attachment-limit-saved", megabytes = *mb)))
        }
        SettingsCommand::Language { language, region } => {
            let choice = (language != "computer").then(|| LocaleChoice {
                language: language.clone(),
                region: region.clone().unwrap_or_else(|| language.clone()),
            });
            act(cli, store, |w, ctx| w.set_shop_locale(ctx, choice.as_ref()))?;
            print(cli, &choice, |_| t(msg!("cli-shop-language-saved")))
        }
    }
}
