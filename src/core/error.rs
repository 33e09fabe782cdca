//! One error type for the whole library. Every variant says what went wrong and,
//! where the person at the counter can do something about it, what to do.

use std::path::PathBuf;

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use super::words::{Lang, Msg, MsgArg, Words};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Every message is a catalogue key with its values ([`Msg`]): the words are
/// chosen where the error is shown ([`Error::text`]); `Display` is English,
/// for logs and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule: an empty name, a malformed email, a body too long.
    #[error("{msg}")]
    Invalid { field: &'static str, msg: Msg },

    /// `what` is a thing's name in English ("Case"), which the catalogue
    /// words in each language.
    #[error("{}", self.text(Lang::En))]
    NotFound { what: &'static str, id: String },

    /// A new customer would duplicate one we already have (same phone or
    /// email); `field` is the one that matched (`phones` or `emails`).
    #[error("{msg}")]
    DuplicateCustomer { field: &'static str, msg: Msg },

    #[error("{msg}")]
    Conflict { msg: Msg },

    /// An event from another log that cannot be applied here (it names a case
    /// the history never opened, say).
    #[error("{}", self.text(Lang::En))]
    BadEvent { id: String, msg: Msg },

    /// An event from another log that this desk keeps but does not apply (see
    /// `core::settle`): it names what its customer's history never had, or
    /// says what cannot be. Never shown to a person as a failure.
    #[error("{msg}")]
    Unapplied { reason: super::settle::SetAsideReason, msg: Msg },

    /// The person at the desk may not do this (e.g. staff changing opening hours).
    #[error("{msg}")]
    NotAllowed { msg: Msg },

    /// The shop's passcode rule asks the person acting (or an owner, for an
    /// owner's tool) to type their passcode first; nothing was changed. The
    /// window asks for it and tries again; the CLI reads `CASEBOOK_PASSCODE`
    /// or asks on the terminal.
    #[error("{msg}")]
    PasscodeNeeded { msg: Msg },

    #[error("{}", self.text(Lang::En))]
    NewerSchema { found: i64, supported: i64 },

    #[error("{}", self.text(Lang::En))]
    NotCasebook { path: PathBuf },

    #[error("{}", self.text(Lang::En))]
    Corrupt { detail: String },

    #[error("{}", self.text(Lang::En))]
    AlreadyOpen { path: PathBuf },

    #[error("{}", self.text(Lang::En))]
    Busy,

    #[error("{}", self.text(Lang::En))]
    DiskFull,

    #[error("{}", self.text(Lang::En))]
    ReadOnly,

    #[error("{}", self.text(Lang::En))]
    Io {
        context: Msg,
        #[source]
        source: std::io::Error,
    },

    #[error("{}", self.text(Lang::En))]
    Storage(rusqlite::Error),

    /// The shop's server (or the network to it) cannot be reached right now.
    /// The desk keeps working offline and tries again by itself.
    #[error("{msg}")]
    Unavailable { msg: Msg },

    /// The shop's server answered but refused: a wrong password, a revoked
    /// desk, another shop's server, a newer server schema, a certificate that
    /// does not match. Nothing was changed; the message says what to do.
    #[error("{msg}")]
    Server { msg: Msg },

    /// The shop's server refused events whose clock values are further ahead
    /// of its own clock (`server_ms`, Unix ms) than the shop allows, the first
    /// of them `from`. The desk gives its unsent events from that one on new
    /// clock values and sends them again.
    #[error("{msg}")]
    ClockAhead { server_ms: i64, from: String, msg: Msg },

    /// A bug, not the user's fault. The message is kept short and honest.
    #[error("{}", self.text(Lang::En))]
    Internal(String),
}

impl Error {
    pub fn invalid(field: &'static str, msg: Msg) -> Self {
        Error::Invalid { field, msg }
    }

    pub fn not_found(what: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound { what, id: id.into() }
    }

    pub fn io(context: Msg, source: std::io::Error) -> Self {
        Error::Io { context, source }
    }

    /// An event that names nothing this customer's history holds.
    pub fn refers_to_nothing(msg: Msg) -> Self {
        Error::Unapplied { reason: super::settle::SetAsideReason::RefersToNothing, msg }
    }

    /// An event whose content cannot be used (a score of 9, a calendar in no
    /// time zone).
    pub fn damaged(msg: Msg) -> Self {
        Error::Unapplied { reason: super::settle::SetAsideReason::Damaged, msg }
    }

    /// A fault of this desk itself, not of the event being applied: the disk,
    /// the database file, the operating system. Applying stops and is tried
    /// again later; anything else an apply returns is the event's, which is
    /// then set aside.
    pub fn is_desk_fault(&self) -> bool {
        use rusqlite::ErrorCode as C;
        match self {
            Error::Busy
            | Error::DiskFull
            | Error::ReadOnly
            | Error::Corrupt { .. }
            | Error::Io { .. }
            | Error::AlreadyOpen { .. }
            | Error::NotCasebook { .. }
            | Error::NewerSchema { .. } => true,
            Error::Storage(rusqlite::Error::SqliteFailure(f, _)) => matches!(
                f.code,
                C::SystemIoFailure
                    | C::OutOfMemory
                    | C::CannotOpen
                    | C::FileLockingProtocolFailed
                    | C::PermissionDenied
                    | C::OperationInterrupted
                    | C::OperationAborted
                    | C::NoLargeFileSupport
            ),
            _ => false,
        }
    }

    /// What went wrong and what to do, as a message of the catalogue.
    pub fn msg(&self) -> Msg {
        match self {
            Error::Invalid { msg, .. }
            | Error::DuplicateCustomer { msg, .. }
            | Error::Conflict { msg }
            | Error::NotAllowed { msg }
            | Error::PasscodeNeeded { msg }
            | Error::Unapplied { msg, .. }
            | Error::Unavailable { msg }
            | Error::Server { msg }
            | Error::ClockAhead { msg, .. } => msg.clone(),
            Error::NotFound { what, id } => {
                msg!("error-not-found", what = what.to_lowercase().replace(' ', "-"), id)
            }
            Error::BadEvent { id, msg } => msg!("error-bad-event", id, detail = msg),
            Error::NewerSchema { found, supported } => msg!("error-newer-schema", found, supported),
            Error::NotCasebook { path } => msg!("error-not-casebook", path = path.display()),
            Error::Corrupt { detail } => msg!("error-corrupt", detail),
            Error::AlreadyOpen { path } => msg!("error-already-open", path = path.display()),
            Error::Busy => msg!("error-busy"),
            Error::DiskFull => msg!("error-disk-full"),
            Error::ReadOnly => msg!("error-read-only"),
            Error::Io { context, source } => msg!("error-io", context, detail = source.to_string()),
            Error::Storage(err) => msg!("error-storage", detail = err.to_string()),
            Error::Internal(detail) => msg!("error-internal", detail),
        }
    }

    /// The input field the error is about, by the name the command's input
    /// gives it, so a form can put the cursor there without reading words.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { field, .. } | Error::DuplicateCustomer { field, .. } => Some(field),
            Error::BadEvent { .. } => Some("events"),
            _ => None,
        }
    }

    /// The error in `lang`'s words.
    pub fn text(&self, lang: Lang) -> String {
        Words::of(lang).text(&self.msg())
    }

    /// The stable code the UI and scripts switch on. Never match on messages.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::DuplicateCustomer { .. } => ErrorCode::DuplicateCustomer,
            Error::Conflict { .. } => ErrorCode::Conflict,
            Error::BadEvent { .. } | Error::Unapplied { .. } => ErrorCode::InvalidInput,
            Error::NotAllowed { .. } => ErrorCode::NotAllowed,
            Error::PasscodeNeeded { .. } => ErrorCode::PasscodeNeeded,
            Error::NewerSchema { .. } => ErrorCode::NewerDatabase,
            Error::NotCasebook { .. } => ErrorCode::NotACasebookDatabase,
            Error::Corrupt { .. } => ErrorCode::CorruptDatabase,
            Error::AlreadyOpen { .. } => ErrorCode::AlreadyOpen,
            Error::Busy => ErrorCode::Busy,
            Error::DiskFull => ErrorCode::DiskFull,
            Error::ReadOnly => ErrorCode::ReadOnly,
            Error::Io { .. } => ErrorCode::Io,
            Error::Unavailable { .. } => ErrorCode::Unavailable,
            Error::Server { .. } | Error::ClockAhead { .. } => ErrorCode::ServerRefused,
            Error::Storage(_) => ErrorCode::Storage,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(failure, ref msg) = err {
            return match failure.code {
                C::DatabaseBusy | C::DatabaseLocked => Error::Busy,
                C::DiskFull => Error::DiskFull,
                C::ReadOnly => Error::ReadOnly,
                C::DatabaseCorrupt | C::NotADatabase => {
                    Error::Corrupt { detail: msg.clone().unwrap_or_else(|| failure.to_string()) }
                }
                _ => Error::Storage(err),
            };
        }
        Error::Storage(err)
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::Internal(format!("stored data could not be read: {err}"))
    }
}

/// Stable, machine-readable error codes shared with the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidInput,
    NotFound,
    DuplicateCustomer,
    Conflict,
    NotAllowed,
    PasscodeNeeded,
    NewerDatabase,
    NotACasebookDatabase,
    CorruptDatabase,
    AlreadyOpen,
    Busy,
    DiskFull,
    ReadOnly,
    Io,
    Unavailable,
    ServerRefused,
    Storage,
    Internal,
}

/// The one error shape that crosses IPC: `{code, key, args, message}`, and for
/// invalid input the field it is about, so a form can put the cursor there.
/// `key` and `args` name the message in the catalogue; `message` is its words
/// in the desk's language (the shell renders it, [`ApiError::in_lang`]).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub key: String,
    pub args: BTreeMap<String, MsgArg>,
    pub message: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    /// An error made outside the library (by the shell), in English until
    /// [`ApiError::in_lang`].
    pub fn new(code: ErrorCode, msg: Msg) -> Self {
        ApiError { code, key: msg.key.to_owned(), args: msg.args_map(), message: msg.english(), field: None }
    }

    /// The error in `lang`'s words.
    pub fn from_error(err: &Error, lang: Lang) -> Self {
        let msg = err.msg();
        ApiError {
            code: err.code(),
            key: msg.key.to_owned(),
            args: msg.args_map(),
            message: err.text(lang),
            field: err.field().map(str::to_owned),
        }
    }

    /// The same error with its message in `lang`'s words.
    pub fn in_lang(mut self, lang: Lang) -> Self {
        if !self.key.is_empty() {
            self.message = Words::of(lang).text_of(&self.key, &self.args);
        }
        self
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        ApiError::from_error(&err, Lang::En)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}
