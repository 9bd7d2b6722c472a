//! The safety hold: entered by any concern (reported, at screening, or carried by a score), lifted
//! only by a clinician's recorded resolution.

use chrono::{DateTime, Utc};

use crate::program::event::{EventType, SafetyConcern};
use crate::program::state::{ProgramState, Stage};
use crate::program::{AutomaticEffect, Program, TransitionError};

use super::dispatch::{Outcome, active};

impl Program {
    pub(super) fn enter_hold(&mut self, concern: SafetyConcern, at: DateTime<Utc>) {
        if self.progress.open_concerns.is_empty() {
            self.progress.hold_since = Some(at);
        }
        self.progress.open_concerns.push(concern);
    }

    pub(in crate::program) fn on_concern(
        &mut self,
        concern: SafetyConcern,
        at: DateTime<Utc>,
    ) -> Outcome {
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

    pub(super) fn on_resolved(&mut self) -> Outcome {
        let ProgramState::SafetyHold { stage, paused } = self.state else {
            return Err(TransitionError::NotAllowed {
                state: self.state.kind(),
                event: EventType::SafetyConcernResolved,
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
}
