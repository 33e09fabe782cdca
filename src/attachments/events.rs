//! Attachments' events, and how each changes current state.

use crate::msg;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::FileKind;
use crate::core::{event_kinds, settings, Error, Event, EventMeta, Id, Result, Right, Writer};

/// One file as an entry names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileRef {
    /// The attachment's own id (removing or erasing it names this).
    pub id: Id,
    /// The content's SHA-256: where the file is kept.
    pub hash: String,
    /// The name it was attached under, shown as typed and never used as a path.
    pub name: String,
    pub mime: String,
    pub kind: FileKind,
    /// Opening it could run code: the app warns first.
    pub risky: bool,
    #[ts(type = "number")]
    pub size: u64,
    /// A photo's size the right way up, if it could be read.
    pub width: Option<u32>,
    pub height: Option<u32>,
}

event_kinds!(
    /// Files kept with the history.
    ///
    /// How concurrent work settles, kind by kind:
    /// - `files_attached`: names an entry of this customer's history (else set
    ///   aside); an attachment id made twice is set aside the second time.
    /// - `attachment_removed`, `attachment_erased`: one this customer never
    ///   had is set aside; removing twice is one removal, and an erasure
    ///   stands whatever came after.
    /// - `attachment_limit_changed`: the last writer in the one order wins.
    pub enum AttachmentEvent {
        /// Files attached to an entry (what the customer said, a reply, a note, a call, a visit).
        "files_attached" => FilesAttached { entry_id: Id, files: Vec<FileRef> },
        /// An attachment taken off the history views (the file and the record stay).
        "attachment_removed" => AttachmentRemoved { attachment_id: Id, name: String },
        /// An attachment's content erased for privacy, with the reason; the entry says so.
        "attachment_erased" => AttachmentErased { attachment_id: Id, hash: String, reason: String },
        /// The largest file the shop accepts, in megabytes.
        "attachment_limit_changed" => AttachmentLimitChanged { megabytes: u32 },
    }
);

/// The settings key of the size limit.
pub const LIMIT: &str = "attachment_limit_mb";

impl Event for AttachmentEvent {
    fn kind(&self) -> &'static str {
        self.kind_name()
    }

    /// Erasing is the owner's; the file limit is shop policy.
    fn right(&self, _meta: &EventMeta) -> Option<Right> {
        match self {
            AttachmentEvent::AttachmentErased { .. } => Some(Right::Owner),
            AttachmentEvent::AttachmentLimitChanged { .. } => Some(Right::Policy),
            _ => None,
        }
    }

    fn apply(&self, w: &mut Writer<'_>, meta: &EventMeta) -> Result<()> {
        match self {
            AttachmentEvent::FilesAttached { entry_id, files } => {
                let customer = meta.customer(self.kind())?.to_owned();
                // The entry must be one of this customer's.
                if !w.entry_in_part(entry_id, &customer)? {
                    return Err(Error::refers_to_nothing(msg!("error-attachments-entry-unknown", entry_id)));
                }
                {
                    let mut stmt = w.tx().prepare_cached(
                    "INSERT INTO attachments (id, event_id, customer_id, case_id, hash, name, mime, kind, risky, size,
                                              width, height, added_at, added_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )?;
                    for f in files {
                        stmt.execute(params![
                            f.id,
                            entry_id,
                            customer,
                            meta.case_id,
                            f.hash,
                            f.name,
                            f.mime,
                            f.kind,
                            f.risky,
                            f.size as i64,
                            f.width,
                            f.height,
                            meta.at,
                            meta.staff_id
                        ])?;
                    }
                }
                w.note_customer(&customer);
                Ok(())
            }
            AttachmentEvent::AttachmentRemoved { attachment_id, .. } => {
                w.require_in_part("attachments", "id", attachment_id, meta)?;
                w.tx().execute(
                    "UPDATE attachments SET removed_at = ?2, removed_by = ?3 WHERE id = ?1 AND removed_at IS NULL",
                    params![attachment_id, meta.at, meta.staff_id],
                )?;
                Ok(())
            }
            AttachmentEvent::AttachmentErased { attachment_id, reason, .. } => {
                w.require_in_part("attachments", "id", attachment_id, meta)?;
                w.tx().execute(
                    "UPDATE attachments SET erased_at = ?2, erased_reason = ?3 WHERE id = ?1",
                    params![attachment_id, meta.at, reason],
                )?;
                Ok(())
            }
            AttachmentEvent::AttachmentLimitChanged { megabytes } => {
                settings::put(w.tx(), LIMIT, megabytes)?;
                w.note_settings_changed();
                Ok(())
            }
        }
    }

    fn creates<'a>(&'a self, _meta: &'a EventMeta) -> Vec<&'a str> {
        match self {
            AttachmentEvent::FilesAttached { files, .. } => files.iter().map(|f| f.id.as_str()).collect(),
            _ => Vec::new(),
        }
    }

    fn search_text(&self) -> Option<String> {
        match self {
            // Search finds attachments by their names.
            AttachmentEvent::FilesAttached { files, .. } => {
                Some(files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(" "))
            }
            _ => None,
        }
    }
}
