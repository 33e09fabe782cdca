//! `casebook`: the headless command line. It calls the same library as the
//! desktop app, so anything done here is recorded exactly as it would be there.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use serde::Serialize;

use casebook::backup::{self, BackupInfo, BackupKind};
use casebook::calendar::{Calendar, CalendarSpec};
use casebook::csv_import::{self, CsvField, CsvRequest};
use casebook::exchange;
use casebook::model::*;
use casebook::paths::{self, Profile};
use casebook::report::{self, ReportName, ReportRequest};
use casebook::seed::{self, SeedOptions};
use casebook::{clock, Ctx, Error, Result, Store};

#[derive(Parser)]
#[command(name = "casebook", version, about = "Casebook support desk, from the command line")]
struct Cli {
    /// Database file. Defaults to CASEBOOK_DB, then the per-user data folder.
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    /// Who is acting: a staff member's name (or the start of it) or id. Defaults to
    /// whoever was last picked at this desk.
    #[arg(long = "as", global = true, value_name = "STAFF")]
    actor: Option<String>,

    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,

    /// When it happened, if not now (RFC 3339): for logging a call from this
    /// morning after the fact.
    #[arg(long, global = true, value_name = "TIME")]
    at: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Where the database is and what it holds.
    Info,
    /// Load the demo bike shop into an empty database.
    Seed(SeedArgs),
    /// The staff list.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Find, show and add customers.
    #[command(subcommand)]
    Customer(CustomerCommand),
    /// Open cases and add to them.
    #[command(subcommand)]
    Case(CaseCommand),
    /// Open cases, the longest-waiting customer first.
    Queue {
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Business-time arithmetic on a calendar file.
    #[command(subcommand)]
    Sla(SlaCommand),
    /// The shop's business calendar: show it as JSON, or replace it from a file.
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// Take a checked backup now (into the backups folder beside the data, or FILE).
    Backup {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// The backups beside the data, newest first, with what each holds.
    Backups,
    /// Replace the history with a backup's. The backup is checked first, and the
    /// current history is kept as a backup. Close the app before restoring.
    Restore {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Export everything (events as JSON Lines, customers and cases as CSV) into a
    /// new folder inside FOLDER (default: `exports` beside the data).
    Export {
        #[arg(value_name = "FOLDER")]
        folder: Option<PathBuf>,
    },
    /// Import a folder written by `casebook export`. All of it or nothing; events
    /// already here are skipped, so importing twice adds nothing.
    Import {
        #[arg(value_name = "FOLDER")]
        folder: PathBuf,
    },
    /// Import customers and cases from a CSV file (a spreadsheet, or another help
    /// desk's export). Columns are matched by their header unless --columns says
    /// otherwise. All rows or none: any problem is listed by line and nothing is
    /// written. Existing customers are matched by phone or email.
    ImportCsv {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// One field per column, comma-separated: name, phone, email, organisation,
        /// segment, notes, subject, channel, status, priority, opened, message or
        /// ignore.
        #[arg(long)]
        columns: Option<String>,
        /// Check and count, write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Logs notes in a loop and prints each event id once its commit returned:
    /// the writer the crash test kills.
    #[command(hide = true)]
    Soak {
        /// Stop after this many events (default: run until killed).
        #[arg(long)]
        events: Option<u64>,
    },
    /// A report over whole days in the shop's time zone: fairness, attainment,
    /// promises, escalations, complaints or satisfaction. The same figures as
    /// the app's reports screen.
    Report {
        #[arg(value_name = "NAME")]
        name: String,
        /// First day (YYYY-MM-DD). Defaults to 29 days before --to.
        #[arg(long)]
        from: Option<String>,
        /// Last day, included (YYYY-MM-DD). Defaults to today.
        #[arg(long)]
        to: Option<String>,
        /// text (findings and tables), csv (every table) or json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Customers not contacted for a while, to call.
    #[command(subcommand)]
    Outreach(OutreachCommand),
    /// A customer's whole history, newest first.
    Timeline {
        customer_id: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
}

#[derive(Subcommand)]
enum OutreachCommand {
    /// Customers not contacted for DAYS days, the longest first.
    List {
        #[arg(long, default_value_t = 90)]
        days: u32,
    },
    /// COUNT customers picked at random among those not contacted (nor called)
    /// for DAYS days. The same seed picks the same customers.
    Sample {
        #[arg(long, default_value_t = 90)]
        days: u32,
        #[arg(long, default_value_t = 10)]
        count: u32,
        #[arg(long, default_value_t = 1)]
        seed: u32,
    },
}

#[derive(Args)]
struct SeedArgs {
    /// The same seed always gives the same shop.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, default_value_t = 40)]
    customers: u32,
    /// Keep adding returning customers' cases until there are at least this many
    /// events (e.g. 1000000 for a benchmark-sized shop).
    #[arg(long)]
    events: Option<u32>,
    /// The demo's "today" (RFC 3339). Defaults to now.
    #[arg(long)]
    now: Option<String>,
}

#[derive(Subcommand)]
enum StaffCommand {
    List,
    /// Pick who is at the desk (as the app's staff switcher does).
    Pick {
        name: String,
    },
    Add {
        name: String,
        #[arg(long, default_value = "staff", value_parser = ["staff", "lead", "owner"])]
        role: String,
    },
}

#[derive(Subcommand)]
enum CustomerCommand {
    /// Type-ahead look-up by name, organisation, phone or email.
    Find {
        query: String,
        #[arg(long, default_value_t = 10)]
        limit: u32,
    },
    Show {
        id: String,
    },
    Add {
        #[arg(long)]
        name: String,
        #[arg(long = "phone")]
        phones: Vec<String>,
        #[arg(long = "email")]
        emails: Vec<String>,
        #[arg(long, default_value = "")]
        organisation: String,
        #[arg(long, default_value = "")]
        segment: String,
        /// Create even if a customer with the same phone or email exists.
        #[arg(long)]
        allow_duplicate: bool,
    },
}

#[derive(Subcommand)]
enum CaseCommand {
    /// Open a case for an existing customer.
    Open {
        #[arg(long)]
        customer: String,
        #[arg(long)]
        subject: String,
        #[arg(long, default_value = "walk_in")]
        channel: String,
        #[arg(long, default_value = "normal")]
        priority: String,
        /// What the customer said.
        #[arg(long)]
        message: Option<String>,
    },
    /// Add a message, reply, note, call or visit to a case.
    Log {
        case_id: String,
        #[arg(long, default_value = "note")]
        kind: String,
        #[arg(long)]
        body: String,
    },
    Show {
        id: String,
    },
}

#[derive(Subcommand)]
enum SlaCommand {
    /// When N business minutes after TIME end, on the calendar in FILE.
    Due {
        /// A calendar in the JSON form the app exports and imports.
        #[arg(long, value_name = "FILE")]
        calendar: PathBuf,
        /// RFC 3339, e.g. 2026-03-06T17:00:00+01:00.
        #[arg(long, value_name = "TIME")]
        start: String,
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        minutes: i64,
    },
}

#[derive(Subcommand)]
enum CalendarCommand {
    /// Print the shop's calendar as JSON (the form `calendar set` and the app read).
    Show,
    /// Replace the shop's calendar with the one in FILE (a shift lead or the owner).
    Set { file: PathBuf },
    /// Add the holidays in an .ics file to the shop's calendar.
    ImportIcs { file: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if cli.json {
                let api = casebook::ApiError::from(err);
                eprintln!("{}", serde_json::to_string(&api).unwrap_or_else(|_| api.message.clone()));
            } else {
                eprintln!("casebook: {err}");
            }
            ExitCode::FAILURE
        }
    }
}

fn db_path(cli: &Cli) -> Result<PathBuf> {
    paths::resolve_db_path(cli.db.clone(), std::env::var_os(paths::DB_ENV), Profile::current())
}

fn open(cli: &Cli) -> Result<Store> {
    Store::open(db_path(cli)?)
}

fn read_file(path: &std::path::Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(format!("Could not read {}", path.display()), e))
}

fn run(cli: &Cli) -> Result<()> {
    // Arithmetic on a calendar file needs no database.
    if let Command::Sla(SlaCommand::Due { calendar, start, minutes }) = &cli.command {
        let cal = Calendar::new(CalendarSpec::from_json(&read_file(calendar)?)?)?;
        if *minutes < 0 {
            return Err(Error::invalid(
                "minutes",
                format!("{minutes} is negative: give a number of minutes from 0 up."),
            ));
        }
        let start = clock::to_ms(clock::parse(start)?);
        let due = cal.add_minutes(start, *minutes).ok_or_else(|| {
            Error::invalid("calendar", "The calendar has no open hours in the next three years.")
        })?;
        let local = clock::from_ms(due).with_timezone(&cal.tz());
        if cli.json {
            println!("{}", serde_json::json!({ "due": local.to_rfc3339(), "time_zone": cal.tz().name() }));
        } else {
            println!("{}", local.to_rfc3339());
        }
        return Ok(());
    }
    // A restore replaces the whole database: nobody else may have it open.
    let _lock = match &cli.command {
        Command::Restore { .. } => Some(casebook::db::take_lock(&db_path(cli)?)?),
        _ => None,
    };
    let mut store = open(cli)?;
    match &cli.command {
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
            let report = seed::seed(&mut store, &options)?;
            if cli.json {
                println!(
                    "{}",
                    serde_json::json!({"staff": report.staff, "customers": report.customers, "cases": report.cases, "events": report.events})
                );
            } else {
                println!(
                    "Loaded the demo shop: {} staff, {} customers, {} cases, {} events.",
                    report.staff, report.customers, report.cases, report.events
                );
            }
            Ok(())
        }
        Command::Staff(StaffCommand::List) => {
            let staff = store.list_staff()?;
            print(cli, &staff, |list| {
                list.iter()
                    .map(|s| {
                        format!(
                            "{}  {:<24} {}{}",
                            s.id,
                            s.name,
                            s.role,
                            if s.active { "" } else { " (inactive)" }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        Command::Staff(StaffCommand::Pick { name }) => {
            let id = find_actor(Some(name), &store)?.unwrap_or_default();
            let info = casebook::desk::set_current_staff(&mut store, Some(&id))?;
            let who = store.staff_member(&id)?;
            print(cli, &info, |_| format!("{} is at the desk.", who.name))
        }
        Command::Staff(StaffCommand::Add { name, role }) => {
            let role: StaffRole = role.parse()?;
            let input = NewStaff { name: name.clone(), role };
            // The shop's first person is picked as being at the desk, as in the app.
            let staff = if store.desk_info()?.first_run {
                casebook::desk::add_staff(&mut store, &input)?
            } else {
                let ctx = optional_actor(cli, &store)?;
                store.write(|w| w.add_staff(&ctx, &input))?
            };
            print(cli, &staff, |s| format!("Added {} ({}) as {}.", s.name, s.role, s.id))
        }
        Command::Customer(CustomerCommand::Find { query, limit }) => {
            let found = store.lookup_customers(query, *limit)?;
            print(cli, &found, |list| {
                if list.is_empty() {
                    return format!("No customer matches '{query}'.");
                }
                list.iter()
                    .map(|c| {
                        format!(
                            "{}  {:<28} {:<18} {}",
                            c.id,
                            c.name,
                            c.phones.join(", "),
                            c.emails.join(", ")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        Command::Customer(CustomerCommand::Show { id }) => {
            let customer = store.customer(id)?;
            print(cli, &customer, |c| {
                format!(
                    "{}\nphones        {}\nemails        {}\norganisation  {}\nsegment       {}\nopen cases    {} of {}\nnotes         {}",
                    c.name,
                    c.phones.join(", "),
                    c.emails.join(", "),
                    c.organisation,
                    c.segment,
                    c.open_cases,
                    c.total_cases,
                    c.notes
                )
            })
        }
        Command::Customer(CustomerCommand::Add {
            name,
            phones,
            emails,
            organisation,
            segment,
            allow_duplicate,
        }) => {
            let ctx = actor(cli, &store)?;
            let input = NewCustomer {
                name: name.clone(),
                phones: phones.clone(),
                emails: emails.clone(),
                organisation: organisation.clone(),
                segment: segment.clone(),
                notes: String::new(),
            };
            let customer = store.write(|w| w.create_customer(&ctx, &input, *allow_duplicate))?;
            print(cli, &customer, |c| format!("Added customer {} as {}.", c.name, c.id))
        }
        Command::Case(CaseCommand::Open { customer, subject, channel, priority, message }) => {
            let ctx = actor(cli, &store)?;
            let input = NewInteraction {
                customer: CustomerChoice::Existing { id: customer.clone() },
                subject: subject.clone(),
                channel: channel.parse()?,
                priority: priority.parse()?,
                owner_id: ctx.staff_id.clone(),
                message: message.clone(),
                expectations: None,
            };
            let case = store.write(|w| w.open_case(&ctx, &input))?;
            print(cli, &case, |c| format!("Opened case {} for {}: {}", c.id, c.customer_name, c.subject))
        }
        Command::Case(CaseCommand::Log { case_id, kind, body }) => {
            let ctx = actor(cli, &store)?;
            let input = NewEntry {
                case_id: case_id.clone(),
                kind: kind.parse()?,
                body: body.clone(),
                direction: None,
            };
            let entry = store.write(|w| w.add_entry(&ctx, &input))?;
            print(cli, &entry, |e| e.id.clone())
        }
        Command::Case(CaseCommand::Show { id }) => {
            let detail = store.case_detail(id)?;
            print(cli, &detail, |d| {
                format!(
                    "{}\ncustomer  {}\nstatus    {}\npriority  {}\nowner     {}\nchannel   {}",
                    d.case.subject,
                    d.customer.name,
                    d.case.status,
                    d.case.priority,
                    d.case.owner_name.as_deref().unwrap_or("nobody"),
                    d.case.channel
                )
            })
        }
        Command::Queue { limit } => {
            let page = store.queue(None, *limit)?;
            print(cli, &page, |p| {
                if p.cases.is_empty() {
                    return "The queue is empty: no open cases.".into();
                }
                p.cases
                    .iter()
                    .map(|c| {
                        let due = match &c.due {
                            Some(d) if d.overdue => format!("overdue {}", hours(d.business_minutes)),
                            Some(d) => format!("due in {}", hours(d.business_minutes)),
                            None => "waiting on the customer".to_owned(),
                        };
                        format!("{}  {:<24} {:<44} {}", c.id, c.customer_name, c.subject, due)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        Command::Sla(_) => unreachable!("handled before the database is opened"),
        Command::Calendar(CalendarCommand::Show) => {
            println!("{}", store.response_settings()?.calendar.to_json());
            Ok(())
        }
        Command::Calendar(CalendarCommand::Set { file }) => {
            let spec = CalendarSpec::from_json(&read_file(file)?)?;
            let ctx = actor(cli, &store)?;
            let updated = store.write(|w| w.set_calendar(&ctx, &spec))?;
            println!("Calendar saved; {updated} open cases have new due times.");
            Ok(())
        }
        Command::Calendar(CalendarCommand::ImportIcs { file }) => {
            let holidays = casebook::ics::holidays_from_ics(&read_file(file)?)?;
            let mut spec = store.response_settings()?.calendar;
            let added = holidays.len();
            spec.holidays.extend(holidays);
            let ctx = actor(cli, &store)?;
            store.write(|w| w.set_calendar(&ctx, &spec))?;
            println!("Imported {added} holidays.");
            Ok(())
        }
        Command::Backup { file } => {
            let info = match file {
                Some(file) => {
                    if file.exists() {
                        return Err(Error::invalid(
                            "file",
                            format!("{} already exists; choose a new file name.", file.display()),
                        ));
                    }
                    store.backup_to(file)?
                }
                None => backup::take(&store, &backup::backups_dir(&db_path(cli)?), BackupKind::Manual)?,
            };
            print(cli, &info, |b| {
                format!(
                    "Backed up and checked: {}
{}",
                    b.path,
                    holds(b)
                )
            })
        }
        Command::Backups => {
            let dir = backup::backups_dir(&db_path(cli)?);
            let list = backup::list(&dir)?;
            print(cli, &list, |list| {
                if list.is_empty() {
                    return format!("No backups yet in {}.", dir.display());
                }
                list.iter()
                    .map(|b| {
                        format!(
                            "{}  {:<15} {}",
                            b.taken_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M"),
                            b.kind.as_str(),
                            holds(b)
                        )
                    })
                    .chain([format!("in {}", dir.display())])
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        Command::Restore { file } => {
            let report = store.restore_from(file, &backup::backups_dir(&db_path(cli)?))?;
            print(cli, &report, |r| {
                format!(
                    "Restored {} ({}).\nThe history it replaced is kept in {}",
                    r.restored.file_name,
                    holds(&r.restored),
                    r.previous.path
                )
            })
        }
        Command::Export { folder } => {
            let parent = match folder {
                Some(f) => f.clone(),
                None => exchange::exports_dir(&db_path(cli)?),
            };
            let report = exchange::export(&store, &parent)?;
            print(cli, &report, |r| {
                format!(
                    "Exported {} events, {} customers and {} cases to {}",
                    r.events, r.customers, r.cases, r.folder
                )
            })
        }
        Command::Import { folder } => {
            let report = exchange::import(&mut store, folder)?;
            print(cli, &report, |r| {
                format!(
                    "Imported {} events ({} were already here).{}",
                    r.added,
                    r.already_there,
                    if r.settings_taken {
                        " Opening hours and targets were taken from the export."
                    } else {
                        ""
                    }
                )
            })
        }
        Command::ImportCsv { file, columns, dry_run } => {
            let bytes = std::fs::read(file)
                .map_err(|e| Error::io(format!("Could not read {}", file.display()), e))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Error::invalid(
                    "file",
                    format!(
                        "{} is not UTF-8 text. In your spreadsheet, save it as \"CSV UTF-8\" and try again.",
                        file.display()
                    ),
                )
            })?;
            let mapping = match columns {
                Some(list) => list
                    .split(',')
                    .map(|f| {
                        f.trim().parse::<CsvField>().map_err(|_| {
                            Error::invalid(
                                "columns",
                                format!("'{}' is not a column field. Use name, phone, email, organisation, segment, notes, subject, channel, status, priority, opened, message or ignore.", f.trim()),
                            )
                        })
                    })
                    .collect::<Result<Vec<_>>>()?,
                None => csv_import::inspect(&text)?.mapping,
            };
            let ctx = optional_actor(cli, &store)?;
            let request = CsvRequest { text, mapping };
            let report = csv_import::run(&mut store, &ctx, &request, !dry_run)?;
            if report.problem_count > 0 {
                let list: Vec<String> =
                    report.problems.iter().map(|p| format!("  line {}: {}", p.line, p.message)).collect();
                return Err(Error::invalid(
                    "file",
                    format!(
                        "{} problem(s) in {}; nothing was imported. Fix them and try again:\n{}{}",
                        report.problem_count,
                        file.display(),
                        list.join("\n"),
                        if report.problem_count as usize > list.len() { "\n  ..." } else { "" }
                    ),
                ));
            }
            print(cli, &report, |r| {
                format!(
                    "{} {} rows: {} new customers, {} matched existing customers, {} cases.",
                    if r.imported { "Imported" } else { "Checked (nothing written)" },
                    r.rows,
                    r.new_customers,
                    r.matched_customers,
                    r.cases
                )
            })
        }
        Command::Soak { events } => soak(&mut store, *events),
        Command::Report { name, from, to, format } => {
            let name: ReportName = name.parse()?;
            let tz = store.sla_settings()?.calendar.tz();
            let today = clock::now().with_timezone(&tz).date_naive();
            let to = match to {
                Some(t) => t.clone(),
                None => today.format("%Y-%m-%d").to_string(),
            };
            let from = match from {
                Some(f) => f.clone(),
                None => {
                    let end = report::DateRange::parse(&to, &to)?.to;
                    (end - chrono::Duration::days(29)).format("%Y-%m-%d").to_string()
                }
            };
            let report = report::run(&store, &ReportRequest { name, from, to }, clock::now())?;
            match format.as_str() {
                "json" => println!("{}", serde_json::to_string_pretty(&report)?),
                "csv" => print!("{}", report::to_csv(&report)),
                "text" => println!("{}", report_text(&report)),
                other => {
                    return Err(Error::invalid(
                        "format",
                        format!("'{other}' is not a report format. Use text, csv or json."),
                    ))
                }
            }
            Ok(())
        }
        Command::Outreach(OutreachCommand::List { days }) => {
            let list = store.outreach_list(*days, clock::now())?;
            print(cli, &list, |l| {
                let mut lines = vec![format!("{} customers not contacted for {} days:", l.total, l.days)];
                lines.extend(l.customers.iter().map(outreach_line));
                lines.join("\n")
            })
        }
        Command::Outreach(OutreachCommand::Sample { days, count, seed }) => {
            let request = OutreachSampleRequest { days: *days, count: *count, seed: *seed };
            let picked = store.outreach_sample(&request, clock::now())?;
            print(cli, &picked, |p| p.iter().map(outreach_line).collect::<Vec<_>>().join("\n"))
        }
        Command::Timeline { customer_id, limit } => {
            let page = store.customer_timeline(customer_id, None, *limit)?;
            print(cli, &page, |p| {
                p.entries
                    .iter()
                    .map(|e| {
                        format!(
                            "{}  {:<18} {:<16} {}",
                            e.at.format("%Y-%m-%d %H:%M"),
                            e.payload.kind(),
                            e.staff_name.as_deref().unwrap_or("-"),
                            e.case_subject.as_deref().unwrap_or("")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}

fn outreach_line(c: &OutreachCandidate) -> String {
    format!("{:<32} {:>5} days  {}", c.name, c.days_since_contact, c.phones.join(", "))
}

/// A report for a terminal: its findings, then each table in aligned columns.
fn report_text(report: &report::Report) -> String {
    let mut out = format!("{} ({} to {})\n", report.title, report.from, report.to);
    for f in &report.findings {
        out.push_str(&format!("- {f}\n"));
    }
    for table in &report.tables {
        let cells: Vec<Vec<String>> =
            std::iter::once(table.columns.iter().map(|c| c.label.clone()).collect())
                .chain(table.rows.iter().map(|r| {
                    r.iter()
                        .map(|c| match c {
                            report::Cell::Number(n) => format!("{n}"),
                            report::Cell::Text(t) => t.replace('\n', " "),
                            report::Cell::Empty => "-".into(),
                        })
                        .collect()
                }))
                .collect();
        let widths: Vec<usize> = (0..table.columns.len())
            .map(|i| {
                cells.iter().map(|r| r.get(i).map_or(0, |c| c.chars().count().min(40))).max().unwrap_or(0)
            })
            .collect();
        out.push_str(&format!("\n{}\n", table.title));
        for row in &cells {
            let line: Vec<String> = row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
        }
    }
    out
}

fn print<T: Serialize>(cli: &Cli, value: &T, text: impl FnOnce(&T) -> String) -> Result<()> {
    if cli.json {
        println!("{}", serde_json::to_string_pretty(value)?);
    } else {
        println!("{}", text(value));
    }
    Ok(())
}

/// Resolves `--as` (or the desk's current staff member) to a staff id.
fn find_actor(wanted: Option<&str>, store: &Store) -> Result<Option<Id>> {
    let wanted = match wanted {
        Some(a) => a.to_owned(),
        None => return store.preference("current_staff_id"),
    };
    let staff = store.list_staff()?;
    if let Some(s) = staff.iter().find(|s| s.id == wanted) {
        return Ok(Some(s.id.clone()));
    }
    let folded = casebook::text::fold(&wanted);
    let matches: Vec<&Staff> =
        staff.iter().filter(|s| s.active && casebook::text::fold(&s.name).starts_with(&folded)).collect();
    match matches.as_slice() {
        [one] => Ok(Some(one.id.clone())),
        [] => Err(Error::invalid(
            "as",
            format!("Nobody active on the staff list is called '{wanted}'. See `casebook staff list`."),
        )),
        many => Err(Error::invalid(
            "as",
            format!(
                "'{wanted}' could be {}. Type more of the name.",
                many.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(" or ")
            ),
        )),
    }
}

fn when(cli: &Cli) -> Result<casebook::model::Ts> {
    match &cli.at {
        Some(text) => {
            let at = clock::parse(text)?;
            if at > clock::now() {
                return Err(Error::invalid(
                    "at",
                    format!("{text} is in the future: --at is for things that already happened."),
                ));
            }
            Ok(at)
        }
        None => Ok(clock::now()),
    }
}

fn actor(cli: &Cli, store: &Store) -> Result<Ctx> {
    match find_actor(cli.actor.as_deref(), store)? {
        Some(id) => Ok(Ctx::at(Some(id), when(cli)?)),
        None => Err(Error::invalid("as", "Say who is acting with --as NAME (see `casebook staff list`).")),
    }
}

fn optional_actor(cli: &Cli, store: &Store) -> Result<Ctx> {
    Ok(Ctx::at(find_actor(cli.actor.as_deref(), store)?, when(cli)?))
}

fn holds(b: &BackupInfo) -> String {
    format!("{} customers, {} cases, {} events, {} kB", b.customers, b.cases, b.events, b.size_kb)
}

/// Business minutes as "1 h 20 min".
fn hours(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// One note per commit, each id printed (and flushed) only after its commit
/// returned: whatever was printed must survive a kill at any moment.
fn soak(store: &mut Store, events: Option<u64>) -> Result<()> {
    use std::io::Write;
    let ctx = Ctx::now(None);
    let case = store.write(|w| {
        w.open_case(
            &ctx,
            &NewInteraction {
                customer: CustomerChoice::New {
                    customer: NewCustomer { name: "Soak Test".into(), ..Default::default() },
                    allow_duplicate: true,
                },
                subject: "Crash test".into(),
                channel: Channel::Other,
                priority: Priority::Normal,
                owner_id: None,
                message: None,
                expectations: None,
            },
        )
    })?;
    let mut out = std::io::stdout().lock();
    let mut n = 0u64;
    while events.is_none_or(|max| n < max) {
        let entry = store.write(|w| {
            w.add_entry(
                &Ctx::now(None),
                &NewEntry {
                    case_id: case.id.clone(),
                    kind: EntryKind::Note,
                    body: format!("soak note {n}"),
                    direction: None,
                },
            )
        })?;
        writeln!(out, "{}", entry.id).and_then(|_| out.flush()).map_err(|e| Error::io("stdout", e))?;
        n += 1;
    }
    Ok(())
}
