//! The UI's typed wrappers, written from the command declarations: one file per
//! feature in `ui/src/lib/api/`, each a map from camelCase names to calls.

use super::{all, CommandInfo};

/// Names the TypeScript language or `types.ts` does not define.
const BUILT_IN: &[&str] = &["Array", "Record", "Partial"];

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The type names a TypeScript type refers to (`Array<CaseSummary>` -> `CaseSummary`).
fn type_names(ts: &str) -> Vec<String> {
    ts.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        .filter(|w| !BUILT_IN.contains(w))
        .map(str::to_owned)
        .collect()
}

fn wrapper(c: &CommandInfo) -> String {
    let params: Vec<String> = c
        .args
        .iter()
        .map(|a| match a.default {
            Some(d) => format!("{}: {} = {d}", a.name, a.ts),
            None => format!("{}: {}", a.name, a.ts),
        })
        .collect();
    let args = if c.args.is_empty() {
        String::new()
    } else {
        format!(", {{ {} }}", c.args.iter().map(|a| a.name).collect::<Vec<_>>().join(", "))
    };
    let doc = if c.doc.is_empty() { String::new() } else { format!("  /** {} */\n", c.doc) };
    format!("{doc}  {}: ({}) => call<{}>('{}'{args}),\n", camel(c.name), params.join(", "), c.returns, c.name)
}

/// The TypeScript module for one feature's commands.
pub fn feature_module(feature: &str) -> String {
    let commands: Vec<CommandInfo> = all().into_iter().filter(|c| c.feature == feature).collect();
    let mut types: Vec<String> = commands
        .iter()
        .flat_map(|c| c.args.iter().map(|a| a.ts.clone()).chain([c.returns.clone()]))
        .flat_map(|t| type_names(&t))
        .collect();
    types.sort();
    types.dedup();
    let uses_page = commands.iter().any(|c| c.args.iter().any(|a| a.default == Some("PAGE")));
    let mut out = format!(
        "// Generated from src-tauri/src/commands/{feature}.rs by `make bindings`. Do not edit by hand:\n\
         // declare a command there and run `make bindings`.\n\n\
         import {{ call{} }} from './call';\n",
        if uses_page { ", PAGE" } else { "" }
    );
    if !types.is_empty() {
        out.push_str(&format!("import type {{ {} }} from './types';\n", types.join(", ")));
    }
    out.push_str(&format!("\nexport const {feature} = {{\n"));
    for c in &commands {
        out.push_str(&wrapper(c));
    }
    out.push_str("};\n");
    out
}

/// `ui/src/lib/api/commands.ts`: every feature's wrappers as one object, so
/// a new feature's commands reach `api` without a hand-written list.
pub fn commands_module() -> String {
    let mut out = String::from(
        "// Generated from the shell's command declarations by src-tauri/tests/ipc.rs.\n\
         // Do not edit by hand: run `make bindings` after declaring a command.\n\n",
    );
    for feature in features() {
        out.push_str(&format!("import {{ {feature} }} from './{feature}';\n"));
    }
    out.push_str("\n/** Every command's typed wrapper, from every feature. */\nexport const commands = {\n");
    for feature in features() {
        out.push_str(&format!("  ...{feature},\n"));
    }
    out.push_str("};\n");
    out
}

/// Every feature that declares commands, in a stable order.
pub fn features() -> Vec<&'static str> {
    let mut f: Vec<&'static str> = all().iter().map(|c| c.feature).collect();
    f.sort();
    f.dedup();
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_camel_case() {
        assert_eq!(camel("customer_timeline"), "customerTimeline", "the UI's spelling of a command");
        assert_eq!(camel("queue"), "queue");
    }

    #[test]
    fn referenced_types_are_found_inside_generics() {
        assert_eq!(
            type_names("Array<CaseSummary> | null"),
            vec!["CaseSummary"],
            "arrays and nulls are not imported"
        );
    }
}
