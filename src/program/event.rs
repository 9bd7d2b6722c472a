//! Events: everything that can happen to a program, with its time and who did it.

use std::fmt;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::state::{DischargeReason, WithdrawalReason};
use crate::goals::{GoalEntry, GoalId, TreatmentGoal};
use crate::instruments::Score;
use crate::intake::{RedFlag, RedFlagClearance, ScreeningOutcome};
use crate::outcomes::Timepoint;
use crate::protocol::Protocol;
use crate::sessions::CancelledBy;
use crate::tagged::read_tag_first;
use crate::{ClinicianId, Note, SessionId};

/// Who caused an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "role", rename_all = "snake_case", deny_unknown_fields)]
pub enum Actor {
    /// The patient (for example, a self-reported assessment in an app).
    Patient {},
    /// A clinician, identified.
    Clinician {
        /// Who.
        id: ClinicianId,
    },
    /// The embedding system (for example, an automatic no-show after a missed appointment).
    System {},
}

impl Actor {
    /// A clinician actor.
    pub fn clinician(id: ClinicianId) -> Actor {
        Actor::Clinician { id }
    }

    /// Whether this is a clinician.
    pub fn is_clinician(&self) -> bool {
        matches!(self, Actor::Clinician { .. })
    }
}

/// Why a clinician ended treatment before all planned sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EarlyEndReason {
    /// Pain resolved; further sessions not needed.
    Recovered,
    /// Too many sessions missed to continue.
    Adherence,
    /// A clinical reason, recorded elsewhere.
    Clinical,
    /// Another reason.
    Other,
}

/// A reason for a safety hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "concern", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SafetyConcern {
    /// Screening found suicide risk (crisis pathway): immediate clinician review (§2.2 `[S35]`).
    CrisisAtScreening {},
    /// A recorded score carried a safety flag (PHQ-9 item 9 above 0, or item 9 unanswered).
    ScoreFlag {
        /// The assessment the score was recorded at.
        timepoint: Timepoint,
        /// The score, flags included.
        score: Score,
    },
    /// A new red flag was reported after enrollment (§2.1).
    NewRedFlag {
        /// Which red flag.
        flag: RedFlag,
    },
    /// Any other concern a clinician or patient raised.
    Other {
        /// What was seen (patient data: redacted in `Debug`).
        note: Option<Note>,
    },
}

/// Defines [`EventKind`] (written with a `type` tag, and described by its schema) and the mirror
/// it is read through: the same variants and fields with serde's external tagging, which
/// [`crate::tagged::read_tag_first`] reads without buffering the event.
macro_rules! event_kinds {
    (
        $(#[$meta:meta])*
        pub enum EventKind {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident { $( $(#[$field_meta:meta])* $field:ident : $type:ty ),* $(,)? }
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
        #[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
        #[non_exhaustive]
        pub enum EventKind {
            $(
                $(#[$variant_meta])*
                $variant { $( $(#[$field_meta])* $field: $type ),* }
            ),*
        }

        /// [`EventKind`] as serde's externally tagged enums are read: `{"enrolled": {}}`.
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case", deny_unknown_fields)]
        enum WireEventKind {
            $( $variant { $( $field: $type ),* } ),*
        }

        impl From<WireEventKind> for EventKind {
            fn from(wire: WireEventKind) -> EventKind {
                match wire {
                    $( WireEventKind::$variant { $( $field ),* } => EventKind::$variant { $( $field ),* } ),*
                }
            }
        }
    };
}

event_kinds! {
/// What happened: the payload of an [`Event`]. Serialized with a `type` tag, for example
/// `{"type": "session_completed", "number": 3, "session_id": "s-3"}`.
pub enum EventKind {
    /// The intake was screened; the outcome decides the next stage.
    IntakeScreened {
        /// The screening outcome, with all its reasons.
        outcome: ScreeningOutcome,
    },
    /// A clinician recorded that a red flag was medically evaluated and cleared. Screen again to
    /// move on.
    RedFlagCleared {
        /// The clearance.
        clearance: RedFlagClearance,
    },
    /// A clinician enrolled the eligible patient.
    Enrolled {},
    /// The scores of a due assessment.
    AssessmentRecorded {
        /// Which assessment.
        timepoint: Timepoint,
        /// One score per instrument the protocol lists for it.
        scores: Vec<Score>,
    },
    /// A session was booked (or rebooked).
    SessionScheduled {
        /// The session's number in the protocol.
        number: u16,
        /// The app's id for the session.
        session_id: SessionId,
        /// When it is booked for.
        scheduled_for: DateTime<Utc>,
    },
    /// A session took place.
    SessionCompleted {
        /// The session's number in the protocol.
        number: u16,
        /// The app's id for the session.
        session_id: SessionId,
    },
    /// The patient did not attend a session (no-show). It stays due.
    SessionMissed {
        /// The session's number.
        number: u16,
    },
    /// A booking was cancelled. The session stays due.
    SessionCancelled {
        /// The session's number.
        number: u16,
        /// Who cancelled.
        by: CancelledBy,
    },
    /// A clinician reviewed the missed sessions and decided to continue.
    MissedSessionsReviewed {},
    /// A clinician ended treatment before all planned sessions; the post-treatment assessment is
    /// still due.
    TreatmentEndedEarly {
        /// Why.
        reason: EarlyEndReason,
    },
    /// A safety concern: puts the program on a safety hold.
    SafetyConcernRaised {
        /// What.
        concern: SafetyConcern,
    },
    /// A clinician resolved every open safety concern; the program resumes where it was.
    SafetyConcernResolved {
        /// The clinician's note on the resolution.
        note: Option<Note>,
    },
    /// The program is paused.
    Paused {},
    /// The program resumes where it was paused.
    Resumed {},
    /// The patient withdrew. Terminal.
    Withdrawn {
        /// Why.
        reason: WithdrawalReason,
    },
    /// A clinician discharged the patient. Terminal.
    Discharged {
        /// Why.
        reason: DischargeReason,
    },
    /// A treatment goal was set: what the person wants to do again, how it is measured, by when
    /// (at the evaluation session or any later one).
    GoalSet {
        /// The goal, with no entries yet or with entries recorded before.
        goal: TreatmentGoal,
    },
    /// Progress on a goal was recorded.
    GoalProgressRecorded {
        /// Which goal.
        goal_id: GoalId,
        /// The dated status, and the measured value where there is one.
        entry: GoalEntry,
    },
    /// The program moves to a new version of its protocol, with an explicit mapping of its
    /// position.
    ProtocolMigrated {
        /// The new protocol and the mapping.
        migration: Box<ProtocolMigration>,
    },
}
}

impl<'de> Deserialize<'de> for EventKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<EventKind, D::Error> {
        read_tag_first::<D, WireEventKind>(
            deserializer,
            "type",
            "an event object with its \"type\"",
        )
        .map(EventKind::from)
    }
}

/// The name of an event kind, without its data: the labels of the state diagram.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventType {
    /// [`EventKind::IntakeScreened`].
    IntakeScreened,
    /// [`EventKind::RedFlagCleared`].
    RedFlagCleared,
    /// [`EventKind::Enrolled`].
    Enrolled,
    /// [`EventKind::AssessmentRecorded`].
    AssessmentRecorded,
    /// [`EventKind::SessionScheduled`].
    SessionScheduled,
    /// [`EventKind::SessionCompleted`].
    SessionCompleted,
    /// [`EventKind::SessionMissed`].
    SessionMissed,
    /// [`EventKind::SessionCancelled`].
    SessionCancelled,
    /// [`EventKind::MissedSessionsReviewed`].
    MissedSessionsReviewed,
    /// [`EventKind::TreatmentEndedEarly`].
    TreatmentEndedEarly,
    /// [`EventKind::SafetyConcernRaised`].
    SafetyConcernRaised,
    /// [`EventKind::SafetyConcernResolved`].
    SafetyConcernResolved,
    /// [`EventKind::Paused`].
    Paused,
    /// [`EventKind::Resumed`].
    Resumed,
    /// [`EventKind::Withdrawn`].
    Withdrawn,
    /// [`EventKind::Discharged`].
    Discharged,
    /// [`EventKind::GoalSet`].
    GoalSet,
    /// [`EventKind::GoalProgressRecorded`].
    GoalProgressRecorded,
    /// [`EventKind::ProtocolMigrated`].
    ProtocolMigrated,
}

impl EventType {
    /// Every event type.
    pub const ALL: [EventType; 19] = [
        EventType::IntakeScreened,
        EventType::RedFlagCleared,
        EventType::Enrolled,
        EventType::AssessmentRecorded,
        EventType::SessionScheduled,
        EventType::SessionCompleted,
        EventType::SessionMissed,
        EventType::SessionCancelled,
        EventType::MissedSessionsReviewed,
        EventType::TreatmentEndedEarly,
        EventType::SafetyConcernRaised,
        EventType::SafetyConcernResolved,
        EventType::Paused,
        EventType::Resumed,
        EventType::Withdrawn,
        EventType::Discharged,
        EventType::GoalSet,
        EventType::GoalProgressRecorded,
        EventType::ProtocolMigrated,
    ];

    /// The snake_case name, as in JSON and the diagram.
    pub fn name(self) -> &'static str {
        match self {
            EventType::IntakeScreened => "intake_screened",
            EventType::RedFlagCleared => "red_flag_cleared",
            EventType::Enrolled => "enrolled",
            EventType::AssessmentRecorded => "assessment_recorded",
            EventType::SessionScheduled => "session_scheduled",
            EventType::SessionCompleted => "session_completed",
            EventType::SessionMissed => "session_missed",
            EventType::SessionCancelled => "session_cancelled",
            EventType::MissedSessionsReviewed => "missed_sessions_reviewed",
            EventType::TreatmentEndedEarly => "treatment_ended_early",
            EventType::SafetyConcernRaised => "safety_concern_raised",
            EventType::SafetyConcernResolved => "safety_concern_resolved",
            EventType::Paused => "paused",
            EventType::Resumed => "resumed",
            EventType::Withdrawn => "withdrawn",
            EventType::Discharged => "discharged",
            EventType::GoalSet => "goal_set",
            EventType::GoalProgressRecorded => "goal_progress_recorded",
            EventType::ProtocolMigrated => "protocol_migrated",
        }
    }

    /// Whether only a clinician may cause this event: the decisions of the program.
    pub fn needs_clinician(self) -> bool {
        matches!(
            self,
            EventType::Enrolled
                | EventType::RedFlagCleared
                | EventType::MissedSessionsReviewed
                | EventType::TreatmentEndedEarly
                | EventType::SafetyConcernResolved
                | EventType::Discharged
                | EventType::ProtocolMigrated
        )
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl EventKind {
    /// The kind's name.
    pub fn event_type(&self) -> EventType {
        match self {
            EventKind::IntakeScreened { .. } => EventType::IntakeScreened,
            EventKind::RedFlagCleared { .. } => EventType::RedFlagCleared,
            EventKind::Enrolled {} => EventType::Enrolled,
            EventKind::AssessmentRecorded { .. } => EventType::AssessmentRecorded,
            EventKind::SessionScheduled { .. } => EventType::SessionScheduled,
            EventKind::SessionCompleted { .. } => EventType::SessionCompleted,
            EventKind::SessionMissed { .. } => EventType::SessionMissed,
            EventKind::SessionCancelled { .. } => EventType::SessionCancelled,
            EventKind::MissedSessionsReviewed {} => EventType::MissedSessionsReviewed,
            EventKind::TreatmentEndedEarly { .. } => EventType::TreatmentEndedEarly,
            EventKind::SafetyConcernRaised { .. } => EventType::SafetyConcernRaised,
            EventKind::SafetyConcernResolved { .. } => EventType::SafetyConcernResolved,
            EventKind::Paused {} => EventType::Paused,
            EventKind::Resumed {} => EventType::Resumed,
            EventKind::Withdrawn { .. } => EventType::Withdrawn,
            EventKind::Discharged { .. } => EventType::Discharged,
            EventKind::GoalSet { .. } => EventType::GoalSet,
            EventKind::GoalProgressRecorded { .. } => EventType::GoalProgressRecorded,
            EventKind::ProtocolMigrated { .. } => EventType::ProtocolMigrated,
        }
    }
}

/// A move to a new version of the same protocol.
///
/// The mapping is explicit: `completed_sessions` is how many of the new protocol's sessions count
/// as already done (sessions are completed in order, so a count is the whole position). Each of
/// those must be of the same kind as the session the patient actually completed at that number,
/// and every assessment already recorded must exist in the new schedule; otherwise the migration
/// is rejected with the reason, never guessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ProtocolMigration {
    protocol: Protocol,
    completed_sessions: u16,
}

impl ProtocolMigration {
    /// A migration to `protocol`, counting `completed_sessions` of it as done.
    pub fn new(protocol: Protocol, completed_sessions: u16) -> ProtocolMigration {
        ProtocolMigration {
            protocol,
            completed_sessions,
        }
    }

    /// The new protocol.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// Sessions of the new protocol that count as completed.
    pub fn completed_sessions(&self) -> u16 {
        self.completed_sessions
    }
}

/// Something that happened to a program: when, who, and what.
///
/// JSON: `{"at": "2026-01-05T15:00:00Z", "actor": {"role": "clinician", "id": "dr-1"},
/// "event": {"type": "enrolled"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Event {
    at: DateTime<Utc>,
    actor: Actor,
    event: EventKind,
}

impl Event {
    /// An event of `kind` caused by `actor` at `at`.
    pub fn new(at: DateTime<Utc>, actor: Actor, kind: EventKind) -> Event {
        Event {
            at,
            actor,
            event: kind,
        }
    }

    /// When it happened.
    pub fn at(&self) -> DateTime<Utc> {
        self.at
    }

    /// Who caused it.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// What happened.
    pub fn kind(&self) -> &EventKind {
        &self.event
    }

    /// The kind's name.
    pub fn event_type(&self) -> EventType {
        self.event.event_type()
    }

    /// A screening recorded by `clinician`.
    pub fn screened(outcome: ScreeningOutcome, clinician: ClinicianId, at: DateTime<Utc>) -> Event {
        Event::new(
            at,
            Actor::clinician(clinician),
            EventKind::IntakeScreened { outcome },
        )
    }

    /// An enrollment by `clinician`.
    pub fn enrolled(clinician: ClinicianId, at: DateTime<Utc>) -> Event {
        Event::new(at, Actor::clinician(clinician), EventKind::Enrolled {})
    }

    /// The scores of the assessment at `timepoint`, recorded by `actor`.
    pub fn assessment(
        timepoint: Timepoint,
        scores: impl IntoIterator<Item = Score>,
        actor: Actor,
        at: DateTime<Utc>,
    ) -> Event {
        Event::new(
            at,
            actor,
            EventKind::AssessmentRecorded {
                timepoint,
                scores: scores.into_iter().collect(),
            },
        )
    }

    /// Session `number` took place, as recorded by `clinician`.
    pub fn session_completed(
        number: u16,
        session_id: SessionId,
        clinician: ClinicianId,
        at: DateTime<Utc>,
    ) -> Event {
        Event::new(
            at,
            Actor::clinician(clinician),
            EventKind::SessionCompleted { number, session_id },
        )
    }
}
