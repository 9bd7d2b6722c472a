//! Strategies for the `instruments` types.

use proptest::prelude::*;

use super::*;

/// Any valid [`Response`](crate::instruments::Response) to `id` (a fixed-answer instrument): every
/// answer in range, about one in six missing; an NRS gets a recall period.
pub fn response_for(
    id: crate::instruments::InstrumentId,
) -> impl Strategy<Value = crate::instruments::Response> {
    use crate::instruments::{RecallPeriod, Response};
    let definition = id.definition();
    let answer =
        proptest::option::weighted(0.85, definition.answer_min()..=definition.answer_max());
    (
        proptest::collection::vec(answer, definition.item_count()),
        prop_oneof![
            Just(RecallPeriod::Now),
            Just(RecallPeriod::Past24Hours),
            Just(RecallPeriod::PastWeek)
        ],
    )
        .prop_filter_map("valid", move |(answers, recall)| {
            if id == crate::instruments::InstrumentId::Nrs {
                Response::nrs(answers.first().copied().flatten(), recall).ok()
            } else {
                Response::new(id, &answers).ok()
            }
        })
}

/// Any fixed-answer instrument id.
pub fn fixed_instrument_id() -> impl Strategy<Value = crate::instruments::InstrumentId> {
    proptest::sample::select(
        crate::instruments::InstrumentId::ALL
            .into_iter()
            .filter(|id| id.is_fixed_response())
            .collect::<Vec<_>>(),
    )
}

/// Any valid [`Response`](crate::instruments::Response) to any fixed-answer instrument.
pub fn response() -> impl Strategy<Value = crate::instruments::Response> {
    fixed_instrument_id().prop_flat_map(response_for)
}

/// Any [`ScoringOptions`](crate::instruments::ScoringOptions).
pub fn scoring_options() -> impl Strategy<Value = crate::instruments::ScoringOptions> {
    use crate::instruments::{MissingPolicy, ScoringOptions};
    (
        prop_oneof![
            Just(MissingPolicy::RequireAll),
            (1_u8..=4).prop_map(|max_missing| MissingPolicy::Prorate { max_missing }),
        ],
        0_u8..=9,
    )
        .prop_filter_map("valid", |(missing, odi)| {
            ScoringOptions::new(missing, odi).ok()
        })
}

/// Any [`Score`](crate::instruments::Score): a generated response scored under generated options
/// (responses that cannot be scored under those options are skipped).
pub fn score() -> impl Strategy<Value = crate::instruments::Score> {
    (response(), scoring_options()).prop_filter_map("scorable", |(response, options)| {
        response.score_with(&options).ok()
    })
}

/// Any valid [`AttributionResponse`](crate::instruments::AttributionResponse).
pub fn attribution_response() -> impl Strategy<Value = crate::instruments::AttributionResponse> {
    use crate::instruments::{AttributionCategory, AttributionResponse, CodedCause};
    let category = proptest::option::of(prop_oneof![
        Just(AttributionCategory::Peripheral),
        Just(AttributionCategory::MindBrain)
    ]);
    (
        proptest::option::of(rating()),
        proptest::option::of(rating()),
        proptest::option::of(rating()),
        proptest::collection::vec(
            (note(), category).prop_map(|(text, c)| CodedCause::new(text, c)),
            0..=6,
        ),
    )
        .prop_filter_map("valid", |(s, m, r, causes)| {
            AttributionResponse::new(s, m, r, causes).ok()
        })
}

/// Any instrument id, fixed-answer or not.
pub fn instrument_id() -> impl Strategy<Value = crate::instruments::InstrumentId> {
    proptest::sample::select(crate::instruments::InstrumentId::ALL.to_vec())
}

/// The summary of any valid attribution response.
pub fn attribution_summary() -> impl Strategy<Value = crate::instruments::AttributionSummary> {
    attribution_response().prop_map(|response| response.summary())
}
