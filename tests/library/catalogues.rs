//! The message catalogues (`locales/<lang>/app.ftl` for the library and the
//! shell, `locales/<lang>/ui.ftl` for the window): every message in every
//! language, with the same values, and every message used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use casebook::Lang;
use fluent_syntax::ast;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A catalogue's messages (and terms, written `-name`), each with the
/// variables it uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_in_inline(arg, out);
            }
            for arg in &arguments.named {
                variables_in_inline(&arg.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

/// Reads one catalogue; a syntax error fails with its file and line.
fn read(path: &Path) -> Catalogue {
    let source =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| format!("line {}: {:?}", source[..e.pos.start].lines().count(), e.kind))
                .collect();
            panic!("{} has Fluent syntax errors; fix them:\n{}", path.display(), lines.join("\n"));
        }
    };
    let mut out = Catalogue::new();
    for entry in &resource.body {
        let (name, value) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref()),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(pattern) = value {
            variables_in_pattern(pattern, &mut vars);
        }
        assert!(
            out.insert(name.clone(), vars).is_none(),
            "{}: '{name}' is defined twice; keep one",
            path.display()
        );
    }
    out
}

/// Every language's copy of one catalogue (`app.ftl` or `ui.ftl`), if any exists.
fn catalogues(file: &str) -> Vec<(Lang, PathBuf, Catalogue)> {
    Lang::ALL
        .iter()
        .map(|lang| (*lang, root().join("locales").join(lang.code()).join(file)))
        .filter(|(_, path)| path.exists())
        .map(|(lang, path)| {
            let catalogue = read(&path);
            (lang, path, catalogue)
        })
        .collect()
}

/// Every language has every message of English, no others, with the same values.
fn check_languages_agree(file: &str) -> Vec<String> {
    let all = catalogues(file);
    let mut problems = Vec::new();
    let Some((_, _, english)) = all.iter().find(|(lang, ..)| *lang == Lang::En) else {
        if !all.is_empty() {
            problems
                .push(format!("locales/en/{file} is missing: English is the language every other follows"));
        }
        return problems;
    };
    for lang in Lang::ALL {
        if !all.iter().any(|(l, ..)| *l == lang) {
            problems.push(format!(
                "locales/{}/{file} is missing: copy locales/en/{file} and translate it",
                lang.code()
            ));
        }
    }
    for (lang, _, catalogue) in &all {
        let code = lang.code();
        for (key, vars) in english {
            match catalogue.get(key) {
                None => problems.push(format!("'{key}' is missing in locales/{code}/{file}: translate it from English")),
                Some(theirs) if theirs != vars => problems.push(format!(
                    "'{key}' in locales/{code}/{file} uses {theirs:?}, English uses {vars:?}: use the same values"
                )),
                Some(_) => {}
            }
        }
        for key in catalogue.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!(
                "'{key}' is in locales/{code}/{file} but not in English: remove it, or add it to locales/en/{file}"
            ));
        }
    }
    problems
}

/// The text of every source file under `dirs` with one of `extensions`,
/// leaving out tests.
fn sources(dirs: &[&str], extensions: &[&str]) -> String {
    fn walk(dir: &Path, extensions: &[&str], out: &mut String) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if path.is_dir() {
                if name != "node_modules" && name != "tests" && name != "__tests__" {
                    walk(&path, extensions, out);
                }
            } else if extensions.iter().any(|e| name.ends_with(e))
                && !name.contains(".test.")
                && !name.contains(".spec.")
            {
                out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                out.push('\n');
            }
        }
    }
    let mut out = String::new();
    for dir in dirs {
        walk(&root().join(dir), extensions, &mut out);
    }
    out
}

/// The prefixes of keys the code builds from a template (`reports-series-${key}`
/// in the UI): a key with such a prefix counts as used.
fn template_prefixes(code: &str) -> Vec<String> {
    code.split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|template| {
            let (prefix, _) = template.split_once("${")?;
            let ok = prefix.len() > 2
                && prefix.ends_with('-')
                && prefix.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            ok.then(|| prefix.to_owned())
        })
        .collect()
}

/// Every key of English appears as a string literal in the code that shows it
/// (or starts with the fixed part of a key the code builds from a template).
fn check_used(file: &str, code: &str, where_: &str) -> Vec<String> {
    let path = root().join("locales/en").join(file);
    if !path.exists() {
        return Vec::new();
    }
    let prefixes = template_prefixes(code);
    read(&path)
        .keys()
        .filter(|key| !key.starts_with('-'))
        .filter(|key| !prefixes.iter().any(|p| key.starts_with(p.as_str())))
        .filter(|key| !code.contains(&format!("\"{key}\"")) && !code.contains(&format!("'{key}'")))
        .map(|key| format!("'{key}' in locales/*/{file} is used nowhere in {where_}: use it, or remove it from every language"))
        .collect()
}

fn report(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problem(s) with the catalogues:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_library_message_is_in_every_language_with_the_same_values() {
    report(check_languages_agree("app.ftl"));
}

#[test]
fn every_window_message_is_in_every_language_with_the_same_values() {
    report(check_languages_agree("ui.ftl"));
}

#[test]
fn every_library_message_is_used() {
    let code = sources(&["src", "src-tauri/src"], &[".rs"]);
    report(check_used("app.ftl", &code, "src/ or src-tauri/src/"));
}

#[test]
fn every_window_message_is_used() {
    let code = sources(&["ui/src"], &[".ts", ".svelte", ".js"]);
    report(check_used("ui.ftl", &code, "ui/src/"));
}

/// The keys the code names with `msg!("key", …)` or `Msg::new("key")`,
/// comments left out.
fn keys_named(code: &str) -> BTreeSet<String> {
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| [line, "\n"])
        .collect();
    let mut out = BTreeSet::new();
    for opener in ["msg!(", "Msg::new("] {
        for (at, _) in code.match_indices(opener) {
            let rest = code[at + opener.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else { continue };
            let key: String = rest.chars().take_while(|c| *c != '"').collect();
            if !key.is_empty()
                && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                out.insert(key);
            }
        }
    }
    out
}

#[test]
fn every_message_the_library_names_is_in_the_catalogue() {
    let code = sources(&["src", "src-tauri/src"], &[".rs"]);
    let named = keys_named(&code);
    assert!(named.len() > 500, "the scan finds the library's messages ({} found)", named.len());
    let english = read(&root().join("locales/en/app.ftl"));
    // The unit test of what a key missing from every catalogue shows.
    let on_purpose = ["no-such-key"];
    let problems: Vec<String> = named
        .iter()
        .filter(|key| !english.contains_key(*key) && !on_purpose.contains(&key.as_str()))
        .map(|key| {
            format!("'{key}' is named in src/ but is in no catalogue: add it to locales/*/app.ftl in every language")
        })
        .collect();
    report(problems);
}
