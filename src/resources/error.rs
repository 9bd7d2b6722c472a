//! [`ResourcesError`]: why a value of this module was rejected.

use crate::text::TextError;
use chrono::NaiveDate;

/// Why a resource, assignment or engagement entry was rejected. Never carries free text or ids.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ResourcesError {
    /// A text field broke the text rules.
    #[error("{field} {source}")]
    Text {
        /// The field, such as `title`.
        field: &'static str,
        /// The rule it broke.
        source: TextError,
    },
    /// A resource named no PRT component.
    #[error("components is empty; a resource supports at least one of the five PRT components")]
    NoComponents,
    /// A number was outside its range.
    #[error("{field} is {value}; allowed {min}-{max}")]
    OutOfRange {
        /// The field, such as `minutes`.
        field: &'static str,
        /// The value given.
        value: i64,
        /// The smallest allowed.
        min: i64,
        /// The largest allowed.
        max: i64,
    },
    /// A date was before the date it may not precede.
    #[error("{field} {date} is before {other_field} {other}")]
    Before {
        /// The field holding the date, such as `engagement.on`.
        field: &'static str,
        /// The date given.
        date: NaiveDate,
        /// The field it may not precede, such as `assigned_on`.
        other_field: &'static str,
        /// That field's date.
        other: NaiveDate,
    },
    /// Engagement was recorded for a resource the plan never assigned.
    #[error("engagement names a resource that was never assigned in this plan")]
    UnknownResource,
    /// A resource was assigned twice in one plan.
    #[error("assignments lists a resource more than once; each resource is assigned once per plan")]
    DuplicateAssignment,
    /// A list was longer than allowed.
    #[error("{field} has more than {max} items")]
    TooMany {
        /// The field, such as `engagement`.
        field: &'static str,
        /// The most allowed.
        max: usize,
    },
}
