//! The safety gates of screening: red flags and their urgency, PHQ-9 item 9 and the crisis
//! questions, their precedence, and what a red-flag clearance can and cannot clear.

use super::*;

#[test]
fn each_red_flag_refers_at_its_categorys_urgency() {
    for flag in RedFlag::ALL.into_iter().filter(|f| !f.is_derived()) {
        let mut data = base();
        data.red_flags.insert(flag, Answer::Yes);
        let outcome = boulder(data);
        let expected = ScreeningDecision::ReferForMedicalEvaluation {
            urgency: flag.urgency(),
        };
        assert_eq!(outcome.decision(), &expected, "{flag:?}");
        let r = reason(&outcome, Criterion::RedFlag { flag });
        assert_eq!(r.status(), ReasonStatus::Positive);
        assert_eq!(r.source(), flag.source());
    }
    // One hand-checked flag per category.
    for (flag, decision) in [
        (RedFlag::SaddleAnaesthesia, REFER_EMERGENCY),
        (RedFlag::MajorTrauma, REFER_URGENT),
        (RedFlag::FeverOrChills, REFER_URGENT),
        (RedFlag::AbdominalAorticAneurysm, REFER_ROUTINE),
        (RedFlag::ThoracicPain, REFER_ROUTINE),
    ] {
        let mut data = base();
        data.red_flags.insert(flag, Answer::Yes);
        assert_eq!(boulder(data).decision(), &decision, "{flag:?}");
    }
}

#[test]
fn the_highest_urgency_of_several_flags_wins_and_all_are_reported() {
    let mut data = base();
    for flag in [
        RedFlag::ThoracicPain,
        RedFlag::HistoryOfCancer,
        RedFlag::BladderDysfunction,
    ] {
        data.red_flags.insert(flag, Answer::Yes);
    }
    let outcome = boulder(data);
    assert_eq!(outcome.decision(), &REFER_EMERGENCY);
    let positive = outcome
        .reasons()
        .iter()
        .filter(|r| r.status() == ReasonStatus::Positive)
        .count();
    assert_eq!(positive, 3);
}

#[test]
fn an_unknown_or_missing_red_flag_is_a_routine_referral() {
    let mut data = base();
    data.red_flags
        .insert(RedFlag::SevereNightPain, Answer::Unknown);
    data.red_flags.remove(&RedFlag::Osteoporosis);
    let outcome = boulder(data);
    assert_eq!(outcome.decision(), &REFER_ROUTINE);
    for flag in [RedFlag::SevereNightPain, RedFlag::Osteoporosis] {
        let r = reason(&outcome, Criterion::RedFlag { flag });
        assert_eq!(r.status(), ReasonStatus::Unknown);
        assert_eq!(
            r.observed(),
            Observed::Answer {
                answer: Answer::Unknown
            }
        );
    }
    // Nothing answered at all: every flag unknown, never eligible.
    let mut data = base();
    data.red_flags.clear();
    assert_eq!(boulder(data).decision(), &REFER_ROUTINE);
}

#[test]
fn phq9_item9_at_0_1_and_missing() {
    let mut data = base();
    data.psychiatric.phq9_item9 = Some(Phq9Item9::new(0).unwrap());
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::Eligible
    );
    data.psychiatric.phq9_item9 = Some(Phq9Item9::new(1).unwrap());
    let outcome = boulder(data.clone());
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway);
    assert_eq!(
        reason(&outcome, Criterion::Phq9Item9).status(),
        ReasonStatus::Positive
    );
    data.psychiatric.phq9_item9 = None;
    let outcome = boulder(data);
    assert_eq!(outcome.decision(), &ScreeningDecision::Incomplete);
    assert_eq!(
        reason(&outcome, Criterion::Phq9Item9).observed(),
        Observed::Phq9Item9 { value: None }
    );
}

#[test]
fn crisis_questions_yes_is_crisis_and_unknown_is_incomplete() {
    for edit in [
        |p: &mut PsychiatricSafety, a| p.suicidal_intent = a,
        |p: &mut PsychiatricSafety, a| p.recent_suicide_attempt = a,
    ] {
        let mut data = base();
        edit(&mut data.psychiatric, Answer::Yes);
        assert_eq!(
            boulder(data.clone()).decision(),
            &ScreeningDecision::CrisisPathway
        );
        edit(&mut data.psychiatric, Answer::Unknown);
        assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete);
    }
    let mut data = base();
    data.psychiatric.psychosis = Answer::Yes;
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::NotEligible
    );
    data.psychiatric.psychosis = Answer::Unknown;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete);
    let mut data = base();
    data.psychiatric.substance_use_disorder = Answer::Yes;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::NotEligible);
}

#[test]
fn precedence_crisis_refer_incomplete_not_eligible_with_all_reasons() {
    // Everything at once: crisis wins, every other reason is still reported.
    let mut data = base();
    data.age = Age::Years { years: 20 };
    data.psychiatric.phq9_item9 = Some(Phq9Item9::new(2).unwrap());
    data.psychiatric.psychosis = Answer::Unknown;
    data.red_flags
        .insert(RedFlag::SaddleAnaesthesia, Answer::Yes);
    let outcome = boulder(data.clone());
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway);
    let leads: Vec<_> = outcome.reasons().iter().map(|r| r.leads_to()).collect();
    for expected in [
        ScreeningDecision::CrisisPathway,
        REFER_EMERGENCY,
        ScreeningDecision::Incomplete,
        ScreeningDecision::NotEligible,
    ] {
        assert!(leads.contains(&expected), "{expected:?}");
    }
    // Without the crisis: refer.
    data.psychiatric.phq9_item9 = Some(Phq9Item9::new(0).unwrap());
    assert_eq!(boulder(data.clone()).decision(), &REFER_EMERGENCY);
    // Without the flag: incomplete.
    data.red_flags
        .insert(RedFlag::SaddleAnaesthesia, Answer::No);
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::Incomplete
    );
    // Without the missing answer: not eligible.
    data.psychiatric.psychosis = Answer::No;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::NotEligible);
}

#[test]
fn a_cleared_flag_passes_and_the_clearance_is_kept() {
    let mut data = base();
    data.red_flags.insert(RedFlag::SevereNightPain, Answer::Yes);
    let form = IntakeForm::new(data).unwrap();
    let criteria = ScreeningCriteria::boulder_trial();
    assert_eq!(screen(&form, &criteria).decision(), &REFER_URGENT);

    let cleared = clearance(RedFlag::SevereNightPain, 2026, 3, 4);
    let outcome = screen_with_clearances(&form, &criteria, std::slice::from_ref(&cleared));
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible);
    let r = reason(
        &outcome,
        Criterion::RedFlag {
            flag: RedFlag::SevereNightPain,
        },
    );
    assert_eq!(r.status(), ReasonStatus::Cleared);
    assert_eq!(
        r.observed(),
        Observed::Answer {
            answer: Answer::Yes
        }
    );
    assert_eq!(outcome.clearances(), std::slice::from_ref(&cleared));

    // A clearance recorded before the assessment does not count.
    let stale = clearance(RedFlag::SevereNightPain, 2026, 3, 1);
    assert_eq!(
        screen_with_clearances(&form, &criteria, &[stale]).decision(),
        &REFER_URGENT
    );
    // A clearance for another flag does not count either.
    let other = clearance(RedFlag::MajorTrauma, 2026, 3, 4);
    let outcome = screen_with_clearances(&form, &criteria, &[other]);
    assert_eq!(outcome.decision(), &REFER_URGENT);
    assert!(outcome.clearances().is_empty());
}

#[test]
fn clearances_never_clear_a_crisis() {
    let mut data = base();
    data.psychiatric.suicidal_intent = Answer::Yes;
    data.red_flags.insert(RedFlag::MajorTrauma, Answer::Yes);
    let form = IntakeForm::new(data).unwrap();
    let all: Vec<_> = RedFlag::ALL
        .into_iter()
        .map(|flag| clearance(flag, 2026, 3, 2))
        .collect();
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::boulder_trial(), &all);
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway);
    // Only the positive flag's clearance was used.
    assert_eq!(outcome.clearances().len(), 1);
}

#[test]
fn a_clearance_for_a_flag_answered_no_is_harmless() {
    let form = IntakeForm::new(base()).unwrap();
    let cleared = [clearance(RedFlag::MajorTrauma, 2026, 3, 2)];
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::boulder_trial(), &cleared);
    assert_eq!(outcome, screen(&form, &ScreeningCriteria::boulder_trial()));
    assert!(outcome.clearances().is_empty());
}

#[test]
fn item_9_comes_from_a_whole_phq9_too() {
    use crate::instruments::{InstrumentId, Response};
    let with = |item9: Option<u8>| {
        let mut answers = [Some(0); 9];
        answers[8] = item9;
        Response::new(InstrumentId::Phq9, &answers).unwrap()
    };
    assert_eq!(
        Phq9Item9::from_phq9(&with(Some(0))),
        Ok(Some(Phq9Item9::new(0).unwrap()))
    );
    assert_eq!(
        Phq9Item9::from_phq9(&with(Some(3))),
        Ok(Some(Phq9Item9::new(3).unwrap()))
    );
    assert_eq!(Phq9Item9::from_phq9(&with(None)), Ok(None));
    let gad7 = Response::new(InstrumentId::Gad7, &[Some(0); 7]).unwrap();
    assert_eq!(
        Phq9Item9::from_phq9(&gad7),
        Err(IntakeError::NotPhq9 {
            instrument: InstrumentId::Gad7
        })
    );
    // A positive item 9 read from the whole questionnaire sends screening to the crisis pathway.
    let mut data = crate::testing::eligible_intake();
    data.psychiatric.phq9_item9 = Phq9Item9::from_phq9(&with(Some(1))).unwrap();
    let form = IntakeForm::new(data).unwrap();
    let outcome = screen(&form, &ScreeningCriteria::boulder_trial());
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway);
}

#[test]
fn the_age_flag_is_derived_at_its_edges() {
    // `[S30]`: age under 20 or over 50; 20 and 50 themselves are not flagged.
    for (years, expected) in [
        (19, Answer::Yes),
        (20, Answer::No),
        (50, Answer::No),
        (51, Answer::Yes),
    ] {
        let mut data = base();
        data.age = Age::Years { years };
        let form = IntakeForm::new(data).unwrap();
        assert_eq!(
            form.red_flag(RedFlag::AgeUnder20OrOver50),
            expected,
            "age {years}"
        );
    }
}

#[test]
fn outcomes_read_back_only_with_consistent_clearances() {
    // 70 years old: referred for the derived age flag until a clinician clears it.
    let mut data = base();
    data.age = Age::Years { years: 70 };
    let form = IntakeForm::new(data).unwrap();
    let referred = screen(&form, &ScreeningCriteria::boulder_trial());
    assert!(!referred.is_eligible());
    let cleared = [clearance(RedFlag::AgeUnder20OrOver50, 2026, 3, 2)];
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::boulder_trial(), &cleared);
    assert!(outcome.is_eligible());

    let json = serde_json::to_value(&outcome).unwrap();
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(json.clone()).unwrap(),
        outcome
    );
    // A clearance for a flag that no cleared reason names is refused.
    let mut moved = json.clone();
    moved["clearances"][0]["flag"] = serde_json::to_value(RedFlag::MajorTrauma).unwrap();
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(moved)
            .unwrap_err()
            .to_string(),
        IntakeError::OutcomeInconsistent.to_string()
    );
}
