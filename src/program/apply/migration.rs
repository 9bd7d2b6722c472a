//! A protocol migration: to a newer version of the same protocol, with the sessions done mapped
//! and every recorded assessment kept in the new schedule.

use crate::outcomes::Timepoint;
use crate::program::event::ProtocolMigration;
use crate::program::legacy::LegacyRule;
use crate::program::state::{ProgramState, Stage};
use crate::program::{MigrationMismatch, Program, TransitionError};

use super::dispatch::{Outcome, active};

impl Program {
    pub(super) fn on_migrated(
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
