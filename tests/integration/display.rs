//! What a clinician reads: every enum an app may print has plain lowercase words, never Debug text.

use pain_reprocessing::instruments::SafetyFlag;
use pain_reprocessing::intake::Urgency;
use pain_reprocessing::outcomes::{
    McidStatus, NotComputableReason, NotEvaluableReason, ReliableChangeVerdict, ResponderStatus,
};
use pain_reprocessing::program::{AutomaticEffect, OutcomeSummary, Program};
use pain_reprocessing::schema;
use serde_json::Value;

#[test]
fn responder_statuses_read_as_words() {
    assert_eq!(ResponderStatus::Responder.to_string(), "responder");
    assert_eq!(ResponderStatus::NonResponder.to_string(), "non-responder");
    let status = ResponderStatus::NotEvaluable {
        why: NotEvaluableReason::ZeroBaseline,
    };
    assert_eq!(status.to_string(), "not evaluable (zero baseline)");
    let reasons = [
        (NotEvaluableReason::ZeroBaseline, "zero baseline"),
        (NotEvaluableReason::NoMcid, "no MCID given"),
        (
            NotEvaluableReason::NoReliability,
            "no reliability figures given",
        ),
        (NotEvaluableReason::NotAPainRating, "not a 0-10 pain rating"),
        (NotEvaluableReason::TooLarge, "figures too large to compute"),
    ];
    for (reason, words) in reasons {
        assert_eq!(reason.to_string(), words);
    }
}

#[test]
fn safety_flags_urgencies_and_effects_read_as_words() {
    assert_eq!(
        SafetyFlag::SuicidalIdeation { answer: 2 }.to_string(),
        "suicidal ideation (item 9 answered 2)"
    );
    assert_eq!(
        SafetyFlag::SafetyItemUnanswered { item: 9 }.to_string(),
        "safety item 9 unanswered"
    );
    assert_eq!(Urgency::Routine.to_string(), "routine");
    assert_eq!(Urgency::Urgent.to_string(), "urgent");
    assert_eq!(Urgency::Emergency.to_string(), "emergency");
    let effects = [
        (AutomaticEffect::SafetyHoldEntered, "safety hold entered"),
        (AutomaticEffect::TreatmentFinished, "treatment finished"),
        (AutomaticEffect::ProgramCompleted, "program completed"),
        (
            AutomaticEffect::MissedSessionsReviewDue,
            "missed sessions review due",
        ),
    ];
    for (effect, words) in effects {
        assert_eq!(effect.to_string(), words);
    }
}

#[test]
fn change_verdicts_read_as_words() {
    assert_eq!(McidStatus::Reached.to_string(), "MCID reached");
    assert_eq!(McidStatus::NotReached.to_string(), "MCID not reached");
    assert_eq!(McidStatus::Undecidable.to_string(), "undecidable");
    assert_eq!(
        ReliableChangeVerdict::ReliableImprovement.to_string(),
        "reliable improvement"
    );
    assert_eq!(
        ReliableChangeVerdict::NoReliableChange.to_string(),
        "no reliable change"
    );
    assert_eq!(
        ReliableChangeVerdict::ReliableDeterioration.to_string(),
        "reliable deterioration"
    );
    assert_eq!(
        NotComputableReason::NoReliability.to_string(),
        "no reliability figures given"
    );
    assert_eq!(
        NotComputableReason::TooLarge.to_string(),
        "figures too large to compute"
    );
}

fn completed_program() -> Program {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/schemas/fixtures/program/valid/treatment_completed.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn an_outcome_summary_round_trips_and_is_its_schema_fixture() {
    let summary = completed_program().outcome_summary().unwrap();
    let json = serde_json::to_value(&summary).unwrap();
    assert_eq!(json["schema_version"], 2);
    assert!(json["instruments"][0]["statuses"].is_array());
    let back: OutcomeSummary = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, summary);
    let committed: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/schemas/fixtures/outcome_summary/valid/treatment_completed.json"
        ))
        .unwrap(),
    )
    .unwrap();
    assert_eq!(json, committed);
    assert_eq!(schema::find("outcome_summary").unwrap().read(&json), Ok(()));
}

#[test]
fn an_outcome_summary_whose_statuses_disagree_is_refused() {
    let summary = completed_program().outcome_summary().unwrap();
    let mut json = serde_json::to_value(&summary).unwrap();
    let with_statuses = json["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .position(|outcome| !outcome["statuses"].as_array().unwrap().is_empty())
        .unwrap();
    json["instruments"][with_statuses]["statuses"] = Value::Array(vec![]);
    let error = serde_json::from_value::<OutcomeSummary>(json).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("statuses differ from the ones the definition gives on the trajectory"),
        "{error}"
    );
    let mut json = serde_json::to_value(&summary).unwrap();
    let first = json["instruments"][0].clone();
    json["instruments"].as_array_mut().unwrap().push(first);
    let error = serde_json::from_value::<OutcomeSummary>(json).unwrap_err();
    assert!(error.to_string().contains("appears twice"), "{error}");
}
