//! The guards of `apply`: sessions, clinician-only events, missed sessions, early ends and
//! assessments.

use super::*;

#[test]
fn session_guards() {
    let mut p = in_treatment();
    let before = p.clone();
    let cases = [
        (
            session(1, day(4)),
            TransitionError::SessionAlreadyCompleted { number: 1 },
        ),
        (
            session(3, day(4)),
            TransitionError::SessionOutOfOrder {
                number: 3,
                expected: 2,
            },
        ),
        (
            session(10, day(4)),
            TransitionError::UnknownSession {
                number: 10,
                planned: 9,
            },
        ),
        (
            session(0, day(4)),
            TransitionError::UnknownSession {
                number: 0,
                planned: 9,
            },
        ),
        (
            ev(
                day(4),
                dr(),
                EventKind::SessionCancelled {
                    number: 2,
                    by: CancelledBy::Clinic,
                },
            ),
            TransitionError::SessionNotScheduled { number: 2 },
        ),
        (
            ev(day(4), dr(), EventKind::MissedSessionsReviewed),
            TransitionError::NoMissedSessions,
        ),
        (
            session(2, day(2)),
            TransitionError::TimeWentBackwards {
                last: day(3),
                at: day(2),
            },
        ),
    ];
    for (event, expected) in cases {
        assert_eq!(p.apply(event), Err(expected.clone()));
        assert_eq!(p, before, "refused {expected} changed the program");
    }
    // Same-time events are fine.
    p.apply(session(2, day(3))).unwrap();
}

#[test]
fn clinician_only_events() {
    let mut p = new_program(Protocol::general_clinical());
    p.apply(screened(day(0), ScreeningDecision::Eligible))
        .unwrap();
    let err = p
        .apply(ev(day(1), Actor::Patient, EventKind::Enrolled))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::ClinicianRequired {
            event: EventType::Enrolled
        }
    );
    let err = p
        .apply(ev(day(1), Actor::System, EventKind::Enrolled))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::ClinicianRequired {
            event: EventType::Enrolled
        }
    );
}

#[test]
fn missed_sessions_trigger_a_review_at_the_limit() {
    let mut p = in_treatment();
    let missed = |p: &mut Program, d| {
        p.apply(ev(
            day(d),
            Actor::System,
            EventKind::SessionMissed { number: 2 },
        ))
    };
    assert_eq!(missed(&mut p, 5).unwrap().effect(), None);
    assert_eq!(
        missed(&mut p, 8).unwrap().effect(),
        Some(AutomaticEffect::MissedSessionsReviewDue)
    );
    let actions = p.next_actions(day(9));
    assert!(actions.iter().any(|a| a.action()
        == Action::ReviewMissedSessions {
            missed: 2,
            limit: 2
        }));
    p.apply(ev(day(9), dr(), EventKind::MissedSessionsReviewed))
        .unwrap();
    assert!(
        p.next_actions(day(9))
            .iter()
            .all(|a| !matches!(a.action(), Action::ReviewMissedSessions { .. }))
    );
    // The missed session is still the next one.
    p.apply(session(2, day(10))).unwrap();
}

#[test]
fn ending_treatment_early_still_requires_the_post_treatment_assessment() {
    let mut p = in_treatment();
    let err = p
        .apply(ev(
            day(4),
            Actor::Patient,
            EventKind::TreatmentEndedEarly {
                reason: EarlyEndReason::Recovered,
            },
        ))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::ClinicianRequired {
            event: EventType::TreatmentEndedEarly
        }
    );
    p.apply(ev(
        day(4),
        dr(),
        EventKind::TreatmentEndedEarly {
            reason: EarlyEndReason::Recovered,
        },
    ))
    .unwrap();
    assert_eq!(stage(&p), Stage::PostTreatmentAssessment);
    let follow_up = assess(&p, day(5), Timepoint::PostTreatment);
    let err = p
        .apply(assessment(
            Timepoint::FollowUp { months: 1 },
            vec![],
            day(5),
        ))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::AssessmentNotDue {
            timepoint: Timepoint::FollowUp { months: 1 },
            due: Some(Timepoint::PostTreatment)
        }
    );
    p.apply(follow_up).unwrap();
}

#[test]
fn assessment_guards() {
    let mut p = new_program(Protocol::general_clinical());
    p.apply(screened(day(0), ScreeningDecision::Eligible))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();
    let before = p.clone();
    let b = Timepoint::Baseline;
    let cases = [
        (
            vec![response(InstrumentId::Peg3), response(InstrumentId::Phq9)],
            TransitionError::MissingInstrument {
                timepoint: b,
                instrument: InstrumentId::Gad7,
            },
        ),
        (
            vec![response(InstrumentId::Peg3), response(InstrumentId::Peg3)],
            TransitionError::DuplicateInstrument {
                timepoint: b,
                instrument: InstrumentId::Peg3,
            },
        ),
        (
            vec![response(InstrumentId::Tsk11)],
            TransitionError::UnexpectedInstrument {
                timepoint: b,
                instrument: InstrumentId::Tsk11,
            },
        ),
    ];
    for (scores, expected) in cases {
        assert_eq!(p.apply(assessment(b, scores, day(2))), Err(expected));
        assert_eq!(p, before);
    }
    let err = p
        .apply(assessment(Timepoint::PostTreatment, vec![], day(2)))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the post-treatment assessment is not due now; the baseline assessment is"
    );
}
