//! [`CareError`]: why a value of this module was rejected.

use chrono::NaiveDate;

/// Why a concurrent treatment or care log was rejected. Never carries free text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CareError {
    /// A date was before the date it may not precede.
    #[error("{field} {date} is before {other_field} {other}")]
    Before {
        /// The field holding the date, such as `stopped_on`.
        field: &'static str,
        /// The date given.
        date: NaiveDate,
        /// The field it may not precede, such as `started_on`.
        other_field: &'static str,
        /// That field's date.
        other: NaiveDate,
    },
    /// A date was after the date it may not follow.
    #[error("{field} {date} is after {other_field} {other}")]
    After {
        /// The field holding the date, such as `dose_changes.on`.
        field: &'static str,
        /// The date given.
        date: NaiveDate,
        /// The field it may not follow, such as `stopped_on`.
        other_field: &'static str,
        /// That field's date.
        other: NaiveDate,
    },
    /// An update named a treatment the log does not hold.
    #[error("treatments has no entry {index}; the log holds {len}")]
    UnknownTreatment {
        /// The index given.
        index: usize,
        /// How many treatments the log holds.
        len: usize,
    },
    /// A list was longer than allowed.
    #[error("{field} has more than {max} items")]
    TooMany {
        /// The field, such as `treatments`.
        field: &'static str,
        /// The most allowed.
        max: usize,
    },
}
