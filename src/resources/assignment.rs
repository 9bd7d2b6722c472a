//! [`ResourceAssignment`], its [`Engagement`] entries, and the [`ResourcePlan`] that holds them.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ResourceId, ResourcesError};
use crate::Rating;
use crate::tagged::tagged_enum;
use crate::version::Current;

/// The most engagement entries one assignment may hold.
pub const MAX_ENGAGEMENTS: usize = 1000;

/// The most assignments one plan may hold.
pub const MAX_ASSIGNMENTS: usize = 500;

tagged_enum! {
/// One dated engagement with an assigned resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Engagement {
    tag = "type", wire = EngagementWire;
    /// The person opened the resource.
    Opened = "opened" {
        /// The day.
        #[serde(with = "crate::json::rfc3339::Date")]
        on: NaiveDate,
    },
    /// The person finished it (read, watched, listened to, filled in).
    Completed = "completed" {
        /// The day.
        #[serde(with = "crate::json::rfc3339::Date")]
        on: NaiveDate,
    },
    /// The person rated how helpful it was, 0 (not at all) to 10 (extremely).
    RatedHelpful = "rated_helpful" {
        /// The day.
        #[serde(with = "crate::json::rfc3339::Date")]
        on: NaiveDate,
        /// The rating.
        rating: Rating,
    },
}
}

impl Engagement {
    /// The day of the entry.
    pub const fn on(&self) -> NaiveDate {
        match *self {
            Engagement::Opened { on }
            | Engagement::Completed { on }
            | Engagement::RatedHelpful { on, .. } => on,
        }
    }
}

/// One resource assigned to a person: a root document.
///
/// Due on or after the day assigned; engagement entries are dated on or after the day assigned and
/// never go back in time. Entries after the due date are kept (late completion still counts as
/// completion, just not on time).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "One resource assigned to a person: which, when, due when, and the dated engagement entries (opened, completed, rated helpful 0-10). Rules across fields, checked when the document is read: `due` is on or after `assigned_on`; engagement entries are dated on or after `assigned_on` and never go back in time."
)]
#[serde(try_from = "ResourceAssignmentWire", into = "ResourceAssignmentWire")]
pub struct ResourceAssignment {
    resource: ResourceId,
    assigned_on: NaiveDate,
    due: NaiveDate,
    engagement: Vec<Engagement>,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

/// One resource assigned to a person: which, when, due when, and the dated engagement entries
/// (opened, completed, rated helpful 0-10).
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "ResourceAssignment")]
struct ResourceAssignmentWire {
    /// The document layout version, 1.
    schema_version: Current<ResourceAssignment>,
    /// The resource assigned.
    resource: ResourceId,
    /// The day it was assigned.
    #[serde(with = "crate::json::rfc3339::Date")]
    assigned_on: NaiveDate,
    /// The day it is due; on or after `assigned_on`.
    #[serde(with = "crate::json::rfc3339::Date")]
    due: NaiveDate,
    /// Engagement entries, in date order, on or after `assigned_on`.
    #[serde(default)]
    #[schemars(length(max = MAX_ENGAGEMENTS))]
    engagement: Vec<Engagement>,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<ResourceAssignmentWire> for ResourceAssignment {
    type Error = ResourcesError;

    fn try_from(data: ResourceAssignmentWire) -> Result<ResourceAssignment, ResourcesError> {
        let mut assignment = ResourceAssignment::new(data.resource, data.assigned_on, data.due)?;
        if data.engagement.len() > MAX_ENGAGEMENTS {
            return Err(ResourcesError::TooMany {
                field: "engagement",
                max: MAX_ENGAGEMENTS,
            });
        }
        for entry in data.engagement {
            assignment.record(entry)?;
        }
        assignment.legacy_ids = data.legacy_ids;
        Ok(assignment)
    }
}

impl From<ResourceAssignment> for ResourceAssignmentWire {
    fn from(value: ResourceAssignment) -> ResourceAssignmentWire {
        ResourceAssignmentWire {
            legacy_ids: value.legacy_ids,
            schema_version: Current::new(),
            resource: value.resource,
            assigned_on: value.assigned_on,
            due: value.due,
            engagement: value.engagement,
        }
    }
}

impl ResourceAssignment {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// `resource` assigned on `assigned_on`, due on `due`, with no engagement yet.
    ///
    /// # Errors
    ///
    /// [`ResourcesError::Before`] when `due` is before `assigned_on`.
    pub fn new(
        resource: ResourceId,
        assigned_on: NaiveDate,
        due: NaiveDate,
    ) -> Result<ResourceAssignment, ResourcesError> {
        if due < assigned_on {
            return Err(ResourcesError::Before {
                field: "due",
                date: due,
                other_field: "assigned_on",
                other: assigned_on,
            });
        }
        Ok(ResourceAssignment {
            legacy_ids: crate::id::LegacyIds::default(),
            resource,
            assigned_on,
            due,
            engagement: Vec::new(),
        })
    }

    /// Records an engagement entry; on error the assignment is unchanged.
    ///
    /// # Errors
    ///
    /// [`ResourcesError::Before`] (`engagement.on` before `assigned_on` or the previous entry),
    /// [`ResourcesError::TooMany`] beyond [`MAX_ENGAGEMENTS`].
    pub fn record(&mut self, entry: Engagement) -> Result<(), ResourcesError> {
        if self.engagement.len() >= MAX_ENGAGEMENTS {
            return Err(ResourcesError::TooMany {
                field: "engagement",
                max: MAX_ENGAGEMENTS,
            });
        }
        let (other_field, other) = match self.engagement.last() {
            Some(previous) => ("the previous entry", previous.on()),
            None => ("assigned_on", self.assigned_on),
        };
        if entry.on() < other {
            return Err(ResourcesError::Before {
                field: "engagement.on",
                date: entry.on(),
                other_field,
                other,
            });
        }
        self.engagement.push(entry);
        Ok(())
    }

    /// The resource assigned.
    pub fn resource(&self) -> &ResourceId {
        &self.resource
    }

    /// The day assigned.
    pub fn assigned_on(&self) -> NaiveDate {
        self.assigned_on
    }

    /// The due day.
    pub fn due(&self) -> NaiveDate {
        self.due
    }

    /// The engagement entries, in date order.
    pub fn engagement(&self) -> &[Engagement] {
        &self.engagement
    }

    /// The entries dated on or before `as_of`.
    fn engagement_until(&self, as_of: NaiveDate) -> impl Iterator<Item = &Engagement> {
        self.engagement.iter().take_while(move |e| e.on() <= as_of)
    }

    /// Whether the resource was opened by `as_of` (a completion or rating counts as opening).
    pub fn opened_by(&self, as_of: NaiveDate) -> bool {
        self.engagement_until(as_of).next().is_some()
    }

    /// The first completion's day on or before `as_of`, if any.
    pub fn completed_on(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        self.engagement_until(as_of).find_map(|e| match *e {
            Engagement::Completed { on } => Some(on),
            _ => None,
        })
    }

    /// The latest helpfulness rating on or before `as_of`, if any.
    pub fn helpfulness(&self, as_of: NaiveDate) -> Option<Rating> {
        self.engagement_until(as_of)
            .filter_map(|e| match *e {
                Engagement::RatedHelpful { rating, .. } => Some(rating),
                _ => None,
            })
            .last()
    }
}

/// A person's resource assignments, one per resource: a root document.
///
/// Engagement is recorded through the plan by resource id, so an entry for a resource the plan
/// never assigned is refused ([`ResourcesError::UnknownResource`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "A person's between-session resource assignments, one per resource, each with its engagement entries. Rules across fields, checked when the document is read: no resource is assigned twice; each assignment's `due` is on or after its `assigned_on`, and its engagement entries are dated on or after `assigned_on` and never go back in time."
)]
#[serde(try_from = "ResourcePlanWire", into = "ResourcePlanWire")]
pub struct ResourcePlan {
    assignments: Vec<ResourceAssignment>,
    /// The original text of ids mapped on read because they were outside the id alphabet.
    legacy_ids: crate::id::LegacyIds,
}

/// A person's between-session resource assignments, one per resource, each with its engagement
/// entries.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "ResourcePlan")]
struct ResourcePlanWire {
    /// The document layout version, 1.
    schema_version: Current<ResourcePlan>,
    /// The assignments; no resource twice.
    #[schemars(length(max = MAX_ASSIGNMENTS))]
    assignments: Vec<ResourceAssignment>,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

impl TryFrom<ResourcePlanWire> for ResourcePlan {
    type Error = ResourcesError;

    fn try_from(data: ResourcePlanWire) -> Result<ResourcePlan, ResourcesError> {
        let mut plan = ResourcePlan::default();
        for assignment in data.assignments {
            plan.assign(assignment)?;
        }
        plan.legacy_ids = data.legacy_ids;
        Ok(plan)
    }
}

impl From<ResourcePlan> for ResourcePlanWire {
    fn from(value: ResourcePlan) -> ResourcePlanWire {
        ResourcePlanWire {
            legacy_ids: value.legacy_ids,
            schema_version: Current::new(),
            assignments: value.assignments,
        }
    }
}

impl ResourcePlan {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// Adds an assignment; on error the plan is unchanged.
    ///
    /// # Errors
    ///
    /// [`ResourcesError::DuplicateAssignment`] when the resource is already assigned,
    /// [`ResourcesError::TooMany`] beyond [`MAX_ASSIGNMENTS`].
    pub fn assign(&mut self, assignment: ResourceAssignment) -> Result<(), ResourcesError> {
        if self.assignments.len() >= MAX_ASSIGNMENTS {
            return Err(ResourcesError::TooMany {
                field: "assignments",
                max: MAX_ASSIGNMENTS,
            });
        }
        if self.assignment(assignment.resource()).is_some() {
            return Err(ResourcesError::DuplicateAssignment);
        }
        self.assignments.push(assignment);
        Ok(())
    }

    /// Records engagement with the assigned `resource`; on error the plan is unchanged.
    ///
    /// # Errors
    ///
    /// [`ResourcesError::UnknownResource`] when `resource` was never assigned, and the errors of
    /// [`ResourceAssignment::record`].
    pub fn record(
        &mut self,
        resource: &ResourceId,
        entry: Engagement,
    ) -> Result<(), ResourcesError> {
        self.assignments
            .iter_mut()
            .find(|a| &a.resource == resource)
            .ok_or(ResourcesError::UnknownResource)?
            .record(entry)
    }

    /// The assignment of `resource`, if any.
    pub fn assignment(&self, resource: &ResourceId) -> Option<&ResourceAssignment> {
        self.assignments.iter().find(|a| &a.resource == resource)
    }

    /// Every assignment, in the order assigned.
    pub fn assignments(&self) -> &[ResourceAssignment] {
        &self.assignments
    }
}
