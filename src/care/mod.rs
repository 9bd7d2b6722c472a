//! Concurrent care: other treatments running alongside PRT, so reports can tell PRT effects from
//! other changes.
//!
//! A [`ConcurrentTreatment`] is one treatment (a [`CareKind`]; medication carries an `opioid` flag)
//! with a start date, an optional stop date and optional dose changes. A [`CareLog`] holds the
//! treatments recorded at intake (see [`ConcurrentTreatment::from_prior`]) and updated during the
//! program, and answers the questions a report asks: what was active on a day
//! ([`CareLog::active_on`]), what started or stopped in a window ([`CareLog::changes_between`]),
//! and whether opioids were in use ([`CareLog::opioid_use_on`]).
//!
//! # Intervals
//!
//! A treatment is active from `started_on` **through** `stopped_on`, both inclusive: `stopped_on`
//! is the last day it was received. A stop date before the start date is refused
//! ([`CareError::Before`]); a treatment without a stop date is ongoing.
//!
//! ```
//! use chrono::NaiveDate;
//! use pain_reprocessing::care::{CareChangeKind, CareKind, CareLog, ConcurrentTreatment};
//!
//! let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).ok_or("bad date");
//! let opioid = ConcurrentTreatment::new(CareKind::Medication { opioid: true }, day(1, 10)?)
//!     .stopped(day(3, 15)?)?;
//! let yoga = ConcurrentTreatment::new(CareKind::Yoga, day(3, 20)?);
//! let log = CareLog::new([opioid, yoga])?;
//!
//! assert!(log.opioid_use_on(day(3, 15)?)); // the stop day is the last day taken
//! assert!(!log.opioid_use_on(day(3, 16)?));
//! assert_eq!(log.active_on(day(3, 21)?).count(), 1);
//!
//! let changes = log.changes_between(day(3, 1)?, day(3, 31)?)?;
//! assert_eq!(changes.len(), 2);
//! assert_eq!(changes[0].kind(), CareChangeKind::Stopped);
//! assert_eq!(changes[1].kind(), CareChangeKind::Started);
//!
//! let err = ConcurrentTreatment::new(CareKind::Yoga, day(3, 20)?).stopped(day(3, 19)?).unwrap_err();
//! assert_eq!(err.to_string(), "stopped_on 2026-03-19 is before started_on 2026-03-20");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod log;
mod treatment;

use chrono::NaiveDate;

pub use self::log::{CareChange, CareChangeKind, CareLog};
pub use self::treatment::{CareKind, ConcurrentTreatment, DoseChange, DoseDirection};

/// The most dose changes one treatment may record.
pub const MAX_DOSE_CHANGES: usize = 100;

/// The most treatments one care log may hold.
pub const MAX_TREATMENTS: usize = 200;

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

#[cfg(test)]
mod tests;
