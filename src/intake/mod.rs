//! Intake and screening: the first gate of every program.
//!
//! Before anyone starts a mind-body pain program, the pain is screened for structural or dangerous
//! causes and the person for acute psychiatric risk. This module turns an [`IntakeForm`] and
//! [`ScreeningCriteria`] into a [`ScreeningOutcome`] whose decision is explained by typed reasons,
//! each citing its source in the clinical reference.
//!
//! ```text
//! IntakeFormFields ──IntakeForm::new──> IntakeForm ──screen(criteria, clearances)──> ScreeningOutcome
//!                  (every field and                                                 decision + all reasons
//!                   relation checked)                                               + clearances used
//!                                                                                   + neuroplastic evidence
//! ```
//!
//! ## The decision
//!
//! [`ScreeningDecision`] is one of, from most to least safety-critical:
//!
//! 1. [`CrisisPathway`](ScreeningDecision::CrisisPathway): PHQ-9 item 9 ≥ 1, current suicidal
//!    intent, or a suicide attempt in the past 30 days (clinical reference §2.2 `[S35]` `[S38]`).
//!    Immediate clinician review. Cannot be cleared by a [`RedFlagClearance`].
//! 2. [`ReferForMedicalEvaluation`](ScreeningDecision::ReferForMedicalEvaluation): a red flag of
//!    §2.1 (`[S30]` `[S31]`) answered yes, at the highest urgency of all positive flags
//!    (cauda equina: emergency; fracture, tumour, infection: urgent; others: routine; a design
//!    suggestion of the reference), or answered unknown (routine clinician review). Cleared flags
//!    pass.
//! 3. [`Incomplete`](ScreeningDecision::Incomplete): a required safety answer (PHQ-9 item 9, the
//!    crisis questions, a configured psychiatric or condition exclusion, surgery history when a
//!    surgery window is configured) is missing. Missing is never read as "no".
//! 4. [`NotEligible`](ScreeningDecision::NotEligible): a criterion is unmet or an excluding
//!    condition is present.
//! 5. [`Eligible`](ScreeningDecision::Eligible): nothing above applies.
//!
//! All reasons are always reported, whichever decision wins. The neuroplastic evidence checklist
//! (§1.5) is summarized beside the decision as supporting evidence only: it never gates, and it is
//! never a diagnosis.
//!
//! ## Privacy
//!
//! The form needs no name: a date of birth or an age. Free text (treatment notes, imaging findings,
//! clearance notes) is a [`Note`](crate::Note), redacted in `Debug`. No error message and no
//! screening reason ever holds free text.

mod body;
mod clearance;
mod criteria;
mod error;
mod evidence;
mod form;
mod psychiatric;
mod reason;
mod red_flags;
mod screening;
mod version;

pub use self::error::IntakeError;
pub use crate::source::SourceKey;
/// The crate's one [`SchemaVersion`](crate::SchemaVersion), under the name the intake documents
/// have always used.
pub use crate::version::SchemaVersion;
pub use body::{BodyRegion, PainLocation, Side};
pub use clearance::RedFlagClearance;
pub use criteria::{
    AgeCriterion, Boundary, Condition, DurationCriterion, ExclusionCriterion, IntensityCriterion,
    PainDaysCriterion, ScreeningCriteria, ScreeningCriteriaFields,
};
pub use evidence::{ChecklistAnswer, NeuroplasticItem, NeuroplasticSummary};
pub use form::{
    Age, BackSurgery, ImagingFinding, ImagingModality, IntakeForm, IntakeFormFields, MAX_AGE_YEARS,
    MAX_DURATION_MONTHS, MAX_DURATION_WEEKS, Onset, OnsetCircumstances, OnsetDate,
    PAIN_DAYS_WINDOW, PainDuration, PainHistory, PriorTreatment, TreatmentKind,
};
pub use psychiatric::{Phq9Item9, PsychiatricSafety};
pub use reason::{Criterion, Observed, ReasonStatus, ScreeningReason, Threshold};
pub use red_flags::{Answer, RedFlag, RedFlagCategory, Urgency};
pub use screening::{
    ScreeningDecision, ScreeningOutcome, ScreeningOutcomeFields, screen, screen_with_clearances,
};
#[allow(deprecated)]
pub use {criteria::ScreeningCriteriaData, form::IntakeFormData, screening::ScreeningOutcomeData};

#[cfg(test)]
mod tests;
