//! Casebook: a support desk for small shops.
//!
//! One unified case history per customer, kept as an append-only event log in a
//! local SQLite file, with current-state tables updated in the same transaction.
//! This crate knows nothing of Tauri: the desktop shell, the CLI and the tests all
//! call the same API.

pub mod backup;
pub mod calendar;
pub mod clock;
pub mod csv_import;
pub mod db;
pub mod desk;
pub mod error;
pub mod exchange;
pub mod ics;
pub mod ids;
pub mod model;
pub mod paths;
pub mod report;
pub mod seed;
pub mod sla;
pub mod store;
pub mod text;
pub mod validate;

pub use db::Db;
pub use error::{ApiError, Error, ErrorCode, Result};
pub use store::{Ctx, SlaSettings, Store, Writer};
