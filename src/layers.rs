//! The module map of `docs/architecture.md` checked against the code (tests only).
//!
//! The table's `uses` column must be exactly the modules whose `crate::` paths a module's code
//! names outside its tests (a root re-export such as `crate::Rating` counts for the module it comes
//! from), and each of them must be a row above it, with no exception. Rows whose
//! `uses` is a summary (`all`, `every module with a root type …`) are checked for layering only.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// References from a row to a row below it: none. (`program`'s use of the registry's legacy-id
/// mapping was the last; the mapping now lives in `id::remap`, below both.)
const EXCEPTIONS: [(&str, &str); 0] = [];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The table row a source file belongs to: its top module, or `interop::<name>`.
fn unit(relative: &str) -> String {
    let parts: Vec<&str> = relative.trim_end_matches(".rs").split('/').collect();
    match parts.as_slice() {
        ["interop", sub, ..] if *sub != "mod" => format!("interop::{sub}"),
        [top, ..] => (*top).to_owned(),
        [] => String::new(),
    }
}

/// The code of a file without its tests and comments.
fn code(text: &str, relative: &str) -> String {
    if relative.ends_with("/tests.rs") || relative.contains("/tests/") {
        return String::new();
    }
    let end = text.find("#[cfg(test)]\nmod tests {").unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first path segment after each `crate::`, and every item of a `crate::{…}` group.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 || (c == ',' && depth == 1) {
                    out.insert(ident(&item));
                    item.clear();
                    if depth == 0 {
                        break;
                    }
                } else {
                    item.push(c);
                }
            }
        } else {
            out.insert(ident(rest));
        }
        // `crate::interop::fhir` names the interop row, not `interop`.
        if let Some(sub) = rest.strip_prefix("interop::") {
            out.insert(format!("interop::{}", ident(sub)));
        }
    }
    out.remove("");
    out
}

/// Each row's name and `uses` (`None` for a summary) in table order, from every table whose header
/// starts `| module | owns | uses |`.
fn documented() -> Vec<(String, Option<BTreeSet<String>>)> {
    let text = fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let ticked = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(|name| name.split("::").next().unwrap_or(name).to_owned())
            .collect()
    };
    let mut rows = Vec::new();
    let mut in_table = false;
    for line in text.lines() {
        if line.starts_with("| module | owns | uses |") {
            in_table = true;
            continue;
        }
        if !in_table || line.starts_with("|---") {
            continue;
        }
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let name = cells[1].split('`').nth(1).unwrap().to_owned();
        let uses = cells[3];
        let summary = uses.starts_with("all") || uses.starts_with("every");
        // What a parenthesis says is a note, not a use.
        let mut plain = String::new();
        let mut depth = 0;
        for c in uses.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        let named = ticked(&plain).into_iter().collect();
        rows.push((name, (!summary).then_some(named)));
    }
    rows
}

/// Each row's modules, as the code names them.
fn actual() -> BTreeMap<String, BTreeSet<String>> {
    let lib = fs::read_to_string(root().join("src/lib.rs")).unwrap();
    let modules: BTreeSet<String> = lib
        .lines()
        .filter_map(|line| {
            let line = line
                .trim_start_matches("pub ")
                .trim_start_matches("pub(crate) ");
            line.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(str::to_owned)
        })
        .collect();
    // `pub use crate::rating::{Direction, Percentage, …};`: each name -> its module.
    let mut reexported = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(at) = statement.find("pub use crate::") else {
            continue;
        };
        let path = &statement[at + "pub use crate::".len()..];
        let Some((module, names)) = path.split_once("::") else {
            continue;
        };
        for name in names.split(|c: char| !c.is_alphanumeric() && c != '_') {
            if !name.is_empty() {
                reexported.insert(name.to_owned(), module.to_owned());
            }
        }
    }
    let src = root().join("src");
    let mut paths = Vec::new();
    files(&src, &mut paths);
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in paths {
        let relative = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if relative == "lib.rs" || relative == "layers.rs" {
            continue;
        }
        let unit = unit(&relative);
        let code = code(&fs::read_to_string(&path).unwrap(), &relative);
        let entry = uses.entry(unit.clone()).or_default();
        for name in crate_paths(&code) {
            let target = if name.starts_with("interop::") || modules.contains(&name) {
                name
            } else if let Some(module) = reexported.get(&name) {
                module.clone()
            } else {
                continue;
            };
            if target != "interop" && target != unit && !unit.starts_with(&format!("{target}::")) {
                entry.insert(target);
            }
        }
    }
    uses
}

#[test]
fn architecture_map_matches_the_code() {
    let rows = documented();
    let actual = actual();
    let mut above = BTreeSet::new();
    let mut wrong = Vec::new();
    for (name, uses) in &rows {
        let used = actual.get(name).cloned().unwrap_or_default();
        if let Some(documented) = uses
            && documented != &used
        {
            wrong.push(format!(
                "{name}: the table says {documented:?}, the code uses {used:?}"
            ));
        }
        if !name.starts_with("interop::") && name != "testing" {
            for target in &used {
                if !above.contains(target)
                    && !target.starts_with("interop::")
                    && !EXCEPTIONS.contains(&(name.as_str(), target.as_str()))
                {
                    wrong.push(format!("{name} uses {target}, which is not a row above it"));
                }
            }
            above.insert(name.clone());
        }
    }
    for unit in actual.keys() {
        if unit != "interop" && !rows.iter().any(|(name, _)| name == unit) {
            wrong.push(format!("{unit} has no row in the table"));
        }
    }
    assert!(
        wrong.is_empty(),
        "docs/architecture.md:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn crate_paths_reads_groups_and_nested_paths() {
    let sample = "use crate::{Rating, sessions::{Homework, Per}};\nlet x = crate::json::objects::strict;\n#[serde(with = \"crate::interop::fhir\")]";
    let names: Vec<String> = crate_paths(sample).into_iter().collect();
    assert_eq!(
        names,
        ["Rating", "interop", "interop::fhir", "json", "sessions"]
    );
    assert_eq!(unit("interop/fhir/read/items.rs"), "interop::fhir");
    assert_eq!(unit("interop/mod.rs"), "interop");
    assert_eq!(unit("sessions/record/facts.rs"), "sessions");
    assert_eq!(code("a\n#[cfg(test)]\nmod tests {\ncrate::x", "a.rs"), "a");
    assert_eq!(
        code("a\n#[cfg(test)]\nmod tests;\nb", "a/mod.rs"),
        "a\n#[cfg(test)]\nmod tests;\nb"
    );
    assert_eq!(code("crate::x", "a/tests.rs"), "");
}
