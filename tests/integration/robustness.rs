//! No panics on any input, for every root type in the schema catalog, automatically.
//!
//! Every property here walks `schema::catalog()`, so a type added to the catalog is covered without
//! touching this file. Four kinds of input reach every entry's reader:
//!
//! 1. arbitrary JSON values (nulls, extreme numbers, control characters, deep nesting, objects whose
//!    keys are the field names the catalog's schemas use);
//! 2. *plausible* documents: valid fixtures and documents generated from the entry's own JSON Schema
//!    (right shape, boundary and out-of-range numbers), then mutated (a key dropped, an unknown key
//!    added, a value replaced by another type or an extreme, arrays duplicated or cut) so the input
//!    gets past the outer checks and into the deep validation code;
//! 3. arbitrary bytes, read both as a `serde_json::Value` and straight into the type;
//! 4. plausible documents as bytes, with bytes flipped, inserted, deleted or cut.
//!
//! Each read runs under `catch_unwind`: a panic fails the property naming the entry and the input.
//! A versioned entry is read through `versioning::read` as well, which must never accept what plain
//! serde refuses.
//! When the type accepts a document, its published schema must accept it too (the reverse need not
//! hold: a schema cannot say that dates increase).
//!
//! Cases default to a CI-sized count; `PROPTEST_CASES=100000 cargo test --all-features --test
//! integration robustness` runs a long session.

use std::collections::BTreeSet;
use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::LazyLock;

use pain_reprocessing::schema::{self, SchemaEntry};
use proptest::prelude::*;
use serde_json::Value;

use crate::support::{proptest_config, schema_dir, schema_verdict, validator};

mod arbitrary;
mod damaged_logs;
mod decimals;
mod mutations;
mod recorded_logs;
mod sequence_form;
mod shaped;

use arbitrary::any_json;
use mutations::{byte_edit, edit_bytes, mutated_document};
use shaped::plausible;

/// One catalog entry with what the properties need: its validator, schema and valid fixtures.
struct Target {
    entry: SchemaEntry,
    validator: jsonschema::Validator,
    schema: Value,
    fixtures: Vec<Value>,
}

static TARGETS: LazyLock<Vec<Target>> = LazyLock::new(|| {
    schema::catalog()
        .iter()
        .map(|entry| Target {
            entry: *entry,
            validator: validator(entry.name()),
            schema: entry.schema().to_value(),
            fixtures: valid_fixtures(entry.name()),
        })
        .collect()
});

/// Every property name and string constant the catalog's schemas mention: keys an attacker (or a
/// careless app) would plausibly send.
static PLAUSIBLE_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
    fn walk(schema: &Value, keys: &mut BTreeSet<String>) {
        match schema {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    keys.extend(properties.keys().cloned());
                }
                if let Some(Value::String(constant)) = map.get("const") {
                    keys.insert(constant.clone());
                }
                map.values().for_each(|v| walk(v, keys));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, keys)),
            _ => {}
        }
    }
    let mut keys = BTreeSet::from(["type".to_owned(), "kind".to_owned()]);
    for target in TARGETS.iter() {
        walk(&target.schema, &mut keys);
    }
    keys.into_iter().collect()
});

fn valid_fixtures(name: &str) -> Vec<Value> {
    let dir = schema_dir().join("fixtures").join(name).join("valid");
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap())
        .collect()
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "<non-string panic payload>".to_owned())
}

/// Shortens a document for a failure message (a fuzzed document can be megabytes).
fn shown(document: &str) -> String {
    const MAX: usize = 2_000;
    if document.chars().count() <= MAX {
        document.to_owned()
    } else {
        let head: String = document.chars().take(MAX).collect();
        format!("{head}… ({} chars)", document.chars().count())
    }
}

/// Reads `document` as `target`'s type: never a panic, and an accepted document passes the schema.
fn check_value(target: &Target, document: &Value) -> Result<(), TestCaseError> {
    let name = target.entry.name();
    // A versioned entry is also read through `versioning::read`: never a panic, and never more
    // lenient than the entry's own reader on a document at the current version. An older one is
    // what `versioning::read` exists to upgrade: a version-1 document whose id is outside the
    // alphabet is mapped there (`legacy_ids`) and refused by plain serde, which for a `(v2 ids)`
    // row reads version 1 as it is only when every id already fits.
    let older = target.entry.supported().is_some_and(|supported| {
        document
            .get("schema_version")
            .and_then(Value::as_u64)
            .is_some_and(|found| found < u64::from(supported.current().number()))
    });
    let versioned = catch_unwind(AssertUnwindSafe(|| {
        target.entry.read_versioned(document.clone())
    }));
    match versioned {
        Err(payload) => {
            return Err(TestCaseError::fail(format!(
                "{name}: versioning::read panicked ({}) on {}",
                panic_message(payload.as_ref()),
                shown(&document.to_string())
            )));
        }
        Ok(Some(Ok(()))) if !older && target.entry.read(document).is_err() => {
            return Err(TestCaseError::fail(format!(
                "{name}: versioning::read accepts a document plain serde refuses: {}",
                shown(&document.to_string())
            )));
        }
        Ok(_) => {}
    }
    let verdict = catch_unwind(AssertUnwindSafe(|| target.entry.read(document)));
    match verdict {
        Err(payload) => Err(TestCaseError::fail(format!(
            "{name}: reading panicked ({}) on {}",
            panic_message(payload.as_ref()),
            shown(&document.to_string())
        ))),
        Ok(Ok(())) => match schema_verdict(&target.validator, document) {
            Ok(()) => Ok(()),
            Err(error) => Err(TestCaseError::fail(format!(
                "{name}: the type accepts a document its schema rejects ({error}): {}",
                shown(&document.to_string())
            ))),
        },
        Ok(Err(_)) => Ok(()),
    }
}

/// Reads the JSON text `bytes` as `target`'s type, both straight from the text and through a
/// `Value`; never a panic, and what the text reader accepts the `Value` reader accepts.
fn check_bytes(target: &Target, bytes: &[u8]) -> Result<(), TestCaseError> {
    let name = target.entry.name();
    let direct =
        catch_unwind(AssertUnwindSafe(|| target.entry.read_slice(bytes))).map_err(|p| {
            TestCaseError::fail(format!(
                "{name}: reading bytes panicked ({}) on {:?}",
                panic_message(p.as_ref()),
                shown(&String::from_utf8_lossy(bytes))
            ))
        })?;
    match serde_json::from_slice::<Value>(bytes) {
        Ok(document) => {
            check_value(target, &document)?;
            // One way only: the streaming reader also rejects a repeated key, which a `Value`
            // has already collapsed (the last one wins) before the type sees it.
            let through_value = target.entry.read(&document);
            prop_assert!(
                direct.is_err() || through_value.is_ok(),
                "{}: reading the text succeeded but reading it as a Value gave {:?}: {}",
                name,
                through_value,
                shown(&String::from_utf8_lossy(bytes))
            );
        }
        Err(_) => prop_assert!(
            direct.is_err(),
            "{name}: the type accepts text that is not JSON: {:?}",
            shown(&String::from_utf8_lossy(bytes))
        ),
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(proptest_config(64))]

    #[test]
    fn no_entry_panics_on_arbitrary_json(document in any_json()) {
        for target in TARGETS.iter() {
            check_value(target, &document)?;
        }
    }

    #[test]
    fn no_entry_panics_on_mutated_plausible_documents((index, document) in mutated_document()) {
        // The document was shaped for one entry; every entry reads it (shapes are shared).
        check_value(&TARGETS[index], &document)?;
        for target in TARGETS.iter() {
            check_value(target, &document)?;
        }
    }

    #[test]
    fn no_entry_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        for target in TARGETS.iter() {
            check_bytes(target, &bytes)?;
        }
    }

    #[test]
    fn no_entry_panics_on_mutated_document_bytes(
        (index, document) in mutated_document(),
        pretty in any::<bool>(),
        edits in proptest::collection::vec(byte_edit(), 0..=4),
    ) {
        let mut bytes = if pretty {
            serde_json::to_vec_pretty(&document).unwrap()
        } else {
            serde_json::to_vec(&document).unwrap()
        };
        for edit in &edits {
            edit_bytes(&mut bytes, edit);
        }
        check_bytes(&TARGETS[index], &bytes)?;
    }
}

/// The generators reach every entry with documents it accepts: otherwise the properties above would
/// only ever test the outermost "wrong type" check. A catalog entry whose schema the generator cannot
/// shape into a single valid document (and that has no valid fixture) fails here by name.
#[test]
fn plausible_documents_reach_past_the_first_check() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};

    let mut runner = TestRunner::new(Config::default());
    let mut unreached = Vec::new();
    for target in TARGETS.iter() {
        let strategy = plausible(target);
        let accepted = (0..2_000).any(|_| {
            let document = strategy.new_tree(&mut runner).unwrap().current();
            target.entry.read(&document).is_ok()
        });
        if !accepted {
            unreached.push(target.entry.name());
        }
    }
    assert!(
        unreached.is_empty(),
        "no generated document was accepted by: {unreached:?}; add a valid fixture under \
         docs/schemas/fixtures/<name>/valid/ or teach `shaped` the schema construct"
    );
}
