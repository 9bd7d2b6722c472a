//! Strategies for the `resources` types.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;

use crate::resources::{
    Engagement, Resource, ResourceAssignment, ResourceId, ResourceKind, ResourcePlan,
};

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
