//! Proptest strategies that generate valid values of the crate's types, for testing apps that embed
//! it (enabled by the `proptest` feature).
//!
//! Every strategy yields only values the constructors accept, so a property test of an app's own code
//! exercises realistic inputs:
//!
//! ```
//! use pain_reprocessing::testing;
//! use proptest::prelude::*;
//!
//! proptest!(|(pain in testing::rating(), share in testing::percentage())| {
//!     prop_assert!(pain.value() <= 10);
//!     prop_assert!(share.value().hundredths() <= 10_000);
//! });
//! ```

use proptest::prelude::*;

use crate::id::MAX_ID_CHARS;
use crate::{ClinicianId, Decimal, Note, PatientId, Percentage, ProgramId, Rating, SessionId};

/// Any [`Decimal`] in ±1,000,000.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    (-100_000_000_i64..=100_000_000)
        .prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok())
}

/// Any [`Rating`] 0-10.
pub fn rating() -> impl Strategy<Value = Rating> {
    (0_u8..=10).prop_filter_map("in range", |v| Rating::new(v).ok())
}

/// Any [`Percentage`] 0-100 with two decimals.
pub fn percentage() -> impl Strategy<Value = Percentage> {
    (0_i64..=10_000).prop_filter_map("in range", |h| {
        Decimal::from_hundredths(h)
            .ok()
            .and_then(|d| Percentage::new(d).ok())
    })
}

/// Text that is a valid identifier: 1-64 characters, no control characters, any script.
pub fn identifier_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        any::<char>().prop_filter("not a control", |c| !c.is_control()),
        1..=MAX_ID_CHARS,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// Any [`PatientId`].
pub fn patient_id() -> impl Strategy<Value = PatientId> {
    identifier_text().prop_filter_map("valid", |s| PatientId::new(s).ok())
}

/// Any [`ClinicianId`].
pub fn clinician_id() -> impl Strategy<Value = ClinicianId> {
    identifier_text().prop_filter_map("valid", |s| ClinicianId::new(s).ok())
}

/// Any [`ProgramId`].
pub fn program_id() -> impl Strategy<Value = ProgramId> {
    identifier_text().prop_filter_map("valid", |s| ProgramId::new(s).ok())
}

/// Any [`SessionId`].
pub fn session_id() -> impl Strategy<Value = SessionId> {
    identifier_text().prop_filter_map("valid", |s| SessionId::new(s).ok())
}

/// Any [`Note`]: up to a few hundred characters, with line breaks; the full length range is covered
/// by unit tests rather than generated.
pub fn note() -> impl Strategy<Value = Note> {
    proptest::collection::vec(
        prop_oneof![
            8 => any::<char>().prop_filter("not a control", |c| !c.is_control()),
            1 => prop_oneof![Just('\n'), Just('\t'), Just('\r')],
        ],
        1..300,
    )
    .prop_filter_map("valid", |chars| {
        Note::new(chars.into_iter().collect::<String>()).ok()
    })
}

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
