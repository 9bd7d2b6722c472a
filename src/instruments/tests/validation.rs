//! What a response refuses: wrong item counts, out-of-range answers, fractions, recall periods.

use super::*;

#[test]
fn wrong_count_out_of_range_and_fractions_are_errors() {
    let err = Response::new(InstrumentId::Phq9, &[Some(0); 8]).unwrap_err();
    assert_eq!(err.to_string(), "PHQ-9 takes 9 answers; found 8");
    let mut answers = [Some(0); 9];
    answers[2] = Some(4);
    let err = Response::new(InstrumentId::Phq9, &answers).unwrap_err();
    assert_eq!(
        err,
        InstrumentError::AnswerOutOfRange {
            instrument: InstrumentId::Phq9,
            item: 3,
            value: 4,
            min: 0,
            max: 3
        }
    );
    assert_eq!(err.to_string(), "PHQ-9 item 3 is 4; answers range 0-3");
    let err = Response::new(InstrumentId::Tsk11, &[Some(0); 11]).unwrap_err();
    assert_eq!(err.to_string(), "TSK-11 item 1 is 0; answers range 1-4");
    let err = serde_json::from_str::<Response>(
        r#"{"schema_version":2,"instrument":"gad2","answers":[1.5,0]}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("GAD-2 item 1 is not a whole number"),
        "{err}"
    );
    let err = serde_json::from_str::<Response>(
        r#"{"schema_version":2,"instrument":"gad2","answers":[-1,0]}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("GAD-2 item 1 is -1; answers range 0-3"),
        "{err}"
    );
    let ok: Response =
        serde_json::from_str(r#"{"schema_version":2,"instrument":"gad2","answers":[2.0,null]}"#)
            .unwrap();
    assert_eq!(ok.answer(1), Some(2));
    let err = serde_json::from_str::<Response>(
        r#"{"schema_version":2,"instrument":"gad2","answers":[1,0],"extra":1}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(err.starts_with("unknown field `extra`"), "{err}");
    assert_eq!(
        serde_json::from_str::<Response>(
            r#"{"schema_version":2,"instrument":"nope","answers":[1,0]}"#
        )
        .unwrap_err()
        .to_string(),
        "unknown instrument \"nope\"; expected one of the catalog ids such as phq9, gad7, bpi_sf at line 1 column 39"
    );
}

#[test]
fn nrs_needs_a_recall_and_others_refuse_one() {
    assert_eq!(
        Response::new(InstrumentId::Nrs, &[Some(5)]).unwrap_err(),
        InstrumentError::RecallRequired {
            instrument: InstrumentId::Nrs
        }
    );
    // Checked once the object is read, so serde_json gives the position of its end.
    assert_eq!(
        serde_json::from_str::<Response>(
            r#"{"schema_version":2,"instrument":"nrs","answers":[5]}"#
        )
        .unwrap_err()
        .to_string(),
        "NRS needs its recall period: now, past_24_hours or past_week at line 1 column 53"
    );
    // `"recall": null` names the rule it breaks: required for the NRS, fixed elsewhere.
    let null_recall = serde_json::from_str::<Response>(
        r#"{"schema_version":2,"instrument":"nrs","answers":[5],"recall":null}"#,
    )
    .unwrap_err();
    assert!(
        null_recall.to_string().contains("needs its recall period"),
        "{null_recall}"
    );
    assert_eq!(
        serde_json::from_str::<Response>(
            r#"{"schema_version":2,"instrument":"phq2","answers":[1,1],"recall":"now"}"#
        )
        .unwrap_err()
        .to_string(),
        "PHQ-2 has a fixed recall period; only nrs takes a recall at line 1 column 71"
    );
    let null_recall = serde_json::from_str::<Response>(
        r#"{"schema_version":2,"instrument":"phq2","answers":[1,1],"recall":null}"#,
    )
    .unwrap_err();
    assert!(
        null_recall
            .to_string()
            .contains("has a fixed recall period"),
        "{null_recall}"
    );
    let r: Response = serde_json::from_str(
        r#"{"schema_version":2,"instrument":"nrs","answers":[5],"recall":"past_24_hours"}"#,
    )
    .unwrap();
    assert_eq!(r.recall(), Some(RecallPeriod::Past24Hours));
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r#"{"schema_version":2,"instrument":"nrs","answers":[5],"recall":"past_24_hours"}"#
    );
}

#[test]
fn pain_attribution_is_a_response_but_not_a_fixed_response() {
    // Issue #19: its ratings go through `Response` like every other instrument's answers (the
    // causes through `Response::pain_attribution`); the paths that carry answers only still
    // refuse it, as `is_fixed_response` says.
    let response = Response::new(InstrumentId::PainAttribution, &[Some(1); 3]).unwrap();
    assert!(response.causes().is_empty());
    assert!(!InstrumentId::PainAttribution.is_fixed_response());
    assert_eq!(
        Response::new(InstrumentId::PainAttribution, &[Some(1); 4]).unwrap_err(),
        InstrumentError::WrongAnswerCount {
            instrument: InstrumentId::PainAttribution,
            expected: 3,
            found: 4,
        }
    );
}
