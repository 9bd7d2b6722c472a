//! [`Event`]: something that happened to a program, when and by whom, and its constructors.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::super::envelope::EventId;
use super::{
    Actor, EventKind, EventType, LateEntry, SafetyConcern, response_signals, score_signals,
};
use crate::instruments::Response;
use crate::intake::ScreeningOutcome;
use crate::outcomes::Timepoint;
#[cfg(doc)]
use crate::protocol::Protocol;
use crate::{ClinicianId, Note, SessionId};

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
    /// the event is refused, [`TransitionError::safety_signals`](super::super::TransitionError::safety_signals)
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
