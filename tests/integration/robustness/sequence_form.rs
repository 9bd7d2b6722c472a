//! Structs only as objects at every reader outside the catalog: the event log's own reader, the
//! batch readers, the REDCap export readers and the FHIR readers. (The catalog's readers,
//! `versioning::read` and `read_slice` are checked object by object on every valid fixture in
//! `tests/integration/strict.rs`.) serde's derived `Deserialize` also reads a struct from the
//! array of its field values; plain `serde_json::from_str::<T>` still does (docs/json.md,
//! "Objects only"), so each reader an app calls is pinned here to refuse it with its own typed
//! error.

use std::fs;

use pain_reprocessing::instruments::ScoringOptions;
use pain_reprocessing::interop::batch::{
    BatchConfig, RecordError, score_json_array, score_ndjson, score_record,
};
use pain_reprocessing::program::{EventLog, LogError, Program};
use pain_reprocessing::versioning;
use serde_json::{Value, json};

use crate::support::schema_dir;

/// Every object in `value` (its JSON pointer), outermost first.
fn object_pointers(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            out.push(here.clone());
            for (key, item) in map {
                object_pointers(item, format!("{here}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                object_pointers(item, format!("{here}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `document` with the object at `pointer` replaced by the array of its values: its sequence
/// form where the keys are in declaration order.
fn as_array(document: &Value, pointer: &str) -> Value {
    let mut broken = document.clone();
    let slot = broken.pointer_mut(pointer).unwrap();
    let values: Vec<Value> = slot.as_object().unwrap().values().cloned().collect();
    *slot = Value::Array(values);
    broken
}

fn valid_fixtures(name: &str) -> Vec<(String, Value)> {
    let dir = schema_dir().join("fixtures").join(name).join("valid");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                serde_json::from_slice(&fs::read(path).unwrap()).unwrap(),
            )
        })
        .collect()
}

/// `EventLog::read_json` and `replay_json` (what an app reads a stored log with) refuse every
/// object of every valid log written as an array, with `LogError::Invalid` naming the event and
/// the path; `versioning::read_slice` refuses the same for logs and programs.
#[test]
fn the_event_log_reader_refuses_every_object_as_an_array() {
    let mut checked = 0;
    for (file, log) in valid_fixtures("event_log") {
        let mut pointers = Vec::new();
        object_pointers(&log, String::new(), &mut pointers);
        for pointer in pointers {
            let bytes = serde_json::to_vec(&as_array(&log, &pointer)).unwrap();
            let error = EventLog::read_json(&bytes).expect_err(&format!("{file} {pointer}"));
            match &error {
                LogError::Invalid { message, .. } => assert!(
                    message.starts_with("invalid type: sequence, expected "),
                    "{file} {pointer}: {error}"
                ),
                // The whole document as an array has no `schema_version` to read.
                LogError::Version(_) => assert_eq!(pointer, "", "{file}: {error}"),
                other => panic!("{file} {pointer}: {other:?}"),
            }
            if let Some(inside) = pointer.strip_prefix("/events/") {
                let index: usize = inside.split('/').next().unwrap().parse().unwrap();
                assert_eq!(error.index(), Some(index), "{file} {pointer}: {error}");
            }
            assert!(EventLog::replay_json(&bytes).is_err(), "{file} {pointer}");
            assert!(
                versioning::read_slice::<EventLog>(&bytes).is_err(),
                "{file} {pointer}"
            );
            checked += 1;
        }
    }
    for (file, program) in valid_fixtures("program") {
        let mut pointers = Vec::new();
        object_pointers(&program, String::new(), &mut pointers);
        for pointer in pointers.iter().step_by(7) {
            let bytes = serde_json::to_vec(&as_array(&program, pointer)).unwrap();
            let error = versioning::read_slice::<Program>(&bytes)
                .expect_err(&format!("{file} {pointer}"))
                .to_string();
            assert!(
                pointer.is_empty() || error.contains("invalid type: sequence"),
                "{file} {pointer}: {error}"
            );
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} objects checked");
}

/// The error of a batch record: `InvalidRecord` saying it was a sequence.
fn refused_as_sequence(line: &str) {
    let result = score_record(line.as_bytes(), 0, 1, &ScoringOptions::DEFAULT);
    match result.outcome() {
        Err(RecordError::InvalidRecord { message }) => assert!(
            message.contains("invalid type: sequence"),
            "{line}: {message}"
        ),
        other => panic!("{line}: {other:?}"),
    }
}

/// A batch record (bare or in its envelope, through `score_record`, `score_ndjson` and
/// `score_json_array`) refuses the sequence form of the record, of its response, of its options
/// and of their tagged missing-item policy.
#[test]
fn batch_records_refuse_the_sequence_form() {
    let response = json!({"schema_version": 2, "instrument": "gad2", "answers": [1, 2]});
    let options =
        json!({"missing": {"rule": "prorate", "max_missing": 1}, "odi_max_missing_sections": 1});
    // Both valid as objects, so each refusal below is the sequence form's.
    let valid = [
        response.to_string(),
        json!({"response": response, "options": options, "id": "r-1"}).to_string(),
    ];
    for line in &valid {
        let result = score_record(line.as_bytes(), 0, 1, &ScoringOptions::DEFAULT);
        assert!(result.outcome().is_ok(), "{line}");
    }
    let sequences = [
        json!([2, "gad2", [1, 2]]).to_string(),
        json!({"response": [2, "gad2", [1, 2]]}).to_string(),
        json!({"response": response, "options": [{"rule": "prorate", "max_missing": 1}, 1]})
            .to_string(),
        json!({"response": response, "options": {"missing": ["prorate", 1], "odi_max_missing_sections": 1}})
            .to_string(),
    ];
    for line in &sequences {
        refused_as_sequence(line);
    }
    // The same records through the stream readers: one `invalid_record` result each.
    let ndjson = sequences.join("\n");
    let mut out = Vec::new();
    let summary = score_ndjson(ndjson.as_bytes(), &mut out, &BatchConfig::default()).unwrap();
    assert_eq!((summary.records, summary.scored), (4, 0), "{summary:?}");
    let array = format!("[{}]", sequences.join(","));
    let mut out = Vec::new();
    let summary = score_json_array(array.as_bytes(), &mut out, &BatchConfig::default()).unwrap();
    assert_eq!((summary.records, summary.scored), (4, 0), "{summary:?}");
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.matches("\"invalid_record\"").count(), 4, "{text}");
}

/// A REDCap JSON export row written as an array is that row's `Unreadable` error, its neighbours
/// read; the mapping read by the crate's reader refuses every object of its fixtures as an array
/// (`versioning::read_slice`, as `examples/redcap.rs` reads it).
#[test]
fn redcap_rows_and_mappings_refuse_the_sequence_form() {
    use pain_reprocessing::interop::redcap::{RedcapError, RedcapMapping, read_json_records};

    let mapping_text = fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/redcap/boulder_mapping.json"),
    )
    .unwrap();
    let mapping: RedcapMapping = versioning::read_slice(&mapping_text).unwrap();
    let export = br#"[{"record_id": "1"}, ["1", "baseline_arm_1"], {"record_id": "2"}]"#;
    let rows = read_json_records(&mapping, export).unwrap();
    assert_eq!(rows.len(), 3);
    assert!(
        matches!(&rows[1], Err(RedcapError::Unreadable { .. })),
        "{:?}",
        rows[1]
    );
    let mut checked = 0;
    for (file, document) in valid_fixtures("redcap_mapping") {
        let mut pointers = Vec::new();
        object_pointers(&document, String::new(), &mut pointers);
        for pointer in pointers {
            let bytes = serde_json::to_vec(&as_array(&document, &pointer)).unwrap();
            assert!(
                versioning::read_slice::<RedcapMapping>(&bytes).is_err(),
                "{file} {pointer}"
            );
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} objects checked");
}

/// The FHIR readers never read an array as an element: every object of HL7's examples written as
/// an array gives a typed `FhirError`, or (for an element the reader does not read, such as
/// `meta` or `text`) the response read from the example, unchanged: the answer of the
/// questionnaire's own total item (`stated_total`, kept beside the answers for comparison, never
/// scored) is refused like any item's, not dropped.
#[cfg(feature = "fhir")]
#[test]
fn the_fhir_readers_never_read_an_array_as_an_element() {
    use pain_reprocessing::interop::fhir::{
        FhirError, QuestionnaireMap, ReadOptions, read_questionnaire_response,
    };

    let hl7 = |name: &str| -> Value {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/fhir/hl7")
            .join(name);
        serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
    };
    let (mut refused, mut ignored) = (0, 0);
    for name in ["QuestionnaireResponse-phq-9-example.json"] {
        let document = hl7(name);
        let options = ReadOptions::new();
        let read = |document: &Value| read_questionnaire_response(&document.to_string(), &options);
        let expected = read(&document).unwrap();
        let mut pointers = Vec::new();
        object_pointers(&document, String::new(), &mut pointers);
        for pointer in pointers {
            match read(&as_array(&document, &pointer)) {
                Ok(response) => {
                    assert_eq!(response.response(), expected.response(), "{name} {pointer}");
                    assert_eq!(response.status(), expected.status(), "{name} {pointer}");
                    assert_eq!(
                        response.stated_total(),
                        expected.stated_total(),
                        "{name} {pointer}"
                    );
                    ignored += 1;
                }
                Err(_) => refused += 1,
            }
        }
        assert!(
            matches!(
                read(&as_array(&document, "")),
                Err(FhirError::WrongResourceType { .. } | FhirError::Invalid { .. })
            ),
            "{name}"
        );
    }
    let questionnaire = hl7("questionnaire-sdc-profile-example-PHQ9.json");
    assert!(QuestionnaireMap::from_value(&as_array(&questionnaire, "")).is_err());
    assert!(
        refused > 20 && ignored > 0,
        "{refused} refused, {ignored} ignored"
    );
}
