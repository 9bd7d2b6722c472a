//! A program from referral to completion, and how screening decisions route it.

use super::*;

#[test]
fn boulder_walk_from_referral_to_completion() {
    let mut p = new_program(Protocol::boulder_back_pain_study());
    assert_eq!(stage(&p), Stage::Referred);
    p.apply(screened(day(0), ScreeningDecision::Eligible))
        .unwrap();
    assert_eq!(stage(&p), Stage::Eligible);
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();
    assert_eq!(stage(&p), Stage::BaselineAssessment);
    p.apply(assess(&p, day(2), Timepoint::Baseline)).unwrap();
    assert_eq!(
        stage(&p),
        Stage::Evaluation {
            completed: 0,
            planned: 1
        }
    );
    p.apply(session(1, day(3))).unwrap();
    assert_eq!(
        stage(&p),
        Stage::InTreatment {
            completed: 0,
            planned: 8
        }
    );
    for n in 2..=8 {
        p.apply(session(n, day(i64::from(n) * 3))).unwrap();
        assert_eq!(
            stage(&p),
            Stage::InTreatment {
                completed: n - 1,
                planned: 8
            }
        );
    }
    let t = p.apply(session(9, day(30))).unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::TreatmentFinished));
    assert_eq!(stage(&p), Stage::PostTreatmentAssessment);
    p.apply(assess(&p, day(31), Timepoint::PostTreatment))
        .unwrap();
    assert_eq!(
        stage(&p),
        Stage::FollowUp {
            next: Timepoint::FollowUp { months: 1 }
        }
    );
    for (months, next) in [
        (1, Some(2)),
        (2, Some(3)),
        (3, Some(6)),
        (6, Some(12)),
        (12, None),
    ] {
        // Each follow-up on the day its window opens (14 days before its anchor).
        let timepoint = Timepoint::FollowUp { months };
        let when = opens(&p, timepoint, day(0));
        let t = p.apply(assess(&p, when, timepoint)).unwrap();
        match next {
            Some(next) => assert_eq!(
                stage(&p),
                Stage::FollowUp {
                    next: Timepoint::FollowUp { months: next }
                }
            ),
            None => {
                assert_eq!(t.effect(), Some(AutomaticEffect::ProgramCompleted));
                assert!(p.state().is_terminal());
            }
        }
    }
    assert_eq!(p.history().len(), 2 + 1 + 9 + 1 + 5);
    assert!(p.scores_at(Timepoint::PostTreatment).is_some());
    let err = p
        .apply(screened(day(500), ScreeningDecision::Eligible))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::Terminal {
            state: StateKind::Completed,
            event: EventType::IntakeScreened
        }
    );
}

#[test]
fn screening_decisions_route_the_program() {
    let cases = [
        (
            ScreeningDecision::Eligible,
            ProgramState::Active {
                stage: Stage::Eligible,
            },
        ),
        (
            ScreeningDecision::ReferForMedicalEvaluation {
                urgency: Urgency::Emergency,
            },
            ProgramState::Active {
                stage: Stage::AwaitingMedicalEvaluation {
                    urgency: Urgency::Emergency,
                },
            },
        ),
        (
            ScreeningDecision::NotEligible,
            ProgramState::Active {
                stage: Stage::NotEligible,
            },
        ),
        (
            ScreeningDecision::Incomplete,
            ProgramState::Active {
                stage: Stage::Screening,
            },
        ),
        (
            ScreeningDecision::CrisisPathway,
            ProgramState::SafetyHold {
                stage: Stage::Screening,
                paused: false,
            },
        ),
    ];
    for (decision, expected) in cases {
        let mut p = new_program(Protocol::general_clinical());
        assert!(p.latest_screening().is_none());
        p.apply(screened(day(0), decision)).unwrap();
        assert_eq!(p.state(), expected, "{decision:?}");
        assert_eq!(p.latest_screening().map(|o| *o.decision()), Some(decision));
    }
}

#[test]
fn a_referred_patient_is_screened_again_after_clearance() {
    let mut p = new_program(Protocol::general_clinical());
    p.apply(screened(
        day(0),
        ScreeningDecision::ReferForMedicalEvaluation {
            urgency: Urgency::Urgent,
        },
    ))
    .unwrap();
    assert_eq!(
        p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
            .unwrap_err()
            .to_string(),
        "enrolled is not allowed while the program is awaiting medical evaluation"
    );
    let clearance = crate::intake::RedFlagClearance::new(
        crate::intake::RedFlag::MajorTrauma,
        ClinicianId::new("dr-1").unwrap(),
        day(5),
        crate::Note::new("X-ray: no fracture").unwrap(),
    );
    p.apply(ev(day(5), dr(), EventKind::RedFlagCleared { clearance }))
        .unwrap();
    assert_eq!(
        stage(&p),
        Stage::AwaitingMedicalEvaluation {
            urgency: Urgency::Urgent
        }
    );
    p.apply(screened(day(6), ScreeningDecision::Eligible))
        .unwrap();
    assert_eq!(stage(&p), Stage::Eligible);
    // The second screening is the latest; the first stays in the history.
    assert_eq!(
        p.latest_screening().map(|o| *o.decision()),
        Some(ScreeningDecision::Eligible)
    );
}

#[test]
fn crisis_at_screening_needs_a_clinician_resolution_then_a_new_screening() {
    let mut p = new_program(Protocol::general_clinical());
    let t = p
        .apply(screened(day(0), ScreeningDecision::CrisisPathway))
        .unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::SafetyHoldEntered));
    assert_eq!(p.open_safety_concerns(), [SafetyConcern::CrisisAtScreening]);
    // Nothing but raise / resolve / withdraw moves a hold.
    let refused = [
        screened(day(1), ScreeningDecision::Eligible),
        Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)),
        ev(day(1), dr(), EventKind::Paused),
        ev(
            day(1),
            dr(),
            EventKind::Discharged {
                reason: DischargeReason::ReferredElsewhere,
            },
        ),
    ];
    for event in refused {
        let before = p.clone();
        assert!(matches!(
            p.apply(event),
            Err(TransitionError::NotAllowed { .. })
        ));
        assert_eq!(p, before);
    }
    // A patient cannot resolve it.
    let err = p
        .apply(ev(
            day(1),
            Actor::Patient,
            EventKind::SafetyConcernResolved { note: None },
        ))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::ClinicianRequired {
            event: EventType::SafetyConcernResolved
        }
    );
    p.apply(ev(
        day(1),
        dr(),
        EventKind::SafetyConcernResolved { note: None },
    ))
    .unwrap();
    assert_eq!(stage(&p), Stage::Screening);
    assert!(p.open_safety_concerns().is_empty());
}
