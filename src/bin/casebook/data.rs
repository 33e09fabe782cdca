//! Backups, export and import, and spreadsheets.

use casebook::msg;
use std::path::Path;

use casebook::data::backup::{self, BackupInfo, BackupKind};
use casebook::data::csv_import::{self, CsvField, CsvRequest, CsvSource};
use casebook::data::exchange;
use casebook::{Error, Result, Store};

use crate::args::Cli;
use crate::{db_path, optional_ctx, print, t};

fn holds(b: &BackupInfo) -> String {
    format!("{} customers, {} cases, {} events, {} kB", b.customers, b.cases, b.events, b.size_kb)
}

pub fn backup(cli: &Cli, store: &Store, file: Option<&Path>) -> Result<()> {
    let info = match file {
        Some(file) => {
            if file.exists() {
                return Err(Error::invalid(
                    "file",
                    msg!("error-cli-already-exists-choose-new-file", file = file.display()),
                ));
            }
            store.backup_to(file)?
        }
        None => backup::take(store, &backup::backups_dir(&db_path(cli)?), BackupKind::Manual)?,
    };
    print(cli, &info, |b| format!("{}\n{}", t(msg!("cli-backed-up", path = b.path)), holds(b)))
}

pub fn backups(cli: &Cli) -> Result<()> {
    let dir = backup::backups_dir(&db_path(cli)?);
    let list = backup::list(&dir)?;
    print(cli, &list, |list| {
        if list.is_empty() {
            return t(msg!("cli-no-backups", dir = dir.display()));
        }
        list.iter()
            .map(|b| format!("{}  {:<15} {}", crate::local_time(b.taken_at), b.kind.as_str(), holds(b)))
            .chain([format!("in {}", dir.display())])
            .collect::<Vec<_>>()
            .join("\n")
    })
}

pub fn restore(cli: &Cli, store: &mut Store, file: &Path) -> Result<()> {
    let report = store.restore_from(&crate::who(cli), file, &backup::backups_dir(&db_path(cli)?))?;
    print(cli, &report, |r| {
        format!(
            "Restored {} ({}).\nThe history it replaced is kept in {}",
            r.restored.file_name,
            holds(&r.restored),
            r.previous.path
        )
    })
}

pub fn export(cli: &Cli, store: &Store, folder: Option<&Path>) -> Result<()> {
    let parent = match folder {
        Some(f) => f.to_path_buf(),
        None => exchange::exports_dir(&db_path(cli)?),
    };
    let report = exchange::export(store, &parent)?;
    print(cli, &report, |r| {
        format!(
            "Exported {} events, {} customers and {} cases to {}",
            r.events, r.customers, r.cases, r.folder
        )
    })
}

pub fn import(cli: &Cli, store: &mut Store, folder: &Path) -> Result<()> {
    let report = exchange::import(store, &crate::who(cli), folder)?;
    print(cli, &report, |r| {
        format!(
            "Imported {} events ({} were already here).{}{}",
            r.added,
            r.already_there,
            if r.settings_taken { " Opening hours and targets were taken from the export." } else { "" },
            if r.carried > 0 {
                format!(
                    " {} of them were written at other desks: this desk sends them to the shop's server at its \
                     next sync.",
                    r.carried
                )
            } else {
                String::new()
            }
        )
    })
}

pub fn import_csv(
    cli: &Cli,
    store: &mut Store,
    file: &Path,
    source: CsvSource,
    columns: Option<&str>,
    dry_run: bool,
) -> Result<()> {
    let mapping = match columns {
        Some(list) => list
            .split(',')
            .map(|f| {
                f.trim().parse::<CsvField>().map_err(|_| {
                    Error::invalid("columns", msg!("error-cli-column-field-use-name-phone", f = f.trim()))
                })
            })
            .collect::<Result<Vec<_>>>()?,
        None => csv_import::inspect(&source)?.mapping,
    };
    let ctx = optional_ctx(cli, store)?;
    let request = CsvRequest { source, mapping };
    let report = csv_import::run(store, &ctx, &request, !dry_run)?;
    if report.problem_count > 0 {
        let list: Vec<String> = report
            .problems
            .iter()
            .map(|p| {
                format!("  {}", t(msg!("cli-csv-problem-row", line = p.line, problem = p.message.as_str())))
            })
            .collect();
        return Err(Error::invalid(
            "file",
            msg!(
                "error-cli-problem-s-nothing-imported-fix",
                problem_count = report.problem_count,
                file = file.display(),
                value = list.join("\n"),
                value2 = if report.problem_count as usize > list.len() { "\n  ..." } else { "" }
            ),
        ));
    }
    print(cli, &report, |r| {
        let mut out = t(msg!(
            "cli-csv-summary",
            done = if r.imported { "yes" } else { "no" },
            rows = r.rows,
            new = r.new_customers,
            matched = r.matched_customers,
            updated = r.updated_customers,
            cases = r.cases
        ));
        for left in &r.left_out {
            out.push_str("\n  ");
            out.push_str(&t(msg!(
                "cli-csv-left-out",
                line = left.line,
                column = left.column.as_str(),
                count = left.count
            )));
        }
        out
    })
}

/// The database's own integrity check, then every attached file.
pub fn check(cli: &Cli, store: &Store) -> Result<()> {
    let integrity = store.integrity()?;
    let files = store.check_files()?;
    #[derive(serde::Serialize)]
    struct Report<'a> {
        database: &'a str,
        files: &'a casebook::attachments::FileCheck,
    }
    print(cli, &Report { database: &integrity, files: &files }, |r| {
        let mut lines = vec![if r.database == "ok" {
            t(msg!("cli-database-intact"))
        } else {
            t(msg!("cli-database-damaged", detail = r.database))
        }];
        lines.push(t(msg!("cli-files-checked", count = r.files.referenced)));
        for p in &r.files.problems {
            lines.push(format!("  {} ({}): {}", p.names.join(", "), &p.hash[..12], p.problem));
        }
        if r.files.unreferenced > 0 {
            lines.push(format!(
                "{} kept files are no longer attached to anything (harmless).",
                r.files.unreferenced
            ));
        }
        lines.join("\n")
    })?;
    if integrity != "ok" || !files.problems.is_empty() {
        return Err(Error::Corrupt {
            detail: format!("{} attached files are missing or damaged", files.problems.len()),
        });
    }
    Ok(())
}
