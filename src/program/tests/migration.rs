//! Protocol migration: the explicit mapping of a program's position onto a newer protocol version,
//! and every way a mapping is refused.

use super::fixtures::*;
use super::*;

/// Version 2 of the Boulder protocol: one evaluation session, ten therapy sessions.
fn v2() -> Protocol {
    staged("boulder-back-pain-study", 2, 1, 10)
}

fn migrate(p: &mut Program, protocol: Protocol, done: u16) -> Result<Transition, TransitionError> {
    migrate_at(p, protocol, done, day(6))
}

fn migrate_at(
    p: &mut Program,
    protocol: Protocol,
    done: u16,
    at: DateTime<Utc>,
) -> Result<Transition, TransitionError> {
    p.apply(ev(
        at,
        dr(),
        EventKind::ProtocolMigrated {
            migration: Box::new(ProtocolMigration::new(protocol, done)),
        },
    ))
}

#[test]
fn protocol_migration_maps_the_position_explicitly() {
    let mut p = in_treatment();
    p.apply(session(2, day(4))).unwrap();
    p.apply(session(3, day(5))).unwrap();
    migrate(&mut p, v2(), 3).unwrap();
    assert_eq!(p.protocol().version(), 2);
    assert_eq!(
        stage(&p),
        Stage::InTreatment {
            completed: 2,
            planned: 10
        }
    );
    // The history still replays from the original protocol.
    assert_eq!(p.event_log().replay().unwrap(), p);
    assert_eq!(p.initial_protocol().version(), 1);
}

#[test]
fn protocol_migration_guards() {
    let mut p = in_treatment();
    let before = p.clone();
    assert!(matches!(
        migrate(&mut p, Protocol::general_clinical(), 1),
        Err(TransitionError::DifferentProtocol { .. })
    ));
    assert_eq!(
        migrate(&mut p, Protocol::boulder_back_pain_study(), 1),
        Err(TransitionError::NotNewer {
            current: 1,
            offered: 1
        })
    );
    assert_eq!(
        migrate(&mut p, v2(), 0),
        Err(TransitionError::MigrationMismatch {
            reason: MigrationMismatch::EvaluationSessions { done: 1, mapped: 0 }
        })
    );
    assert_eq!(
        migrate(&mut p, v2(), 11),
        Err(TransitionError::MigrationMismatch {
            reason: MigrationMismatch::TooManySessions {
                mapped: 11,
                allowed: 10
            }
        })
    );
    assert_eq!(p, before);
    let err = p
        .apply(ev(
            day(6),
            Actor::Patient,
            EventKind::ProtocolMigrated {
                migration: Box::new(ProtocolMigration::new(v2(), 1)),
            },
        ))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::ClinicianRequired {
            event: EventType::ProtocolMigrated
        }
    );
}

#[test]
fn migration_refuses_to_drop_a_recorded_assessment() {
    let mut p = in_treatment();
    p.apply(ev(
        day(4),
        dr(),
        EventKind::TreatmentEndedEarly {
            reason: EarlyEndReason::Clinical,
        },
    ))
    .unwrap();
    p.apply(assess(&p, day(5), Timepoint::PostTreatment))
        .unwrap();
    let month = Timepoint::FollowUp { months: 1 };
    let when = opens(&p, month, day(6));
    p.apply(assess(&p, when, month)).unwrap();
    assert_eq!(
        migrate_at(&mut p, v2(), 1, when),
        Err(TransitionError::MigrationMismatch {
            reason: MigrationMismatch::TimepointDropped {
                timepoint: Timepoint::FollowUp { months: 1 }
            }
        })
    );
}

/// Version 2 of the Boulder protocol without an evaluation session.
fn v2_without_evaluation() -> Protocol {
    staged("boulder-back-pain-study", 2, 0, 8)
}

#[test]
fn before_the_baseline_no_session_can_be_mapped_as_done() {
    let mut p = enrolled(Protocol::boulder_back_pain_study());
    assert_eq!(stage(&p), Stage::BaselineAssessment);
    // No evaluation session in the new version, so only the stage limits the mapping: none done.
    assert_eq!(
        migrate(&mut p, v2_without_evaluation(), 1),
        Err(TransitionError::MigrationMismatch {
            reason: MigrationMismatch::TooManySessions {
                mapped: 1,
                allowed: 0
            }
        })
    );
    migrate(&mut p, v2_without_evaluation(), 0).unwrap();
    assert_eq!(stage(&p), Stage::BaselineAssessment);
    assert_eq!(p.completed_sessions(), 0);
}

#[test]
fn mismatches_say_what_the_mapping_got_wrong() {
    let messages = [
        (
            MigrationMismatch::EvaluationSessions { done: 1, mapped: 0 },
            "1 evaluation sessions were done but the mapping counts 0",
        ),
        (
            MigrationMismatch::TooManySessions {
                mapped: 11,
                allowed: 10,
            },
            "11 sessions mapped as done; at most 10 fit the current stage",
        ),
    ];
    for (mismatch, message) in messages {
        assert_eq!(mismatch.to_string(), message);
    }
    let dropped = MigrationMismatch::TimepointDropped {
        timepoint: Timepoint::FollowUp { months: 1 },
    };
    assert!(
        dropped
            .to_string()
            .ends_with("assessment is not in the new schedule")
    );
    assert!(!MigrationMismatch::NoFollowUpLeft.to_string().is_empty());
}

/// `version` of protocol `id` with `evaluations` evaluation sessions, `therapy` therapy sessions
/// every 2-35 days, and BPI-SF at baseline, post-treatment and a 3-month follow-up.
fn staged(id: &str, version: u32, evaluations: u16, therapy: u16) -> Protocol {
    let mut builder = Protocol::builder(ProtocolId::new(id).unwrap(), version);
    for _ in 0..evaluations {
        builder = builder.evaluation_session(Modality::Video, 60);
    }
    builder
        .therapy_sessions(therapy, Modality::InPerson, 60, [])
        .cadence(Cadence::new(2, 35))
        .assessment(Timepoint::Baseline, [InstrumentId::BpiSf], 0, 14)
        .assessment(Timepoint::PostTreatment, [InstrumentId::BpiSf], 0, 14)
        .assessment(
            Timepoint::FollowUp { months: 3 },
            [InstrumentId::BpiSf],
            14,
            14,
        )
        .build()
        .unwrap()
}

#[test]
fn during_the_evaluation_no_treatment_session_can_be_mapped_as_done() {
    let mut p = enrolled(staged("two-step-evaluation", 1, 2, 8));
    p.apply(assess(&p, day(2), Timepoint::Baseline)).unwrap();
    p.apply(session(1, day(3))).unwrap();
    assert_eq!(
        stage(&p),
        Stage::Evaluation {
            completed: 1,
            planned: 2
        }
    );
    // The new version has one evaluation session, which is done; the stage still allows none
    // of the sessions after it.
    assert_eq!(
        migrate(&mut p, staged("two-step-evaluation", 2, 1, 8), 2),
        Err(TransitionError::MigrationMismatch {
            reason: MigrationMismatch::TooManySessions {
                mapped: 2,
                allowed: 0
            }
        })
    );
}

#[test]
fn a_paused_program_stays_paused_on_the_new_protocol() {
    let mut p = in_treatment();
    p.apply(session(2, day(4))).unwrap();
    p.apply(ev(day(5), dr(), EventKind::Paused)).unwrap();
    migrate(&mut p, v2(), 2).unwrap();
    assert_eq!(
        p.state(),
        ProgramState::Paused {
            stage: Stage::InTreatment {
                completed: 1,
                planned: 10
            }
        }
    );
}
