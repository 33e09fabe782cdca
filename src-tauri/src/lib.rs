//! The Casebook desktop shell: opens the database, registers the commands,
//! forwards change notices to the UI, and keeps to one running copy.

pub mod commands;

use std::path::PathBuf;

use casebook::paths::{self, Profile};
use casebook::{ApiError, Db};
use tauri::{Emitter, Manager, Runtime};

pub use commands::AppState;

/// The event the UI listens to after any write: `ChangeSet` as its payload.
pub const CHANGED_EVENT: &str = "casebook://changed";

/// `--db PATH` (or `--db=PATH`) from the command line, if given.
pub fn db_flag(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.strip_prefix("--db=") {
            return Some(PathBuf::from(path));
        }
    }
    None
}

/// Opens the database the app should use. A failure is kept, not raised: the
/// window still opens and tells the person what went wrong and what to do.
pub fn open_state(flag: Option<PathBuf>) -> AppState {
    let db = paths::resolve_db_path(flag, std::env::var_os(paths::DB_ENV), Profile::current())
        .and_then(|path| {
            tracing::info!(path = %path.display(), "opening the database");
            Db::open(path)
        })
        .map_err(|err| {
            tracing::error!(%err, "the database could not be opened");
            ApiError::from(err)
        });
    AppState::new(db)
}

/// Registers the commands on any runtime (the real one, or the mock runtime in tests).
pub fn build<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(commands::handler())
}

/// Gives the commands their state and starts forwarding change notices. The app
/// calls this from its setup hook, after the single-instance check, so a second
/// launch never touches the database.
pub fn install<R: Runtime>(app: &tauri::AppHandle<R>, state: AppState) {
    app.manage(state);
    forward_changes(app.clone());
}

/// Sends one `casebook://changed` event per committed write, so every view can
/// refresh what it shows.
fn forward_changes<R: Runtime>(app: tauri::AppHandle<R>) {
    let Ok(db) = app.state::<AppState>().db().cloned() else {
        return;
    };
    let mut changes = db.subscribe();
    tauri::async_runtime::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            let change = match changes.recv().await {
                Ok(change) => change,
                // Fell behind: refreshing everything is always correct.
                Err(RecvError::Lagged(_)) => {
                    casebook::model::ChangeSet { everything: true, ..Default::default() }
                }
                Err(RecvError::Closed) => break,
            };
            if let Err(err) = app.emit(CHANGED_EVENT, &change) {
                tracing::warn!(%err, "could not tell the window about a change");
            }
        }
    });
}

fn focus_main<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CASEBOOK_LOG").unwrap_or_else(|_| "info".into()),
        )
        .init();

    let flag = db_flag(std::env::args().skip(1));
    // The single-instance plugin goes first: a second launch hands over to the
    // running window and exits before it opens anything.
    let builder = tauri::Builder::default().plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        focus_main(app);
    }));
    build(builder)
        .setup(move |app| {
            install(app.handle(), open_state(flag));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Casebook could not start its window");
}
