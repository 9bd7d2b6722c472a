//! The mechanism on real documents (version 1) and on a test-only version 0 of the practice log.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::*;
use crate::exercises::PracticeLog;
use crate::schema;

fn practice_log_v1() -> Value {
    json!({
        "schema_version": 1,
        "exercise": { "source": "catalog", "kind": "somatic_tracking" },
        "started_at": "2026-03-04T18:30:00Z",
        "minutes": 15,
        "guidance": "guided",
        "pain_before": 6,
        "pain_after": 4
    })
}

/// A practice log in a hypothetical version 0 layout, never published, kept only to exercise the
/// migration machinery: the technique was a bare catalog kind, the length was `duration_minutes`
/// and guidance a boolean `guided`.
///
/// ```text
/// v0: {"schema_version": 0, "technique": "somatic_tracking", "started_at": "...",
///      "duration_minutes": 15, "guided": true, "pain_before": 6, "pain_after": 4}
/// v1: {"schema_version": 1, "exercise": {"source": "catalog", "kind": "somatic_tracking"},
///      "started_at": "...", "minutes": 15, "guidance": "guided", "pain_before": 6, "pain_after": 4}
/// ```
#[derive(Debug, PartialEq, Deserialize)]
#[serde(transparent)]
struct PracticeLogWithV0(PracticeLog);

impl Versioned for PracticeLogWithV0 {
    const DOCUMENT: &'static str = "practice_log";
    const CURRENT: SchemaVersion = SchemaVersion::V1;
    const OLDEST: SchemaVersion = SchemaVersion::new(0);

    fn upgrade(
        from: SchemaVersion,
        document: Map<String, Value>,
    ) -> Result<Map<String, Value>, VersionError> {
        let [
            technique,
            started_at,
            duration,
            guided,
            pain_before,
            pain_after,
        ] = take_known(
            Self::DOCUMENT,
            from,
            document,
            [
                "technique",
                "started_at",
                "duration_minutes",
                "guided",
                "pain_before",
                "pain_after",
            ],
        )?;
        let unmapped = |field: &str, reason| VersionError::UnmappedValue {
            document: Self::DOCUMENT,
            from,
            field: field.to_owned(),
            reason,
        };
        let guidance = match guided {
            Some(Value::Bool(true)) => "guided",
            Some(Value::Bool(false)) => "self_guided",
            _ => return Err(unmapped("guided", "must be true or false")),
        };
        let mut upgraded = Map::new();
        if let Some(kind) = technique {
            upgraded.insert(
                "exercise".into(),
                json!({ "source": "catalog", "kind": kind }),
            );
        }
        for (name, value) in [
            ("started_at", started_at),
            ("minutes", duration),
            ("pain_before", pain_before),
            ("pain_after", pain_after),
        ] {
            if let Some(value) = value {
                upgraded.insert(name.into(), value);
            }
        }
        upgraded.insert("guidance".into(), guidance.into());
        Ok(upgraded)
    }
}

fn practice_log_v0() -> Value {
    json!({
        "schema_version": 0,
        "technique": "somatic_tracking",
        "started_at": "2026-03-04T18:30:00Z",
        "duration_minutes": 15,
        "guided": true,
        "pain_before": 6,
        "pain_after": 4
    })
}

#[test]
fn current_version_reads_as_plain_deserialization() {
    let read: PracticeLog = read(practice_log_v1()).unwrap();
    let plain: PracticeLog = serde_json::from_value(practice_log_v1()).unwrap();
    assert_eq!(read, plain);
}

#[test]
fn version_0_is_upgraded_to_the_same_log_as_its_version_1() {
    let upgraded = upgrade::<PracticeLogWithV0>(practice_log_v0()).unwrap();
    assert_eq!(upgraded, practice_log_v1());
    let from_v0: PracticeLogWithV0 = read(practice_log_v0()).unwrap();
    let from_v1: PracticeLogWithV0 = read(practice_log_v1()).unwrap();
    assert_eq!(from_v0, from_v1);
}

#[test]
fn a_field_the_step_cannot_map_is_named() {
    let mut v0 = practice_log_v0();
    v0["mood"] = json!("calm");
    let err = read::<PracticeLogWithV0>(v0).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot upgrade practice_log from schema_version 0: field `mood` has no mapping to version 1"
    );
    assert!(!err.to_string().contains("calm"), "no values in messages");

    let mut v0 = practice_log_v0();
    v0["guided"] = json!("sometimes");
    let err = read::<PracticeLogWithV0>(v0).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot upgrade practice_log from schema_version 0: field `guided` must be true or false"
    );
}

#[test]
fn an_upgraded_document_still_goes_through_every_check() {
    let mut v0 = practice_log_v0();
    v0["duration_minutes"] = json!(0);
    let err = read::<PracticeLogWithV0>(v0).unwrap_err();
    assert!(
        matches!(
            err,
            VersionError::Invalid {
                document: "practice_log",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn newer_and_older_versions_name_the_versions_supported() {
    for (version, supported) in [(2, "0-1"), (7, "0-1")] {
        let mut doc = practice_log_v1();
        doc["schema_version"] = json!(version);
        assert_eq!(
            read::<PracticeLogWithV0>(doc).unwrap_err().to_string(),
            format!(
                "practice_log schema_version {version} is not supported; supported: {supported}"
            )
        );
    }
    // Without a migration, version 0 is as unsupported as version 2.
    assert_eq!(
        read::<PracticeLog>(practice_log_v0())
            .unwrap_err()
            .to_string(),
        "practice_log schema_version 0 is not supported; supported: 1-2"
    );
}

#[test]
fn missing_or_malformed_versions_are_refused() {
    let mut doc = practice_log_v1();
    doc.as_object_mut().unwrap().remove("schema_version");
    assert_eq!(
        read::<PracticeLog>(doc).unwrap_err().to_string(),
        "practice_log has no schema_version; supported: 1-2"
    );
    let mut doc = practice_log_v1();
    doc["schema_version"] = json!(1.0);
    assert!(
        read::<PracticeLog>(doc).is_ok(),
        "1.0 is the number 1, as the schema says"
    );
    for bad in [json!("1"), json!(1.5), json!(-1), json!(-1.0), json!(null)] {
        let mut doc = practice_log_v1();
        doc["schema_version"] = bad;
        assert_eq!(
            read::<PracticeLog>(doc).unwrap_err(),
            VersionError::NotANumber {
                document: "practice_log",
                supported: Supported::of::<PracticeLog>()
            }
        );
    }
    assert_eq!(
        read::<PracticeLog>(json!([1])).unwrap_err(),
        VersionError::NotAnObject {
            document: "practice_log"
        }
    );
    let huge = json!({ "schema_version": u64::MAX });
    assert!(matches!(
        read::<PracticeLog>(huge).unwrap_err(),
        VersionError::Unsupported {
            found: u64::MAX,
            ..
        }
    ));
}

#[test]
fn unknown_fields_stay_errors_after_reading_the_version() {
    let mut doc = practice_log_v1();
    doc["mood"] = json!("calm");
    let err = read::<PracticeLog>(doc).unwrap_err();
    assert!(err.to_string().contains("unknown field `mood`"), "{err}");
}

/// The `schema_version` property schemas of a root schema: its own, or each `oneOf` / `anyOf`
/// branch's (a tagged document), with a `$ref` resolved in its `$defs`; `None` for a branch that
/// has no such property.
fn version_properties(schema: &Value) -> Vec<Option<Value>> {
    let resolve = |property: &Value| -> Value {
        match property.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference.trim_start_matches("#/$defs/");
                schema["$defs"][name].clone()
            }
            None => property.clone(),
        }
    };
    let of = |object: &Value| -> Option<Value> {
        let required = object
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|required| required.contains(&json!(FIELD)));
        let property = object.get("properties")?.get(FIELD)?;
        assert!(required, "{FIELD} is not required in {object}");
        Some(resolve(property))
    };
    let branches: Vec<&Value> = ["oneOf", "anyOf"]
        .iter()
        .filter_map(|key| schema.get(key).and_then(Value::as_array))
        .flatten()
        .collect();
    if branches.is_empty() {
        vec![of(schema)]
    } else {
        branches.into_iter().map(of).collect()
    }
}

/// The versions a `schema_version` property schema accepts: its `const`, or its `minimum` to
/// `maximum`, as whole numbers.
fn accepted(property: &Value) -> (u64, u64) {
    assert_eq!(property["type"], json!("integer"), "{property}");
    if let Some(only) = property.get("const").and_then(Value::as_u64) {
        return (only, only);
    }
    // An enum of consecutive versions (a layout several versions share).
    let versions: Vec<u64> = property["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("{property}: neither const nor enum"))
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let (first, last) = (versions[0], versions[versions.len() - 1]);
    assert_eq!(versions, (first..=last).collect::<Vec<_>>(), "{property}");
    (first, last)
}

/// Every registry row marked versioned has a required `schema_version` property (in every branch)
/// accepting exactly the versions the type reads without upgrade, and no other row has one.
#[test]
fn the_schema_version_property_matches_the_registry() {
    for entry in schema::catalog() {
        let properties = version_properties(&entry.schema().to_value());
        match entry.supported() {
            Some(supported) => {
                let current = u64::from(supported.current().number());
                for property in properties {
                    let property = property.unwrap_or_else(|| {
                        panic!(
                            "{} is versioned but its schema has no {FIELD}",
                            entry.name()
                        )
                    });
                    let as_is = entry
                        .supported_as_is()
                        .map(|s| u64::from(s.oldest().number()));
                    assert_eq!(
                        accepted(&property),
                        (as_is.unwrap_or(current), current),
                        "{}",
                        entry.name()
                    );
                }
                // An older layout is read only with stored documents of it to prove it.
                if supported.oldest() != supported.current() {
                    assert!(
                        !older_documents(entry.name()).is_empty(),
                        "{}: reads version {} but has no fixtures/{}/v{} documents",
                        entry.name(),
                        supported.oldest(),
                        entry.name(),
                        supported.oldest(),
                    );
                }
            }
            None => assert!(
                properties.iter().all(Option::is_none),
                "{} has a {FIELD} but is not marked versioned in the registry",
                entry.name()
            ),
        }
    }
}

#[test]
fn the_property_reader_sees_const_enum_and_refs() {
    assert_eq!(accepted(&json!({"type": "integer", "const": 1})), (1, 1));
    assert_eq!(
        accepted(&json!({"type": "integer", "enum": [1, 2]})),
        (1, 2)
    );
    let schema = json!({
        "properties": { "schema_version": { "$ref": "#/$defs/V" } },
        "required": ["schema_version"],
        "$defs": { "V": { "type": "integer", "const": 3 } }
    });
    assert_eq!(
        version_properties(&schema),
        vec![Some(json!({ "type": "integer", "const": 3 }))]
    );
    assert_eq!(version_properties(&json!({"type": "integer"})), vec![None]);
}

/// The generated impls carry the registry's names and the version every document is at.
#[test]
fn generated_impls_carry_the_registry_names() {
    fn check<T: Versioned>(current: SchemaVersion) {
        let entry = schema::find(T::DOCUMENT).unwrap();
        assert_eq!(
            entry.supported(),
            Some(Supported::of::<T>()),
            "{}",
            T::DOCUMENT
        );
        assert_eq!(T::CURRENT, current);
    }
    check::<PracticeLog>(SchemaVersion::V2);
    check::<crate::care::CareLog>(SchemaVersion::V1);
    check::<crate::resources::ResourcePlan>(SchemaVersion::V2);
    check::<crate::program::Program>(SchemaVersion::V2);
    check::<crate::program::EventLog>(SchemaVersion::V2);
    check::<crate::instruments::Score>(SchemaVersion::V2);
    assert_eq!(
        <crate::intake::IntakeForm as Versioned>::DOCUMENT,
        "intake_form"
    );
    assert_eq!(schema::find("rating").unwrap().supported(), None);
    assert!(
        schema::find("rating")
            .unwrap()
            .read_versioned(json!(7))
            .is_none()
    );
}

#[test]
fn supported_ranges_display_and_contain() {
    let one = Supported::of::<crate::care::CareLog>();
    assert_eq!(
        (one.oldest(), one.current(), one.to_string()),
        (SchemaVersion::V1, SchemaVersion::V1, "1".to_owned())
    );
    let two = Supported::of::<PracticeLogWithV0>();
    assert_eq!(two.to_string(), "0-1");
    assert_eq!(
        Supported::current_of::<PracticeLogWithV0>().to_string(),
        "1"
    );
    let v = SchemaVersion::new;
    assert!(two.contains(v(0)) && two.contains(v(1)) && !two.contains(v(2)));
    assert_eq!(version_of(&practice_log_v0()), Some(0));
    assert_eq!(version_of(&json!({})), None);
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/docs/schemas/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn an_invalid_value_is_named_by_its_path() {
    let mut intake: Value =
        serde_json::from_str(&fixture("intake_form/valid/typical_low_back_pain.json")).unwrap();
    intake["pain"]["average_intensity_past_week"] = json!(11);
    let err = read::<crate::intake::IntakeForm>(intake).unwrap_err();
    assert_eq!(
        err.to_string(),
        "intake_form: rating 11 is out of range; allowed whole numbers 0-10, at `pain.average_intensity_past_week`"
    );
}

#[test]
fn text_keeps_line_and_column() {
    let text = fixture("intake_form/valid/typical_low_back_pain.json").replace(
        "\"average_intensity_past_week\": 6",
        "\"average_intensity_past_week\": 11",
    );
    let err = read_slice::<crate::intake::IntakeForm>(text.as_bytes()).unwrap_err();
    let VersionError::Invalid { location, .. } = &err else {
        panic!("{err}");
    };
    assert_eq!(location.path(), "pain.average_intensity_past_week");
    assert_eq!((location.line(), location.column()), (Some(33), Some(37)));
    assert!(err.to_string().ends_with("(line 33, column 37)"), "{err}");

    let err = read_slice::<crate::intake::IntakeForm>(b"{\"schema_version\": 1,").unwrap_err();
    assert!(matches!(err, VersionError::Syntax { .. }), "{err}");
    assert!(
        err.to_string().starts_with("intake_form is not JSON: EOF"),
        "{err}"
    );

    let ok = read_slice::<crate::intake::IntakeForm>(
        fixture("intake_form/valid/typical_low_back_pain.json").as_bytes(),
    );
    assert!(ok.is_ok(), "{ok:?}");
}

#[test]
fn an_older_version_from_text_is_upgraded_and_named_by_path() {
    let mut v0 = practice_log_v0();
    v0["duration_minutes"] = json!(0);
    let err = read_slice::<PracticeLogWithV0>(v0.to_string().as_bytes()).unwrap_err();
    let VersionError::Invalid { location, .. } = &err else {
        panic!("{err}");
    };
    assert_eq!(
        location.line(),
        None,
        "an upgraded document is no longer the text"
    );
}

/// The stored documents of version 1 of `name` (`docs/schemas/fixtures/<name>/v1/*.json`): what
/// the crate wrote before that document's layout changed.
fn older_documents(name: &str) -> Vec<(String, Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/schemas/fixtures")
        .join(name)
        .join("v1");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut documents: Vec<(String, Value)> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (
                path.display().to_string(),
                serde_json::from_str(&text).unwrap(),
            )
        })
        .collect();
    documents.sort_by(|a, b| a.0.cmp(&b.0));
    documents
}

/// Every stored document of an older version reads through `versioning`, and reads as the same
/// value as the current fixture of the same name (each `v1/<file>` is the format 1 of
/// `valid/<file>`, written before the layout changed).
#[test]
fn every_older_document_reads_and_equals_its_current_form() {
    let mut read = 0;
    for entry in schema::catalog() {
        for (path, document) in older_documents(entry.name()) {
            assert_eq!(version_of(&document), Some(1), "{path}");
            let upgraded = entry
                .upgrade(document)
                .unwrap_or_else(|| panic!("{path}: not versioned"))
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(
                entry
                    .read_versioned(upgraded.clone())
                    .is_some_and(|r| r.is_ok()),
                "{path}: {:?}",
                entry.read_versioned(upgraded)
            );
            read += 1;
            // A format-1 event log or program keeps its assessments as scores without answers,
            // as legacy events: it cannot equal a format-2 fixture that records the answers.
            // tests/integration/program/format1.rs replays each to its stored state.
            if ["event_log", "program"].contains(&entry.name()) {
                continue;
            }
            let current_path = path.replace("/v1/", "/valid/");
            let current: Value =
                serde_json::from_str(&std::fs::read_to_string(&current_path).unwrap()).unwrap();
            assert_eq!(upgraded, current, "{path} upgrades to {current_path}");
        }
    }
    assert!(read > 0);
}
