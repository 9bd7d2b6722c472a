//! What a program tells about its progress: sessions done, goals set.

use super::fixtures::*;
use super::*;

#[test]
fn completed_sessions_and_goals_follow_the_events() {
    let mut p = in_treatment();
    // The evaluation session is session 1.
    assert_eq!(p.completed_sessions(), 1);
    p.apply(session(2, day(4))).unwrap();
    p.apply(session(3, day(5))).unwrap();
    assert_eq!(p.completed_sessions(), 3);
    assert!(p.goals().is_empty());
    p.apply(ev(day(5), dr(), EventKind::GoalSet { goal: goal("g1") }))
        .unwrap();
    p.apply(ev(day(6), dr(), EventKind::GoalSet { goal: goal("g2") }))
        .unwrap();
    let ids: Vec<&str> = p.goals().iter().map(|g| g.id().as_str()).collect();
    assert_eq!(ids, ["g1", "g2"]);
    // No value recorded yet: whether the target is met is not known.
    let report = p.report(day(6));
    assert_eq!(report.goals()[0].target_met(), None);
    assert_eq!(report.open_safety_concerns(), 0);
    assert_eq!(report.next_actions(), p.next_actions(day(6)).as_slice());
    assert!(!report.next_actions().is_empty());
    assert!(!report.goals()[0].is_overdue());
    // Both goals are due on day 60 and still open the day after.
    let late = p.report(day(61));
    assert!(late.goals().iter().all(|g| g.is_overdue()));
}

#[test]
fn states_print_their_stage() {
    let stage = Stage::InTreatment {
        completed: 2,
        planned: 8,
    };
    let cases = [
        (
            ProgramState::Active { stage },
            "in treatment (2 of 8 treatment sessions)",
        ),
        (
            ProgramState::Paused { stage },
            "paused at in treatment (2 of 8 treatment sessions)",
        ),
        (
            ProgramState::SafetyHold {
                stage,
                paused: false,
            },
            "safety hold at in treatment (2 of 8 treatment sessions)",
        ),
        (
            ProgramState::Withdrawn {
                stage,
                reason: WithdrawalReason::Relocated,
            },
            "withdrawn at in treatment (2 of 8 treatment sessions) (Relocated)",
        ),
        (
            ProgramState::Discharged {
                stage,
                reason: DischargeReason::GoalsMet,
            },
            "discharged at in treatment (2 of 8 treatment sessions) (GoalsMet)",
        ),
    ];
    for (state, text) in cases {
        assert_eq!(state.to_string(), text);
    }
}

#[test]
fn a_withdrawal_without_open_concerns_leaves_nothing_to_follow_up() {
    let mut p = in_treatment();
    p.apply(ev(
        day(5),
        Actor::Patient,
        EventKind::Withdrawn {
            reason: WithdrawalReason::PatientChoice,
        },
    ))
    .unwrap();
    assert!(p.state().is_terminal());
    // Nothing at all is due: no follow-up of concerns, no session.
    assert_eq!(p.next_actions(day(6)), []);
}

#[test]
fn a_paused_program_is_only_to_be_resumed() {
    let mut p = in_treatment();
    p.apply(ev(day(4), dr(), EventKind::Paused)).unwrap();
    let actions = p.next_actions(day(5));
    assert_eq!(actions.len(), 1);
    assert!(matches!(actions[0].action(), Action::Resume));
}

#[test]
fn the_evaluation_session_may_be_booked_before_the_baseline() {
    let mut p = enrolled(Protocol::boulder_back_pain_study());
    p.apply(ev(
        day(1),
        dr(),
        EventKind::SessionScheduled {
            number: 1,
            session_id: SessionId::new("s-1").unwrap(),
            scheduled_for: day(5),
        },
    ))
    .unwrap();
    assert_eq!(stage(&p), Stage::BaselineAssessment);
    let actions = p.next_actions(day(2));
    assert!(matches!(
        actions[0].action(),
        Action::RecordAssessment { .. }
    ));
    assert!(actions.iter().any(|a| matches!(
        a.action(),
        Action::HoldSession {
            number: 1,
            scheduled_for
        } if scheduled_for == day(5)
    )));
}

#[test]
fn a_raised_concern_is_counted_and_holds_the_program() {
    let mut p = in_treatment();
    assert!(!p.state().is_on_safety_hold());
    for at in [day(4), day(5)] {
        p.apply(ev(
            at,
            Actor::Patient,
            EventKind::SafetyConcernRaised {
                concern: SafetyConcern::Other { note: None },
            },
        ))
        .unwrap();
    }
    assert!(p.state().is_on_safety_hold());
    assert_eq!(p.report(day(6)).open_safety_concerns(), 2);
}

#[test]
fn stages_say_whether_the_patient_is_enrolled_and_where_they_are() {
    let not_enrolled = [
        Stage::Referred,
        Stage::Screening,
        Stage::AwaitingMedicalEvaluation {
            urgency: crate::intake::Urgency::Urgent,
        },
        Stage::NotEligible,
        Stage::Eligible,
    ];
    for stage in not_enrolled {
        assert!(!stage.is_enrolled(), "{stage}");
    }
    for stage in [
        Stage::BaselineAssessment,
        Stage::InTreatment {
            completed: 2,
            planned: 8,
        },
        Stage::Completed,
    ] {
        assert!(stage.is_enrolled(), "{stage}");
    }
    assert_eq!(
        Stage::InTreatment {
            completed: 2,
            planned: 8
        }
        .to_string(),
        "in treatment (2 of 8 treatment sessions)"
    );
    assert_eq!(
        Stage::Evaluation {
            completed: 0,
            planned: 1
        }
        .to_string(),
        "evaluation (0 of 1 evaluation sessions)"
    );
}
