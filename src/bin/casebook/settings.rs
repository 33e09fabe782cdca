//! The shop's settings from the command line, beside `calendar`: response
//! targets, root causes, the largest attached file, the shop's language. The
//! same checks and rights as the window (a shift lead or the owner; the
//! language is the owner's).

use std::path::PathBuf;

use clap::Subcommand;

use casebook::hours::TargetPolicy;
use casebook::model::{LocaleChoice, PasscodeRule, RuleEdit};
use casebook::staff::passcode;
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
    /// When the shop asks for a passcode, and its rules (the owner). With no
    /// option, shows them. The first time passcodes are turned on, prints the
    /// recovery code once: write it down.
    Passcodes {
        #[arg(long, value_parser = ["never", "owner_tools", "always"])]
        ask: Option<String>,
        /// The fewest digits a passcode may have (4 to 8).
        #[arg(long)]
        min_digits: Option<u8>,
        /// With `--ask always`, lock the desk after this many idle minutes (0: never).
        #[arg(long)]
        lock_minutes: Option<u32>,
        /// Keep the reports to owners.
        #[arg(long)]
        reports_owner_only: Option<bool>,
    },
    /// A new recovery code, printed once (the old one stops working).
    RecoveryCode,
    /// Keep only what is needed: forget customers with no contact for YEARS
    /// years (the owner). With no option, shows the rule and who it forgets
    /// now; `--years N` lists who N years would forget now, and with `--yes`
    /// turns it on (they are forgotten at once, others as they pass it);
    /// `--off` turns it off.
    Retention {
        #[arg(long)]
        years: Option<u32>,
        #[arg(long, requires = "years")]
        yes: bool,
        #[arg(long, conflicts_with = "years")]
        off: bool,
    },
}

pub fn settings(cli: &Cli, store: &mut Store, command: &SettingsCommand) -> Result<()> {
    match command {
        SettingsCommand::Passcodes { ask, min_digits, lock_minutes, reports_owner_only } => {
            let edit = RuleEdit {
                ask: ask.as_deref().map(str::parse).transpose()?,
                min_digits: *min_digits,
                lock_minutes: *lock_minutes,
                reports_owner_only: *reports_owner_only,
            };
            if edit == RuleEdit::default() {
                let rule = store.passcode_rule()?;
                return print(cli, &rule, rule_text);
            }
            let recovery =
                if store.needs_recovery_code(&edit)? { Some(passcode::new_recovery_code()?) } else { None };
            let code = store.edit_passcode_rule_as(&crate::who(cli), &edit, recovery)?;
            let rule = store.passcode_rule()?;
            print(cli, &serde_json::json!({ "rule": rule, "recovery_code": code }), |_| match &code {
                Some(code) => {
                    format!("{}\n{}", rule_text(&rule), t(msg!("cli-recovery-code", code = code.as_str())))
                }
                None => rule_text(&rule),
            })
        }
        SettingsCommand::Retention { years, yes, off } => {
            if *off || *yes {
                let set = if *off { None } else { *years };
                let forgotten = act(cli, store, |w, ctx| w.set_retention(ctx, set))?;
                store.finish_forgetting()?;
                store.forget_in_backups()?;
                return print(cli, &forgotten, |n| match set {
                    Some(years) => t(msg!("cli-retention-on", years, forgotten = *n)),
                    None => t(msg!("cli-retention-off")),
                });
            }
            let rule = store.retention(*years)?;
            print(cli, &rule, |r| {
                let mut lines = vec![match (r.years, r.asked) {
                    (Some(y), _) => t(msg!("cli-retention-on-now", years = y)),
                    (None, _) => t(msg!("cli-retention-off")),
                }];
                if let Some(asked) = r.asked {
                    lines.push(t(msg!("cli-retention-due", years = asked, count = r.due_total)));
                    for c in &r.due {
                        lines.push(format!(
                            "{}  {:<28} {}",
                            c.id,
                            c.name,
                            crate::local_time(c.last_contact_at)
                        ));
                    }
                }
                lines.join("\n")
            })
        }
        SettingsCommand::RecoveryCode => {
            let made = passcode::new_recovery_code()?;
            let code = store.renew_recovery_code_as(&crate::who(cli), made)?;
            print(cli, &code, |c| t(msg!("cli-recovery-code", code = c.as_str())))
        }
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

/// The passcode rule in words.
fn rule_text(rule: &PasscodeRule) -> String {
    t(msg!(
        "cli-passcode-rule",
        ask = rule.ask.as_str(),
        min = rule.min_digits,
        minutes = rule.lock_minutes,
        reports = rule.reports_owner_only.to_string()
    ))
}
