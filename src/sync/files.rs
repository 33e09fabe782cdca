//! Attached files between desks: after each round of events, a desk sends the
//! files its history names that the server lacks, fetches those it lacks
//! itself, and deletes erased ones from the server. A bounded amount each
//! round, so events never wait long behind a large file.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::PgRelay;
use crate::core::db::Db;
use crate::core::Result;

/// Files looked at per round, and bytes fetched per round.
const FILES_PER_ROUND: usize = 100;
const BYTES_PER_ROUND: u64 = 64 * 1024 * 1024;

/// What a round of file sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FilesSynced {
    pub sent: u32,
    pub fetched: u32,
    pub deleted: u32,
    /// Named by the history but on neither this desk nor the server yet.
    pub waiting: u32,
}

async fn mark(db: &Db, hashes: Vec<String>, state: &'static str) -> Result<()> {
    db.write(move |s| {
        let mut stmt = s.connection().prepare_cached(
            "INSERT INTO file_sync (hash, state) VALUES (?1, ?2) ON CONFLICT (hash) DO UPDATE SET state = excluded.state",
        )?;
        for h in &hashes {
            stmt.execute(params![h, state])?;
        }
        Ok(())
    })
    .await
}

/// One round of file sync with the shop's server.
pub async fn sync_files(db: &Db, relay: &mut PgRelay) -> Result<FilesSynced> {
    let mut done = FilesSynced::default();
    let Ok(files) = db.read(|s| s.attachment_files()).await else { return Ok(done) };
    // Named by the history and not yet known to be on the server.
    let open: Vec<String> = db
        .read(|s| {
            let mut stmt = s.connection().prepare(
                "SELECT DISTINCT a.hash FROM attachments a
                 WHERE a.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM file_sync f WHERE f.hash = a.hash)
                 LIMIT ?1",
            )?;
            let list =
                stmt.query_map([FILES_PER_ROUND as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(list)
        })
        .await?;
    if !open.is_empty() {
        let lacking = relay.files_missing(&open).await?;
        let mut on_server: Vec<String> = open.iter().filter(|h| !lacking.contains(h)).cloned().collect();
        let mut fetched_bytes = 0u64;
        for h in &open {
            let here = files.has(h);
            if lacking.contains(h) {
                if here {
                    let bytes = files.get(h)?;
                    relay.put_file(h, &bytes).await?;
                    on_server.push(h.clone());
                    done.sent += 1;
                } else {
                    done.waiting += 1;
                }
            } else if !here && fetched_bytes < BYTES_PER_ROUND {
                if let Some(bytes) = relay.get_file(h).await? {
                    fetched_bytes += bytes.len() as u64;
                    // Checked against its name before it is kept.
                    files.put_as(h, &bytes)?;
                    done.fetched += 1;
                }
            }
        }
        // Only what this desk now holds too is settled; the rest is looked at again.
        on_server.retain(|h| files.has(h));
        mark(db, on_server, "sent").await?;
    }
    // Erasures reach the server, and files erased at other desks leave this one.
    let erased: Vec<String> = db
        .read(|s| {
            let mut stmt = s.connection().prepare(
                "SELECT hash FROM (
                     SELECT a.hash FROM attachments a WHERE a.erased_at IS NOT NULL
                     UNION SELECT hash FROM forgotten_files) AS gone
                 WHERE NOT EXISTS (SELECT 1 FROM attachments b WHERE b.hash = gone.hash AND b.erased_at IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM file_sync f WHERE f.hash = gone.hash AND f.state = 'deleted')
                 LIMIT ?1",
            )?;
            let list =
                stmt.query_map([FILES_PER_ROUND as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(list)
        })
        .await?;
    for h in &erased {
        relay.delete_file(h).await?;
        done.deleted += 1;
    }
    if !erased.is_empty() {
        db.read(|s| {
            s.sweep_erased()?;
            s.sweep_forgotten_files()
        })
        .await?;
        mark(db, erased, "deleted").await?;
    }
    Ok(done)
}
