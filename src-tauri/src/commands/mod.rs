//! The IPC commands, one file per feature. Each command is declared once, in
//! its feature's [`commands!`] block; that one declaration makes the async
//! Tauri command (its arguments read through [`Arg`], its body run on the
//! database threads, never on the UI thread, a panic turned into an error by
//! [`guard`]), its entry in the handler, its permission (`build.rs` reads the
//! same files) and its typed wrapper in `ui/src/lib/api/` (written by
//! `make bindings`; a test fails when any of them drift).
//!
//! No SQL and no business rules here: each body is one call into the library.

pub mod wrappers;

/// The one list of the features that declare commands, one file each: their
/// modules, [`all`] and [`handler`] come from it. A new feature's commands
/// are its file and one name here.
macro_rules! command_features {
    ($($feature:ident),+ $(,)?) => {
        $(mod $feature;)+

        /// Every command, from every feature.
        pub fn all() -> Vec<CommandInfo> {
            [$($feature::info()),+].concat()
        }

        /// Each feature's command names, and the handler for them.
        fn feature_handlers<R: tauri::Runtime>() -> Vec<FeatureHandler<R>> {
            vec![$(($feature::NAMES, Box::new($feature::handler::<R>()))),+]
        }
    };
}

command_features!(
    attachments,
    cases,
    data,
    desk,
    duplicates,
    hours,
    learn,
    mail,
    privacy,
    replies,
    search,
    sync,
    tell,
);

use std::sync::{Arc, Mutex, OnceLock, RwLock};

use casebook::mail::{MailHandle, MailStatus};
use casebook::model::DeskStatus;
use casebook::sync::{SyncHandle, SyncStatus};
use casebook::{ApiError, Db, Lang};
use tauri::ipc::{Invoke, InvokeBody};
use tokio::sync::Notify;

pub use crate::guard::{guard, Arg};

/// What the commands share: the database, or the reason it could not be opened
/// (shown by the UI in place of the app, with what to do).
pub struct AppState {
    db: Result<Db, ApiError>,
    /// Makes the alarm scheduler check at once (after a desk preference changes).
    pub wake: Arc<Notify>,
    /// The scheduler's latest status, for a window that asks before the next event.
    pub status: Mutex<DeskStatus>,
    /// The sync loop, once started.
    pub sync: OnceLock<SyncHandle>,
    /// The mailbox loop, once started.
    pub mail: OnceLock<MailHandle>,
    /// The language this desk speaks (the desk's choice, else the shop's, else
    /// the computer's): error messages are worded in it.
    lang: RwLock<Lang>,
    /// The app was updated since this desk last ran it: told to the window once.
    whats_new: Mutex<Option<casebook::model::WhatsNew>>,
}

impl AppState {
    pub fn new(db: Result<Db, ApiError>) -> Self {
        let lang = match &db {
            Ok(db) => db.write_blocking(|s| s.lang()).unwrap_or_else(|_| Lang::from_system()),
            Err(_) => Lang::from_system(),
        };
        AppState {
            lang: RwLock::new(lang),
            db,
            wake: Arc::new(Notify::new()),
            status: Mutex::new(DeskStatus::default()),
            sync: OnceLock::new(),
            mail: OnceLock::new(),
            whats_new: Mutex::new(None),
        }
    }

    /// Remembers that the app was updated, for the window to tell once.
    pub fn with_whats_new(self, whats_new: Option<casebook::model::WhatsNew>) -> Self {
        if let Ok(mut slot) = self.whats_new.lock() {
            *slot = whats_new;
        }
        self
    }

    /// What changed since this desk's last version, once: a second window (or
    /// a reload) does not tell it again.
    pub fn take_whats_new(&self) -> Option<casebook::model::WhatsNew> {
        self.whats_new.lock().ok().and_then(|mut slot| slot.take())
    }

    pub fn db(&self) -> Result<&Db, ApiError> {
        self.db.as_ref().map_err(Clone::clone)
    }

    /// The language this desk speaks.
    pub fn lang(&self) -> Lang {
        self.lang.read().map(|l| *l).unwrap_or_default()
    }

    /// Speaks `lang` from now on (after a locale change, here or synced).
    pub fn set_lang(&self, lang: Lang) {
        if let Ok(mut current) = self.lang.write() {
            *current = lang;
        }
    }

    /// How sync stands (working alone until the loop has started).
    pub fn sync_status(&self) -> SyncStatus {
        self.sync.get().map(SyncHandle::status).unwrap_or_else(SyncStatus::alone)
    }

    /// How the shop's mailbox stands on this desk (not connected until the loop has started).
    pub fn mail_status(&self) -> MailStatus {
        self.mail.get().map(MailHandle::status).unwrap_or_else(MailStatus::not_connected)
    }

    /// Makes the mailbox loop look at its settings and the servers again, now.
    pub fn wake_mail(&self) {
        if let Some(mail) = self.mail.get() {
            mail.wake();
        }
    }

    /// Makes the sync loop look at its settings and the server again, now.
    pub fn wake_sync(&self) {
        if let Some(sync) = self.sync.get() {
            sync.wake();
        }
    }
}

pub type Reply<T> = Result<T, ApiError>;

/// The header the window names its request by (see `ui/src/lib/api/call.ts`).
pub const REQUEST_HEADER: &str = "casebook-request";

/// The window's id for this request, if it sent a usable one: the change its
/// write makes is told with it, so the window knows its own writes.
pub fn request_id(ipc: &tauri::ipc::Request<'_>) -> Option<String> {
    casebook::core::request_id(ipc.headers().get(REQUEST_HEADER).and_then(|v| v.to_str().ok()))
}

/// One argument of a command, for its TypeScript wrapper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgInfo {
    pub name: &'static str,
    /// The argument's TypeScript type.
    pub ts: String,
    /// A TypeScript default, if the wrapper may leave it out.
    pub default: Option<&'static str>,
}

/// A command as its one declaration describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandInfo {
    pub name: &'static str,
    pub feature: &'static str,
    pub doc: String,
    pub args: Vec<ArgInfo>,
    /// What it answers, as a TypeScript type.
    pub returns: String,
}

/// The TypeScript name of a Rust type that crosses IPC.
pub fn ts_name<T: ts_rs::TS + ?Sized>() -> String {
    T::name(&ts_rs::Config::default())
}

/// Declares a feature's commands. Each line is
///
/// ```text
/// /// What it does (the wrapper's doc comment).
/// KIND name(arg: Type, limit: u32 = "PAGE") -> Answer = |binding| body;
/// ```
///
/// where KIND says how the body runs: `read |s|` on a reader connection,
/// `write |s|` on the writer, `act |w, ctx|` on the writer as the person at
/// the desk, `pure |_|` with no database, and `app |state|` with the app's
/// state (for what needs more than one call, such as waking the scheduler).
macro_rules! commands {
    (
        feature: $feature:literal;
        $(
            $(#[doc = $doc:literal])*
            $kind:ident $name:ident ( $( $arg:ident : $ty:ty $(= $default:literal)? ),* $(,)? ) -> $ret:ty
                = |$($bind:tt),*| $body:expr;
        )+
    ) => {
        $(
            #[tauri::command(rename_all = "snake_case")]
            #[allow(unused_variables)]
            pub async fn $name(
                state: tauri::State<'_, $crate::commands::AppState>,
                ipc: tauri::ipc::Request<'_>,
                $( $arg: $crate::commands::Arg<$ty> ),*
            ) -> $crate::commands::Reply<$ret> {
                let app_state: &$crate::commands::AppState = state.inner();
                let request = $crate::commands::request_id(&ipc);
                $crate::commands::guard(async move {
                    $( let $arg = $arg.get()?; )*
                    $crate::commands::commands!(@run $kind state request [$($bind),*] $body)
                })
                .await
                // Errors are worded in the desk's language here, the one place.
                .map_err(|e| e.in_lang(app_state.lang()))
            }
        )+

        /// This feature's commands, by name.
        pub const NAMES: &[&str] = &[$(stringify!($name)),+];

        /// This feature's commands as their declarations describe them.
        pub fn info() -> Vec<$crate::commands::CommandInfo> {
            vec![$(
                $crate::commands::CommandInfo {
                    name: stringify!($name),
                    feature: $feature,
                    doc: [$($doc),*].iter().map(|l: &&str| l.trim()).collect::<Vec<_>>().join(" "),
                    args: vec![$(
                        $crate::commands::ArgInfo {
                            name: stringify!($arg),
                            ts: $crate::commands::ts_name::<$ty>(),
                            default: $crate::commands::commands!(@default $($default)?),
                        }
                    ),*],
                    returns: $crate::commands::ts_name::<$ret>(),
                }
            ),+]
        }

        /// The handler for this feature's commands.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),+]
        }
    };

    (@default) => { None };
    (@default $d:literal) => { Some($d) };

    (@run read $state:ident $request:ident [$s:ident] $body:expr) => {
        Ok($state.db()?.read(move |$s| $body).await?)
    };
    (@run write $state:ident $request:ident [$s:ident] $body:expr) => {
        Ok($state.db()?.write_for($request, move |$s| $body).await?)
    };
    (@run act $state:ident $request:ident [$w:ident, $ctx:ident] $body:expr) => {
        Ok($state
            .db()?
            .write_for($request, move |s| s.act(&casebook::model::Actor::AtDesk, None, |$w, $ctx| $body))
            .await?)
    };
    (@run pure $state:ident $request:ident [_] $body:expr) => {
        Ok($body?)
    };
    (@run app $state:ident $request:ident [$st:ident] $body:expr) => {{
        let $st: &$crate::commands::AppState = &$state;
        $body
    }};
}

pub(crate) use commands;

/// Every command's name.
pub fn names() -> Vec<&'static str> {
    all().into_iter().map(|c| c.name).collect()
}

/// One feature's command names, and the handler for them.
type FeatureHandler<R> = (&'static [&'static str], Box<dyn Fn(Invoke<R>) -> bool + Send + Sync>);

/// The handler for exactly the declared commands. A call with a raw bytes body
/// (never sent by our UI) is refused as `{code, message}` too.
pub fn handler<R: tauri::Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    let features = feature_handlers::<R>();
    move |invoke: Invoke<R>| {
        if matches!(invoke.message.payload(), InvokeBody::Raw(_)) {
            invoke.resolver.reject(ApiError::new(
                casebook::ErrorCode::InvalidInput,
                casebook::msg!("shell-request-not-json"),
            ));
            return true;
        }
        let name = invoke.message.command().to_owned();
        match features.iter().find(|(names, _)| names.contains(&name.as_str())) {
            Some((_, handle)) => handle(invoke),
            None => false,
        }
    }
}
