//! [`EventKind`]: what happened, the tagged payload of an [`Event`], and [`EventType`], its name.

use chrono::{DateTime, Utc};

use super::super::envelope::EventId;
use super::super::state::{DischargeReason, WithdrawalReason};
#[cfg(doc)]
use super::Event;
use super::{EarlyEndReason, LateEntry, ProtocolMigration, SafetyConcern};
use crate::goals::{GoalEntry, GoalId, TreatmentGoal};
use crate::instruments::{Response, Score};
use crate::intake::{RedFlagClearance, ScreeningOutcome};
use crate::outcomes::Timepoint;
use crate::sessions::CancelledBy;
use crate::tagged::tagged_enum;
use crate::{Note, SessionId};

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
    /// The responses of a due assessment, as answered (unanswered items are `null`). The
    /// program scores them with the catalog's rules; a response that cannot be scored is still
    /// recorded, and its safety flags still count.
    AssessmentRecorded = "assessment_recorded" {
        /// Which assessment.
        timepoint: Timepoint,
        /// One response per instrument the protocol lists for it, as answered.
        responses: Vec<Response>,
        /// A clinician's approval of an entry after the assessment's window closed, with the
        /// reason; absent for an entry inside the window. Only a clinician records one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        late_entry: Option<LateEntry>,
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
    /// The follow-up assessment due was not taken: the next one becomes due (the last one
    /// completes the program). Recorded by a clinician at any time (for example, the patient
    /// declined) or by the system once the window has closed; never by the patient. The baseline
    /// and post-treatment assessments cannot be marked missed.
    AssessmentMissed = "assessment_missed" {
        /// The follow-up timepoint missed.
        timepoint: Timepoint,
        /// Why, where known (patient data: redacted in `Debug`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<Note>,
    },
    /// A due assessment recorded under event-log format 1, which stored derived scores and not
    /// the answers: kept as recorded, without answers. Accepted only among the leading events of
    /// a history migrated from format 1 (`legacy_events`); a new assessment records responses.
    AssessmentRecordedWithoutAnswers = "assessment_recorded_without_answers" {
        /// Which assessment.
        timepoint: Timepoint,
        /// The scores as stored, one per instrument the protocol lists.
        #[serde(deserialize_with = "crate::instruments::read_stored_scores")]
        scores: Vec<Score>,
    },
    /// An assessment outside the protocol's schedule, at any time while the program is open (a
    /// between-session PHQ-9 check-in, an extra pain NRS): any catalog instruments, each once.
    /// Kept in the history and in outcomes apart from the protocol's timepoints; a safety flag
    /// on it puts the program on hold like any other.
    UnscheduledAssessmentRecorded = "unscheduled_assessment_recorded" {
        /// One response per instrument, as answered.
        responses: Vec<Response>,
    },
    /// A clinician voided an earlier event: a correction of the record. The voided event stays in
    /// the log; the program is what the history without it gives, re-checked by the same guards.
    /// A safety concern the voided event raised stays raised until a clinician resolves it.
    EventVoided = "event_voided" {
        /// The id of the voided event.
        event_id: EventId,
        /// Why it is voided (clinician text: redacted in `Debug`).
        reason: Note,
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
                | EventType::EventVoided
        )
    }
}
