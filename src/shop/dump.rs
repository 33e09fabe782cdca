//! A canonical dump of everything derived from the history: every shared
//! current-state table and the search index, in a fixed order, without this
//! desk's own arrival order (rowids) or its desk-local tables. Two databases
//! that hold the same history must dump the same text.

use std::fmt::Write as _;

use rusqlite::types::ValueRef;
use rusqlite::Connection;

use crate::core::{Result, Store};

/// Tables that belong to this desk alone (who is at the desk, alarms raised,
/// handoffs seen and notified, migrations applied) or are indexes dumped below.
const DESK_LOCAL: &[&str] = &[
    "meta",
    "due_alarms",
    "handoff_inbox",
    "schema_migrations",
    // The mail desk's own: kept messages, fetch cursors and sending tries.
    "mail_raw",
    "mail_folders",
    "mail_attempts",
    // Which attached files this desk has sent to or fetched from the server.
    "file_sync",
    // What this build read from the log beside each event: the events it set
    // aside, the ids events create and the customers they link (a newer
    // build reads more of the same log; see `core::settle`).
    "set_aside",
    "created_ids",
    "part_links",
    // Each person's role at each point of the log, keyed by clock values
    // (which an import or a re-stamp gives anew): read from the log like the two above.
    "staff_roles",
    // Other desks' events this desk offers the shop's server for them.
    "carried",
    // Wrong passcodes typed at this desk.
    "sign_in_tries",
    // What someone was typing on a case here, not saved yet.
    "drafts",
    // The records forgotten, read from the log as events are logged (see
    // `shop::forget`); the files still to remove; the log's one opening.
    "forgotten",
    "forgotten_files",
    "forgetting",
];

/// Columns that are this desk's bookkeeping, not history: the log's arrival
/// order, and the settings version readers use to reload their caches.
const LOCAL_COLUMNS: &[(&str, &str)] = &[("events", "seq"), ("settings", "version")];

fn shared_tables(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_schema
         WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )?;
    let names = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    // FTS5 keeps its data in shadow tables named after the index; they are
    // dumped through the index itself below.
    let fts: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names
        .into_iter()
        .filter(|n| !DESK_LOCAL.contains(&n.as_str()))
        .filter(|n| !fts.iter().any(|f| n.starts_with(&format!("{f}_"))))
        .collect())
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let cols = stmt.query_map([], |r| r.get::<_, String>(1))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cols.into_iter().filter(|c| !LOCAL_COLUMNS.contains(&(table, c.as_str()))).collect())
}

fn value(out: &mut String, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => out.push_str("null"),
        ValueRef::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        ValueRef::Real(f) => {
            let _ = write!(out, "{f:?}");
        }
        ValueRef::Text(t) => {
            let _ = write!(out, "{:?}", String::from_utf8_lossy(t));
        }
        ValueRef::Blob(b) => {
            let _ = write!(out, "x'{}'", b.iter().map(|x| format!("{x:02x}")).collect::<String>());
        }
    }
}

fn rows(conn: &Connection, out: &mut String, title: &str, sql: &str) -> Result<()> {
    let _ = writeln!(out, "== {title}");
    let mut stmt = conn.prepare(sql)?;
    let n = stmt.column_count();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        for i in 0..n {
            if i > 0 {
                out.push('\t');
            }
            value(out, r.get_ref(i)?);
        }
        out.push('\n');
    }
    Ok(())
}

/// The search index's terms, by the id of the row they index (not its rowid).
fn index_terms(conn: &Connection, out: &mut String, index: &str, id_sql: &str) -> Result<()> {
    conn.execute_batch(&format!(
        "DROP TABLE IF EXISTS temp.dump_vocab; CREATE VIRTUAL TABLE temp.dump_vocab USING fts5vocab(main, {index}, instance);"
    ))?;
    let sql =
        format!("SELECT ({id_sql}), v.term, v.col, v.offset FROM temp.dump_vocab v ORDER BY 1, 2, 3, 4");
    let result = rows(conn, out, &format!("index {index}"), &sql);
    conn.execute_batch("DROP TABLE IF EXISTS temp.dump_vocab;")?;
    result
}

/// Every shared table, then the search indexes.
pub fn dump(conn: &Connection) -> Result<String> {
    let mut out = String::new();
    for table in shared_tables(conn)? {
        let cols = columns(conn, &table)?.join(", ");
        rows(conn, &mut out, &table, &format!("SELECT {cols} FROM {table} ORDER BY {cols}"))?;
    }
    rows(
        conn,
        &mut out,
        "index customer_names",
        "SELECT c.id, n.name, n.organisation, n.contacts FROM customer_names n JOIN customers c ON c.rowid = n.rowid
         ORDER BY 1, 2, 3, 4",
    )?;
    index_terms(conn, &mut out, "case_text", "SELECT id FROM cases WHERE rowid = v.doc")?;
    index_terms(conn, &mut out, "event_text", "SELECT id FROM events WHERE seq = v.doc")?;
    Ok(out)
}

impl Store {
    /// The canonical dump of this desk's current state (see [`dump`]).
    pub fn state_dump(&self) -> Result<String> {
        dump(self.connection())
    }
}
