//! Standalone screening outcomes and clearances written before the id alphabet (issue #18): a
//! `clinician` outside it is mapped on read, its text kept in `legacy_ids`, and a copy embedded
//! in a hashed event keeps the version it was read with, so every stored log's chain holds.

use serde_json::Value;

use super::*;
use crate::id::legacy_id;
use crate::version::{SchemaVersion, VersionError};

/// The clinician id of the v1 fixtures, outside the alphabet (a space).
const OLD: &str = "dr okafor";

fn fixture(path: &str) -> String {
    let file = format!(
        "{}/docs/schemas/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&fixture(path)).unwrap()
}

#[test]
fn a_v1_clearance_with_an_old_clinician_id_reads_and_keeps_its_text() {
    let old = json("red_flag_clearance/v1/ids_outside_the_alphabet.json");
    // Plain deserialization refuses the id, as for a version-2 document.
    assert!(serde_json::from_value::<RedFlagClearance>(old.clone()).is_err());
    let clearance: RedFlagClearance = crate::versioning::read(old).unwrap();
    assert_eq!(clearance.clinician().as_str(), legacy_id(OLD));
    assert_eq!(clearance.legacy_ids().original(&legacy_id(OLD)), Some(OLD));
    assert_eq!(clearance.schema_version(), SchemaVersion::V2);
    // Written back, nothing is lost: it is the upgraded fixture, and reads again as it was.
    let written = serde_json::to_value(&clearance).unwrap();
    assert_eq!(
        written,
        json("red_flag_clearance/valid/ids_outside_the_alphabet.json")
    );
    let again: RedFlagClearance = crate::versioning::read(written.clone()).unwrap();
    assert_eq!(again, clearance);
    assert_eq!(
        serde_json::from_value::<RedFlagClearance>(written).unwrap(),
        clearance
    );
    assert!(!format!("{clearance:?}").contains("okafor"));
}

#[test]
fn a_v1_outcome_with_an_old_clinician_id_reads_and_keeps_its_text() {
    let old = json("screening_outcome/v1/ids_outside_the_alphabet.json");
    assert!(serde_json::from_value::<ScreeningOutcome>(old.clone()).is_err());
    let outcome: ScreeningOutcome = crate::versioning::read(old).unwrap();
    assert_eq!(outcome.clearances()[0].clinician().as_str(), legacy_id(OLD));
    // The outcome is the document: its `legacy_ids` holds the text, the embedded clearance keeps
    // the version it was read with and has none.
    assert_eq!(outcome.legacy_ids().original(&legacy_id(OLD)), Some(OLD));
    assert_eq!(outcome.legacy_ids().len(), 1);
    assert!(outcome.clearances()[0].legacy_ids().is_empty());
    assert_eq!(outcome.clearances()[0].schema_version(), SchemaVersion::V1);
    assert_eq!(outcome.schema_version(), SchemaVersion::V2);
    let written = serde_json::to_value(&outcome).unwrap();
    assert_eq!(
        written,
        json("screening_outcome/valid/ids_outside_the_alphabet.json")
    );
    let again: ScreeningOutcome = crate::versioning::read(written).unwrap();
    assert_eq!(again, outcome);
    let debug = format!("{outcome:?}");
    assert!(!debug.contains("okafor"), "{debug}");
}

#[test]
fn the_version_is_kept_as_read_and_a_third_is_refused() {
    let mut document = json("red_flag_clearance/valid/osteoporosis_cleared.json");
    for version in [1, 2] {
        document["schema_version"] = Value::from(version);
        let clearance: RedFlagClearance = serde_json::from_value(document.clone()).unwrap();
        assert_eq!(clearance.schema_version().number(), version);
        assert_eq!(serde_json::to_value(&clearance).unwrap(), document);
    }
    document["schema_version"] = Value::from(3);
    let error = serde_json::from_value::<RedFlagClearance>(document).unwrap_err();
    assert_eq!(
        error.to_string(),
        VersionError::Unsupported {
            document: "red_flag_clearance",
            found: 3,
            supported: crate::version::Supported::current_of::<RedFlagClearance>(),
        }
        .to_string()
    );
    assert!(error.to_string().contains("supported: 1-2"), "{error}");
}

#[test]
fn a_document_with_legacy_ids_is_written_at_version_2_so_it_reads_back() {
    // A version-1 document cannot have `legacy_ids` (`versioning::read` refuses one that does);
    // plain deserialization takes it, and it is written at 2.
    let mut document = json("red_flag_clearance/valid/ids_outside_the_alphabet.json");
    document["schema_version"] = Value::from(1);
    let clearance: RedFlagClearance = serde_json::from_value(document).unwrap();
    let written = serde_json::to_value(&clearance).unwrap();
    assert_eq!(written["schema_version"], 2);
    assert!(crate::versioning::read::<RedFlagClearance>(written).is_ok());

    let mut document = json("screening_outcome/valid/ids_outside_the_alphabet.json");
    document["schema_version"] = Value::from(1);
    let outcome: ScreeningOutcome = serde_json::from_value(document).unwrap();
    let written = serde_json::to_value(&outcome).unwrap();
    assert_eq!(written["schema_version"], 2);
    assert!(crate::versioning::read::<ScreeningOutcome>(written).is_ok());
}

#[test]
fn new_documents_are_at_version_2() {
    let clearance = clearance(RedFlag::Osteoporosis, 2026, 3, 5);
    assert_eq!(clearance.schema_version(), SchemaVersion::V2);
    let json = serde_json::to_value(&clearance).unwrap();
    assert_eq!(json["schema_version"], 2);
    assert!(json.get("legacy_ids").is_none());
}

/// Every stored log and program embedding a screening outcome (at version 1) reads and is written
/// back byte for byte (in the fixtures' sorted-key layout), so its chain is the one it was sealed
/// with.
#[test]
fn an_event_log_embedding_an_outcome_is_written_back_byte_identically() {
    for path in [
        "event_log/valid/first_four_events.json",
        "event_log/valid/safety_goals_and_clearances.json",
        "program/valid/safety_goals_and_clearances.json",
    ] {
        let text = fixture(path);
        assert!(text.contains("\"outcome\""), "{path} embeds an outcome");
        let value: Value = serde_json::from_str(&text).unwrap();
        let written = if path.starts_with("event_log") {
            let log: crate::program::EventLog = serde_json::from_str(&text).unwrap();
            serde_json::to_value(&log).unwrap()
        } else {
            let program: crate::program::Program = serde_json::from_str(&text).unwrap();
            serde_json::to_value(&program).unwrap()
        };
        assert_eq!(written, value, "{path}");
        assert_eq!(
            serde_json::to_string_pretty(&written).unwrap(),
            text.trim_end(),
            "{path}"
        );
    }
}
