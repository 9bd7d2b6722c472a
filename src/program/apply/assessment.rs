//! Assessments: the one due, its instruments and window, the scores and safety signals it records;
//! a follow-up marked missed; an unscheduled assessment at any stage.

use chrono::{DateTime, Utc};

use crate::instruments::{InstrumentId, Response, Score, unflagged_safety_total};
use crate::outcomes::Timepoint;
use crate::program::event::{Actor, EventType, LateEntry, response_signals, score_signals};
use crate::program::legacy::{LegacyRule, ReplayFinding};
use crate::program::machine::ScoredAssessment;
use crate::program::state::{ProgramState, Stage};
use crate::program::{AutomaticEffect, Program, TransitionError};

use super::dispatch::{Outcome, active};
use super::instrument_set::InstrumentSet;

impl Program {
    /// The assessment due in the current stage, if any.
    pub(in crate::program) fn due_timepoint(&self) -> Option<Timepoint> {
        match self.stage() {
            Stage::BaselineAssessment => Some(Timepoint::Baseline),
            Stage::PostTreatmentAssessment => Some(Timepoint::PostTreatment),
            Stage::FollowUp { next } => Some(next),
            _ => None,
        }
    }

    pub(super) fn on_assessment(
        &mut self,
        recording: Recording<'_>,
        found: &mut Vec<LegacyRule>,
    ) -> Outcome {
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
    pub(super) fn check_window(
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

    pub(super) fn on_assessment_missed(
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
                    event: EventType::AssessmentMissed,
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

    /// Keeps the scores derived from `recorded` and raises every concern its content carries;
    /// whether any was raised. Legacy scores whose total proves a missing flag are reported.
    pub(super) fn record_scores(
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

    pub(super) fn on_unscheduled(
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
}

/// An assessment being recorded: the event's data the guards look at.
#[derive(Clone, Copy)]
pub(super) struct Recording<'a> {
    pub(super) timepoint: Timepoint,
    pub(super) recorded: Recorded<'a>,
    pub(super) late_entry: Option<&'a LateEntry>,
    pub(super) actor: &'a Actor,
    pub(super) index: usize,
    pub(super) at: DateTime<Utc>,
}

/// What an assessment event holds: the responses as answered, or (format 1 only) stored scores.
#[derive(Debug, Clone, Copy)]
pub(super) enum Recorded<'a> {
    Responses(&'a [Response]),
    Scores(&'a [Score]),
}

impl Recorded<'_> {
    pub(super) fn instruments(self) -> impl Iterator<Item = InstrumentId> {
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
