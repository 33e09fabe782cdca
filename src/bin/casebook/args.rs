//! The command line's words: every command and option, with its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "casebook", version, about = "Casebook support desk, from the command line")]
pub struct Cli {
    /// Database file. Defaults to CASEBOOK_DB, then the per-user data folder.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Who is acting: a staff member's name (or the start of it) or id. Defaults to
    /// whoever was last picked at this desk.
    #[arg(long = "as", global = true, value_name = "STAFF")]
    pub actor: Option<String>,

    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,

    /// When it happened, if not now (RFC 3339): for logging a call from this
    /// morning after the fact.
    #[arg(long, global = true, value_name = "TIME")]
    pub at: Option<String>,

    /// The language to speak: en, nl, de, fr or es, or "system" for the
    /// computer's. Messages default to this desk's language (its own choice,
    /// else the shop's, else the computer's). `seed` makes the demo shop in it,
    /// in English unless asked, so a seed makes the same shop on every computer.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Where the database is and what it holds.
    Info,
    /// Check the database and every attached file: a file missing or damaged
    /// is listed with the names it was attached under (exit status 1).
    Check,
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
    /// Import customers and cases from a spreadsheet: a CSV or text file in any
    /// encoding and separator, an .xlsx or .ods workbook, or another help desk's
    /// or shop system's export. Columns are matched by their headings' meaning
    /// unless --columns says otherwise. All rows or none: any problem is listed
    /// by row and nothing is written. Existing customers are matched by phone or
    /// email, and get any new phone number or email the file has for them.
    ImportCsv {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// One field per column, comma-separated: name, phone, email, organisation,
        /// segment, notes, subject, channel, status, priority, opened, message or
        /// ignore.
        #[arg(long)]
        columns: Option<String>,
        /// The text encoding (e.g. windows-1252, UTF-16LE); detected if left out.
        #[arg(long)]
        encoding: Option<String>,
        /// The row holding the column headings (1 is the first); found if left out.
        #[arg(long)]
        header_row: Option<u32>,
        /// For a workbook (.xlsx, .ods): the sheet to read; the first if left out.
        #[arg(long)]
        sheet: Option<String>,
        /// Check and count, write nothing.
        #[arg(long)]
        dry_run: bool,
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
    /// Close a promise: kept, or broken and made right.
    #[command(subcommand)]
    Promise(crate::work::PromiseCommand),
    /// Close a complaint or an escalation.
    #[command(subcommand)]
    Close(crate::work::ClosingCommand),
    /// The shop's response targets, root causes, file limit and language.
    #[command(subcommand)]
    Settings(crate::settings::SettingsCommand),
    /// Saved replies: the shop's answers in its own words, filled in for a case.
    #[command(subcommand, name = "saved-reply")]
    SavedReply(crate::replies::ReplyCommand),
    /// A customer's whole history, newest first.
    Timeline {
        customer_id: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Share one history with the shop's other desks through its PostgreSQL
    /// server: connect, invite and join desks, sync.
    #[command(subcommand)]
    Sync(SyncCommand),
    /// The shop's mailbox: connect it, fetch and send now, the outbox.
    #[command(subcommand)]
    Mail(crate::mail::MailCommand),
    /// The shop's server: set up PostgreSQL on a Debian or Ubuntu machine for
    /// the desks to share one history.
    #[command(subcommand)]
    Server(ServerCommand),
}

#[derive(Subcommand)]
pub enum ServerCommand {
    /// Make this Debian or Ubuntu machine the shop's server (as root): installs
    /// PostgreSQL if missing, makes the shop's certificates, turns on TLS, lets
    /// in only encrypted connections with a password from the shop's networks,
    /// creates the owner and the database, and prints what to paste on the
    /// first desk. Running it again changes nothing that is already right.
    Setup {
        /// The shop's database.
        #[arg(long, default_value = "casebook")]
        database: String,
        /// The owner's PostgreSQL user (it may create the desks' users).
        #[arg(long, default_value = "casebook_owner")]
        owner: String,
        /// A name or address desks will use for this machine, besides the ones
        /// it has (repeat for more). The first is the one printed for desks.
        #[arg(long, value_name = "NAME")]
        name: Vec<String>,
        /// A network desks may connect from, e.g. 192.168.1.0/24 (repeat for
        /// more). Defaults to the networks this machine is on.
        #[arg(long, value_name = "NETWORK")]
        allow: Vec<String>,
        /// Choose a new password for the owner (the old one stops working).
        #[arg(long)]
        new_owner_password: bool,
        /// Where the certificates are kept.
        #[arg(long, value_name = "DIR", default_value = "/etc/casebook-server")]
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum OwnerCommand {
    /// Keep the owner's access on this desk.
    SignIn,
    /// Forget the owner's access on this desk.
    SignOut,
}

#[derive(Subcommand)]
pub enum SyncCommand {
    /// Make this desk the first of a shop on a PostgreSQL server, and upload its
    /// history. Asks for the owner's address, e.g. postgres://owner:PASSWORD@host:5432/casebook
    /// (a user that may create roles), without showing it; or reads it from standard
    /// input, or from CASEBOOK_OWNER_URL. It is kept in this computer's password store,
    /// never taken on the command line.
    Connect {
        /// A certificate authority (PEM file) the server's certificate is signed by,
        /// if it is not one the computer already trusts.
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
        /// The shop's name, as the desks show it.
        #[arg(long)]
        shop: String,
        /// This desk's name, e.g. "Counter".
        #[arg(long)]
        desk: String,
    },
    /// Make a single-use join code for a new desk.
    Invite {
        /// The new desk's name, e.g. "Workshop".
        #[arg(long)]
        desk: String,
    },
    /// Join the shop a join code names (on a desk with no history), and download
    /// the shop's history. The code holds the shop's key: it is asked for
    /// without showing it, or read from standard input or CASEBOOK_JOIN_CODE,
    /// never taken on the command line.
    Join,
    /// Seal customers' words on the shop's server (for a shop set up before
    /// this was the rule; owner), and print the key code that desks which
    /// joined before need. Again later, it seals what came in clear since.
    Seal,
    /// Give this desk the shop's key from the owner's key code (a desk that
    /// joined before the shop sealed its words). Asked for as `join` does, or
    /// from CASEBOOK_KEY_CODE.
    Key,
    /// Send what this desk wrote and take in what the others did, once.
    Once,
    /// Keep syncing until stopped (Ctrl+C), printing each change of state.
    Run,
    /// Where this desk syncs to, and what waits to be sent.
    Status,
    /// The shop's desks, when each was last seen, and whether one was revoked.
    Desks,
    /// Who is on which case at the shop's other desks right now, and who is
    /// writing an answer.
    Who,
    /// Keep the owner's access on this desk (to invite and revoke desks, the
    /// first one included), or forget it here: signing in on one desk and out
    /// on another moves it. Asks for the address as `connect` does.
    #[command(subcommand)]
    Owner(OwnerCommand),
    /// Withdraw a desk's access (a lost or stolen PC). Its events stay.
    Revoke {
        /// The desk's name (as `sync desks` lists it) or its id.
        #[arg(value_name = "DESK")]
        desk: String,
    },
    /// A new join code for a desk of the shop that lost its password (its
    /// computer's password store was emptied): typed there with `sync join`,
    /// it lets the desk in again with its history and unsent work.
    Readmit {
        /// The desk's name or id.
        #[arg(value_name = "DESK")]
        desk: String,
    },
    /// The shop's server moved to another address (the same shop, copied
    /// there): sync with it from now on. Checked before anything changes.
    Move {
        /// The server's new host name or address.
        #[arg(long)]
        host: String,
        #[arg(long, default_value_t = 5432)]
        port: u16,
        /// The PostgreSQL database that holds the shop (unchanged if not given).
        #[arg(long)]
        dbname: Option<String>,
        /// Encrypt the connection even to this computer.
        #[arg(long)]
        tls: bool,
        /// A certificate authority (PEM file) for the new server (the old one
        /// is kept if not given).
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
    },
    /// Leave the shop and keep this desk's history, working on its own from
    /// now on. Refused while this desk's work has not reached the server.
    Leave {
        /// Leave even though some of this desk's work never reached the server.
        #[arg(long)]
        anyway: bool,
    },
    /// For tests: write COUNT notes, syncing as it goes, and print each note's
    /// event id once the server has acknowledged it.
    #[command(hide = true)]
    Soak {
        #[arg(long, default_value_t = 100)]
        count: u32,
        /// Pause between notes, in milliseconds.
        #[arg(long, default_value_t = 20)]
        pause_ms: u64,
    },
}

#[derive(Subcommand)]
pub enum OutreachCommand {
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
pub struct SeedArgs {
    /// The same seed always gives the same shop.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long, default_value_t = 40)]
    pub customers: u32,
    /// Keep adding returning customers' cases until there are at least this many
    /// events (e.g. 1000000 for a benchmark-sized shop).
    #[arg(long)]
    pub events: Option<u32>,
    /// The demo's "today" (RFC 3339). Defaults to now.
    #[arg(long)]
    pub now: Option<String>,
    // The language its people speak is the global `--lang` (English unless asked).
}

#[derive(Subcommand)]
pub enum StaffCommand {
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
    /// Give a staff member another name.
    Rename {
        /// Their name now (or their id, as `staff list` shows it).
        staff: String,
        /// The new name.
        #[arg(long)]
        to: String,
    },
    /// The same person added twice (at two desks): keep one record. The other
    /// leaves the list; its open cases move over; the history keeps its name.
    Merge {
        /// The record that goes (name or id; an id when both have one name).
        duplicate: String,
        /// The record that stays.
        #[arg(long)]
        into: String,
    },
    /// Take someone off the list (they left the shop). Their history stays.
    Deactivate {
        staff: String,
    },
    /// Put someone back on the list.
    Activate {
        staff: String,
    },
    /// Make someone staff, a shift lead or an owner (an owner's tool).
    Role {
        staff: String,
        #[arg(long, value_parser = ["staff", "lead", "owner"])]
        role: String,
    },
    /// Set a passcode: your own, or anyone's as an owner. The new passcode is
    /// asked twice on the terminal, or read from CASEBOOK_NEW_PASSCODE.
    Passcode {
        staff: String,
    },
    /// Take someone's passcode off (an owner): they choose one at their next sign-in.
    ClearPasscode {
        staff: String,
    },
    /// An owner who forgot their passcode sets a new one with the shop's
    /// recovery code (asked, or CASEBOOK_RECOVERY_CODE) and the new passcode
    /// (asked twice, or CASEBOOK_NEW_PASSCODE).
    Recover {
        owner: String,
    },
    /// Wrong passcodes typed at this desk.
    Tries,
}

#[derive(Subcommand)]
pub enum CustomerCommand {
    /// Type-ahead look-up by name, organisation, phone or email.
    Find {
        query: String,
        #[arg(long, default_value_t = 10)]
        limit: u32,
    },
    Show {
        id: String,
    },
    /// Everything the shop holds about a customer, for them (what the GDPR
    /// lets them ask for): a page in the shop's language to print or send
    /// (customer.html) and the same as JSON (customer.json), in a new folder
    /// inside FOLDER (default: `exports` beside the data).
    Export {
        id: String,
        #[arg(long = "to", value_name = "FOLDER")]
        folder: Option<PathBuf>,
    },
    /// Forget a customer on every desk, as the GDPR's erasure asks (owners
    /// only): their name, contacts and every word in their history go; their
    /// cases stay counted, under a number. The reason stays in the history:
    /// write nothing about the person in it.
    Forget {
        id: String,
        #[arg(long)]
        reason: String,
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
    #[command(flatten)]
    Action(crate::work::CustomerAction),
}

#[derive(Subcommand)]
pub enum CaseCommand {
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
    #[command(flatten)]
    Action(crate::work::CaseAction),
}

#[derive(Subcommand)]
pub enum SlaCommand {
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
pub enum CalendarCommand {
    /// Print the shop's calendar as JSON (the form `calendar set` and the app read).
    Show,
    /// Replace the shop's calendar with the one in FILE (a shift lead or the owner).
    Set { file: PathBuf },
    /// Add the holidays in an .ics file to the shop's calendar.
    ImportIcs { file: PathBuf },
}
