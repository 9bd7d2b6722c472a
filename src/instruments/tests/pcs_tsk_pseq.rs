//! PCS subscales, TSK reverse items and PSEQ bands.

use super::*;

#[test]
fn pcs_subscales() {
    // Items 1..=13 answered 0,1,2,3,4,0,1,2,3,4,0,1,2.
    // Rumination 8-11: 2+3+4+0 = 9. Magnification 6,7,13: 0+1+2 = 3.
    // Helplessness 1-5,12: 0+1+2+3+4+1 = 11. Total 9+3+11 = 23.
    let score = pcs_example();
    assert_eq!(score.total().unwrap(), d("23"));
    assert_eq!(score.subscale(SubscaleId::Rumination), Some(d("9")));
    assert_eq!(score.subscale(SubscaleId::Magnification), Some(d("3")));
    assert_eq!(score.subscale(SubscaleId::Helplessness), Some(d("11")));
    assert_eq!(score.band(), Some(Band::BelowThreshold));
}

#[test]
fn pcs_boundary_29_30() {
    assert_eq!(
        summing_to(InstrumentId::Pcs, 29).score().unwrap().band(),
        Some(Band::BelowThreshold)
    );
    assert_eq!(
        summing_to(InstrumentId::Pcs, 30).score().unwrap().band(),
        Some(Band::ClinicallyRelevant)
    );
}

#[test]
fn pcs_prorated_total_keeps_only_complete_subscales() {
    // Item 9 (rumination) missing; others all 2: answered 24 over 12 → round(2 × 13) = 26.
    let mut answers = [Some(2); 13];
    answers[8] = None;
    let score = Response::new(InstrumentId::Pcs, &answers)
        .unwrap()
        .score_with(&prorate(1))
        .unwrap();
    assert_eq!(score.total().unwrap(), d("26"));
    assert_eq!(score.subscale(SubscaleId::Rumination), None);
    assert_eq!(score.subscale(SubscaleId::Magnification), Some(d("6")));
    assert_eq!(score.subscale(SubscaleId::Helplessness), Some(d("12")));
}

#[test]
fn tsk17_reverses_items_4_8_12_16() {
    // All answers 4: 13 items × 4 = 52, reversed 4 items × (5 − 4 = 1) = 4 → 56.
    assert_eq!(
        all(InstrumentId::Tsk17, 4)
            .score()
            .unwrap()
            .total()
            .unwrap(),
        d("56")
    );
    // All answers 1: 13 × 1 + 4 × 4 = 29.
    assert_eq!(
        all(InstrumentId::Tsk17, 1)
            .score()
            .unwrap()
            .total()
            .unwrap(),
        d("29")
    );
    // Only item 4 changes 1 → 4: reversed 4 → 1, so the total drops by 3 from 29 to 26.
    let mut answers = [Some(1); 17];
    answers[3] = Some(4);
    assert_eq!(
        Response::new(InstrumentId::Tsk17, &answers)
            .unwrap()
            .score()
            .unwrap()
            .total()
            .unwrap(),
        d("26")
    );
}

#[test]
fn tsk11_has_no_reverse_items() {
    // 11 × 4 = 44; 11 × 1 = 11.
    assert_eq!(
        all(InstrumentId::Tsk11, 4)
            .score()
            .unwrap()
            .total()
            .unwrap(),
        d("44")
    );
    assert_eq!(
        all(InstrumentId::Tsk11, 1)
            .score()
            .unwrap()
            .total()
            .unwrap(),
        d("11")
    );
    assert_eq!(all(InstrumentId::Tsk11, 2).score().unwrap().band(), None);
}

#[test]
fn pseq_band_boundaries() {
    for (total, band) in [
        (0, Band::Severe),
        (19, Band::Severe),
        (20, Band::Moderate),
        (30, Band::Moderate),
        (31, Band::Mild),
        (40, Band::Mild),
        (41, Band::Minimal),
        (60, Band::Minimal),
    ] {
        let score = summing_to(InstrumentId::Pseq, total).score().unwrap();
        assert_eq!(score.band(), Some(band), "PSEQ {total}");
    }
}
