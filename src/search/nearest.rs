//! When a search finds nothing, the nearest words the shop's history holds:
//! a typo ("Kowalsky", "wobles") is offered as what the history has
//! ("Kowalski", "wobbles"). Candidates are the words of the three search
//! indexes (FTS5 vocabulary tables) that begin with the same two letters and
//! are at most one edit away (two for words of seven letters or more), the
//! most used first; reading them is a range of one sorted list, so it stays
//! within the search's time budget on a large shop.

use rusqlite::{params, Connection};

use crate::core::Result;

/// How many other searches are offered at most.
const OFFERED: usize = 3;
/// Words shorter than this are not corrected: too many neighbours.
const SHORTEST: usize = 4;
/// Candidates read per typed word and index, at most.
const READ: i64 = 5_000;

/// Edits (insert, delete, change, swap of two neighbours) between two words.
fn distance(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[n][m]
}

/// The history's nearest word to `word` (folded as the indexes fold it), if
/// one is close enough: the fewest edits, then the most used.
fn nearest(conn: &Connection, word: &str) -> Result<Option<String>> {
    let typed: Vec<char> = word.chars().collect();
    if typed.len() < SHORTEST || typed.iter().any(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let most = if typed.len() >= 7 { 2 } else { 1 };
    let start: String = typed[..2].iter().collect();
    let end = format!("{start}\u{10ffff}");
    let mut best: Option<(usize, i64, String)> = None;
    for table in ["customer_terms", "case_terms", "event_terms"] {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT term, doc FROM {table} WHERE term >= ?1 AND term < ?2 LIMIT ?3"
        ))?;
        let mut rows = stmt.query(params![start, end, READ])?;
        while let Some(r) = rows.next()? {
            let term: String = r.get(0)?;
            let chars: Vec<char> = term.chars().collect();
            if chars.len().abs_diff(typed.len()) > most || chars == typed {
                continue;
            }
            let edits = distance(&typed, &chars);
            if edits == 0 || edits > most {
                continue;
            }
            let docs: i64 = r.get(1)?;
            let better = match &best {
                None => true,
                Some((e, d, t)) => (edits, -docs, &term) < (*e, -*d, t),
            };
            if better {
                best = Some((edits, docs, term));
            }
        }
    }
    Ok(best.map(|(_, _, term)| term))
}

/// Other searches to offer for `words` (as the indexes fold them) that found
/// nothing: each typed word that the history does not hold, replaced by its
/// nearest neighbour. The whole corrected search comes first, then one word
/// corrected at a time.
pub fn other_searches(conn: &Connection, words: &[String]) -> Result<Vec<String>> {
    let mut fixed: Vec<Option<String>> = Vec::with_capacity(words.len());
    for word in words {
        // Words are searched as the start of a word: one that starts a word
        // the history holds is not a typo.
        let end = format!("{word}\u{10ffff}");
        let mut held = false;
        for table in ["customer_terms", "case_terms", "event_terms"] {
            held = held
                || conn
                    .prepare_cached(&format!(
                        "SELECT EXISTS (SELECT 1 FROM {table} WHERE term >= ?1 AND term < ?2)"
                    ))?
                    .query_row(params![word, end], |r| r.get(0))?;
        }
        fixed.push(if held { None } else { nearest(conn, word)? });
    }
    let mut out: Vec<String> = Vec::new();
    let all: Vec<String> =
        words.iter().zip(&fixed).map(|(w, f)| f.clone().unwrap_or_else(|| w.clone())).collect();
    if fixed.iter().any(Option::is_some) {
        out.push(all.join(" "));
    }
    if fixed.iter().filter(|f| f.is_some()).count() > 1 {
        for (i, f) in fixed.iter().enumerate() {
            if let Some(f) = f {
                let mut one = words.to_vec();
                one[i] = f.clone();
                out.push(one.join(" "));
            }
        }
    }
    out.dedup();
    out.truncate(OFFERED);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::distance;

    fn d(a: &str, b: &str) -> usize {
        distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>())
    }

    #[test]
    fn edits_count_a_swap_of_neighbours_as_one() {
        assert_eq!(d("kowalsky", "kowalski"), 1);
        assert_eq!(d("wobles", "wobbles"), 1);
        assert_eq!(d("chian", "chain"), 1, "two letters swapped");
        assert_eq!(d("brake", "brake"), 0);
        assert_eq!(d("spoke", "smoke"), 1);
        assert_eq!(d("abc", "xyz"), 3);
    }
}
