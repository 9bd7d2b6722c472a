//! Events: everything that can happen to a program, with its time and who did it.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::envelope::EventId;
use super::state::{DischargeReason, WithdrawalReason};
use crate::goals::{GoalEntry, GoalId, TreatmentGoal};
use crate::instruments::{InstrumentId, Response, SafetyFlag, Score};
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
    /// A recorded response raised a safety flag (PHQ-9 item 9 above 0, or item 9 unanswered),
    /// whether or not the response could be scored.
    ResponseFlag = "response_flag" {
        /// The assessment it was recorded at; absent for an unscheduled assessment.
        timepoint: Option<Timepoint>,
        /// The instrument.
        instrument: InstrumentId,
        /// The flag the answers raise.
        flag: SafetyFlag,
    },
    /// A stored score (read from a format-1 log, which kept scores without answers) whose total
    /// proves the safety item was answered above 0 although it carries no flag: a PHQ-9 total of
    /// 25-27 needs item 9 above 0, as the other eight items reach at most 24 (§2.2 `[S35]`).
    UnflaggedScore = "unflagged_score" {
        /// The assessment the score was recorded at.
        timepoint: Timepoint,
        /// The score as stored.
        score: Score,
    },
}
}

/// Plain words for a clinician: `crisis at screening`, `phq9 at baseline: suicidal ideation (item
/// 9 answered 2)`.
impl std::fmt::Display for SafetyConcern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SafetyConcern::CrisisAtScreening => f.write_str("crisis at screening"),
            SafetyConcern::ScoreFlag { timepoint, score } => {
                let flags: Vec<String> = score
                    .safety_flags()
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                write!(
                    f,
                    "{} at {timepoint}: {}",
                    score.instrument(),
                    flags.join(", ")
                )
            }
            SafetyConcern::NewRedFlag { flag } => write!(f, "new red flag {flag:?}"),
            SafetyConcern::Other { .. } => f.write_str("a concern raised (see its note)"),
            SafetyConcern::ResponseFlag {
                timepoint,
                instrument,
                flag,
            } => match timepoint {
                Some(timepoint) => write!(f, "{instrument} at {timepoint}: {flag}"),
                None => write!(f, "{instrument} unscheduled: {flag}"),
            },
            SafetyConcern::UnflaggedScore { timepoint, score } => write!(
                f,
                "{} at {timepoint}: a total of {} proves item 9 above 0 but the stored score has no flag",
                score.instrument(),
                score
                    .total()
                    .map(|total| total.to_string())
                    .unwrap_or_default()
            ),
        }
    }
}

impl SafetyConcern {
    pub(super) fn describe(&self) -> String {
        self.to_string()
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

/// A clinician's approval of an assessment entered after its window closed: who approved it and
/// why. Recorded in the [`EventKind::AssessmentRecorded`] event itself, so the history shows that
/// the entry was late and on whose authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct LateEntry {
    approved_by: ClinicianId,
    reason: Note,
}

impl LateEntry {
    /// A late entry approved by `approved_by` for `reason`.
    pub fn new(approved_by: ClinicianId, reason: Note) -> LateEntry {
        LateEntry {
            approved_by,
            reason,
        }
    }

    /// The clinician who approved the late entry.
    pub fn approved_by(&self) -> &ClinicianId {
        &self.approved_by
    }

    /// Why the assessment was entered late (patient data: redacted in `Debug`).
    pub fn reason(&self) -> &Note {
        &self.reason
    }
}

/// A move to a new version of the same protocol.
///
/// The mapping is explicit: `completed_sessions` is how many of the new protocol's sessions count
/// as already done (sessions are completed in order, so a count is the whole position). It must
/// be exactly the number of sessions the patient completed ([`Program::completed_sessions`],
/// evaluation sessions included): a migration neither invents nor loses a session. Each of those
/// must be of the same kind as the session the patient actually completed at that number, and
/// every assessment already recorded must exist in the new schedule; otherwise the migration is
/// rejected with the reason, never guessed.
///
/// [`Program::completed_sessions`]: super::Program::completed_sessions
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

    /// The responses to the assessment at `timepoint`, as answered, recorded by `actor`. The
    /// forms to fill are [`Protocol::forms_for`].
    pub fn assessment(
        timepoint: Timepoint,
        responses: impl IntoIterator<Item = Response>,
        actor: Actor,
        at: DateTime<Utc>,
    ) -> Event {
        Event::new(
            at,
            actor,
            EventKind::AssessmentRecorded {
                timepoint,
                responses: responses.into_iter().collect(),
                late_entry: None,
            },
        )
    }

    /// The follow-up at `timepoint` was not taken, as recorded by `actor` (a clinician, or the
    /// system once the window closed).
    pub fn assessment_missed(timepoint: Timepoint, actor: Actor, at: DateTime<Utc>) -> Event {
        Event::new(
            at,
            actor,
            EventKind::AssessmentMissed {
                timepoint,
                note: None,
            },
        )
    }

    /// Responses recorded outside the protocol's schedule (a between-session check-in), by
    /// `actor`.
    pub fn unscheduled_assessment(
        responses: impl IntoIterator<Item = Response>,
        actor: Actor,
        at: DateTime<Utc>,
    ) -> Event {
        Event::new(
            at,
            actor,
            EventKind::UnscheduledAssessmentRecorded {
                responses: responses.into_iter().collect(),
            },
        )
    }

    /// This assessment event, entered after its window closed with `late_entry` approving it. Any
    /// other event is returned unchanged.
    #[must_use]
    pub fn with_late_entry(mut self, late_entry: LateEntry) -> Event {
        if let EventKind::AssessmentRecorded {
            late_entry: slot, ..
        } = &mut self.event
        {
            *slot = Some(late_entry);
        }
        self
    }

    /// The safety signals this event's content carries: the concerns it raises when accepted (a
    /// flagged or unscorable-safety response, a reported concern, a crisis at screening). When
    /// the event is refused, [`TransitionError::safety_signals`](super::TransitionError::safety_signals)
    /// carries the same list.
    pub fn safety_signals(&self) -> Vec<SafetyConcern> {
        match &self.event {
            EventKind::IntakeScreened { outcome } => {
                if matches!(
                    outcome.decision(),
                    crate::intake::ScreeningDecision::CrisisPathway
                ) {
                    vec![SafetyConcern::CrisisAtScreening]
                } else {
                    Vec::new()
                }
            }
            EventKind::AssessmentRecorded {
                timepoint,
                responses,
                ..
            } => response_signals(Some(*timepoint), responses).collect(),
            EventKind::UnscheduledAssessmentRecorded { responses } => {
                response_signals(None, responses).collect()
            }
            EventKind::AssessmentRecordedWithoutAnswers { timepoint, scores } => {
                score_signals(*timepoint, scores).collect()
            }
            EventKind::SafetyConcernRaised { concern } => vec![concern.clone()],
            _ => Vec::new(),
        }
    }

    /// A void of the event with id `event_id` by `clinician`, for `reason`.
    pub fn voided(
        event_id: EventId,
        reason: Note,
        clinician: ClinicianId,
        at: DateTime<Utc>,
    ) -> Event {
        Event::new(
            at,
            Actor::clinician(clinician),
            EventKind::EventVoided { event_id, reason },
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

/// The concerns the safety flags of `responses` raise.
pub(super) fn response_signals(
    timepoint: Option<Timepoint>,
    responses: &[Response],
) -> impl Iterator<Item = SafetyConcern> + '_ {
    responses.iter().flat_map(move |response| {
        let instrument = response.instrument();
        let flags = response.safety_flags();
        let flags = flags.as_slice();
        // At most two flags per response, taken by value: no allocation.
        [flags.first().copied(), flags.get(1).copied()]
            .into_iter()
            .flatten()
            .map(move |flag| SafetyConcern::ResponseFlag {
                timepoint,
                instrument,
                flag,
            })
    })
}

/// The concerns stored scores raise: their own flags, and a flag their total proves but they lack.
pub(super) fn score_signals(
    timepoint: Timepoint,
    scores: &[Score],
) -> impl Iterator<Item = SafetyConcern> + '_ {
    scores.iter().filter_map(move |score| {
        if score.has_safety_flag() {
            Some(SafetyConcern::ScoreFlag {
                timepoint,
                score: *score,
            })
        } else if crate::instruments::unflagged_safety_total(score).is_some() {
            Some(SafetyConcern::UnflaggedScore {
                timepoint,
                score: *score,
            })
        } else {
            None
        }
    })
}
