// Declares Casebook's own commands to Tauri's access control: with an app
// manifest, a command not listed here is refused, and the capability file
// (capabilities/main.json) grants these to the main window only. Keep this list
// equal to `COMMANDS` in src/commands.rs (a test checks).
const COMMANDS: &[&str] = &[
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
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("the Tauri build step failed");
}
