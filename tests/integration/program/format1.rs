//! Event logs and program snapshots written by event-log format 1 (assessments of scores, no
//! answers; kept verbatim in docs/schemas/fixtures/<name>/v1) read through the upgrade and replay to the
//! state they replayed to before.

use std::fs;
use std::path::PathBuf;

use pain_reprocessing::program::{EventKind, EventLog, Program};
use pain_reprocessing::versioning;
use serde_json::Value;

fn fixture(document: &str, name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("docs/schemas/fixtures")
        .join(document)
        .join("v1")
        .join(format!("{name}.json"));
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_format_1_document_reads_and_replays_to_its_former_state() {
    for name in [
        "first_four_events",
        "safety_goals_and_clearances",
        "treatment_completed",
    ] {
        let stored = fixture("event_log", name);
        assert_eq!(stored["schema_version"], 1, "{name}");
        let count = stored["events"].as_array().unwrap().len();
        let log: EventLog = versioning::read(stored).unwrap();
        assert_eq!(log.legacy_events(), count, "{name}");
        let program = log.replay().unwrap();
        assert!(program.replay_findings().is_empty(), "{name}");
        // Every assessment kept its scores, marked as recorded without answers.
        for event in program.history() {
            assert!(
                !matches!(event.kind(), EventKind::AssessmentRecorded { .. }),
                "{name}: {event:?}"
            );
        }
        // Written as format 2 and read again: the same program.
        let text = serde_json::to_string(&program.event_log()).unwrap();
        let again: EventLog = serde_json::from_str(&text).unwrap();
        assert_eq!(again.replay().unwrap(), program, "{name}");
        if name != "first_four_events" {
            // The stored snapshot names the state the history replayed to under format 1;
            // reading it replays the upgraded history and checks that state.
            let snapshot: Program = versioning::read(fixture("program", name)).unwrap();
            assert_eq!(snapshot.state(), program.state(), "{name}");
        }
    }
    let in_treatment: Program = versioning::read(fixture("program", "in_treatment")).unwrap();
    assert_eq!(in_treatment.legacy_events(), in_treatment.history().len());
}

/// Format-1 logs and programs, as apps stored them before the envelope: they read through the
/// 1 -> 2 step, every time to the same ids and chain, and replay.
#[test]
fn format_1_documents_keep_reading_with_a_deterministic_chain() {
    use pain_reprocessing::program::{EventLog, Program};
    use pain_reprocessing::versioning;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/schemas/fixtures");
    let text = std::fs::read(dir.join("event_log/v1/treatment_completed.json")).unwrap();
    let first = EventLog::read_json(&text).unwrap();
    let second = EventLog::read_json(&text).unwrap();
    assert_eq!(first, second);
    assert_eq!(first.head_hash(), second.head_hash());
    for (seq, logged) in first.events().iter().enumerate() {
        assert_eq!(logged.seq(), seq as u64);
        assert_eq!(logged.id().as_str(), format!("seq-{seq}"));
    }
    let program = first.replay().unwrap();
    assert_eq!(
        program.event_log(),
        first,
        "a new log of the same history has the same chain"
    );
    let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
    assert_eq!(versioning::read::<EventLog>(value).unwrap(), first);
    let text = std::fs::read(dir.join("program/v1/safety_goals_and_clearances.json")).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
    let program: Program = versioning::read(value).unwrap();
    assert_eq!(
        serde_json::from_value::<Program>(serde_json::to_value(&program).unwrap()).unwrap(),
        program
    );
}
