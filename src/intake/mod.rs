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
mod evidence;
mod form;
mod psychiatric;
mod reason;
mod red_flags;
mod screening;
mod source;
mod version;

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
pub use source::SourceKey;
pub use version::SchemaVersion;
#[allow(deprecated)]
pub use {criteria::ScreeningCriteriaData, form::IntakeFormData, screening::ScreeningOutcomeData};

/// Why an intake form, screening criteria or a stored outcome is invalid.
///
/// Messages name the field and what is allowed; they never carry free text or identifiers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IntakeError {
    /// A PHQ-9 item 9 was read from a response to another instrument.
    #[error("psychiatric safety needs a PHQ-9 response; this one is {instrument}")]
    NotPhq9 {
        /// The response's instrument.
        instrument: crate::instruments::InstrumentId,
    },
    /// The age in years was above 120 (or the date of birth more than 120 years ago).
    #[error("intake field `age` is {years} years; allowed 0-120")]
    AgeOutOfRange {
        /// The age in years.
        years: i64,
    },
    /// The date of birth was after the assessment date.
    #[error("intake field `age.date` (date of birth) is after the assessment date")]
    BirthAfterAssessment,
    /// No pain location was given.
    #[error("intake field `pain.locations` is empty; allowed at least one location")]
    NoPainLocation,
    /// The same pain location was given twice.
    #[error("intake field `pain.locations` repeats a location; allowed each location once")]
    DuplicatePainLocation,
    /// The pain duration was 0 or longer than 120 years.
    #[error("intake field `pain.duration` is {value} {unit}; allowed 1-{max} {unit}")]
    DurationOutOfRange {
        /// `weeks` or `months`.
        unit: &'static str,
        /// The value given.
        value: u16,
        /// The most allowed.
        max: u16,
    },
    /// More days with pain than the 6-month window has.
    #[error(
        "intake field `pain.days_with_pain_past_6_months` is {days}; allowed 0-183 (the 6-month window)"
    )]
    PainDaysOutOfRange {
        /// The days given.
        days: u8,
    },
    /// More days with pain than the pain has lasted.
    #[error(
        "intake field `pain.days_with_pain_past_6_months` is {days}; allowed at most the days the pain has lasted"
    )]
    PainDaysExceedDuration {
        /// The days given.
        days: u8,
    },
    /// The onset month was not 1-12.
    #[error("intake field `pain.onset.date.month` is {month}; allowed 1-12")]
    OnsetMonthOutOfRange {
        /// The month given.
        month: u8,
    },
    /// The onset year was before 1900 or after 9999.
    #[error("intake field `pain.onset.date.year` is {year}; allowed 1900-9999")]
    OnsetYearOutOfRange {
        /// The year given.
        year: i32,
    },
    /// The onset was after the assessment date.
    #[error("intake field `pain.onset.date` is after the assessment date")]
    OnsetAfterAssessment,
    /// The onset was before the person was born.
    #[error("intake field `pain.onset.date` is before the date of birth")]
    OnsetBeforeBirth,
    /// The pain duration is longer than the person has lived.
    #[error("intake field `pain.duration` is longer than the person's age")]
    DurationExceedsAge,
    /// The pain duration is shorter than the time since onset, beyond the rounding tolerance.
    #[error(
        "intake field `pain.duration` is shorter than the time since `pain.onset.date`; allowed within one unit plus 10%"
    )]
    DurationShorterThanOnset,
    /// The pain duration is longer than the time since onset, beyond the rounding tolerance.
    #[error(
        "intake field `pain.duration` is longer than the time since `pain.onset.date`; allowed within one unit plus 10%"
    )]
    DurationLongerThanOnset,
    /// The most recent back surgery was after the assessment date.
    #[error("intake field `pain.back_surgery.most_recent` is after the assessment date")]
    SurgeryAfterAssessment,
    /// The most recent back surgery was before the date of birth.
    #[error("intake field `pain.back_surgery.most_recent` is before the date of birth")]
    SurgeryBeforeBirth,
    /// A derived red flag (the age flag) was answered; it is computed from the age.
    #[error("intake field `red_flags.{flag}` is derived from the age; allowed: leave it out")]
    DerivedRedFlagAnswered {
        /// The flag's code.
        flag: &'static str,
    },
    /// A PHQ-9 item 9 answer was out of range.
    #[error("phq-9 item 9 is {value}; answers range 0-3")]
    Phq9Item9OutOfRange {
        /// The value given.
        value: i128,
    },
    /// A red flag code was not recognized.
    #[error("red flag code is not recognized; allowed the codes of `RedFlag::ALL`")]
    UnknownRedFlag,
    /// Screening criteria broke a rule.
    #[error("screening criteria field `{field}` is invalid; allowed {allowed}")]
    CriteriaInvalid {
        /// The field.
        field: &'static str,
        /// What is allowed.
        allowed: &'static str,
    },
    /// A document's `schema_version` is not one this crate reads.
    #[error("intake schema_version {found} is not supported; supported: 1")]
    UnsupportedSchemaVersion {
        /// The version found.
        found: i128,
    },
    /// A neuroplastic evidence summary's counts disagree.
    #[error(
        "neuroplastic evidence summary is inconsistent; allowed unique `supporting` items in checklist order, `supporting` + `unsure` at most `answered`, `answered` at most 13, `display_threshold` 1-13"
    )]
    EvidenceInconsistent,
    /// A stored outcome does not hang together: no reasons, a decision that is not the most
    /// safety-critical one its reasons lead to, a reason whose status and consequence disagree, a
    /// clearance no cleared reason used, or neuroplastic evidence counts that disagree.
    #[error(
        "screening outcome is inconsistent; allowed a `decision` that is the most safety-critical one its `reasons` lead to, reasons whose `status` matches `leads_to`, `clearances` each used by a cleared reason, and evidence counts that agree"
    )]
    OutcomeInconsistent,
}

#[cfg(test)]
mod tests;
