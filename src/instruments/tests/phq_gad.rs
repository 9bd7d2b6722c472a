//! PHQ-9, PHQ-2, GAD-7 and GAD-2: bands, the item 9 safety flag and opt-in proration.

use super::*;

#[test]
fn phq9_band_boundaries() {
    for (total, band) in [
        (0, Band::Minimal),
        (4, Band::Minimal),
        (5, Band::Mild),
        (9, Band::Mild),
        (10, Band::Moderate),
        (14, Band::Moderate),
        (15, Band::ModeratelySevere),
        (19, Band::ModeratelySevere),
        (20, Band::Severe),
        (27, Band::Severe),
    ] {
        let score = summing_to(InstrumentId::Phq9, total).score().unwrap();
        assert_eq!(score.total().unwrap(), Decimal::from_int(total as i32));
        assert_eq!(score.band(), Some(band), "PHQ-9 {total}");
    }
}

#[test]
fn phq9_item9_at_0_1_and_missing() {
    // Item 9 = 0: no flag. Total 1+1+1+1+1+1+1+1+0 = 8 → mild.
    let mut answers = [Some(1); 9];
    answers[8] = Some(0);
    let score = Response::new(InstrumentId::Phq9, &answers)
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(score.total().unwrap(), d("8"));
    assert!(!score.has_safety_flag());
    // Item 9 = 1 with a minimal total of 1: the flag is still raised.
    let mut answers = [Some(0); 9];
    answers[8] = Some(1);
    let score = Response::new(InstrumentId::Phq9, &answers)
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(score.total().unwrap(), d("1"));
    assert_eq!(score.band(), Some(Band::Minimal));
    assert_eq!(
        score.safety_flags(),
        &[SafetyFlag::SuicidalIdeation { answer: 1 }]
    );
    // Item 9 missing: no total under any policy, and the error carries the flag.
    let mut answers = [Some(2); 9];
    answers[8] = None;
    let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
    for options in [ScoringOptions::DEFAULT, prorate(2)] {
        let err = response.score_with(&options).unwrap_err();
        assert!(matches!(
            err,
            InstrumentError::SafetyItemUnanswered { item: 9, .. }
        ));
        assert_eq!(
            err.safety_flags(),
            &[SafetyFlag::SafetyItemUnanswered { item: 9 }]
        );
        assert!(err.to_string().contains("safety flag raised"), "{err}");
        assert!(err.has_safety_flag());
    }
    assert_eq!(response.missing_count(), 1);
    assert_eq!(response.missing_items().collect::<Vec<_>>(), [9]);
}

#[test]
fn phq9_flag_survives_a_too_many_missing_error() {
    let answers = [
        None,
        None,
        None,
        Some(0),
        Some(0),
        Some(0),
        Some(0),
        Some(0),
        Some(3),
    ];
    let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
    assert_eq!(response.missing_count(), 3);
    assert_eq!(response.missing_items().collect::<Vec<_>>(), [1, 2, 3]);
    let err = response.score_with(&prorate(2)).unwrap_err();
    assert_eq!(
        err.safety_flags(),
        &[SafetyFlag::SuicidalIdeation { answer: 3 }]
    );
    assert!(err.has_safety_flag());
    // The same gaps with item 9 at 0: an error without a flag.
    let mut unflagged = answers;
    unflagged[8] = Some(0);
    let unflagged_err = Response::new(InstrumentId::Phq9, &unflagged)
        .unwrap()
        .score_with(&prorate(2))
        .unwrap_err();
    assert!(unflagged_err.safety_flags().is_empty());
    assert!(!unflagged_err.has_safety_flag());
    assert_eq!(
        err.to_string(),
        "PHQ-9 has 3 unanswered items; the missing-item rule allows 2; safety flag raised: suicidal ideation"
    );
}

#[test]
fn phq9_opt_in_proration() {
    // Item 2 missing; answered 1+2+1+1+1+1+1+2 = 10 over 8; round(10/8 × 9) = round(11.25) = 11.
    let answers = [
        Some(1),
        None,
        Some(2),
        Some(1),
        Some(1),
        Some(1),
        Some(1),
        Some(1),
        Some(2),
    ];
    let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
    assert!(matches!(
        response.score().unwrap_err(),
        InstrumentError::TooManyMissing {
            missing: 1,
            allowed: 0,
            ..
        }
    ));
    let score = response.score_with(&prorate(2)).unwrap();
    assert_eq!(score.total().unwrap(), d("11"));
    assert_eq!(score.band(), Some(Band::Moderate));
    assert!(score.is_prorated());
    assert_eq!(score.missing_count(), 1);
    assert_eq!(score.missing_items().collect::<Vec<_>>(), [2]);
    assert_eq!(score.rule_version(), 1);
    assert!(score.is_current_rule());
    assert_eq!(
        score.safety_flags(),
        &[SafetyFlag::SuicidalIdeation { answer: 2 }]
    );
    // The same options on a complete response: nothing prorated.
    let complete = Response::new(InstrumentId::Phq9, &[Some(1); 9])
        .unwrap()
        .score_with(&prorate(2))
        .unwrap();
    assert_eq!(
        (complete.missing_count(), complete.is_prorated()),
        (0, false)
    );
    assert_eq!(complete.missing_handling(), MissingHandling::Complete);
    // Half rounds up: answered 1×8 minus one 0 … 0,1,1,1,1,1,1,1 = 7 over 8 → 7/8 × 9 = 7.875 → 8.
    let answers = [
        Some(0),
        None,
        Some(1),
        Some(1),
        Some(1),
        Some(1),
        Some(1),
        Some(1),
        Some(1),
    ];
    let score = Response::new(InstrumentId::Phq9, &answers)
        .unwrap()
        .score_with(&prorate(1))
        .unwrap();
    assert_eq!(score.total().unwrap(), d("8"));
}

#[test]
fn phq2_screen() {
    // 1+1 = 2 negative; 2+1 = 3 positive.
    assert_eq!(
        Response::new(InstrumentId::Phq2, &[Some(1), Some(1)])
            .unwrap()
            .score()
            .unwrap()
            .band(),
        Some(Band::NegativeScreen)
    );
    assert_eq!(
        Response::new(InstrumentId::Phq2, &[Some(2), Some(1)])
            .unwrap()
            .score()
            .unwrap()
            .band(),
        Some(Band::PositiveScreen)
    );
    assert_eq!(
        Response::new(InstrumentId::Phq2, &[Some(2), None])
            .unwrap()
            .score()
            .unwrap_err()
            .to_string(),
        "PHQ-2 has 1 unanswered item; the missing-item rule allows 0"
    );
}

#[test]
fn gad7_band_boundaries() {
    for (total, band) in [
        (0, Band::Minimal),
        (4, Band::Minimal),
        (5, Band::Mild),
        (9, Band::Mild),
        (10, Band::Moderate),
        (14, Band::Moderate),
        (15, Band::Severe),
        (21, Band::Severe),
    ] {
        let score = summing_to(InstrumentId::Gad7, total).score().unwrap();
        assert_eq!(score.total().unwrap(), Decimal::from_int(total as i32));
        assert_eq!(score.band(), Some(band), "GAD-7 {total}");
    }
}

#[test]
fn gad2_sum_has_no_band() {
    // 3+2 = 5; the ≥3 screen is UNVERIFIED, so no band.
    let score = Response::new(InstrumentId::Gad2, &[Some(3), Some(2)])
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(score.total().unwrap(), d("5"));
    assert_eq!(score.band(), None);
}
