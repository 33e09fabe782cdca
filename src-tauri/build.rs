// Declares Casebook's own commands to Tauri's access control. The commands are
// read from their one declaration each, in src/commands/*.rs (the lines that
// start with read, write, act, pure or app inside a `commands!` block): with
// an app manifest, a command not listed is refused, and the capability file
// (capabilities/main.json, written here) grants exactly these to the main
// window. A test checks the list against the commands the app registers.

use std::path::Path;

const KINDS: &[&str] = &["read", "write", "act", "pure", "app"];

fn command_names() -> Vec<String> {
    let dir = Path::new("src/commands");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("src/commands can be read")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rs") && p.file_name().is_some_and(|n| n != "mod.rs"))
        .collect();
    files.sort();
    let mut names = Vec::new();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(&file).expect("a command file can be read");
        for line in text.lines() {
            let mut words = line.split_whitespace();
            let (Some(kind), Some(rest)) = (words.next(), words.next()) else { continue };
            if !KINDS.contains(&kind) {
                continue;
            }
            let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
            if !name.is_empty() && rest[name.len()..].starts_with('(') {
                names.push(name);
            }
        }
    }
    names
}

fn capability(names: &[String]) -> String {
    let mut permissions = vec!["core:event:allow-listen".to_owned(), "core:event:allow-unlisten".to_owned()];
    permissions.extend(names.iter().map(|n| format!("allow-{}", n.replace('_', "-"))));
    let list = permissions.iter().map(|p| format!("    \"{p}\"")).collect::<Vec<_>>().join(",\n");
    format!(
        "{{\n  \"$schema\": \"../gen/schemas/desktop-schema.json\",\n  \"identifier\": \"main\",\n  \"description\": \"The main window may call Casebook's own commands and listen to its events; nothing else (no shell, file system, HTTP or other plugin). Written by build.rs from src/commands.\",\n  \"windows\": [\n    \"main\"\n  ],\n  \"permissions\": [\n{list}\n  ]\n}}\n"
    )
}

fn main() {
    let names = command_names();
    let capability_path = Path::new("capabilities/main.json");
    let fresh = capability(&names);
    if std::fs::read_to_string(capability_path).ok().as_deref() != Some(fresh.as_str()) {
        std::fs::write(capability_path, fresh).expect("capabilities/main.json can be written");
    }
    let names: &'static [&'static str] = Box::leak(
        names.into_iter().map(|n| &*Box::leak(n.into_boxed_str())).collect::<Vec<&str>>().into_boxed_slice(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("the Tauri build step failed");
}
