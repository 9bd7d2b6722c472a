//! Treatment goals: what the person wants back in their life, how progress is measured, and an
//! achievement history recorded with dates.
//!
//! A PRT program starts by asking what the person wants to do again. A [`TreatmentGoal`] keeps that
//! valued activity in their own words (a redacted [`Note`](crate::Note)), a [`GoalMeasure`] with its target, a
//! due date, and the dated [`GoalEntry`]s recording progress. A goal cannot exist without a measure:
//! the constructor takes one, and a JSON document without `measure` is a serde error.
//!
//! # Status transitions
//!
//! | from | to | allowed |
//! |---|---|---|
//! | (no entry yet) | any status | yes |
//! | `in_progress`, `improving`, `worsening`, `no_change` | any status | yes |
//! | `achieved`, `not_achieved`, `abandoned` (terminal) | anything | no: [`GoalsError::Closed`] |
//!
//! Entries are dated on or after the day the goal was set, and never before the previous entry
//! ([`GoalsError::Before`]); several entries may share a day.
//!
//! ```
//! use chrono::NaiveDate;
//! use pain_reprocessing::goals::{GoalEntry, GoalId, GoalMeasure, GoalStatus, TreatmentGoal};
//! use pain_reprocessing::{Decimal, Note};
//!
//! let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).ok_or("bad date");
//! let mut goal = TreatmentGoal::new(
//!     GoalId::new("goal-1")?,
//!     Note::new("Walk my dog around the lake again")?,
//!     day(2)?,
//!     GoalMeasure::count_per_week(5)?,
//!     day(30)?,
//! )?
//! .set_at_session(1)?;
//! assert_eq!(goal.status(), GoalStatus::InProgress);
//!
//! goal.record(GoalEntry::new(day(9)?, GoalStatus::Improving).with_value(Decimal::from_int(2)))?;
//! goal.record(GoalEntry::new(day(30)?, GoalStatus::Achieved).with_value(Decimal::from_int(5)))?;
//! assert_eq!(goal.status(), GoalStatus::Achieved);
//! assert_eq!(goal.latest_value(), Some(Decimal::from_int(5)));
//!
//! // Nothing follows a terminal status, and the goal is unchanged.
//! let err = goal.record(GoalEntry::new(day(31)?, GoalStatus::Worsening)).unwrap_err();
//! assert_eq!(err.to_string(), "entries: the goal is achieved, a final status; no entry may follow it");
//! assert_eq!(goal.entries().len(), 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod goal;
mod id;
mod measure;
#[cfg(test)]
mod tests;

pub use self::error::GoalsError;
pub use self::id::GoalId;
pub(crate) use goal::upgrade_goal_v1;
pub use goal::{GoalEntry, GoalStatus, MAX_GOAL_ENTRIES, TreatmentGoal};
pub use measure::{GoalMeasure, MAX_COUNT_PER_WEEK, MAX_MINUTES_PER_WEEK};
