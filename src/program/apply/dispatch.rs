//! [`Program::apply`] itself: the checks every event meets (terminal state, the transition table,
//! the actor, time order), the dispatch to each event's handler, and the helpers the handlers share.

use crate::program::event::{Event, EventKind};
use crate::program::legacy::{LegacyRule, ReplayFinding};
use crate::program::state::{DischargeReason, ProgramState, Stage, WithdrawalReason};
use crate::program::{AutomaticEffect, Program, Transition, TransitionError, table};

use super::assessment::{Recorded, Recording};

/// A handler's verdict: the state to move to and the automatic effect, if any.
pub(super) type Outcome = Result<(ProgramState, Option<AutomaticEffect>), TransitionError>;

impl Program {
    /// Applies `event`: checks every guard, then moves the program and appends the event to its
    /// history.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// use pain_reprocessing::program::{Event, Program, TransitionError};
    /// use pain_reprocessing::protocol::Protocol;
    /// use pain_reprocessing::{ClinicianId, PatientId, ProgramId};
    ///
    /// let mut program = Program::new(
    ///     ProgramId::new("prog-1")?,
    ///     PatientId::new("pt-1")?,
    ///     Protocol::boulder_back_pain_study(),
    /// );
    /// let at: DateTime<Utc> = "2026-01-05T09:00:00Z".parse()?;
    /// // Enrolling before screening is refused, and nothing changes.
    /// let err = program.apply(Event::enrolled(ClinicianId::new("dr-1")?, at)).unwrap_err();
    /// assert_eq!(err.to_string(), "enrolled is not allowed while the program is referred");
    /// assert!(program.history().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A [`TransitionError`] naming the guard that refused the event. When the refused event
    /// carries safety signals (a flagged or unscorable-safety response, a reported concern, a
    /// crisis at screening), the error is [`TransitionError::SafetySignalsRefused`] and
    /// [`TransitionError::safety_signals`] returns them: no guard drops a signal silently.
    pub fn apply(&mut self, event: Event) -> Result<Transition, TransitionError> {
        // A correction of the record, outside the transition table: src/program/void.rs.
        if let EventKind::EventVoided { .. } = event.kind() {
            return self.apply_void(event);
        }
        match self.transition(&event) {
            Ok(transition) => {
                self.push_entry(event);
                Ok(transition)
            }
            Err(error) => Err(error.with_signals(event.safety_signals())),
        }
    }

    /// Every guard, then the move; the caller appends the event on success.
    fn transition(&mut self, event: &Event) -> Result<Transition, TransitionError> {
        let from = self.state;
        let event_type = event.event_type();
        if from.is_terminal() {
            return Err(TransitionError::Terminal {
                state: from.kind(),
                event: event_type,
            });
        }
        if !table::is_allowed(from.kind(), event_type) {
            return Err(TransitionError::NotAllowed {
                state: from.kind(),
                event: event_type,
            });
        }
        if event_type.needs_clinician() && !event.actor().is_clinician() {
            return Err(TransitionError::ClinicianRequired { event: event_type });
        }
        if let Some(last) = self.progress.last_event_at
            && event.at() < last
        {
            return Err(TransitionError::TimeWentBackwards {
                last,
                at: event.at(),
            });
        }
        let at = event.at();
        let index = self.history.len();
        // Format-2 rules broken by a legacy event: reported once the event is applied.
        let mut found = Vec::new();
        let (to, effect) = match event.kind() {
            EventKind::IntakeScreened { outcome } => self.on_screened(outcome, index, at),
            EventKind::RedFlagCleared { .. } => Ok((from, None)),
            EventKind::Enrolled => self.on_enrolled(at),
            EventKind::AssessmentRecorded {
                timepoint,
                responses,
                late_entry,
            } => self.on_assessment(
                Recording {
                    timepoint: *timepoint,
                    recorded: Recorded::Responses(responses),
                    late_entry: late_entry.as_ref(),
                    actor: event.actor(),
                    index,
                    at,
                },
                &mut found,
            ),
            EventKind::AssessmentMissed { timepoint, .. } => {
                self.on_assessment_missed(*timepoint, event.actor(), index, at)
            }
            EventKind::AssessmentRecordedWithoutAnswers { timepoint, scores } => {
                if index >= self.legacy_events {
                    return Err(TransitionError::ScoresWithoutAnswers {
                        timepoint: *timepoint,
                    });
                }
                self.on_assessment(
                    Recording {
                        timepoint: *timepoint,
                        recorded: Recorded::Scores(scores),
                        late_entry: None,
                        actor: event.actor(),
                        index,
                        at,
                    },
                    &mut found,
                )
            }
            EventKind::UnscheduledAssessmentRecorded { responses } => {
                self.on_unscheduled(responses, index, at)
            }
            EventKind::SessionScheduled {
                number,
                session_id,
                scheduled_for,
            } => self.on_scheduled(*number, session_id, *scheduled_for, index, &mut found),
            EventKind::SessionCancelled { number, .. } => self.on_cancelled(*number),
            EventKind::SessionCompleted { number, session_id } => {
                self.on_completed(*number, session_id, at, index, &mut found)
            }
            EventKind::SessionMissed { number } => self.on_missed(*number),
            EventKind::MissedSessionsReviewed => self.on_reviewed(),
            EventKind::TreatmentEndedEarly { .. } => self.on_ended_early(at),
            EventKind::SafetyConcernRaised { concern } => self.on_concern(concern.clone(), at),
            EventKind::SafetyConcernResolved { .. } => self.on_resolved(),
            EventKind::Paused => Ok((
                ProgramState::Paused {
                    stage: from.stage(),
                },
                None,
            )),
            EventKind::Resumed => Ok((
                ProgramState::Active {
                    stage: from.stage(),
                },
                None,
            )),
            EventKind::Withdrawn { reason } => Ok((self.withdrawn(*reason), None)),
            EventKind::Discharged { reason } => Ok((self.discharged(*reason), None)),
            EventKind::GoalSet { goal } => self.on_goal_set(goal),
            EventKind::GoalProgressRecorded { goal_id, entry } => {
                self.on_goal_progress(goal_id, entry)
            }
            EventKind::ProtocolMigrated { migration } => {
                self.on_migrated(migration, index, &mut found)
            }
            EventKind::EventVoided { .. } => Err(TransitionError::NotAllowed {
                state: from.kind(),
                event: event_type,
            }),
        }?;
        self.state = to;
        self.progress.last_event_at = Some(at);
        self.findings.extend(
            found
                .into_iter()
                .map(|rule| ReplayFinding::new(index, rule)),
        );
        Ok(Transition { from, to, effect })
    }

    pub(super) fn stage(&self) -> Stage {
        self.state.stage()
    }

    /// Whether the event at history `index` was recorded under format 1 (see
    /// [`legacy`](super::legacy)).
    pub(super) fn is_legacy(&self, index: usize) -> bool {
        index < self.legacy_events
    }

    /// A format-2 rule is broken: a legacy event is kept and the rule noted in `found`; a new
    /// event is refused with `error`.
    pub(super) fn new_rule(
        &self,
        index: usize,
        found: &mut Vec<LegacyRule>,
        rule: LegacyRule,
        error: impl FnOnce() -> TransitionError,
    ) -> Result<(), TransitionError> {
        if self.is_legacy(index) {
            found.push(rule);
            Ok(())
        } else {
            Err(error())
        }
    }

    pub(super) fn withdrawn(&self, reason: WithdrawalReason) -> ProgramState {
        ProgramState::Withdrawn {
            stage: self.stage(),
            reason,
        }
    }

    pub(super) fn discharged(&self, reason: DischargeReason) -> ProgramState {
        ProgramState::Discharged {
            stage: self.stage(),
            reason,
        }
    }
}

/// The program active in `stage`.
pub(super) fn active(stage: Stage) -> ProgramState {
    ProgramState::Active { stage }
}
