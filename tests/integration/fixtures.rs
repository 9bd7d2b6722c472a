//! The JSON contract, fixture by fixture: for every document under
//! `docs/schemas/fixtures/<name>/{valid,invalid}/`, the published schema and the Rust type give the
//! same verdict, and it is the verdict the folder names.

use std::fs;
use std::path::Path;

use pain_reprocessing::schema;
use serde_json::Value;

use crate::support::{schema_dir, schema_verdict, validator};

fn json_files(dir: &Path) -> Vec<(String, Value)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, Value)> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
            (path.display().to_string(), value)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

#[test]
fn schema_and_type_agree_on_every_fixture() {
    let root = schema_dir().join("fixtures");
    let mut checked = 0;
    let mut disagreements = Vec::new();
    for folder in fs::read_dir(&root).unwrap() {
        let folder = folder.unwrap().path();
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let entry = schema::find(&name)
            .unwrap_or_else(|| panic!("fixtures/{name} names no schema in the catalog"));
        let validator = validator(&name);
        for (expected_valid, kind) in [(true, "valid"), (false, "invalid")] {
            for (path, document) in json_files(&folder.join(kind)) {
                let by_schema = schema_verdict(&validator, &document);
                let by_type = entry.read(&document);
                if by_schema.is_ok() != expected_valid || by_type.is_ok() != expected_valid {
                    disagreements.push(format!(
                        "{path} (expected {kind}):\n    schema: {by_schema:?}\n    type:   {by_type:?}"
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {checked} fixtures disagree:\n  {}",
        disagreements.len(),
        disagreements.join("\n  ")
    );
    assert!(checked > 0, "no fixtures found under {}", root.display());
}

/// The fewest fixtures each catalog entry must have, valid and invalid.
const MIN_VALID: usize = 1;
const MIN_INVALID: usize = 3;

#[test]
fn every_catalog_entry_has_fixtures() {
    let root = schema_dir().join("fixtures");
    let missing: Vec<String> = schema::catalog()
        .iter()
        .filter_map(|entry| {
            let folder = root.join(entry.name());
            let valid = json_files(&folder.join("valid")).len();
            let invalid = json_files(&folder.join("invalid")).len();
            (valid < MIN_VALID || invalid < MIN_INVALID).then(|| {
                format!(
                    "{}: {valid} valid (need {MIN_VALID}), {invalid} invalid (need {MIN_INVALID})",
                    entry.name()
                )
            })
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{} catalog entries lack fixtures under {}:\n  {}",
        missing.len(),
        root.display(),
        missing.join("\n  ")
    );
}

#[test]
fn every_schema_has_a_title_and_a_description_for_other_languages() {
    let bare: Vec<&str> = schema::catalog()
        .iter()
        .filter(|entry| {
            let schema = entry.schema();
            let text = |key| {
                schema
                    .get(key)
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty)
            };
            text("title") || text("description")
        })
        .map(|entry| entry.name())
        .collect();
    assert!(
        bare.is_empty(),
        "schemas without a title or description: {bare:?}"
    );
}

/// Every object inside every valid fixture, given one unknown field, is refused by both the schema
/// and the type: nothing is dropped silently at any depth (serde ignores unknown fields beside the
/// tag of a unit variant in an internally tagged enum, so every such enum reads through
/// `tagged_enum!`'s private mirror, whose variants are all struct variants).
#[test]
fn an_unknown_field_is_refused_at_every_depth() {
    fn object_paths(value: &Value, path: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                out.push(path.clone());
                for (key, child) in map {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    object_paths(child, format!("{path}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    object_paths(child, format!("{path}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let root = schema_dir().join("fixtures");
    let mut failures = Vec::new();
    for folder in fs::read_dir(&root).unwrap() {
        let folder = folder.unwrap().path();
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let entry = schema::find(&name).unwrap();
        let validator = validator(&name);
        for (path, document) in json_files(&folder.join("valid")) {
            let mut paths = Vec::new();
            object_paths(&document, String::new(), &mut paths);
            for pointer in paths {
                let mut changed = document.clone();
                if let Some(Value::Object(map)) = changed.pointer_mut(&pointer) {
                    map.insert("zz_unknown".to_owned(), Value::from(1));
                }
                let by_schema = schema_verdict(&validator, &changed).is_err();
                let by_type = entry.read(&changed).is_err();
                if !(by_schema && by_type) {
                    failures.push(format!(
                        "{path} at {pointer:?}: schema refuses {by_schema}, type refuses {by_type}"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} places accept an unknown field:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
