//! The fast path agrees with the general engine, and what it produces reads back.

use proptest::prelude::*;

use serde_json::json;

use super::engine::{score_complete_sum, score_general};
use super::subscale::Subscales;
use super::*;
use crate::Decimal;
use crate::instruments::tests::refusal;
use crate::instruments::whole_sum::WholeSumPlan;
use crate::instruments::{
    InstrumentError, InstrumentId, MissingHandling, MissingPolicy, RecallPeriod, Response,
    ScoringMethod, ScoringOptions, SubscaleId,
};

#[test]
fn a_score_result_is_a_small_plain_value() {
    // Copying the `Result` dominated the fast path while `Score` was 88 bytes and the error
    // owned a `String` (docs/performance.md): keep both small and free of drop glue.
    assert_eq!(std::mem::size_of::<Score>(), 40);
    assert_eq!(std::mem::size_of::<Result<Score, InstrumentError>>(), 48);
    assert!(!std::mem::needs_drop::<Result<Score, InstrumentError>>());
}

#[test]
fn subscales_keep_their_order_and_refuse_what_they_cannot_hold() {
    let score = |subscale, hundredths| SubscaleScore {
        subscale,
        value: Decimal::from_hundredths_i32(hundredths),
        missing_handling: MissingHandling::MeanOfAnswered,
    };
    let mut subscales = Subscales::EMPTY;
    assert_eq!(subscales.iter().len(), 0);
    assert_eq!(subscales.push(score(SubscaleId::Severity, 267)), Some(()));
    assert_eq!(
        subscales.push(score(SubscaleId::Interference, -5)),
        Some(())
    );
    // Beyond ±327.67 a value does not fit; nothing is stored.
    assert_eq!(subscales.push(score(SubscaleId::Rumination, 32_768)), None);
    assert_eq!(subscales.push(score(SubscaleId::Rumination, -32_769)), None);
    assert_eq!(
        subscales.push(score(SubscaleId::Rumination, 32_767)),
        Some(())
    );
    assert_eq!(subscales.push(score(SubscaleId::Helplessness, 0)), None);
    let stored: Vec<SubscaleScore> = subscales.iter().collect();
    assert_eq!(
        stored,
        [
            score(SubscaleId::Severity, 267),
            score(SubscaleId::Interference, -5),
            score(SubscaleId::Rumination, 32_767),
        ]
    );
}

/// Any fixed-answer instrument, with answers in range: complete (where the fast path applies)
/// or with about one in six missing (where it must decline); an NRS gets a recall period.
fn any_response(complete: bool) -> impl Strategy<Value = Response> {
    let ids: Vec<InstrumentId> = InstrumentId::ALL
        .into_iter()
        .filter(|id| id.is_fixed_response())
        .collect();
    proptest::sample::select(ids).prop_flat_map(move |id| {
        let definition = id.definition();
        let n = definition.item_count();
        let answers =
            proptest::collection::vec(definition.answer_min()..=definition.answer_max(), n);
        // One in six unanswered, unless complete.
        let dice = proptest::collection::vec(0_u8..6, n);
        (answers, dice).prop_map(move |(answers, dice)| {
            let answers: Vec<Option<u8>> = answers
                .into_iter()
                .zip(dice)
                .map(|(answer, die)| (complete || die > 0).then_some(answer))
                .collect();
            if id == InstrumentId::Nrs {
                Response::nrs(answers.first().copied().flatten(), RecallPeriod::PastWeek)
            } else {
                Response::new(id, &answers)
            }
            .unwrap()
        })
    })
}

fn any_options() -> impl Strategy<Value = ScoringOptions> {
    (
        prop_oneof![
            Just(MissingPolicy::RequireAll),
            (1_u8..=4).prop_map(|max_missing| MissingPolicy::Prorate { max_missing }),
        ],
        0_u8..=9,
    )
        .prop_map(|(missing, odi)| ScoringOptions::new(missing, odi).unwrap())
}

fn check(response: &Response, options: &ScoringOptions) -> Result<(), TestCaseError> {
    let definition = response.definition();
    let general = score_general(response, definition, options);
    match score_complete_sum(response, definition, options) {
        Some(fast) => prop_assert_eq!(Ok(fast), general),
        // Declined only where it does not apply.
        None => prop_assert!(
            !WholeSumPlan::of(response.instrument()).applies() || response.missing_count() > 0
        ),
    }
    // The entry point gives the general path's answer, whichever path it took.
    prop_assert_eq!(
        score(response, options),
        score_general(response, definition, options)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn fast_path_gives_the_general_score(response in any_response(true), options in any_options()) {
        check(&response, &options)?;
    }

    #[test]
    fn fast_path_declines_incomplete_responses(response in any_response(false), options in any_options()) {
        // The fast path reports declining by returning `None`: it must for every response with an
        // unanswered item, whatever the options (the general path handles missing items).
        if response.missing_count() > 0 {
            prop_assert_eq!(score_complete_sum(&response, response.definition(), &options), None);
        }
        check(&response, &options)?;
    }

    /// What the reader checks (reachable totals, provenance, subscales) never refuses a
    /// real score, complete, prorated or with a reduced denominator.
    #[test]
    fn every_score_reads_back_from_its_json(
        response in any::<bool>().prop_flat_map(any_response),
        options in any_options(),
    ) {
        if let Ok(score) = score(&response, &options) {
            let json = serde_json::to_value(score).unwrap();
            let read = serde_json::from_value::<Score>(json).map_err(|e| e.to_string());
            prop_assert_eq!(read, Ok(score));
        }
    }
}

/// `score` with the JSON field `field` replaced by `value` (which must exist) is refused.
fn refused(score: &Score, field: &str, value: serde_json::Value) -> bool {
    refusal(score, |json| {
        assert!(json.get(field).is_some(), "{field}");
        json[field] = value;
    })
    .is_some()
}

#[test]
fn provenance_that_no_scoring_gives_is_refused() {
    // GAD-7, item 3 unanswered, prorated under "at most 1 missing".
    let mut answers = [Some(1); 7];
    answers[2] = None;
    let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
    let prorated = Response::new(InstrumentId::Gad7, &answers)
        .unwrap()
        .score_with(&options)
        .unwrap();
    assert!(!refused(&prorated, "missing_items", json!([3])));
    assert!(refused(&prorated, "missing_items", json!([2, 3])));
    assert!(refused(&prorated, "missing_items", json!([3, 3])));
    assert!(refused(&prorated, "missing_items", json!([])));
    // BPI-SF: "mean of answered" needs an unanswered interference item.
    let bpi = Response::new(InstrumentId::BpiSf, &[Some(5); 11])
        .unwrap()
        .score()
        .unwrap();
    assert!(refused(&bpi, "missing_handling", json!("mean_of_answered")));
}

#[test]
fn a_total_prorated_from_no_answer_is_refused_even_when_the_options_allow_it() {
    let disagree = |score: &Score, missing: serde_json::Value, max_missing: u8| {
        refusal(score, |json| {
            json["missing_items"] = missing;
            json["options"]["missing"]["max_missing"] = json!(max_missing);
        })
        .is_some_and(|m| m.contains("missing items, handling and options disagree"))
    };
    // GAD-7 with every item unanswered, under "at most 7 (or 8) missing".
    let mut answers = [Some(1); 7];
    answers[2] = None;
    let options = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
    let gad7 = Response::new(InstrumentId::Gad7, &answers)
        .unwrap()
        .score_with(&options)
        .unwrap();
    assert!(disagree(&gad7, json!([1, 2, 3, 4, 5, 6, 7]), 7));
    assert!(disagree(&gad7, json!([1, 2, 3, 4, 5, 6, 7]), 8));
    // BPI-SF with all four severity items unanswered, under "at most 4 missing".
    let mut answers = [Some(5); 11];
    answers[0] = None;
    let bpi = Response::new(InstrumentId::BpiSf, &answers)
        .unwrap()
        .score_with(&options)
        .unwrap();
    assert!(bpi.is_prorated());
    assert!(disagree(&bpi, json!([1, 2, 3, 4]), 4));
}

/// Read back beside the property above, which mutation runs sample thinly (16 cases): one
/// score of every missing-item rule and of every mean or percentage total at its top.
#[test]
fn every_provenance_and_the_top_totals_read_back() {
    let reads_back = |id, answers: &[Option<u8>], options: &ScoringOptions| {
        let score = Response::new(id, answers)
            .unwrap()
            .score_with(options)
            .unwrap();
        let json = serde_json::to_value(score).unwrap();
        assert_eq!(
            serde_json::from_value::<Score>(json).unwrap(),
            score,
            "{id:?}"
        );
        score
    };
    let lenient = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
    let default = ScoringOptions::DEFAULT;
    assert_eq!(
        reads_back(InstrumentId::Peg3, &[Some(10); 3], &default)
            .total()
            .unwrap(),
        Decimal::from_int(10)
    );
    assert_eq!(
        reads_back(InstrumentId::BpiSf, &[Some(10); 11], &default)
            .total()
            .unwrap(),
        Decimal::from_int(10)
    );
    let mut bpi = [Some(8); 11];
    bpi[0] = None;
    assert!(reads_back(InstrumentId::BpiSf, &bpi, &lenient).is_prorated());
    let mut bpi = [Some(8); 11];
    bpi[6] = None;
    assert_eq!(
        reads_back(InstrumentId::BpiSf, &bpi, &default).subscale_handlings(),
        [MissingHandling::Complete, MissingHandling::MeanOfAnswered]
    );
    // Severity incomplete by the default policy: no total, interference still scored.
    let mut bpi = [Some(8); 11];
    bpi[1] = None;
    assert_eq!(
        reads_back(InstrumentId::BpiSf, &bpi, &default).missing_handling(),
        MissingHandling::NotScored
    );
    // Four interference items unanswered: too few for that mean, severity alone is scored.
    let mut bpi = [Some(8); 11];
    bpi[4..8].fill(None);
    let severity_only = reads_back(InstrumentId::BpiSf, &bpi, &default);
    assert_eq!(severity_only.subscale(SubscaleId::Interference), None);
    assert_eq!(severity_only.subscales().len(), 1);
    // A subscale the answers allow cannot be left out.
    assert!(refused(&severity_only, "subscales", json!([])));
    let mut odi = [Some(5); 10];
    odi[9] = None;
    let odi = reads_back(InstrumentId::Odi, &odi, &default);
    assert_eq!(odi.missing_handling(), MissingHandling::ReducedDenominator);
    assert_eq!(odi.total().unwrap(), Decimal::from_int(100));
    let mut pcs = [Some(4); 13];
    pcs[0] = None;
    let pcs = reads_back(InstrumentId::Pcs, &pcs, &lenient);
    assert!(pcs.is_prorated());
    // Item 1 is a helplessness item: that subscale is not computed, the others are.
    assert_eq!(pcs.subscale(SubscaleId::Helplessness), None);
    assert_eq!(
        pcs.subscale(SubscaleId::Rumination),
        Some(Decimal::from_int(16))
    );
    assert_eq!(pcs.subscales().len(), 2);
    // More unanswered than the options allow is refused on read.
    let mut bpi = [Some(8); 11];
    bpi[0] = None;
    let prorated = Response::new(InstrumentId::BpiSf, &bpi)
        .unwrap()
        .score_with(&lenient)
        .unwrap();
    assert!(refused(&prorated, "missing_items", json!([1, 2])));
    assert!(refused(&odi, "missing_items", json!([9, 10])));
}

/// The BPI-SF interference subscale must carry its own handling (complete when its 7 items are
/// answered) *and* a value some answers give (a mean of 7 whole answers): each alone is refused.
#[test]
fn an_interference_subscale_needs_its_own_handling_and_a_reachable_value() {
    // Every answer 5: severity 5 and interference 35/7 = 5, both complete.
    let bpi = Response::new(InstrumentId::BpiSf, &[Some(5); 11])
        .unwrap()
        .score()
        .unwrap();
    let json = serde_json::to_value(bpi).unwrap();
    assert_eq!(json["subscales"][1]["subscale"], json!("interference"));
    let reason = |field: &str, value: serde_json::Value| {
        refusal(&bpi, |json| {
            assert!(json["subscales"][1].get(field).is_some(), "{field}");
            json["subscales"][1][field] = value;
        })
    };
    let inconsistent = Some(
        "BPI-SF score is inconsistent: subscales do not match the answered items or the total",
    );
    // A reachable value (5) under another item's handling.
    assert_eq!(
        reason("missing_handling", json!("mean_of_answered")).as_deref(),
        inconsistent
    );
    // The right handling, and a value no 7 whole answers give (35/7 = 5, 36/7 = 5.14).
    assert_eq!(reason("value", json!(5.01)).as_deref(), inconsistent);
    assert_eq!(reason("value", json!(5.14)), None);
}

#[test]
fn subscales_at_their_maximum_read_back_and_beyond_it_are_refused() {
    // PCS, every answer 4: rumination 16, magnification 12, helplessness 24, total 52.
    let top = Response::new(InstrumentId::Pcs, &[Some(4); 13])
        .unwrap()
        .score()
        .unwrap();
    let json = serde_json::to_value(top).unwrap();
    assert_eq!(serde_json::from_value::<Score>(json.clone()).unwrap(), top);
    assert_eq!(json["subscales"][0]["value"], json!(16));
    let mut beyond = json.clone();
    beyond["subscales"][0]["value"] = json!(17);
    assert_eq!(
        serde_json::from_value::<Score>(beyond)
            .unwrap_err()
            .to_string(),
        "PCS score is inconsistent: subscale outside its range"
    );
}

#[test]
fn fast_path_covers_every_whole_sum_instrument_without_subscales() {
    // Every fixed instrument, all answers at the minimum and at the maximum: the fast path
    // applies exactly to single, sum and count scoring without subscales.
    for id in InstrumentId::ALL
        .into_iter()
        .filter(|id| id.is_fixed_response())
    {
        let definition = id.definition();
        for value in [definition.answer_min(), definition.answer_max()] {
            let response = if id == InstrumentId::Nrs {
                Response::nrs(Some(value), RecallPeriod::Now).unwrap()
            } else {
                Response::new(id, &vec![Some(value); definition.item_count()]).unwrap()
            };
            let options = ScoringOptions::DEFAULT;
            let expected = matches!(
                definition.scoring(),
                ScoringMethod::Single | ScoringMethod::Sum | ScoringMethod::Count
            ) && definition.subscales().is_empty();
            let fast = score_complete_sum(&response, definition, &options);
            assert_eq!(fast.is_some(), expected, "{id:?}");
            if let Some(fast) = fast {
                assert_eq!(
                    Ok(fast),
                    score_general(&response, definition, &options),
                    "{id:?}"
                );
            }
        }
    }
}

#[test]
fn totals_that_no_answers_give_are_refused() {
    let unreachable = |score: Score, total: serde_json::Value| {
        let message = refusal(&score, |json| json["total"] = total);
        assert!(
            message
                .as_deref()
                .is_some_and(|m| m.contains("no set of answers gives this total")),
            "{:?}: {message:?}",
            score.instrument()
        );
    };
    let lenient = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 1 }, 1).unwrap();
    // PEG-3, item 1 unanswered: a mean of two answers is k/2, never 4.25 (which k/4 would give).
    let peg = Response::new(InstrumentId::Peg3, &[None, Some(4), Some(5)])
        .unwrap()
        .score_with(&lenient)
        .unwrap();
    assert_eq!(peg.total().unwrap(), Decimal::from_hundredths(450).unwrap());
    unreachable(peg, json!(4.25));
    // BPI-SF severity: a mean of four answers is k/4, never 5.33.
    let bpi = Response::new(InstrumentId::BpiSf, &[Some(5); 11])
        .unwrap()
        .score()
        .unwrap();
    unreachable(bpi, json!(5.33));
    // Item 1 unanswered, prorated: the mean of the other three, 16/3 = 5.33, reads back.
    let mut answers = [Some(5); 11];
    answers[0] = None;
    answers[3] = Some(6);
    let three = Response::new(InstrumentId::BpiSf, &answers)
        .unwrap()
        .score_with(&lenient)
        .unwrap();
    assert_eq!(
        three.total().unwrap(),
        Decimal::from_hundredths(533).unwrap()
    );
    assert_eq!(refusal(&three, |_| {}), None);
    // ODI, ten sections answered: 100 × sum / 50 is even, never 59 (same band as 60).
    let odi = Response::new(InstrumentId::Odi, &[Some(3); 10])
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(odi.total().unwrap(), Decimal::from_int(60));
    unreachable(odi, json!(59));
}

#[test]
fn a_score_without_its_band_field_is_refused_as_its_schema_does() {
    // Found by the robustness property at 3,000 cases: serde read an absent `band` as `null`,
    // while the schema requires the key. `"band": null` stays valid for instruments without bands.
    let promis = Response::new(InstrumentId::PromisAnxiety8a, &[Some(3); 8])
        .unwrap()
        .score()
        .unwrap();
    assert_eq!(promis.band(), None);
    assert_eq!(refusal(&promis, |_| {}), None);
    let message = refusal(&promis, |json| {
        json.as_object_mut().unwrap().remove("band");
    });
    assert!(
        message
            .as_deref()
            .is_some_and(|m| m.contains("missing field `band`")),
        "{message:?}"
    );
}

impl Score {
    /// The handling of each subscale, in order (test helper).
    fn subscale_handlings(&self) -> Vec<MissingHandling> {
        self.subscales().map(|s| s.missing_handling()).collect()
    }
}
