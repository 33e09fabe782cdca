//! The files themselves: kept by content (SHA-256) in `attachments/` beside
//! the database, one file per content however often it is attached.
//!
//! A file is written to a temporary name, flushed to disk, renamed into place
//! and its folder flushed: once `put` returns, the content survives a crash,
//! so the entry that names it can commit. Reading checks the content against
//! its name; a file changed or damaged on disk is reported, never shown.

use crate::core::Msg;
use crate::msg;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::core::{Error, Result};

/// The content's name: its SHA-256, in lower-case hex.
pub fn hash(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `text` has the shape of a content name (never a path).
pub fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The attachment folder of a database.
pub fn dir_beside(db_path: &Path) -> PathBuf {
    db_path.parent().map(|p| p.join("attachments")).unwrap_or_else(|| PathBuf::from("attachments"))
}

/// A folder of files kept by content.
#[derive(Clone, Debug)]
pub struct Files {
    dir: PathBuf,
}

fn io(context: Msg) -> impl FnOnce(std::io::Error) -> Error {
    move |e| match e.raw_os_error() {
        // ENOSPC: say it the way every other full disk is said.
        Some(28) => Error::DiskFull,
        _ => Error::io(context, e),
    }
}

impl Files {
    pub fn new(dir: impl Into<PathBuf>) -> Files {
        Files { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where a content lives: `ab/abcdef…`, a folder per first two letters.
    pub fn path(&self, hash: &str) -> Result<PathBuf> {
        if !is_hash(hash) {
            return Err(Error::invalid("hash", msg!("error-attachments-does-name-stored-file", hash)));
        }
        Ok(self.dir.join(&hash[..2]).join(hash))
    }

    pub fn has(&self, hash: &str) -> bool {
        self.path(hash).is_ok_and(|p| p.is_file())
    }

    /// Keeps `bytes` durably; returns their name. Keeping the same content
    /// again writes nothing.
    pub fn put(&self, bytes: &[u8]) -> Result<String> {
        let name = hash(bytes);
        self.keep(&name, bytes)?;
        Ok(name)
    }

    /// Keeps `bytes` under `name`, which must be their hash (content from
    /// another desk, a backup or an export is checked before it is kept).
    pub fn put_as(&self, name: &str, bytes: &[u8]) -> Result<()> {
        self.path(name)?;
        if hash(bytes) != name {
            return Err(Error::invalid("file", msg!("error-attachments-file-s-content-does-match", name)));
        }
        self.keep(name, bytes)
    }

    /// Writes `bytes` under `name`, their hash, durably (once: content kept
    /// already stays as it is).
    fn keep(&self, name: &str, bytes: &[u8]) -> Result<()> {
        let path = self.path(name)?;
        if path.is_file() {
            return Ok(());
        }
        let folder = path.parent().expect("a content path has a folder");
        fs::create_dir_all(folder)
            .map_err(io(msg!("error-attachments-could-create-2", folder = folder.display())))?;
        let temp = folder.join(format!(".{name}.{}.partial", std::process::id()));
        let written = (|| -> Result<()> {
            let mut f = File::create(&temp)
                .map_err(io(msg!("error-attachments-could-write", temp = temp.display())))?;
            f.write_all(bytes).map_err(io(msg!("error-attachments-could-write", temp = temp.display())))?;
            f.sync_all().map_err(io(msg!("error-attachments-could-write", temp = temp.display())))?;
            fs::rename(&temp, &path)
                .map_err(io(msg!("error-attachments-could-keep", path = path.display())))?;
            sync_dir(folder)
        })();
        if written.is_err() {
            // Nothing half written stays behind.
            let _ = fs::remove_file(&temp);
        }
        written
    }

    /// The content, checked against its name.
    pub fn get(&self, name: &str) -> Result<Vec<u8>> {
        let path = self.path(name)?;
        let mut bytes = Vec::new();
        File::open(&path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::not_found("File", name),
            _ => Error::io(msg!("error-data-could-read-2", path = path.display()), e),
        })?;
        if hash(&bytes) != name {
            return Err(Error::Corrupt {
                detail: format!("the attachment {} was changed or damaged on disk", path.display()),
            });
        }
        Ok(bytes)
    }

    /// Removes a content for good (an erasure for privacy).
    pub fn erase(&self, name: &str) -> Result<()> {
        let path = self.path(name)?;
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(msg!("error-attachments-could-erase", path = path.display()), e)),
        }
    }

    /// Every content name kept here.
    pub fn list(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let Ok(folders) = fs::read_dir(&self.dir) else { return Ok(out) };
        for folder in folders.flatten().filter(|f| f.path().is_dir()) {
            for file in fs::read_dir(folder.path()).into_iter().flatten().flatten() {
                let name = file.file_name().to_string_lossy().into_owned();
                if is_hash(&name) {
                    out.push(name);
                }
            }
        }
        out.sort();
        Ok(out)
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io(msg!("error-attachments-could-flush", dir = dir.display())))
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_never_a_path() {
        assert!(!is_hash("../../etc/passwd"), "a path is not a content name");
        assert!(!is_hash(&"A".repeat(64)), "names are lower-case hex");
        assert!(is_hash(&hash(b"x")));
        let files = Files::new("/nowhere");
        assert!(files.path("../x").is_err(), "and so never reaches the file system");
    }
}
