//! Helpers shared by the integration tests.

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use proptest::test_runner::{Config, FileFailurePersistence};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Proptest settings for the integration tests: `cases` by default (override with `PROPTEST_CASES`),
/// failures persisted beside this binary's sources in `tests/integration/*.regressions`.
pub fn proptest_config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..Config::default()
    }
}

/// The repository's `docs/schemas` folder.
pub fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/schemas")
}

/// A validator for the catalog schema `name`, with `format` assertions on (dates must be dates).
pub fn validator(name: &str) -> jsonschema::Validator {
    let entry = pain_reprocessing::schema::find(name)
        .unwrap_or_else(|| panic!("no schema named {name} in the catalog"));
    let schema = entry.schema().to_value();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"))
}

/// The validator's verdict on `instance`, with the first error for messages.
pub fn schema_verdict(validator: &jsonschema::Validator, instance: &Value) -> Result<(), String> {
    match validator.iter_errors(instance).next() {
        None => Ok(()),
        Some(error) => Err(error.to_string()),
    }
}

/// Serializes `value`, validates it against schema `name`, reads it back and compares.
pub fn round_trip<T>(name: &str, value: &T) -> Result<(), TestCaseError>
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_value(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    if let Err(e) = schema_verdict(&validator(name), &json) {
        return Err(TestCaseError::fail(format!("{name}: {e}\n{json:#}")));
    }
    let back: T = serde_json::from_value(json.clone())
        .map_err(|e| TestCaseError::fail(format!("{name}: {e}\n{json:#}")))?;
    prop_assert_eq!(&back, value);
    Ok(())
}

/// `document`, an `event_log` or `program` whose events were edited by a test, with its envelopes
/// made again (as the 1 -> 2 step does: ids `seq-<n>` and the chain over the edited content), so
/// that the edit is read past the hash chain and reaches the check under test. Other documents
/// are returned as they are.
pub fn reseal(name: &str, document: &Value) -> Value {
    if name != "event_log" && name != "program" {
        return document.clone();
    }
    let mut old = document.clone();
    old["schema_version"] = Value::from(1);
    // The 1 -> 2 step counts every event as legacy; the document keeps its own prefix.
    let legacy_events = old
        .as_object_mut()
        .and_then(|object| object.remove("legacy_events"));
    if let Some(events) = old.get_mut("events").and_then(Value::as_array_mut) {
        for event in events {
            if let Some(object) = event.as_object_mut() {
                for key in ["seq", "id", "hash"] {
                    object.remove(key);
                }
            }
        }
    }
    let upgraded = match name {
        "event_log" => {
            pain_reprocessing::versioning::upgrade::<pain_reprocessing::program::EventLog>(old)
        }
        _ => pain_reprocessing::versioning::upgrade::<pain_reprocessing::program::Program>(old),
    };
    match (upgraded, legacy_events) {
        (Ok(mut upgraded), Some(legacy_events)) => {
            upgraded["legacy_events"] = legacy_events;
            upgraded
        }
        (Ok(upgraded), None) => upgraded,
        (Err(_), _) => document.clone(),
    }
}
