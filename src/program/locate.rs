//! The JSON path of a bad field inside an event's payload (`event.outcome.reasons[0].status`).
//!
//! An event's payload is an internally tagged object (`{"type": "session_completed", …}`). Read
//! from text with the tag first, as this crate writes it, the payload is read in one pass and
//! `serde_path_to_error` follows every field into it. Written with the tag later (a JSON tool that
//! sorts keys puts `"type"` after `"outcome"`), the payload has to be collected before its variant
//! is known, and the path of a bad field in it stops at `event`. When that happens, the log reader
//! reads the event's payload once more, its tag moved first, which finds the same error with its
//! whole path; this costs nothing unless an event is bad. It holds for every event kind alike: the
//! second read is the same `EventKind` reader, not a list kept per kind.

use serde_json::{Map, Value};

use super::event::EventKind;
use crate::located::{self, Located};

/// The field of an event that holds its payload, as a path names it.
pub(super) const PAYLOAD: &str = "event";

/// The error that reading the payload `kind` gives, with its path inside the payload, when `kind`
/// is an object with a tag; `None` when it has no tag or reads.
fn payload_error(kind: &Map<String, Value>) -> Option<Located> {
    let tag = kind.get("type")?;
    let mut text = String::from("{\"type\":");
    text.push_str(&serde_json::to_string(tag).ok()?);
    for (key, value) in kind.iter().filter(|(key, _)| *key != "type") {
        text.push(',');
        text.push_str(&serde_json::to_string(key).ok()?);
        text.push(':');
        text.push_str(&serde_json::to_string(value).ok()?);
    }
    text.push('}');
    located::from_slice::<EventKind>(text.as_bytes()).err()
}

/// When `path` (inside an event) stops at the payload, the path and message of the same error
/// read with the payload's tag first from `event`, the event's JSON; else `None`.
pub(super) fn inside_payload(event: &Value, path: &str) -> Option<(String, String)> {
    if path != PAYLOAD {
        return None;
    }
    let error = payload_error(event.get(PAYLOAD)?.as_object()?)?;
    if error.location.is_top_level() {
        return None;
    }
    Some((
        error.location.clone().under(PAYLOAD).path().to_owned(),
        error.message,
    ))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_payload_with_its_tag_last_is_read_again_for_the_path() {
        let event =
            json!({"event": {"number": "two", "session_id": "s-1", "type": "session_completed"}});
        let (path, message) = inside_payload(&event, "event").unwrap();
        assert_eq!(path, "event.number");
        assert_eq!(message, "invalid type: string \"two\", expected u16");
        // Another path, an unknown tag or a payload that reads: nothing to add.
        assert_eq!(inside_payload(&event, "at"), None);
        assert_eq!(
            inside_payload(&json!({"event": {"type": "teleported"}}), "event"),
            None
        );
        assert_eq!(
            inside_payload(&json!({"event": {"type": "enrolled"}}), "event"),
            None
        );
    }

    /// A stored log (keys sorted, as JSON tools write them: every payload's tag after its
    /// fields), with one bad value deep in one event of each of several kinds.
    #[test]
    fn every_log_read_names_the_event_and_the_whole_path_inside_it() {
        use crate::program::{EventLog, LogError};
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/schemas/fixtures/event_log/valid/safety_goals_and_clearances.json"
        ))
        .unwrap();
        let log: Value = serde_json::from_str(&text).unwrap();
        let cases: [(usize, &str, Value, &str, &str); 4] = [
            (
                0,
                "/event/outcome/reasons/0/status",
                json!("maybe"),
                "event.outcome.reasons[0].status",
                "unknown variant `maybe`",
            ),
            (
                0,
                "/event/outcome/clearances/0/flag",
                json!("gout"),
                "event.outcome.clearances[0].flag",
                "unknown variant `gout`",
            ),
            (
                1,
                "/event/clearance/cleared_at",
                json!("2026-01-04"),
                "event.clearance.cleared_at",
                "invalid date-time: expected an RFC 3339 date-time",
            ),
            (
                3,
                "/event/responses/0/answers/2",
                json!(11),
                // The answers' range is the response's own rule: its path is the response.
                "event.responses[0]",
                "BPI-SF item 3 is 11; answers range 0-10",
            ),
        ];
        for (index, pointer, value, expected, message_start) in cases {
            let mut bad = log.clone();
            *bad.pointer_mut(&format!("/events/{index}{pointer}"))
                .unwrap() = value;
            let bytes = serde_json::to_vec(&bad).unwrap();
            for error in [
                EventLog::read_json(&bytes).unwrap_err(),
                EventLog::replay_json(&bytes).unwrap_err(),
            ] {
                let LogError::Invalid {
                    index: at,
                    path,
                    message,
                } = &error
                else {
                    panic!("{pointer}: {error}");
                };
                assert_eq!((*at, path.as_str()), (Some(index), expected), "{error}");
                assert!(message.starts_with(message_start), "{pointer}: {message}");
            }
        }
        // A format-1 log (bare events, keys sorted) is followed into the payload as it is upgraded.
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/schemas/fixtures/event_log/v1/safety_goals_and_clearances.json"
        ))
        .unwrap();
        let mut old: Value = serde_json::from_str(&text).unwrap();
        old["events"][1]["event"]["clearance"]["flag"] = json!("gout");
        let sorted = serde_json::to_vec(&old).unwrap();
        let error = EventLog::read_json(&sorted).unwrap_err();
        assert!(
            matches!(&error, LogError::Invalid { index: Some(1), path, .. }
                if path == "event.clearance.flag"),
            "{error:?}"
        );
    }
}
