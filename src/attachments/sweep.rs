//! Removing contents from disk that the history no longer refers to: files
//! erased (here or at another desk) and files of forgotten customers.

use super::{files_of, thumbs_dir};
use crate::core::{Result, Store};

impl Store {
    /// Contents that were erased and may still be on disk here (erased at
    /// another desk, say): removes them. Returns how many were removed.
    pub fn sweep_erased(&self) -> Result<u32> {
        let files = files_of(self)?;
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT hash FROM attachments a WHERE erased_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM attachments b WHERE b.hash = a.hash AND b.erased_at IS NULL)",
        )?;
        let hashes = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        let mut n = 0;
        for h in hashes {
            if files.has(&h) {
                files.erase(&h)?;
                n += 1;
            }
            let _ = std::fs::remove_file(thumbs_dir(&files).join(format!("{h}.jpg")));
        }
        Ok(n)
    }

    /// Files attached to a forgotten customer's entries (see `shop::forget`):
    /// each is removed from disk unless another entry still holds the same
    /// content. Returns how many were removed.
    pub fn sweep_forgotten_files(&self) -> Result<u32> {
        let hashes: Vec<String> = self
            .connection()
            .prepare("SELECT hash FROM forgotten_files ORDER BY hash")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if hashes.is_empty() {
            return Ok(0);
        }
        let files = files_of(self).ok();
        let mut n = 0;
        for h in &hashes {
            let held: bool = self.connection().query_row(
                "SELECT EXISTS (SELECT 1 FROM attachments WHERE hash = ?1 AND erased_at IS NULL)",
                [h],
                |r| r.get(0),
            )?;
            if let (false, Some(files)) = (held, &files) {
                if files.has(h) {
                    files.erase(h)?;
                    n += 1;
                }
                let _ = std::fs::remove_file(thumbs_dir(files).join(format!("{h}.jpg")));
            }
        }
        // The list stays: the shop's server is asked to delete them too (`sync`).
        Ok(n)
    }
}
