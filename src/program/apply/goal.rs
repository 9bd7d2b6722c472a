//! Treatment goals: set once each, then progress recorded through the goal's own checks.

use crate::goals::{GoalEntry, GoalId, TreatmentGoal};
use crate::program::{Program, TransitionError};

use super::dispatch::Outcome;

impl Program {
    pub(super) fn on_goal_set(&mut self, goal: &TreatmentGoal) -> Outcome {
        if self.progress.goals.iter().any(|g| g.id() == goal.id()) {
            return Err(TransitionError::DuplicateGoal {
                goal: goal.id().clone(),
            });
        }
        self.progress.goals.push(goal.clone());
        Ok((self.state, None))
    }

    pub(super) fn on_goal_progress(&mut self, goal_id: &GoalId, entry: &GoalEntry) -> Outcome {
        let Some(goal) = self.progress.goals.iter_mut().find(|g| g.id() == goal_id) else {
            return Err(TransitionError::UnknownGoal {
                goal: goal_id.clone(),
            });
        };
        // `record` checks everything first and leaves the goal unchanged on error.
        goal.record(entry.clone())?;
        Ok((self.state, None))
    }
}
