//! [`Program::apply`]: the guards and the transitions.
//!
//! Every handler checks everything first and changes the program only once all checks passed, so a
//! refused event leaves the program exactly as it was.

use chrono::{DateTime, Utc};

use super::event::{
    Actor, Event, EventKind, LateEntry, ProtocolMigration, SafetyConcern, response_signals,
    score_signals,
};
use super::legacy::{LegacyRule, ReplayFinding};
use super::machine::ScoredAssessment;
use super::state::{DischargeReason, ProgramState, Stage, WithdrawalReason};
use super::{AutomaticEffect, MigrationMismatch, Program, Transition, TransitionError, table};
use crate::SessionId;
use crate::goals::{GoalEntry, GoalId, TreatmentGoal};
use crate::instruments::{InstrumentId, Response, Score, unflagged_safety_total};
use crate::intake::{ScreeningDecision, ScreeningOutcome};
use crate::outcomes::Timepoint;

/// A handler's verdict: the state to move to and the automatic effect, if any.
type Outcome = Result<(ProgramState, Option<AutomaticEffect>), TransitionError>;

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

    fn stage(&self) -> Stage {
        self.state.stage()
    }

    /// Whether the event at history `index` was recorded under format 1 (see
    /// [`legacy`](super::legacy)).
    fn is_legacy(&self, index: usize) -> bool {
        index < self.legacy_events
    }

    /// A format-2 rule is broken: a legacy event is kept and the rule noted in `found`; a new
    /// event is refused with `error`.
    fn new_rule(
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

    fn on_screened(
        &mut self,
        outcome: &ScreeningOutcome,
        index: usize,
        at: DateTime<Utc>,
    ) -> Outcome {
        self.progress.latest_screening = Some(index);
        Ok(match outcome.decision() {
            ScreeningDecision::Eligible => (active(Stage::Eligible), None),
            ScreeningDecision::ReferForMedicalEvaluation { urgency } => (
                active(Stage::AwaitingMedicalEvaluation { urgency: *urgency }),
                None,
            ),
            ScreeningDecision::NotEligible => (active(Stage::NotEligible), None),
            ScreeningDecision::CrisisPathway => {
                self.enter_hold(SafetyConcern::CrisisAtScreening, at);
                (
                    ProgramState::SafetyHold {
                        stage: Stage::Screening,
                        paused: false,
                    },
                    Some(AutomaticEffect::SafetyHoldEntered),
                )
            }
            // Required safety answers are missing: screen again once they are given.
            ScreeningDecision::Incomplete => (active(Stage::Screening), None),
        })
    }

    fn on_enrolled(&mut self, at: DateTime<Utc>) -> Outcome {
        self.progress.enrolled_at = Some(at);
        Ok((active(Stage::BaselineAssessment), None))
    }

    /// The assessment due in the current stage, if any.
    pub(super) fn due_timepoint(&self) -> Option<Timepoint> {
        match self.stage() {
            Stage::BaselineAssessment => Some(Timepoint::Baseline),
            Stage::PostTreatmentAssessment => Some(Timepoint::PostTreatment),
            Stage::FollowUp { next } => Some(next),
            _ => None,
        }
    }

    fn on_assessment(&mut self, recording: Recording<'_>, found: &mut Vec<LegacyRule>) -> Outcome {
        let Recording {
            timepoint,
            recorded,
            index,
            at,
            ..
        } = recording;
        let due = self.due_timepoint();
        let not_due = TransitionError::AssessmentNotDue { timepoint, due };
        if due != Some(timepoint) {
            return Err(not_due);
        }
        let Some(position) = self
            .protocol
            .assessments()
            .iter()
            .position(|a| a.timepoint() == timepoint)
        else {
            return Err(not_due);
        };
        let Some(spec) = self.protocol.assessments().get(position) else {
            return Err(not_due);
        };
        let mut seen = InstrumentSet::EMPTY;
        for instrument in recorded.instruments() {
            if !spec.instruments().contains(&instrument) {
                return Err(TransitionError::UnexpectedInstrument {
                    timepoint,
                    instrument,
                });
            }
            if !seen.insert(instrument) {
                return Err(TransitionError::DuplicateInstrument {
                    timepoint,
                    instrument,
                });
            }
        }
        if let Some(&instrument) = spec.instruments().iter().find(|&&i| !seen.contains(i)) {
            return Err(TransitionError::MissingInstrument {
                timepoint,
                instrument,
            });
        }
        let next = match timepoint {
            Timepoint::Baseline => {
                let evaluations = self.protocol.evaluation_session_count();
                if evaluations > 0 {
                    Stage::Evaluation {
                        completed: 0,
                        planned: evaluations,
                    }
                } else {
                    Stage::InTreatment {
                        completed: 0,
                        planned: self.protocol.treatment_session_count(),
                    }
                }
            }
            _ => match self.protocol.follow_up_after(timepoint) {
                Some(next) => Stage::FollowUp { next },
                None => Stage::Completed,
            },
        };
        self.check_window(&recording, found)?;
        // All checks passed: record.
        if let Some(slot) = self.progress.assessments.get_mut(position) {
            *slot = Some(index);
        }
        match timepoint {
            Timepoint::Baseline => self.progress.baseline_at = Some(at),
            Timepoint::PostTreatment => self.progress.post_treatment_at = Some(at),
            Timepoint::FollowUp { .. } => {}
        }
        let flagged = self.record_scores(Some(timepoint), recorded, index, at);
        Ok(if flagged {
            (
                ProgramState::SafetyHold {
                    stage: next,
                    paused: false,
                },
                Some(AutomaticEffect::SafetyHoldEntered),
            )
        } else if next == (Stage::Completed) {
            (active(next), Some(AutomaticEffect::ProgramCompleted))
        } else {
            (active(next), None)
        })
    }

    /// The assessment window rule: never before the window opens; after it closes only with a
    /// clinician's late entry. A refusal still carries the assessment's safety signals (see
    /// [`TransitionError::safety_signals`]).
    fn check_window(
        &self,
        recording: &Recording<'_>,
        found: &mut Vec<LegacyRule>,
    ) -> Result<(), TransitionError> {
        let Recording {
            timepoint,
            late_entry,
            actor,
            index,
            at,
            ..
        } = *recording;
        let Some((opens, closes)) = self.window(timepoint) else {
            return Ok(());
        };
        let outside = || TransitionError::AssessmentOutsideWindow {
            timepoint,
            opens,
            closes,
            at,
        };
        let rule = LegacyRule::AssessmentWindow {
            timepoint,
            opens,
            closes,
            at,
        };
        if at < opens {
            return self.new_rule(index, found, rule, outside);
        }
        if at <= closes {
            return Ok(());
        }
        match late_entry {
            // Format 1 had no late entries, so a legacy event never reaches these two arms.
            Some(_) if actor.is_clinician() => Ok(()),
            Some(_) => Err(TransitionError::LateEntryNeedsClinician { timepoint }),
            None => self.new_rule(index, found, rule, outside),
        }
    }

    fn on_assessment_missed(
        &mut self,
        timepoint: Timepoint,
        actor: &Actor,
        index: usize,
        at: DateTime<Utc>,
    ) -> Outcome {
        let due = self.due_timepoint();
        if due != Some(timepoint) || !matches!(timepoint, Timepoint::FollowUp { .. }) {
            return Err(TransitionError::AssessmentNotDue { timepoint, due });
        }
        match actor {
            Actor::Patient => {
                return Err(TransitionError::ClinicianOrSystemRequired {
                    event: super::EventType::AssessmentMissed,
                });
            }
            Actor::System => {
                if let Some((_, closes)) = self.window(timepoint)
                    && at <= closes
                {
                    return Err(TransitionError::AssessmentWindowOpen {
                        timepoint,
                        closes,
                        at,
                    });
                }
            }
            Actor::Clinician { .. } => {}
        }
        let position = self
            .protocol
            .assessments()
            .iter()
            .position(|a| a.timepoint() == timepoint);
        if let Some(slot) = position.and_then(|p| self.progress.assessments.get_mut(p)) {
            *slot = Some(index);
        }
        Ok(match self.protocol.follow_up_after(timepoint) {
            Some(next) => (active(Stage::FollowUp { next }), None),
            None => (
                active(Stage::Completed),
                Some(AutomaticEffect::ProgramCompleted),
            ),
        })
    }

    /// The id of the session event at history `index`.
    fn session_id_at(&self, index: usize) -> Option<&SessionId> {
        match self.history.get(index)?.kind() {
            EventKind::SessionScheduled { session_id, .. }
            | EventKind::SessionCompleted { session_id, .. } => Some(session_id),
            _ => None,
        }
    }

    /// The unique session id rule: `session_id` names session `number` only.
    fn check_session_id(
        &self,
        number: u16,
        session_id: &SessionId,
        index: usize,
        found: &mut Vec<LegacyRule>,
    ) -> Result<(), TransitionError> {
        let first = self
            .progress
            .session_ids
            .iter()
            .zip(1_u16..)
            .filter(|&(_, other)| other != number)
            .find_map(|(slot, other)| {
                (self.session_id_at((*slot)?)? == session_id).then_some(other)
            });
        let Some(first_number) = first else {
            return Ok(());
        };
        self.new_rule(
            index,
            found,
            LegacyRule::DuplicateSessionId {
                session_id: session_id.clone(),
                first_number,
                number,
            },
            || TransitionError::DuplicateSessionId {
                session_id: session_id.clone(),
                first_number,
                number,
            },
        )
    }

    /// Remembers the first event that named session `number`'s id.
    fn bind_session_id(&mut self, number: u16, index: usize) {
        if let Some(slot @ None) = usize::from(number)
            .checked_sub(1)
            .and_then(|i| self.progress.session_ids.get_mut(i))
        {
            *slot = Some(index);
        }
    }

    /// Keeps the scores derived from `recorded` and raises every concern its content carries;
    /// whether any was raised. Legacy scores whose total proves a missing flag are reported.
    fn record_scores(
        &mut self,
        timepoint: Option<Timepoint>,
        recorded: Recorded<'_>,
        index: usize,
        at: DateTime<Utc>,
    ) -> bool {
        let start = self.progress.scores.len();
        let mut flagged = false;
        match recorded {
            // A response that cannot be scored is recorded without a score; its flags still count.
            Recorded::Responses(responses) => {
                self.progress
                    .scores
                    .extend(responses.iter().filter_map(|r| r.score().ok()));
                for concern in response_signals(timepoint, responses) {
                    flagged = true;
                    self.enter_hold(concern, at);
                }
            }
            Recorded::Scores(scores) => {
                if let Some(timepoint) = timepoint {
                    for score in scores {
                        if let Some(item_at_least) = unflagged_safety_total(score) {
                            self.findings.push(ReplayFinding::new(
                                index,
                                LegacyRule::UnflaggedSafetyTotal {
                                    timepoint,
                                    score: *score,
                                    item_at_least,
                                },
                            ));
                        }
                    }
                }
                self.progress.scores.extend_from_slice(scores);
                if let Some(timepoint) = timepoint {
                    for concern in score_signals(timepoint, scores) {
                        flagged = true;
                        self.enter_hold(concern, at);
                    }
                }
            }
        }
        let end = self.progress.scores.len();
        self.progress
            .scored
            .push(ScoredAssessment { index, start, end });
        flagged
    }

    fn on_unscheduled(
        &mut self,
        responses: &[Response],
        index: usize,
        at: DateTime<Utc>,
    ) -> Outcome {
        if responses.is_empty() {
            return Err(TransitionError::NoResponses);
        }
        let mut seen = InstrumentSet::EMPTY;
        for response in responses {
            let instrument = response.instrument();
            if !seen.insert(instrument) {
                return Err(TransitionError::UnscheduledDuplicate { instrument });
            }
        }
        let (stage, paused, on_hold) = match self.state {
            ProgramState::SafetyHold { stage, paused } => (stage, paused, true),
            ProgramState::Paused { stage } => (stage, true, false),
            other => (other.stage(), false, false),
        };
        if self.record_scores(None, Recorded::Responses(responses), index, at) {
            Ok((
                ProgramState::SafetyHold { stage, paused },
                (!on_hold).then_some(AutomaticEffect::SafetyHoldEntered),
            ))
        } else {
            Ok((self.state, None))
        }
    }

    fn check_session_number(&self, number: u16) -> Result<(), TransitionError> {
        let planned = u16::try_from(self.protocol.sessions().len()).unwrap_or(u16::MAX);
        if number == 0 || number > planned {
            return Err(TransitionError::UnknownSession { number, planned });
        }
        if number <= self.progress.completed_sessions {
            return Err(TransitionError::SessionAlreadyCompleted { number });
        }
        Ok(())
    }

    /// Checks that `number` is the next session due.
    fn check_next_session(&self, number: u16) -> Result<(), TransitionError> {
        self.check_session_number(number)?;
        let expected = self.progress.completed_sessions + 1;
        if number != expected {
            return Err(TransitionError::SessionOutOfOrder { number, expected });
        }
        Ok(())
    }

    fn slot(&mut self, number: u16) -> Option<&mut Option<DateTime<Utc>>> {
        self.progress
            .scheduled
            .get_mut(usize::from(number).checked_sub(1)?)
    }

    fn on_scheduled(
        &mut self,
        number: u16,
        session_id: &SessionId,
        when: DateTime<Utc>,
        index: usize,
        found: &mut Vec<LegacyRule>,
    ) -> Outcome {
        self.check_session_number(number)?;
        self.check_session_id(number, session_id, index, found)?;
        self.bind_session_id(number, index);
        if let Some(slot) = self.slot(number) {
            *slot = Some(when);
        }
        Ok((self.state, None))
    }

    fn on_cancelled(&mut self, number: u16) -> Outcome {
        self.check_session_number(number)?;
        match self.slot(number) {
            Some(slot @ Some(_)) => *slot = None,
            _ => return Err(TransitionError::SessionNotScheduled { number }),
        }
        Ok((self.state, None))
    }

    fn on_completed(
        &mut self,
        number: u16,
        session_id: &SessionId,
        at: DateTime<Utc>,
        index: usize,
        found: &mut Vec<LegacyRule>,
    ) -> Outcome {
        self.check_next_session(number)?;
        self.check_session_id(number, session_id, index, found)?;
        self.bind_session_id(number, index);
        let evaluations = self.protocol.evaluation_session_count();
        let treatments = self.protocol.treatment_session_count();
        self.progress.completed_sessions = number;
        self.progress.last_session_at = Some(at);
        if let Some(slot) = self.slot(number) {
            *slot = None;
        }
        Ok(match self.stage() {
            Stage::Evaluation { planned, .. } if number < planned => (
                active(Stage::Evaluation {
                    completed: number,
                    planned,
                }),
                None,
            ),
            Stage::Evaluation { .. } => (
                active(Stage::InTreatment {
                    completed: 0,
                    planned: treatments,
                }),
                None,
            ),
            _ => {
                let done = number - evaluations;
                if done == 1 {
                    self.progress.treatment_started_at = Some(at);
                }
                if done >= treatments {
                    self.progress.treatment_ended_at = Some(at);
                    (
                        active(Stage::PostTreatmentAssessment),
                        Some(AutomaticEffect::TreatmentFinished),
                    )
                } else {
                    (
                        active(Stage::InTreatment {
                            completed: done,
                            planned: treatments,
                        }),
                        None,
                    )
                }
            }
        })
    }

    fn on_missed(&mut self, number: u16) -> Outcome {
        self.check_next_session(number)?;
        self.progress.missed_since_review = self.progress.missed_since_review.saturating_add(1);
        if let Some(slot) = self.slot(number) {
            *slot = None;
        }
        let limit = u16::from(self.protocol.rules().missed_sessions_before_review());
        let effect = (self.progress.missed_since_review == limit)
            .then_some(AutomaticEffect::MissedSessionsReviewDue);
        Ok((self.state, effect))
    }

    fn on_reviewed(&mut self) -> Outcome {
        if self.progress.missed_since_review == 0 {
            return Err(TransitionError::NoMissedSessions);
        }
        self.progress.missed_since_review = 0;
        Ok((self.state, None))
    }

    fn on_ended_early(&mut self, at: DateTime<Utc>) -> Outcome {
        self.progress.treatment_ended_at = Some(at);
        Ok((
            active(Stage::PostTreatmentAssessment),
            Some(AutomaticEffect::TreatmentFinished),
        ))
    }

    fn enter_hold(&mut self, concern: SafetyConcern, at: DateTime<Utc>) {
        if self.progress.open_concerns.is_empty() {
            self.progress.hold_since = Some(at);
        }
        self.progress.open_concerns.push(concern);
    }

    pub(super) fn on_concern(&mut self, concern: SafetyConcern, at: DateTime<Utc>) -> Outcome {
        let (stage, paused, entered) = match self.state {
            ProgramState::SafetyHold { stage, paused } => (stage, paused, false),
            ProgramState::Paused { stage } => (stage, true, true),
            other => (other.stage(), false, true),
        };
        self.enter_hold(concern, at);
        Ok((
            ProgramState::SafetyHold { stage, paused },
            entered.then_some(AutomaticEffect::SafetyHoldEntered),
        ))
    }

    fn on_resolved(&mut self) -> Outcome {
        let ProgramState::SafetyHold { stage, paused } = self.state else {
            return Err(TransitionError::NotAllowed {
                state: self.state.kind(),
                event: super::EventType::SafetyConcernResolved,
            });
        };
        self.progress.open_concerns.clear();
        self.progress.hold_since = None;
        Ok(if paused {
            (ProgramState::Paused { stage }, None)
        } else if stage == (Stage::Completed) {
            (active(stage), Some(AutomaticEffect::ProgramCompleted))
        } else {
            (active(stage), None)
        })
    }

    fn withdrawn(&self, reason: WithdrawalReason) -> ProgramState {
        ProgramState::Withdrawn {
            stage: self.stage(),
            reason,
        }
    }

    fn discharged(&self, reason: DischargeReason) -> ProgramState {
        ProgramState::Discharged {
            stage: self.stage(),
            reason,
        }
    }

    fn on_goal_set(&mut self, goal: &TreatmentGoal) -> Outcome {
        if self.progress.goals.iter().any(|g| g.id() == goal.id()) {
            return Err(TransitionError::DuplicateGoal {
                goal: goal.id().clone(),
            });
        }
        self.progress.goals.push(goal.clone());
        Ok((self.state, None))
    }

    fn on_goal_progress(&mut self, goal_id: &GoalId, entry: &GoalEntry) -> Outcome {
        let Some(goal) = self.progress.goals.iter_mut().find(|g| g.id() == goal_id) else {
            return Err(TransitionError::UnknownGoal {
                goal: goal_id.clone(),
            });
        };
        // `record` checks everything first and leaves the goal unchanged on error.
        goal.record(entry.clone())?;
        Ok((self.state, None))
    }

    fn on_migrated(
        &mut self,
        migration: &ProtocolMigration,
        index: usize,
        found: &mut Vec<LegacyRule>,
    ) -> Outcome {
        let new = migration.protocol();
        let old = &self.protocol;
        if new.id() != old.id() {
            return Err(TransitionError::DifferentProtocol {
                current: old.id().to_string(),
                offered: new.id().to_string(),
            });
        }
        if new.version() <= old.version() {
            return Err(TransitionError::NotNewer {
                current: old.version(),
                offered: new.version(),
            });
        }
        let mismatch = |reason| TransitionError::MigrationMismatch { reason };
        let mapped = migration.completed_sessions();
        let done = self.progress.completed_sessions;
        let evaluations_done = done.min(old.evaluation_session_count());
        let evaluations_mapped = mapped.min(new.evaluation_session_count());
        if evaluations_done != evaluations_mapped {
            return Err(mismatch(MigrationMismatch::EvaluationSessions {
                done: evaluations_done,
                mapped: evaluations_mapped,
            }));
        }
        let stage = self.stage();
        // Sessions mapped as done must leave the current stage meaningful.
        let allowed = match stage {
            Stage::BaselineAssessment => 0,
            Stage::Evaluation { .. } => new.evaluation_session_count().saturating_sub(1),
            Stage::InTreatment { .. } => {
                new.evaluation_session_count() + new.treatment_session_count().saturating_sub(1)
            }
            _ => u16::try_from(new.sessions().len()).unwrap_or(u16::MAX),
        };
        if mapped > allowed {
            return Err(mismatch(MigrationMismatch::TooManySessions {
                mapped,
                allowed,
            }));
        }
        if mapped != done {
            self.new_rule(
                index,
                found,
                LegacyRule::MigrationSessionCount { done, mapped },
                || mismatch(MigrationMismatch::SessionCount { done, mapped }),
            )?;
        }
        // Every recorded assessment must exist in the new schedule.
        let mut new_assessments = vec![None; new.assessments().len()];
        let mut last_recorded = None;
        for (spec, index) in old.assessments().iter().zip(&self.progress.assessments) {
            let Some(index) = index else { continue };
            let timepoint = spec.timepoint();
            let Some(position) = new
                .assessments()
                .iter()
                .position(|a| a.timepoint() == timepoint)
            else {
                return Err(mismatch(MigrationMismatch::TimepointDropped { timepoint }));
            };
            if let Some(slot) = new_assessments.get_mut(position) {
                *slot = Some(*index);
            }
            last_recorded = Some(timepoint);
        }
        let new_stage = match stage {
            Stage::Evaluation { .. } => Stage::Evaluation {
                completed: mapped,
                planned: new.evaluation_session_count(),
            },
            Stage::InTreatment { .. } => Stage::InTreatment {
                completed: mapped - evaluations_mapped,
                planned: new.treatment_session_count(),
            },
            Stage::FollowUp { .. } => {
                let after = last_recorded.unwrap_or(Timepoint::PostTreatment);
                match new.follow_up_after(after) {
                    Some(next) => Stage::FollowUp { next },
                    None => return Err(mismatch(MigrationMismatch::NoFollowUpLeft)),
                }
            }
            other => other,
        };
        // All checks passed: move to the new protocol. Bookings of sessions not yet held are
        // dropped: session numbers may mean other sessions now, so they must be booked again.
        let old = std::mem::replace(&mut self.protocol, new.clone());
        self.started_on.get_or_insert(old);
        self.progress.completed_sessions = mapped;
        self.progress.scheduled = vec![None; new.sessions().len()];
        // The ids of the sessions held keep their numbers; those of bookings dropped are free.
        let held = usize::from(mapped);
        self.progress.session_ids.truncate(held);
        self.progress.session_ids.resize(new.sessions().len(), None);
        self.progress.assessments = new_assessments;
        Ok((
            match self.state {
                ProgramState::Paused { .. } => ProgramState::Paused { stage: new_stage },
                _ => active(new_stage),
            },
            None,
        ))
    }
}

/// An assessment being recorded: the event's data the guards look at.
#[derive(Clone, Copy)]
struct Recording<'a> {
    timepoint: Timepoint,
    recorded: Recorded<'a>,
    late_entry: Option<&'a LateEntry>,
    actor: &'a Actor,
    index: usize,
    at: DateTime<Utc>,
}

/// What an assessment event holds: the responses as answered, or (format 1 only) stored scores.
#[derive(Debug, Clone, Copy)]
enum Recorded<'a> {
    Responses(&'a [Response]),
    Scores(&'a [Score]),
}

impl Recorded<'_> {
    fn instruments(self) -> impl Iterator<Item = InstrumentId> {
        let (responses, scores) = match self {
            Recorded::Responses(r) => (r, &[][..]),
            Recorded::Scores(s) => (&[][..], s),
        };
        responses
            .iter()
            .map(Response::instrument)
            .chain(scores.iter().map(Score::instrument))
    }
}

fn active(stage: Stage) -> ProgramState {
    ProgramState::Active { stage }
}

/// A set of instruments as one bit per [`InstrumentId`] variant: checking an assessment for
/// duplicate and missing instruments without allocating, so that recording one costs no more than
/// the history push.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct InstrumentSet(u32);

// One bit per variant: the discriminants of a fieldless enum run 0..n in declaration order.
const _: () = assert!(InstrumentId::ALL.len() <= u32::BITS as usize);

impl InstrumentSet {
    const EMPTY: InstrumentSet = InstrumentSet(0);

    fn bit(instrument: InstrumentId) -> u32 {
        1 << (instrument as u32)
    }

    /// Adds `instrument`; `false` if it was already there.
    fn insert(&mut self, instrument: InstrumentId) -> bool {
        let bit = InstrumentSet::bit(instrument);
        let new = self.0 & bit == 0;
        self.0 |= bit;
        new
    }

    fn contains(self, instrument: InstrumentId) -> bool {
        self.0 & InstrumentSet::bit(instrument) != 0
    }
}

#[cfg(test)]
mod instrument_set_tests {
    use super::*;

    #[test]
    fn every_instrument_has_its_own_bit() {
        let mut set = InstrumentSet::EMPTY;
        for (count, id) in InstrumentId::ALL.into_iter().enumerate() {
            assert!(!set.contains(id), "{id} before insertion");
            assert!(set.insert(id), "{id} inserted");
            assert!(set.contains(id));
            assert!(!set.insert(id), "{id} inserted twice");
            assert_eq!(set.0.count_ones() as usize, count + 1);
        }
    }
}
