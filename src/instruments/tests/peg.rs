//! The PEG-3 mean.

use super::*;

#[test]
fn peg_mean_is_exact() {
    // (3+2+3)/3 = 8/3 = 2.666… → 2.67.
    let score = Response::new(InstrumentId::Peg3, &[Some(3), Some(2), Some(3)])
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(score.total().unwrap(), d("2.67"));
    assert_eq!(score.band(), None);
    // (10+10+10)/3 = 10.
    assert_eq!(
        all(InstrumentId::Peg3, 10)
            .score()
            .unwrap()
            .total()
            .unwrap(),
        d("10")
    );
    let partial = Response::new(InstrumentId::Peg3, &[Some(3), None, Some(4)]).unwrap();
    assert_eq!(
        partial.score().unwrap_err().to_string(),
        "PEG-3 has 1 unanswered item; the missing-item rule allows 0"
    );
    // Opt-in: mean of answered (3+4)/2 = 3.5.
    assert_eq!(
        partial.score_with(&prorate(1)).unwrap().total().unwrap(),
        d("3.5")
    );
}
