//! Session statuses and the changes between them: [`SessionStatus`], [`StatusChange`],
//! [`SessionOutcome`] and the plain [`StatusKind`] / [`ChangeKind`] tables.

use std::fmt;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::homework::{Assignment, MAX_ASSIGNMENTS};
use crate::exercises::PracticeLog;
use crate::tagged::tagged_enum;
use crate::{Note, Rating};

/// The most practice logs one completed session may hold.
pub const MAX_SESSION_EXERCISES: usize = 32;

/// Who cancelled a session.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CancelledBy {
    /// The patient cancelled.
    Patient,
    /// The clinic or clinician cancelled.
    Clinic,
}

/// Why a session was cancelled: a code, never free text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CancellationReason {
    /// Illness (of the patient or the clinician).
    Illness,
    /// A clash with another commitment.
    SchedulingConflict,
    /// The patient could not get there.
    Transport,
    /// A technical problem (video, phone, app).
    TechnicalProblem,
    /// The clinician was not available.
    ClinicianUnavailable,
    /// Any other reason.
    Other,
}

/// One move of a session to a new time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Reschedule {
    /// The scheduled time before the move.
    #[serde(with = "crate::json::rfc3339::DateTime")]
    pub(super) from: DateTime<Utc>,
    /// The new scheduled time.
    #[serde(with = "crate::json::rfc3339::DateTime")]
    pub(super) to: DateTime<Utc>,
}

impl Reschedule {
    /// The scheduled time before the move.
    pub fn from(&self) -> DateTime<Utc> {
        self.from
    }

    /// The new scheduled time.
    pub fn to(&self) -> DateTime<Utc> {
        self.to
    }
}

tagged_enum! {
/// Where a session is in its lifecycle, with the facts of that status.
///
/// Statuses are reached only through [`SessionRecord`](super::SessionRecord)'s changes (or by reading a record, which
/// re-checks everything), so their variants cannot be built outside the crate.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[schemars(description = "Where a session is in its lifecycle, with the facts of that status.")]
#[non_exhaustive]
pub enum SessionStatus {
    tag = "state", wire = SessionStatusWire;
    /// Booked at the record's `scheduled_at`.
    Scheduled = "scheduled",
    /// Under way.
    #[non_exhaustive]
    InProgress = "in_progress" {
        /// When the session actually started.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        started_at: DateTime<Utc>,
        /// Pain at the start, 0-10.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_before: Option<Rating>,
    },
    /// Held and finished.
    #[non_exhaustive]
    Completed = "completed" {
        /// When the session actually started.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        started_at: DateTime<Utc>,
        /// When it ended; after `started_at`.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        ended_at: DateTime<Utc>,
        /// The exercises done, each with its practice log, each within `started_at..ended_at`.
        #[serde(default)]
        #[schemars(length(max = MAX_SESSION_EXERCISES))]
        exercises: Vec<PracticeLog>,
        /// Homework assigned, each due on or after the day the session ended.
        #[serde(default)]
        #[schemars(length(max = MAX_ASSIGNMENTS))]
        homework: Vec<Assignment>,
        /// Pain at the start, 0-10.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_before: Option<Rating>,
        /// Pain at the end, 0-10.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_after: Option<Rating>,
        /// The clinician's notes (redacted in `Debug`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        notes: Option<Note>,
        /// A 0-10 rating of the working alliance (0 none, 10 strongest), as the app collects it;
        /// the crate does not interpret it or assume a particular instrument.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alliance: Option<Rating>,
    },
    /// Called off before it started.
    #[non_exhaustive]
    Cancelled = "cancelled" {
        /// Who cancelled.
        by: CancelledBy,
        /// Why, as a code.
        reason: CancellationReason,
        /// When the cancellation was recorded.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        at: DateTime<Utc>,
    },
    /// The patient did not attend.
    #[non_exhaustive]
    NoShow = "no_show" {
        /// When the no-show was recorded; not before the scheduled time.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        recorded_at: DateTime<Utc>,
    },
}
}

/// The statuses without their facts, for errors and tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum StatusKind {
    /// See [`SessionStatus::Scheduled`].
    Scheduled,
    /// See [`SessionStatus::InProgress`].
    InProgress,
    /// See [`SessionStatus::Completed`].
    Completed,
    /// See [`SessionStatus::Cancelled`].
    Cancelled,
    /// See [`SessionStatus::NoShow`].
    NoShow,
}

impl StatusKind {
    /// Whether no change leaves this status (completed, cancelled, no-show).
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            StatusKind::Completed | StatusKind::Cancelled | StatusKind::NoShow
        )
    }

    /// The status `change` leads to from this one, or `None` when the lifecycle forbids it.
    pub fn after(self, change: ChangeKind) -> Option<StatusKind> {
        match (self, change) {
            (StatusKind::Scheduled, ChangeKind::Start) => Some(StatusKind::InProgress),
            (StatusKind::Scheduled, ChangeKind::Reschedule) => Some(StatusKind::Scheduled),
            (StatusKind::Scheduled, ChangeKind::Cancel) => Some(StatusKind::Cancelled),
            (StatusKind::Scheduled, ChangeKind::NoShow) => Some(StatusKind::NoShow),
            (StatusKind::InProgress, ChangeKind::Complete) => Some(StatusKind::Completed),
            _ => None,
        }
    }
}

impl fmt::Display for StatusKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StatusKind::Scheduled => "scheduled",
            StatusKind::InProgress => "in progress",
            StatusKind::Completed => "completed",
            StatusKind::Cancelled => "cancelled",
            StatusKind::NoShow => "a no-show",
        })
    }
}

/// The kinds of status change, for errors and tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChangeKind {
    /// See [`StatusChange::Start`].
    Start,
    /// See [`StatusChange::Complete`].
    Complete,
    /// See [`StatusChange::Cancel`].
    Cancel,
    /// See [`StatusChange::NoShow`].
    NoShow,
    /// See [`StatusChange::Reschedule`].
    Reschedule,
}

impl ChangeKind {
    /// Every change kind.
    pub const ALL: [ChangeKind; 5] = [
        ChangeKind::Start,
        ChangeKind::Complete,
        ChangeKind::Cancel,
        ChangeKind::NoShow,
        ChangeKind::Reschedule,
    ];
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ChangeKind::Start => "start",
            ChangeKind::Complete => "complete",
            ChangeKind::Cancel => "cancel",
            ChangeKind::NoShow => "record a no-show for",
            ChangeKind::Reschedule => "reschedule",
        })
    }
}

impl SessionStatus {
    /// The status without its facts.
    pub fn kind(&self) -> StatusKind {
        match self {
            SessionStatus::Scheduled => StatusKind::Scheduled,
            SessionStatus::InProgress { .. } => StatusKind::InProgress,
            SessionStatus::Completed { .. } => StatusKind::Completed,
            SessionStatus::Cancelled { .. } => StatusKind::Cancelled,
            SessionStatus::NoShow { .. } => StatusKind::NoShow,
        }
    }
}

/// The facts of a finished session, handed to [`SessionRecord::complete`](super::SessionRecord::complete).
///
/// The start time and the pain rating at the start come from the in-progress status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionOutcome {
    pub(super) ended_at: DateTime<Utc>,
    pub(super) exercises: Vec<PracticeLog>,
    pub(super) homework: Vec<Assignment>,
    pub(super) pain_after: Option<Rating>,
    pub(super) notes: Option<Note>,
    pub(super) alliance: Option<Rating>,
}

impl SessionOutcome {
    /// A session that ended at `ended_at`, with nothing else recorded yet.
    pub fn new(ended_at: DateTime<Utc>) -> SessionOutcome {
        SessionOutcome {
            ended_at,
            exercises: Vec::new(),
            homework: Vec::new(),
            pain_after: None,
            notes: None,
            alliance: None,
        }
    }

    /// Adds an exercise done in the session, with its practice log.
    pub fn exercise(mut self, log: PracticeLog) -> SessionOutcome {
        self.exercises.push(log);
        self
    }

    /// Adds a homework assignment set in the session.
    pub fn homework(mut self, assignment: Assignment) -> SessionOutcome {
        self.homework.push(assignment);
        self
    }

    /// Pain at the end.
    pub fn pain_after(mut self, pain: Rating) -> SessionOutcome {
        self.pain_after = Some(pain);
        self
    }

    /// The clinician's notes.
    pub fn notes(mut self, notes: Note) -> SessionOutcome {
        self.notes = Some(notes);
        self
    }

    /// The alliance rating.
    pub fn alliance(mut self, alliance: Rating) -> SessionOutcome {
        self.alliance = Some(alliance);
        self
    }
}

/// A status change requested of a [`SessionRecord`](super::SessionRecord).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusChange {
    /// The session starts (from scheduled).
    Start {
        /// When it started.
        at: DateTime<Utc>,
        /// Pain at the start.
        pain_before: Option<Rating>,
    },
    /// The session ends (from in progress).
    Complete(SessionOutcome),
    /// The session is called off (from scheduled).
    Cancel {
        /// Who cancelled.
        by: CancelledBy,
        /// Why.
        reason: CancellationReason,
        /// When the cancellation was recorded.
        at: DateTime<Utc>,
    },
    /// The patient did not come (from scheduled; recorded at or after the scheduled time).
    NoShow {
        /// When the no-show was recorded.
        at: DateTime<Utc>,
    },
    /// The session moves to a new time (from scheduled, back to scheduled).
    Reschedule {
        /// The new time; must differ from the current one.
        to: DateTime<Utc>,
    },
}

impl StatusChange {
    /// The kind of change.
    pub fn kind(&self) -> ChangeKind {
        match self {
            StatusChange::Start { .. } => ChangeKind::Start,
            StatusChange::Complete(_) => ChangeKind::Complete,
            StatusChange::Cancel { .. } => ChangeKind::Cancel,
            StatusChange::NoShow { .. } => ChangeKind::NoShow,
            StatusChange::Reschedule { .. } => ChangeKind::Reschedule,
        }
    }
}
