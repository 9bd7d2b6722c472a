//! Issue #17, second half: assessment windows, missed follow-ups, late entries, one session count,
//! a due date for every session, unique session ids and migrations that count the sessions done.

use super::*;

/// The one place these tests build an assessment event (A's `Event::assessment` changes shape).
fn assessment(p: &Program, at: DateTime<Utc>, timepoint: Timepoint, actor: Actor) -> Event {
    Event::assessment(timepoint, battery(p.protocol(), timepoint), actor, at)
}

fn late(reason: &str) -> LateEntry {
    LateEntry::new(
        ClinicianId::new("dr-pi").unwrap(),
        crate::Note::new(reason).unwrap(),
    )
}

/// A Boulder program whose nine sessions were held on days 3-11 and whose post-treatment
/// assessment was recorded on day 11: the +1 month follow-up is due.
fn in_follow_up() -> Program {
    let mut p = in_treatment();
    for number in 2..=9 {
        p.apply(session(number, day(i64::from(number) + 2)))
            .unwrap();
    }
    p.apply(assessment(
        &p,
        day(11),
        Timepoint::PostTreatment,
        Actor::Patient,
    ))
    .unwrap();
    p
}

const MONTH_1: Timepoint = Timepoint::FollowUp { months: 1 };

#[test]
fn follow_ups_on_the_post_treatment_day_are_refused_naming_the_window() {
    // Found: the post-treatment assessment and all five follow-ups recorded on the same day.
    let mut p = in_follow_up();
    let before = p.clone();
    let err = p
        .apply(assessment(&p, day(11), MONTH_1, Actor::Patient))
        .unwrap_err();
    // Post-treatment on 2026-01-16; +1 month is 2026-02-16, the window 14 days either side.
    let anchor: DateTime<Utc> = "2026-02-16T09:00:00Z".parse().unwrap();
    assert_eq!(
        err,
        TransitionError::AssessmentOutsideWindow {
            timepoint: MONTH_1,
            opens: anchor - TimeDelta::days(14),
            closes: anchor + TimeDelta::days(14),
            at: day(11),
        }
    );
    assert_eq!(
        err.to_string(),
        "assessment window rule: the follow-up +1 month assessment dated 2026-01-16 09:00 UTC is \
         before its window opens; its window is 2026-02-02 09:00 UTC to 2026-03-02 09:00 UTC"
    );
    assert_eq!(p, before);
    // Even a clinician's late entry cannot move an early one into its window.
    let early = assessment(&p, day(11), MONTH_1, dr()).with_late_entry(late("early"));
    assert!(matches!(
        p.apply(early),
        Err(TransitionError::AssessmentOutsideWindow { at, .. }) if at == day(11)
    ));
    // Inside the window it is accepted.
    p.apply(assessment(&p, anchor, MONTH_1, Actor::Patient))
        .unwrap();
}

#[test]
fn a_late_entry_needs_a_clinician_and_is_kept_with_its_reason() {
    let mut p = in_follow_up();
    let closes: DateTime<Utc> = "2026-03-02T09:00:00Z".parse().unwrap();
    let after = closes + TimeDelta::days(1);
    let before = p.clone();
    let err = p
        .apply(assessment(&p, after, MONTH_1, Actor::Patient))
        .unwrap_err();
    assert!(
        err.to_string()
            .ends_with("a clinician may enter it late with a late_entry and its reason"),
        "{err}"
    );
    // A patient cannot override the window.
    let by_patient = assessment(&p, after, MONTH_1, Actor::Patient).with_late_entry(late("away"));
    assert_eq!(
        p.apply(by_patient),
        Err(TransitionError::LateEntryNeedsClinician { timepoint: MONTH_1 })
    );
    assert_eq!(p, before);
    let by_clinician = assessment(&p, after, MONTH_1, dr()).with_late_entry(late("travelling"));
    p.apply(by_clinician).unwrap();
    match p.history().last().map(Event::kind) {
        Some(EventKind::AssessmentRecorded {
            late_entry: Some(entry),
            ..
        }) => {
            assert_eq!(entry.approved_by().as_str(), "dr-pi");
            assert_eq!(entry.reason().as_str(), "travelling");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(p.event_log().replay().unwrap(), p);
}

#[test]
fn a_refused_late_assessment_keeps_its_safety_flag() {
    let mut p = enrolled(Protocol::general_clinical());
    let mut scores = battery(p.protocol(), Timepoint::Baseline);
    for score in &mut scores {
        if score.instrument() == InstrumentId::Phq9 {
            *score = flagged_phq9();
        }
    }
    // Enrolled on day 1: the baseline window closed on day 15.
    let late_baseline = Event::assessment(Timepoint::Baseline, scores, Actor::Patient, day(20));
    let err = p.apply(late_baseline).unwrap_err();
    assert!(matches!(
        err.guard(),
        TransitionError::AssessmentOutsideWindow {
            timepoint: Timepoint::Baseline,
            ..
        }
    ));
    assert!(
        matches!(
            err.safety_signals(),
            [SafetyConcern::ResponseFlag {
                timepoint: Some(Timepoint::Baseline),
                instrument: InstrumentId::Phq9,
                ..
            }]
        ),
        "{:?}",
        err.safety_signals()
    );
    assert!(p.open_safety_concerns().is_empty());
}

#[test]
fn a_missed_follow_up_does_not_block_the_next_ones() {
    let mut p = in_follow_up();
    let before = p.clone();
    // A patient cannot mark an assessment missed; the system only once its window closed.
    assert_eq!(
        p.apply(Event::assessment_missed(MONTH_1, Actor::Patient, day(40))),
        Err(TransitionError::ClinicianOrSystemRequired {
            event: EventType::AssessmentMissed
        })
    );
    let closes: DateTime<Utc> = "2026-03-02T09:00:00Z".parse().unwrap();
    assert_eq!(
        p.apply(Event::assessment_missed(MONTH_1, Actor::System, closes)),
        Err(TransitionError::AssessmentWindowOpen {
            timepoint: MONTH_1,
            closes,
            at: closes,
        })
    );
    assert_eq!(
        p.apply(Event::assessment_missed(
            Timepoint::FollowUp { months: 2 },
            Actor::System,
            day(100)
        )),
        Err(TransitionError::AssessmentNotDue {
            timepoint: Timepoint::FollowUp { months: 2 },
            due: Some(MONTH_1)
        })
    );
    assert_eq!(p, before);
    // Once the window closed, next_actions says so.
    let after = closes + TimeDelta::days(1);
    let action = p.next_actions(after)[0];
    assert_eq!(
        action.action(),
        Action::AssessmentWindowClosed {
            timepoint: MONTH_1,
            closed: closes,
            missable: true
        }
    );
    assert!(action.is_overdue());
    p.apply(Event::assessment_missed(MONTH_1, Actor::System, after))
        .unwrap();
    assert_eq!(
        stage(&p),
        Stage::FollowUp {
            next: Timepoint::FollowUp { months: 2 }
        }
    );
    // +2 and +3 months recorded in their windows; +6 marked missed by a clinician; +12 recorded.
    for months in [2, 3] {
        let timepoint = Timepoint::FollowUp { months };
        p.apply(assessment(
            &p,
            opens(&p, timepoint, after),
            timepoint,
            Actor::Patient,
        ))
        .unwrap();
    }
    let six = Timepoint::FollowUp { months: 6 };
    p.apply(Event::assessment_missed(six, dr(), opens(&p, six, after)))
        .unwrap();
    let twelve = Timepoint::FollowUp { months: 12 };
    let t = p
        .apply(assessment(
            &p,
            opens(&p, twelve, after),
            twelve,
            Actor::Patient,
        ))
        .unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::ProgramCompleted));
    let recorded: Vec<Timepoint> = p.recorded_assessments().map(|(t, _)| t).collect();
    assert!(!recorded.contains(&MONTH_1) && !recorded.contains(&six));
    assert!(recorded.contains(&twelve));
    assert_eq!(p.scores_at(six), None);
    assert_eq!(p.event_log().replay().unwrap(), p);
}

#[test]
fn the_last_follow_up_missed_completes_the_program_but_post_treatment_cannot_be_missed() {
    let mut p = in_treatment();
    p.apply(ev(
        day(4),
        dr(),
        EventKind::TreatmentEndedEarly {
            reason: EarlyEndReason::Clinical,
        },
    ))
    .unwrap();
    assert_eq!(
        p.apply(Event::assessment_missed(
            Timepoint::PostTreatment,
            dr(),
            day(5)
        )),
        Err(TransitionError::NotAllowed {
            state: StateKind::PostTreatmentAssessment,
            event: EventType::AssessmentMissed
        })
    );
    // Past its window the post-treatment assessment is overdue, never missable.
    assert_eq!(
        p.next_actions(day(30))[0].action(),
        Action::AssessmentWindowClosed {
            timepoint: Timepoint::PostTreatment,
            closed: day(18),
            missable: false
        }
    );
    p.apply(assessment(
        &p,
        day(5),
        Timepoint::PostTreatment,
        Actor::Patient,
    ))
    .unwrap();
    for months in [1, 2, 3, 6] {
        p.apply(Event::assessment_missed(
            Timepoint::FollowUp { months },
            dr(),
            day(6),
        ))
        .unwrap();
    }
    let t = p
        .apply(Event::assessment_missed(
            Timepoint::FollowUp { months: 12 },
            dr(),
            day(6),
        ))
        .unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::ProgramCompleted));
    assert!(p.scores_at(Timepoint::PostTreatment).is_some());
}

#[test]
fn one_session_count_after_the_evaluation() {
    // Found: after the evaluation `completed_sessions()` said 1 while the state said "0 of 8
    // sessions". Both count what they say: every session, and the treatment sessions.
    let p = in_treatment();
    assert_eq!(p.completed_sessions(), 1);
    assert_eq!(
        stage(&p),
        Stage::InTreatment {
            completed: 0,
            planned: 8
        }
    );
    assert_eq!(
        stage(&p).to_string(),
        "in treatment (0 of 8 treatment sessions)"
    );
}

#[test]
fn every_session_has_a_due_date() {
    // Found: the first therapy session after the evaluation never got a due date, so a patient
    // who dropped out there was never flagged.
    let mut p = enrolled(Protocol::boulder_back_pain_study());
    p.apply(assess(&p, day(2), Timepoint::Baseline)).unwrap();
    // Session 1 (the evaluation): one cadence interval, ceil(7 / 2) = 4 days, after the baseline.
    assert_eq!(p.next_actions(day(2))[0].due(), Some(day(6)));
    p.apply(session(1, day(3))).unwrap();
    let next = p.next_actions(day(4))[0];
    assert_eq!(next.action(), Action::ScheduleSession { number: 2 });
    assert_eq!(next.due(), Some(day(7)));
    assert!(p.next_actions(day(8))[0].is_overdue());
    // Later treatment sessions keep the cadence from the first.
    p.apply(session(2, day(7))).unwrap();
    assert_eq!(p.next_actions(day(8))[0].due(), Some(day(11)));
    // Even after a late session: session 4 (treatment session k = 2) is due ceil(2 × 7 / 2) = 7
    // days after the first treatment session (day 7), not one interval after the late one (16).
    p.apply(session(3, day(12))).unwrap();
    let next = p.next_actions(day(12))[0];
    assert_eq!(next.action(), Action::ScheduleSession { number: 4 });
    assert_eq!(next.due(), Some(day(14)));
}

#[test]
fn a_session_id_names_one_session() {
    // Found: a session id used twice in one program was accepted.
    let mut p = in_treatment();
    let before = p.clone();
    let reused = Event::session_completed(
        2,
        SessionId::new("s-1").unwrap(),
        ClinicianId::new("dr-1").unwrap(),
        day(4),
    );
    let err = p.apply(reused).unwrap_err();
    assert_eq!(
        err,
        TransitionError::DuplicateSessionId {
            session_id: SessionId::new("s-1").unwrap(),
            first_number: 1,
            number: 2
        }
    );
    assert!(
        err.to_string().starts_with("unique session id rule"),
        "{err}"
    );
    let booked = ev(
        day(4),
        dr(),
        EventKind::SessionScheduled {
            number: 3,
            session_id: SessionId::new("s-1").unwrap(),
            scheduled_for: day(9),
        },
    );
    assert!(matches!(
        p.apply(booked),
        Err(TransitionError::DuplicateSessionId { number: 3, .. })
    ));
    assert_eq!(p, before);
    // A session booked, rebooked and held under its own id is fine.
    for at in [4, 5] {
        p.apply(ev(
            day(at),
            dr(),
            EventKind::SessionScheduled {
                number: 2,
                session_id: SessionId::new("s-2").unwrap(),
                scheduled_for: day(6),
            },
        ))
        .unwrap();
    }
    p.apply(session(2, day(6))).unwrap();
}

/// Version 2 of the Boulder protocol: one evaluation session, ten therapy sessions.
fn boulder_v2() -> Protocol {
    Protocol::builder(ProtocolId::new("boulder-back-pain-study").unwrap(), 2)
        .evaluation_session(Modality::Video, 60)
        .therapy_sessions(10, Modality::InPerson, 60, [])
        .cadence(Cadence::new(2, 35))
        .assessment(Timepoint::Baseline, [InstrumentId::BpiSf], 0, 14)
        .assessment(Timepoint::PostTreatment, [InstrumentId::BpiSf], 0, 14)
        .build()
        .unwrap()
}

fn migration(done: u16, at: DateTime<Utc>) -> Event {
    ev(
        at,
        dr(),
        EventKind::ProtocolMigrated {
            migration: Box::new(ProtocolMigration::new(boulder_v2(), done)),
        },
    )
}

/// A Boulder program with sessions 1..=`done` held on days 3, 4, ...
fn with_sessions(done: u16) -> Program {
    let mut p = in_treatment();
    for number in 2..=done {
        p.apply(session(number, day(i64::from(number) + 2)))
            .unwrap();
    }
    p
}

#[test]
fn a_migration_counts_exactly_the_sessions_completed() {
    // Found: 5 done mapped as 8, 6 done mapped as 10, and 9 done mapped as 1 were accepted.
    for (done, mapped) in [(5, 8), (6, 10), (9, 1)] {
        let mut p = with_sessions(done);
        assert_eq!(p.completed_sessions(), done);
        let before = p.clone();
        let err = p.apply(migration(mapped, day(20))).unwrap_err();
        assert_eq!(
            err,
            TransitionError::MigrationMismatch {
                reason: MigrationMismatch::SessionCount { done, mapped }
            },
            "{done} done, {mapped} mapped"
        );
        assert!(
            err.to_string().contains("migration session count rule"),
            "{err}"
        );
        assert_eq!(p, before);
        p.apply(migration(done, day(20))).unwrap();
        assert_eq!(p.completed_sessions(), done);
    }
}
