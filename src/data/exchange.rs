//! Export and import of everything, in an open format a person or another
//! program can read (documented in docs/EXPORT.md):
//!
//! - `events.jsonl`: the whole event log, one JSON object per line, in the
//!   order every desk applies it (by clock value, `hlc`). This is the history;
//!   importing it rebuilds everything else.
//! - `customers.csv` and `cases.csv`: the customers and cases as they stand, for
//!   a spreadsheet.
//! - `manifest.json`: the format and its version, counts (so a truncated copy is
//!   noticed), and the shop's calendar and response targets.
//!
//! Import checks every line before it changes anything, then receives the
//! events in order in one transaction: all of them, or none. Events already
//! present are skipped, so importing the same export twice adds nothing.

use crate::core::Msg;
use crate::msg;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use chrono::SecondsFormat;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::attachments::{copy_files, referenced, Files, KeptFiles};
use crate::core::hlc::Backfill;
use crate::core::migrations::LATEST as SCHEMA_VERSION;
pub use crate::core::text::spreadsheet_safe;
use crate::core::{clock, Error, Origin, Result, Store, Ts};
use crate::hours::{Calendar, CalendarSpec, TargetPolicy};

use super::lines::Lines;
pub use super::lines::{check_events, parse_event};

pub const FORMAT: &str = "casebook-export";
/// 2: every event carries its clock value (`hlc`), its place in the order all
/// desks apply the history in. Exports of format 1 still import.
pub const FORMAT_VERSION: u32 = 2;
/// Events are received in batches of this many: bounded memory however long
/// the file.
const IMPORT_BATCH: usize = 5_000;
pub const EVENTS_FILE: &str = "events.jsonl";
pub const CUSTOMERS_FILE: &str = "customers.csv";
pub const CASES_FILE: &str = "cases.csv";
pub const MANIFEST_FILE: &str = "manifest.json";
/// The attached files, each named by its content (SHA-256).
pub const FILES_DIR: &str = "attachments";
/// No event is anywhere near this long (a body is at most 20,000 characters); a
/// longer line is refused before it is read into memory.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// How many problems an import lists before it stops looking.
pub const MAX_ERRORS: usize = 20;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub exported_at: Ts,
    pub desk_id: String,
    pub schema_version: u32,
    pub events: u64,
    pub customers: u64,
    pub cases: u64,
    pub calendar: CalendarSpec,
    pub targets: TargetPolicy,
    /// How many attached files the `attachments/` folder holds (format 2).
    #[serde(default)]
    pub files: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportReport {
    pub folder: String,
    pub events: u32,
    pub customers: u32,
    pub cases: u32,
    /// Attached files carried along.
    pub files: u32,
    /// Files the history refers to that were not on this desk to export.
    pub files_missing: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportReport {
    /// Events new to this database.
    pub added: u32,
    /// Events it already had (from an earlier import, or its own).
    pub already_there: u32,
    /// Whether the shop's calendar and targets were taken from the export (only
    /// into an empty database: an existing shop keeps its own).
    pub settings_taken: bool,
    /// Events kept but not applied: a kind only a newer Casebook knows, a
    /// payload that cannot be read, a case the history never opened. They
    /// stay in the log, in their place (see Desks & sync).
    pub set_aside: u32,
    /// On a desk of a shop: events other desks wrote that this desk now
    /// offers the shop's server at its next sync (the server takes those no
    /// active desk of the shop can send itself; see Desks & sync).
    pub carried: u32,
}

/// An export folder found on disk, described by its manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportInfo {
    pub folder: String,
    pub name: String,
    pub exported_at: Ts,
    pub desk_id: String,
    pub events: u32,
    pub customers: u32,
    pub cases: u32,
}

/// The exports in `dir`, newest first. Folders that are not readable exports
/// (an interrupted one, something else) are left out.
pub fn list(dir: &Path) -> Result<Vec<ExportInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(msg!("error-data-could-list-exports", dir = dir.display()), e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(text) = std::fs::read_to_string(path.join(MANIFEST_FILE)) else { continue };
        let Ok(m) = read_manifest(&text) else { continue };
        out.push(ExportInfo {
            folder: path.display().to_string(),
            name: entry.file_name().to_string_lossy().into_owned(),
            exported_at: m.exported_at,
            desk_id: m.desk_id,
            events: m.events as u32,
            customers: m.customers as u32,
            cases: m.cases as u32,
        });
    }
    out.sort_by(|a, b| b.exported_at.cmp(&a.exported_at).then(b.name.cmp(&a.name)));
    Ok(out)
}

/// Where exports go unless told otherwise: `exports/` beside the data.
pub fn exports_dir(db_path: &Path) -> PathBuf {
    db_path.parent().map(|p| p.join("exports")).unwrap_or_else(|| PathBuf::from("exports"))
}

fn io(context: Msg) -> impl FnOnce(std::io::Error) -> Error {
    move |e| Error::io(context, e)
}

fn time(t: Ts) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn opt_time(t: Option<Ts>) -> String {
    t.map(time).unwrap_or_default()
}

/// A folder name in `parent` that does not exist yet.
fn new_folder(parent: &Path, stem: &str) -> PathBuf {
    let first = parent.join(stem);
    if !first.exists() && !first.with_extension("partial").exists() {
        return first;
    }
    (2..)
        .map(|n| parent.join(format!("{stem}-{n}")))
        .find(|p| !p.exists() && !p.with_extension("partial").exists())
        .expect("some number is free")
}

/// Writes the whole history into a new folder inside `parent`, from one
/// consistent moment, and returns where. The folder appears only once complete.
pub fn export(store: &Store, parent: &Path) -> Result<ExportReport> {
    std::fs::create_dir_all(parent)
        .map_err(io(msg!("error-data-could-create-folder", parent = parent.display())))?;
    let stamp = clock::now().format("%Y%m%d-%H%M%S");
    let folder = new_folder(parent, &format!("casebook-export-{stamp}"));
    let partial = folder.with_extension("partial");
    std::fs::create_dir(&partial)
        .map_err(io(msg!("error-data-could-create", partial = partial.display())))?;
    let result = write_export(store, &partial);
    match result {
        Ok(mut report) => {
            std::fs::rename(&partial, &folder)
                .map_err(io(msg!("error-data-could-finish", folder = folder.display())))?;
            report.folder = folder.display().to_string();
            Ok(report)
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&partial);
            Err(e)
        }
    }
}

fn create(path: &Path) -> Result<BufWriter<File>> {
    Ok(BufWriter::with_capacity(
        1 << 16,
        File::create(path).map_err(io(msg!("error-data-could-write", path = path.display())))?,
    ))
}

fn finish(mut w: BufWriter<File>, path: &Path) -> Result<()> {
    w.flush().map_err(io(msg!("error-data-could-write", path = path.display())))?;
    w.get_ref().sync_all().map_err(io(msg!("error-data-could-write", path = path.display())))
}

/// A CSV writer whose every text cell is quoted (numbers stay numbers): a spreadsheet that assumes another
/// separator (Excel in a Dutch, German or French locale splits on `;`) still
/// reads each cell whole, so text after a separator inside a cell never
/// becomes a formula.
pub fn spreadsheet_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().quote_style(csv::QuoteStyle::NonNumeric).from_writer(out)
}

fn csv_error(path: &Path) -> impl Fn(csv::Error) -> Error + '_ {
    move |e| {
        Error::io(msg!("error-data-could-write", path = path.display()), std::io::Error::other(e.to_string()))
    }
}

/// A line of `events.jsonl` as written: a [`crate::shop::LoggedEvent`] whose payload is the
/// stored JSON.
#[derive(Serialize)]
struct RawLogged<'a> {
    id: &'a str,
    desk_id: &'a str,
    hlc: i64,
    staff_id: Option<&'a str>,
    at: Ts,
    customer_id: Option<&'a str>,
    case_id: Option<&'a str>,
    payload: Box<serde_json::value::RawValue>,
}

fn write_export(store: &Store, dir: &Path) -> Result<ExportReport> {
    store.snapshot(|s| {
        let events_path = dir.join(EVENTS_FILE);
        let mut out = create(&events_path)?;
        let events = s.each_event(|ev| {
            // The payload is written exactly as the log holds it.
            let line = RawLogged {
                id: &ev.id,
                desk_id: &ev.desk_id,
                hlc: ev.hlc,
                staff_id: ev.staff_id.as_deref(),
                at: clock::from_ms(ev.at),
                customer_id: ev.customer_id.as_deref(),
                case_id: ev.case_id.as_deref(),
                payload: serde_json::value::RawValue::from_string(ev.payload)?,
            };
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")
                .map_err(io(msg!("error-data-could-write-2", events_path = events_path.display())))
        })?;
        finish(out, &events_path)?;

        let customers_path = dir.join(CUSTOMERS_FILE);
        let mut csv = spreadsheet_writer(create(&customers_path)?);
        let fail = csv_error(&customers_path);
        csv.write_record([
            "id",
            "name",
            "phones",
            "emails",
            "organisation",
            "segment",
            "notes",
            "created_at",
            "updated_at",
            "last_contact_at",
            "merged_into",
        ])
        .map_err(&fail)?;
        let customers = s.each_customer(|c| {
            csv.write_record([
                c.id,
                spreadsheet_safe(&c.name),
                spreadsheet_safe(&c.phones.join("; ")),
                spreadsheet_safe(&c.emails.join("; ")),
                spreadsheet_safe(&c.organisation),
                spreadsheet_safe(&c.segment),
                spreadsheet_safe(&c.notes),
                time(c.created_at),
                time(c.updated_at),
                opt_time(c.last_contact_at),
                c.merged_into.unwrap_or_default(),
            ])
            .map_err(&fail)
        })?;
        finish(csv.into_inner().map_err(|e| fail(e.into_error().into()))?, &customers_path)?;

        let cases_path = dir.join(CASES_FILE);
        let mut csv = spreadsheet_writer(create(&cases_path)?);
        let fail = csv_error(&cases_path);
        csv.write_record([
            "id",
            "customer_id",
            "customer_name",
            "subject",
            "channel",
            "status",
            "priority",
            "owner_id",
            "owner_name",
            "opened_at",
            "updated_at",
            "first_response_at",
            "resolved_at",
            "due_at",
        ])
        .map_err(&fail)?;
        let cases = s.each_case(|k| {
            csv.write_record([
                k.id,
                k.customer_id,
                spreadsheet_safe(&k.customer_name),
                spreadsheet_safe(&k.subject),
                k.channel.as_str().to_owned(),
                k.status.as_str().to_owned(),
                k.priority.as_str().to_owned(),
                k.owner_id.unwrap_or_default(),
                spreadsheet_safe(&k.owner_name.unwrap_or_default()),
                time(k.opened_at),
                time(k.updated_at),
                opt_time(k.first_response_at),
                opt_time(k.resolved_at),
                opt_time(k.due_at),
            ])
            .map_err(&fail)
        })?;
        finish(csv.into_inner().map_err(|e| fail(e.into_error().into()))?, &cases_path)?;

        // The files the history refers to, each checked as it is copied.
        let kept = match s.attachment_files() {
            Ok(live) => copy_files(&live, &Files::new(dir.join(FILES_DIR)), &referenced(s.connection())?)?,
            Err(_) => KeptFiles::default(),
        };
        let files = u64::from(kept.copied);
        let settings = s.sla_settings()?;
        let manifest = Manifest {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
            exported_at: clock::now(),
            desk_id: s.desk_id_now()?,
            schema_version: SCHEMA_VERSION,
            events,
            customers,
            cases,
            calendar: settings.calendar.spec().clone(),
            targets: settings.targets,
            files,
        };
        let manifest_path = dir.join(MANIFEST_FILE);
        let mut out = create(&manifest_path)?;
        serde_json::to_writer_pretty(&mut out, &manifest)?;
        finish(out, &manifest_path)?;
        let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        Ok(ExportReport {
            folder: String::new(),
            events: n(events),
            customers: n(customers),
            cases: n(cases),
            files: n(files),
            files_missing: kept.missing.len() as u32,
        })
    })
}

fn invalid(msg: Msg) -> Error {
    Error::invalid("import", msg)
}

/// Reads and checks `manifest.json`.
pub fn read_manifest(text: &str) -> Result<Manifest> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| invalid(msg!("error-data-valid-json-casebook-export-folder", detail = e)))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(invalid(msg!("error-data-does-describe-casebook-export-choose")));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(FORMAT_VERSION) {
        return Err(invalid(msg!(
            "error-data-export-written-newer-casebook-format",
            version,
            format_version = FORMAT_VERSION
        )));
    }
    let manifest: Manifest =
        serde_json::from_value(value).map_err(|e| invalid(msg!("error-data-damaged", detail = e)))?;
    Calendar::new(manifest.calendar.clone())
        .map_err(|e| invalid(msg!("error-data-has-calendar-cannot-used", detail = e)))?;
    manifest
        .targets
        .validate()
        .map_err(|e| invalid(msg!("error-data-has-targets-cannot-used", detail = e)))?;
    Ok(manifest)
}

fn open(path: &Path) -> Result<BufReader<File>> {
    let file = File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            invalid(msg!("error-data-missing-choose-folder-casebook-exported", path = path.display()))
        }
        _ => Error::io(msg!("error-data-could-read-2", path = path.display()), e),
    })?;
    Ok(BufReader::with_capacity(1 << 16, file))
}

/// Imports an export folder as `who` (an owner's tool): checks it whole,
/// then replays its events in one transaction. Nothing changes unless
/// everything can be imported.
pub fn import(store: &mut Store, who: &crate::staff::Actor, folder: &Path) -> Result<ImportReport> {
    store.check_right_as(who, crate::core::Right::Owner, msg!("lead-import"))?;
    let manifest_path = folder.join(MANIFEST_FILE);
    let mut text = String::new();
    open(&manifest_path)?
        .take(MAX_LINE_BYTES as u64)
        .read_to_string(&mut text)
        .map_err(io(msg!("error-data-could-read-3", manifest_path = manifest_path.display())))?;
    let manifest = read_manifest(&text)?;
    let events_path = folder.join(EVENTS_FILE);
    let found = check_events(open(&events_path)?)?;
    if found != manifest.events {
        return Err(invalid(msg!(
            "error-data-holds-events-but-export-recorded",
            found,
            events = manifest.events
        )));
    }
    // The attached files first, each checked: an entry never names a file
    // this desk does not have because the copy was cut short.
    let carried = Files::new(folder.join(FILES_DIR));
    let names = carried.list()?;
    if names.len() as u64 != manifest.files {
        return Err(invalid(msg!(
            "error-data-folder-holds-files-but-export",
            names = names.len(),
            files = manifest.files
        )));
    }
    if !names.is_empty() {
        let live = store.attachment_files()?;
        copy_files(&carried, &live, &names.into_iter().collect())
            .map_err(|e| invalid(msg!("error-data-file-cannot-used-nothing-imported", detail = e)))?;
    }
    let was_empty = !store.has_events()?;
    let in_shop = store.in_shop()?;
    let mut lines = Lines::new(open(&events_path)?);
    let mut backfill = Backfill::default();
    store
        .write(|w| {
            let mut report =
                ImportReport { added: 0, already_there: 0, settings_taken: false, set_aside: 0, carried: 0 };
            let set_aside_before = w.set_aside_count()?;
            let seq_before: i64 =
                w.tx().query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| r.get(0))?;
            w.defer_search_index();
            let mut batch = Vec::with_capacity(IMPORT_BATCH);
            let mut line_of: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
            let mut first_line = 1;
            let mut done = false;
            while !done {
                match lines.next_event() {
                    Some((line, ev)) => {
                        let mut ev = ev.map_err(|e| invalid(msg!("error-data-line", line, detail = e)))?;
                        // Format 1 had no clock values: the file's order is the order.
                        let at = clock::to_ms(ev.at);
                        let value = *ev.hlc.get_or_insert_with(|| backfill.value(at));
                        backfill.observe(value);
                        if batch.is_empty() {
                            first_line = line;
                        }
                        line_of.insert(ev.id.clone(), line);
                        batch.push(ev);
                    }
                    None => done = true,
                }
                if batch.len() == IMPORT_BATCH || (done && !batch.is_empty()) {
                    let got = w.receive(&batch, Origin::Replay).map_err(|e| match &e {
                        Error::BadEvent { id, msg } => match line_of.get(id) {
                            Some(line) => {
                                invalid(msg!("error-data-line-nothing-imported", line, message = msg))
                            }
                            None => invalid(msg!("error-data-nothing-imported", detail = e)),
                        },
                        _ => invalid(msg!(
                            "error-data-lines-nothing-imported",
                            first_line,
                            line = lines.line,
                            detail = e
                        )),
                    })?;
                    report.added += got.added as u32;
                    report.already_there += got.already_there as u32;
                    batch.clear();
                    line_of.clear();
                }
            }
            if was_empty {
                w.adopt_settings(&manifest.calendar, &manifest.targets)?;
                report.settings_taken = true;
            }
            report.set_aside = w.set_aside_count()?.saturating_sub(set_aside_before) as u32;
            if in_shop {
                // Other desks' events new here may be nowhere else: this desk
                // offers them to the shop's server (its own go with its pushes).
                let me = w.desk_id().to_owned();
                report.carried = w.tx().execute(
                    "INSERT OR IGNORE INTO carried (event_id, desk_id)
                 SELECT id, desk_id FROM events WHERE seq > ?1 AND desk_id <> ?2",
                    rusqlite::params![seq_before, me],
                )? as u32;
            }
            Ok(report)
        })
        .and_then(|report| {
            // What the export held about customers forgotten here stays forgotten,
            // files included.
            store.finish_forgetting()?;
            Ok(report)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_but_phone_numbers_are_not() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
        assert_eq!(spreadsheet_safe("+44 20 7946 0000"), "+44 20 7946 0000");
        assert_eq!(spreadsheet_safe("Ana Costa"), "Ana Costa");
    }

    #[test]
    fn an_over_long_line_is_refused_without_reading_it_whole() {
        let mut text = "x".repeat(MAX_LINE_BYTES + 10);
        text.push('\n');
        let err = check_events(text.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("line 1: the line is longer"), "{err}");
    }
}
