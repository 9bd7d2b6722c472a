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

mod goal;
mod measure;
#[cfg(test)]
mod tests;

pub use goal::{GoalEntry, GoalStatus, MAX_GOAL_ENTRIES, TreatmentGoal};
pub use measure::{GoalMeasure, MAX_COUNT_PER_WEEK, MAX_MINUTES_PER_WEEK};

use crate::id::identifier;

identifier! {
    /// Identifies a treatment goal within a program, such as `goal-1`.
    GoalId, "goal id", redacted: false
}

/// Why a goal or a goal entry was rejected. Never carries the person's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GoalsError {
    /// A value was outside the range its measure allows.
    #[error("{field} is {value}; allowed {allowed}")]
    OutOfRange {
        /// The field, such as `measure.target` or `entries.value`.
        field: &'static str,
        /// The value given.
        value: String,
        /// What is allowed, such as `whole numbers 0-10`.
        allowed: String,
    },
    /// A date was before the date it may not precede.
    #[error("{field} {date} is before {other_field} {other}")]
    Before {
        /// The field holding the date, such as `entries.on`.
        field: &'static str,
        /// The date given.
        date: chrono::NaiveDate,
        /// The field it may not precede, such as `set_on`.
        other_field: &'static str,
        /// That field's date.
        other: chrono::NaiveDate,
    },
    /// An entry followed a terminal status.
    #[error("{field}: the goal is {status}, a final status; no entry may follow it")]
    Closed {
        /// The field, `entries`.
        field: &'static str,
        /// The terminal status reached.
        status: GoalStatus,
    },
    /// A list was longer than allowed.
    #[error("{field} has more than {max} items")]
    TooMany {
        /// The field, such as `entries`.
        field: &'static str,
        /// The most allowed.
        max: usize,
    },
}
