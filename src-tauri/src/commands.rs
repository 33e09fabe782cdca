//! The IPC commands. Each is async, runs its work on the database threads (never
//! on the UI thread), makes one call into the library, and answers with the
//! `{code, message}` shape the UI shows: for errors from the library, for
//! malformed arguments (`Arg`), and for panics (`guard`). No SQL and no
//! business rules here.

use std::sync::{Arc, Mutex};

use casebook::backup::{self, BackupInfo, BackupKind, RestoreReport};
use casebook::calendar::Holiday;
use casebook::csv_import::{self, CsvInspection, CsvReport, CsvRequest};
use casebook::exchange::{self, ExportInfo, ExportReport, ImportReport};
use casebook::model::*;
use casebook::report::{self, Report, ReportRequest};
use casebook::sla::{DuePreview, ResponseSettings};
use casebook::store::search::{SearchQuery, SearchResults};
use casebook::{desk, ApiError, Db};
use tauri::ipc::{Invoke, InvokeBody};
use tauri::State;
use tokio::sync::Notify;

use crate::guard::{guard, Arg};

/// What the commands share: the database, or the reason it could not be opened
/// (shown by the UI in place of the app, with what to do).
pub struct AppState {
    db: Result<Db, ApiError>,
    /// Makes the alarm scheduler check at once (after a desk preference changes).
    pub wake: Arc<Notify>,
    /// The scheduler's latest status, for a window that asks before the next event.
    pub status: Mutex<DeskStatus>,
}

impl AppState {
    pub fn new(db: Result<Db, ApiError>) -> Self {
        AppState { db, wake: Arc::new(Notify::new()), status: Mutex::new(DeskStatus::default()) }
    }

    pub fn db(&self) -> Result<&Db, ApiError> {
        self.db.as_ref().map_err(Clone::clone)
    }
}

type Reply<T> = Result<T, ApiError>;

#[tauri::command(rename_all = "snake_case")]
pub async fn desk_info(state: State<'_, AppState>) -> Reply<DeskInfo> {
    guard(async move {
        let db = state.db()?;
        Ok(db.read(|s| s.desk_info()).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn list_staff(state: State<'_, AppState>) -> Reply<Vec<Staff>> {
    guard(async move {
        let db = state.db()?;
        Ok(db.read(|s| s.list_staff()).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn add_staff(state: State<'_, AppState>, input: Arg<NewStaff>) -> Reply<Staff> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::add_staff(s, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_staff_active(
    state: State<'_, AppState>,
    staff_id: Arg<String>,
    active: Arg<bool>,
) -> Reply<Staff> {
    guard(async move {
        let staff_id = staff_id.get()?;
        let active = active.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::set_staff_active(s, &staff_id, active)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_current_staff(state: State<'_, AppState>, staff_id: Arg<Option<String>>) -> Reply<DeskInfo> {
    guard(async move {
        let staff_id = staff_id.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::set_current_staff(s, staff_id.as_deref())).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn load_demo_shop(state: State<'_, AppState>) -> Reply<DeskInfo> {
    guard(async move {
        let db = state.db()?;
        Ok(db.write(desk::load_demo).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn queue(
    state: State<'_, AppState>,
    cursor: Arg<Option<String>>,
    limit: Arg<u32>,
) -> Reply<QueuePage> {
    guard(async move {
        let cursor = cursor.get()?;
        let limit = limit.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.queue(cursor.as_deref(), limit)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn lookup_customers(
    state: State<'_, AppState>,
    query: Arg<String>,
    limit: Arg<u32>,
) -> Reply<Vec<CustomerMatch>> {
    guard(async move {
        let query = query.get()?;
        let limit = limit.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.lookup_customers(&query, limit)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn find_duplicates(
    state: State<'_, AppState>,
    phones: Arg<Vec<String>>,
    emails: Arg<Vec<String>>,
) -> Reply<Vec<CustomerMatch>> {
    guard(async move {
        let phones = phones.get()?;
        let emails = emails.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.find_duplicates(&phones, &emails)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn get_customer(state: State<'_, AppState>, customer_id: Arg<String>) -> Reply<Customer> {
    guard(async move {
        let customer_id = customer_id.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.customer(&customer_id)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn customer_cases(state: State<'_, AppState>, customer_id: Arg<String>) -> Reply<Vec<CaseSummary>> {
    guard(async move {
        let customer_id = customer_id.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.customer_cases(&customer_id)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn customer_timeline(
    state: State<'_, AppState>,
    customer_id: Arg<String>,
    cursor: Arg<Option<String>>,
    limit: Arg<u32>,
) -> Reply<TimelinePage> {
    guard(async move {
        let customer_id = customer_id.get()?;
        let cursor = cursor.get()?;
        let limit = limit.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.customer_timeline(&customer_id, cursor.as_deref(), limit)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn case_timeline(
    state: State<'_, AppState>,
    case_id: Arg<String>,
    cursor: Arg<Option<String>>,
    limit: Arg<u32>,
) -> Reply<TimelinePage> {
    guard(async move {
        let case_id = case_id.get()?;
        let cursor = cursor.get()?;
        let limit = limit.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.case_timeline(&case_id, cursor.as_deref(), limit)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn get_case(state: State<'_, AppState>, case_id: Arg<String>) -> Reply<CaseDetail> {
    guard(async move {
        let case_id = case_id.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.case_detail(&case_id)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn create_customer(
    state: State<'_, AppState>,
    input: Arg<NewCustomer>,
    allow_duplicate: Arg<bool>,
) -> Reply<Customer> {
    guard(async move {
        let input = input.get()?;
        let allow_duplicate = allow_duplicate.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::create_customer(s, &input, allow_duplicate)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn update_customer(
    state: State<'_, AppState>,
    customer_id: Arg<String>,
    patch: Arg<CustomerPatch>,
) -> Reply<Customer> {
    guard(async move {
        let customer_id = customer_id.get()?;
        let patch = patch.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::update_customer(s, &customer_id, &patch)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn open_case(state: State<'_, AppState>, input: Arg<NewInteraction>) -> Reply<CaseSummary> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::open_case(s, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn add_entry(state: State<'_, AppState>, input: Arg<NewEntry>) -> Reply<TimelineEntry> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::add_entry(s, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn update_case(state: State<'_, AppState>, input: Arg<CaseUpdate>) -> Reply<CaseSummary> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::update_case(s, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn response_settings(state: State<'_, AppState>) -> Reply<ResponseSettings> {
    guard(async move {
        let db = state.db()?;
        Ok(db.read(desk::response_settings).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn save_response_settings(
    state: State<'_, AppState>,
    settings: Arg<ResponseSettings>,
) -> Reply<ResponseSettings> {
    guard(async move {
        let settings = settings.get()?;
        let db = state.db()?;
        let reply = db.write(move |s| desk::save_response_settings(s, &settings)).await?;
        state.wake.notify_one();
        Ok(reply)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn preview_due(settings: Arg<ResponseSettings>) -> Reply<Vec<DuePreview>> {
    guard(async move {
        let settings = settings.get()?;
        Ok(desk::preview_due(&settings)?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn holidays_from_ics(text: Arg<String>) -> Reply<Vec<Holiday>> {
    guard(async move {
        let text = text.get()?;
        Ok(desk::holidays_from_ics(&text)?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn time_zones() -> Reply<Vec<String>> {
    guard(async move {
        Ok(Ok::<_, casebook::Error>(
            casebook::calendar::time_zones().into_iter().map(str::to_owned).collect::<Vec<String>>(),
        )?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn desk_status(state: State<'_, AppState>) -> Reply<DeskStatus> {
    guard(async move { Ok(state.status.lock().map(|s| s.clone()).unwrap_or_default()) }).await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn customer_context(
    state: State<'_, AppState>,
    customer_id: Arg<String>,
) -> Reply<CustomerContext> {
    guard(async move {
        let customer_id = customer_id.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.customer_context(&customer_id)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn draft_brief(state: State<'_, AppState>, case_id: Arg<String>) -> Reply<Brief> {
    guard(async move {
        let case_id = case_id.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| desk::draft_brief(s, &case_id)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn hand_off(state: State<'_, AppState>, input: Arg<HandoffInput>) -> Reply<Handoff> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::hand_off(s, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn inbox(state: State<'_, AppState>) -> Reply<Vec<Handoff>> {
    guard(async move {
        let db = state.db()?;
        Ok(db.read(desk::inbox).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn acknowledge_handoffs(state: State<'_, AppState>, case_id: Arg<String>) -> Reply<u32> {
    guard(async move {
        let case_id = case_id.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::acknowledge_handoffs(s, &case_id)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn make_promise(state: State<'_, AppState>, input: Arg<NewPromise>) -> Reply<Promise> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::make_promise(s, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn close_promise(state: State<'_, AppState>, input: Arg<PromiseOutcome>) -> Reply<Promise> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::close_promise(s, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn open_promises(
    state: State<'_, AppState>,
    cursor: Arg<Option<String>>,
    limit: Arg<u32>,
) -> Reply<PromisesPage> {
    guard(async move {
        let cursor = cursor.get()?;
        let limit = limit.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.open_promises(cursor.as_deref(), limit)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn kept_rate(state: State<'_, AppState>, from: Arg<Ts>, to: Arg<Ts>) -> Reply<KeptRate> {
    guard(async move {
        let from = from.get()?;
        let to = to.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.kept_rate(from, to)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_expectations(
    state: State<'_, AppState>,
    customer_id: Arg<String>,
    input: Arg<Expectations>,
) -> Reply<Expectations> {
    guard(async move {
        let customer_id = customer_id.get()?;
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::set_expectations(s, &customer_id, &input)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn pin_fact(state: State<'_, AppState>, event_id: Arg<String>, pinned: Arg<bool>) -> Reply<()> {
    guard(async move {
        let event_id = event_id.get()?;
        let pinned = pinned.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::pin_fact(s, &event_id, pinned)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn flag_complaint(state: State<'_, AppState>, input: Arg<NewComplaint>) -> Reply<Complaint> {
    guard(async move {
        let input = input.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::flag_complaint(s, &input)).await?)
    })
    .await
}

macro_rules! write_command {
    ($(#[$doc:meta])* $name:ident($input:ty) -> $out:ty => $call:path) => {
        $(#[$doc])*
        #[tauri::command(rename_all = "snake_case")]
        pub async fn $name(state: State<'_, AppState>, input: Arg<$input>) -> Reply<$out> {
            guard(async move {
                let input = input.get()?;
                let db = state.db()?;
                Ok(db.write(move |s| $call(s, &input)).await?)
            })
            .await
        }
    };
}

write_command!(
    /// Takes a case to the owner or a shift lead with a root cause.
    escalate(NewEscalation) -> Escalation => desk::escalate
);
write_command!(close_escalation(EscalationClosing) -> Escalation => desk::close_escalation);
write_command!(close_complaint(ComplaintClosing) -> Complaint => desk::close_complaint);
write_command!(record_satisfaction(NewSatisfaction) -> Satisfaction => desk::record_satisfaction);
write_command!(log_outreach_call(NewOutreachCall) -> TimelineEntry => desk::log_outreach_call);

#[tauri::command(rename_all = "snake_case")]
pub async fn set_root_causes(state: State<'_, AppState>, causes: Arg<Vec<String>>) -> Reply<Vec<String>> {
    guard(async move {
        let causes = causes.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::set_root_causes(s, &causes)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn root_causes(state: State<'_, AppState>) -> Reply<Vec<String>> {
    guard(async move { Ok(state.db()?.read(|s| s.root_causes()).await?) }).await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn list_escalations(
    state: State<'_, AppState>,
    status: Arg<EscalationStatus>,
) -> Reply<EscalationsPage> {
    guard(async move {
        let status = status.get()?;
        Ok(state.db()?.read(move |s| s.escalations(status, 200)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn list_complaints(
    state: State<'_, AppState>,
    status: Arg<ComplaintStatus>,
) -> Reply<ComplaintsPage> {
    guard(async move {
        let status = status.get()?;
        Ok(state.db()?.read(move |s| s.complaints(status, 200)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn outreach_list(state: State<'_, AppState>, days: Arg<u32>) -> Reply<OutreachList> {
    guard(async move {
        let days = days.get()?;
        Ok(state.db()?.read(move |s| s.outreach_list(days, casebook::clock::now())).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn outreach_sample(
    state: State<'_, AppState>,
    request: Arg<OutreachSampleRequest>,
) -> Reply<Vec<OutreachCandidate>> {
    guard(async move {
        let request = request.get()?;
        Ok(state.db()?.read(move |s| s.outreach_sample(&request, casebook::clock::now())).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn run_report(state: State<'_, AppState>, request: Arg<ReportRequest>) -> Reply<Report> {
    guard(async move {
        let request = request.get()?;
        Ok(state.db()?.read(move |s| report::run(s, &request, casebook::clock::now())).await?)
    })
    .await
}

/// Saves one table of a report as CSV in `reports/` beside the data; returns the path.
#[tauri::command(rename_all = "snake_case")]
pub async fn save_report_csv(
    state: State<'_, AppState>,
    request: Arg<ReportRequest>,
    table: Arg<String>,
) -> Reply<String> {
    guard(async move {
        let request = request.get()?;
        let table = table.get()?;
        let db = state.db()?;
        let dir = report::reports_dir(db.path());
        let path = db.read(move |s| desk::save_report_csv(s, &request, &table, &dir)).await?;
        Ok(path.display().to_string())
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn search(state: State<'_, AppState>, query: Arg<SearchQuery>) -> Reply<SearchResults> {
    guard(async move {
        let query = query.get()?;
        let db = state.db()?;
        Ok(db.read(move |s| s.search(&query)).await?)
    })
    .await
}
#[tauri::command(rename_all = "snake_case")]
pub async fn list_backups(state: State<'_, AppState>) -> Reply<Vec<BackupInfo>> {
    guard(async move {
        let dir = state.db()?.backups_dir();
        let listed = tauri::async_runtime::spawn_blocking(move || backup::list(&dir)).await;
        Ok(listed.map_err(|e| casebook::Error::Internal(e.to_string()))??)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn backup_now(state: State<'_, AppState>) -> Reply<BackupInfo> {
    guard(async move { Ok(state.db()?.backup(BackupKind::Manual).await?) }).await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn restore_backup(state: State<'_, AppState>, file_name: Arg<String>) -> Reply<RestoreReport> {
    guard(async move {
        let file_name = file_name.get()?;
        let db = state.db()?;
        let path = backup::named(&db.backups_dir(), &file_name)?;
        Ok(db.restore(path).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn export_everything(state: State<'_, AppState>) -> Reply<ExportReport> {
    guard(async move {
        let db = state.db()?;
        let dir = exchange::exports_dir(db.path());
        Ok(db.read(move |s| exchange::export(s, &dir)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn list_exports(state: State<'_, AppState>) -> Reply<Vec<ExportInfo>> {
    guard(async move {
        let dir = exchange::exports_dir(state.db()?.path());
        Ok(tauri::async_runtime::spawn_blocking(move || exchange::list(&dir))
            .await
            .map_err(|e| casebook::Error::Internal(e.to_string()))??)
    })
    .await
}

/// Imports an export folder: one listed by `list_exports`, or any folder path
/// the person typed.
#[tauri::command(rename_all = "snake_case")]
pub async fn import_everything(state: State<'_, AppState>, folder: Arg<String>) -> Reply<ImportReport> {
    guard(async move {
        let folder = std::path::PathBuf::from(folder.get()?.trim());
        let db = state.db()?;
        Ok(db.write(move |s| exchange::import(s, &folder)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn csv_inspect(text: Arg<String>) -> Reply<CsvInspection> {
    guard(async move {
        let text = text.get()?;
        Ok(tauri::async_runtime::spawn_blocking(move || csv_import::inspect(&text))
            .await
            .map_err(|e| casebook::Error::Internal(e.to_string()))??)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn csv_preview(state: State<'_, AppState>, request: Arg<CsvRequest>) -> Reply<CsvReport> {
    guard(async move {
        let request = request.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::import_csv(s, &request, false)).await?)
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn csv_import(state: State<'_, AppState>, request: Arg<CsvRequest>) -> Reply<CsvReport> {
    guard(async move {
        let request = request.get()?;
        let db = state.db()?;
        Ok(db.write(move |s| desk::import_csv(s, &request, true)).await?)
    })
    .await
}

/// Every command the UI may call, by name. `ui/src/lib/api/index.ts` must wrap
/// each one, and `build.rs` and the capability file allow exactly these
/// (checked by tests).
pub const COMMANDS: &[&str] = &[
    "desk_info",
    "list_staff",
    "add_staff",
    "set_staff_active",
    "set_current_staff",
    "load_demo_shop",
    "queue",
    "lookup_customers",
    "find_duplicates",
    "get_customer",
    "customer_cases",
    "customer_timeline",
    "case_timeline",
    "get_case",
    "create_customer",
    "update_customer",
    "open_case",
    "add_entry",
    "update_case",
    "response_settings",
    "save_response_settings",
    "preview_due",
    "holidays_from_ics",
    "time_zones",
    "desk_status",
    "customer_context",
    "draft_brief",
    "hand_off",
    "inbox",
    "acknowledge_handoffs",
    "make_promise",
    "close_promise",
    "open_promises",
    "kept_rate",
    "set_expectations",
    "pin_fact",
    "flag_complaint",
    "search",
    "list_backups",
    "backup_now",
    "restore_backup",
    "export_everything",
    "csv_inspect",
    "csv_preview",
    "csv_import",
    "list_exports",
    "import_everything",
    "escalate",
    "close_escalation",
    "close_complaint",
    "record_satisfaction",
    "log_outreach_call",
    "set_root_causes",
    "root_causes",
    "list_escalations",
    "list_complaints",
    "outreach_list",
    "outreach_sample",
    "run_report",
    "save_report_csv",
];

/// The handler for exactly the commands in [`COMMANDS`]. A call with a raw bytes
/// body (never sent by our UI) is refused as `{code, message}` too.
fn registered<R: tauri::Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        desk_info,
        list_staff,
        add_staff,
        set_staff_active,
        set_current_staff,
        load_demo_shop,
        queue,
        lookup_customers,
        find_duplicates,
        get_customer,
        customer_cases,
        customer_timeline,
        case_timeline,
        get_case,
        create_customer,
        update_customer,
        open_case,
        add_entry,
        update_case,
        response_settings,
        save_response_settings,
        preview_due,
        holidays_from_ics,
        time_zones,
        desk_status,
        customer_context,
        draft_brief,
        hand_off,
        inbox,
        acknowledge_handoffs,
        make_promise,
        close_promise,
        open_promises,
        kept_rate,
        set_expectations,
        pin_fact,
        flag_complaint,
        search,
        list_backups,
        backup_now,
        restore_backup,
        export_everything,
        csv_inspect,
        csv_preview,
        csv_import,
        list_exports,
        import_everything,
        escalate,
        close_escalation,
        close_complaint,
        record_satisfaction,
        log_outreach_call,
        set_root_causes,
        root_causes,
        list_escalations,
        list_complaints,
        outreach_list,
        outreach_sample,
        run_report,
        save_report_csv,
    ]
}

pub fn handler<R: tauri::Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    let commands = registered::<R>();
    move |invoke: Invoke<R>| {
        if matches!(invoke.message.payload(), InvokeBody::Raw(_)) {
            invoke.resolver.reject(ApiError::new(
                casebook::ErrorCode::InvalidInput,
                "The request was not understood (it was not JSON). Nothing was changed.",
            ));
            return true;
        }
        commands(invoke)
    }
}
