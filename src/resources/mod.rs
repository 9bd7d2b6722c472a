//! Between-session resources: a library of articles, videos, audio, worksheets and self-help tools,
//! their assignment to a person with due dates, engagement entries, and engagement figures for the
//! adherence metrics.
//!
//! A [`Resource`] is data: an app builds its own library entries (there is no built-in catalog).
//! A [`ResourceAssignment`] gives one resource to the person on a day, due on another, and collects
//! dated [`Engagement`] entries (opened, completed, rated helpful 0-10). A [`ResourcePlan`] holds a
//! person's assignments, refuses engagement for a resource it never assigned, and computes
//! [`EngagementFigures`]; [`AdherenceWithResources`] puts them beside the sessions'
//! [`AdherenceReport`](crate::sessions::AdherenceReport).
//!
//! ```
//! use chrono::NaiveDate;
//! use pain_reprocessing::exercises::PrtComponent;
//! use pain_reprocessing::resources::{
//!     Engagement, Resource, ResourceAssignment, ResourceId, ResourceKind, ResourcePlan,
//! };
//! use pain_reprocessing::Rating;
//!
//! let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).ok_or("bad date");
//! let video = Resource::new(
//!     ResourceId::new("vid-pain-is-a-signal")?,
//!     ResourceKind::Video,
//!     "Pain as a danger signal",
//!     [PrtComponent::PainEducation],
//!     "https://example.org/videos/12",
//!     12,
//! )?;
//! let mut plan = ResourcePlan::default();
//! plan.assign(ResourceAssignment::new(video.id().clone(), day(2)?, day(9)?)?)?;
//! plan.assign(ResourceAssignment::new(ResourceId::new("worksheet-evidence")?, day(2)?, day(9)?)?)?;
//! plan.record(video.id(), Engagement::Opened { on: day(3)? })?;
//! plan.record(video.id(), Engagement::Completed { on: day(3)? })?;
//! plan.record(video.id(), Engagement::RatedHelpful { on: day(3)?, rating: Rating::new(8)? })?;
//!
//! let unknown = ResourceId::new("never-assigned")?;
//! assert!(plan.record(&unknown, Engagement::Opened { on: day(4)? }).is_err());
//!
//! let figures = plan.engagement_between(day(1)?, day(14)?)?;
//! assert_eq!((figures.assigned(), figures.opened(), figures.completed()), (2, 1, 1));
//! assert_eq!(figures.completion().map(|p| p.percentage().to_string()), Some("50%".into()));
//! assert_eq!(figures.mean_helpfulness().map(|m| m.to_string()), Some("8".into()));
//! assert_eq!(figures.on_time(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod assignment;
mod error;
mod figures;
mod id;
mod resource;
#[cfg(test)]
mod tests;

pub use self::error::ResourcesError;
pub use self::id::ResourceId;
pub use assignment::{
    Engagement, MAX_ASSIGNMENTS, MAX_ENGAGEMENTS, ResourceAssignment, ResourcePlan,
};
pub use figures::{AdherenceWithResources, EngagementFigures};
pub use resource::{
    Locator, MAX_LOCATOR_CHARS, MAX_RESOURCE_MINUTES, MAX_TITLE_CHARS, Resource, ResourceKind,
    ResourceTitle,
};
