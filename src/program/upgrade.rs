//! The `1 -> 2` upgrade of the event log and program snapshot documents, one step per change, each
//! a pure function on the JSON object (the lead composes them: the payload steps, then the
//! envelope).
//!
//! Format 1 stored each assessment as derived scores: `{"type": "assessment_recorded",
//! "timepoint": …, "scores": [Score]}`. Format 2 stores the responses as answered; a format-1
//! assessment becomes `{"type": "assessment_recorded_without_answers", "timepoint": …, "scores":
//! [Score]}`, its scores kept as stored, and `legacy_events` counts the events recorded under
//! format 1.

use serde_json::{Map, Value};

use crate::versioning::{SchemaVersion, VersionError};

/// The catalog name of the document being upgraded: a program snapshot has a `state`.
fn document_name(document: &Map<String, Value>) -> &'static str {
    if document.contains_key("state") {
        "program"
    } else {
        "event_log"
    }
}

fn events_of(document: &mut Map<String, Value>) -> Result<&mut Vec<Value>, VersionError> {
    let name = document_name(document);
    match document.get_mut("events") {
        Some(Value::Array(events)) => Ok(events),
        _ => Err(VersionError::UnmappedValue {
            document: name,
            from: SchemaVersion::V1,
            field: "events".to_owned(),
            reason: "must be an array of events",
        }),
    }
}

/// The legacy prefix: sets `legacy_events` to the number of events recorded under format 1.
pub(crate) fn legacy_prefix_v1_to_v2(
    document: &mut Map<String, Value>,
) -> Result<(), VersionError> {
    if document.contains_key("legacy_events") {
        return Err(VersionError::UnmappedValue {
            document: document_name(document),
            from: SchemaVersion::V1,
            field: "legacy_events".to_owned(),
            reason: "a format-1 document has no legacy_events",
        });
    }
    let count = events_of(document)?.len();
    document.insert("legacy_events".to_owned(), Value::from(count));
    Ok(())
}

/// Engineer A's payload step: every format-1 assessment (scores, no answers) becomes an
/// `assessment_recorded_without_answers` event holding the same timepoint and scores. Any other
/// event is left as it is (the typed read that follows checks it).
pub(crate) fn assessments_v1_to_v2(document: &mut Map<String, Value>) -> Result<(), VersionError> {
    for event in events_of(document)? {
        let Some(kind) = event.get_mut("event").and_then(Value::as_object_mut) else {
            continue;
        };
        let is_assessment = kind.get("type").and_then(Value::as_str) == Some("assessment_recorded");
        if is_assessment && kind.contains_key("scores") {
            kind.insert(
                "type".to_owned(),
                Value::from("assessment_recorded_without_answers"),
            );
        }
    }
    Ok(())
}

/// The whole `1 -> 2` step of both documents.
pub(crate) fn v1_to_v2(
    mut document: Map<String, Value>,
) -> Result<Map<String, Value>, VersionError> {
    assessments_v1_to_v2(&mut document)?;
    legacy_prefix_v1_to_v2(&mut document)?;
    Ok(document)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    #[test]
    fn a_format_1_assessment_keeps_its_scores_marked_without_answers() {
        let mut document = object(json!({
            "events": [
                {"at": "2026-01-05T09:00:00Z", "actor": {"role": "patient"},
                 "event": {"type": "assessment_recorded", "timepoint": {"kind": "baseline"}, "scores": [{"total": 3}]}},
                {"at": "2026-01-05T09:00:00Z", "actor": {"role": "patient"}, "event": {"type": "paused"}}
            ]
        }));
        assessments_v1_to_v2(&mut document).unwrap();
        assert_eq!(
            document["events"][0]["event"],
            json!({"type": "assessment_recorded_without_answers", "timepoint": {"kind": "baseline"}, "scores": [{"total": 3}]})
        );
        assert_eq!(document["events"][1]["event"], json!({"type": "paused"}));
    }

    #[test]
    fn the_legacy_prefix_counts_every_format_1_event() {
        let mut document = object(json!({"events": [{}, {}, {}]}));
        legacy_prefix_v1_to_v2(&mut document).unwrap();
        assert_eq!(document["legacy_events"], json!(3));
        let mut empty = object(json!({"events": []}));
        legacy_prefix_v1_to_v2(&mut empty).unwrap();
        assert_eq!(empty["legacy_events"], json!(0));
    }

    #[test]
    fn events_that_are_not_an_array_are_refused_with_the_field() {
        let mut document = object(json!({"events": 3, "state": {}}));
        let error = assessments_v1_to_v2(&mut document).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot upgrade program from schema_version 1: field `events` must be an array of events"
        );
    }
}
