//! Outcomes over time: did the patient get better, by how much, and does it matter?
//!
//! A score alone does not say whether a patient improved. This module compares measurements of one
//! instrument and answers with the published definitions (clinical reference §1.8, §3 and §4):
//!
//! - [`Change`]: absolute change, percent improvement (explicitly undefined for a zero baseline),
//!   oriented by the scale's [`Direction`].
//! - [`ImmpactClass`], [`Mcid`], [`PgicCategory`]: clinical importance (IMMPACT, per-instrument
//!   minimal clinically important differences, the patient's global impression of change).
//! - [`ReliableChange`], [`ClinicalSignificance`]: Jacobson-Truax reliable change and the
//!   recovered / improved / unchanged / deteriorated categories.
//! - [`ResponderDefinition`]: responder rules as data (the Boulder trial's "pain-free or nearly
//!   pain-free", 30% and 50% reduction, MCID reached, reliable improvement, custom thresholds).
//! - [`Trajectory`]: one patient's administrations of one instrument over [`Timepoint`]s.
//! - [`CohortSummary`]: the per-timepoint table a clinic reports for one cohort.
//! - [`TrialTable`]: a trial's outcome table by arm and timepoint (mean (SD), change, responders
//!   n/N, differences with Hedges' g), as a methods section reports it.
//! - Item outcomes: [`Measurement::from_item`] and [`InstrumentKey::item`] make one item of a
//!   response (the Boulder trial's primary outcome, BPI-SF average pain) an outcome like any other.
//!
//! ```
//! use pain_reprocessing::outcomes::{
//!     Change, ImmpactClass, InstrumentKey, Measurement, ResponderContext, ResponderDefinition,
//!     ResponderStatus,
//! };
//! use pain_reprocessing::{Decimal, Direction};
//!
//! let nrs = InstrumentKey::new("nrs_pain")?;
//! let before = Measurement::new(nrs.clone(), 1, Decimal::from_int(6), Direction::HigherIsWorse);
//! let after = Measurement::new(nrs, 1, Decimal::from_int(4), Direction::HigherIsWorse);
//!
//! let change = Change::between(&before, &after)?;
//! assert_eq!(change.to_string(), "6 -> 4: improvement 2 (33.33%)");
//! assert_eq!(ImmpactClass::of(&change), Some(ImmpactClass::Moderate)); // 33.33% >= 30%
//! let thirty = ResponderDefinition::percent_reduction_30();
//! assert_eq!(thirty.evaluate(&change, &ResponderContext::default()), ResponderStatus::Responder);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The seam to instruments
//!
//! Everything here works on a [`Measurement`]: an [`InstrumentKey`], the version of the scoring rule,
//! the exact value and the scale's [`Direction`]. A scored questionnaire becomes a measurement with a
//! thin conversion (`impl From<&Score> for Measurement`), and the instrument catalog's published
//! MCIDs and reliability figures become [`Mcid`] and [`Reliability`] values. This module never
//! guesses those figures: where one is missing, the answer says "not computable" or "not evaluable".
//!
//! # Exact numbers
//!
//! Every threshold decision (30% reduction, MCID reached, |RC| > 1.96, crossing a cut-off) is made on
//! exact integer ratios of the values' hundredths, never on a rounded [`Decimal`] or a float. Reported
//! figures are [`Decimal`]s rounded half away from zero to 0.01 (square roots: to the nearest 0.01).
//!
//! [`Decimal`]: crate::Decimal
//! [`Direction`]: crate::Direction

mod catalog;
mod change;
mod clinical_significance;
mod cohort;
mod error;
mod importance;
mod key;
mod measurement;
mod reliable_change;
mod responder;
mod schemas;
mod stats;
#[cfg(test)]
mod tests;
mod timepoint;
mod trajectory;
mod trial;

pub(crate) use self::catalog::catalog_range;
pub use self::change::{Change, PercentChange};
pub use self::clinical_significance::{
    ClinicalSignificance, Cutoff, Cutoffs, JacobsonTruaxCategory, Population,
};
pub use self::cohort::{CohortSummary, TimepointSummary};
pub use self::error::OutcomesError;
pub use self::importance::{ImmpactClass, Mcid, McidRule, McidStatus, PgicCategory};
pub use self::key::{InstrumentKey, KeyPart, MAX_INSTRUMENT_KEY_CHARS};
pub use self::measurement::Measurement;
pub use self::reliable_change::{
    NotComputableReason, Reliability, ReliableChange, ReliableChangeResult, ReliableChangeVerdict,
};
pub use self::responder::{
    NotEvaluableReason, ResponderContext, ResponderDefinition, ResponderStatus,
};
pub use self::timepoint::{MAX_FOLLOW_UP_MONTHS, Timepoint};
pub use self::trajectory::{Administration, DatedMeasurement, SustainedResponse, Trajectory};
pub use self::trial::{
    ArmComparison, ArmLabel, ArmSummary, MAX_ARM_LABEL_CHARS, MeanSd, ResponderDenominator,
    Responders, TrialAnalysis, TrialPatient, TrialRow, TrialTable,
};
