use chrono::{DateTime, TimeDelta, Utc};

use super::*;
use crate::instruments::{InstrumentId, RecallPeriod, Response, Score};
use crate::intake::{ScreeningDecision, ScreeningOutcome, Urgency};
use crate::protocol::{Cadence, Protocol, ProtocolId};
use crate::sessions::CancelledBy;
use crate::sessions::Modality;
use crate::{ClinicianId, SessionId};

pub(super) mod fixtures {
    use super::*;

    pub fn t0() -> DateTime<Utc> {
        "2026-01-05T09:00:00Z".parse().unwrap()
    }

    pub fn day(n: i64) -> DateTime<Utc> {
        t0() + TimeDelta::days(n)
    }

    pub fn dr() -> Actor {
        Actor::clinician(ClinicianId::new("dr-1").unwrap())
    }

    /// A valid score for `instrument`: every answer at the scale's minimum.
    pub fn score(instrument: InstrumentId) -> Score {
        let definition = instrument.definition();
        let response = if instrument == InstrumentId::Nrs {
            Response::nrs(Some(3), RecallPeriod::PastWeek)
        } else {
            Response::new(
                instrument,
                &vec![Some(definition.answer_min()); definition.item_count()],
            )
        };
        response.unwrap().score().unwrap()
    }

    /// A PHQ-9 score whose item 9 is 1: a suicidal-ideation safety flag (§2.2).
    pub fn flagged_phq9() -> Score {
        let mut answers = [Some(0); 9];
        answers[8] = Some(1);
        let score = Response::new(InstrumentId::Phq9, &answers)
            .unwrap()
            .score()
            .unwrap();
        assert!(score.has_safety_flag());
        score
    }

    pub fn outcome(decision: ScreeningDecision) -> ScreeningOutcome {
        crate::testing::screening_outcome_for(&decision).unwrap()
    }

    pub fn ev(at: DateTime<Utc>, actor: Actor, kind: EventKind) -> Event {
        Event::new(at, actor, kind)
    }

    pub fn screened(at: DateTime<Utc>, decision: ScreeningDecision) -> Event {
        ev(
            at,
            dr(),
            EventKind::IntakeScreened {
                outcome: outcome(decision),
            },
        )
    }

    /// All scores the protocol lists at `timepoint`.
    pub fn battery(protocol: &Protocol, timepoint: Timepoint) -> Vec<Score> {
        protocol
            .assessment(timepoint)
            .unwrap()
            .instruments()
            .iter()
            .map(|&i| score(i))
            .collect()
    }

    pub fn assess(program: &Program, at: DateTime<Utc>, timepoint: Timepoint) -> Event {
        Event::assessment(
            timepoint,
            battery(program.protocol(), timepoint),
            Actor::Patient {},
            at,
        )
    }

    pub fn session(number: u16, at: DateTime<Utc>) -> Event {
        Event::session_completed(
            number,
            SessionId::new(format!("s-{number}")).unwrap(),
            ClinicianId::new("dr-1").unwrap(),
            at,
        )
    }

    pub fn new_program(protocol: Protocol) -> Program {
        Program::new(
            ProgramId::new("prog-1").unwrap(),
            PatientId::new("pt-1").unwrap(),
            protocol,
        )
    }

    /// A program on `protocol` screened eligible on day 0 and enrolled on day 1: the baseline
    /// assessment is due.
    pub fn enrolled(protocol: Protocol) -> Program {
        let mut p = new_program(protocol);
        p.apply(screened(day(0), ScreeningDecision::Eligible {}))
            .unwrap();
        p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
            .unwrap();
        p
    }

    /// A Boulder program taken to `InTreatment { completed: 0 }` on day 3.
    pub fn in_treatment() -> Program {
        let mut p = enrolled(Protocol::boulder_back_pain_study());
        let baseline = assess(&p, day(2), Timepoint::Baseline);
        p.apply(baseline).unwrap();
        p.apply(session(1, day(3))).unwrap();
        p
    }
}

use fixtures::*;

mod migration;
mod reading;

fn stage(p: &Program) -> Stage {
    p.state().stage()
}

#[test]
fn boulder_walk_from_referral_to_completion() {
    let mut p = new_program(Protocol::boulder_back_pain_study());
    assert_eq!(stage(&p), Stage::Referred {});
    p.apply(screened(day(0), ScreeningDecision::Eligible {}))
        .unwrap();
    assert_eq!(stage(&p), Stage::Eligible {});
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();
    assert_eq!(stage(&p), Stage::BaselineAssessment {});
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
    assert_eq!(stage(&p), Stage::PostTreatmentAssessment {});
    p.apply(assess(&p, day(31), Timepoint::PostTreatment))
        .unwrap();
    assert_eq!(
        stage(&p),
        Stage::FollowUp {
            next: Timepoint::FollowUp { months: 1 }
        }
    );
    let mut when = 31;
    for (months, next) in [
        (1, Some(2)),
        (2, Some(3)),
        (3, Some(6)),
        (6, Some(12)),
        (12, None),
    ] {
        when += 30;
        let t = p
            .apply(assess(&p, day(when), Timepoint::FollowUp { months }))
            .unwrap();
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
        .apply(screened(day(500), ScreeningDecision::Eligible {}))
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
            ScreeningDecision::Eligible {},
            ProgramState::Active {
                stage: Stage::Eligible {},
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
            ScreeningDecision::NotEligible {},
            ProgramState::Active {
                stage: Stage::NotEligible {},
            },
        ),
        (
            ScreeningDecision::Incomplete {},
            ProgramState::Active {
                stage: Stage::Screening {},
            },
        ),
        (
            ScreeningDecision::CrisisPathway {},
            ProgramState::SafetyHold {
                stage: Stage::Screening {},
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
    assert!(
        p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
            .is_err()
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
    p.apply(screened(day(6), ScreeningDecision::Eligible {}))
        .unwrap();
    assert_eq!(stage(&p), Stage::Eligible {});
    // The second screening is the latest; the first stays in the history.
    assert_eq!(
        p.latest_screening().map(|o| *o.decision()),
        Some(ScreeningDecision::Eligible {})
    );
}

#[test]
fn crisis_at_screening_needs_a_clinician_resolution_then_a_new_screening() {
    let mut p = new_program(Protocol::general_clinical());
    let t = p
        .apply(screened(day(0), ScreeningDecision::CrisisPathway {}))
        .unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::SafetyHoldEntered));
    assert_eq!(
        p.open_safety_concerns(),
        [SafetyConcern::CrisisAtScreening {}]
    );
    // Nothing but raise / resolve / withdraw moves a hold.
    let refused = [
        screened(day(1), ScreeningDecision::Eligible {}),
        Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)),
        ev(day(1), dr(), EventKind::Paused {}),
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
            Actor::Patient {},
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
    assert_eq!(stage(&p), Stage::Screening {});
    assert!(p.open_safety_concerns().is_empty());
}

#[test]
fn a_flagged_score_puts_the_program_on_hold_and_keeps_the_score() {
    let mut p = new_program(Protocol::general_clinical());
    p.apply(screened(day(0), ScreeningDecision::Eligible {}))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();
    let scores = vec![
        score(InstrumentId::Peg3),
        flagged_phq9(),
        score(InstrumentId::Gad7),
    ];
    let t = p
        .apply(Event::assessment(
            Timepoint::Baseline,
            scores,
            Actor::Patient {},
            day(2),
        ))
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
        [SafetyConcern::ScoreFlag {
            timepoint: Timepoint::Baseline,
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
    assert!(p.apply(session(1, day(3))).is_err());
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
    p.apply(screened(day(0), ScreeningDecision::Eligible {}))
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
    p.apply(Event::assessment(
        Timepoint::PostTreatment,
        [flagged_phq9()],
        Actor::Patient {},
        day(3),
    ))
    .unwrap();
    assert_eq!(
        p.state(),
        ProgramState::SafetyHold {
            stage: Stage::Completed {},
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
        Actor::Patient {},
        EventKind::SafetyConcernRaised {
            concern: SafetyConcern::Other { note: None },
        },
    ))
    .unwrap();
    p.apply(ev(
        day(5),
        Actor::Patient {},
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
    p.apply(ev(day(4), dr(), EventKind::Paused {})).unwrap();
    assert_eq!(p.state(), ProgramState::Paused { stage: before });
    assert!(p.apply(session(2, day(5))).is_err());
    p.apply(ev(
        day(5),
        Actor::Patient {},
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
    assert!(p.apply(ev(day(6), dr(), EventKind::Resumed {})).is_err());
    p.apply(ev(
        day(6),
        dr(),
        EventKind::SafetyConcernResolved { note: None },
    ))
    .unwrap();
    assert_eq!(p.state(), ProgramState::Paused { stage: before });
    p.apply(ev(day(7), dr(), EventKind::Resumed {})).unwrap();
    assert_eq!(p.state(), ProgramState::Active { stage: before });
}

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
            ev(day(4), dr(), EventKind::MissedSessionsReviewed {}),
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
    p.apply(screened(day(0), ScreeningDecision::Eligible {}))
        .unwrap();
    let err = p
        .apply(ev(day(1), Actor::Patient {}, EventKind::Enrolled {}))
        .unwrap_err();
    assert_eq!(
        err,
        TransitionError::ClinicianRequired {
            event: EventType::Enrolled
        }
    );
    let err = p
        .apply(ev(day(1), Actor::System {}, EventKind::Enrolled {}))
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
            Actor::System {},
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
    p.apply(ev(day(9), dr(), EventKind::MissedSessionsReviewed {}))
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
            Actor::Patient {},
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
    assert_eq!(stage(&p), Stage::PostTreatmentAssessment {});
    let follow_up = assess(&p, day(5), Timepoint::PostTreatment);
    let err = p
        .apply(Event::assessment(
            Timepoint::FollowUp { months: 1 },
            vec![],
            Actor::Patient {},
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
    p.apply(screened(day(0), ScreeningDecision::Eligible {}))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();
    let before = p.clone();
    let b = Timepoint::Baseline;
    let cases = [
        (
            vec![score(InstrumentId::Peg3), score(InstrumentId::Phq9)],
            TransitionError::MissingInstrument {
                timepoint: b,
                instrument: InstrumentId::Gad7,
            },
        ),
        (
            vec![score(InstrumentId::Peg3), score(InstrumentId::Peg3)],
            TransitionError::DuplicateInstrument {
                timepoint: b,
                instrument: InstrumentId::Peg3,
            },
        ),
        (
            vec![score(InstrumentId::Tsk11)],
            TransitionError::UnexpectedInstrument {
                timepoint: b,
                instrument: InstrumentId::Tsk11,
            },
        ),
    ];
    for (scores, expected) in cases {
        assert_eq!(
            p.apply(Event::assessment(b, scores, Actor::Patient {}, day(2))),
            Err(expected)
        );
        assert_eq!(p, before);
    }
    let err = p
        .apply(Event::assessment(
            Timepoint::PostTreatment,
            vec![],
            Actor::Patient {},
            day(2),
        ))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the post-treatment assessment is not due now; the baseline assessment is"
    );
}

#[test]
fn next_actions_carry_protocol_deadlines() {
    let mut p = enrolled(Protocol::boulder_back_pain_study());
    // Baseline window: enrollment + 14 days.
    let actions = p.next_actions(day(2));
    assert_eq!(actions[0].due(), Some(day(15)));
    assert!(!actions[0].is_overdue());
    assert!(p.next_actions(day(16))[0].is_overdue());
    assert_eq!(
        p.next_actions(day(2))[0].to_string(),
        "record the baseline assessment (due by 2026-01-20 09:00)"
    );
    p.apply(assess(&p, day(2), Timepoint::Baseline)).unwrap();
    p.apply(session(1, day(3))).unwrap();
    p.apply(session(2, day(7))).unwrap(); // first treatment session: anchor of the cadence
    // Session 3 is treatment session k = 1, due ceil(7/2) = 4 days after the first.
    let next = p.next_actions(day(8));
    assert_eq!(next[0].action(), Action::ScheduleSession { number: 3 });
    assert_eq!(next[0].due(), Some(day(11)));
    let booked = ev(
        day(8),
        dr(),
        EventKind::SessionScheduled {
            number: 3,
            session_id: SessionId::new("s-3").unwrap(),
            scheduled_for: day(10),
        },
    );
    p.apply(booked).unwrap();
    assert_eq!(
        p.next_actions(day(8))[0].action(),
        Action::HoldSession {
            number: 3,
            scheduled_for: day(10)
        }
    );
    p.apply(ev(
        day(9),
        dr(),
        EventKind::SessionCancelled {
            number: 3,
            by: CancelledBy::Patient,
        },
    ))
    .unwrap();
    assert_eq!(
        p.next_actions(day(9))[0].action(),
        Action::ScheduleSession { number: 3 }
    );
}

#[test]
fn follow_up_windows_are_anchored_on_the_post_treatment_assessment() {
    let mut p = in_treatment();
    p.apply(ev(
        day(4),
        dr(),
        EventKind::TreatmentEndedEarly {
            reason: EarlyEndReason::Clinical,
        },
    ))
    .unwrap();
    p.apply(assess(&p, day(10), Timepoint::PostTreatment))
        .unwrap();
    let action = p.next_actions(day(11))[0];
    // +1 month after 2026-01-15 is 2026-02-15; the window opens 14 days before, closes 14 after.
    let anchor: DateTime<Utc> = "2026-02-15T09:00:00Z".parse().unwrap();
    assert_eq!(
        action.action(),
        Action::RecordAssessment {
            timepoint: Timepoint::FollowUp { months: 1 },
            opens: Some(anchor - TimeDelta::days(14))
        }
    );
    assert_eq!(action.due(), Some(anchor + TimeDelta::days(14)));
}

#[test]
fn replay_rebuilds_the_identical_program() {
    let mut p = in_treatment();
    p.apply(ev(day(4), dr(), EventKind::Paused {})).unwrap();
    p.apply(ev(day(5), dr(), EventKind::Resumed {})).unwrap();
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
    // On read the log's format version must be the one this crate writes (1, or 1.0).
    let mut json = serde_json::to_value(&log).unwrap();
    json["schema_version"] = serde_json::json!(1.0);
    assert_eq!(
        serde_json::from_value::<EventLog>(json.clone()).unwrap(),
        log
    );
    json["schema_version"] = serde_json::json!(2);
    let message = serde_json::from_value::<EventLog>(json)
        .unwrap_err()
        .to_string();
    assert!(message.contains("schema_version 2"), "{message}");
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

/// A score for `instrument` with every answer equal to `answer`.
fn uniform(instrument: InstrumentId, answer: u8) -> Score {
    let response = if instrument == InstrumentId::Nrs {
        Response::nrs(Some(answer), RecallPeriod::PastWeek)
    } else {
        Response::new(
            instrument,
            &vec![Some(answer); instrument.definition().item_count()],
        )
    };
    response.unwrap().score().unwrap()
}

#[test]
fn outcome_summary_applies_the_catalog_definitions() {
    use crate::outcomes::{ResponderDefinition, ResponderStatus};
    let battery = [InstrumentId::Nrs, InstrumentId::Odi, InstrumentId::Tsk11];
    let protocol = Protocol::builder(ProtocolId::new("summary").unwrap(), 1)
        .therapy_sessions(1, Modality::Video, 50, [])
        .assessment(Timepoint::Baseline, battery, 0, 14)
        .assessment(Timepoint::PostTreatment, battery, 0, 14)
        .assessment(Timepoint::FollowUp { months: 3 }, battery, 14, 14)
        .build()
        .unwrap();
    let mut p = new_program(protocol);
    p.apply(screened(day(0), ScreeningDecision::Eligible {}))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(0)))
        .unwrap();
    // Baseline: NRS 6; ODI all 3 = 30/50 = 60%; TSK-11 all 3 = 33.
    let baseline = [
        uniform(InstrumentId::Nrs, 6),
        uniform(InstrumentId::Odi, 3),
        uniform(InstrumentId::Tsk11, 3),
    ];
    p.apply(Event::assessment(
        Timepoint::Baseline,
        baseline,
        Actor::Patient {},
        day(1),
    ))
    .unwrap();
    p.apply(session(1, day(7))).unwrap();
    // Post: NRS 1 (pain-free or nearly); ODI all 1 = 20% (40 points better, MCID 10);
    // TSK-11 all 2 = 22 (11 better, MCID 4).
    let post = [
        uniform(InstrumentId::Nrs, 1),
        uniform(InstrumentId::Odi, 1),
        uniform(InstrumentId::Tsk11, 2),
    ];
    p.apply(Event::assessment(
        Timepoint::PostTreatment,
        post,
        Actor::Patient {},
        day(30),
    ))
    .unwrap();
    // +3 months: NRS 3 (no longer pain-free); ODI all 3 = 60% (back to baseline); TSK-11 all 3 = 33.
    let later = [
        uniform(InstrumentId::Nrs, 3),
        uniform(InstrumentId::Odi, 3),
        uniform(InstrumentId::Tsk11, 3),
    ];
    p.apply(Event::assessment(
        Timepoint::FollowUp { months: 3 },
        later,
        Actor::Patient {},
        day(120),
    ))
    .unwrap();

    let summary = p.outcome_summary().unwrap();
    assert_eq!(summary.instruments().len(), 3);
    let nrs = summary.instrument(InstrumentId::Nrs).unwrap();
    assert_eq!(
        nrs.definition(),
        Some(&ResponderDefinition::PainFreeOrNearly)
    );
    assert_eq!(
        nrs.status_at(Timepoint::PostTreatment),
        Some(&ResponderStatus::Responder)
    );
    assert_eq!(
        nrs.status_at(Timepoint::FollowUp { months: 3 }),
        Some(&ResponderStatus::NonResponder)
    );
    assert_eq!(
        nrs.statuses(),
        [
            (Timepoint::PostTreatment, ResponderStatus::Responder),
            (
                Timepoint::FollowUp { months: 3 },
                ResponderStatus::NonResponder
            ),
        ]
    );
    let odi = summary.instrument(InstrumentId::Odi).unwrap();
    assert_eq!(odi.definition(), Some(&ResponderDefinition::McidReached));
    assert_eq!(
        odi.status_at(Timepoint::PostTreatment),
        Some(&ResponderStatus::Responder)
    );
    assert_eq!(
        odi.status_at(Timepoint::FollowUp { months: 3 }),
        Some(&ResponderStatus::NonResponder)
    );
    let (when, change) = odi.latest_change().unwrap();
    assert_eq!(when, Timepoint::FollowUp { months: 3 });
    assert_eq!(change.improvement(), crate::Decimal::ZERO);
    let tsk = summary.instrument(InstrumentId::Tsk11).unwrap();
    assert_eq!(
        tsk.status_at(Timepoint::PostTreatment),
        Some(&ResponderStatus::Responder)
    );
    assert_eq!(tsk.trajectory().administrations().len(), 3);
}

fn goal(id: &str) -> crate::goals::TreatmentGoal {
    use crate::goals::{GoalId, GoalMeasure, TreatmentGoal};
    TreatmentGoal::new(
        GoalId::new(id).unwrap(),
        crate::Note::new("Walk the dog around the lake again").unwrap(),
        day(3).date_naive(),
        GoalMeasure::count_per_week(4).unwrap(),
        day(60).date_naive(),
    )
    .unwrap()
}

#[test]
fn goals_are_set_from_the_evaluation_on_and_followed_all_or_nothing() {
    use crate::goals::{GoalEntry, GoalId, GoalStatus};
    let mut p = enrolled(Protocol::boulder_back_pain_study());
    // Not before the evaluation stage.
    let early = ev(day(2), dr(), EventKind::GoalSet { goal: goal("g1") });
    assert!(matches!(
        p.apply(early),
        Err(TransitionError::NotAllowed { .. })
    ));
    p.apply(assess(&p, day(2), Timepoint::Baseline)).unwrap();
    p.apply(ev(day(3), dr(), EventKind::GoalSet { goal: goal("g1") }))
        .unwrap();
    assert_eq!(
        p.apply(ev(day(3), dr(), EventKind::GoalSet { goal: goal("g1") })),
        Err(TransitionError::DuplicateGoal {
            goal: GoalId::new("g1").unwrap()
        })
    );
    let progress = |on: i64, status, value: i32| EventKind::GoalProgressRecorded {
        goal_id: GoalId::new("g1").unwrap(),
        entry: GoalEntry::new(day(on).date_naive(), status)
            .with_value(crate::Decimal::from_int(value)),
    };
    assert_eq!(
        p.apply(ev(
            day(4),
            Actor::Patient {},
            EventKind::GoalProgressRecorded {
                goal_id: GoalId::new("g9").unwrap(),
                entry: GoalEntry::new(day(4).date_naive(), GoalStatus::Improving),
            }
        )),
        Err(TransitionError::UnknownGoal {
            goal: GoalId::new("g9").unwrap()
        })
    );
    p.apply(ev(
        day(10),
        Actor::Patient {},
        progress(10, GoalStatus::Improving, 2),
    ))
    .unwrap();
    // A value outside the measure (at most 100 per week) is refused and changes nothing.
    let before = p.clone();
    assert!(matches!(
        p.apply(ev(
            day(11),
            Actor::Patient {},
            progress(11, GoalStatus::Improving, 101)
        )),
        Err(TransitionError::Goal(_))
    ));
    assert_eq!(p, before);
    p.apply(ev(
        day(20),
        Actor::Patient {},
        progress(20, GoalStatus::Achieved, 4),
    ))
    .unwrap();
    // Nothing follows an achieved goal.
    assert!(matches!(
        p.apply(ev(
            day(21),
            Actor::Patient {},
            progress(21, GoalStatus::Worsening, 1)
        )),
        Err(TransitionError::Goal(_))
    ));
    let report = p.report(day(21));
    let g = &report.goals()[0];
    assert_eq!(g.status(), GoalStatus::Achieved);
    assert_eq!(g.latest_value(), Some(crate::Decimal::from_int(4)));
    assert_eq!(g.target_met(), Some(true));
    assert!(!g.is_overdue());
    assert_eq!(p.event_log().replay().unwrap(), p);
}
