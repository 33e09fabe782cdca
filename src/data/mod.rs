//! The shop's data as files: checked backups beside the data, export and import
//! of the whole history, and customers and cases from a spreadsheet.

pub mod backup;
pub mod csv_import;
pub mod exchange;
pub mod forgetting;
mod lines;
mod restore;
mod rows;

pub use rows::{CaseRow, CustomerRow};
