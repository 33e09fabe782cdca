//! Casebook: a support desk for small shops.
//!
//! One unified case history per customer, kept as an append-only event log in a
//! local SQLite file; current state is derived from it by one apply function
//! per kind of event. This crate knows nothing of Tauri: the desktop shell, the
//! CLI and the tests all call the same API.
//!
//! The code is organised by feature; each feature folder holds its events, how
//! each changes current state, its queries, rules and actions:
//!
//! | Module | The feature |
//! |---|---|
//! | [`core`] | the event log, the store and its one writer, migrations, ids, clock, errors |
//! | [`staff`] | the staff list and who is at the desk |
//! | [`hours`] | opening hours, holidays, response targets and due times |
//! | [`customers`] | customers, their contacts and expectations, look-up |
//! | [`cases`] | cases, the conversation, the queue and timelines |
//! | [`tell`] | promises, key facts, complaints, handoffs and briefs |
//! | [`learn`] | escalations, scores, outreach and the reports |
//! | [`attachments`] | photos, receipts and documents kept with the history |
//! | [`mail`] | the shop's mailbox: mail in and out as the customers' history |
//! | [`duplicates`] | likely duplicate customers, merging them and undoing it |
//! | [`shop`] | the whole history at once: receiving events in order, the case page, alarms |
//! | [`search`] | finding anything in the history |
//! | [`sync`] | several desks sharing one history through the shop's server |
//! | [`data`] | backups, export and import, spreadsheets |
//! | [`privacy`] | what the shop holds about a customer, given to them |
//! | [`demo`] | the demo shop |

pub mod attachments;
pub mod cases;
pub mod core;
pub mod customers;
pub mod data;
pub mod demo;
pub mod duplicates;
pub mod hours;
pub mod learn;
pub mod mail;
pub mod model;
pub mod privacy;
pub mod replies;
pub mod search;
pub mod shop;
pub mod staff;
pub mod sync;
pub mod tell;

pub use crate::core::db::Db;
pub use crate::core::{clock, ids, paths, text, validate};
pub use crate::core::{words, ApiError, Ctx, Error, ErrorCode, Result, Store, Writer};
pub use crate::core::{Lang, Msg, MsgArg, Words};
pub use crate::hours::SlaSettings;
