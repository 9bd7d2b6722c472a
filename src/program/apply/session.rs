//! Treatment sessions: booked, cancelled, completed in order, missed and reviewed, ended early; each
//! session's id names that session only.

use chrono::{DateTime, Utc};

use crate::SessionId;
use crate::program::event::EventKind;
use crate::program::legacy::LegacyRule;
use crate::program::state::Stage;
use crate::program::{AutomaticEffect, Program, TransitionError};

use super::dispatch::{Outcome, active};

impl Program {
    /// The id of the session event at history `index`.
    pub(super) fn session_id_at(&self, index: usize) -> Option<&SessionId> {
        match self.history.get(index)?.kind() {
            EventKind::SessionScheduled { session_id, .. }
            | EventKind::SessionCompleted { session_id, .. } => Some(session_id),
            _ => None,
        }
    }

    /// The unique session id rule: `session_id` names session `number` only.
    pub(super) fn check_session_id(
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
    pub(super) fn bind_session_id(&mut self, number: u16, index: usize) {
        if let Some(slot @ None) = usize::from(number)
            .checked_sub(1)
            .and_then(|i| self.progress.session_ids.get_mut(i))
        {
            *slot = Some(index);
        }
    }

    pub(super) fn check_session_number(&self, number: u16) -> Result<(), TransitionError> {
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
    pub(super) fn check_next_session(&self, number: u16) -> Result<(), TransitionError> {
        self.check_session_number(number)?;
        let expected = self.progress.completed_sessions + 1;
        if number != expected {
            return Err(TransitionError::SessionOutOfOrder { number, expected });
        }
        Ok(())
    }

    pub(super) fn slot(&mut self, number: u16) -> Option<&mut Option<DateTime<Utc>>> {
        self.progress
            .scheduled
            .get_mut(usize::from(number).checked_sub(1)?)
    }

    pub(super) fn on_scheduled(
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

    pub(super) fn on_cancelled(&mut self, number: u16) -> Outcome {
        self.check_session_number(number)?;
        match self.slot(number) {
            Some(slot @ Some(_)) => *slot = None,
            _ => return Err(TransitionError::SessionNotScheduled { number }),
        }
        Ok((self.state, None))
    }

    pub(super) fn on_completed(
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

    pub(super) fn on_missed(&mut self, number: u16) -> Outcome {
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

    pub(super) fn on_reviewed(&mut self) -> Outcome {
        if self.progress.missed_since_review == 0 {
            return Err(TransitionError::NoMissedSessions);
        }
        self.progress.missed_since_review = 0;
        Ok((self.state, None))
    }

    pub(super) fn on_ended_early(&mut self, at: DateTime<Utc>) -> Outcome {
        self.progress.treatment_ended_at = Some(at);
        Ok((
            active(Stage::PostTreatmentAssessment),
            Some(AutomaticEffect::TreatmentFinished),
        ))
    }
}
