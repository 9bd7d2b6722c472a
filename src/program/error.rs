//! [`TransitionError`]: why an event was refused, and [`MigrationMismatch`]: why a protocol
//! migration cannot map a program's position.

use chrono::{DateTime, Utc};

use super::legacy::day;
use super::{EventId, EventType, SafetyConcern, StateKind};
use crate::SessionId;
use crate::goals::{GoalId, GoalsError};
use crate::instruments::InstrumentId;
use crate::outcomes::Timepoint;

/// Why an event was refused. The program is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TransitionError {
    /// The program is completed, withdrawn or discharged.
    #[error("the program is {state}, which accepts no more events; {event} refused")]
    Terminal {
        /// The terminal state.
        state: StateKind,
        /// The refused event.
        event: EventType,
    },
    /// The transition table does not allow this event in this state.
    #[error("{event} is not allowed while the program is {state}")]
    NotAllowed {
        /// The current state.
        state: StateKind,
        /// The refused event.
        event: EventType,
    },
    /// Only a clinician may cause this event.
    #[error("{event} must be recorded by a clinician")]
    ClinicianRequired {
        /// The refused event.
        event: EventType,
    },
    /// The event is dated before the last accepted one.
    #[error(
        "event dated {at} is before the last accepted event at {last}; time never goes backwards"
    )]
    TimeWentBackwards {
        /// The last accepted event's time.
        last: DateTime<Utc>,
        /// The refused event's time.
        at: DateTime<Utc>,
    },
    /// The session number is not in the protocol.
    #[error("session {number} is not in the protocol; it plans sessions 1-{planned}")]
    UnknownSession {
        /// The number given.
        number: u16,
        /// Sessions the protocol plans.
        planned: u16,
    },
    /// The session was already completed.
    #[error("session {number} is already completed")]
    SessionAlreadyCompleted {
        /// The number given.
        number: u16,
    },
    /// Sessions are completed (or missed) in order.
    #[error("session {number} is not next; session {expected} is")]
    SessionOutOfOrder {
        /// The number given.
        number: u16,
        /// The next session due.
        expected: u16,
    },
    /// A cancellation for a session that is not booked.
    #[error("session {number} is not scheduled, so it cannot be cancelled")]
    SessionNotScheduled {
        /// The number given.
        number: u16,
    },
    /// A review of missed sessions when none were missed since the last review.
    #[error("no sessions were missed since the last review")]
    NoMissedSessions,
    /// The assessment is not the one due now.
    #[error("the {timepoint} assessment is not due now; {}", due_text(*.due))]
    AssessmentNotDue {
        /// The timepoint given.
        timepoint: Timepoint,
        /// The timepoint due, if any.
        due: Option<Timepoint>,
    },
    /// A score for an instrument the protocol does not list at this timepoint.
    #[error("{instrument} is not part of the {timepoint} assessment")]
    UnexpectedInstrument {
        /// The timepoint.
        timepoint: Timepoint,
        /// The instrument.
        instrument: InstrumentId,
    },
    /// Two scores for the same instrument.
    #[error("{instrument} is scored twice in the {timepoint} assessment")]
    DuplicateInstrument {
        /// The timepoint.
        timepoint: Timepoint,
        /// The instrument.
        instrument: InstrumentId,
    },
    /// A listed instrument has no score.
    #[error("the {timepoint} assessment is missing {instrument}")]
    MissingInstrument {
        /// The timepoint.
        timepoint: Timepoint,
        /// The missing instrument.
        instrument: InstrumentId,
    },
    /// A migration to another protocol rather than a new version of this one.
    #[error("a migration must stay within protocol {current}; {offered} is a different protocol")]
    DifferentProtocol {
        /// The current protocol id.
        current: String,
        /// The offered protocol id.
        offered: String,
    },
    /// A migration to a version that is not newer.
    #[error("migration to version {offered} refused; the program already runs version {current}")]
    NotNewer {
        /// The current version.
        current: u32,
        /// The offered version.
        offered: u32,
    },
    /// A goal with this id was already set.
    #[error("goal {goal} is already set; give a new goal its own id")]
    DuplicateGoal {
        /// The goal's id.
        goal: GoalId,
    },
    /// Progress for a goal that was never set.
    #[error("goal {goal} was never set in this program")]
    UnknownGoal {
        /// The goal's id.
        goal: GoalId,
    },
    /// The goal refused the progress entry (a date out of order, a value outside the measure, or
    /// an entry after the goal was closed).
    #[error(transparent)]
    Goal(#[from] GoalsError),
    /// The mapping does not fit the new protocol.
    #[error("the migration cannot map the program's position: {reason}")]
    MigrationMismatch {
        /// What does not fit.
        reason: MigrationMismatch,
    },
    /// The assessment window rule: an assessment is recorded between `days_before` and
    /// `days_after` its anchor (see [`Protocol`](crate::protocol::Protocol) and
    /// docs/state-machine.md). Before the window it is always refused; after it only a clinician
    /// may enter it, with a [`LateEntry`](super::LateEntry) giving the reason.
    #[error(
        "assessment window rule: the {timepoint} assessment dated {} is {}; its window is {} to {}{}",
        day(*.at),
        if .at < .opens { "before its window opens" } else { "after its window closed" },
        day(*.opens),
        day(*.closes),
        if .at < .opens { "" } else { "; a clinician may enter it late with a late_entry and its reason" },
    )]
    AssessmentOutsideWindow {
        /// The timepoint given.
        timepoint: Timepoint,
        /// When its window opens.
        opens: DateTime<Utc>,
        /// When its window closes.
        closes: DateTime<Utc>,
        /// The date given.
        at: DateTime<Utc>,
    },
    /// A late entry recorded by anyone but a clinician: a patient cannot override a window.
    #[error("assessment window rule: only a clinician may enter the {timepoint} assessment late")]
    LateEntryNeedsClinician {
        /// The timepoint given.
        timepoint: Timepoint,
    },
    /// The event may be recorded by a clinician or the system, not by the patient.
    #[error("{event} must be recorded by a clinician or the system, not the patient")]
    ClinicianOrSystemRequired {
        /// The refused event.
        event: EventType,
    },
    /// The system marked an assessment missed while its window is still open.
    #[error(
        "the {timepoint} assessment's window is open until {}; the system may mark it missed only after that (dated {})",
        day(*.closes),
        day(*.at)
    )]
    AssessmentWindowOpen {
        /// The timepoint given.
        timepoint: Timepoint,
        /// When its window closes.
        closes: DateTime<Utc>,
        /// The date given.
        at: DateTime<Utc>,
    },
    /// The unique session id rule: a session id names one session of the program.
    #[error(
        "unique session id rule: session id {session_id} is already used for session {first_number}; session {number} needs its own id"
    )]
    DuplicateSessionId {
        /// The id given.
        session_id: SessionId,
        /// The session it already names.
        first_number: u16,
        /// The session it was given for.
        number: u16,
    },
    /// An assessment of scores without answers outside the events migrated from format 1: a new
    /// assessment records the responses as answered.
    #[error(
        "the {timepoint} assessment holds scores without answers, which only events migrated from event-log format 1 may; record the responses"
    )]
    ScoresWithoutAnswers {
        /// The timepoint.
        timepoint: Timepoint,
    },
    /// An unscheduled assessment with no response.
    #[error("an unscheduled assessment needs at least one response")]
    NoResponses,
    /// Two responses to the same instrument in one unscheduled assessment.
    #[error("{instrument} is answered twice in the unscheduled assessment")]
    UnscheduledDuplicate {
        /// The instrument.
        instrument: InstrumentId,
    },
    /// The event was refused by `error`, and its content carries safety signals that were
    /// therefore not raised: the app must raise them (for example as
    /// [`EventKind::SafetyConcernRaised`](super::EventKind::SafetyConcernRaised), which every
    /// open program accepts) or bring them to a clinician at once. See docs/state-machine.md.
    #[error("{error}; the refused event carries safety signals that must still reach a clinician: {}", signals_text(.signals))]
    SafetySignalsRefused {
        /// Why the event was refused.
        error: Box<TransitionError>,
        /// The concerns the event would have raised, in the order it holds them.
        signals: Vec<SafetyConcern>,
    },
    /// A void was refused.
    #[error(transparent)]
    Void(#[from] VoidError),
}

impl TransitionError {
    /// The safety signals the refused event carried (see
    /// [`TransitionError::SafetySignalsRefused`]); empty when it carried none.
    pub fn safety_signals(&self) -> &[SafetyConcern] {
        match self {
            TransitionError::SafetySignalsRefused { signals, .. } => signals,
            _ => &[],
        }
    }

    /// The guard that refused the event: itself, or the refusal inside
    /// [`TransitionError::SafetySignalsRefused`].
    pub fn guard(&self) -> &TransitionError {
        match self {
            TransitionError::SafetySignalsRefused { error, .. } => error,
            other => other,
        }
    }

    /// `self`, carrying `signals` when there are any.
    pub(super) fn with_signals(self, signals: Vec<SafetyConcern>) -> TransitionError {
        if signals.is_empty() {
            self
        } else {
            TransitionError::SafetySignalsRefused {
                error: Box::new(self),
                signals,
            }
        }
    }
}

fn signals_text(signals: &[SafetyConcern]) -> String {
    signals
        .iter()
        .map(SafetyConcern::describe)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why a void ([`EventKind::EventVoided`](super::EventKind::EventVoided)) was refused. The
/// program and its log are unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VoidError {
    /// No event in the log has this id.
    #[error("no event in the log has the id {id}, so it cannot be voided")]
    UnknownEvent {
        /// The id given.
        id: EventId,
    },
    /// The event is already voided.
    #[error("event {id} (index {index}) is already voided, by event {by}")]
    AlreadyVoided {
        /// The id given.
        id: EventId,
        /// Its index in the log.
        index: usize,
        /// The index of the void that voided it.
        by: usize,
    },
    /// The event is itself a void; to undo a void, record the voided event again with a new id.
    #[error(
        "event {id} (index {index}) is a void, which cannot be voided; record the voided event again instead"
    )]
    VoidOfVoid {
        /// The id given.
        id: EventId,
        /// Its index in the log.
        index: usize,
    },
    /// Without the voided event, a later event would be refused by the guards.
    #[error("voiding it would leave event {index} invalid: {error}")]
    Invalidates {
        /// The index of the first later event that would be refused.
        index: usize,
        /// Why the guards would refuse it.
        error: Box<TransitionError>,
    },
}

fn due_text(due: Option<Timepoint>) -> String {
    match due {
        Some(t) => format!("the {t} assessment is"),
        None => String::from("no assessment is due"),
    }
}

/// Why a protocol migration cannot map a program's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MigrationMismatch {
    /// The evaluation sessions done do not match the new protocol's count at that position.
    EvaluationSessions {
        /// Evaluation sessions completed under the old protocol.
        done: u16,
        /// Evaluation sessions among the mapped sessions of the new protocol.
        mapped: u16,
    },
    /// The mapping counts more sessions as done than the stage allows.
    TooManySessions {
        /// Sessions mapped as done.
        mapped: u16,
        /// The most the current stage allows.
        allowed: u16,
    },
    /// An assessment already recorded is not in the new schedule.
    TimepointDropped {
        /// The recorded timepoint.
        timepoint: Timepoint,
    },
    /// No follow-up would remain due, which would complete the program by migration.
    NoFollowUpLeft,
    /// The migration session count rule: the mapping counts a different number of completed
    /// sessions than the patient completed.
    SessionCount {
        /// Sessions the patient completed.
        done: u16,
        /// Sessions the mapping counts as completed.
        mapped: u16,
    },
}

impl std::fmt::Display for MigrationMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MigrationMismatch::EvaluationSessions { done, mapped } => write!(
                f,
                "{done} evaluation sessions were done but the mapping counts {mapped}"
            ),
            MigrationMismatch::TooManySessions { mapped, allowed } => write!(
                f,
                "{mapped} sessions mapped as done; at most {allowed} fit the current stage"
            ),
            MigrationMismatch::TimepointDropped { timepoint } => write!(
                f,
                "the recorded {timepoint} assessment is not in the new schedule"
            ),
            MigrationMismatch::NoFollowUpLeft => {
                f.write_str("no follow-up would remain due; complete the program by assessment")
            }
            MigrationMismatch::SessionCount { done, mapped } => write!(
                f,
                "migration session count rule: the patient completed {done} sessions but the \
                 mapping counts {mapped}; it must count exactly the sessions completed"
            ),
        }
    }
}
