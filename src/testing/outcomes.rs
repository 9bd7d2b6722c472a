//! Strategies for the `outcomes` types.

use proptest::prelude::*;

use super::*;
use crate::Direction;
use crate::outcomes::{
    Administration, Change, CohortSummary, InstrumentKey, Mcid, McidRule, Measurement, Population,
    Reliability, ResponderContext, ResponderDefinition, Timepoint, Trajectory,
};

/// Any [`InstrumentKey`].
pub fn instrument_key() -> impl Strategy<Value = InstrumentKey> {
    "[a-z0-9][a-z0-9_-]{0,63}".prop_filter_map("valid", |s| InstrumentKey::new(s).ok())
}

/// Either [`Direction`].
pub fn direction() -> impl Strategy<Value = Direction> {
    prop_oneof![
        Just(Direction::HigherIsWorse),
        Just(Direction::HigherIsBetter)
    ]
}

/// Any [`Timepoint`]: baseline, post-treatment or a follow-up of 1-120 months.
pub fn timepoint() -> impl Strategy<Value = Timepoint> {
    prop_oneof![
        Just(Timepoint::Baseline),
        Just(Timepoint::PostTreatment),
        (1_u16..=120).prop_filter_map("in range", |m| Timepoint::follow_up(m).ok()),
    ]
}

/// A score value in ±10,000 with two decimals, often a whole 0-10 rating.
pub fn score_value() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0_i32..=10).prop_map(Decimal::from_int),
        (-1_000_000_i64..=1_000_000)
            .prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok()),
    ]
}

/// A measured value: a score value, or a research value in ±10,000 with four decimals (a mean of
/// eight answers, 4.375).
pub fn outcome_value() -> impl Strategy<Value = MeasuredValue> {
    prop_oneof![
        score_value().prop_map(MeasuredValue::from),
        (-100_000_000_i64..=100_000_000)
            .prop_filter_map("in range", |t| MeasuredValue::from_ten_thousandths(t).ok()),
    ]
}

/// Any [`Measurement`].
pub fn measurement() -> impl Strategy<Value = Measurement> {
    (instrument_key(), 1_u16..=5, outcome_value(), direction()).prop_map(
        |(key, version, value, direction)| Measurement::new(key, version, value, direction),
    )
}

/// Any [`Change`]: two values of one instrument, rule version and direction.
pub fn change() -> impl Strategy<Value = Change> {
    (measurement(), outcome_value()).prop_filter_map("comparable", |(baseline, value)| {
        let current = Measurement::new(
            baseline.instrument().clone(),
            baseline.rule_version(),
            value,
            baseline.direction(),
        );
        Change::between(&baseline, &current).ok()
    })
}

fn positive_decimal() -> impl Strategy<Value = Decimal> {
    (1_i64..=100_000).prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok())
}

fn percent_threshold() -> impl Strategy<Value = Decimal> {
    (1_i64..=10_000).prop_filter_map("in range", |h| Decimal::from_hundredths(h).ok())
}

/// Any [`Mcid`].
pub fn mcid() -> impl Strategy<Value = Mcid> {
    (
        proptest::option::of(positive_decimal()),
        proptest::option::of(percent_threshold()),
        prop_oneof![Just(McidRule::Either), Just(McidRule::Both)],
        "[ -~]{1,40}",
    )
        .prop_filter_map("valid", |(points, percent, rule, source)| {
            Mcid::new(points, percent, rule, source).ok()
        })
}

/// Any [`Reliability`].
pub fn reliability() -> impl Strategy<Value = Reliability> {
    prop_oneof![
        positive_decimal().prop_filter_map("valid", |sem| Reliability::sem(sem).ok()),
        (positive_decimal(), 0_i64..=99).prop_filter_map("valid", |(sd, r)| {
            Reliability::sd_and_reliability(sd, Decimal::from_hundredths(r).ok()?).ok()
        }),
    ]
}

/// Any [`Population`].
pub fn population() -> impl Strategy<Value = Population> {
    (score_value(), positive_decimal())
        .prop_filter_map("valid", |(mean, sd)| Population::new(mean, sd).ok())
}

/// Any [`ResponderDefinition`].
pub fn responder_definition() -> impl Strategy<Value = ResponderDefinition> {
    prop_oneof![
        Just(ResponderDefinition::PainFreeOrNearly),
        Just(ResponderDefinition::percent_reduction_30()),
        Just(ResponderDefinition::percent_reduction_50()),
        percent_threshold()
            .prop_filter_map("valid", |p| ResponderDefinition::percent_reduction(p).ok()),
        Just(ResponderDefinition::McidReached),
        Just(ResponderDefinition::ReliableImprovement),
        score_value().prop_map(|value| ResponderDefinition::AtMost { value }),
        score_value().prop_map(|value| ResponderDefinition::AtLeast { value }),
    ]
}

/// Administrations at distinct timepoints with strictly increasing dates; baseline present
/// about four times in five.
pub fn administrations() -> impl Strategy<Value = Vec<Administration>> {
    (
        proptest::bool::weighted(0.8),
        proptest::collection::btree_set(timepoint(), 0..6),
        proptest::collection::vec((1_u64..60, outcome_value()), 7),
    )
        .prop_map(|(with_baseline, mut points, steps)| {
            if with_baseline {
                points.insert(Timepoint::Baseline);
            } else {
                points.remove(&Timepoint::Baseline);
            }
            let mut date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
            points
                .into_iter()
                .zip(steps)
                .map(|(timepoint, (gap, value))| {
                    date = date
                        .checked_add_days(chrono::Days::new(gap))
                        .unwrap_or(date);
                    Administration::new(timepoint, date, value)
                })
                .collect()
        })
}

/// Any [`Trajectory`] of `instrument`, rule version 1, improving in `direction`.
pub fn trajectory_of(
    instrument: InstrumentKey,
    direction: Direction,
) -> impl Strategy<Value = Trajectory> {
    administrations().prop_filter_map("valid", move |admins| {
        Trajectory::new(instrument.clone(), 1, direction, admins).ok()
    })
}

/// Any [`Trajectory`].
pub fn trajectory() -> impl Strategy<Value = Trajectory> {
    (instrument_key(), direction()).prop_flat_map(|(key, direction)| trajectory_of(key, direction))
}

/// A cohort of 0-30 trajectories of one instrument.
pub fn cohort() -> impl Strategy<Value = Vec<Trajectory>> {
    (instrument_key(), direction()).prop_flat_map(|(key, direction)| {
        proptest::collection::vec(trajectory_of(key, direction), 0..30)
    })
}

/// Any [`CohortSummary`], summarized from a generated cohort at its observed timepoints and
/// post-treatment.
pub fn cohort_summary() -> impl Strategy<Value = CohortSummary> {
    (cohort(), responder_definition(), mcid(), reliability()).prop_filter_map(
        "summarizable",
        |(cohort, definition, mcid, reliability)| {
            let mut points = CohortSummary::observed_timepoints(&cohort);
            points.push(Timepoint::PostTreatment);
            let context = ResponderContext {
                mcid: Some(&mcid),
                reliability: Some(&reliability),
            };
            CohortSummary::summarize(&cohort, &points, &definition, &context).ok()
        },
    )
}
