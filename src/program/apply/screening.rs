//! Screening and enrolment: a screening decision moves the program (a crisis puts it on hold),
//! enrolment starts the baseline assessment.

use chrono::{DateTime, Utc};

use crate::intake::{ScreeningDecision, ScreeningOutcome};
use crate::program::event::SafetyConcern;
use crate::program::state::{ProgramState, Stage};
use crate::program::{AutomaticEffect, Program};

use super::dispatch::{Outcome, active};

impl Program {
    pub(super) fn on_screened(
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

    pub(super) fn on_enrolled(&mut self, at: DateTime<Utc>) -> Outcome {
        self.progress.enrolled_at = Some(at);
        Ok((active(Stage::BaselineAssessment), None))
    }
}
