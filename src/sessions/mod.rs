//! Sessions and the practice between them: [`SessionPlan`], [`SessionRecord`] with its status
//! lifecycle, [`Homework`] and the [`AdherenceReport`].
//!
//! A PRT program is a physician evaluation followed by therapy sessions; in the Boulder Back Pain
//! Study, one telehealth physician session and 8 psychotherapy sessions over 4 weeks (clinical
//! reference §1.3 `[S1]` `[S8]`). Session length there is UNVERIFIED (about an hour; community
//! practice advertises 50 minutes, `[S9]`), so the crate never assumes one: every plan states its own
//! planned duration.
//!
//! # The session lifecycle
//!
//! ```text
//!             reschedule (new time; kept in the record's reschedule history)
//!               ┌──────┐
//!               ▼      │
//!           scheduled ─┴──start──> in progress ──complete──> completed
//!               │
//!               ├──cancel (by patient | by clinic, reason code)──> cancelled
//!               └──no-show──> no-show
//! ```
//!
//! *Rescheduled* is a transition, not a state: the record returns to [`SessionStatus::Scheduled`]
//! at the new time and appends a [`Reschedule`] (old time, new time) to its history, so
//! attendance counts a session once however often it moved. Completed, cancelled and no-show are
//! terminal. Every other move (completing a session that never started, re-scheduling a completed
//! one, anything out of a terminal state) is rejected with
//! [`SessionsError::IllegalTransition`] and leaves the record unchanged: each change is checked in
//! full before anything is written.
//!
//! ```
//! use chrono::{DateTime, Utc};
//! use pain_reprocessing::exercises::{ExerciseKind, PracticeLog};
//! use pain_reprocessing::sessions::{
//!     Modality, SessionKind, SessionOutcome, SessionRecord, SessionStatus, SessionsError,
//! };
//! use pain_reprocessing::{Rating, SessionId};
//!
//! let t = |s: &str| s.parse::<DateTime<Utc>>();
//! let id = SessionId::new("sess-2")?;
//! let mut record = SessionRecord::new(
//!     id.clone(), 2, SessionKind::PrtTherapy, Modality::Video, t("2026-03-04T17:00:00Z")?,
//! )?;
//! record.reschedule(t("2026-03-05T17:00:00Z")?)?;
//! record.start(t("2026-03-05T17:02:00Z")?, Some(Rating::new(6)?))?;
//! let practice = PracticeLog::builder(ExerciseKind::SomaticTracking.into(), t("2026-03-05T17:20:00Z")?, 10)
//!     .session(id)
//!     .build()?;
//! record.complete(
//!     SessionOutcome::new(t("2026-03-05T17:52:00Z")?)
//!         .exercise(practice)
//!         .pain_after(Rating::new(4)?),
//! )?;
//! assert!(matches!(record.status(), SessionStatus::Completed { .. }));
//!
//! // Terminal: nothing moves a completed session, and the record is unchanged.
//! let before = record.clone();
//! let err = record.reschedule(t("2026-03-09T17:00:00Z")?).unwrap_err();
//! assert!(matches!(err, SessionsError::IllegalTransition { .. }));
//! assert_eq!(err.to_string(), "cannot reschedule a session that is completed");
//! assert_eq!(record, before);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod adherence;
mod homework;
mod plan;
mod record;
mod status;

pub use adherence::{AdherenceInput, AdherenceReport, Proportion};
pub use homework::{
    Assignment, Completion, Frequency, Homework, MAX_ASSIGNMENTS, MAX_COMPLETIONS, MAX_TIMES, Per,
};
pub use plan::{
    MAX_PLANNED_EXERCISES, MAX_SESSION_MINUTES, MAX_SESSION_NUMBER, Modality, SessionKind,
    SessionPlan,
};
pub use record::{MAX_RESCHEDULES, SessionRecord};
pub use status::{
    CancellationReason, CancelledBy, ChangeKind, MAX_SESSION_EXERCISES, Reschedule, SessionOutcome,
    SessionStatus, StatusChange, StatusKind,
};

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
