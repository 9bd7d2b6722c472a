//! [`SessionsError`]: why a value of this module was rejected.

use super::{ChangeKind, StatusKind};
use crate::exercises::ExercisesError;

/// Why a session plan, session record, homework or adherence request was rejected. Names the field;
/// never carries free text or identifiers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SessionsError {
    /// A number was outside its allowed range.
    #[error("{field} is {value}; allowed {min}-{max}")]
    OutOfRange {
        /// The field, such as `number`.
        field: &'static str,
        /// The value given.
        value: i64,
        /// The smallest allowed value.
        min: i64,
        /// The largest allowed value.
        max: i64,
    },
    /// A list held more entries than allowed.
    #[error("{field} has {count} entries; allowed at most {max}")]
    TooMany {
        /// The field, such as `exercises`.
        field: &'static str,
        /// How many entries it had.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// A list that needs entries was empty.
    #[error("{field} is empty; at least one entry is required")]
    Empty {
        /// The field, such as `assignments`.
        field: &'static str,
    },
    /// A time or date that must come after another did not.
    #[error("{later} is not after {earlier}")]
    NotAfter {
        /// The field that must be later, such as `ended_at`.
        later: &'static str,
        /// The field it must follow, such as `started_at`.
        earlier: &'static str,
    },
    /// A time or date that may not come before another did.
    #[error("{field} is before {limit}")]
    Before {
        /// The field that came too early, such as `recorded_at`.
        field: &'static str,
        /// The field it may not precede, such as `scheduled_at`.
        limit: &'static str,
    },
    /// A status change the lifecycle does not allow from the current status.
    #[error("cannot {change} a session that is {from}")]
    IllegalTransition {
        /// The status the session was in.
        from: StatusKind,
        /// The change attempted.
        change: ChangeKind,
    },
    /// An in-session practice log started before the session or ended after it.
    #[error("exercises[{index}] is not within the session's started_at..ended_at")]
    PracticeOutsideSession {
        /// The log's position in `exercises`.
        index: usize,
    },
    /// An in-session practice log names a different session.
    #[error("exercises[{index}].session names a different session")]
    PracticeInOtherSession {
        /// The log's position in `exercises`.
        index: usize,
    },
    /// A reschedule kept the same time.
    #[error("reschedules[{index}].to equals its from; a reschedule moves the session")]
    RescheduleToSameTime {
        /// The position in `reschedules` (the next position for a new one).
        index: usize,
    },
    /// The reschedule history does not chain: an entry does not start where the previous one ended,
    /// or the last does not end at `scheduled_at`.
    #[error("reschedules[{index}] does not continue the history up to scheduled_at")]
    RescheduleHistoryBroken {
        /// The position in `reschedules` where the chain breaks.
        index: usize,
    },
    /// A homework completion names an assignment the homework does not have.
    #[error(
        "completions[{index}].assignment is {assignment}; the homework has {count} assignments"
    )]
    UnknownAssignment {
        /// The completion's position.
        index: usize,
        /// The assignment index given.
        assignment: usize,
        /// How many assignments there are.
        count: usize,
    },
    /// A homework completion disagrees with the practice log attached to it.
    #[error("completions[{index}].log.{field} disagrees with the completion")]
    CompletionLogMismatch {
        /// The completion's position.
        index: usize,
        /// The log field that disagrees: `started_at` (its date), `exercise` or `minutes`.
        field: &'static str,
    },
    /// An exercise or practice log inside the document was invalid.
    #[error(transparent)]
    Exercises(#[from] ExercisesError),
}

/// Checks `value` is in `min..=max`, naming `field` otherwise.
pub(crate) fn check_range(
    field: &'static str,
    value: i64,
    min: i64,
    max: i64,
) -> Result<(), SessionsError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(SessionsError::OutOfRange {
            field,
            value,
            min,
            max,
        })
    }
}

/// Checks a list has at most `max` entries.
pub(crate) fn check_len(
    field: &'static str,
    count: usize,
    max: usize,
) -> Result<(), SessionsError> {
    if count > max {
        Err(SessionsError::TooMany { field, count, max })
    } else {
        Ok(())
    }
}
