//! Assessments record responses: unscorable safety answers, unscheduled check-ins, refused events
//! that carry their safety signals, and format-1 logs read through the upgrade.

use serde_json::{Value, json};

use super::*;
use crate::Decimal;
use crate::instruments::SafetyFlag;
use crate::versioning;

fn phq9_with_item9(item9: Option<u8>) -> Response {
    let mut answers = [Some(0); 9];
    answers[8] = item9;
    Response::new(InstrumentId::Phq9, &answers).unwrap()
}

fn unscheduled(responses: impl IntoIterator<Item = Response>, at: DateTime<Utc>) -> Event {
    Event::unscheduled_assessment(responses, Actor::Patient, at)
}

/// Found: a PHQ-9 with item 9 unanswered cannot be scored, so it could not be recorded, and the
/// hold docs/state-machine.md promises never happened. Now it is recorded, unscored, and holds.
#[test]
fn a_phq9_with_item_9_unanswered_is_recorded_and_holds_the_program() {
    let mut p = enrolled(Protocol::general_clinical());
    let responses = [
        response(InstrumentId::Peg3),
        phq9_item9_unanswered(),
        response(InstrumentId::Gad7),
    ];
    let t = p
        .apply(assessment(Timepoint::Baseline, responses, day(2)))
        .unwrap();
    assert_eq!(t.effect(), Some(AutomaticEffect::SafetyHoldEntered));
    assert!(p.state().is_on_safety_hold());
    assert_eq!(
        p.open_safety_concerns(),
        [SafetyConcern::ResponseFlag {
            timepoint: Some(Timepoint::Baseline),
            instrument: InstrumentId::Phq9,
            flag: SafetyFlag::SafetyItemUnanswered { item: 9 },
        }]
    );
    // Recorded with its answers; scored where it can be (PEG-3 and GAD-7, not the PHQ-9).
    let scores = p.scores_at(Timepoint::Baseline).unwrap();
    let scored: Vec<InstrumentId> = scores.iter().map(|s| s.instrument()).collect();
    assert_eq!(scored, [InstrumentId::Peg3, InstrumentId::Gad7]);
    let EventKind::AssessmentRecorded { responses, .. } = p.history()[2].kind() else {
        panic!("not an assessment: {:?}", p.history()[2]);
    };
    assert_eq!(responses[1].answer(9), None);
}

/// Found: a PHQ-9 with item 9 = 2 added to a Boulder baseline was refused and the flag was gone.
/// Refused still (the battery has no PHQ-9), but the error carries the signal as typed data; as
/// an unscheduled assessment it is accepted and holds the program.
#[test]
fn a_flagged_phq9_off_the_boulder_battery_is_never_lost() {
    let protocol = Protocol::boulder_back_pain_study();
    let mut p = enrolled(protocol.clone());
    let before = p.clone();
    let mut responses = battery(&protocol, Timepoint::Baseline);
    responses.push(phq9_with_item9(Some(2)));
    let err = p
        .apply(assessment(Timepoint::Baseline, responses, day(2)))
        .unwrap_err();
    assert_eq!(p, before);
    assert_eq!(
        err.guard(),
        &TransitionError::UnexpectedInstrument {
            timepoint: Timepoint::Baseline,
            instrument: InstrumentId::Phq9,
        }
    );
    let signal = SafetyConcern::ResponseFlag {
        timepoint: Some(Timepoint::Baseline),
        instrument: InstrumentId::Phq9,
        flag: SafetyFlag::SuicidalIdeation { answer: 2 },
    };
    assert_eq!(err.safety_signals(), [signal]);
    assert_eq!(
        err.to_string(),
        "phq9 is not part of the baseline assessment; the refused event carries safety signals that must still reach a clinician: phq9 at baseline: suicidal ideation (item 9 answered 2)"
    );

    // The same PHQ-9 as a between-session check-in: accepted, kept apart, and the program holds.
    p.apply(assess(&p, day(2), Timepoint::Baseline)).unwrap();
    let t = p
        .apply(unscheduled([phq9_with_item9(Some(2))], day(3)))
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
    assert_eq!(
        p.open_safety_concerns(),
        [SafetyConcern::ResponseFlag {
            timepoint: None,
            instrument: InstrumentId::Phq9,
            flag: SafetyFlag::SuicidalIdeation { answer: 2 },
        }]
    );
    let check_ins: Vec<_> = p.unscheduled_assessments().collect();
    assert_eq!(check_ins.len(), 1);
    assert_eq!(check_ins[0].0, day(3));
    assert_eq!(check_ins[0].1[0].total(), Some(Decimal::from_int(2)));
    // The protocol's timepoints are untouched by it.
    assert_eq!(
        p.scores_at(Timepoint::Baseline).unwrap().len(),
        protocol
            .assessment(Timepoint::Baseline)
            .unwrap()
            .instruments()
            .len()
    );
}

#[test]
fn unscheduled_assessments_take_any_instrument_and_leave_the_stage_alone() {
    let mut p = enrolled(Protocol::general_clinical());
    let nrs = Response::nrs(Some(4), RecallPeriod::Now).unwrap();
    let t = p
        .apply(unscheduled([nrs.clone(), phq9_with_item9(Some(0))], day(2)))
        .unwrap();
    assert_eq!(t.from(), t.to());
    assert_eq!(stage(&p), Stage::BaselineAssessment);
    assert_eq!(p.unscheduled_assessments().next().unwrap().1.len(), 2);
    let before = p.clone();
    assert_eq!(
        p.apply(unscheduled([], day(2))),
        Err(TransitionError::NoResponses)
    );
    assert_eq!(
        p.apply(unscheduled([nrs.clone(), nrs], day(2))),
        Err(TransitionError::UnscheduledDuplicate {
            instrument: InstrumentId::Nrs
        })
    );
    assert_eq!(p, before);
    // Pre-enrollment and during a hold too: every open state.
    let mut referred = new_program(Protocol::general_clinical());
    referred
        .apply(unscheduled([phq9_with_item9(Some(0))], day(0)))
        .unwrap();
    assert_eq!(stage(&referred), Stage::Referred);
    referred
        .apply(unscheduled([phq9_with_item9(None)], day(0)))
        .unwrap();
    referred
        .apply(unscheduled([phq9_with_item9(Some(1))], day(0)))
        .unwrap();
    assert_eq!(referred.open_safety_concerns().len(), 2);
}

#[test]
fn a_closed_program_refuses_a_check_in_but_hands_back_its_signal() {
    let mut p = enrolled(Protocol::general_clinical());
    p.apply(ev(
        day(2),
        Actor::Patient,
        EventKind::Withdrawn {
            reason: WithdrawalReason::PatientChoice,
        },
    ))
    .unwrap();
    let err = p
        .apply(unscheduled([phq9_with_item9(Some(3))], day(3)))
        .unwrap_err();
    assert!(matches!(err.guard(), TransitionError::Terminal { .. }));
    assert_eq!(
        err.safety_signals(),
        [SafetyConcern::ResponseFlag {
            timepoint: None,
            instrument: InstrumentId::Phq9,
            flag: SafetyFlag::SuicidalIdeation { answer: 3 },
        }]
    );
    // An event without a signal is refused with the bare guard.
    let err = p
        .apply(unscheduled([phq9_with_item9(Some(0))], day(3)))
        .unwrap_err();
    assert!(matches!(err, TransitionError::Terminal { .. }));
    assert!(err.safety_signals().is_empty());
}

#[test]
fn the_protocol_hands_out_the_forms_of_each_due_assessment() {
    let p = enrolled(Protocol::general_clinical());
    let forms = p.forms_due();
    let shape: Vec<(InstrumentId, usize, u8, u8)> = forms
        .iter()
        .map(|f| {
            (
                f.instrument(),
                f.item_count(),
                f.answer_min(),
                f.answer_max(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            (InstrumentId::Peg3, 3, 0, 10),
            (InstrumentId::Phq9, 9, 0, 3),
            (InstrumentId::Gad7, 7, 0, 3),
        ]
    );
    assert!(
        forms
            .iter()
            .all(|f| f.timepoint() == Some(Timepoint::Baseline))
    );
    assert_eq!(forms[1].safety_item(), Some(9));
    assert!(
        Protocol::general_clinical()
            .forms_for(Timepoint::FollowUp { months: 4 })
            .is_empty()
    );
    assert!(
        new_program(Protocol::general_clinical())
            .forms_due()
            .is_empty()
    );
}

/// Bad answers never reach the program: the event is refused as it is read, with the
/// instrument, item and allowed range.
#[test]
fn an_event_with_bad_answers_is_refused_with_instrument_item_and_range() {
    let event = |answers: Value| {
        json!({"at": "2026-01-07T09:00:00Z", "actor": {"role": "patient"}, "event": {
            "type": "assessment_recorded", "timepoint": {"kind": "baseline"},
            "responses": [{"schema_version": 2, "instrument": "phq9", "answers": answers}]}})
    };
    let error = |answers: Value| {
        serde_json::from_value::<Event>(event(answers))
            .unwrap_err()
            .to_string()
    };
    assert!(
        error(json!([0, 0, 0, 0, 0, 0, 0, 0, 4])).contains("PHQ-9 item 9 is 4; answers range 0-3"),
        "{}",
        error(json!([0, 0, 0, 0, 0, 0, 0, 0, 4]))
    );
    assert!(
        error(json!([0, 0, 0])).contains("PHQ-9 takes 9 answers"),
        "{}",
        error(json!([0, 0, 0]))
    );
    let unknown = json!({"at": "2026-01-07T09:00:00Z", "actor": {"role": "patient"}, "event": {
        "type": "unscheduled_assessment_recorded",
        "responses": [{"schema_version": 2, "instrument": "phq10", "answers": [0]}]}});
    assert!(
        serde_json::from_value::<Event>(unknown)
            .unwrap_err()
            .to_string()
            .contains("phq10")
    );
    let ok: Event = serde_json::from_value(event(json!([0, 0, 0, 0, 0, 0, 0, 0, null]))).unwrap();
    assert_eq!(ok.safety_signals().len(), 1);
}

// ---- scores without answers: format 1 ----

/// A PHQ-9 score of total 25 with no flag, as a format-1 log could hold it.
fn unflagged_phq9_total_25() -> Value {
    let mut answers = [Some(3); 9];
    answers[8] = Some(1);
    let mut score = serde_json::to_value(
        Response::new(InstrumentId::Phq9, &answers)
            .unwrap()
            .score()
            .unwrap(),
    )
    .unwrap();
    score["safety_flags"] = json!([]);
    score
}

/// Found: a PHQ-9 score whose total proves item 9 above 0 was read with no flag.
#[test]
fn a_score_whose_total_needs_item_9_but_has_no_flag_is_refused() {
    let err = serde_json::from_value::<Score>(unflagged_phq9_total_25()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "PHQ-9 score is inconsistent: a PHQ-9 total of 25-27 proves item 9 was answered above 0 (the other eight items reach at most 24), but the score carries no suicidal-ideation flag"
    );
    // With its flag it reads.
    let mut flagged = unflagged_phq9_total_25();
    flagged["safety_flags"] = json!([{"type": "suicidal_ideation", "answer": 1}]);
    assert!(
        serde_json::from_value::<Score>(flagged)
            .unwrap()
            .has_safety_flag()
    );
    // 24 without a flag is possible (item 9 at 0).
    let mut answers = [Some(3); 9];
    answers[8] = Some(0);
    let score = Response::new(InstrumentId::Phq9, &answers)
        .unwrap()
        .score()
        .unwrap();
    let text = serde_json::to_string(&score).unwrap();
    assert_eq!(serde_json::from_str::<Score>(&text).unwrap(), score);
}

/// A format-1 event log of a general-clinical program enrolled and assessed at baseline, its
/// assessment stored as `scores`.
fn format_1_log(phq9: Value) -> Value {
    let p = enrolled(Protocol::general_clinical());
    let mut log = as_format_1(&serde_json::to_value(p.event_log()).unwrap());
    let scores = json!([
        serde_json::to_value(score(InstrumentId::Peg3)).unwrap(),
        phq9,
        serde_json::to_value(score(InstrumentId::Gad7)).unwrap(),
    ]);
    log["events"].as_array_mut().unwrap().push(json!({
        "at": "2026-01-07T09:00:00Z", "actor": {"role": "patient"},
        "event": {"type": "assessment_recorded", "timepoint": {"kind": "baseline"}, "scores": scores}
    }));
    log
}

#[test]
fn a_format_1_log_replays_to_the_same_state_with_its_scores_kept() {
    let phq9 = serde_json::to_value(score(InstrumentId::Phq9)).unwrap();
    let log: EventLog = versioning::read(format_1_log(phq9)).unwrap();
    assert_eq!(log.legacy_events(), 3);
    let p = log.replay().unwrap();
    assert_eq!(
        stage(&p),
        Stage::Evaluation {
            completed: 0,
            planned: 1
        }
    );
    assert!(!p.state().is_on_safety_hold());
    assert!(p.replay_findings().is_empty());
    assert!(matches!(
        p.history()[2].kind(),
        EventKind::AssessmentRecordedWithoutAnswers { scores, .. } if scores.len() == 3
    ));
    assert_eq!(p.scores_at(Timepoint::Baseline).unwrap().len(), 3);
    // Written again (format 2) and read back: the same program, the prefix kept.
    let text = serde_json::to_string(&p).unwrap();
    assert!(text.contains(r#""legacy_events":3"#));
    assert_eq!(serde_json::from_str::<Program>(&text).unwrap(), p);
    let again: EventLog =
        serde_json::from_str(&serde_json::to_string(&p.event_log()).unwrap()).unwrap();
    assert_eq!(again.replay().unwrap(), p);
}

#[test]
fn a_format_1_score_that_proves_item_9_holds_the_program_and_is_reported() {
    let log: EventLog = versioning::read(format_1_log(unflagged_phq9_total_25())).unwrap();
    let p = log.replay().unwrap();
    assert!(p.state().is_on_safety_hold());
    assert!(matches!(
        p.open_safety_concerns(),
        [SafetyConcern::UnflaggedScore { timepoint: Timepoint::Baseline, score }] if score.total() == Some(Decimal::from_int(25))
    ));
    assert_eq!(p.replay_findings().len(), 1);
    let finding = &p.replay_findings()[0];
    assert_eq!(finding.index(), 2);
    assert!(matches!(
        finding.rule(),
        LegacyRule::UnflaggedSafetyTotal {
            item_at_least: 1,
            ..
        }
    ));
    assert_eq!(
        finding.to_string(),
        "event 2: the phq9 score at baseline has a total of 25, which proves item 9 answered at least 1, but carries no safety flag; the program is put on a safety hold"
    );
    // The snapshot of the same program reads back with the event and the finding.
    let text = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Program>(&text).unwrap(), p);
}

#[test]
fn scores_without_answers_are_refused_outside_the_format_1_prefix() {
    let mut p = enrolled(Protocol::general_clinical());
    let before = p.clone();
    let scores = [InstrumentId::Peg3, InstrumentId::Phq9, InstrumentId::Gad7].map(score);
    let event = ev(
        day(2),
        Actor::Patient,
        EventKind::AssessmentRecordedWithoutAnswers {
            timepoint: Timepoint::Baseline,
            scores: scores.to_vec(),
        },
    );
    assert_eq!(
        p.apply(event).unwrap_err().to_string(),
        "the baseline assessment holds scores without answers, which only events migrated from event-log format 1 may; record the responses"
    );
    assert_eq!(p, before);
    // A flagged score refused this way hands back its flag.
    let mut flagged_scores = scores;
    flagged_scores[1] = flagged_phq9().score().unwrap();
    let err = p
        .apply(ev(
            day(2),
            Actor::Patient,
            EventKind::AssessmentRecordedWithoutAnswers {
                timepoint: Timepoint::Baseline,
                scores: flagged_scores.to_vec(),
            },
        ))
        .unwrap_err();
    assert!(matches!(
        err.safety_signals(),
        [SafetyConcern::ScoreFlag { .. }]
    ));
}

#[test]
fn a_format_1_program_snapshot_is_upgraded_too() {
    let phq9 = serde_json::to_value(score(InstrumentId::Phq9)).unwrap();
    let log = format_1_log(phq9);
    let mut snapshot = log.clone();
    snapshot["state"] =
        json!({"state": "active", "stage": {"stage": "evaluation", "completed": 0, "planned": 1}});
    let p: Program = versioning::read(snapshot).unwrap();
    assert_eq!(p.legacy_events(), 3);
    let from_log: EventLog = versioning::read(log).unwrap();
    assert_eq!(from_log.replay().unwrap(), p);
}
