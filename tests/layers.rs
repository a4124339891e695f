//! The layers of the house, held by a test: each part of `src/` may use only the parts below it.
//!
//! ```text
//! main, cli, commands   may use everything
//! ui                    app, model, i18n
//! app                   model, store, import, export, i18n, config
//! export                model, i18n, whole_file
//! i18n                  model
//! store                 model, whole_file
//! import, config        model
//! model, whole_file     nothing (and no circle among the model's own files)
//! ```
//!
//! The test reads every file under `src/`, takes the paths it names (`use crate::…`,
//! `crate::…::` in code, and `super::…` where that leaves a part), and fails on a path into a part
//! the file's part may not use. Test modules at the end of a file (`#[cfg(test)]`) are left out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What each part may use, besides itself.
fn allowed(part: &str) -> Option<&'static [&'static str]> {
    Some(match part {
        "model" | "whole_file" => &[],
        "store" => &["model", "whole_file"],
        "import" | "config" => &["model"],
        "i18n" => &["model"],
        "export" => &["model", "i18n", "whole_file"],
        "app" => &["model", "store", "import", "export", "i18n", "config"],
        "ui" => &["app", "model", "i18n"],
        // The top: the command line, its commands, the binary and the crate's root.
        "main" | "cli" | "commands" | "lib" => return None,
        other => panic!("src/ has a part the layer rule does not know: {other}; add it to the table"),
    })
}

const PARTS: &[&str] =
    &["model", "whole_file", "store", "import", "config", "i18n", "export", "app", "ui", "commands", "cli"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The part a file belongs to: `src/app/forms/person.rs` is in `app`, `src/cli.rs` in `cli`.
fn part_of(rel: &Path) -> String {
    let first = rel.components().next().expect("a path").as_os_str().to_string_lossy().into_owned();
    first.strip_suffix(".rs").unwrap_or(&first).to_owned()
}

/// The code of a file without its test module and its comments.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| match l.find("//") {
            // A `//` inside a string (a URL) is rare in these files; comments are what matter.
            Some(at) if !l[..at].contains('"') => &l[..at],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first segment after each `crate::` in `code` (`crate::store::load` names `store`).
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        // `$crate::` in a macro is the macro's own crate path, resolved where it is written.
        if at > 0 && code.as_bytes()[at - 1] == b'$' {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if !name.is_empty() {
            out.insert(name);
        }
        // `use crate::{a, b}` names several.
        if let Some(list) = rest.strip_prefix('{') {
            let inner = list.split('}').next().unwrap_or_default();
            for item in inner.split(',') {
                let name: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

/// The module a file is (`app/forms/person.rs` is `app::forms::person`, `app/mod.rs` is `app`).
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if let Some(last) = parts.pop() {
        let stem = last.strip_suffix(".rs").unwrap_or(&last).to_owned();
        if !matches!(stem.as_str(), "mod" | "lib" | "main") {
            parts.push(stem);
        }
    }
    parts
}

/// The parts a file names through `super::` chains that climb to the crate's root
/// (`super::super::ui` from `app/forms/person.rs` names `ui`).
fn root_super_paths(rel: &Path, code: &str) -> BTreeSet<String> {
    let module = module_path(rel);
    let mut out = BTreeSet::new();
    let mut at = 0;
    while let Some(found) = code[at..].find("super::") {
        let start = at + found;
        // The whole chain starts here only if no `super::` comes right before it.
        let mut rest = &code[start..];
        let mut climbs = 0;
        while let Some(after) = rest.strip_prefix("super::") {
            climbs += 1;
            rest = after;
        }
        at = start + "super::".len() * climbs;
        if climbs >= module.len() {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn each_part_uses_only_the_parts_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let part = part_of(rel);
        let Some(may) = allowed(&part) else { continue };
        let code = code(&std::fs::read_to_string(file).expect("readable"));
        let named = crate_paths(&code).into_iter().chain(root_super_paths(rel, &code));
        for used in named.filter(|n| PARTS.contains(&n.as_str()) && *n != part) {
            if !may.contains(&used.as_str()) {
                wrong.push(format!("src/{} ({part}) uses {used}", rel.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "paths across the layers:\n{}", wrong.join("\n"));
}

#[test]
fn the_files_of_the_model_form_no_circle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let name = |p: &Path| p.file_stem().expect("a name").to_string_lossy().into_owned();
    let modules: BTreeSet<String> = files.iter().map(|p| name(p)).filter(|n| n != "mod" && n != "tests").collect();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut wrong = Vec::new();
    for file in &files {
        let me = name(file);
        if me == "mod" || me == "tests" {
            continue;
        }
        let code = code(&std::fs::read_to_string(file).expect("readable"));
        // A model file names its siblings by their module (`super::records::Person`), so the
        // graph of files can be drawn; a path through the model's re-exports hides it.
        if code.contains("crate::model::") {
            wrong.push(format!("src/model/{me}.rs names crate::model::…; write super::<file>::… instead"));
        }
        let named: BTreeSet<String> = code
            .match_indices("super::")
            .map(|(at, _)| code[at + 7..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
            .filter(|n: &String| modules.contains(n) && *n != me)
            .collect();
        uses.insert(me, named);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Depth-first search for a way back to where it started.
    fn visit(
        m: &str,
        uses: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut circle = path[at..].to_vec();
            circle.push(m.to_owned());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_owned());
        for next in uses.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, uses, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for m in uses.keys() {
        if let Some(circle) = visit(m, &uses, &mut Vec::new(), &mut done) {
            panic!("the model's files form a circle: {}", circle.join(" -> "));
        }
    }
    assert!(uses.values().any(|u| !u.is_empty()), "the test sees the model's files naming each other");
}

#[test]
fn the_layer_test_sees_a_path_across_the_layers() {
    // The reader must find what a real violation would look like, or the test above proves nothing.
    let code = code("use crate::ui::theme;\nfn f() { crate::store::load(p); } // crate::app in a comment");
    assert_eq!(crate_paths(&code), BTreeSet::from(["store".to_owned(), "ui".to_owned()]));
    assert_eq!(crate_paths("use crate::{app, model::Workbook};"), BTreeSet::from(["app".into(), "model".into()]));
    let rel = Path::new("model/mod.rs");
    assert_eq!(root_super_paths(rel, "use super::store;"), BTreeSet::from(["store".to_owned()]));
    let deep = Path::new("app/forms/person.rs");
    assert_eq!(root_super_paths(deep, "use super::super::form::Field;"), BTreeSet::new(), "still inside app");
    assert_eq!(root_super_paths(deep, "use super::super::super::ui::theme;"), BTreeSet::from(["ui".to_owned()]));
}
