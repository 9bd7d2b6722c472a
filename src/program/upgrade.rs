//! The `1 -> 2` upgrade of the event log and program snapshot documents (reading a stored log with
//! errors that name the event is `read.rs`).
//!
//! The step is four changes, each a pure function on the JSON object, run in this order:
//!
//! 1. **Assessments** ([`assessments_v1_to_v2`]): format 1 stored each assessment as derived
//!    scores, `{"type": "assessment_recorded", "timepoint": …, "scores": [Score]}`. Format 2 stores
//!    the responses as answered; a format-1 assessment becomes `{"type":
//!    "assessment_recorded_without_answers", "timepoint": …, "scores": [Score]}`, its scores kept as
//!    stored.
//! 2. **Instruments** ([`instruments_v1_to_v2`]): every embedded document that names an
//!    instrument (the scores, a goal, a protocol) is upgraded where it sits to its own format 2
//!    (PROMIS ids as published, per-subscale missing handling).
//! 3. **The legacy prefix** ([`legacy_prefix_v1_to_v2`]): `legacy_events` counts the events
//!    recorded under format 1.
//! 4. **The envelope** ([`envelope_step`]), last, because it hashes each event's final content.
//!
//! # The envelope step
//!
//! Format 1 stored bare events. The step gives each event its envelope, deterministically, so the
//! same old file always gives the same ids and the same chain:
//!
//! - every identifier outside the id alphabet (every string the document's schema types as an
//!   identifier, in the events and in the documents they embed: a clearance's `clinician`, a late
//!   entry's `approved_by` as much as an `actor.id`) becomes [`legacy_id`] of its text, and the
//!   original text is kept in the document's `legacy_ids` (`id/remap.rs`, the step every
//!   document with ids shares); an id inside the alphabet is kept as it is;
//! - event `n` gets `seq` `n`, the id `seq-n` (as if applied without an id today), and the hash of
//!   the chain over its content as this crate writes it (the event is read as an [`Event`] and
//!   written again, so the hash covers the final format-2 content whatever spelling the old text
//!   used).
//!
//! It runs last of the format-2 steps: the payload steps change an event's content first, and the
//! hash is over the result.

use serde_json::{Map, Value};

use super::chain;
use super::envelope::{EventId, LoggedEvent};
use super::event::Event;
use crate::ProgramId;
#[cfg(doc)]
use crate::id::legacy_id;
use crate::located::{self, Location};
use crate::version::{SchemaVersion, VersionError, Versioned};

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

/// The instruments' part of the `1 -> 2` step: every embedded document that names
/// an instrument is upgraded where it sits and set to its format 2: the scores of assessment
/// events (`event.scores`) and of score flags (`event.score`), the goal of a goal event
/// (`event.goal`), the protocol of a protocol migration (`event.migration.protocol`) and the
/// protocol the program started on (`protocol`). Other fields are left to the other steps of the
/// same upgrade and to the reader.
///
/// # Errors
///
/// The errors of [`upgrade_score_v1`](crate::instruments::migrate::upgrade_score_v1).
pub(crate) fn instruments_v1_to_v2(
    mut log: serde_json::Map<String, serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
    use crate::instruments::migrate::{upgrade_embedded_score_v1, upgrade_embedded_v1 as embedded};
    use serde_json::Value;
    if let Some(protocol) = log.get_mut("protocol") {
        embedded(protocol, crate::protocol::upgrade_protocol_v1)?;
    }
    if let Some(Value::Array(events)) = log.get_mut("events") {
        for event in events.iter_mut().filter_map(|e| e.get_mut("event")) {
            if let Some(Value::Array(scores)) = event.get_mut("scores") {
                scores.iter_mut().try_for_each(upgrade_embedded_score_v1)?;
            }
            if let Some(score) = event.get_mut("score") {
                upgrade_embedded_score_v1(score)?;
            }
            // A raised concern that is a score's flag holds the score.
            if let Some(score) = event.get_mut("concern").and_then(|c| c.get_mut("score")) {
                upgrade_embedded_score_v1(score)?;
            }
            if let Some(goal) = event.get_mut("goal") {
                embedded(goal, crate::goals::upgrade_goal_v1)?;
            }
            if let Some(protocol) = event
                .get_mut("migration")
                .and_then(|m| m.get_mut("protocol"))
            {
                embedded(protocol, crate::protocol::upgrade_protocol_v1)?;
            }
        }
    }
    Ok(log)
}

/// The whole `1 -> 2` step of document `T` (an event log or a program snapshot), its four parts
/// in order; the registry (`schema/roots.rs`) makes it `T`'s only upgrade step.
///
/// # Errors
///
/// The errors of each part.
pub(crate) fn log_v1_to_v2<T: Versioned + schemars::JsonSchema>(
    mut document: Map<String, Value>,
) -> Result<Map<String, Value>, VersionError> {
    assessments_v1_to_v2(&mut document)?;
    let mut document = instruments_v1_to_v2(document)?;
    legacy_prefix_v1_to_v2(&mut document)?;
    envelope_step::<T>(&mut document)?;
    Ok(document)
}

/// The 1 -> 2 envelope step of the event log or program document named `document` (see `src/program/upgrade.rs`). Leaves fields it does not know for deserialization to refuse.
///
/// # Errors
///
/// [`VersionError::UnmappedValue`] when `program_id` is not an id, and [`VersionError::Invalid`]
/// naming the event's path (`events[3].at`) when an event is not a valid event.
pub(crate) fn envelope_step<T: Versioned + schemars::JsonSchema>(
    object: &mut Map<String, Value>,
) -> Result<(), VersionError> {
    let document = T::DOCUMENT;
    crate::id::remap::map_ids::<T>(document, SchemaVersion::V1, object)?;
    let unmapped = |field: &str, reason| VersionError::UnmappedValue {
        document,
        from: SchemaVersion::V1,
        field: field.to_owned(),
        reason,
    };
    let program = object
        .get("program_id")
        .and_then(Value::as_str)
        .and_then(|id| ProgramId::new(id).ok())
        .ok_or_else(|| unmapped("program_id", "must be a program id"))?;
    let Some(Value::Array(events)) = object.get_mut("events") else {
        // Missing or not a list: deserialization names it.
        return Ok(());
    };
    let mut prev = chain::genesis(&program);
    for (index, value) in events.iter_mut().enumerate() {
        let event: Event = located::from_value(value.clone()).map_err(|error| {
            let (message, location) =
                match super::locate::inside_payload(value, error.location.path()) {
                    Some((path, message)) => (message, Location::at(path)),
                    None => (error.message, error.location),
                };
            VersionError::Invalid {
                document,
                message,
                location: location.under(&format!("events[{index}]")),
            }
        })?;
        let seq = index as u64;
        let hash = chain::link(&prev, seq, None, &event);
        prev = hash;
        let logged = LoggedEvent::from_parts(seq, EventId::sequential(seq), event, hash);
        *value = serde_json::to_value(&logged)
            .map_err(|_| unmapped("events", "holds an event that cannot be written again"))?;
    }
    Ok(())
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
