//! Intake screening through its public doors: generated forms, criteria, clearances and outcomes
//! round-trip through JSON and validate against the published schemas; no intake with a positive
//! or unknown red flag, or a suicide-risk answer, is ever eligible.

use pain_reprocessing::intake::{
    Answer, IntakeForm, ReasonStatus, RedFlag, ScreeningCriteria, ScreeningDecision,
    ScreeningOutcome, screen_with_clearances,
};
use pain_reprocessing::testing;
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::support::{proptest_config, round_trip, schema_verdict, validator};

proptest! {
    #![proptest_config(proptest_config(64))]

    #[test]
    fn intake_forms_round_trip_and_validate(form in testing::intake_form()) {
        round_trip("intake_form", &form)?;
    }

    #[test]
    fn criteria_round_trip_and_validate(criteria in testing::screening_criteria()) {
        round_trip("screening_criteria", &criteria)?;
    }

    #[test]
    fn clearances_round_trip_and_validate(clearance in testing::red_flag_clearance()) {
        round_trip("red_flag_clearance", &clearance)?;
    }

    #[test]
    fn outcomes_round_trip_and_validate(outcome in testing::screening_outcome()) {
        round_trip("screening_outcome", &outcome)?;
    }

    /// The safety property of the issue: a "yes" or unknown red flag that no clinician cleared,
    /// or PHQ-9 item 9 above 0 (or missing), never leaves an intake eligible.
    #[test]
    fn no_unsafe_intake_is_ever_eligible(
        form in testing::intake_form(),
        criteria in testing::screening_criteria(),
        clearances in proptest::collection::vec(testing::red_flag_clearance(), 0..3),
    ) {
        let outcome = screen_with_clearances(&form, &criteria, &clearances);
        let cleared = |flag: RedFlag| clearances.iter().any(|c| {
            c.flag() == flag && c.cleared_at().date_naive() >= form.assessment_date()
        });
        let unsafe_flag = RedFlag::ALL
            .into_iter()
            .any(|flag| form.red_flag(flag) != Answer::No && !cleared(flag));
        let item9 = form.psychiatric().phq9_item9;
        let suicide_risk = item9.is_none_or(|a| a.is_positive());
        if unsafe_flag || suicide_risk {
            prop_assert_ne!(outcome.decision(), &ScreeningDecision::Eligible);
        }
        if item9.is_some_and(|a| a.is_positive()) {
            prop_assert_eq!(outcome.decision(), &ScreeningDecision::CrisisPathway);
        }
        // The decision is the most critical a reason leads to, and every reason is kept.
        for reason in outcome.reasons() {
            prop_assert!(reason.leads_to() <= *outcome.decision());
        }
        // Every used clearance cleared a reason.
        let cleared_reasons = outcome
            .reasons()
            .iter()
            .filter(|r| r.status() == ReasonStatus::Cleared)
            .count();
        prop_assert!(outcome.clearances().len() <= cleared_reasons);
    }

    /// Neuroplastic evidence never changes the decision.
    #[test]
    fn evidence_is_never_a_gate(form in testing::intake_form(), criteria in testing::screening_criteria()) {
        let mut data = form.clone().into_data();
        data.neuroplastic_evidence.clear();
        let without = IntakeForm::new(data).unwrap();
        let a = screen_with_clearances(&form, &criteria, &[]);
        let b = screen_with_clearances(&without, &criteria, &[]);
        prop_assert_eq!(a.decision(), b.decision());
        prop_assert_eq!(a.reasons(), b.reasons());
    }
}

/// A valid form as JSON, for hand edits.
fn valid_form() -> Value {
    json!({
        "schema_version": 1,
        "assessment_date": "2026-03-02",
        "age": {"type": "years", "years": 44},
        "pain": {
            "locations": [{"region": "lower_back", "side": "midline"}],
            "duration": {"unit": "months", "value": 26},
            "days_with_pain_past_6_months": 160,
            "onset": {"date": {"precision": "year", "year": 2024}, "circumstances": "no_injury"},
            "current_intensity": 5,
            "average_intensity_past_week": 6,
            "back_surgery": {"status": "no_surgery"}
        },
        "red_flags": {"saddle_anaesthesia": "no"},
        "psychiatric": {"phq9_item9": 0, "suicidal_intent": "no"}
    })
}

#[test]
fn schema_and_serde_agree_on_hand_edits() {
    let validator = validator("intake_form");
    let form = valid_form();
    assert!(schema_verdict(&validator, &form).is_ok());
    assert!(serde_json::from_value::<IntakeForm>(form.clone()).is_ok());

    // Each edit is rejected by both the schema and serde.
    let edits: Vec<(&str, Value)> = vec![
        ("/psychiatric/phq9_item9", json!(4)),
        ("/pain/days_with_pain_past_6_months", json!(184)),
        ("/pain/duration/value", json!(0)),
        ("/pain/locations", json!([])),
        ("/age/years", json!(121)),
        ("/pain/average_intensity_past_week", json!(11)),
        (
            "/pain/onset/date",
            json!({"precision": "month", "year": 2024, "month": 13}),
        ),
        ("/assessment_date", json!("2026-02-30")),
        ("/red_flags", json!({"broken_leg": "yes"})),
        ("/red_flags", json!({"age_under20_or_over50": "no"})),
        ("/red_flags", json!({"major_trauma": "maybe"})),
        ("/conditions", json!({"gout": "yes"})),
        ("/neuroplastic_evidence", json!({"onset_stress": "unknown"})),
        ("/name", json!("Jane Doe")),
        ("/schema_version", json!(2)),
    ];
    for (pointer, value) in edits {
        let mut bad = form.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let target = if parent.is_empty() {
            &mut bad
        } else {
            bad.pointer_mut(parent).unwrap()
        };
        target[key] = value.clone();
        assert!(
            schema_verdict(&validator, &bad).is_err(),
            "schema accepted {pointer} = {value}"
        );
        assert!(
            serde_json::from_value::<IntakeForm>(bad).is_err(),
            "serde accepted {pointer} = {value}"
        );
    }
}

#[test]
fn published_schemas_describe_every_root() {
    for name in [
        "intake_form",
        "screening_criteria",
        "screening_outcome",
        "red_flag_clearance",
    ] {
        let entry = pain_reprocessing::schema::find(name).unwrap();
        assert_eq!(
            entry.schema().get("additionalProperties"),
            Some(&json!(false)),
            "{name}"
        );
    }
    // The presets validate against the criteria schema.
    let validator = validator("screening_criteria");
    for preset in [
        ScreeningCriteria::boulder_trial(),
        ScreeningCriteria::general_clinical(),
    ] {
        assert!(schema_verdict(&validator, &serde_json::to_value(preset).unwrap()).is_ok());
    }
}

#[test]
fn a_stored_outcome_cannot_claim_a_different_decision() {
    let mut form: Value = valid_form();
    form["red_flags"] = json!({"major_trauma": "yes"});
    let form: IntakeForm = serde_json::from_value(form).unwrap();
    let outcome = screen_with_clearances(&form, &ScreeningCriteria::general_clinical(), &[]);
    let mut json = serde_json::to_value(&outcome).unwrap();
    json["decision"] = json!({"decision": "eligible"});
    assert!(serde_json::from_value::<ScreeningOutcome>(json).is_err());
}
