//! Program states: the [`Stage`] a patient has reached and the [`ProgramState`] overlaid on it.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::intake::Urgency;
use crate::outcomes::Timepoint;
use crate::tagged::tagged_enum;

tagged_enum! {
/// Where a patient is on the path from referral to follow-up (clinical reference §1.9, a design
/// suggestion derived from the Boulder protocol).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stage {
    tag = "stage", wire = StageWire;
    /// Referred; no screening recorded yet.
    Referred = "referred",
    /// Screening started but required safety answers are missing; screen again when complete.
    Screening = "screening",
    /// Screening found a red flag: the patient needs a medical evaluation before PRT.
    AwaitingMedicalEvaluation = "awaiting_medical_evaluation" {
        /// How soon (the highest urgency among the flags).
        urgency: Urgency,
    },
    /// Screening criteria unmet. A later screening may change that.
    NotEligible = "not_eligible",
    /// Screened eligible, awaiting a clinician's enrollment.
    Eligible = "eligible",
    /// Enrolled; the baseline assessment is due.
    BaselineAssessment = "baseline_assessment",
    /// Baseline recorded; the physician evaluation and education session(s) are due.
    Evaluation = "evaluation" {
        /// Evaluation sessions completed (the first sessions of the protocol).
        completed: u16,
        /// Evaluation sessions planned.
        planned: u16,
    },
    /// PRT therapy sessions under way.
    InTreatment = "in_treatment" {
        /// Treatment sessions completed, evaluation sessions not counted
        /// ([`Program::completed_sessions`](super::Program::completed_sessions) counts every
        /// session).
        completed: u16,
        /// Treatment sessions planned.
        planned: u16,
    },
    /// Treatment over; the post-treatment assessment is due.
    PostTreatmentAssessment = "post_treatment_assessment",
    /// In follow-up; `next` is the next follow-up assessment due.
    FollowUp = "follow_up" {
        /// The next follow-up timepoint.
        next: Timepoint,
    },
    /// Every scheduled assessment is recorded, including the post-treatment one.
    Completed = "completed",
}
}

impl Stage {
    /// Whether the patient has been enrolled (baseline assessment or later).
    pub fn is_enrolled(self) -> bool {
        !matches!(
            self,
            Stage::Referred
                | Stage::Screening
                | Stage::AwaitingMedicalEvaluation { .. }
                | Stage::NotEligible
                | Stage::Eligible
        )
    }

    /// The stage's name, as in the state diagram.
    pub fn kind(self) -> StateKind {
        match self {
            Stage::Referred => StateKind::Referred,
            Stage::Screening => StateKind::Screening,
            Stage::AwaitingMedicalEvaluation { .. } => StateKind::AwaitingMedicalEvaluation,
            Stage::NotEligible => StateKind::NotEligible,
            Stage::Eligible => StateKind::Eligible,
            Stage::BaselineAssessment => StateKind::BaselineAssessment,
            Stage::Evaluation { .. } => StateKind::Evaluation,
            Stage::InTreatment { .. } => StateKind::InTreatment,
            Stage::PostTreatmentAssessment => StateKind::PostTreatmentAssessment,
            Stage::FollowUp { .. } => StateKind::FollowUp,
            Stage::Completed => StateKind::Completed,
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stage::AwaitingMedicalEvaluation { urgency } => {
                write!(f, "awaiting medical evaluation ({urgency:?})")
            }
            Stage::Evaluation { completed, planned } => {
                write!(
                    f,
                    "evaluation ({completed} of {planned} evaluation sessions)"
                )
            }
            Stage::InTreatment { completed, planned } => {
                write!(
                    f,
                    "in treatment ({completed} of {planned} treatment sessions)"
                )
            }
            Stage::FollowUp { next } => write!(f, "follow-up (next: {next})"),
            other => f.write_str(other.kind().label()),
        }
    }
}

/// Why a patient withdrew.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WithdrawalReason {
    /// The patient chose to stop.
    PatientChoice,
    /// The patient could not be reached.
    LostToContact,
    /// Moved away or changed provider.
    Relocated,
    /// Another reason, recorded elsewhere.
    Other,
}

/// Why a clinician discharged a patient before completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DischargeReason {
    /// Treatment goals met; further assessments waived.
    GoalsMet,
    /// Referred to another service (medical, psychiatric, other therapy).
    ReferredElsewhere,
    /// Not eligible after screening.
    NotEligible,
    /// PRT judged unsuitable.
    Unsuitable,
    /// Another reason, recorded elsewhere.
    Other,
}

tagged_enum! {
/// The state of a program: a [`Stage`], and what is overlaid on it.
///
/// A pause and a safety hold both remember the stage to resume; a safety hold pre-empts everything
/// and is left only by a clinician's recorded resolution. Withdrawn, discharged and completed
/// programs accept no further events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProgramState {
    tag = "state", wire = ProgramStateWire;
    /// Running at `stage` (completed when the stage is [`Stage::Completed`]).
    Active = "active" {
        /// Where the patient is.
        stage: Stage,
    },
    /// Paused at `stage`; resuming returns there.
    Paused = "paused" {
        /// Where to resume.
        stage: Stage,
    },
    /// On a safety hold at `stage`, waiting for a clinician's resolution.
    SafetyHold = "safety_hold" {
        /// Where to resume once resolved.
        stage: Stage,
        /// Whether the program was paused when the hold began (it stays paused after resolution).
        paused: bool,
    },
    /// The patient withdrew at `stage`. Terminal.
    Withdrawn = "withdrawn" {
        /// Where the patient was.
        stage: Stage,
        /// Why.
        reason: WithdrawalReason,
    },
    /// A clinician discharged the patient at `stage`. Terminal.
    Discharged = "discharged" {
        /// Where the patient was.
        stage: Stage,
        /// Why.
        reason: DischargeReason,
    },
}
}

impl ProgramState {
    /// The stage reached (for a hold or pause, the stage to resume).
    pub fn stage(self) -> Stage {
        match self {
            ProgramState::Active { stage }
            | ProgramState::Paused { stage }
            | ProgramState::SafetyHold { stage, .. }
            | ProgramState::Withdrawn { stage, .. }
            | ProgramState::Discharged { stage, .. } => stage,
        }
    }

    /// Whether the program accepts no more events (completed, withdrawn or discharged).
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            ProgramState::Active {
                stage: Stage::Completed
            } | ProgramState::Withdrawn { .. }
                | ProgramState::Discharged { .. }
        )
    }

    /// Whether a safety hold is in force.
    pub fn is_on_safety_hold(self) -> bool {
        matches!(self, ProgramState::SafetyHold { .. })
    }

    /// The state's name, as in the state diagram: the stage's name while active.
    pub fn kind(self) -> StateKind {
        match self {
            ProgramState::Active { stage } => stage.kind(),
            ProgramState::Paused { .. } => StateKind::Paused,
            ProgramState::SafetyHold { .. } => StateKind::SafetyHold,
            ProgramState::Withdrawn { .. } => StateKind::Withdrawn,
            ProgramState::Discharged { .. } => StateKind::Discharged,
        }
    }
}

impl fmt::Display for ProgramState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgramState::Active { stage } => write!(f, "{stage}"),
            ProgramState::Paused { stage } => write!(f, "paused at {stage}"),
            ProgramState::SafetyHold { stage, .. } => write!(f, "safety hold at {stage}"),
            ProgramState::Withdrawn { stage, reason } => {
                write!(f, "withdrawn at {stage} ({reason:?})")
            }
            ProgramState::Discharged { stage, reason } => {
                write!(f, "discharged at {stage} ({reason:?})")
            }
        }
    }
}

/// The name of a state, without its data: the nodes of the state diagram.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StateKind {
    /// [`Stage::Referred`].
    Referred,
    /// [`Stage::Screening`].
    Screening,
    /// [`Stage::AwaitingMedicalEvaluation`].
    AwaitingMedicalEvaluation,
    /// [`Stage::NotEligible`].
    NotEligible,
    /// [`Stage::Eligible`].
    Eligible,
    /// [`Stage::BaselineAssessment`].
    BaselineAssessment,
    /// [`Stage::Evaluation`].
    Evaluation,
    /// [`Stage::InTreatment`].
    InTreatment,
    /// [`Stage::PostTreatmentAssessment`].
    PostTreatmentAssessment,
    /// [`Stage::FollowUp`].
    FollowUp,
    /// [`Stage::Completed`].
    Completed,
    /// [`ProgramState::Paused`].
    Paused,
    /// [`ProgramState::SafetyHold`].
    SafetyHold,
    /// [`ProgramState::Withdrawn`].
    Withdrawn,
    /// [`ProgramState::Discharged`].
    Discharged,
}

impl StateKind {
    /// Every state kind, in diagram order.
    pub const ALL: [StateKind; 15] = [
        StateKind::Referred,
        StateKind::Screening,
        StateKind::AwaitingMedicalEvaluation,
        StateKind::NotEligible,
        StateKind::Eligible,
        StateKind::BaselineAssessment,
        StateKind::Evaluation,
        StateKind::InTreatment,
        StateKind::PostTreatmentAssessment,
        StateKind::FollowUp,
        StateKind::Completed,
        StateKind::Paused,
        StateKind::SafetyHold,
        StateKind::Withdrawn,
        StateKind::Discharged,
    ];

    /// A short human label, such as `baseline assessment`.
    pub fn label(self) -> &'static str {
        match self {
            StateKind::Referred => "referred",
            StateKind::Screening => "screening",
            StateKind::AwaitingMedicalEvaluation => "awaiting medical evaluation",
            StateKind::NotEligible => "not eligible",
            StateKind::Eligible => "eligible",
            StateKind::BaselineAssessment => "baseline assessment",
            StateKind::Evaluation => "evaluation",
            StateKind::InTreatment => "in treatment",
            StateKind::PostTreatmentAssessment => "post-treatment assessment",
            StateKind::FollowUp => "follow-up",
            StateKind::Completed => "completed",
            StateKind::Paused => "paused",
            StateKind::SafetyHold => "safety hold",
            StateKind::Withdrawn => "withdrawn",
            StateKind::Discharged => "discharged",
        }
    }

    /// The node name in the Mermaid diagram, such as `BaselineAssessment`.
    pub fn diagram_name(self) -> &'static str {
        match self {
            StateKind::Referred => "Referred",
            StateKind::Screening => "Screening",
            StateKind::AwaitingMedicalEvaluation => "AwaitingMedicalEvaluation",
            StateKind::NotEligible => "NotEligible",
            StateKind::Eligible => "Eligible",
            StateKind::BaselineAssessment => "BaselineAssessment",
            StateKind::Evaluation => "Evaluation",
            StateKind::InTreatment => "InTreatment",
            StateKind::PostTreatmentAssessment => "PostTreatmentAssessment",
            StateKind::FollowUp => "FollowUp",
            StateKind::Completed => "Completed",
            StateKind::Paused => "Paused",
            StateKind::SafetyHold => "SafetyHold",
            StateKind::Withdrawn => "Withdrawn",
            StateKind::Discharged => "Discharged",
        }
    }
}

impl fmt::Display for StateKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
