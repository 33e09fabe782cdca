//! Attachments: photos, receipts, warranty cards and quotes kept with the
//! history, on any entry (what the customer said, a reply, a note, a call, a
//! visit).
//!
//! A file is first *staged*: kept by content (`files.rs`: SHA-256, written
//! durably beside the database) and its type read from its content
//! (`kinds.rs`). The entry then names it in a `files_attached` event, which
//! commits only after the file is safe on disk. Removing an attachment takes it
//! off the history views (`attachment_removed`); the owner may erase its
//! content for privacy, with a reason (`attachment_erased`). Both are events:
//! the history stays append-only.

mod check;
mod events;
mod files;
mod keep;
mod kinds;
mod sweep;

use crate::msg;
use std::path::PathBuf;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use check::{FileCheck, FileProblem};
pub use events::{AttachmentEvent, FileRef, LIMIT};
pub use files::{dir_beside, hash, is_hash, Files};
pub use keep::{copy_files, prune, referenced, referenced_in, KeptFiles};
pub use kinds::{sniff, thumbnail, FileKind, Sniffed, Thumb, MAX_SIDE, THUMB_SIZE};

use crate::core::{clock, ids, settings, Ctx, Error, Id, Result, Store, Ts, Writer};

/// The largest file accepted unless the owner sets another limit.
pub const DEFAULT_LIMIT_MB: u32 = 25;
/// The highest limit the owner can set.
pub const MAX_LIMIT_MB: u32 = 500;
/// Names are cut to this many characters.
const NAME_MAX: usize = 200;

/// A file kept and ready to be attached: what staging answers, and what
/// attaching names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StagedFile {
    pub hash: String,
    pub name: String,
    pub mime: String,
    pub kind: FileKind,
    pub risky: bool,
    #[ts(type = "number")]
    pub size: u64,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// An attachment as the screens show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attachment {
    pub id: Id,
    /// The entry it is attached to.
    pub event_id: Id,
    pub customer_id: Id,
    pub case_id: Option<Id>,
    pub hash: String,
    pub name: String,
    pub mime: String,
    pub kind: FileKind,
    pub risky: bool,
    #[ts(type = "number")]
    pub size: u64,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub added_at: Ts,
    pub added_by: Option<String>,
    /// Erased for privacy: when, and why. Its content is gone.
    pub erased_at: Option<Ts>,
    pub erased_reason: Option<String>,
    /// Its content is here and intact (a file deleted or damaged on disk, or
    /// one still on its way from another desk, is `false`).
    pub present: bool,
}

/// The name a file is shown under: as typed, without control characters or
/// folders, never empty.
pub fn clean_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let name: String = last.chars().filter(|c| !c.is_control()).take(NAME_MAX).collect();
    let name = name.trim();
    if name.is_empty() || name == "." || name == ".." {
        "file".into()
    } else {
        name.to_owned()
    }
}

/// A name safe to give a file on any system: no folders, no characters
/// Windows refuses, not one of its reserved device names (CON, NUL, COM1…).
pub fn file_system_name(name: &str) -> String {
    let mut out: String = clean_name(name)
        .chars()
        .map(|c| if matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') { '_' } else { c })
        .collect();
    out = out.trim_end_matches(['.', ' ']).to_owned();
    let stem = out.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = ["CON", "PRN", "AUX", "NUL"].contains(&stem.as_str())
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved || out.is_empty() {
        out = format!("_{out}");
    }
    out
}

/// Writes a checked copy of an attachment into a folder of its own under the
/// computer's temporary folder, for the computer's own program to open.
pub fn copy_out(attachment: &Attachment, bytes: &[u8]) -> Result<PathBuf> {
    let dir = std::env::temp_dir().join("casebook-open").join(&attachment.hash[..16]);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(msg!("error-attachments-could-create", dir = dir.display()), e))?;
    let path = dir.join(file_system_name(&attachment.name));
    std::fs::write(&path, bytes)
        .map_err(|e| Error::io(msg!("error-data-could-write", path = path.display()), e))?;
    Ok(path)
}

/// Keeps `bytes` in `files` as a file to attach (see [`Store::stage_file`]).
pub fn stage(files: &Files, limit_mb: u32, name: &str, bytes: &[u8]) -> Result<StagedFile> {
    let name = clean_name(name);
    if bytes.is_empty() {
        return Err(Error::invalid("file", msg!("error-attachments-empty-0-bytes-nothing-attached", name)));
    }
    if bytes.len() as u64 > u64::from(limit_mb) * 1024 * 1024 {
        return Err(Error::invalid(
            "file",
            msg!(
                "error-attachments-mb-shop-accepts-files-up",
                name,
                value = format!("{:.1}", bytes.len() as f64 / 1_048_576.0),
                limit_mb
            ),
        ));
    }
    let sniffed = sniff(bytes, &name);
    let hash = files.put(bytes)?;
    let (mut width, mut height) = (None, None);
    if sniffed.kind == FileKind::Photo {
        if let Some(t) = thumbnail(bytes) {
            width = Some(t.width);
            height = Some(t.height);
            // A missing preview is made again when asked for: not worth failing for.
            let _ = write_thumb(files, &hash, &t.jpeg);
        }
    }
    Ok(StagedFile {
        hash,
        name,
        mime: sniffed.mime,
        kind: sniffed.kind,
        risky: sniffed.risky,
        size: bytes.len() as u64,
        width,
        height,
    })
}

/// The shop's size limit, in megabytes.
pub fn limit_mb(conn: &Connection) -> Result<u32> {
    Ok(settings::get::<u32>(conn, LIMIT)?.unwrap_or(DEFAULT_LIMIT_MB))
}

impl Store {
    /// The shop's size limit for attached files, in megabytes.
    pub fn attachment_limit(&self) -> Result<u32> {
        limit_mb(&self.conn)
    }
}

fn files_of(store: &Store) -> Result<Files> {
    store.path().map(|p| Files::new(dir_beside(p))).ok_or_else(|| Error::Conflict {
        msg: msg!("error-attachments-attachments-kept-beside-database-file"),
    })
}

fn thumbs_dir(files: &Files) -> PathBuf {
    files.dir().join("thumbs")
}

const COLUMNS: &str =
    "a.id, a.event_id, a.customer_id, a.case_id, a.hash, a.name, a.mime, a.kind, a.risky, a.size,
                       a.width, a.height, a.added_at, s.name, a.erased_at, a.erased_reason
                       FROM attachments a LEFT JOIN staff s ON s.id = a.added_by";

fn rows(
    conn: &Connection,
    files: Option<&Files>,
    sql: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<Attachment>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let list = stmt
        .query_map(args, |r| {
            Ok(Attachment {
                id: r.get(0)?,
                event_id: r.get(1)?,
                customer_id: r.get(2)?,
                case_id: r.get(3)?,
                hash: r.get(4)?,
                name: r.get(5)?,
                mime: r.get(6)?,
                kind: r.get(7)?,
                risky: r.get(8)?,
                size: r.get::<_, i64>(9)? as u64,
                width: r.get(10)?,
                height: r.get(11)?,
                added_at: clock::from_ms(r.get(12)?),
                added_by: r.get(13)?,
                erased_at: r.get::<_, Option<i64>>(14)?.map(clock::from_ms),
                erased_reason: r.get(15)?,
                present: false,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(list
        .into_iter()
        .map(|mut a| {
            a.present = a.erased_at.is_none() && files.is_some_and(|f| f.has(&a.hash));
            a
        })
        .collect())
}

impl Store {
    /// The attachment folder beside this database.
    pub fn attachment_files(&self) -> Result<Files> {
        files_of(self)
    }

    /// Keeps a file so it can be attached: checks its size against the shop's
    /// limit, reads its type from its content, writes it durably (once, however
    /// often the same file is attached), and makes a photo's thumbnail.
    pub fn stage_file(&self, name: &str, bytes: &[u8]) -> Result<StagedFile> {
        stage(&files_of(self)?, limit_mb(&self.conn)?, name, bytes)
    }

    /// A kept file's content, checked against its name.
    pub fn attachment_content(&self, hash: &str) -> Result<Vec<u8>> {
        files_of(self)?.get(hash)
    }

    /// A photo's thumbnail (JPEG): made once, then read from the cache.
    pub fn attachment_thumbnail(&self, hash: &str) -> Result<Option<Vec<u8>>> {
        let files = files_of(self)?;
        if let Some(jpeg) = read_thumb(&files, hash) {
            return Ok(Some(jpeg));
        }
        let bytes = files.get(hash)?;
        Ok(thumbnail(&bytes).map(|t| {
            let _ = write_thumb(&files, hash, &t.jpeg);
            t.jpeg
        }))
    }

    /// Every attachment of a customer (under any of their ids), newest first;
    /// removed ones are left out.
    pub fn customer_attachments(&self, customer_id: &str) -> Result<Vec<Attachment>> {
        let id = crate::customers::current_id(&self.conn, customer_id)?;
        let files = files_of(self).ok();
        rows(
            &self.conn,
            files.as_ref(),
            &format!("SELECT {COLUMNS} WHERE a.customer_id = ?1 AND a.removed_at IS NULL ORDER BY a.added_at DESC, a.id"),
            &[&id],
        )
    }

    /// The attachments of these entries (a timeline page), removed ones left out.
    pub fn entry_attachments(&self, entry_ids: &[Id]) -> Result<Vec<Attachment>> {
        let files = files_of(self).ok();
        let mut out = Vec::new();
        for id in entry_ids.iter().take(crate::core::PAGE_MAX as usize) {
            out.extend(rows(
                &self.conn,
                files.as_ref(),
                &format!("SELECT {COLUMNS} WHERE a.event_id = ?1 AND a.removed_at IS NULL ORDER BY a.rowid"),
                &[id],
            )?);
        }
        Ok(out)
    }

    /// One attachment, removed or not.
    pub fn attachment(&self, id: &str) -> Result<Attachment> {
        let files = files_of(self).ok();
        rows(&self.conn, files.as_ref(), &format!("SELECT {COLUMNS} WHERE a.id = ?1"), &[&id])?
            .pop()
            .ok_or_else(|| Error::not_found("Attachment", id))
    }

    /// The type of a content the app may show itself (a photo or a PDF that
    /// is attached and not erased); `None` for anything else.
    pub fn viewable_mime(&self, hash: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT mime FROM attachments WHERE hash = ?1 AND erased_at IS NULL AND kind IN ('photo', 'pdf') LIMIT 1",
                [hash],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The content names the history refers to (not erased).
    pub fn referenced_files(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT hash FROM attachments WHERE erased_at IS NULL ORDER BY hash")?;
        let list = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(list)
    }
}

/// Keeps a photo's thumbnail under the photo's content name.
fn write_thumb(files: &Files, hash: &str, jpeg: &[u8]) -> Result<()> {
    let dir = thumbs_dir(files);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(msg!("error-attachments-could-create", dir = dir.display()), e))?;
    let path = dir.join(format!("{hash}.jpg"));
    let temp = dir.join(format!(".{hash}.{}.partial", std::process::id()));
    std::fs::write(&temp, jpeg)
        .and_then(|()| std::fs::rename(&temp, &path))
        .map_err(|e| Error::io(msg!("error-data-could-write", path = path.display()), e))
}

fn read_thumb(files: &Files, hash: &str) -> Option<Vec<u8>> {
    if !is_hash(hash) {
        return None;
    }
    std::fs::read(thumbs_dir(files).join(format!("{hash}.jpg"))).ok()
}

/// The entry a file may be attached to: one that is part of a case's conversation.
fn entry_of(conn: &Connection, entry_id: &str) -> Result<(Id, Id)> {
    let row: Option<(Option<String>, Option<String>, String)> = conn
        .query_row("SELECT customer_id, case_id, kind FROM events WHERE id = ?1", [entry_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let (customer, case, kind) = row.ok_or_else(|| Error::not_found("Entry", entry_id))?;
    match (customer, case) {
        (Some(customer), Some(case))
            if matches!(
                kind.as_str(),
                "customer_message"
                    | "reply"
                    | "note"
                    | "call"
                    | "visit"
                    | "mail_received"
                    | "mail_sent_elsewhere"
                    | "mail_reply"
            ) =>
        {
            Ok((customer, case))
        }
        _ => Err(Error::invalid("entry_id", msg!("error-attachments-files-attach-something-said-noted"))),
    }
}

impl Writer<'_> {
    /// The attachment folder beside this database.
    pub fn attachment_files(&self) -> Result<Files> {
        match self.tx().path().filter(|p| !p.is_empty()) {
            Some(p) => Ok(Files::new(dir_beside(std::path::Path::new(p)))),
            None => {
                Err(Error::Conflict { msg: msg!("error-attachments-attachments-kept-beside-database-file") })
            }
        }
    }

    /// Attaches staged files to the first thing the customer said on a case
    /// just opened (a walk-in who brought a photo, say).
    pub fn attach_to_opening(
        &mut self,
        ctx: &Ctx,
        case_id: &str,
        staged: &[StagedFile],
    ) -> Result<Vec<FileRef>> {
        if staged.is_empty() {
            return Ok(Vec::new());
        }
        let entry: Option<Id> = self
            .tx()
            .query_row(
                "SELECT id FROM events WHERE case_id = ?1 AND kind = 'customer_message' ORDER BY hlc LIMIT 1",
                [case_id],
                |r| r.get(0),
            )
            .optional()?;
        let entry = entry.ok_or_else(|| {
            Error::invalid("message", msg!("error-attachments-write-what-customer-said-attach"))
        })?;
        self.attach_files(ctx, &entry, staged)
    }

    /// Attaches staged files to an entry, in the same transaction as the entry
    /// when it is new. Every file must already be kept on disk.
    pub fn attach_files(&mut self, ctx: &Ctx, entry_id: &str, staged: &[StagedFile]) -> Result<Vec<FileRef>> {
        self.check_actor(ctx)?;
        if staged.is_empty() {
            return Ok(Vec::new());
        }
        let files = self.attachment_files()?;
        let (customer, case) = entry_of(self.tx(), entry_id)?;
        let mut refs = Vec::new();
        for s in staged {
            if !files.has(&s.hash) {
                return Err(Error::invalid(
                    "file",
                    msg!("error-attachments-kept-desk-any-more-attach", value = clean_name(&s.name)),
                ));
            }
            refs.push(FileRef {
                id: ids::new_id(),
                hash: s.hash.clone(),
                name: clean_name(&s.name),
                mime: s.mime.clone(),
                kind: s.kind,
                risky: s.risky,
                size: s.size,
                width: s.width,
                height: s.height,
            });
        }
        let event = AttachmentEvent::FilesAttached { entry_id: entry_id.to_owned(), files: refs.clone() };
        self.append(ctx, Some(&customer), Some(&case), &event)?;
        Ok(refs)
    }

    /// Keeps the files that came with something the desk recorded by itself
    /// (a mail's attachments) and attaches them to it, under an event id the
    /// caller derives, so recording the same thing twice cannot attach twice.
    /// A file over the shop's limit, or empty, is left in the original (the
    /// raw mail) and named in the returned list instead.
    pub fn attach_received(
        &mut self,
        ctx: &Ctx,
        event_id: &str,
        entry_id: &str,
        parts: &[(String, Vec<u8>)],
    ) -> Result<Vec<String>> {
        if parts.is_empty() || self.has_event(event_id)? {
            return Ok(Vec::new());
        }
        let (customer, case) = entry_of(self.tx(), entry_id)?;
        let files = self.attachment_files()?;
        let limit = limit_mb(self.tx())?;
        let mut refs = Vec::new();
        let mut left = Vec::new();
        for (n, (name, bytes)) in parts.iter().enumerate() {
            match stage(&files, limit, name, bytes) {
                Ok(s) => refs.push(FileRef {
                    // Derived too: the same mail always names the same attachments.
                    id: format!("{event_id}-{n}"),
                    hash: s.hash,
                    name: s.name,
                    mime: s.mime,
                    kind: s.kind,
                    risky: s.risky,
                    size: s.size,
                    width: s.width,
                    height: s.height,
                }),
                Err(Error::Invalid { .. }) => left.push(clean_name(name)),
                Err(e) => return Err(e),
            }
        }
        if !refs.is_empty() {
            let event = AttachmentEvent::FilesAttached { entry_id: entry_id.to_owned(), files: refs };
            self.append_with_id(ctx, event_id, Some(&customer), Some(&case), &event)?;
        }
        Ok(left)
    }

    /// Takes an attachment off the history views; the record of it stays.
    pub fn remove_attachment(&mut self, ctx: &Ctx, attachment_id: &str) -> Result<()> {
        self.check_actor(ctx)?;
        let (customer, case, name): (Id, Option<Id>, String) = self
            .tx()
            .query_row(
                "SELECT customer_id, case_id, name FROM attachments WHERE id = ?1 AND removed_at IS NULL",
                [attachment_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("Attachment", attachment_id))?;
        let event = AttachmentEvent::AttachmentRemoved { attachment_id: attachment_id.to_owned(), name };
        self.append(ctx, Some(&customer), case.as_deref(), &event)?;
        Ok(())
    }

    /// Erases an attachment's content for privacy (the owner only, with a
    /// reason). Every attachment of the same content is erased with it. The
    /// caller removes the content from disk once this commits
    /// ([`Store::sweep_erased`]).
    pub fn erase_attachment(&mut self, ctx: &Ctx, attachment_id: &str, reason: &str) -> Result<()> {
        self.check_right(ctx, crate::core::Right::Owner, msg!("lead-erase-file"))?;
        let reason = crate::core::validate::required_line(
            reason,
            "reason",
            msg!("label-the-reason-for-erasing"),
            300,
        )?;
        let hash: String = self
            .tx()
            .query_row("SELECT hash FROM attachments WHERE id = ?1", [attachment_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("Attachment", attachment_id))?;
        let same: Vec<(Id, Id, Option<Id>)> = self
            .tx()
            .prepare(
                "SELECT id, customer_id, case_id FROM attachments WHERE hash = ?1 AND erased_at IS NULL",
            )?
            .query_map(params![hash], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, customer, case) in same {
            let event = AttachmentEvent::AttachmentErased {
                attachment_id: id,
                hash: hash.clone(),
                reason: reason.clone(),
            };
            self.append(ctx, Some(&customer), case.as_deref(), &event)?;
        }
        Ok(())
    }

    /// Sets the largest file the shop accepts (the owner).
    pub fn set_attachment_limit(&mut self, ctx: &Ctx, megabytes: u32) -> Result<()> {
        self.check_lead(ctx, crate::msg!("lead-change-file-limit"))?;
        if !(1..=MAX_LIMIT_MB).contains(&megabytes) {
            return Err(Error::invalid(
                "megabytes",
                msg!("error-attachments-pick-limit-from-1-mb", max_limit_mb = MAX_LIMIT_MB),
            ));
        }
        if limit_mb(self.tx())? == megabytes {
            return Ok(());
        }
        self.append(ctx, None, None, &AttachmentEvent::AttachmentLimitChanged { megabytes })?;
        Ok(())
    }
}

/// What the shop knows of this feature (see `core::feature`): attachment
/// records follow their customer (the files stay where they are); erasing a
/// file needs a right, judged at its place.
pub const FEATURE: crate::core::Feature = crate::core::Feature {
    tables: &["attachments"],
    customer_tables: &["attachments"],
    settings: &[(&["attachment_limit_changed"], LIMIT)],
    judged_in_parts: &["attachment_erased"],
    ..crate::core::Feature::kinds("attachments", AttachmentEvent::KINDS)
};
