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
mod error;
mod homework;
mod plan;
mod record;
mod status;

pub use self::error::SessionsError;
pub(crate) use self::error::{check_len, check_range};
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
