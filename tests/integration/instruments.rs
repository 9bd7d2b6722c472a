//! Instruments: schema and serde agree on responses, scores stay in range with consistent bands,
//! out-of-range answers are errors, and docs/instruments.md is generated from the catalog.

use pain_reprocessing::instruments::{
    self, AttributionResponse, AttributionSummary, InstrumentError, InstrumentId, Response, Score,
};
use pain_reprocessing::{Decimal, testing};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::support::{proptest_config, schema_verdict, validator};

#[test]
fn response_fixtures_get_the_same_verdict_from_schema_and_serde() {
    let schema = validator("response");
    let cases = [
        (
            json!({"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, null, 0, 1, 0, 0, 0]}),
            true,
        ),
        (
            json!({"schema_version": 2, "instrument": "gad2", "answers": [3, 3]}),
            true,
        ),
        (
            json!({"schema_version": 2, "instrument": "nrs", "answers": [7], "recall": "past_week"}),
            true,
        ),
        (
            json!({"schema_version": 2, "instrument": "tsk17", "answers": [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, null]}),
            true,
        ),
        (
            json!({"schema_version": 2, "instrument": "csi", "answers": vec![json!(4); 25]}),
            true,
        ),
        (
            json!({"schema_version": 2, "instrument": "pgic", "answers": [null]}),
            true,
        ),
        (
            json!({"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, 0, 0, 1, 0, 0]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, 0, 0, 1, 0, 0, 4]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, 0, 0, 1, 0, 0, -1]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, 0, 0, 1, 0, 0, "1"]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "phq9", "answers": [1, 0, 2, 0, 0, 1, 0, 0, 1.5]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "tsk11", "answers": vec![json!(0); 11]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "pgic", "answers": [8]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "nrs", "answers": [7]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "nrs", "answers": [7], "recall": "yesterday"}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "gad2", "answers": [1, 1], "recall": "now"}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "gad2", "answers": [1, 1], "note": "x"}),
            false,
        ),
        // Pain attribution goes through `Response` (issue #19): ratings, and causes only there.
        (
            json!({"schema_version": 2, "instrument": "pain_attribution", "answers": [1, 1, 1]}),
            true,
        ),
        (
            json!({"schema_version": 2, "instrument": "pain_attribution", "answers": [1, 11, null]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "pain_attribution", "answers": [1, 1, 1],
                   "causes": vec![json!({"text": "x", "category": null}); 21]}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "gad2", "answers": [1, 1], "causes": []}),
            false,
        ),
        (
            json!({"schema_version": 2, "instrument": "phq-9", "answers": [1, 1]}),
            false,
        ),
        (json!({"answers": [1, 1]}), false),
        (json!({"instrument": "gad2", "answers": [1, 1]}), false),
        (
            json!({"schema_version": 3, "instrument": "gad2", "answers": [1, 1]}),
            false,
        ),
        (json!([1, 2]), false),
    ];
    for (instance, valid) in cases {
        let by_schema = schema_verdict(&schema, &instance);
        let by_serde = serde_json::from_value::<Response>(instance.clone());
        assert_eq!(
            by_schema.is_ok(),
            valid,
            "schema on {instance}: {by_schema:?}"
        );
        assert_eq!(
            by_serde.is_ok(),
            valid,
            "serde on {instance}: {:?}",
            by_serde.err()
        );
    }
}

fn exact_band(score: &Score) -> Option<instruments::Band> {
    score
        .definition()
        .bands()
        .zip(score.total())
        .and_then(|(bands, total)| bands.classify(total.hundredths(), 100))
}

proptest! {
    #![proptest_config(proptest_config(256))]

    #[test]
    fn valid_responses_score_in_range_with_a_consistent_band(
        response in testing::response(),
        options in testing::scoring_options(),
    ) {
        let definition = response.definition();
        let flags = response.safety_flags();
        match response.score_with(&options) {
            Ok(score) => {
                // Only a BPI-SF score whose severity was not scored has no total.
                match score.total() {
                    Some(total) => prop_assert!(total >= definition.score_min() && total <= definition.score_max()),
                    None => prop_assert_eq!(score.missing_handling(), instruments::MissingHandling::NotScored),
                }
                prop_assert_eq!(score.band(), exact_band(&score));
                prop_assert_eq!(score.band().is_some(), definition.bands().is_some() && score.total().is_some());
                for sub in score.subscales() {
                    let def = definition.subscales().iter().find(|d| d.id() == sub.subscale()).unwrap();
                    prop_assert!(sub.value() >= def.min() && sub.value() <= def.max());
                }
                prop_assert_eq!(score.safety_flags(), flags.as_slice());
                prop_assert_eq!(score.missing_count(), response.missing_count());
            }
            Err(err) => {
                prop_assert!(response.missing_count() > 0, "{err}");
                prop_assert_eq!(err.safety_flags(), flags.as_slice());
            }
        }
        if response.missing_count() == 0 {
            prop_assert!(response.score().is_ok());
        }
    }

    #[test]
    fn an_out_of_range_answer_is_an_error_for_serde_and_schema(
        id in testing::fixed_instrument_id(),
        position in any::<prop::sample::Index>(),
        above in any::<bool>(),
        offset in 1_i64..1000,
    ) {
        let definition = id.definition();
        let n = definition.item_count();
        let item = position.index(n);
        let bad = if above {
            i64::from(definition.answer_max()) + offset
        } else {
            i64::from(definition.answer_min()) - offset
        };
        let mut answers = vec![json!(definition.answer_min()); n];
        answers[item] = json!(bad);
        let mut instance = json!({"schema_version": 2, "instrument": id.as_str(), "answers": answers});
        if id == InstrumentId::Nrs {
            instance["recall"] = json!("now");
        }
        prop_assert!(schema_verdict(&validator("response"), &instance).is_err());
        let err = serde_json::from_value::<Response>(instance).unwrap_err().to_string();
        let expected = format!("item {} is {bad}; answers range {}-{}", item + 1, definition.answer_min(), definition.answer_max());
        prop_assert!(err.contains(&expected), "{}", err);
        if let Ok(value) = u8::try_from(bad) {
            let mut typed = vec![Some(definition.answer_min()); n];
            typed[item] = Some(value);
            let built = if id == InstrumentId::Nrs {
                Response::nrs(Some(value), instruments::RecallPeriod::Now)
            } else {
                Response::new(id, &typed)
            };
            let is_range_error = matches!(built, Err(InstrumentError::AnswerOutOfRange { .. }));
            prop_assert!(is_range_error);
        }
    }

    #[test]
    fn responses_round_trip_and_validate(response in testing::response()) {
        let value = serde_json::to_value(&response).unwrap();
        prop_assert_eq!(schema_verdict(&validator("response"), &value), Ok(()));
        prop_assert_eq!(serde_json::from_value::<Response>(value).unwrap(), response.clone());
    }

    #[test]
    fn scores_round_trip_and_validate(score in testing::score()) {
        let value = serde_json::to_value(score).unwrap();
        prop_assert_eq!(schema_verdict(&validator("score"), &value), Ok(()));
        prop_assert_eq!(serde_json::from_value::<Score>(value).unwrap(), score);
    }

    #[test]
    fn attribution_round_trips_and_validates(response in testing::attribution_response()) {
        let value = serde_json::to_value(&response).unwrap();
        prop_assert_eq!(schema_verdict(&validator("attribution_response"), &value), Ok(()));
        prop_assert_eq!(serde_json::from_value::<AttributionResponse>(value).unwrap(), response.clone());
        let summary = response.summary();
        let value = serde_json::to_value(summary).unwrap();
        prop_assert_eq!(schema_verdict(&validator("attribution_summary"), &value), Ok(()));
        prop_assert_eq!(serde_json::from_value::<AttributionSummary>(value).unwrap(), summary);
        if let instruments::MindBrainShare::Computed { share } = summary.mind_brain_share() {
            prop_assert!(share >= Decimal::ZERO && share <= Decimal::from_int(1));
        }
    }

    #[test]
    fn arbitrary_json_never_panics(value in arbitrary_json()) {
        let _ = serde_json::from_value::<Response>(value.clone());
        let _ = serde_json::from_value::<Score>(value);
    }
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let id = prop::sample::select(
        InstrumentId::ALL
            .iter()
            .map(|i| i.as_str())
            .collect::<Vec<_>>(),
    );
    let answer = prop_oneof![
        Just(Value::Null),
        (-3_i64..30).prop_map(|v| json!(v)),
        Just(json!(2.5)),
        Just(json!("x"))
    ];
    (id, prop::collection::vec(answer, 0..30), any::<bool>()).prop_map(|(id, answers, recall)| {
        let mut value = json!({"schema_version": 2, "instrument": id, "answers": answers});
        if recall {
            value["recall"] = json!("now");
        }
        value
    })
}

#[test]
fn score_fixtures_get_the_same_verdict_from_schema_and_serde() {
    let schema = validator("score");
    let mut answers = [Some(2); 9];
    answers[8] = Some(1);
    let phq9 = serde_json::to_value(
        Response::new(InstrumentId::Phq9, &answers)
            .unwrap()
            .score()
            .unwrap(),
    )
    .unwrap();
    let odi = serde_json::to_value(
        Response::new(InstrumentId::Odi, &[Some(1); 10])
            .unwrap()
            .score()
            .unwrap(),
    )
    .unwrap();
    let edit = |base: &Value, field: &str, value: Value| {
        let mut copy = base.clone();
        copy[field] = value;
        copy
    };
    let cases = [
        (phq9.clone(), true),
        (odi.clone(), true),
        (edit(&odi, "total", json!(20)), true), // 20% is minimal, and odi's band is minimal
        (edit(&phq9, "band", json!("mild")), false),
        (edit(&phq9, "band", Value::Null), false),
        (edit(&phq9, "total", json!(28)), false),
        (edit(&phq9, "total", json!(16.5)), false),
        (edit(&phq9, "total", json!(14)), false), // 14 is moderate, the band says moderately severe
        (edit(&odi, "total", json!(20.5)), false), // above 20: moderate, not minimal
        (edit(&odi, "band", json!("moderate")), false),
        (
            edit(
                &phq9,
                "safety_flags",
                json!([{"type": "safety_item_unanswered", "item": 9}]),
            ),
            false,
        ),
        (
            edit(
                &phq9,
                "safety_flags",
                json!([{"type": "suicidal_ideation", "answer": 4}]),
            ),
            false,
        ),
        (edit(&phq9, "missing_items", json!([9])), false),
        (edit(&phq9, "missing_items", json!([10])), false),
        (edit(&phq9, "rule_version", json!(0)), false),
        (edit(&phq9, "instrument", json!("gad7")), false),
        (edit(&phq9, "extra", json!(1)), false),
        (edit(&phq9, "schema_version", json!(3)), false),
        (edit(&phq9, "schema_version", json!(1)), false),
    ];
    for (instance, valid) in cases {
        let by_schema = schema_verdict(&schema, &instance);
        let by_serde = serde_json::from_value::<Score>(instance.clone());
        assert_eq!(
            by_schema.is_ok(),
            valid,
            "schema on {instance}: {by_schema:?}"
        );
        assert_eq!(
            by_serde.is_ok(),
            valid,
            "serde on {instance}: {:?}",
            by_serde.err()
        );
    }
    // The schema pins each instrument's handlings: the ODI is never prorated.
    assert!(schema_verdict(&schema, &edit(&odi, "missing_handling", json!("prorated"))).is_err());
    // Checks only serde makes (documented on `Score`): a total no answers can give, provenance
    // that contradicts the missing items or the options, PCS subscales that do not add up to the
    // total.
    for instance in [
        edit(&odi, "total", json!(19)),
        edit(&odi, "missing_handling", json!("reduced_denominator")),
        edit(&phq9, "missing_items", json!([2])),
    ] {
        assert!(schema_verdict(&schema, &instance).is_ok(), "{instance}");
        assert!(serde_json::from_value::<Score>(instance).is_err());
    }
}
