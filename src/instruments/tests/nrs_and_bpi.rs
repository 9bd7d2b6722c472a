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
        assert_eq!(score.total(), Decimal::from_int(i32::from(value)));
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
    assert_eq!(score.total(), d("4.75"));
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
    assert_eq!(
        three_missing.missing_handling(),
        MissingHandling::MeanOfAnswered
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
    assert_eq!(four_missing.total(), d("5"));
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
fn bpi_severity_missing_follows_the_policy() {
    let response = bpi([Some(6), None, Some(4), Some(5)], [Some(0); 7]);
    assert!(matches!(
        response.score().unwrap_err(),
        InstrumentError::TooManyMissing {
            missing: 1,
            allowed: 0,
            ..
        }
    ));
    // Opt-in: mean of the 3 answered = 15/3 = 5.
    let score = response.score_with(&prorate(1)).unwrap();
    assert_eq!(score.total(), d("5"));
    assert!(score.is_prorated());
}
