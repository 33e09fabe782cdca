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

/// Which top-level modules each library module uses (`crate::x`).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut list = Vec::new();
    files(&Path::new(ROOT).join("src"), &["rs"], &mut list);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in list {
        let Some(module) = module_of(&path) else { continue };
        let text = std::fs::read_to_string(&path).unwrap();
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
