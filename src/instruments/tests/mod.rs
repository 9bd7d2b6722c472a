//! Hand-computed vectors for every instrument, every band boundary and every missing-item rule: one
//! file per topic, the shared helpers here.

use super::*;
use crate::Decimal;

mod attribution;
mod catalog;
mod nrs_and_bpi;
mod odi;
mod others;
mod pcs_tsk_pseq;
mod peg;
mod phq_gad;
mod promis;
mod score_json;
mod validation;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn all(id: InstrumentId, value: u8) -> Response {
    Response::new(id, &vec![Some(value); id.definition().item_count()]).unwrap()
}

/// A response whose answers sum to `total` (filling items from the first, each up to the max).
fn summing_to(id: InstrumentId, total: u32) -> Response {
    let def = id.definition();
    let mut left = total;
    let answers: Vec<Option<u8>> = (0..def.item_count())
        .map(|_| {
            let v = left.min(u32::from(def.answer_max())) as u8;
            left -= u32::from(v);
            Some(v)
        })
        .collect();
    assert_eq!(left, 0, "{total} is beyond {id}");
    Response::new(id, &answers).unwrap()
}

fn prorate(max_missing: u8) -> ScoringOptions {
    ScoringOptions::new(MissingPolicy::Prorate { max_missing }, 1).unwrap()
}

/// Why `score`'s JSON, once `edit` has changed it, is refused on read; `None` when it is read.
pub(super) fn refusal(score: &Score, edit: impl FnOnce(&mut serde_json::Value)) -> Option<String> {
    let mut json = serde_json::to_value(score).unwrap();
    edit(&mut json);
    serde_json::from_value::<Score>(json)
        .err()
        .map(|e| e.to_string())
}

/// PCS items 1..=13 answered 0,1,2,3,4,0,1,2,3,4,0,1,2 (subscales worked out in `pcs_subscales`).
fn pcs_example() -> Score {
    let answers: Vec<Option<u8>> = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2]
        .into_iter()
        .map(Some)
        .collect();
    Response::new(InstrumentId::Pcs, &answers)
        .unwrap()
        .score()
        .unwrap()
}
