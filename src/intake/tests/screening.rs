//! Screening decisions and reasons at every boundary of the eligibility criteria, and stored
//! outcomes (the safety gates are in `safety`).

use super::*;

#[test]
fn a_typical_intake_is_eligible_with_every_criterion_met() {
    let outcome = boulder(base());
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible);
    assert!(outcome.is_eligible());
    for criterion in [
        Criterion::Age,
        Criterion::PainDuration,
        Criterion::PainDays,
        Criterion::AverageIntensity,
        Criterion::Phq9Item9,
        Criterion::SuicidalIntent,
        Criterion::RecentSuicideAttempt,
        Criterion::Psychosis,
        Criterion::SubstanceUseDisorder,
    ] {
        assert_eq!(
            reason(&outcome, criterion).status(),
            ReasonStatus::Met,
            "{criterion:?}"
        );
    }
    assert_eq!(reason(&outcome, Criterion::Age).source(), SourceKey::S3);
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
        reason(&outcome, Criterion::Age).status(),
        ReasonStatus::NotMet
    );
    assert_eq!(outcome.decision(), &ScreeningDecision::NotEligible);

    let mut data = base();
    data.age = Age::Years { years: 21 };
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible);

    // 70 meets the window but is over 50: the AHCPR age flag (`[S30]`) refers, urgent.
    let mut data = base();
    data.age = Age::Years { years: 70 };
    let outcome = boulder(data.clone());
    assert_eq!(reason(&outcome, Criterion::Age).status(), ReasonStatus::Met);
    assert_eq!(outcome.decision(), &REFER_URGENT);
    // Cleared by a clinician, 70 is eligible.
    let form = IntakeForm::new(data).unwrap();
    let cleared = [clearance(RedFlag::AgeUnder20OrOver50, 2026, 3, 2)];
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::boulder_trial(), &cleared);
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible);

    // 71 is outside the window even with the flag cleared.
    let mut data = base();
    data.age = Age::Years { years: 71 };
    let form = IntakeForm::new(data).unwrap();
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::boulder_trial(), &cleared);
    assert_eq!(
        reason(&outcome, Criterion::Age).status(),
        ReasonStatus::NotMet
    );
    assert_eq!(outcome.decision(), &ScreeningDecision::NotEligible);
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
    let duration = reason(&outcome, Criterion::PainDuration);
    assert_eq!(duration.status(), ReasonStatus::NotMet);
    assert_eq!(
        duration.threshold(),
        Some(Threshold::MinDuration {
            months: 3,
            boundary: Boundary::Exclusive
        })
    );
    assert_eq!(outcome.decision(), &ScreeningDecision::NotEligible);
    assert_eq!(
        boulder(short(PainDuration::Months { value: 4 })).decision(),
        &ScreeningDecision::Eligible
    );
    // The same 3 months passes an inclusive boundary.
    let mut data = ScreeningCriteria::boulder_trial().into_data();
    data.duration.as_mut().unwrap().boundary = Boundary::Inclusive;
    let inclusive = ScreeningCriteria::new(data).unwrap();
    let form = IntakeForm::new(short(PainDuration::Months { value: 3 })).unwrap();
    assert_eq!(
        screen(&form, &inclusive).decision(),
        &ScreeningDecision::Eligible
    );
}

#[test]
fn durations_in_weeks_pass_only_when_certainly_longer() {
    // 13 weeks = 91 days ≤ 93 (3 × 31): not certainly more than 3 months. 14 weeks = 98 > 93.
    let outcome = boulder(short(PainDuration::Weeks { value: 13 }));
    assert_eq!(
        reason(&outcome, Criterion::PainDuration).status(),
        ReasonStatus::NotMet
    );
    let outcome = boulder(short(PainDuration::Weeks { value: 14 }));
    assert_eq!(
        reason(&outcome, Criterion::PainDuration).status(),
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
        reason(&outcome, Criterion::PainDays).status(),
        ReasonStatus::NotMet
    );
    data.pain.days_with_pain_past_6_months = 92;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible);
}

#[test]
fn intensity_3_fails_and_4_passes() {
    let mut data = base();
    data.pain.average_intensity_past_week = Rating::new(3).unwrap();
    let outcome = boulder(data.clone());
    let intensity = reason(&outcome, Criterion::AverageIntensity);
    assert_eq!(intensity.status(), ReasonStatus::NotMet);
    assert_eq!(
        intensity.observed(),
        Observed::Rating {
            value: Rating::new(3).unwrap()
        }
    );
    data.pain.average_intensity_past_week = Rating::new(4).unwrap();
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible);
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
            Criterion::Age,
            Criterion::PainDays,
            Criterion::AverageIntensity,
            Criterion::Condition {
                condition: Condition::Lupus
            }
        ]
    );
    // Age 19 is under 20: the age red flag refers (urgent) over "not eligible".
    assert_eq!(outcome.decision(), &REFER_URGENT);
}

#[test]
fn exclusions_conditions_and_recent_surgery() {
    let mut data = base();
    data.conditions
        .insert(Condition::RheumatoidArthritis, Answer::Yes);
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::NotEligible
    );
    data.conditions
        .insert(Condition::RheumatoidArthritis, Answer::Unknown);
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete);
    // A condition the criteria do not list is not screened.
    let mut data = base();
    data.conditions.insert(Condition::Dementia, Answer::Yes);
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Eligible);

    // Surgery 2024-03-03 is within 24 months of 2026-03-02 (window starts 2024-03-02); 2024-03-02
    // itself is not.
    let mut data = base();
    data.pain.back_surgery = BackSurgery::Surgery {
        most_recent: date(2024, 3, 3),
    };
    let outcome = boulder(data.clone());
    assert_eq!(
        reason(&outcome, Criterion::BackSurgery).status(),
        ReasonStatus::NotMet
    );
    data.pain.back_surgery = BackSurgery::Surgery {
        most_recent: date(2024, 3, 2),
    };
    assert_eq!(
        boulder(data.clone()).decision(),
        &ScreeningDecision::Eligible
    );
    data.pain.back_surgery = BackSurgery::Unknown;
    assert_eq!(boulder(data).decision(), &ScreeningDecision::Incomplete);
}

#[test]
fn general_clinical_has_no_intensity_floor_and_adults_only() {
    let criteria = ScreeningCriteria::general_clinical();
    let mut data = base();
    data.pain.average_intensity_past_week = Rating::new(2).unwrap();
    data.pain.days_with_pain_past_6_months = 30;
    let outcome = screen(&IntakeForm::new(data.clone()).unwrap(), &criteria);
    assert_eq!(outcome.decision(), &ScreeningDecision::Eligible);
    assert_eq!(
        reason(&outcome, Criterion::Age).source(),
        SourceKey::DesignChoice
    );
    data.age = Age::Years { years: 17 };
    let outcome = screen(&IntakeForm::new(data).unwrap(), &criteria);
    assert_eq!(
        reason(&outcome, Criterion::Age).status(),
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
    assert_eq!(boulder(data).decision(), &ScreeningDecision::NotEligible);
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
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(json.clone())
            .unwrap_err()
            .to_string(),
        "screening outcome is inconsistent; allowed a `decision` that is the most safety-critical one its `reasons` lead to, reasons whose `status` matches `leads_to`, `clearances` each used by a cleared reason, and evidence counts that agree"
    );
    json["decision"] =
        serde_json::json!({"decision": "refer_for_medical_evaluation", "urgency": "urgent"});
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(json.clone()).unwrap(),
        outcome
    );
    let mut bad = json.clone();
    bad["neuroplastic_evidence"]["answered"] = serde_json::json!(14);
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(bad)
            .unwrap_err()
            .to_string(),
        "neuroplastic evidence summary is inconsistent; allowed unique `supporting` items in checklist order, `supporting` + `unsure` at most `answered`, `answered` at most 13, `display_threshold` 1-13"
    );
    // A reason whose status and consequence disagree.
    let mut bad = json.clone();
    bad["reasons"][0]["status"] = serde_json::json!("not_met");
    assert_eq!(
        serde_json::from_value::<ScreeningOutcome>(bad)
            .unwrap_err()
            .to_string(),
        "screening outcome is inconsistent; allowed a `decision` that is the most safety-critical one its `reasons` lead to, reasons whose `status` matches `leads_to`, `clearances` each used by a cleared reason, and evidence counts that agree"
    );
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
            met(data, criteria, Criterion::PainDuration),
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
            met(data, criteria, Criterion::PainDays),
            expected,
            "{days} days"
        );
    }
}
