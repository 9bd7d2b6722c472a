//! NRS bands and the BPI-SF severity and interference means with their missing-item rules.

use super::*;

#[test]
fn nrs_score_and_bands() {
    // 0-4 mild, 5-6 moderate, 7-10 severe.
    for (value, band) in [
        (0, Band::Mild),
        (4, Band::Mild),
        (5, Band::Moderate),
        (6, Band::Moderate),
        (7, Band::Severe),
        (10, Band::Severe),
    ] {
        let score = Response::nrs(Some(value), RecallPeriod::Now)
            .unwrap()
            .score()
            .unwrap();
        assert_eq!(score.total().unwrap(), Decimal::from_int(i32::from(value)));
        assert_eq!(score.band(), Some(band), "{value}");
    }
    let err = Response::nrs(None, RecallPeriod::Now)
        .unwrap()
        .score()
        .unwrap_err();
    assert!(matches!(
        err,
        InstrumentError::TooManyMissing {
            missing: 1,
            allowed: 0,
            ..
        }
    ));
    assert_eq!(
        Response::nrs(Some(11), RecallPeriod::Now)
            .unwrap_err()
            .to_string(),
        "NRS item 1 is 11; answers range 0-10"
    );
}

fn bpi(severity: [Option<u8>; 4], interference: [Option<u8>; 7]) -> Response {
    let answers: Vec<Option<u8>> = severity.into_iter().chain(interference).collect();
    Response::new(InstrumentId::BpiSf, &answers).unwrap()
}

#[test]
fn bpi_severity_and_interference_means() {
    // Severity (7+3+5+4)/4 = 19/4 = 4.75 → moderate (above 4, up to 6).
    // Interference (2+3+4+5+6+7+8)/7 = 35/7 = 5.
    let score = bpi(
        [Some(7), Some(3), Some(5), Some(4)],
        [
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            Some(6),
            Some(7),
            Some(8),
        ],
    )
    .score()
    .unwrap();
    assert_eq!(score.total().unwrap(), d("4.75"));
    assert_eq!(score.band(), Some(Band::Moderate));
    assert_eq!(score.subscale(SubscaleId::Severity), Some(d("4.75")));
    assert_eq!(score.subscale(SubscaleId::Interference), Some(d("5")));
    assert_eq!(score.missing_handling(), MissingHandling::Complete);
    // Severity (4+4+4+4)/4 = 4 → mild; (5+4+4+4)/4 = 4.25 → moderate; 6.25 → severe.
    assert_eq!(
        bpi([Some(4); 4], [Some(0); 7]).score().unwrap().band(),
        Some(Band::Mild)
    );
    assert_eq!(
        bpi([Some(5), Some(4), Some(4), Some(4)], [Some(0); 7])
            .score()
            .unwrap()
            .band(),
        Some(Band::Moderate)
    );
    assert_eq!(
        bpi([Some(7), Some(6), Some(6), Some(6)], [Some(0); 7])
            .score()
            .unwrap()
            .band(),
        Some(Band::Severe)
    );
}

#[test]
fn bpi_interference_with_3_missing_is_scored_and_with_4_is_not() {
    // 4 answered: (1+2+3+4)/4 = 2.5.
    let three_missing = bpi(
        [Some(5); 4],
        [Some(1), Some(2), None, Some(3), None, Some(4), None],
    )
    .score()
    .unwrap();
    assert_eq!(
        three_missing.subscale(SubscaleId::Interference),
        Some(d("2.5"))
    );
    // Each part says its own handling: the total (severity) is complete, interference the
    // mean of its answered items (§3.2 `[S39]`).
    assert_eq!(three_missing.missing_handling(), MissingHandling::Complete);
    let handlings: Vec<_> = three_missing
        .subscales()
        .map(|s| (s.subscale(), s.missing_handling()))
        .collect();
    assert_eq!(
        handlings,
        [
            (SubscaleId::Severity, MissingHandling::Complete),
            (SubscaleId::Interference, MissingHandling::MeanOfAnswered),
        ]
    );
    assert_eq!(
        three_missing.missing_items().collect::<Vec<_>>(),
        vec![7, 9, 11]
    );
    // 3 answered: interference not computed; severity (the total) still is.
    let four_missing = bpi(
        [Some(5); 4],
        [Some(1), None, None, Some(3), None, Some(4), None],
    )
    .score()
    .unwrap();
    assert_eq!(four_missing.subscale(SubscaleId::Interference), None);
    assert_eq!(four_missing.total().unwrap(), d("5"));
    // Format 1 said `mean_of_answered` here although no mean of answered items was reported.
    assert_eq!(four_missing.missing_handling(), MissingHandling::Complete);
    // An interference mean of 8/7 = 1.142… rounds to 1.14.
    let sevenths = bpi(
        [Some(0); 4],
        [
            Some(2),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
            Some(1),
        ],
    )
    .score()
    .unwrap();
    assert_eq!(sevenths.subscale(SubscaleId::Interference), Some(d("1.14")));
}

#[test]
fn bpi_severity_missing_follows_the_policy_and_keeps_a_complete_interference() {
    // Severity item 2 missing, interference 0,1,2,3,4,5,6: mean 21/7 = 3.
    let response = bpi(
        [Some(6), None, Some(4), Some(5)],
        [
            Some(0),
            Some(1),
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            Some(6),
        ],
    );
    // By default severity needs all 4: no total, no band; interference is still scored.
    let score = response.score().unwrap();
    assert_eq!(score.total(), None);
    assert_eq!(score.band(), None);
    assert_eq!(score.missing_handling(), MissingHandling::NotScored);
    assert_eq!(score.subscale(SubscaleId::Severity), None);
    assert_eq!(score.subscale(SubscaleId::Interference), Some(d("3")));
    assert_eq!(
        score.subscales().next().map(|s| s.missing_handling()),
        Some(MissingHandling::Complete)
    );
    // It reads back as it was written, `"total": null` included.
    let json = serde_json::to_value(score).unwrap();
    assert_eq!(json["total"], serde_json::Value::Null);
    assert_eq!(json["missing_handling"], "not_scored");
    assert_eq!(serde_json::from_value::<Score>(json).unwrap(), score);
    // Opt-in: mean of the 3 answered = 15/3 = 5, prorated; interference complete.
    let score = response.score_with(&prorate(1)).unwrap();
    assert_eq!(score.total().unwrap(), d("5"));
    assert!(score.is_prorated());
    assert_eq!(
        score
            .subscales()
            .map(|s| s.missing_handling())
            .collect::<Vec<_>>(),
        [MissingHandling::Prorated, MissingHandling::Complete]
    );
}

#[test]
fn bpi_with_neither_part_valid_is_refused_with_the_severity_count() {
    // Severity item 1 missing (default: all 4 needed) and 4 of 7 interference items missing.
    let response = bpi(
        [None, Some(4), Some(4), Some(4)],
        [Some(1), None, None, None, None, Some(2), Some(3)],
    );
    let err = response.score().unwrap_err();
    assert!(matches!(
        err,
        InstrumentError::TooManyMissing {
            missing: 1,
            allowed: 0,
            ..
        }
    ));
    assert_eq!(
        err.to_string(),
        "BPI-SF has 1 unanswered item; the missing-item rule allows 0"
    );
}

#[test]
fn a_bpi_score_without_a_total_is_read_only_when_consistent() {
    let score = bpi([None; 4], [Some(2); 7]).score().unwrap();
    assert_eq!(score.total(), None);
    assert_eq!(score.subscale(SubscaleId::Interference), Some(d("2")));
    // A null total needs `not_scored`, and `not_scored` needs a null total.
    let refused = |edit: fn(&mut serde_json::Value)| refusal(&score, edit);
    assert_eq!(
        refused(|json| json["missing_handling"] = "complete".into()),
        Some(
            "BPI-SF score is inconsistent: only a BPI-SF total that was not scored, or pain attribution's, may be null"
                .into()
        )
    );
    assert_eq!(
        refused(|json| json["total"] = 2.into()),
        Some("BPI-SF score is inconsistent: a total that was not scored must be null".into())
    );
    // Severity allowed by the options (prorate up to 4 would not allow all 4 missing, 3 would
    // allow 1): `not_scored` with only item 1 missing under prorate 1 is inconsistent.
    let one_missing = bpi([None, Some(1), Some(1), Some(1)], [Some(2); 7])
        .score()
        .unwrap();
    assert_eq!(
        refusal(&one_missing, |json| json["options"]["missing"] =
            serde_json::json!({"rule": "prorate", "max_missing": 1})),
        Some("BPI-SF score is inconsistent: missing items, handling and options disagree".into())
    );
    // A null total for another instrument is refused.
    let gad = Response::new(InstrumentId::Gad2, &[Some(1), Some(1)])
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(
        refusal(&gad, |json| json["total"] = serde_json::Value::Null),
        Some(
            "GAD-2 score is inconsistent: only a BPI-SF total that was not scored, or pain attribution's, may be null"
                .into()
        )
    );
}
