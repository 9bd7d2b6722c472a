//! The committed schemas in docs/schemas match the code, and each one is a valid 2020-12 schema.

use std::collections::BTreeSet;
use std::fs;

use pain_reprocessing::schema;

use crate::support::schema_dir;

#[test]
fn committed_schemas_match_the_code() {
    let dir = schema_dir();
    let mut stale = Vec::new();
    let files = schema::files();
    for file in &files {
        let path = dir.join(file.name());
        match fs::read_to_string(&path) {
            Ok(on_disk) if on_disk == file.contents() => {}
            Ok(_) => stale.push(format!("{} (differs from the code)", file.name())),
            Err(_) => stale.push(format!("{} (missing)", file.name())),
        }
    }
    let wanted: BTreeSet<&str> = files.iter().map(|f| f.name()).collect();
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".schema.json") && !wanted.contains(name.as_str()) {
            stale.push(format!("{name} (no longer in the catalog)"));
        }
    }
    assert!(
        stale.is_empty(),
        "docs/schemas is stale:\n  {}\nrun `cargo run --example generate_schemas` and commit the result",
        stale.join("\n  ")
    );
}

#[test]
fn every_schema_is_a_valid_2020_12_schema() {
    for entry in schema::catalog() {
        let value = entry.schema().to_value();
        assert!(
            jsonschema::meta::is_valid(&value),
            "{} is not a valid schema",
            entry.name()
        );
        jsonschema::options()
            .should_validate_formats(true)
            .build(&value)
            .unwrap_or_else(|e| panic!("{}: {e}", entry.name()));
    }
    assert!(jsonschema::meta::is_valid(&schema::bundle()));
}

#[test]
fn every_schema_has_a_title_and_description() {
    for entry in schema::catalog() {
        let schema = entry.schema();
        assert!(
            schema.get("title").is_some(),
            "{} has no title",
            entry.name()
        );
        assert!(
            schema.get("description").is_some(),
            "{} has no description",
            entry.name()
        );
    }
}
