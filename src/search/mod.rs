//! Global search: customers, case subjects and every conversation entry, with
//! prefix matching as you type, accents folded, phone numbers matched whatever
//! their formatting, filters, and highlighted snippets.
//!
//! The FTS5 indexes are searched first and joined afterwards, and every list is
//! bounded: a one-letter query over a million events reads one ready-made prefix
//! list in rowid order and stops after a page.

mod nearest;

use crate::msg;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cases::CaseStatus;
use crate::core::{clock, text, Error, Event, Id, Result, Store, Ts};
use crate::customers::customer;
use crate::shop::EventPayload;

/// What a search returns at most per group, and per page of entries.
const CUSTOMERS: usize = 6;
const CASES: usize = 6;
const ENTRIES_PAGE: u32 = 25;
/// Snippets show about this many characters around the first hit.
const SNIPPET_CHARS: usize = 180;

/// A piece of text, highlighted where it matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchQuery {
    pub text: String,
    #[ts(optional)]
    #[serde(default)]
    pub status: Option<CaseStatus>,
    /// Entries written by, and cases owned by, this staff member.
    #[ts(optional)]
    #[serde(default)]
    pub staff_id: Option<Id>,
    #[ts(optional)]
    #[serde(default)]
    pub from: Option<Ts>,
    #[ts(optional)]
    #[serde(default)]
    pub to: Option<Ts>,
    /// The next page of entries (customers and cases come with the first page).
    #[ts(optional)]
    #[serde(default)]
    pub cursor: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerHit {
    pub id: Id,
    pub name: Vec<Segment>,
    pub detail: String,
    pub open_cases: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseHit {
    pub id: Id,
    pub subject: Vec<Segment>,
    pub customer_name: String,
    pub status: CaseStatus,
    pub opened_at: Ts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EntryHit {
    pub event_id: Id,
    pub kind: String,
    pub at: Ts,
    pub staff_name: Option<String>,
    pub customer_id: Id,
    pub customer_name: String,
    pub case_id: Id,
    pub case_subject: String,
    pub snippet: Vec<Segment>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchResults {
    pub customers: Vec<CustomerHit>,
    pub cases: Vec<CaseHit>,
    /// Conversation entries, newest first.
    pub entries: Vec<EntryHit>,
    pub next_cursor: Option<String>,
    /// When nothing matched: searches for the nearest words the history holds
    /// ("kowalski" for "Kowalsky"), the best first.
    #[serde(default)]
    #[ts(optional, type = "Array<string>")]
    pub other_searches: Vec<String>,
}

/// Splits `text` into highlighted segments: words that start with a typed word
/// (accents and case folded) are hits. Long texts are cut to a window around the
/// first hit.
pub fn highlight(text: &str, typed: &[String], window: Option<usize>) -> Vec<Segment> {
    // Word boundaries on the original text, so the display keeps its accents.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let folded = text::fold(&text[s..i]);
                let hit = typed.iter().any(|t| folded.starts_with(t.as_str()));
                words.push((s, i, hit));
                start = None;
            }
            _ => {}
        }
    }
    let (mut from, mut to) = (0, text.len());
    if let Some(max) = window {
        if text.chars().count() > max {
            let first = words.iter().find(|w| w.2).map(|w| w.0).unwrap_or(0);
            let back = text[..first].char_indices().rev().nth(max / 4).map(|(i, _)| i).unwrap_or(0);
            from =
                text[..back].rfind(char::is_whitespace).map(|i| i + 1).filter(|_| back > 0).unwrap_or(back);
            to = text[from..].char_indices().nth(max).map(|(i, _)| from + i).unwrap_or(text.len());
            to = text[..to].rfind(char::is_whitespace).filter(|&i| i > first).unwrap_or(to);
        }
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut push = |s: &str, hit: bool| {
        if s.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.hit == hit => last.text.push_str(s),
            _ => out.push(Segment { text: s.to_owned(), hit }),
        }
    };
    if from > 0 {
        push("…", false);
    }
    let mut pos = from;
    for &(s, e, hit) in words.iter().filter(|w| w.0 >= from && w.1 <= to) {
        push(&text[pos..s], false);
        push(&text[s..e], hit);
        pos = e;
    }
    push(&text[pos..to], false);
    if to < text.len() {
        push("…", false);
    }
    out
}

/// True if every typed word is short: then ranking by relevance means nothing
/// and would read every match, so recency decides.
fn short(words: &[String]) -> bool {
    words.iter().all(|w| w.chars().count() < 3)
}

fn customers(conn: &Connection, q: &str, words: &[String]) -> Result<Vec<CustomerHit>> {
    let mut ids: Vec<String> = Vec::new();
    // Phone numbers and email addresses first: they identify one person.
    for m in crate::customers::lookup_contacts(conn, q, CUSTOMERS)? {
        if !ids.contains(&m) {
            ids.push(m);
        }
    }
    if let Some(fts) = text::prefix_query(q) {
        let order = if short(words) { "n.rowid DESC" } else { "bm25(customer_names, 10.0, 4.0, 1.0)" };
        let sql = format!(
            "SELECT c.id FROM customer_names n JOIN customers c ON c.rowid = n.rowid
             WHERE customer_names MATCH ?1 ORDER BY {order} LIMIT ?2"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        for id in stmt.query_map(params![fts, CUSTOMERS as i64], |r| r.get::<_, String>(0))? {
            let id = id?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids.truncate(CUSTOMERS);
    ids.into_iter()
        .map(|id| {
            let c = customer(conn, &id)?;
            let mut detail: Vec<String> = c.phones.iter().chain(c.emails.iter()).take(2).cloned().collect();
            if !c.organisation.is_empty() {
                detail.insert(0, c.organisation.clone());
            }
            Ok(CustomerHit {
                id: c.id,
                name: highlight(&c.name, words, None),
                detail: detail.join(" · "),
                open_cases: c.open_cases,
            })
        })
        .collect()
}

struct Filters {
    status: Option<CaseStatus>,
    staff: Option<String>,
    from: i64,
    to: i64,
}

/// Matching cases, the newest first. (Ranking short subjects by relevance
/// would read every match and order them almost at random; recency is what the
/// counter wants, and stops after a page.)
fn cases(conn: &Connection, fts: &str, words: &[String], f: &Filters) -> Result<Vec<CaseHit>> {
    let sql = "SELECT k.id, k.subject, cu.name, k.status, k.opened_at
         FROM case_text t JOIN cases k ON k.rowid = t.rowid JOIN customers cu ON cu.id = k.customer_id
         WHERE case_text MATCH ?1
           AND (?2 IS NULL OR k.status = ?2) AND (?3 IS NULL OR k.owner_id = ?3)
           AND k.opened_at >= ?4 AND k.opened_at < ?5
         ORDER BY t.rowid DESC
         LIMIT ?6";
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params![fts, f.status, f.staff, f.from, f.to, CASES as i64], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, CaseStatus>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    rows.map(|row| {
        let (id, subject, customer_name, status, opened_at) = row?;
        Ok(CaseHit {
            id,
            subject: highlight(&subject, words, None),
            customer_name,
            status,
            opened_at: clock::from_ms(opened_at),
        })
    })
    .collect()
}

fn entries(
    conn: &Connection,
    fts: &str,
    words: &[String],
    f: &Filters,
    before: i64,
) -> Result<(Vec<EntryHit>, Option<String>)> {
    // Newest first: the index is read in rowid (arrival) order and the join stops
    // after one page, however many entries match.
    let mut stmt = conn.prepare_cached(
        "SELECT t.rowid, e.id, e.kind, e.at, s.name, e.customer_id, cu.name, e.case_id, k.subject, e.payload
         FROM event_text t
         JOIN events e ON e.seq = t.rowid
         JOIN cases k ON k.id = e.case_id
         JOIN customers cu ON cu.id = e.customer_id
         LEFT JOIN staff s ON s.id = e.staff_id
         WHERE event_text MATCH ?1 AND t.rowid < ?2
           AND (?3 IS NULL OR k.status = ?3) AND (?4 IS NULL OR e.staff_id = ?4)
           AND e.at >= ?5 AND e.at < ?6
         ORDER BY t.rowid DESC
         LIMIT ?7",
    )?;
    let mut rows = stmt.query(params![fts, before, f.status, f.staff, f.from, f.to, ENTRIES_PAGE + 1])?;
    let mut hits = Vec::new();
    let mut last = None;
    let mut more = false;
    while let Some(r) = rows.next()? {
        if hits.len() == ENTRIES_PAGE as usize {
            more = true;
            break;
        }
        let payload = EventPayload::from_json(r.get_ref(9)?.as_str().map_err(rusqlite::Error::from)?)?;
        let body = payload.search_text().unwrap_or_default();
        last = Some(r.get::<_, i64>(0)?);
        hits.push(EntryHit {
            event_id: r.get(1)?,
            kind: r.get(2)?,
            at: clock::from_ms(r.get(3)?),
            staff_name: r.get(4)?,
            customer_id: r.get(5)?,
            customer_name: r.get(6)?,
            case_id: r.get(7)?,
            case_subject: r.get(8)?,
            snippet: highlight(&body, words, Some(SNIPPET_CHARS)),
        });
    }
    Ok((hits, more.then(|| last.map(|l| l.to_string())).flatten()))
}

impl Store {
    /// Searches customers, case subjects and every conversation entry. Never an
    /// error for what was typed: search syntax and symbols are plain text.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let words: Vec<String> = text::words(&q.text).into_iter().take(16).collect();
        let digits = q.text.chars().filter(char::is_ascii_digit).count();
        if words.is_empty() && digits < 3 {
            return Ok(SearchResults::default());
        }
        if let (Some(from), Some(to)) = (q.from, q.to) {
            if to <= from {
                return Err(Error::invalid("to", msg!("error-search-date-range-ends-before-starts")));
            }
        }
        let f = Filters {
            status: q.status,
            staff: q.staff_id.clone(),
            from: q.from.map(clock::to_ms).unwrap_or(i64::MIN),
            to: q.to.map(clock::to_ms).unwrap_or(i64::MAX),
        };
        let before = match q.cursor.as_deref().filter(|c| !c.is_empty()) {
            Some(c) => c.parse::<i64>().map_err(|_| {
                Error::invalid("cursor", msg!("error-search-page-position-valid-search-again"))
            })?,
            None => i64::MAX,
        };
        let first_page = before == i64::MAX;
        let fts = text::prefix_query(&q.text);
        let filtered = f.status.is_some() || f.staff.is_some() || q.from.is_some() || q.to.is_some();
        let mut out = SearchResults::default();
        if first_page && !filtered {
            out.customers = customers(self.connection(), &q.text, &words)?;
        }
        if let Some(fts) = fts {
            if first_page {
                out.cases = cases(self.connection(), &fts, &words, &f)?;
            }
            (out.entries, out.next_cursor) = entries(self.connection(), &fts, &words, &f, before)?;
        }
        if first_page && out.customers.is_empty() && out.cases.is_empty() && out.entries.is_empty() {
            out.other_searches = nearest::other_searches(self.connection(), &words)?;
        }
        Ok(out)
    }

    /// The same query as [`Store::search`] for entries, on the bare index: no
    /// joins, no snippets. The floor the benchmark compares against.
    pub fn search_floor(&self, text: &str) -> Result<usize> {
        let Some(fts) = text::prefix_query(text) else { return Ok(0) };
        let mut n = 0;
        for sql in [
            "SELECT rowid FROM customer_names WHERE customer_names MATCH ?1 LIMIT 6",
            "SELECT rowid FROM case_text WHERE case_text MATCH ?1 LIMIT 6",
            "SELECT rowid FROM event_text WHERE event_text MATCH ?1 ORDER BY rowid DESC LIMIT 26",
        ] {
            let mut stmt = self.connection().prepare_cached(sql)?;
            n += stmt.query_map([&fts], |r| r.get::<_, i64>(0))?.count();
        }
        Ok(n)
    }

    /// What the help desks that fall over at scale do: `LIKE '%term%'` over the
    /// same text. For the benchmark's comparison only.
    pub fn search_like(&self, text: &str) -> Result<usize> {
        let Some(word) = text::words(text).into_iter().max_by_key(|w| w.len()) else { return Ok(0) };
        let like = format!("%{word}%");
        let mut n = 0;
        for sql in [
            "SELECT id FROM customers WHERE merged_into IS NULL AND (name LIKE ?1 OR organisation LIKE ?1) LIMIT 6",
            "SELECT id FROM cases WHERE subject LIKE ?1 LIMIT 6",
            "SELECT id FROM events WHERE json_extract(payload, '$.body') LIKE ?1 ORDER BY seq DESC LIMIT 26",
        ] {
            let mut stmt = self.connection().prepare_cached(sql)?;
            n += stmt.query_map([&like], |r| r.get::<_, String>(0))?.count();
        }
        Ok(n)
    }
}

/// How many events the search index holds, for tests that check it keeps in step.
#[cfg(feature = "test-hooks")]
pub fn indexed_events(conn: &Connection) -> Result<i64> {
    use rusqlite::OptionalExtension;
    Ok(conn.query_row("SELECT count(*) FROM event_text", [], |r| r.get(0)).optional()?.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        text::words(s)
    }

    fn marked(segments: &[Segment]) -> String {
        segments.iter().map(|s| if s.hit { format!("[{}]", s.text) } else { s.text.clone() }).collect()
    }

    #[test]
    fn hits_are_marked_on_the_original_text_with_accents() {
        let s = highlight("José García called about the brakes", &words("jose bra"), None);
        assert_eq!(marked(&s), "[José] García called about the [brakes]");
    }

    #[test]
    fn long_text_is_cut_around_the_first_hit() {
        let text =
            format!("{} the brake pads are glazed {}", "intro words ".repeat(40), "and more ".repeat(40));
        let s = marked(&highlight(&text, &words("glazed"), Some(60)));
        assert!(s.starts_with('…') && s.ends_with('…'), "both ends are cut: {s}");
        assert!(s.contains("[glazed]"), "the hit is in the window: {s}");
        assert!(s.chars().count() < 120, "about the window's size: {s}");
    }

    #[test]
    fn markup_in_text_is_just_text_in_segments() {
        let s = highlight("<b>loud</b> squeal", &words("squeal"), None);
        assert_eq!(s[0].text, "<b>loud</b> ", "segments carry raw text; the UI renders them as text");
    }
}
