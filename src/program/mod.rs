//! The program state machine: one patient's path through one protocol, from referral to follow-up.
//!
//! A [`Program`] changes only through [`Program::apply`], one [`Event`] at a time. Guards decide:
//! screening cannot be skipped, treatment cannot start without a baseline, sessions are completed
//! in order and once, assessments are recorded only when due and with the instruments the protocol
//! lists, time never goes backwards, and a completed, withdrawn or discharged program accepts
//! nothing. A rejected event leaves the program exactly as it was and says why.
//!
//! Safety comes first. A safety flag on any recorded score (PHQ-9 item 9 above 0 or unanswered), a
//! crisis at screening, or a reported concern puts the program on a **safety hold** that pre-empts
//! every stage; only a clinician's recorded resolution lifts it, and nothing else (not a pause, not
//! a discharge, not a protocol migration) can move the program while it holds.
//!
//! Every accepted event is appended to the history; [`Program::replay`] rebuilds the identical
//! program from it, and a stored program is checked against its own history when read from JSON.
//!
//! ```
//! use chrono::{DateTime, Utc};
//! use pain_reprocessing::program::{Program, ProgramState, Stage};
//! use pain_reprocessing::protocol::Protocol;
//! use pain_reprocessing::{PatientId, ProgramId};
//!
//! let protocol = Protocol::boulder_back_pain_study();
//! let program = Program::new(ProgramId::new("prog-1")?, PatientId::new("pt-1")?, protocol);
//! assert_eq!(program.state(), ProgramState::Active { stage: Stage::Referred {} });
//!
//! let now: DateTime<Utc> = "2026-01-05T09:00:00Z".parse()?;
//! let due = program.next_actions(now);
//! assert_eq!(due[0].to_string(), "screen the intake");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod apply;
mod event;
mod log;
mod next;
mod report;
mod state;
mod summary;
mod table;

use chrono::{DateTime, Utc};

pub use self::event::{
    Actor, EarlyEndReason, Event, EventKind, EventType, ProtocolMigration, SafetyConcern,
};
pub use self::log::{EVENT_LOG_SCHEMA_VERSION, EventLog, ReplayError};
pub use self::next::{Action, NextAction};
pub use self::report::{GoalReport, ProgramReport};
pub use self::state::{DischargeReason, ProgramState, Stage, StateKind, WithdrawalReason};
pub use self::summary::{InstrumentOutcome, OutcomeSummary, default_responder_definition};
pub use self::table::{is_allowed, state_diagram};
use crate::goals::{GoalId, GoalsError, TreatmentGoal};
use crate::instruments::{InstrumentId, Score};
use crate::outcomes::Timepoint;
use crate::protocol::Protocol;
use crate::{PatientId, ProgramId};

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
        }
    }
}

/// Something an event did besides moving the state by its own meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutomaticEffect {
    /// A safety hold began (a flagged score, a crisis at screening, or a raised concern).
    SafetyHoldEntered,
    /// The last planned treatment session was completed, or treatment ended early; the
    /// post-treatment assessment is now due.
    TreatmentFinished,
    /// The last scheduled assessment was recorded; the program is complete.
    ProgramCompleted,
    /// Missed sessions reached the protocol's limit; a clinician review is due.
    MissedSessionsReviewDue,
}

/// Plain lowercase words for a clinician: `safety hold entered`, `treatment finished`,
/// `program completed`, `missed sessions review due`.
impl std::fmt::Display for AutomaticEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AutomaticEffect::SafetyHoldEntered => "safety hold entered",
            AutomaticEffect::TreatmentFinished => "treatment finished",
            AutomaticEffect::ProgramCompleted => "program completed",
            AutomaticEffect::MissedSessionsReviewDue => "missed sessions review due",
        })
    }
}

/// What an accepted event changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    from: ProgramState,
    to: ProgramState,
    effect: Option<AutomaticEffect>,
}

impl Transition {
    /// The state before.
    pub fn from(&self) -> ProgramState {
        self.from
    }

    /// The state after.
    pub fn to(&self) -> ProgramState {
        self.to
    }

    /// The automatic effect, if any.
    pub fn effect(&self) -> Option<AutomaticEffect> {
        self.effect
    }
}

/// Facts derived from the history, kept so that applying an event costs constant time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Progress {
    /// Sessions completed, in order: sessions 1..=completed are done.
    completed_sessions: u16,
    /// Booking per session number (index `number - 1`).
    scheduled: Vec<Option<DateTime<Utc>>>,
    /// No-shows since the last clinician review.
    missed_since_review: u16,
    /// History index of the recorded assessment per protocol assessment (same order).
    assessments: Vec<Option<usize>>,
    /// History index of the latest screening.
    latest_screening: Option<usize>,
    /// Safety concerns not yet resolved.
    open_concerns: Vec<SafetyConcern>,
    /// Treatment goals set, with their progress.
    goals: Vec<TreatmentGoal>,
    /// When the current safety hold began.
    hold_since: Option<DateTime<Utc>>,
    enrolled_at: Option<DateTime<Utc>>,
    treatment_started_at: Option<DateTime<Utc>>,
    treatment_ended_at: Option<DateTime<Utc>>,
    post_treatment_at: Option<DateTime<Utc>>,
    last_event_at: Option<DateTime<Utc>>,
}

/// One patient's enrollment in one protocol version. See the [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    id: ProgramId,
    patient: PatientId,
    protocol: Protocol,
    /// The protocol the program was created on, kept once a migration replaced it.
    started_on: Option<Protocol>,
    state: ProgramState,
    progress: Progress,
    history: Vec<Event>,
}

impl Program {
    /// A new program for `patient` on `protocol`, in [`Stage::Referred`].
    pub fn new(id: ProgramId, patient: PatientId, protocol: Protocol) -> Program {
        let progress = Progress {
            scheduled: vec![None; protocol.sessions().len()],
            assessments: vec![None; protocol.assessments().len()],
            ..Progress::default()
        };
        Program {
            id,
            patient,
            protocol,
            started_on: None,
            state: ProgramState::Active {
                stage: Stage::Referred {},
            },
            progress,
            history: Vec::new(),
        }
    }

    /// The program's id.
    pub fn id(&self) -> &ProgramId {
        &self.id
    }

    /// The patient's id (redacted in `Debug`).
    pub fn patient(&self) -> &PatientId {
        &self.patient
    }

    /// The protocol version the program runs.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// The current state.
    pub fn state(&self) -> ProgramState {
        self.state
    }

    /// Every accepted event, oldest first.
    pub fn history(&self) -> &[Event] {
        &self.history
    }

    /// Makes room for at least `additional` more events in the history, so that applying them
    /// does not grow it. For an app about to record or replay many events at once; otherwise
    /// unnecessary (the history grows as a `Vec` does). Apart from growing the history, applying a
    /// session, scheduling, assessment (without safety flags), pause, resume or closing event
    /// allocates nothing.
    pub fn reserve(&mut self, additional: usize) {
        self.history.reserve(additional);
    }

    /// Sessions completed so far (sessions `1..=n` are done).
    pub fn completed_sessions(&self) -> u16 {
        self.progress.completed_sessions
    }

    /// Safety concerns not yet resolved by a clinician. Withdrawal keeps them: a withdrawn program
    /// with open concerns still shows them, and [`next_actions`](Self::next_actions) asks for follow-up.
    pub fn open_safety_concerns(&self) -> &[SafetyConcern] {
        &self.progress.open_concerns
    }

    /// The treatment goals set, each with its progress history and current status.
    pub fn goals(&self) -> &[TreatmentGoal] {
        &self.progress.goals
    }

    /// The scores recorded at `timepoint`, if that assessment was recorded.
    pub fn scores_at(&self, timepoint: Timepoint) -> Option<&[Score]> {
        let position = self
            .protocol
            .assessments()
            .iter()
            .position(|a| a.timepoint() == timepoint)?;
        let index = (*self.progress.assessments.get(position)?)?;
        match self.history.get(index)?.kind() {
            EventKind::AssessmentRecorded { scores, .. } => Some(scores),
            _ => None,
        }
    }

    /// The latest screening outcome, if the intake was screened.
    pub fn latest_screening(&self) -> Option<&crate::intake::ScreeningOutcome> {
        let index = self.progress.latest_screening?;
        match self.history.get(index)?.kind() {
            EventKind::IntakeScreened { outcome } => Some(outcome),
            _ => None,
        }
    }

    /// Timepoints recorded so far, in schedule order, with when.
    pub fn recorded_assessments(&self) -> impl Iterator<Item = (Timepoint, DateTime<Utc>)> + '_ {
        self.protocol
            .assessments()
            .iter()
            .zip(&self.progress.assessments)
            .filter_map(|(spec, index)| {
                let event = self.history.get((*index)?)?;
                Some((spec.timepoint(), event.at()))
            })
    }
}

#[cfg(test)]
mod tests;
