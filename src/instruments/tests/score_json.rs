//! A stored score: its JSON round trip and every inconsistency refused on read.

use super::*;

#[test]
fn a_score_round_trips_and_rejects_inconsistency() {
    let mut answers = [Some(2); 9];
    answers[8] = Some(1);
    let score = Response::new(InstrumentId::Phq9, &answers)
        .unwrap()
        .score()
        .unwrap();
    let json = serde_json::to_value(score).unwrap();
    assert_eq!(json["total"], serde_json::json!(17));
    assert_eq!(json["band"], serde_json::json!("moderately_severe"));
    assert_eq!(
        json["safety_flags"],
        serde_json::json!([{"type": "suicidal_ideation", "answer": 1}])
    );
    assert_eq!(
        serde_json::from_value::<Score>(json.clone()).unwrap(),
        score
    );
    // Each inconsistency is refused by its own check, named in the message.
    for (field, value, reason) in [
        (
            "total",
            serde_json::json!(28),
            "total outside the valid range",
        ),
        (
            "total",
            serde_json::json!(-1),
            "total outside the valid range",
        ),
        ("total", serde_json::json!(16.5), "must be a whole number"),
        ("band", serde_json::json!("mild"), "band does not match"),
        (
            "missing_items",
            serde_json::json!([9]),
            "without the safety item",
        ),
        (
            "missing_items",
            serde_json::json!([0]),
            "distinct item numbers",
        ),
        (
            "missing_items",
            serde_json::json!([10]),
            "distinct item numbers",
        ),
        ("missing_items", serde_json::json!([2]), "options disagree"),
        ("rule_version", serde_json::json!(2), "unknown rule version"),
        (
            "safety_flags",
            serde_json::json!([{"type": "suicidal_ideation", "answer": 0}]),
            "safety flags impossible",
        ),
        (
            "subscales",
            serde_json::json!([{"subscale": "rumination", "value": 3, "missing_handling": "complete"}]),
            "subscale not of this instrument",
        ),
    ] {
        let message = refusal(&score, |json| json[field] = value);
        assert!(
            message.as_deref().is_some_and(|m| m.contains(reason)),
            "{field}: {message:?}"
        );
    }
    // PCS subscales (rumination 9, magnification 3, helplessness 11; see `pcs_subscales`):
    // in range, once each, in the definition's order.
    let pcs = pcs_example();
    let sub = |id: &str, value: i32| serde_json::json!({"subscale": id, "value": value, "missing_handling": "complete"});
    for (subscales, reason) in [
        (
            [
                sub("rumination", 17),
                sub("magnification", 3),
                sub("helplessness", 11),
            ],
            "subscale outside its range",
        ),
        (
            [
                sub("rumination", -1),
                sub("magnification", 3),
                sub("helplessness", 11),
            ],
            "subscale outside its range",
        ),
        (
            [
                sub("rumination", 9),
                sub("rumination", 9),
                sub("helplessness", 11),
            ],
            "repeated or out of order",
        ),
        (
            [
                sub("magnification", 3),
                sub("rumination", 9),
                sub("helplessness", 11),
            ],
            "repeated or out of order",
        ),
    ] {
        let message = refusal(&pcs, |json| {
            json["subscales"] = serde_json::json!(subscales)
        });
        assert!(
            message.as_deref().is_some_and(|m| m.contains(reason)),
            "{subscales:?}: {message:?}"
        );
    }
}

#[test]
fn an_nrs_score_keeps_its_recall() {
    let score = Response::nrs(Some(3), RecallPeriod::PastWeek)
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(score.recall(), Some(RecallPeriod::PastWeek));
    let json = serde_json::to_value(score).unwrap();
    assert_eq!(json["recall"], serde_json::json!("past_week"));
    assert_eq!(
        serde_json::from_value::<Score>(json.clone()).unwrap(),
        score
    );
    let mut without = json.clone();
    without.as_object_mut().unwrap().remove("recall");
    assert_eq!(
        serde_json::from_value::<Score>(without)
            .unwrap_err()
            .to_string(),
        "NRS needs its recall period: now, past_24_hours or past_week"
    );
    let phq2 = Response::new(InstrumentId::Phq2, &[Some(1), Some(1)])
        .unwrap()
        .score()
        .unwrap();
    let mut with = serde_json::to_value(phq2).unwrap();
    assert_eq!(serde_json::from_value::<Score>(with.clone()).unwrap(), phq2);
    with["recall"] = serde_json::json!("now");
    assert_eq!(
        serde_json::from_value::<Score>(with.clone())
            .unwrap_err()
            .to_string(),
        "PHQ-2 has a fixed recall period; only nrs takes a recall"
    );
    with["recall"] = serde_json::Value::Null;
    assert_eq!(
        serde_json::from_value::<Score>(with)
            .unwrap_err()
            .to_string(),
        "PHQ-2 has a fixed recall period; only nrs takes a recall"
    );
}

#[test]
fn subscales_must_agree_with_the_total_and_the_answered_items() {
    // PCS all 2: total 26, rumination 8, magnification 6, helplessness 12.
    let pcs = serde_json::to_value(all(InstrumentId::Pcs, 2).score().unwrap()).unwrap();
    assert_eq!(
        serde_json::from_value::<Score>(pcs.clone()).map_err(|e| e.to_string()),
        Ok(all(InstrumentId::Pcs, 2).score().unwrap())
    );
    let mut bad = pcs.clone();
    bad["subscales"][0]["value"] = serde_json::json!(9);
    assert_eq!(
        serde_json::from_value::<Score>(bad)
            .unwrap_err()
            .to_string(),
        "PCS score is inconsistent: subscales do not match the answered items or the total",
        "subscales no longer add up to 26"
    );
    let mut dropped = pcs;
    dropped["subscales"].as_array_mut().unwrap().remove(0);
    assert_eq!(
        serde_json::from_value::<Score>(dropped)
            .unwrap_err()
            .to_string(),
        "PCS score is inconsistent: subscales do not match the answered items or the total",
        "a complete PCS has every subscale"
    );
    // BPI: the severity subscale is the total.
    let bpi = serde_json::to_value(all(InstrumentId::BpiSf, 3).score().unwrap()).unwrap();
    assert_eq!(
        serde_json::from_value::<Score>(bpi.clone()).map_err(|e| e.to_string()),
        Ok(all(InstrumentId::BpiSf, 3).score().unwrap())
    );
    let mut bad = bpi;
    bad["subscales"][0]["value"] = serde_json::json!(4);
    assert_eq!(
        serde_json::from_value::<Score>(bad)
            .unwrap_err()
            .to_string(),
        "BPI-SF score is inconsistent: subscales do not match the answered items or the total"
    );
    // PEG: 2.5 is not a mean of 3 whole answers (k/3 is .00, .33 or .67).
    let mut peg = serde_json::to_value(all(InstrumentId::Peg3, 2).score().unwrap()).unwrap();
    peg["total"] = serde_json::json!(2.5);
    assert_eq!(
        serde_json::from_value::<Score>(peg)
            .unwrap_err()
            .to_string(),
        "PEG-3 score is inconsistent: no set of answers gives this total"
    );
}
