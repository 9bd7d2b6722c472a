//! Screening decisions and reasons at every boundary.

use super::*;

#[test]
fn a_typical_intake_is_eligible_with_every_criterion_met() {
    let outcome = boulder(base());
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible {});
    assert!(outcome.is_eligible());
    for criterion in [
        Criterion::Age {},
        Criterion::PainDuration {},
        Criterion::PainDays {},
        Criterion::AverageIntensity {},
        Criterion::Phq9Item9 {},
        Criterion::SuicidalIntent {},
        Criterion::RecentSuicideAttempt {},
        Criterion::Psychosis {},
        Criterion::SubstanceUseDisorder {},
    ] {
        assert_eq!(
            reason(&outcome, criterion).status(),
            ReasonStatus::Met,
            "{criterion:?}"
        );
    }
    assert_eq!(reason(&outcome, Criterion::Age {}).source(), SourceKey::S3);
    // No red flag was positive or unknown, so none is a reason.
    assert!(
        !outcome
            .reasons()
            .iter()
            .any(|r| matches!(r.criterion(), Criterion::RedFlag { .. }))
    );
}

#[test]
fn age_boundaries_20_21_70_71() {
    // 20: below 21, and not under 20, so no age red flag.
    let mut data = base();
    data.age = Age::Years { years: 20 };
    let outcome = boulder(data);
    assert_eq!(
        reason(&outcome, Criterion::Age {}).status(),
        ReasonStatus::NotMet
    );
    assert_eq!(outcome.decision(), &ScreeningDecision::NotEligible {});

    let mut data = base();
    data.age = Age::Years { years: 21 };
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible {});

    // 70 meets the window but is over 50: the AHCPR age flag (`[S30]`) refers, urgent.
    let mut data = base();
    data.age = Age::Years { years: 70 };
    let outcome = boulder(data.clone());
    assert_eq!(
        reason(&outcome, Criterion::Age {}).status(),
        ReasonStatus::Met
    );
    assert_eq!(outcome.decision(), &REFER_URGENT);
    // Cleared by a clinician, 70 is eligible.
    let form = IntakeForm::new(data).unwrap();
    let cleared = [clearance(RedFlag::AgeUnder20OrOver50, 2026, 3, 2)];
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::boulder_trial(), &cleared);
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible {});

    // 71 is outside the window even with the flag cleared.
    let mut data = base();
    data.age = Age::Years { years: 71 };
    let form = IntakeForm::new(data).unwrap();
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::boulder_trial(), &cleared);
    assert_eq!(
        reason(&outcome, Criterion::Age {}).status(),
        ReasonStatus::NotMet
    );
    assert_eq!(outcome.decision(), &ScreeningDecision::NotEligible {});
}

#[test]
fn age_from_date_of_birth_counts_whole_years() {
    // Born 2005-03-03: on 2026-03-02 one day short of 21, so 20.
    let mut data = base();
    data.age = Age::DateOfBirth {
        date: date(2005, 3, 3),
    };
    assert_eq!(IntakeForm::new(data.clone()).unwrap().age_years(), 20);
    data.age = Age::DateOfBirth {
        date: date(2005, 3, 2),
    };
    assert_eq!(IntakeForm::new(data).unwrap().age_years(), 21);
}

#[test]
fn duration_exactly_3_months_does_not_pass_more_than_3_months() {
    let outcome = boulder(short(PainDuration::Months { value: 3 }));
    let duration = reason(&outcome, Criterion::PainDuration {});
    assert_eq!(duration.status(), ReasonStatus::NotMet);
    assert_eq!(
        duration.threshold(),
        Some(Threshold::MinDuration {
            months: 3,
            boundary: Boundary::Exclusive
        })
    );
    assert_eq!(outcome.decision(), &ScreeningDecision::NotEligible {});
    assert_eq!(
        boulder(short(PainDuration::Months { value: 4 })).decision(),
        &ScreeningDecision::Eligible {}
    );
    // The same 3 months passes an inclusive boundary.
    let mut data = ScreeningCriteria::boulder_trial().into_data();
    data.duration.as_mut().unwrap().boundary = Boundary::Inclusive;
    let inclusive = ScreeningCriteria::new(data).unwrap();
    let form = IntakeForm::new(short(PainDuration::Months { value: 3 })).unwrap();
    assert_eq!(
        screen(&form, &inclusive).decision(),
        &ScreeningDecision::Eligible {}
    );
}

#[test]
fn durations_in_weeks_pass_only_when_certainly_longer() {
    // 13 weeks = 91 days ≤ 93 (3 × 31): not certainly more than 3 months. 14 weeks = 98 > 93.
    let outcome = boulder(short(PainDuration::Weeks { value: 13 }));
    assert_eq!(
        reason(&outcome, Criterion::PainDuration {}).status(),
        ReasonStatus::NotMet
    );
    let outcome = boulder(short(PainDuration::Weeks { value: 14 }));
    assert_eq!(
        reason(&outcome, Criterion::PainDuration {}).status(),
        ReasonStatus::Met
    );
}

#[test]
fn pain_days_at_half_the_window() {
    // Half of 183 is 91.5: 91 × 2 = 182 < 183 fails, 92 × 2 = 184 ≥ 183 passes.
    let mut data = base();
    data.pain.days_with_pain_past_6_months = 91;
    let outcome = boulder(data.clone());
    assert_eq!(
        reason(&outcome, Criterion::PainDays {}).status(),
        ReasonStatus::NotMet
    );
    data.pain.days_with_pain_past_6_months = 92;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible {});
}

#[test]
fn intensity_3_fails_and_4_passes() {
    let mut data = base();
    data.pain.average_intensity_past_week = Rating::new(3).unwrap();
    let outcome = boulder(data.clone());
    let intensity = reason(&outcome, Criterion::AverageIntensity {});
    assert_eq!(intensity.status(), ReasonStatus::NotMet);
    assert_eq!(
        intensity.observed(),
        Observed::Rating {
            value: Rating::new(3).unwrap()
        }
    );
    data.pain.average_intensity_past_week = Rating::new(4).unwrap();
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible {});
}

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
        &ScreeningDecision::Eligible {}
    );
    data.psychiatric.phq9_item9 = Some(Phq9Item9::new(1).unwrap());
    let outcome = boulder(data.clone());
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway {});
    assert_eq!(
        reason(&outcome, Criterion::Phq9Item9 {}).status(),
        ReasonStatus::Positive
    );
    data.psychiatric.phq9_item9 = None;
    let outcome = boulder(data);
    assert_eq!(outcome.decision(), &ScreeningDecision::Incomplete {});
    assert_eq!(
        reason(&outcome, Criterion::Phq9Item9 {}).observed(),
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
            &ScreeningDecision::CrisisPathway {}
        );
        edit(&mut data.psychiatric, Answer::Unknown);
        assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete {});
    }
    let mut data = base();
    data.psychiatric.psychosis = Answer::Yes;
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::NotEligible {}
    );
    data.psychiatric.psychosis = Answer::Unknown;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete {});
    let mut data = base();
    data.psychiatric.substance_use_disorder = Answer::Yes;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::NotEligible {});
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
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway {});
    let leads: Vec<_> = outcome.reasons().iter().map(|r| r.leads_to()).collect();
    for expected in [
        ScreeningDecision::CrisisPathway {},
        REFER_EMERGENCY,
        ScreeningDecision::Incomplete {},
        ScreeningDecision::NotEligible {},
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
        &ScreeningDecision::Incomplete {}
    );
    // Without the missing answer: not eligible.
    data.psychiatric.psychosis = Answer::No;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::NotEligible {});
}

#[test]
fn several_unmet_criteria_are_all_reported() {
    let mut data = base();
    data.age = Age::Years { years: 19 };
    data.pain.days_with_pain_past_6_months = 40;
    data.pain.average_intensity_past_week = Rating::new(2).unwrap();
    data.conditions.insert(Condition::Lupus, Answer::Yes);
    let outcome = boulder(data);
    let not_met: Vec<_> = outcome
        .reasons()
        .iter()
        .filter(|r| r.status() == ReasonStatus::NotMet)
        .map(|r| r.criterion())
        .collect();
    assert_eq!(
        not_met,
        [
            Criterion::Age {},
            Criterion::PainDays {},
            Criterion::AverageIntensity {},
            Criterion::Condition {
                condition: Condition::Lupus
            }
        ]
    );
    // Age 19 is under 20: the age red flag refers (urgent) over "not eligible".
    assert_eq!(outcome.decision(), &REFER_URGENT);
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
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible {});
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
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway {});
    // Only the positive flag's clearance was used.
    assert_eq!(outcome.clearances().len(), 1);
}

#[test]
fn exclusions_conditions_and_recent_surgery() {
    let mut data = base();
    data.conditions
        .insert(Condition::RheumatoidArthritis, Answer::Yes);
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::NotEligible {}
    );
    data.conditions
        .insert(Condition::RheumatoidArthritis, Answer::Unknown);
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete {});
    // A condition the criteria do not list is not screened.
    let mut data = base();
    data.conditions.insert(Condition::Dementia, Answer::Yes);
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible {});

    // Surgery 2024-03-03 is within 24 months of 2026-03-02 (window starts 2024-03-02); 2024-03-02
    // itself is not.
    let mut data = base();
    data.pain.back_surgery = BackSurgery::Surgery {
        most_recent: date(2024, 3, 3),
    };
    let outcome = boulder(data.clone());
    assert_eq!(
        reason(&outcome, Criterion::BackSurgery {}).status(),
        ReasonStatus::NotMet
    );
    data.pain.back_surgery = BackSurgery::Surgery {
        most_recent: date(2024, 3, 2),
    };
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::Eligible {}
    );
    data.pain.back_surgery = BackSurgery::Unknown {};
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete {});
}

#[test]
fn general_clinical_has_no_intensity_floor_and_adults_only() {
    let criteria = ScreeningCriteria::general_clinical();
    let mut data = base();
    data.pain.average_intensity_past_week = Rating::new(2).unwrap();
    data.pain.days_with_pain_past_6_months = 30;
    let outcome = screen(&IntakeForm::new(data.clone()).unwrap(), &criteria);
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible {});
    assert_eq!(
        reason(&outcome, Criterion::Age {}).source(),
        SourceKey::DesignChoice
    );
    data.age = Age::Years { years: 17 };
    let outcome = screen(&IntakeForm::new(data).unwrap(), &criteria);
    assert_eq!(
        reason(&outcome, Criterion::Age {}).status(),
        ReasonStatus::NotMet
    );
}

#[test]
fn neuroplastic_evidence_never_changes_the_decision() {
    let mut data = base();
    let none = boulder(data.clone());
    data.neuroplastic_evidence = NeuroplasticItem::ALL
        .into_iter()
        .map(|i| (i, ChecklistAnswer::Yes))
        .collect();
    let all = boulder(data.clone());
    assert_eq!(none.decision(), all.decision());
    assert_eq!(all.neuroplastic_evidence().supporting().len(), 13);
    data.age = Age::Years { years: 20 };
    assert_eq!(boulder(data).decision(), &ScreeningDecision::NotEligible {});
}

#[test]
fn stored_outcomes_must_be_consistent() {
    let mut data = base();
    data.red_flags.insert(RedFlag::MajorTrauma, Answer::Yes);
    let outcome = boulder(data);
    let mut json = serde_json::to_value(&outcome).unwrap();
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(json.clone()).unwrap(),
        outcome
    );
    json["decision"] = serde_json::json!({"decision": "eligible"});
    assert!(serde_json::from_value::<ScreeningOutcome>(json.clone()).is_err());
    json["decision"] =
        serde_json::json!({"decision": "refer_for_medical_evaluation", "urgency": "urgent"});
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(json.clone()).unwrap(),
        outcome
    );
    let mut bad = json.clone();
    bad["neuroplastic_evidence"]["answered"] = serde_json::json!(14);
    assert!(serde_json::from_value::<ScreeningOutcome>(bad).is_err());
    // A reason whose status and consequence disagree.
    let mut bad = json.clone();
    bad["reasons"][0]["status"] = serde_json::json!("not_met");
    assert!(serde_json::from_value::<ScreeningOutcome>(bad).is_err());
    // A clearance no reason used.
    let mut bad = json;
    bad["clearances"] =
        serde_json::to_value([clearance(RedFlag::MajorTrauma, 2026, 3, 3)]).unwrap();
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(bad)
            .unwrap_err()
            .to_string(),
        IntakeError::OutcomeInconsistent.to_string()
    );
}

#[test]
fn reasons_read_as_one_line_each() {
    let mut data = base();
    data.age = Age::Years { years: 71 };
    data.psychiatric.phq9_item9 = None;
    let outcome = boulder(data);
    let lines: Vec<String> = outcome.reasons().iter().map(ToString::to_string).collect();
    assert!(
        lines.contains(
            &"age: 71 years (allowed 21-70 years): not met [S3] -> not eligible".to_owned()
        )
    );
    assert!(lines.contains(
        &"red flag age_under20_or_over50: yes: positive [S30] -> refer for medical evaluation (urgent)"
            .to_owned()
    ));
    assert!(
        lines.contains(
            &"PHQ-9 item 9: not answered (allowed positive from 1): unknown [S35] -> incomplete"
                .to_owned()
        )
    );
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
    assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway {});
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

fn met(data: IntakeFormFields, criteria: ScreeningCriteriaFields, criterion: Criterion) -> bool {
    let form = IntakeForm::new(data).unwrap();
    let criteria = ScreeningCriteria::new(criteria).unwrap();
    reason(&screen(&form, &criteria), criterion).status() == ReasonStatus::Met
}

#[test]
fn weeks_meet_a_month_threshold_only_when_they_certainly_do() {
    // Seven months at 31 days are 217 days: exactly 31 weeks. Onset in August 2025 agrees with
    // 30-32 weeks before the assessment on 2026-03-02.
    let boulder = ScreeningCriteria::boulder_trial().into_data();
    let source = boulder.duration.unwrap().source;
    for (boundary, weeks, expected) in [
        (Boundary::Exclusive, 31, false),
        (Boundary::Exclusive, 32, true),
        (Boundary::Inclusive, 31, true),
        (Boundary::Inclusive, 30, false),
    ] {
        let mut criteria = boulder.clone();
        criteria.duration = Some(DurationCriterion {
            months: 7,
            boundary,
            source,
        });
        let mut data = base();
        data.pain.duration = PainDuration::Weeks { value: weeks };
        data.pain.onset.date = OnsetDate::Month {
            year: 2025,
            month: 8,
        };
        assert_eq!(
            met(data, criteria, Criterion::PainDuration {}),
            expected,
            "{boundary:?} {weeks} weeks"
        );
    }
}

#[test]
fn pain_days_meet_a_share_exactly() {
    // Two thirds of the 183-day window: 122 days (366/3) and more.
    let boulder = ScreeningCriteria::boulder_trial().into_data();
    let source = boulder.pain_days.unwrap().source;
    for (days, expected) in [(121, false), (122, true)] {
        let mut criteria = boulder.clone();
        criteria.pain_days = Some(PainDaysCriterion {
            numerator: 2,
            denominator: 3,
            source,
        });
        let mut data = base();
        data.pain.days_with_pain_past_6_months = days;
        assert_eq!(
            met(data, criteria, Criterion::PainDays {}),
            expected,
            "{days} days"
        );
    }
}
