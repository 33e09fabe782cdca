//! The Casebook desktop shell: opens the database, registers the commands,
//! forwards change notices to the UI, and keeps to one running copy.

pub mod backups;
pub mod commands;
pub mod guard;
pub mod scheduler;

use std::path::PathBuf;
use std::sync::Arc;

use casebook::model::DeskStatus;
use casebook::paths::{self, Profile};
use casebook::{ApiError, Db};
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{Emitter, Manager, Runtime};

pub use commands::AppState;

/// The app's identifier (also in tauri.conf.json): Windows toasts and macOS
/// notifications are attributed to it.
pub const IDENTIFIER: &str = "app.casebook.desk";

/// The event the UI listens to after any write: `ChangeSet` as its payload.
pub const CHANGED_EVENT: &str = "casebook://changed";
/// The overdue count and notification health, after every scheduler check.
pub const STATUS_EVENT: &str = "casebook://status";
/// How sync stands changed: `SyncStatus` as its payload.
pub const SYNC_EVENT: &str = "casebook://sync";
/// How the shop's mailbox stands changed: `MailStatus` as its payload.
pub const MAIL_EVENT: &str = "casebook://mail";
/// Who is on which case at the other desks, each time it changes.
pub const PRESENCE_EVENT: &str = "casebook://presence";
/// A notification was clicked: the UI opens this case.
pub const OPEN_CASE_EVENT: &str = "casebook://open-case";
const TRAY: &str = "main";

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
            let db = Db::open(path)?;
            db.write_blocking(casebook::shop::prepare)?;
            // Only the app records its version: the command line leaves the
            // "what's new" for the person who opens the window.
            let whats_new = db.write_blocking(|s| s.note_app_version(env!("CARGO_PKG_VERSION")))?;
            Ok((db, whats_new))
        })
        .map_err(|err| {
            tracing::error!(%err, "the database could not be opened");
            ApiError::from(err)
        });
    match db {
        Ok((db, whats_new)) => AppState::new(Ok(db)).with_whats_new(whats_new),
        Err(err) => AppState::new(Err(err)),
    }
}

/// Registers the commands and the `attachment:` protocol on any runtime (the
/// real one, or the mock runtime in tests).
pub fn build<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(commands::handler()).register_asynchronous_uri_scheme_protocol(
        ATTACHMENT_SCHEME,
        |ctx, request, responder| {
            let app = ctx.app_handle().clone();
            tauri::async_runtime::spawn(async move {
                responder.respond(serve_attachment(&app, request.uri().path()).await);
            });
        },
    )
}

/// The only way attachments reach the window: `attachment://localhost/thumb/HASH`
/// (a photo's thumbnail) and `/file/HASH` (a photo or PDF that is attached and
/// not erased). Nothing else of the file system is reachable, and nothing
/// served may run: other types are opened by the computer's own program.
pub const ATTACHMENT_SCHEME: &str = "attachment";

async fn serve_attachment<R: Runtime>(
    app: &tauri::AppHandle<R>,
    path: &str,
) -> tauri::http::Response<Vec<u8>> {
    use tauri::http::{header, Response, StatusCode};
    let answer = |status: StatusCode, mime: &str, body: Vec<u8>| {
        Response::builder()
            .status(status)
            .header(header::CONTENT_TYPE, mime)
            .header("X-Content-Type-Options", "nosniff")
            .header(header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox")
            .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
            .header(header::CACHE_CONTROL, "private, max-age=31536000, immutable")
            .body(body)
            .unwrap_or_else(|_| Response::new(Vec::new()))
    };
    let Ok(db) = app.state::<AppState>().db().cloned() else {
        return answer(StatusCode::SERVICE_UNAVAILABLE, "text/plain", Vec::new());
    };
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    let (what, hash) = (parts.next().unwrap_or(""), parts.next().unwrap_or("").to_owned());
    if !casebook::attachments::is_hash(&hash) {
        return answer(StatusCode::NOT_FOUND, "text/plain", Vec::new());
    }
    let found = match what {
        "thumb" => {
            db.read(move |s| Ok(s.attachment_thumbnail(&hash)?.map(|jpeg| ("image/jpeg".to_owned(), jpeg))))
                .await
        }
        "file" => {
            db.read(move |s| match s.viewable_mime(&hash)? {
                Some(mime) => Ok(Some((mime, s.attachment_content(&hash)?))),
                None => Ok(None),
            })
            .await
        }
        _ => Ok(None),
    };
    match found {
        Ok(Some((mime, body))) => answer(StatusCode::OK, &mime, body),
        Ok(None) => answer(StatusCode::NOT_FOUND, "text/plain", Vec::new()),
        Err(err) => {
            tracing::warn!(%err, "an attachment could not be served");
            answer(StatusCode::NOT_FOUND, "text/plain", err.to_string().into_bytes())
        }
    }
}

/// Hands a file to the computer's own program for its type.
pub fn open_with_system(path: &std::path::Path) -> Result<(), ApiError> {
    #[cfg(target_os = "linux")]
    let mut command = std::process::Command::new("xdg-open");
    #[cfg(target_os = "macos")]
    let mut command = std::process::Command::new("open");
    // Windows: the shell's own "open" (ShellExecute), never `cmd /C start`,
    // which would read an `&` in a mailed file's name as a second command.
    #[cfg(target_os = "windows")]
    let opened = open::that_detached(path);
    #[cfg(not(target_os = "windows"))]
    let opened = command.arg(path).spawn().map(drop);
    opened.map_err(|e| {
        ApiError::new(
            casebook::ErrorCode::Io,
            casebook::msg!("shell-no-program-opened", path = path.display(), detail = e),
        )
    })
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
            // The shop's language may have come from another desk (or a restore).
            if change.everything || change.kinds.iter().any(|k| k == "shop_locale_set") {
                if let Ok(lang) = db.read(|s| s.lang()).await {
                    app.state::<AppState>().set_lang(lang);
                }
            }
            if let Err(err) = app.emit(CHANGED_EVENT, &change) {
                tracing::warn!(%err, "could not tell the window about a change");
            }
        }
    });
}

/// Starts the alarm scheduler with real desktop notifications; the title, the
/// tray and the UI follow its status.
fn start_scheduler<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(db) = state.db().cloned() else {
        return;
    };
    let wake = state.wake.clone();
    let clicked = app.clone();
    let notifier = scheduler::DesktopNotifier::new(move |case_id| {
        focus_main(&clicked);
        let _ = clicked.emit(OPEN_CASE_EVENT, case_id);
    });
    let publisher = app.clone();
    tauri::async_runtime::spawn(scheduler::run(db, Arc::new(notifier), wake, move |status| {
        publish_status(&publisher, status)
    }));
}

/// Starts the sync loop (it works alone until the desk joins a shop) and passes
/// each change of its status to the window.
fn start_sync<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(db) = state.db().cloned() else {
        return;
    };
    let handle = tauri::async_runtime::block_on(async move { casebook::sync::service::start(db) });
    let mut watch = handle.watch();
    let mut people = handle.presence.watch();
    handle.wake();
    let _ = state.sync.set(handle);
    let to_window = app.clone();
    tauri::async_runtime::spawn(async move {
        while people.changed().await.is_ok() {
            let now = people.borrow_and_update().clone();
            if let Err(err) = to_window.emit(PRESENCE_EVENT, &now) {
                tracing::warn!(%err, "could not tell the window who else is here");
            }
        }
    });
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while watch.changed().await.is_ok() {
            let status = watch.borrow_and_update().clone();
            if let Err(err) = app.emit(SYNC_EVENT, &status) {
                tracing::warn!(%err, "could not tell the window how sync stands");
            }
        }
    });
}

/// Starts the mailbox loop (it waits until this desk connects the shop's
/// mailbox) and passes each change of its status to the window.
fn start_mail<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(db) = state.db().cloned() else {
        return;
    };
    let handle = tauri::async_runtime::block_on(async move { casebook::mail::service::start(db) });
    let mut watch = handle.watch();
    let _ = state.mail.set(handle);
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while watch.changed().await.is_ok() {
            let status = watch.borrow_and_update().clone();
            if let Err(err) = app.emit(MAIL_EVENT, &status) {
                tracing::warn!(%err, "could not tell the window how the mailbox stands");
            }
        }
    });
}

fn publish_status<R: Runtime>(app: &tauri::AppHandle<R>, status: DeskStatus) {
    let lang = app.state::<AppState>().lang();
    let title = casebook::Words::of(lang).text(&casebook::msg!("shell-title", overdue = status.overdue));
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&title);
    }
    if let Some(tray) = app.tray_by_id(TRAY) {
        let _ = tray.set_tooltip(Some(&title));
        let _ = tray.set_title((status.overdue > 0).then(|| status.overdue.to_string()).as_deref());
    }
    if let Ok(mut current) = app.state::<AppState>().status.lock() {
        *current = status.clone();
    }
    let _ = app.emit(STATUS_EVENT, status);
}

/// A tray icon with the overdue count, to bring the window back and to quit.
fn build_tray<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<()> {
    let words = casebook::Words::of(app.state::<AppState>().lang());
    let open =
        MenuItem::with_id(app, "open", words.text(&casebook::msg!("shell-tray-open")), true, None::<&str>)?;
    let quit =
        MenuItem::with_id(app, "quit", words.text(&casebook::msg!("shell-tray-quit")), true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &quit])?;
    let mut tray = TrayIconBuilder::with_id(TRAY).tooltip("Casebook").menu(&menu).on_menu_event(
        |app, event| match event.id().as_ref() {
            "open" => focus_main(app),
            "quit" => app.exit(0),
            _ => {}
        },
    );
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

fn focus_main<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// A logout, a shutdown or Ctrl+C in a terminal (SIGTERM, SIGHUP, SIGINT)
/// closes Casebook as its close button does: the last backup is taken and the
/// database closed cleanly, instead of the process simply ending.
fn close_on_signals<R: Runtime>(app: tauri::AppHandle<R>) {
    #[cfg(unix)]
    tauri::async_runtime::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut hup), Ok(mut int)) =
            (signal(SignalKind::terminate()), signal(SignalKind::hangup()), signal(SignalKind::interrupt()))
        else {
            tracing::warn!("could not listen for shutdown signals");
            return;
        };
        let name = tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = hup.recv() => "SIGHUP",
            _ = int.recv() => "SIGINT",
        };
        tracing::info!(signal = name, "closing as asked");
        app.exit(0);
    });
    #[cfg(not(unix))]
    tauri::async_runtime::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            app.exit(0);
        }
    });
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
            tracing::debug!("database open");
            // A desktop without a tray (or a status-notifier host) still gets the
            // overdue count in the window title.
            if let Err(err) = build_tray(app.handle()) {
                tracing::warn!(%err, "no tray icon on this desktop");
            }
            tracing::debug!("tray ready");
            start_scheduler(app.handle());
            start_sync(app.handle());
            start_mail(app.handle());
            if let Ok(db) = app.state::<AppState>().db().cloned() {
                tauri::async_runtime::spawn(backups::run(db));
            }
            close_on_signals(app.handle().clone());
            Ok(())
        })
        .build(tauri::generate_context!())
        .expect("Casebook could not start its window")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // A second copy that handed over to the first never opened anything.
                if let Some(db) = app.try_state::<AppState>().and_then(|s| s.db().ok().cloned()) {
                    backups::at_exit(&db);
                }
            }
        });
}
