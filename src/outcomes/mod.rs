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
//! - [`CohortSummary`]: the per-timepoint table a clinic or trial reports.
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

mod catalog;
mod change;
mod clinical_significance;
mod cohort;
mod importance;
mod reliable_change;
mod responder;
#[cfg(test)]
mod test_support;
mod timepoint;
mod trajectory;

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::decimal::Decimal;
use crate::rating::Direction;

pub use self::change::{Change, PercentChange};
pub use self::clinical_significance::{
    ClinicalSignificance, Cutoff, Cutoffs, JacobsonTruaxCategory, Population,
};
pub use self::cohort::{CohortSummary, TimepointSummary};
pub use self::importance::{ImmpactClass, Mcid, McidRule, McidStatus, PgicCategory};
pub use self::reliable_change::{
    NotComputableReason, Reliability, ReliableChange, ReliableChangeResult, ReliableChangeVerdict,
};
pub use self::responder::{
    NotEvaluableReason, ResponderContext, ResponderDefinition, ResponderStatus,
};
pub use self::timepoint::{MAX_FOLLOW_UP_MONTHS, Timepoint};
pub use self::trajectory::{Administration, DatedMeasurement, SustainedResponse, Trajectory};

/// Why an outcome could not be computed or a value could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OutcomesError {
    /// A PGIC category was asked of another instrument's score.
    #[error("a PGIC category needs a PGIC score; this one is {instrument}")]
    NotPgic {
        /// The score's instrument.
        instrument: String,
    },
    /// Two measurements of different instruments were compared.
    #[error(
        "cannot compare instrument {left} with instrument {right}; changes need one instrument"
    )]
    InstrumentMismatch {
        /// The first instrument.
        left: String,
        /// The second instrument.
        right: String,
    },
    /// Two measurements scored by different rule versions were compared.
    #[error(
        "cannot compare scoring rule version {left} with version {right}; changes need one rule version"
    )]
    RuleVersionMismatch {
        /// The first version.
        left: u16,
        /// The second version.
        right: u16,
    },
    /// Two measurements disagreed on the scale's direction.
    #[error(
        "the two measurements disagree on whether higher is better; one instrument has one direction"
    )]
    DirectionMismatch,
    /// An instrument key broke the key rules.
    #[error(
        "instrument key {key:?} is invalid; allowed 1-64 characters of lowercase a-z, digits, '_' and '-', starting with a letter or digit"
    )]
    InvalidInstrumentKey {
        /// The key, cut to its first 24 characters.
        key: String,
    },
    /// A parameter was outside its allowed range.
    #[error("{what} is {value}; allowed {allowed}")]
    OutOfRange {
        /// What was being read, such as `mcid points`.
        what: &'static str,
        /// The value as given.
        value: String,
        /// The allowed values.
        allowed: &'static str,
    },
    /// A source citation broke the text rules.
    #[error("mcid source is invalid; allowed 1-200 characters without control characters")]
    InvalidSource,
    /// An MCID had neither a points nor a percent threshold.
    #[error("an mcid needs a points threshold, a percent threshold or both")]
    EmptyMcid,
    /// Clinical and functional population means were the wrong way round for the direction.
    #[error(
        "the clinical mean {clinical} is not worse than the functional mean {functional} on this scale"
    )]
    PopulationsNotOrdered {
        /// The clinical (dysfunctional) mean.
        clinical: String,
        /// The functional (normative) mean.
        functional: String,
    },
    /// Two administrations in a trajectory had the same timepoint.
    #[error("timepoint {timepoint} appears more than once; each timepoint is administered once")]
    DuplicateTimepoint {
        /// The repeated timepoint.
        timepoint: Timepoint,
    },
    /// Dates did not increase with the timepoints. The dates themselves are left out: assessment
    /// dates are patient data and error messages end up in logs.
    #[error("{later} is not dated after {earlier}; dates must increase with the timepoints")]
    DatesOutOfOrder {
        /// The earlier timepoint.
        earlier: Timepoint,
        /// The later timepoint, dated on or before the earlier one.
        later: Timepoint,
    },
    /// A trajectory was built from no measurements, so its instrument is unknown.
    #[error("a trajectory from measurements needs at least one measurement")]
    EmptyTrajectory,
    /// A trajectory has no baseline administration.
    #[error("the trajectory has no baseline administration; changes are measured from baseline")]
    NoBaseline,
    /// Trajectories of different instruments or rule versions were summarized together.
    #[error("a cohort summary needs one instrument and rule version; got {left} and {right}")]
    MixedCohort {
        /// The first instrument and version, as `key v1`.
        left: String,
        /// The other instrument and version.
        right: String,
    },
    /// A figure was beyond the exact range of a [`Decimal`].
    #[error("{what} is too large to compute exactly")]
    TooLarge {
        /// Which figure.
        what: &'static str,
    },
    /// A stored document's derived figures disagree with its inputs.
    #[error("{what} does not match the figures it was derived from")]
    Inconsistent {
        /// Which figure.
        what: &'static str,
    },
}

/// The most characters an [`InstrumentKey`] may have.
pub const MAX_INSTRUMENT_KEY_CHARS: usize = 64;

const INSTRUMENT_KEY_PATTERN: &str = "^[a-z0-9][a-z0-9_-]{0,63}$";

/// The stable key of an instrument, such as `nrs_pain`, `tsk_11` or `pseq`.
///
/// Keys are 1-64 characters of lowercase ASCII letters, digits, `_` and `-`, starting with a letter
/// or digit. The instruments catalog supplies them (its instrument identifiers convert into keys);
/// outcomes only compare them for equality.
///
/// ```
/// use pain_reprocessing::outcomes::InstrumentKey;
///
/// let key: InstrumentKey = "tsk_11".parse()?;
/// assert_eq!(key.as_str(), "tsk_11");
/// assert!(InstrumentKey::new("TSK 11").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InstrumentKey(String);

impl InstrumentKey {
    /// The key `value`.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::InvalidInstrumentKey`] when `value` breaks the key rules.
    pub fn new(value: impl Into<String>) -> Result<InstrumentKey, OutcomesError> {
        let value = value.into();
        let mut chars = value.chars();
        let first_ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        let rest_ok =
            chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if first_ok && rest_ok && value.len() <= MAX_INSTRUMENT_KEY_CHARS {
            Ok(InstrumentKey(value))
        } else {
            Err(OutcomesError::InvalidInstrumentKey {
                key: value.chars().take(24).collect(),
            })
        }
    }

    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for InstrumentKey {
    type Err = OutcomesError;

    fn from_str(value: &str) -> Result<InstrumentKey, OutcomesError> {
        InstrumentKey::new(value)
    }
}

impl TryFrom<&str> for InstrumentKey {
    type Error = OutcomesError;

    fn try_from(value: &str) -> Result<InstrumentKey, OutcomesError> {
        InstrumentKey::new(value)
    }
}

impl TryFrom<String> for InstrumentKey {
    type Error = OutcomesError;

    fn try_from(value: String) -> Result<InstrumentKey, OutcomesError> {
        InstrumentKey::new(value)
    }
}

impl fmt::Display for InstrumentKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for InstrumentKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for InstrumentKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<InstrumentKey, D::Error> {
        let value = String::deserialize(deserializer)?;
        InstrumentKey::new(value).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for InstrumentKey {
    fn schema_name() -> Cow<'static, str> {
        "InstrumentKey".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::InstrumentKey").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The stable key of an instrument: lowercase a-z, digits, '_' and '-'.",
            "type": "string",
            "pattern": INSTRUMENT_KEY_PATTERN,
        })
    }
}

/// One scored administration of an instrument, as outcomes sees it: which instrument, which version
/// of its scoring rule, the exact value and the direction in which the scale improves.
///
/// This is the seam to the instruments module: a scored questionnaire converts into a
/// `Measurement` (the instrument's key and rule version, the score's total as a [`Decimal`], the
/// instrument's [`Direction`]), and every outcome computation starts from here.
///
/// ```
/// use pain_reprocessing::outcomes::{InstrumentKey, Measurement};
/// use pain_reprocessing::{Decimal, Direction};
///
/// let pseq = Measurement::new(InstrumentKey::new("pseq")?, 1, Decimal::from_int(41), Direction::HigherIsBetter);
/// assert_eq!(pseq.value(), Decimal::from_int(41));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Measurement {
    /// The instrument's key.
    instrument: InstrumentKey,
    /// The version of the scoring rule that produced the value.
    rule_version: u16,
    /// The score, exact to 0.01.
    value: Decimal,
    /// Which way the scale improves.
    direction: Direction,
}

impl Measurement {
    /// A measurement of `instrument`, scored by rule version `rule_version`.
    pub fn new(
        instrument: InstrumentKey,
        rule_version: u16,
        value: Decimal,
        direction: Direction,
    ) -> Measurement {
        Measurement {
            instrument,
            rule_version,
            value,
            direction,
        }
    }

    /// The instrument's key.
    pub fn instrument(&self) -> &InstrumentKey {
        &self.instrument
    }

    /// The scoring rule's version.
    pub fn rule_version(&self) -> u16 {
        self.rule_version
    }

    /// The value.
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// Which way the scale improves.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Whether `other` measures the same instrument, rule version and direction.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::InstrumentMismatch`], [`OutcomesError::RuleVersionMismatch`] or
    /// [`OutcomesError::DirectionMismatch`], in that order of precedence.
    pub fn check_comparable(&self, other: &Measurement) -> Result<(), OutcomesError> {
        if self.instrument != other.instrument {
            return Err(OutcomesError::InstrumentMismatch {
                left: self.instrument.to_string(),
                right: other.instrument.to_string(),
            });
        }
        if self.rule_version != other.rule_version {
            return Err(OutcomesError::RuleVersionMismatch {
                left: self.rule_version,
                right: other.rule_version,
            });
        }
        if self.direction != other.direction {
            return Err(OutcomesError::DirectionMismatch);
        }
        Ok(())
    }
}

/// `numerator / denominator` as a [`Decimal`], rounded half away from zero to 0.01; `None` for a zero denominator or beyond the exact range.
pub(crate) fn ratio(numerator: i128, denominator: i128) -> Option<Decimal> {
    if denominator == 0 {
        return None;
    }
    let scaled = numerator.checked_mul(100)?;
    let quotient = scaled / denominator;
    let remainder = scaled % denominator;
    let rounded = if remainder.unsigned_abs().checked_mul(2)? >= denominator.unsigned_abs() {
        quotient
            + if (scaled < 0) == (denominator < 0) {
                1
            } else {
                -1
            }
    } else {
        quotient
    };
    Decimal::from_hundredths(i64::try_from(rounded).ok()?).ok()
}

/// The square root of the exact ratio `numerator / denominator`, a quantity in hundredths², as a
/// [`Decimal`] rounded to the nearest hundredth (ties up), computed exactly in integers.
pub(crate) fn sqrt_ratio_hundredths(numerator: u128, denominator: u128) -> Option<Decimal> {
    if denominator == 0 {
        return None;
    }
    // With V = numerator / denominator (in hundredths²), the rounded root k satisfies
    // (2k - 1)² <= 4V < (2k + 1)²; r = isqrt(floor(4V)) gives k = (r + 1) / 2.
    let four_v = numerator.checked_mul(4)? / denominator;
    let r = four_v.isqrt();
    let k = r.div_ceil(2);
    Decimal::from_hundredths(i64::try_from(k).ok()?).ok()
}

/// The largest magnitude of a [`Decimal`], as its own schema writes it.
pub(crate) const DECIMAL_MAX: f64 = crate::decimal::MAX_VALUE;

/// Schema of a [`Decimal`] above 0.
pub(crate) fn positive_decimal_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "An exact decimal above 0 with at most two decimal places.",
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": DECIMAL_MAX,
    })
}

/// Schema of an optional [`Decimal`] above 0.
pub(crate) fn optional_positive_decimal_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "An exact decimal above 0 with at most two decimal places, or null.",
        "type": ["number", "null"],
        "exclusiveMinimum": 0,
        "maximum": DECIMAL_MAX,
    })
}

/// Schema of a percent threshold: above 0, at most 100.
pub(crate) fn percent_threshold_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A percent above 0 and at most 100, with at most two decimal places.",
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": 100,
    })
}

/// Schema of an optional percent threshold.
pub(crate) fn optional_percent_threshold_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A percent above 0 and at most 100 with at most two decimal places, or null.",
        "type": ["number", "null"],
        "exclusiveMinimum": 0,
        "maximum": 100,
    })
}

/// Schema of a reliability coefficient: 0 up to but not including 1.
pub(crate) fn reliability_coefficient_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A reliability coefficient from 0 up to but not including 1, two decimal places.",
        "type": "number",
        "minimum": 0,
        "exclusiveMaximum": 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instrument_keys() {
        for good in ["nrs_pain", "tsk-11", "a", "9", &"x".repeat(64)] {
            assert!(InstrumentKey::new(good).is_ok(), "{good}");
        }
        for bad in ["", "_a", "-a", "TSK", "a b", "é", &"x".repeat(65)] {
            assert!(InstrumentKey::new(bad).is_err(), "{bad}");
        }
        assert_eq!(
            InstrumentKey::new("A").unwrap_err().to_string(),
            "instrument key \"A\" is invalid; allowed 1-64 characters of lowercase a-z, digits, '_' and '-', starting with a letter or digit"
        );
    }

    #[test]
    fn comparable_checks_each_part() {
        let key = InstrumentKey::new("nrs").unwrap();
        let m = |k: &str, v: u16, d: Direction| {
            Measurement::new(InstrumentKey::new(k).unwrap(), v, Decimal::ZERO, d)
        };
        let base = Measurement::new(key, 1, Decimal::ZERO, Direction::HigherIsWorse);
        assert_eq!(base.check_comparable(&base.clone()), Ok(()));
        assert!(matches!(
            base.check_comparable(&m("odi", 1, Direction::HigherIsWorse)),
            Err(OutcomesError::InstrumentMismatch { .. })
        ));
        assert_eq!(
            base.check_comparable(&m("nrs", 2, Direction::HigherIsWorse)),
            Err(OutcomesError::RuleVersionMismatch { left: 1, right: 2 })
        );
        assert_eq!(
            base.check_comparable(&m("nrs", 1, Direction::HigherIsBetter)),
            Err(OutcomesError::DirectionMismatch)
        );
    }

    #[test]
    fn narrowed_decimal_schemas_allow_no_more_than_a_decimal() {
        // They once kept the first Decimal limit, (2^53 - 1) hundredths, after Decimal's own
        // maximum became 10^13 - 0.01: the schemas accepted values the type refused.
        let decimal = schemars::schema_for!(Decimal);
        let maximum = decimal.get("maximum").cloned();
        assert!(maximum.is_some());
        let mut generator = crate::schema::settings().into_generator();
        for schema in [
            positive_decimal_schema(&mut generator),
            optional_positive_decimal_schema(&mut generator),
        ] {
            assert_eq!(schema.get("maximum").cloned(), maximum);
        }
    }

    #[test]
    fn exact_helpers() {
        assert_eq!(ratio(1, 3).unwrap().to_string(), "0.33");
        assert_eq!(ratio(-1, 8).unwrap().to_string(), "-0.13");
        // The sign of either side decides the direction of rounding away from zero.
        assert_eq!(ratio(1, -8).unwrap().to_string(), "-0.13");
        assert_eq!(ratio(-1, -8).unwrap().to_string(), "0.13");
        assert_eq!(ratio(1, 0), None);
        // sqrt(2.25) = 1.5: V = 22500 hundredths².
        assert_eq!(sqrt_ratio_hundredths(22_500, 1).unwrap().to_string(), "1.5");
        // sqrt(2) = 1.41421…: V = 20000.
        assert_eq!(
            sqrt_ratio_hundredths(20_000, 1).unwrap().to_string(),
            "1.41"
        );
        // 0.005² exactly: V = 0.25 hundredths² → root 0.5 hundredths → ties up to 0.01.
        assert_eq!(sqrt_ratio_hundredths(1, 4).unwrap().to_string(), "0.01");
        assert_eq!(sqrt_ratio_hundredths(0, 4).unwrap(), Decimal::ZERO);
    }
}
