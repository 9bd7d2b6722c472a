//! [`ExercisesError`]: why a value of this module was rejected.

use crate::text::TextError;

/// Why an exercise or a practice log was rejected. Never carries free text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExercisesError {
    /// A number was outside its allowed range.
    #[error("{field} is {value}; allowed {min}-{max}")]
    OutOfRange {
        /// The field, such as `minutes`.
        field: &'static str,
        /// The value given.
        value: i64,
        /// The smallest allowed value.
        min: i64,
        /// The largest allowed value.
        max: i64,
    },
    /// A custom exercise named no PRT component.
    #[error(
        "components is empty; a custom exercise serves at least one of the five PRT components"
    )]
    NoComponents,
    /// A time plus a duration fell outside the range of representable times.
    #[error("{field} plus the duration is beyond the latest representable time")]
    TimeOutOfRange {
        /// The field holding the start time, such as `started_at`.
        field: &'static str,
    },
    /// A list that needs at least one item was empty.
    #[error("{field} is empty; at least one is required")]
    Empty {
        /// The field, such as `somatic_tracking.regions`.
        field: &'static str,
    },
    /// Somatic tracking named one body region (and side) twice.
    #[error(
        "somatic_tracking.regions lists {region} more than once; each region and side may appear once"
    )]
    DuplicateRegion {
        /// The region's label, such as `lower back`.
        region: &'static str,
    },
    /// A text field broke the text rules.
    #[error("{field} {source}")]
    Text {
        /// The field, such as `name`.
        field: &'static str,
        /// The rule it broke.
        source: TextError,
    },
}
