//! Events: everything that can happen to a program, with its time and who did it.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::state::{DischargeReason, WithdrawalReason};
use crate::goals::{GoalEntry, GoalId, TreatmentGoal};
use crate::instruments::Score;
use crate::intake::{RedFlag, RedFlagClearance, ScreeningOutcome};
use crate::outcomes::Timepoint;
use crate::protocol::Protocol;
use crate::sessions::CancelledBy;
use crate::tagged::tagged_enum;
use crate::{ClinicianId, Note, SessionId};

tagged_enum! {
/// Who caused an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Actor {
    tag = "role", wire = ActorWire;
    /// The patient (for example, a self-reported assessment in an app).
    Patient = "patient",
    /// A clinician, identified.
    Clinician = "clinician" {
        /// Who.
        id: ClinicianId,
    },
    /// The embedding system (for example, an automatic no-show after a missed appointment).
    System = "system",
}
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

tagged_enum! {
/// A reason for a safety hold.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SafetyConcern {
    tag = "concern", wire = SafetyConcernWire;
    /// Screening found suicide risk (crisis pathway): immediate clinician review (§2.2 `[S35]`).
    CrisisAtScreening = "crisis_at_screening",
    /// A recorded score carried a safety flag (PHQ-9 item 9 above 0, or item 9 unanswered).
    ScoreFlag = "score_flag" {
        /// The assessment the score was recorded at.
        timepoint: Timepoint,
        /// The score, flags included.
        score: Score,
    },
    /// A new red flag was reported after enrollment (§2.1).
    NewRedFlag = "new_red_flag" {
        /// Which red flag.
        flag: RedFlag,
    },
    /// Any other concern a clinician or patient raised.
    Other = "other" {
        /// What was seen (patient data: redacted in `Debug`).
        note: Option<Note>,
    },
}
}

tagged_enum! {
/// What happened: the payload of an [`Event`]. Serialized with a `type` tag, for example
/// `{"type": "session_completed", "number": 3, "session_id": "s-3"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EventKind {
    tag = "type", wire = EventKindWire,
    expecting = "an event object with its \"type\"",
    kind =
        /// The name of an event kind, without its data: the labels of the state diagram.
        EventType / fn event_type;
    /// The intake was screened; the outcome decides the next stage.
    IntakeScreened = "intake_screened" {
        /// The screening outcome, with all its reasons.
        outcome: ScreeningOutcome,
    },
    /// A clinician recorded that a red flag was medically evaluated and cleared. Screen again to
    /// move on.
    RedFlagCleared = "red_flag_cleared" {
        /// The clearance.
        clearance: RedFlagClearance,
    },
    /// A clinician enrolled the eligible patient.
    Enrolled = "enrolled",
    /// The scores of a due assessment.
    AssessmentRecorded = "assessment_recorded" {
        /// Which assessment.
        timepoint: Timepoint,
        /// One score per instrument the protocol lists for it.
        scores: Vec<Score>,
    },
    /// A session was booked (or rebooked).
    SessionScheduled = "session_scheduled" {
        /// The session's number in the protocol.
        number: u16,
        /// The app's id for the session.
        session_id: SessionId,
        /// When it is booked for.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        scheduled_for: DateTime<Utc>,
    },
    /// A session took place.
    SessionCompleted = "session_completed" {
        /// The session's number in the protocol.
        number: u16,
        /// The app's id for the session.
        session_id: SessionId,
    },
    /// The patient did not attend a session (no-show). It stays due.
    SessionMissed = "session_missed" {
        /// The session's number.
        number: u16,
    },
    /// A booking was cancelled. The session stays due.
    SessionCancelled = "session_cancelled" {
        /// The session's number.
        number: u16,
        /// Who cancelled.
        by: CancelledBy,
    },
    /// A clinician reviewed the missed sessions and decided to continue.
    MissedSessionsReviewed = "missed_sessions_reviewed",
    /// A clinician ended treatment before all planned sessions; the post-treatment assessment is
    /// still due.
    TreatmentEndedEarly = "treatment_ended_early" {
        /// Why.
        reason: EarlyEndReason,
    },
    /// A safety concern: puts the program on a safety hold.
    SafetyConcernRaised = "safety_concern_raised" {
        /// What.
        concern: SafetyConcern,
    },
    /// A clinician resolved every open safety concern; the program resumes where it was.
    SafetyConcernResolved = "safety_concern_resolved" {
        /// The clinician's note on the resolution.
        note: Option<Note>,
    },
    /// The program is paused.
    Paused = "paused",
    /// The program resumes where it was paused.
    Resumed = "resumed",
    /// The patient withdrew. Terminal.
    Withdrawn = "withdrawn" {
        /// Why.
        reason: WithdrawalReason,
    },
    /// A clinician discharged the patient. Terminal.
    Discharged = "discharged" {
        /// Why.
        reason: DischargeReason,
    },
    /// A treatment goal was set: what the person wants to do again, how it is measured, by when
    /// (at the evaluation session or any later one).
    GoalSet = "goal_set" {
        /// The goal, with no entries yet or with entries recorded before.
        goal: TreatmentGoal,
    },
    /// Progress on a goal was recorded.
    GoalProgressRecorded = "goal_progress_recorded" {
        /// Which goal.
        goal_id: GoalId,
        /// The dated status, and the measured value where there is one.
        entry: GoalEntry,
    },
    /// The program moves to a new version of its protocol, with an explicit mapping of its
    /// position.
    ProtocolMigrated = "protocol_migrated" {
        /// The new protocol and the mapping.
        migration: Box<ProtocolMigration>,
    },
}
}

impl EventType {
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
    #[serde(with = "crate::json::rfc3339::DateTime")]
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
        Event::new(at, Actor::clinician(clinician), EventKind::Enrolled)
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
