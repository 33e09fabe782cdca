//! Privacy: what the shop holds about one customer, given to them in a form
//! they can read and one another program can (GDPR articles 15 and 20).
//!
//! `export` reads every record about a customer (under any id a merge gave
//! them): their details, what they expect, key facts, cases, promises, the
//! files on their entries, and every event of their history in the one order,
//! and writes `customer.html` (in the shop's language, printable) and
//! `customer.json` (the same, with each event's own data) into a new folder
//! beside the shop's exports.
//!
//! `retention` is the owner's rule for keeping only what is needed: customers
//! with no contact for a number of years are forgotten (`shop::forget`).

pub mod export;
mod readable;
pub mod retention;

pub use export::{export_customer, subject_record, CustomerExportReport, RecordEntry, SubjectRecord};
pub use retention::{DueCustomer, Retention};
