//! One error type for the whole library. Every variant says what went wrong and,
//! where the person at the counter can do something about it, what to do.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule: an empty name, a malformed email, a body too long.
    #[error("{message}")]
    Invalid { field: &'static str, message: String },

    #[error("{what} '{id}' was not found. It may have been mistyped, or the screen is out of date: go back and open it again.")]
    NotFound { what: &'static str, id: String },

    /// A new customer would duplicate one we already have (same phone or email).
    #[error("{message}")]
    DuplicateCustomer { message: String },

    #[error("{message}")]
    Conflict { message: String },

    /// An event from another log that cannot be applied here (it names a case
    /// the history never opened, say).
    #[error("event {id} cannot be applied: {message}")]
    BadEvent { id: String, message: String },

    /// The person at the desk may not do this (e.g. staff changing opening hours).
    #[error("{message}")]
    NotAllowed { message: String },

    #[error("This database was written by a newer version of Casebook (schema version {found}; this version understands up to {supported}). Install the newer Casebook to open it. Nothing was changed.")]
    NewerSchema { found: i64, supported: i64 },

    #[error("{} is not a Casebook database. Choose a file that Casebook created. Nothing was changed.", path.display())]
    NotCasebook { path: PathBuf },

    #[error(
        "The Casebook database is damaged ({detail}). Close Casebook and restore the most recent backup."
    )]
    Corrupt { detail: String },

    #[error("Another copy of Casebook already has {} open. Switch to that window instead, or close it first.", path.display())]
    AlreadyOpen { path: PathBuf },

    #[error("The database is busy in another program. Wait a moment and try again; if it keeps happening, close other programs using the Casebook file.")]
    Busy,

    #[error("The disk is full, so nothing was saved. Free some space and try again.")]
    DiskFull,

    #[error("The Casebook data folder is read-only, so nothing was saved. Check the folder's permissions, or start Casebook with --db pointing to a folder you can write to.")]
    ReadOnly,

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },

    #[error("Storage error: {0}. Nothing was saved.")]
    Storage(rusqlite::Error),

    /// The shop's server (or the network to it) cannot be reached right now.
    /// The desk keeps working offline and tries again by itself.
    #[error("{message}")]
    Unavailable { message: String },

    /// The shop's server answered but refused: a wrong password, a revoked
    /// desk, another shop's server, a newer server schema, a certificate that
    /// does not match. Nothing was changed; the message says what to do.
    #[error("{message}")]
    Server { message: String },

    /// A bug, not the user's fault. The message is kept short and honest.
    #[error("Something went wrong inside Casebook ({0}). Nothing was saved. Please try again; if it keeps happening, restart Casebook.")]
    Internal(String),
}

impl Error {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid { field, message: message.into() }
    }

    pub fn not_found(what: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound { what, id: id.into() }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }

    /// The stable code the UI and scripts switch on. Never match on messages.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::DuplicateCustomer { .. } => ErrorCode::DuplicateCustomer,
            Error::Conflict { .. } => ErrorCode::Conflict,
            Error::BadEvent { .. } => ErrorCode::InvalidInput,
            Error::NotAllowed { .. } => ErrorCode::NotAllowed,
            Error::NewerSchema { .. } => ErrorCode::NewerDatabase,
            Error::NotCasebook { .. } => ErrorCode::NotACasebookDatabase,
            Error::Corrupt { .. } => ErrorCode::CorruptDatabase,
            Error::AlreadyOpen { .. } => ErrorCode::AlreadyOpen,
            Error::Busy => ErrorCode::Busy,
            Error::DiskFull => ErrorCode::DiskFull,
            Error::ReadOnly => ErrorCode::ReadOnly,
            Error::Io { .. } => ErrorCode::Io,
            Error::Unavailable { .. } => ErrorCode::Unavailable,
            Error::Server { .. } => ErrorCode::ServerRefused,
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

/// The one error shape that crosses IPC: `{code, message}`, and for invalid
/// input the field it is about, so a form can put the cursor there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError { code, message: message.into(), field: None }
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        let field = match &err {
            Error::Invalid { field, .. } => Some((*field).to_owned()),
            Error::BadEvent { .. } => Some("events".to_owned()),
            _ => None,
        };
        ApiError { code: err.code(), message: err.to_string(), field }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}
