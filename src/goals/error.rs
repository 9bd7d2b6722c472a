//! [`GoalsError`]: why a value of this module was rejected.

use super::GoalStatus;

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
