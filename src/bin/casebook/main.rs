//! `casebook`: the headless command line. It acts through the same library
//! actions as the desktop app ([`Store::act`]), so anything done here is
//! recorded exactly as it would be there.

mod args;
mod data;
mod hours;
mod learn;
mod mail;
mod people;
mod replies;
mod server;
mod settings;
mod sync;
mod work;

use casebook::msg;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::Parser;
use serde::Serialize;

use args::{Cli, Command, SlaCommand};
use casebook::demo::{self, SeedOptions};
use casebook::model::{Actor, Ts};
use casebook::paths::{self, Profile};
use casebook::{clock, Ctx, Error, Lang, Msg, Result, Store, Words};

/// The passcode the person at the terminal typed, or a script gave in
/// `CASEBOOK_PASSCODE` (read once, never printed, never on the command line).
static PASSCODE: OnceLock<casebook::staff::Passcode> = OnceLock::new();

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(code) = std::env::var_os("CASEBOOK_PASSCODE") {
        let _ = PASSCODE.set(casebook::staff::Passcode::new(code.to_string_lossy().into_owned()));
    }
    let mut outcome = run(&cli);
    // The shop asks for a passcode: nothing was done yet. Ask on the
    // terminal (once) and do it again, proved.
    if let Err(err @ Error::PasscodeNeeded { .. }) = &outcome {
        use std::io::IsTerminal;
        if PASSCODE.get().is_none() && std::io::stdin().is_terminal() {
            let _ = writeln!(std::io::stderr(), "{}", err.text(lang()));
            if let Ok(code) = rpassword::prompt_password(t(msg!("cli-passcode-prompt"))) {
                let _ = PASSCODE.set(casebook::staff::Passcode::new(code));
                outcome = run(&cli);
            }
        }
    }
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let lang = lang();
            let text = if cli.json {
                let api = casebook::ApiError::from_error(&err, lang);
                serde_json::to_string(&api).unwrap_or_else(|_| api.message.clone())
            } else {
                format!("casebook: {}", err.text(lang))
            };
            let _ = writeln!(std::io::stderr(), "{text}");
            ExitCode::FAILURE
        }
    }
}

/// The language the command line speaks, once known.
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language to speak: `--lang`, else this desk's (once the database is
/// open), else the computer's.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_else(Lang::from_system)
}

/// Settles the language: `--lang` when given, else the desk's setting.
fn settle_lang(cli: &Cli, store: Option<&Store>) {
    let chosen = match cli.lang.as_deref() {
        Some("system") => Some(Lang::from_system()),
        Some(tag) => Lang::parse(tag),
        None => None,
    };
    let lang = chosen.or_else(|| store.and_then(|s| s.lang().ok())).unwrap_or_else(Lang::from_system);
    let _ = LANG.set(lang);
}

/// A message in the command line's language.
pub fn t(msg: Msg) -> String {
    Words::of(lang()).text(&msg)
}

/// Writes a line to standard output.
pub fn say(text: &str) {
    emit(&format!("{text}\n"));
}

/// Writes text to standard output as it is. When whoever reads it has gone
/// (`| head`), there is nobody left to tell: stop quietly.
pub fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        let _ = writeln!(
            std::io::stderr(),
            "casebook: {}",
            Error::io(msg!("cli-could-not-write-output"), e).text(lang())
        );
        std::process::exit(1);
    }
}

/// Prints `value` as JSON with `--json`, else as the text `text` makes of it.
pub fn print<T: Serialize>(cli: &Cli, value: &T, text: impl FnOnce(&T) -> String) -> Result<()> {
    if cli.json {
        say(&serde_json::to_string_pretty(value)?);
    } else {
        say(&text(value));
    }
    Ok(())
}

/// A moment as the person at the terminal reads it: in `TZ` (or the
/// computer's zone), with its offset.
pub fn local_time(at: Ts) -> String {
    let zone: chrono_tz::Tz = casebook::hours::calendar::system_time_zone().parse().unwrap_or(chrono_tz::UTC);
    at.with_timezone(&zone).format("%Y-%m-%d %H:%M %:z").to_string()
}

pub fn db_path(cli: &Cli) -> Result<PathBuf> {
    paths::resolve_db_path(cli.db.clone(), std::env::var_os(paths::DB_ENV), Profile::current())
}

pub fn read_file(path: &std::path::Path) -> Result<String> {
    std::fs::read_to_string(path)
        .map_err(|e| Error::io(msg!("error-data-could-read-2", path = path.display()), e))
}

/// When it happened: `--at`, or now.
fn when(cli: &Cli) -> Result<Ts> {
    match &cli.at {
        Some(text) => {
            let at = clock::parse(text)?;
            if at > clock::now() {
                return Err(Error::invalid("at", msg!("error-cli-future-things-already-happened", text)));
            }
            Ok(at)
        }
        None => Ok(clock::now()),
    }
}

/// Who acts: `--as NAME`, or whoever was last picked at this desk; with
/// their passcode, once given.
pub fn who(cli: &Cli) -> Actor {
    match PASSCODE.get() {
        Some(code) => Actor::WithPasscode(cli.actor.clone(), code.clone()),
        None => Actor::from_option(cli.actor.as_deref()),
    }
}

/// Does `f` as the person acting (required), through the library's actions.
pub fn act<T>(
    cli: &Cli,
    store: &mut Store,
    f: impl FnOnce(&mut casebook::Writer<'_>, &Ctx) -> Result<T>,
) -> Result<T> {
    if store.resolve(&who(cli))?.is_none() {
        return Err(Error::invalid("as", msg!("error-cli-say-who-acting-as-name")));
    }
    store.act(&who(cli), Some(when(cli)?), f)
}

/// Who acts, if anyone (the desk itself may: a spreadsheet import into an empty shop).
pub fn optional_ctx(cli: &Cli, store: &Store) -> Result<Ctx> {
    match store.resolve(&who(cli))? {
        Some(_) => store.acting(&who(cli), Some(when(cli)?)),
        None => Ok(Ctx::at(None, when(cli)?)),
    }
}

fn run(cli: &Cli) -> Result<()> {
    if cli.lang.is_some() {
        settle_lang(cli, None);
    }
    // Arithmetic on a calendar file needs no database.
    if let Command::Sla(SlaCommand::Due { calendar, start, minutes }) = &cli.command {
        return hours::due(cli, calendar, start, *minutes);
    }
    // Sync runs beside the database's one writer, as the app does.
    if let Command::Sync(c) = &cli.command {
        return sync::sync(cli, c);
    }
    if let Command::Mail(c) = &cli.command {
        return mail::mail(cli, c);
    }
    // The shop's server is another machine's set-up: no desk's database.
    if let Command::Server(c) = &cli.command {
        return server::server(cli, c);
    }
    // A restore replaces the whole database: nobody else may have it open.
    let _lock = match &cli.command {
        Command::Restore { .. } => Some(casebook::core::db::take_lock(&db_path(cli)?)?),
        _ => None,
    };
    let mut store = Store::open(db_path(cli)?)?;
    casebook::shop::prepare(&mut store)?;
    settle_lang(cli, Some(&store));
    match &cli.command {
        Command::Check => data::check(cli, &store),
        Command::Info => {
            let info = store.desk_info()?;
            print(cli, &info, |i| {
                format!(
                    "database  {}\ndesk      {}\nschema    {}\nstaff     {}\ncustomers {}\ncases     {}\nevents    {}",
                    i.db_path, i.desk_id, i.schema_version, i.staff, i.customers, i.cases, i.events
                )
            })
        }
        Command::Seed(args) => {
            let now = match &args.now {
                Some(t) => clock::parse(t)?,
                None => clock::now(),
            };
            let options =
                SeedOptions { seed: args.seed, customers: args.customers, events: args.events, now };
            let language = match cli.lang.as_deref().unwrap_or("en") {
                "system" => demo::Language::of_system(),
                tag => demo::Language::from_tag(tag).ok_or_else(|| {
                    casebook::Error::invalid("lang", msg!("error-cli-demo-speaks-en-nl-de"))
                })?,
            };
            let report = demo::seed_in(&mut store, &options, language)?;
            if cli.json {
                say(&serde_json::json!({"staff": report.staff, "customers": report.customers, "cases": report.cases, "events": report.events}).to_string());
            } else {
                say(&t(msg!(
                    "cli-demo-loaded",
                    staff = report.staff,
                    customers = report.customers,
                    cases = report.cases,
                    events = report.events
                )));
            }
            Ok(())
        }
        Command::Staff(c) => people::staff(cli, &mut store, c),
        Command::Customer(c) => people::customer(cli, &mut store, c),
        Command::Case(c) => people::case(cli, &mut store, c),
        Command::Queue { limit } => people::queue(cli, &store, *limit),
        Command::Timeline { customer_id, limit } => people::timeline(cli, &store, customer_id, *limit),
        Command::Sla(_) => unreachable!("handled before the database is opened"),
        Command::Calendar(c) => hours::calendar(cli, &mut store, c),
        Command::Backup { file } => data::backup(cli, &store, file.as_deref()),
        Command::Backups => data::backups(cli),
        Command::Restore { file } => data::restore(cli, &mut store, file),
        Command::Export { folder } => data::export(cli, &store, folder.as_deref()),
        Command::Import { folder } => data::import(cli, &mut store, folder),
        Command::ImportCsv { file, columns, encoding, header_row, sheet, dry_run } => {
            let mut source = casebook::data::csv_import::source_from_file(file)?;
            source.encoding = encoding.clone();
            source.header_row = *header_row;
            source.sheet = sheet.clone();
            data::import_csv(cli, &mut store, file, source, columns.as_deref(), *dry_run)
        }
        Command::Report { name, from, to, format } => {
            learn::report(cli, &store, name, from.as_deref(), to.as_deref(), format)
        }
        Command::Outreach(c) => learn::outreach(cli, &store, c),
        Command::Promise(c) => work::promise(cli, &mut store, c),
        Command::Close(c) => work::close(cli, &mut store, c),
        Command::Settings(c) => settings::settings(cli, &mut store, c),
        Command::SavedReply(c) => replies::replies(cli, &mut store, c),
        Command::Sync(_) => unreachable!("handled before the store is opened"),
        Command::Mail(_) => unreachable!("handled before the store is opened"),
        Command::Server(_) => unreachable!("handled before the store is opened"),
    }
}
