//! The outcome summary and the treatment goals a program follows.

use super::*;

/// A response to `instrument` with every answer equal to `answer`.
fn uniform(instrument: InstrumentId, answer: u8) -> Response {
    let response = if instrument == InstrumentId::Nrs {
        Response::nrs(Some(answer), RecallPeriod::PastWeek)
    } else {
        Response::new(
            instrument,
            &vec![Some(answer); instrument.definition().item_count()],
        )
    };
    response.unwrap()
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
    p.apply(screened(day(0), ScreeningDecision::Eligible))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(0)))
        .unwrap();
    // Baseline: NRS 6; ODI all 3 = 30/50 = 60%; TSK-11 all 3 = 33.
    let baseline = [
        uniform(InstrumentId::Nrs, 6),
        uniform(InstrumentId::Odi, 3),
        uniform(InstrumentId::Tsk11, 3),
    ];
    p.apply(assessment(Timepoint::Baseline, baseline, day(1)))
        .unwrap();
    p.apply(session(1, day(7))).unwrap();
    // Post: NRS 1 (pain-free or nearly); ODI all 1 = 20% (40 points better, MCID 10);
    // TSK-11 all 2 = 22 (11 better, MCID 4).
    let post = [
        uniform(InstrumentId::Nrs, 1),
        uniform(InstrumentId::Odi, 1),
        uniform(InstrumentId::Tsk11, 2),
    ];
    p.apply(assessment(Timepoint::PostTreatment, post, day(14)))
        .unwrap();
    // +3 months: NRS 3 (no longer pain-free); ODI all 3 = 60% (back to baseline); TSK-11 all 3 = 33.
    let later = [
        uniform(InstrumentId::Nrs, 3),
        uniform(InstrumentId::Odi, 3),
        uniform(InstrumentId::Tsk11, 3),
    ];
    p.apply(assessment(
        Timepoint::FollowUp { months: 3 },
        later,
        day(100),
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
            Actor::Patient,
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
        Actor::Patient,
        progress(10, GoalStatus::Improving, 2),
    ))
    .unwrap();
    // A value outside the measure (at most 100 per week) is refused and changes nothing.
    let before = p.clone();
    assert!(matches!(
        p.apply(ev(
            day(11),
            Actor::Patient,
            progress(11, GoalStatus::Improving, 101)
        )),
        Err(TransitionError::Goal(_))
    ));
    assert_eq!(p, before);
    p.apply(ev(
        day(20),
        Actor::Patient,
        progress(20, GoalStatus::Achieved, 4),
    ))
    .unwrap();
    // Nothing follows an achieved goal.
    assert!(matches!(
        p.apply(ev(
            day(21),
            Actor::Patient,
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
