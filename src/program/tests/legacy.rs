//! Format-1 histories that break a rule enforced since format 2: read, replayed to the state they
//! replay to under format 1, with each breach listed as a finding; the same event applied new is
//! refused and leaves the program unchanged.

use serde_json::json;

use super::*;
use crate::versioning;

/// The one place these tests build an assessment event (A's `Event::assessment` changes shape).
fn assessment(protocol: &Protocol, at: DateTime<Utc>, timepoint: Timepoint) -> Event {
    Event::assessment(timepoint, battery(protocol, timepoint), Actor::Patient, at)
}

/// `events` as a stored format-1 event log, read through the versioned reader.
fn format_1_log(protocol: &Protocol, events: &[Event]) -> EventLog {
    versioning::read::<EventLog>(json!({
        "schema_version": 1,
        "program_id": "prog-1",
        "patient_id": "pt-1",
        "protocol": protocol,
        "events": events,
    }))
    .unwrap()
}

/// Screening, enrollment, the baseline and sessions 1..=`sessions` of the Boulder protocol.
fn boulder_start(sessions: u16) -> Vec<Event> {
    let protocol = Protocol::boulder_back_pain_study();
    let mut events = vec![
        screened(day(0), ScreeningDecision::Eligible),
        Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)),
        assessment(&protocol, day(2), Timepoint::Baseline),
    ];
    events.extend((1..=sessions).map(|n| session(n, day(i64::from(n) + 2))));
    events
}

/// Reads `events` as a format-1 log and checks the replay, the findings, and that the event at
/// `bad` applied new is refused with `error`, the program unchanged.
fn check(
    protocol: &Protocol,
    events: &[Event],
    state: ProgramState,
    findings: &[(usize, LegacyRule)],
    error: &TransitionError,
) -> Program {
    let log = format_1_log(protocol, events);
    assert_eq!(log.legacy_events(), events.len());
    let program = log.replay().unwrap();
    assert_eq!(program.state(), state);
    assert_eq!(program.history(), events, "nothing stored is dropped");
    let expected: Vec<ReplayFinding> = findings
        .iter()
        .map(|(index, rule)| ReplayFinding::new(*index, rule.clone()))
        .collect();
    assert_eq!(program.replay_findings(), expected.as_slice());
    // The legacy prefix is carried through the v2 documents.
    let again: Program = serde_json::from_value(serde_json::to_value(&program).unwrap()).unwrap();
    assert_eq!(again, program);
    assert_eq!(program.event_log().legacy_events(), events.len());
    // Applied new, the first breaching event is refused.
    let bad = findings.first().map(|(index, _)| *index).unwrap();
    let mut fresh = Program::replay(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        protocol.clone(),
        events.iter().take(bad).cloned(),
    )
    .unwrap();
    let before = fresh.clone();
    let event = events.get(bad).cloned().unwrap();
    assert_eq!(fresh.apply(event).as_ref(), Err(error));
    assert_eq!(fresh, before);
    program
}

#[test]
fn a_format_1_log_with_every_follow_up_on_the_post_treatment_day() {
    let protocol = Protocol::boulder_back_pain_study();
    let mut events = boulder_start(9);
    events.push(assessment(&protocol, day(11), Timepoint::PostTreatment));
    for months in [1, 2, 3, 6, 12] {
        events.push(assessment(
            &protocol,
            day(11),
            Timepoint::FollowUp { months },
        ));
    }
    let window = |index: usize, months: u32| {
        let anchor = day(11)
            .checked_add_months(chrono::Months::new(months))
            .unwrap();
        (
            index,
            LegacyRule::AssessmentWindow {
                timepoint: Timepoint::FollowUp {
                    months: u16::try_from(months).unwrap(),
                },
                opens: anchor - TimeDelta::days(14),
                closes: anchor + TimeDelta::days(14),
                at: day(11),
            },
        )
    };
    let findings = [
        window(13, 1),
        window(14, 2),
        window(15, 3),
        window(16, 6),
        window(17, 12),
    ];
    let LegacyRule::AssessmentWindow { opens, closes, .. } = findings[0].1.clone() else {
        unreachable!()
    };
    let program = check(
        &protocol,
        &events,
        ProgramState::Active {
            stage: Stage::Completed,
        },
        &findings,
        &TransitionError::AssessmentOutsideWindow {
            timepoint: Timepoint::FollowUp { months: 1 },
            opens,
            closes,
            at: day(11),
        },
    );
    assert_eq!(
        program.replay_findings()[4].to_string(),
        "event 17: the follow-up +12 months assessment was recorded at 2026-01-16 09:00 UTC \
         outside its window 2027-01-02 09:00 UTC to 2027-01-30 09:00 UTC (assessment window rule)"
    );
}

#[test]
fn a_format_1_log_whose_migration_invents_sessions() {
    let protocol = Protocol::boulder_back_pain_study();
    let v2 = Protocol::builder(ProtocolId::new("boulder-back-pain-study").unwrap(), 2)
        .evaluation_session(Modality::Video, 60)
        .therapy_sessions(10, Modality::InPerson, 60, [])
        .cadence(Cadence::new(2, 35))
        .assessment(Timepoint::Baseline, [InstrumentId::BpiSf], 0, 14)
        .assessment(Timepoint::PostTreatment, [InstrumentId::BpiSf], 0, 14)
        .build()
        .unwrap();
    let mut events = boulder_start(5);
    events.push(ev(
        day(8),
        dr(),
        EventKind::ProtocolMigrated {
            migration: Box::new(ProtocolMigration::new(v2, 8)),
        },
    ));
    check(
        &protocol,
        &events,
        ProgramState::Active {
            stage: Stage::InTreatment {
                completed: 7,
                planned: 10,
            },
        },
        &[(8, LegacyRule::MigrationSessionCount { done: 5, mapped: 8 })],
        &TransitionError::MigrationMismatch {
            reason: MigrationMismatch::SessionCount { done: 5, mapped: 8 },
        },
    );
}

#[test]
fn a_format_1_log_with_a_session_id_used_twice() {
    let protocol = Protocol::boulder_back_pain_study();
    let mut events = boulder_start(1);
    events.push(Event::session_completed(
        2,
        SessionId::new("s-1").unwrap(),
        ClinicianId::new("dr-1").unwrap(),
        day(4),
    ));
    let rule = LegacyRule::DuplicateSessionId {
        session_id: SessionId::new("s-1").unwrap(),
        first_number: 1,
        number: 2,
    };
    check(
        &protocol,
        &events,
        ProgramState::Active {
            stage: Stage::InTreatment {
                completed: 1,
                planned: 8,
            },
        },
        &[(4, rule)],
        &TransitionError::DuplicateSessionId {
            session_id: SessionId::new("s-1").unwrap(),
            first_number: 1,
            number: 2,
        },
    );
}

#[test]
fn events_after_the_legacy_prefix_follow_the_new_rules() {
    let protocol = Protocol::boulder_back_pain_study();
    let mut program = format_1_log(&protocol, &boulder_start(1)).replay().unwrap();
    let reused = Event::session_completed(
        2,
        SessionId::new("s-1").unwrap(),
        ClinicianId::new("dr-1").unwrap(),
        day(4),
    );
    assert!(matches!(
        program.apply(reused),
        Err(TransitionError::DuplicateSessionId { .. })
    ));
    assert!(program.replay_findings().is_empty());
}

#[test]
fn the_upgrade_step_sets_the_legacy_prefix_only() {
    use crate::versioning::VersionError;
    let mut document = json!({"program_id": "p", "events": [{}, {}, {}]})
        .as_object()
        .cloned()
        .unwrap();
    super::super::upgrade::legacy_prefix_v1_to_v2(&mut document).unwrap();
    assert_eq!(
        serde_json::Value::Object(document.clone()),
        json!({"program_id": "p", "events": [{}, {}, {}], "legacy_events": 3})
    );
    let again = super::super::upgrade::legacy_prefix_v1_to_v2(&mut document);
    assert!(matches!(
        again,
        Err(VersionError::UnmappedValue { field, .. }) if field == "legacy_events"
    ));
    let mut no_events = serde_json::Map::new();
    assert!(matches!(
        super::super::upgrade::legacy_prefix_v1_to_v2(&mut no_events),
        Err(VersionError::UnmappedValue { field, .. }) if field == "events"
    ));
    // A format-1 program snapshot reads too, with its state checked.
    let program = {
        let events = boulder_start(2);
        format_1_log(&Protocol::boulder_back_pain_study(), &events)
            .replay()
            .unwrap()
    };
    let snapshot = as_format_1(&serde_json::to_value(&program).unwrap());
    assert_eq!(versioning::read::<Program>(snapshot).unwrap(), program);
}

#[test]
fn a_legacy_prefix_longer_than_the_history_is_refused() {
    let log = Program::replay(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        Protocol::boulder_back_pain_study(),
        boulder_start(1),
    )
    .unwrap()
    .event_log();
    let mut json = serde_json::to_value(&log).unwrap();
    json["legacy_events"] = json!(5);
    let claimed: EventLog = serde_json::from_value(json).unwrap();
    assert_eq!(
        claimed.replay(),
        Err(ReplayError::LegacyPrefixTooLong {
            legacy_events: 5,
            events: 4
        })
    );
}
