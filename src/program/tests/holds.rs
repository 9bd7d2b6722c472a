//! Safety holds, withdrawal and pauses: what stops a program and what it returns to.

use super::*;

#[test]
fn a_flagged_score_puts_the_program_on_hold_and_keeps_the_score() {
    let mut p = new_program(Protocol::general_clinical());
    p.apply(screened(day(0), ScreeningDecision::Eligible))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();
    let scores = vec![
        response(InstrumentId::Peg3),
        flagged_phq9(),
        response(InstrumentId::Gad7),
    ];
    let t = p
        .apply(assessment(Timepoint::Baseline, scores, day(2)))
        .unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::SafetyHoldEntered));
    assert_eq!(
        p.state(),
        ProgramState::SafetyHold {
            stage: Stage::Evaluation {
                completed: 0,
                planned: 1
            },
            paused: false
        }
    );
    assert!(matches!(
        p.open_safety_concerns(),
        [SafetyConcern::ResponseFlag {
            timepoint: Some(Timepoint::Baseline),
            instrument: InstrumentId::Phq9,
            ..
        }]
    ));
    // The assessment is recorded even though the program holds.
    assert_eq!(p.scores_at(Timepoint::Baseline).unwrap().len(), 3);
    let actions = p.next_actions(day(3));
    assert_eq!(actions.len(), 1);
    assert!(matches!(
        actions[0].action(),
        Action::ResolveSafetyHold { open_concerns: 1 }
    ));
    assert!(actions[0].is_overdue());
    assert_eq!(
        p.apply(session(1, day(3))).unwrap_err().to_string(),
        "session_completed is not allowed while the program is safety hold"
    );
    p.apply(ev(
        day(3),
        dr(),
        EventKind::SafetyConcernResolved { note: None },
    ))
    .unwrap();
    assert_eq!(
        stage(&p),
        Stage::Evaluation {
            completed: 0,
            planned: 1
        }
    );
    p.apply(session(1, day(4))).unwrap();
}

#[test]
fn a_flag_on_the_last_assessment_holds_completion() {
    let protocol = Protocol::builder(ProtocolId::new("short").unwrap(), 1)
        .therapy_sessions(1, Modality::Video, 50, [])
        .assessment(Timepoint::Baseline, [InstrumentId::Phq9], 0, 14)
        .assessment(Timepoint::PostTreatment, [InstrumentId::Phq9], 0, 14)
        .build()
        .unwrap();
    let mut p = new_program(protocol);
    p.apply(screened(day(0), ScreeningDecision::Eligible))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(0)))
        .unwrap();
    p.apply(assess(&p, day(1), Timepoint::Baseline)).unwrap();
    assert_eq!(
        stage(&p),
        Stage::InTreatment {
            completed: 0,
            planned: 1
        }
    );
    p.apply(session(1, day(2))).unwrap();
    p.apply(assessment(
        Timepoint::PostTreatment,
        [flagged_phq9()],
        day(3),
    ))
    .unwrap();
    assert_eq!(
        p.state(),
        ProgramState::SafetyHold {
            stage: Stage::Completed,
            paused: false
        }
    );
    assert!(!p.state().is_terminal());
    let t = p
        .apply(ev(
            day(4),
            dr(),
            EventKind::SafetyConcernResolved { note: None },
        ))
        .unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::ProgramCompleted));
    assert!(p.state().is_terminal());
}

#[test]
fn withdrawal_during_a_hold_keeps_the_concern_visible() {
    let mut p = in_treatment();
    p.apply(ev(
        day(4),
        Actor::Patient,
        EventKind::SafetyConcernRaised {
            concern: SafetyConcern::Other { note: None },
        },
    ))
    .unwrap();
    p.apply(ev(
        day(5),
        Actor::Patient,
        EventKind::Withdrawn {
            reason: WithdrawalReason::PatientChoice,
        },
    ))
    .unwrap();
    assert!(p.state().is_terminal());
    assert_eq!(p.open_safety_concerns().len(), 1);
    let actions = p.next_actions(day(6));
    assert!(matches!(
        actions[0].action(),
        Action::FollowUpOpenSafetyConcerns { open_concerns: 1 }
    ));
}

#[test]
fn pause_and_resume_remember_the_stage_and_a_hold_over_a_pause_returns_to_it() {
    let mut p = in_treatment();
    let before = stage(&p);
    p.apply(ev(day(4), dr(), EventKind::Paused)).unwrap();
    assert_eq!(p.state(), ProgramState::Paused { stage: before });
    assert_eq!(
        p.apply(session(2, day(5))).unwrap_err().to_string(),
        "session_completed is not allowed while the program is paused"
    );
    p.apply(ev(
        day(5),
        Actor::Patient,
        EventKind::SafetyConcernRaised {
            concern: SafetyConcern::NewRedFlag {
                flag: crate::intake::RedFlag::SaddleAnaesthesia,
            },
        },
    ))
    .unwrap();
    assert_eq!(
        p.state(),
        ProgramState::SafetyHold {
            stage: before,
            paused: true
        }
    );
    assert_eq!(
        p.apply(ev(day(6), dr(), EventKind::Resumed))
            .unwrap_err()
            .to_string(),
        "resumed is not allowed while the program is safety hold"
    );
    p.apply(ev(
        day(6),
        dr(),
        EventKind::SafetyConcernResolved { note: None },
    ))
    .unwrap();
    assert_eq!(p.state(), ProgramState::Paused { stage: before });
    p.apply(ev(day(7), dr(), EventKind::Resumed)).unwrap();
    assert_eq!(p.state(), ProgramState::Active { stage: before });
}
