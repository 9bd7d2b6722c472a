//! Replay and storage: the event log rebuilds the program, a stored program is checked, and the
//! patient id never prints.

use super::*;

#[test]
fn replay_rebuilds_the_identical_program() {
    let mut p = in_treatment();
    p.apply(ev(day(4), dr(), EventKind::Paused)).unwrap();
    p.apply(ev(day(5), dr(), EventKind::Resumed)).unwrap();
    let replayed = Program::replay(
        p.id().clone(),
        p.patient().clone(),
        Protocol::boulder_back_pain_study(),
        p.history().to_vec(),
    )
    .unwrap();
    assert_eq!(replayed, p);
    let log = p.event_log();
    assert_eq!(log.events(), p.history());
    assert_eq!(log.replay().unwrap(), p);
    // On read the log's format version must be the one this crate writes (2, or 2.0).
    let mut json = serde_json::to_value(&log).unwrap();
    json["schema_version"] = serde_json::json!(2.0);
    assert_eq!(
        serde_json::from_value::<EventLog>(json.clone()).unwrap(),
        log
    );
    json["schema_version"] = serde_json::json!(3);
    let message = serde_json::from_value::<EventLog>(json)
        .unwrap_err()
        .to_string();
    assert!(message.contains("schema_version 3"), "{message}");
}

#[test]
fn replay_reports_the_first_bad_event() {
    let p = in_treatment();
    let mut events = p.history().to_vec();
    events.insert(2, session(5, day(1)));
    let err = Program::replay(
        p.id().clone(),
        p.patient().clone(),
        Protocol::boulder_back_pain_study(),
        events,
    )
    .unwrap_err();
    assert_eq!(err.index(), Some(2));
    assert!(
        err.to_string()
            .starts_with("event 2 was refused: session_completed is not allowed"),
        "{err}"
    );
}

#[test]
fn a_program_round_trips_through_json_and_a_tampered_state_is_refused() {
    let p = in_treatment();
    let json = serde_json::to_value(&p).unwrap();
    let back: Program = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, p);
    let mut tampered = json;
    tampered["state"] = serde_json::json!({"state": "active", "stage": {"stage": "completed"}});
    let err = serde_json::from_value::<Program>(tampered)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("the stored state is completed but the history produces in treatment"),
        "{err}"
    );
}

#[test]
fn debug_output_never_shows_the_patient_id() {
    let p = in_treatment();
    assert!(!format!("{p:?}").contains("pt-1"));
}
