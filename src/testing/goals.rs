//! Strategies for the `goals` types.

use proptest::prelude::*;

use super::*;

use crate::goals::{GoalEntry, GoalId, GoalMeasure, GoalStatus, TreatmentGoal};
use crate::instruments::InstrumentId;

/// Any [`GoalId`].
pub fn goal_id() -> impl Strategy<Value = GoalId> {
    identifier_text().prop_filter_map("valid", |s| GoalId::new(s).ok())
}

/// Any goal status.
pub fn goal_status() -> impl Strategy<Value = GoalStatus> {
    proptest::sample::select(GoalStatus::ALL.to_vec())
}

/// Any valid [`GoalMeasure`]; instrument targets lie in the instrument's range.
pub fn goal_measure() -> impl Strategy<Value = GoalMeasure> {
    prop_oneof![
        (rating(), any::<bool>()).prop_map(|(target, better)| GoalMeasure::rating(target, better)),
        (0_u16..=100).prop_filter_map("valid", |t| GoalMeasure::count_per_week(t).ok()),
        (0_u16..=10_080).prop_filter_map("valid", |t| GoalMeasure::minutes_per_week(t).ok()),
        proptest::sample::select(InstrumentId::ALL.to_vec()).prop_flat_map(|instrument| {
            let definition = instrument.definition();
            (definition.score_min().hundredths()..=definition.score_max().hundredths())
                .prop_filter_map("valid", move |h| {
                    Decimal::from_hundredths(h)
                        .ok()
                        .and_then(|target| GoalMeasure::instrument_score(instrument, target).ok())
                })
        }),
    ]
}

/// A value that fits `measure`'s range (whole where the measure counts whole numbers).
pub fn goal_value(measure: GoalMeasure) -> impl Strategy<Value = Decimal> {
    let (min, max, whole) = measure.range();
    (min.hundredths()..=max.hundredths()).prop_filter_map("fits", move |h| {
        let h = if whole { h - h.rem_euclid(100) } else { h };
        Decimal::from_hundredths(h.max(min.hundredths())).ok()
    })
}

/// Any valid [`TreatmentGoal`] with up to a dozen entries, sometimes closed by a terminal status.
pub fn treatment_goal() -> impl Strategy<Value = TreatmentGoal> {
    (
        goal_id(),
        note(),
        day(),
        0_u64..=365,
        goal_measure(),
        proptest::option::of(1_u16..=200),
    )
        .prop_flat_map(|(id, activity, set_on, due_in, measure, session)| {
            let entries = proptest::collection::vec(
                (
                    0_u64..=30,
                    goal_status(),
                    proptest::option::of(goal_value(measure)),
                    proptest::option::of(note()),
                ),
                0..12,
            );
            (
                Just((id, activity, set_on, due_in, measure, session)),
                entries,
            )
        })
        .prop_filter_map(
            "valid",
            |((id, activity, set_on, due_in, measure, session), entries)| {
                let mut goal =
                    TreatmentGoal::new(id, activity, set_on, measure, plus(set_on, due_in)).ok()?;
                if let Some(session) = session {
                    goal = goal.set_at_session(session).ok()?;
                }
                let mut on = set_on;
                for (gap, status, value, note) in entries {
                    if goal.is_closed() {
                        break;
                    }
                    on = plus(on, gap);
                    let mut entry = GoalEntry::new(on, status);
                    if let Some(value) = value {
                        entry = entry.with_value(value);
                    }
                    if let Some(note) = note {
                        entry = entry.with_note(note);
                    }
                    goal.record(entry).ok()?;
                }
                Some(goal)
            },
        )
}
