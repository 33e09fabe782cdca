//! The IPC commands. Each is async, runs its work on the database threads (never
//! on the UI thread), makes one call into the library, and maps errors to the
//! `{code, message}` shape the UI shows. No SQL and no business rules here.

use std::sync::{Arc, Mutex};

use casebook::calendar::Holiday;
use casebook::model::*;
use casebook::sla::{DuePreview, ResponseSettings};
use casebook::store::search::{SearchQuery, SearchResults};
use casebook::{desk, ApiError, Db};
use tauri::State;
use tokio::sync::Notify;

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
    Ok(state.db()?.read(|s| s.desk_info()).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn list_staff(state: State<'_, AppState>) -> Reply<Vec<Staff>> {
    Ok(state.db()?.read(|s| s.list_staff()).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn add_staff(state: State<'_, AppState>, input: NewStaff) -> Reply<Staff> {
    Ok(state.db()?.write(move |s| desk::add_staff(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_staff_active(state: State<'_, AppState>, staff_id: String, active: bool) -> Reply<Staff> {
    Ok(state.db()?.write(move |s| desk::set_staff_active(s, &staff_id, active)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_current_staff(state: State<'_, AppState>, staff_id: Option<String>) -> Reply<DeskInfo> {
    Ok(state.db()?.write(move |s| desk::set_current_staff(s, staff_id.as_deref())).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn load_demo_shop(state: State<'_, AppState>) -> Reply<DeskInfo> {
    Ok(state.db()?.write(desk::load_demo).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn queue(state: State<'_, AppState>, cursor: Option<String>, limit: u32) -> Reply<QueuePage> {
    Ok(state.db()?.read(move |s| s.queue(cursor.as_deref(), limit)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn lookup_customers(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
) -> Reply<Vec<CustomerMatch>> {
    Ok(state.db()?.read(move |s| s.lookup_customers(&query, limit)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn find_duplicates(
    state: State<'_, AppState>,
    phones: Vec<String>,
    emails: Vec<String>,
) -> Reply<Vec<CustomerMatch>> {
    Ok(state.db()?.read(move |s| s.find_duplicates(&phones, &emails)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn get_customer(state: State<'_, AppState>, customer_id: String) -> Reply<Customer> {
    Ok(state.db()?.read(move |s| s.customer(&customer_id)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn customer_cases(state: State<'_, AppState>, customer_id: String) -> Reply<Vec<CaseSummary>> {
    Ok(state.db()?.read(move |s| s.customer_cases(&customer_id)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn customer_timeline(
    state: State<'_, AppState>,
    customer_id: String,
    cursor: Option<String>,
    limit: u32,
) -> Reply<TimelinePage> {
    Ok(state.db()?.read(move |s| s.customer_timeline(&customer_id, cursor.as_deref(), limit)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn case_timeline(
    state: State<'_, AppState>,
    case_id: String,
    cursor: Option<String>,
    limit: u32,
) -> Reply<TimelinePage> {
    Ok(state.db()?.read(move |s| s.case_timeline(&case_id, cursor.as_deref(), limit)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn get_case(state: State<'_, AppState>, case_id: String) -> Reply<CaseDetail> {
    Ok(state.db()?.read(move |s| s.case_detail(&case_id)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn create_customer(
    state: State<'_, AppState>,
    input: NewCustomer,
    allow_duplicate: bool,
) -> Reply<Customer> {
    Ok(state.db()?.write(move |s| desk::create_customer(s, &input, allow_duplicate)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn update_customer(
    state: State<'_, AppState>,
    customer_id: String,
    patch: CustomerPatch,
) -> Reply<Customer> {
    Ok(state.db()?.write(move |s| desk::update_customer(s, &customer_id, &patch)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn open_case(state: State<'_, AppState>, input: NewInteraction) -> Reply<CaseSummary> {
    Ok(state.db()?.write(move |s| desk::open_case(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn add_entry(state: State<'_, AppState>, input: NewEntry) -> Reply<TimelineEntry> {
    Ok(state.db()?.write(move |s| desk::add_entry(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn update_case(state: State<'_, AppState>, input: CaseUpdate) -> Reply<CaseSummary> {
    Ok(state.db()?.write(move |s| desk::update_case(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn response_settings(state: State<'_, AppState>) -> Reply<ResponseSettings> {
    Ok(state.db()?.read(desk::response_settings).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn save_response_settings(
    state: State<'_, AppState>,
    settings: ResponseSettings,
) -> Reply<ResponseSettings> {
    let saved = state.db()?.write(move |s| desk::save_response_settings(s, &settings)).await?;
    state.wake.notify_one();
    Ok(saved)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn preview_due(settings: ResponseSettings) -> Reply<Vec<DuePreview>> {
    Ok(desk::preview_due(&settings)?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn holidays_from_ics(text: String) -> Reply<Vec<Holiday>> {
    Ok(desk::holidays_from_ics(&text)?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn time_zones() -> Reply<Vec<String>> {
    Ok(casebook::calendar::time_zones().into_iter().map(str::to_owned).collect())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn desk_status(state: State<'_, AppState>) -> Reply<DeskStatus> {
    Ok(state.status.lock().map(|s| s.clone()).unwrap_or_default())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn customer_context(state: State<'_, AppState>, customer_id: String) -> Reply<CustomerContext> {
    Ok(state.db()?.read(move |s| s.customer_context(&customer_id)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn draft_brief(state: State<'_, AppState>, case_id: String) -> Reply<Brief> {
    Ok(state.db()?.read(move |s| desk::draft_brief(s, &case_id)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn hand_off(state: State<'_, AppState>, input: HandoffInput) -> Reply<Handoff> {
    Ok(state.db()?.write(move |s| desk::hand_off(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn inbox(state: State<'_, AppState>) -> Reply<Vec<Handoff>> {
    Ok(state.db()?.read(desk::inbox).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn acknowledge_handoffs(state: State<'_, AppState>, case_id: String) -> Reply<u32> {
    Ok(state.db()?.write(move |s| desk::acknowledge_handoffs(s, &case_id)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn make_promise(state: State<'_, AppState>, input: NewPromise) -> Reply<Promise> {
    Ok(state.db()?.write(move |s| desk::make_promise(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn close_promise(state: State<'_, AppState>, input: PromiseOutcome) -> Reply<Promise> {
    Ok(state.db()?.write(move |s| desk::close_promise(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn open_promises(
    state: State<'_, AppState>,
    cursor: Option<String>,
    limit: u32,
) -> Reply<PromisesPage> {
    Ok(state.db()?.read(move |s| s.open_promises(cursor.as_deref(), limit)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn kept_rate(state: State<'_, AppState>, from: Ts, to: Ts) -> Reply<KeptRate> {
    Ok(state.db()?.read(move |s| s.kept_rate(from, to)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_expectations(
    state: State<'_, AppState>,
    customer_id: String,
    input: Expectations,
) -> Reply<Expectations> {
    Ok(state.db()?.write(move |s| desk::set_expectations(s, &customer_id, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn pin_fact(state: State<'_, AppState>, event_id: String, pinned: bool) -> Reply<()> {
    Ok(state.db()?.write(move |s| desk::pin_fact(s, &event_id, pinned)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn flag_complaint(state: State<'_, AppState>, input: NewComplaint) -> Reply<Complaint> {
    Ok(state.db()?.write(move |s| desk::flag_complaint(s, &input)).await?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn search(state: State<'_, AppState>, query: SearchQuery) -> Reply<SearchResults> {
    Ok(state.db()?.read(move |s| s.search(&query)).await?)
}

/// Every command the UI may call, by name. `ui/src/lib/api/index.ts` must wrap
/// each one (checked by a test), and the capability file allows only these.
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
];

/// The handler for exactly the commands in [`COMMANDS`].
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
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
    ]
}
