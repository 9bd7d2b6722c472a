//! Strategies for the `goals`, `care` and `resources` types and somatic-tracking detail.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::*;

use crate::care::{CareKind, CareLog, ConcurrentTreatment, DoseChange, DoseDirection};
use crate::exercises::{EmotionTag, Sensation, SensationShift, SomaticTracking, TrackedRegion};
use crate::goals::{GoalEntry, GoalId, GoalMeasure, GoalStatus, TreatmentGoal};
use crate::instruments::InstrumentId;
use crate::intake::{BodyRegion, Side};
use crate::resources::{
    Engagement, Resource, ResourceAssignment, ResourceId, ResourceKind, ResourcePlan,
};

/// `day` plus `days`, or `day` itself past chrono's range (strategies never panic).
fn plus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap_or(day)
}

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

/// Any concurrent-care kind.
pub fn care_kind() -> impl Strategy<Value = CareKind> {
    prop_oneof![
        any::<bool>().prop_map(|opioid| CareKind::Medication { opioid }),
        proptest::sample::select(vec![
            CareKind::PhysicalTherapy,
            CareKind::Acupuncture,
            CareKind::Massage,
            CareKind::Yoga,
            CareKind::OtherPsychotherapy,
            CareKind::Other,
        ]),
    ]
}

/// Any valid [`ConcurrentTreatment`]: ongoing or stopped, with up to five dose changes in order.
pub fn concurrent_treatment() -> impl Strategy<Value = ConcurrentTreatment> {
    (
        care_kind(),
        proptest::option::of(note()),
        day(),
        proptest::collection::vec(
            (0_u64..=60, any::<bool>(), proptest::option::of(note())),
            0..5,
        ),
        proptest::option::of(0_u64..=400),
    )
        .prop_filter_map("valid", |(kind, label, start, changes, stop_after)| {
            let mut treatment = ConcurrentTreatment::new(kind, start);
            if let Some(label) = label {
                treatment = treatment.with_label(label);
            }
            let mut on = start;
            for (gap, up, note) in changes {
                on = plus(on, gap);
                let direction = if up {
                    DoseDirection::Increased
                } else {
                    DoseDirection::Decreased
                };
                let mut change = DoseChange::new(on, direction);
                if let Some(note) = note {
                    change = change.with_note(note);
                }
                treatment.record_dose_change(change).ok()?;
            }
            match stop_after {
                Some(days) => treatment.stopped(plus(on, days)).ok(),
                None => Some(treatment),
            }
        })
}

/// Any valid [`CareLog`] of up to six treatments.
pub fn care_log() -> impl Strategy<Value = CareLog> {
    proptest::collection::vec(concurrent_treatment(), 0..6)
        .prop_filter_map("valid", |treatments| CareLog::new(treatments).ok())
}

/// Any [`ResourceId`].
pub fn resource_id() -> impl Strategy<Value = ResourceId> {
    identifier_text().prop_filter_map("valid", |s| ResourceId::new(s).ok())
}

/// Any valid library [`Resource`].
pub fn resource() -> impl Strategy<Value = Resource> {
    (
        resource_id(),
        proptest::sample::select(vec![
            ResourceKind::Article,
            ResourceKind::Video,
            ResourceKind::Audio,
            ResourceKind::Worksheet,
            ResourceKind::SelfHelpTool,
        ]),
        "[A-Za-z][A-Za-z0-9 ,.'-]{0,80}",
        proptest::collection::btree_set(prt_component(), 1..=5),
        prop_oneof![
            "https://[a-z]{1,20}\\.example/[a-z0-9/]{0,40}",
            identifier_text()
        ],
        1_u16..=240,
    )
        .prop_filter_map(
            "valid",
            |(id, kind, title, components, locator, minutes)| {
                Resource::new(id, kind, title, components, locator, minutes).ok()
            },
        )
}

/// Engagement entries in date order starting on or after `from`.
fn engagement_from(from: NaiveDate) -> impl Strategy<Value = Vec<Engagement>> {
    proptest::collection::vec((0_u64..=10, 0_u8..3, rating()), 0..8).prop_map(move |raw| {
        let mut on = from;
        raw.into_iter()
            .map(|(gap, kind, rating)| {
                on = plus(on, gap);
                match kind {
                    0 => Engagement::Opened { on },
                    1 => Engagement::Completed { on },
                    _ => Engagement::RatedHelpful { on, rating },
                }
            })
            .collect()
    })
}

/// Any valid [`ResourceAssignment`] for `resource`.
pub fn resource_assignment_of(resource: ResourceId) -> impl Strategy<Value = ResourceAssignment> {
    (day(), 0_u64..=60)
        .prop_flat_map(move |(assigned_on, due_in)| {
            (
                Just((resource.clone(), assigned_on, due_in)),
                engagement_from(assigned_on),
            )
        })
        .prop_filter_map("valid", |((resource, assigned_on, due_in), engagement)| {
            let mut assignment =
                ResourceAssignment::new(resource, assigned_on, plus(assigned_on, due_in)).ok()?;
            for entry in engagement {
                assignment.record(entry).ok()?;
            }
            Some(assignment)
        })
}

/// Any valid [`ResourceAssignment`].
pub fn resource_assignment() -> impl Strategy<Value = ResourceAssignment> {
    resource_id().prop_flat_map(resource_assignment_of)
}

/// Any valid [`ResourcePlan`] of up to six assignments of distinct resources.
pub fn resource_plan() -> impl Strategy<Value = ResourcePlan> {
    proptest::collection::btree_set(resource_id(), 0..6)
        .prop_flat_map(|ids| {
            ids.into_iter()
                .map(resource_assignment_of)
                .collect::<Vec<_>>()
        })
        .prop_filter_map("valid", |assignments| {
            let mut plan = ResourcePlan::default();
            for assignment in assignments {
                plan.assign(assignment).ok()?;
            }
            Some(plan)
        })
}

/// Any valid [`TrackedRegion`].
pub fn tracked_region() -> impl Strategy<Value = TrackedRegion> {
    (
        proptest::sample::select(BodyRegion::ALL.to_vec()),
        proptest::option::of(proptest::sample::select(Side::ALL.to_vec())),
        proptest::collection::btree_set(proptest::sample::select(Sensation::ALL.to_vec()), 1..=4),
        rating(),
        proptest::sample::select(vec![
            SensationShift::Moved,
            SensationShift::Eased,
            SensationShift::Intensified,
            SensationShift::Unchanged,
        ]),
        rating(),
        proptest::collection::btree_set(
            proptest::sample::select(vec![
                EmotionTag::Fear,
                EmotionTag::Anger,
                EmotionTag::Sadness,
                EmotionTag::Calm,
                EmotionTag::MemoryOfInjury,
                EmotionTag::ChildhoodMemory,
                EmotionTag::Other,
            ]),
            0..=3,
        ),
        proptest::option::of(note()),
    )
        .prop_filter_map(
            "valid",
            |(region, side, sensations, intensity, shift, threat, emotions, note)| {
                let mut tracked =
                    TrackedRegion::new(region, sensations, intensity, shift, threat).ok()?;
                if let Some(side) = side {
                    tracked = tracked.on_side(side);
                }
                tracked = tracked.with_emotions(emotions);
                if let Some(note) = note {
                    tracked = tracked.with_note(note);
                }
                Some(tracked)
            },
        )
}

/// Any valid [`SomaticTracking`] of one to four distinct regions.
pub fn somatic_tracking() -> impl Strategy<Value = SomaticTracking> {
    proptest::collection::vec(tracked_region(), 1..=4).prop_filter_map("distinct", |regions| {
        let mut seen = std::collections::BTreeSet::new();
        let distinct: Vec<TrackedRegion> = regions
            .into_iter()
            .filter(|r| seen.insert((r.region(), r.side())))
            .collect();
        SomaticTracking::new(distinct).ok()
    })
}
