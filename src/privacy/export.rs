//! One customer's record, for them: read from every feature, written as a
//! readable page in the shop's language and as JSON beside it.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::attachments::Attachment;
use crate::cases::{customer_cases, CaseSummary};
use crate::core::{clock, Error, Event, Id, Msg, Result, Store, Ts};
use crate::customers::{customer, Customer, Expectations};
use crate::msg;
use crate::shop::EventPayload;
use crate::tell::{customer_context, customer_promises, KeyFact, Promise};

use super::readable;

pub const FORMAT: &str = "casebook-customer";
pub const FORMAT_VERSION: u32 = 1;
pub const READABLE_FILE: &str = "customer.html";
pub const DATA_FILE: &str = "customer.json";
/// Every promise, however many (the case page shows the newest 50).
const ALL_PROMISES: u32 = u32::MAX;

/// One event of the customer's history: when, who, on which case, what kind,
/// its words (what search finds in it), and its own data as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordEntry {
    pub id: Id,
    pub at: Ts,
    pub kind: String,
    /// Who at the shop wrote it (the name on the staff list).
    pub by: Option<String>,
    pub case_id: Option<Id>,
    pub case_subject: Option<String>,
    pub words: Option<String>,
    pub data: serde_json::Value,
}

/// Everything the shop holds about one customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubjectRecord {
    pub format: String,
    pub version: u32,
    pub exported_at: Ts,
    /// Every id this customer's records were ever kept under (a merge joins two).
    pub ids: Vec<Id>,
    pub customer: Customer,
    pub expectations: Expectations,
    pub key_facts: Vec<KeyFact>,
    pub cases: Vec<CaseSummary>,
    pub promises: Vec<Promise>,
    pub files: Vec<Attachment>,
    /// Oldest first, in the order every desk applies the history in.
    pub history: Vec<RecordEntry>,
}

/// Where a customer's export was written, and how much it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerExportReport {
    pub folder: String,
    /// The page to read or print (`customer.html`).
    pub readable: String,
    /// The same in JSON, for another program (`customer.json`).
    pub data: String,
    pub cases: u32,
    pub entries: u32,
    pub files: u32,
}

fn history(conn: &Connection, ids: &[Id]) -> Result<Vec<RecordEntry>> {
    let marks = (1..=ids.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT e.id, e.at, e.kind, s.name, e.case_id, k.subject, e.payload
         FROM events e
         LEFT JOIN staff s ON s.id = e.staff_id
         LEFT JOIN cases k ON k.id = e.case_id
         WHERE e.customer_id IN ({marks})
         ORDER BY e.hlc, e.desk_id, e.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(ids), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, at, kind, by, case_id, case_subject, payload) = row?;
        // An event this build cannot read is still the customer's: its data
        // goes in as stored, without words.
        let words = EventPayload::from_json(&payload).ok().and_then(|e| e.search_text());
        let data = serde_json::from_str(&payload).unwrap_or(serde_json::Value::String(payload));
        out.push(RecordEntry { id, at: clock::from_ms(at), kind, by, case_id, case_subject, words, data });
    }
    Ok(out)
}

/// Everything the shop holds about a customer (asked by any of their ids).
pub fn subject_record(store: &Store, customer_id: &str) -> Result<SubjectRecord> {
    let conn = store.connection();
    let id = crate::customers::current_id(conn, customer_id)?;
    let customer = customer(conn, &id)?;
    let ids = crate::customers::ids_of(conn, &id)?;
    let settings = store.sla_settings()?;
    let now = clock::to_ms(clock::now());
    let context = customer_context(conn, &id, now)?;
    Ok(SubjectRecord {
        format: FORMAT.to_owned(),
        version: FORMAT_VERSION,
        exported_at: clock::now(),
        cases: customer_cases(conn, &id, &settings.calendar, now)?,
        promises: customer_promises(conn, &id, now, ALL_PROMISES)?,
        files: store.customer_attachments(&id)?,
        history: history(conn, &ids)?,
        expectations: context.expectations,
        key_facts: context.key_facts,
        ids,
        customer,
    })
}

fn io(context: Msg) -> impl FnOnce(std::io::Error) -> Error {
    move |e| Error::io(context, e)
}

/// A folder name from the customer's name: letters and digits, the rest dashes.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_matches('-').chars().take(40).collect();
    if out.is_empty() {
        "customer".to_owned()
    } else {
        out
    }
}

fn new_folder(parent: &Path, stem: &str) -> PathBuf {
    std::iter::once(parent.join(stem))
        .chain((2..).map(|n| parent.join(format!("{stem}-{n}"))))
        .find(|p| !p.exists() && !p.with_extension("partial").exists())
        .expect("some numbered folder is free")
}

/// Writes a customer's record into a new folder under `parent`: the readable
/// page in the shop's language and the JSON. Written under a `.partial` name
/// and renamed when complete, so a folder that is there is whole.
pub fn export_customer(store: &Store, customer_id: &str, parent: &Path) -> Result<CustomerExportReport> {
    let record = subject_record(store, customer_id)?;
    let locale = store.locale_settings()?;
    let shop = locale.shop.unwrap_or(locale.system);
    let tz = store.sla_settings()?.calendar.tz();
    let page = readable::page(&record, shop.lang(), &shop.region, tz);
    let data = serde_json::to_string_pretty(&record)
        .map_err(|e| Error::invalid("customer", msg!("error-privacy-could-write-json", detail = e)))?;

    std::fs::create_dir_all(parent)
        .map_err(io(msg!("error-data-could-create-folder", parent = parent.display())))?;
    let stamp = clock::now().format("%Y%m%d-%H%M%S");
    let folder = new_folder(parent, &format!("customer-{}-{stamp}", slug(&record.customer.name)));
    let partial = folder.with_extension("partial");
    std::fs::create_dir(&partial)
        .map_err(io(msg!("error-data-could-create", partial = partial.display())))?;
    let written = (|| {
        std::fs::write(partial.join(READABLE_FILE), page)
            .map_err(io(msg!("error-data-could-create", partial = partial.join(READABLE_FILE).display())))?;
        std::fs::write(partial.join(DATA_FILE), data)
            .map_err(io(msg!("error-data-could-create", partial = partial.join(DATA_FILE).display())))?;
        std::fs::rename(&partial, &folder)
            .map_err(io(msg!("error-data-could-finish", folder = folder.display())))
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&partial);
        return Err(e);
    }
    Ok(CustomerExportReport {
        readable: folder.join(READABLE_FILE).display().to_string(),
        data: folder.join(DATA_FILE).display().to_string(),
        folder: folder.display().to_string(),
        cases: record.cases.len() as u32,
        entries: record.history.len() as u32,
        files: record.files.len() as u32,
    })
}

impl Store {
    /// Writes what the shop holds about a customer into a new folder under
    /// `parent` (see [`export_customer`]).
    pub fn export_customer(&self, customer_id: &str, parent: &Path) -> Result<CustomerExportReport> {
        export_customer(self, customer_id, parent)
    }
}
