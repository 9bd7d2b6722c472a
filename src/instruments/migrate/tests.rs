//! Format 1 documents, as the crate wrote them before 2026-12, read through `versioning` to the
//! same values.

use serde_json::{Value, json};

use super::*;
use crate::instruments::{InstrumentId, MissingHandling, Response, Score, SubscaleId};
use crate::versioning;

fn d(text: &str) -> crate::Decimal {
    text.parse().unwrap()
}

#[test]
fn ids_of_format_1_are_renamed_and_others_kept() {
    assert_eq!(
        current_id_v1("promis_sleep_disturbance_8b"),
        "promis_sleep_disturbance_8a"
    );
    assert_eq!(
        current_id_v1("promis_depression_8b"),
        "promis_depression_8a"
    );
    assert_eq!(current_id_v1("phq9"), "phq9");
    let mut number = json!(7);
    upgrade_instrument_id_v1(&mut number);
    assert_eq!(number, json!(7));
}

#[test]
fn a_format_1_sleep_response_reads_as_8a_with_the_total_it_had() {
    // Format 1's "8b" was the Boulder set: items 1, 2 and 8 reversed. Answers 1-5-1-5-1-5-1-5:
    // reversed 1→5, 5→1, 5→1 = 7; plain 1+5+1+5+1 = 13: 20 (the total format 1 gave).
    let v1 = json!({"schema_version": 1, "instrument": "promis_sleep_disturbance_8b",
                    "answers": [1, 5, 1, 5, 1, 5, 1, 5]});
    let response: Response = versioning::read(v1.clone()).unwrap();
    assert_eq!(
        response.instrument(),
        InstrumentId::PromisSleepDisturbance8a
    );
    assert_eq!(response.score().unwrap().total(), Some(d("20")));
    // Read as format 2, the same answers are the real 8b (items 2, 3, 7, 8 reversed):
    // 1 + 1 + 5 + 5 + 1 + 5 + 5 + 1 = 24.
    let mut v2 = v1;
    v2["schema_version"] = json!(2);
    let real_8b: Response = versioning::read(v2).unwrap();
    assert_eq!(real_8b.instrument(), InstrumentId::PromisSleepDisturbance8b);
    assert_eq!(real_8b.score().unwrap().total(), Some(d("24")));
    // Plain deserialization reads the current format only.
    let err = serde_json::from_value::<Response>(json!({"schema_version": 1,
        "instrument": "gad2", "answers": [1, 1]}))
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("response schema_version 1 is not supported; supported: 2"),
        "{err}"
    );
}

#[test]
fn a_format_1_depression_response_reads_as_8a() {
    let response: Response = versioning::read(json!({"schema_version": 1,
        "instrument": "promis_depression_8b", "answers": [1, 2, 3, 4, 5, 1, 2, 3]}))
    .unwrap();
    assert_eq!(response.instrument(), InstrumentId::PromisDepression8a);
    assert_eq!(response.score().unwrap().total(), Some(d("21")));
    // Format 2 has no `promis_depression_8b`.
    let err = versioning::read::<Response>(json!({"schema_version": 2,
        "instrument": "promis_depression_8b", "answers": [1, 2, 3, 4, 5, 1, 2, 3]}))
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown instrument \"promis_depression_8b\""),
        "{err}"
    );
}

fn v1_score(
    instrument: &str,
    total: Value,
    subscales: Value,
    missing: Value,
    handling: &str,
) -> Value {
    json!({
        "schema_version": 1, "instrument": instrument, "total": total, "band": null,
        "subscales": subscales, "safety_flags": [], "missing_items": missing,
        "missing_handling": handling,
        "options": {"missing": {"rule": "require_all"}, "odi_max_missing_sections": 1},
        "rule_version": 1,
    })
}

#[test]
fn a_format_1_sleep_score_keeps_its_total_under_the_new_id() {
    let score: Score = versioning::read(v1_score(
        "promis_sleep_disturbance_8b",
        json!(20),
        json!([]),
        json!([]),
        "complete",
    ))
    .unwrap();
    assert_eq!(score.instrument(), InstrumentId::PromisSleepDisturbance8a);
    assert_eq!(score.total(), Some(d("20")));
    assert_eq!(score.missing_handling(), MissingHandling::Complete);
    // Written again, it is format 2.
    assert_eq!(
        serde_json::to_value(score).unwrap()["schema_version"],
        json!(2)
    );
}

#[test]
fn a_format_1_bpi_score_gets_handling_per_subscale() {
    // Format 1, severity complete (mean 5), interference item 11 missing (6 answered, mean 4):
    // the whole score said `mean_of_answered`.
    let mut v1 = v1_score(
        "bpi_sf",
        json!(5),
        json!([{"subscale": "severity", "value": 5}, {"subscale": "interference", "value": 4}]),
        json!([11]),
        "mean_of_answered",
    );
    v1["band"] = json!("moderate");
    let score: Score = versioning::read(v1).unwrap();
    assert_eq!(score.total(), Some(d("5")));
    assert_eq!(score.missing_handling(), MissingHandling::Complete);
    let handlings: Vec<_> = score
        .subscales()
        .map(|s| (s.subscale(), s.value(), s.missing_handling()))
        .collect();
    assert_eq!(
        handlings,
        [
            (SubscaleId::Severity, d("5"), MissingHandling::Complete),
            (
                SubscaleId::Interference,
                d("4"),
                MissingHandling::MeanOfAnswered
            ),
        ]
    );

    // Format 1's mislabel: interference with 3 of 7 answered (not scored) still said
    // `mean_of_answered`; format 2 says the total was complete and has no interference.
    let mut v1 = v1_score(
        "bpi_sf",
        json!(5),
        json!([{"subscale": "severity", "value": 5}]),
        json!([5, 6, 7, 8]),
        "mean_of_answered",
    );
    v1["band"] = json!("moderate");
    let score: Score = versioning::read(v1).unwrap();
    assert_eq!(score.missing_handling(), MissingHandling::Complete);
    assert_eq!(score.subscale(SubscaleId::Interference), None);

    // A prorated severity stays prorated, on the score and on its subscale.
    let mut v1 = v1_score(
        "bpi_sf",
        json!(5),
        json!([{"subscale": "severity", "value": 5},
        {"subscale": "interference", "value": 2}]),
        json!([2]),
        "prorated",
    );
    v1["band"] = json!("moderate");
    v1["options"]["missing"] = json!({"rule": "prorate", "max_missing": 1});
    let score: Score = versioning::read(v1).unwrap();
    assert_eq!(score.missing_handling(), MissingHandling::Prorated);
    assert_eq!(
        score.subscales().next().unwrap().missing_handling(),
        MissingHandling::Prorated
    );
}

#[test]
fn a_format_1_pcs_score_gets_complete_subscales() {
    // PCS 0,1,2,3,4,0,1,2,3,4,0,1,2: helplessness (1-5, 12) 11, magnification (6, 7, 13) 3,
    // rumination (8-11) 9: total 23.
    let v1 = v1_score(
        "pcs",
        json!(23),
        json!([
        {"subscale": "rumination", "value": 9},
        {"subscale": "magnification", "value": 3},
        {"subscale": "helplessness", "value": 11}]),
        json!([]),
        "complete",
    );
    let mut v1 = v1;
    v1["band"] = json!("below_threshold");
    let score: Score = versioning::read(v1).unwrap();
    assert!(
        score
            .subscales()
            .all(|s| s.missing_handling() == MissingHandling::Complete)
    );
    assert_eq!(score.total(), Some(d("23")));
}

#[test]
fn a_malformed_format_1_score_names_the_field() {
    let mut v1 = v1_score("gad2", json!(2), json!([]), json!([]), "complete");
    v1["subscales"] = json!("none");
    let err = versioning::read::<Score>(v1).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot upgrade score from schema_version 1: field `subscales` must be an array of subscale objects"
    );
}

#[test]
fn embedded_documents_are_upgraded_where_they_sit() {
    let mut score = v1_score(
        "promis_depression_8b",
        json!(8),
        json!([]),
        json!([]),
        "complete",
    );
    upgrade_embedded_score_v1(&mut score).unwrap();
    assert_eq!(score["schema_version"], json!(2));
    assert_eq!(score["instrument"], json!("promis_depression_8a"));
    // A document already at format 2 is left as it is.
    let before = score.clone();
    upgrade_embedded_score_v1(&mut score).unwrap();
    assert_eq!(score, before);
    let mut response = json!({"schema_version": 1, "instrument": "promis_sleep_disturbance_8b", "answers": [1, 1, 1, 1, 1, 1, 1, 1]});
    upgrade_embedded_response_v1(&mut response).unwrap();
    assert_eq!(
        response,
        json!({"schema_version": 2, "instrument": "promis_sleep_disturbance_8a", "answers": [1, 1, 1, 1, 1, 1, 1, 1]})
    );
}
