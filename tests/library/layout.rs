//! The layout the code promises (ARCHITECTURE.md): one folder per feature,
//! no two modules importing each other directly or round a loop, a core that
//! knows no feature, and no source file too long to read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The longest a source file may be (generated files aside).
const MAX_LINES: usize = 600;

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, exts, out);
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.contains(&e)) {
            out.push(path);
        }
    }
}

/// The library's top-level module a file belongs to (`src/tell/brief.rs` ->
/// `tell`); the crate root and the CLI are not modules of the library.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(Path::new(ROOT).join("src")).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    match first.as_str() {
        "lib.rs" | "bin" => None,
        f => Some(f.trim_end_matches(".rs").to_owned()),
    }
}

/// Each of the library's source files, as (its top-level module, its text).
fn library_sources() -> Vec<(String, String)> {
    let mut list = Vec::new();
    files(&Path::new(ROOT).join("src"), &["rs"], &mut list);
    list.iter().filter_map(|path| Some((module_of(path)?, std::fs::read_to_string(path).unwrap()))).collect()
}

/// Which top-level modules each library module uses (`crate::x`).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in library_sources() {
        let uses = graph.entry(module.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let rest = &text[i + "crate::".len()..];
            let target: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !target.is_empty() && target != module {
                uses.insert(target);
            }
        }
    }
    graph
}

/// A loop among the modules, if there is one.
fn find_loop(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_two_modules_import_each_other_round_a_loop() {
    let graph = imports();
    assert!(graph.len() >= 10, "the feature folders are all read: {:?}", graph.keys());
    assert_eq!(find_loop(&graph), None, "an import loop between the library's modules");
}

#[test]
fn the_loop_finder_finds_a_loop() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_loop(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]),
        "a -> b -> c -> a"
    );
}

#[test]
fn the_core_knows_no_feature() {
    let graph = imports();
    let core = graph.get("core").expect("the core module is read");
    assert!(core.is_empty(), "the core imports features: {core:?}");
}

#[test]
fn no_source_file_is_over_six_hundred_lines() {
    let mut list = Vec::new();
    for dir in ["src", "src-tauri/src", "ui/src"] {
        files(&Path::new(ROOT).join(dir), &["rs", "ts", "svelte"], &mut list);
    }
    let generated = Path::new(ROOT).join("ui/src/lib/api/types.ts");
    let long: Vec<String> = list
        .iter()
        .filter(|p| **p != generated)
        .filter_map(|p| {
            let n = std::fs::read_to_string(p).ok()?.lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", p.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these files by what they do: {long:?}");
}

/// Every table with a `customer_id` column: either some feature declares it
/// (`Feature::customer_tables`, moved in a merge and forgotten before a
/// customer's events are applied again), or it is one of these, each looked
/// after by hand for the reason given. A new table that names a customer
/// fails here until its feature says what happens to it.
const TABLES_KEPT_BY_HAND: &[(&str, &str)] = &[
    ("events", "the log itself: never forgotten, read again"),
    ("forgotten", "privacy's record of who was forgotten: outlives the customer on purpose"),
    ("created_ids", "the shop's record of which event created an id, in the one order"),
    ("part_links", "the shop's record of which customers are applied together"),
    ("cases", "cases' own also_move and also_forget (search words, drafts)"),
    ("customer_contacts", "customers' own also_forget; a merge absorbs them"),
    ("expectations", "customers' own also_forget; a merge absorbs them"),
];

#[test]
fn every_table_that_names_a_customer_is_declared_by_a_feature() {
    let store = casebook::Store::open_in_memory().unwrap();
    let tables: Vec<String> = store
        .connection()
        .prepare(
            "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND p.name = 'customer_id' ORDER BY 1",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.len() > 10, "the schema is read: {tables:?}");
    let declared: Vec<(&str, &str)> = casebook::shop::FEATURES
        .iter()
        .flat_map(|f| f.customer_tables.iter().map(move |t| (*t, f.name)))
        .collect();
    let problems: Vec<String> = tables
        .iter()
        .filter(|t| !declared.iter().any(|(d, _)| d == t) && !TABLES_KEPT_BY_HAND.iter().any(|(k, _)| k == t))
        .map(|t| {
            format!("table '{t}' names a customer but no feature declares it: add it to its feature's `FEATURE.customer_tables` (moved in a merge, forgotten before re-deriving), or say here why it is kept by hand")
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (table, feature) in &declared {
        assert!(
            tables.iter().any(|t| t == table),
            "{feature} declares '{table}', which has no customer_id column"
        );
        assert_eq!(
            declared.iter().filter(|(t, _)| t == table).count(),
            1,
            "'{table}' is declared by one feature only"
        );
    }
}

/// Tables no feature owns: the log and what the whole shop keeps, each with
/// the modules that write it and why.
const TABLES_OF_THE_WHOLE: &[(&str, &[&str], &str)] = &[
    ("events", &["core", "shop"], "the log; forgetting a customer takes their words out of it"),
    ("event_text", &["core", "shop"], "the log's search index, kept with it"),
    ("event_terms", &[], "the words of the log's index (read only)"),
    ("set_aside", &["core"], "events this desk could not apply"),
    ("created_ids", &["core"], "which event created an id, in the one order"),
    ("part_links", &["core"], "which customers are applied together"),
    ("schema_migrations", &["core"], "the migrations applied"),
    ("meta", &["core", "cases", "hours", "shop", "staff", "sync"], "this desk's own notes, one key each"),
    ("settings", &["core", "learn", "replies", "shop", "staff"], "the shop's settings, one key each"),
    ("due_alarms", &["shop"], "which due times this desk has raised"),
    ("forgetting", &["shop"], "a forget under way"),
    ("forgotten", &["shop"], "who was forgotten"),
    ("forgotten_files", &["shop"], "files of forgotten customers still to delete"),
    ("carried", &["data", "shop", "sync"], "events brought from elsewhere, sent as such"),
    ("file_sync", &["sync"], "which files the shop's server has"),
];

/// Every table of the library's modules they write to (`INSERT INTO t`,
/// `UPDATE t`, `DELETE FROM t`), their tests left out.
fn writers() -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in library_sources() {
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
        let words: Vec<&str> = code
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect();
        for (i, w) in words.iter().enumerate() {
            let table = match (*w, words.get(i + 1), words.get(i + 2)) {
                ("INSERT", Some(&"INTO"), Some(t)) | ("DELETE", Some(&"FROM"), Some(t)) => t,
                ("INSERT", Some(&"OR"), _) => match (words.get(i + 3), words.get(i + 4)) {
                    (Some(&"INTO"), Some(t)) => t,
                    _ => continue,
                },
                ("UPDATE", Some(t), Some(&"SET")) => t,
                _ => continue,
            };
            out.entry((*table).to_owned()).or_default().insert(module.clone());
        }
    }
    out
}

/// Each table has one keeper: a feature that declares it (`Feature::tables`)
/// and alone writes it, others asking that feature (a case's clock is
/// written by `cases`, with `hours`' arithmetic), or the whole shop for the
/// few tables listed above.
#[test]
fn every_table_has_one_keeper_and_only_its_keeper_writes_it() {
    let store = casebook::Store::open_in_memory().unwrap();
    let tables: Vec<String> = store
        .connection()
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<Vec<String>, _>>()
        .unwrap()
        .into_iter()
        // FTS5's own shadow tables belong to their index.
        .filter(|t| !["_data", "_idx", "_docsize", "_config", "_content"].iter().any(|s| t.ends_with(s)))
        .collect();
    assert!(tables.len() > 30, "the schema is read: {tables:?}");
    let mut keepers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for f in casebook::shop::FEATURES {
        for t in f.tables {
            keepers.entry(t).or_default().push(f.name);
        }
        for t in f.customer_tables {
            assert!(
                f.tables.contains(t),
                "{} moves '{t}' with its customers but does not declare it its own",
                f.name
            );
        }
    }
    for (t, _, _) in TABLES_OF_THE_WHOLE {
        keepers.entry(t).or_default().push("the whole shop");
    }
    let mut problems = Vec::new();
    for t in &tables {
        match keepers.get(t.as_str()).map(Vec::as_slice) {
            Some([_]) => {}
            None | Some([]) => {
                problems.push(format!("table '{t}' has no keeper: add it to its feature's `FEATURE.tables`"))
            }
            Some(many) => problems.push(format!("table '{t}' is declared by {many:?}: one keeper only")),
        }
    }
    for t in keepers.keys() {
        if !tables.iter().any(|x| x == t) {
            problems.push(format!("'{t}' is declared but the schema has no such table"));
        }
    }
    let written = writers();
    let by = |t: &str| written.get(t).map(|m| m.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(by("cases"), Some(vec!["cases"]), "the scan sees the cases feature write its table");
    assert_eq!(by("mail_raw"), Some(vec!["mail"]), "and an INSERT OR IGNORE");
    for (table, modules) in written {
        let allowed: Vec<&str> = match TABLES_OF_THE_WHOLE.iter().find(|(t, _, _)| *t == table) {
            Some((_, writers, _)) => writers.to_vec(),
            None => casebook::shop::FEATURES
                .iter()
                .filter(|f| f.tables.contains(&table.as_str()))
                .map(|f| f.name)
                .collect(),
        };
        if allowed.is_empty() && !tables.contains(&table) {
            continue; // a word after INSERT INTO in a comment or a message, not a table
        }
        for m in modules.iter().filter(|m| !allowed.contains(&m.as_str())) {
            problems.push(format!("{m} writes '{table}', kept by {allowed:?}: ask its keeper instead"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
