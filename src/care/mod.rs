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

mod error;
mod log;
mod treatment;

pub use self::error::CareError;
pub use self::log::{CareChange, CareChangeKind, CareLog, MAX_TREATMENTS};
pub use self::treatment::{
    CareKind, ConcurrentTreatment, DoseChange, DoseDirection, MAX_DOSE_CHANGES,
};

#[cfg(test)]
mod tests;
