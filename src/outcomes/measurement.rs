//! [`Measurement`]: one scored administration, the seam between instruments and outcomes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{InstrumentKey, OutcomesError};
use crate::decimal::MeasuredValue;
use crate::rating::Direction;

/// One scored administration of an instrument, as outcomes sees it: which instrument, which version
/// of its scoring rule, the exact value and the direction in which the scale improves.
///
/// This is the seam to the instruments module: a scored questionnaire converts into a
/// `Measurement` (the instrument's key and rule version, the score's total, the instrument's
/// [`Direction`]), and every outcome computation starts from here.
///
/// The value is a [`MeasuredValue`], exact to 0.0001: a score's two-place total as it is, and a
/// research value such as a mean of eight answers (`4.375`) without rounding. In JSON it is a plain
/// number, so measurements written with two-place values read as before.
///
/// ```
/// use pain_reprocessing::outcomes::{InstrumentKey, Measurement};
/// use pain_reprocessing::{Decimal, Direction, MeasuredValue};
///
/// let pseq = Measurement::new(InstrumentKey::new("pseq")?, 1, Decimal::from_int(41), Direction::HigherIsBetter);
/// assert_eq!(pseq.value(), Decimal::from_int(41));
/// let sleep = Measurement::new(InstrumentKey::new("sleep_mean")?, 1, "4.375".parse::<MeasuredValue>()?, Direction::HigherIsWorse);
/// assert_eq!(sleep.value().to_string(), "4.375");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Measurement {
    /// The instrument's key.
    instrument: InstrumentKey,
    /// The version of the scoring rule that produced the value.
    rule_version: u16,
    /// The value, exact to 0.0001.
    value: MeasuredValue,
    /// Which way the scale improves.
    direction: Direction,
}

impl Measurement {
    /// A measurement of `instrument`, scored by rule version `rule_version`: `value` is a
    /// [`MeasuredValue`] or anything exactly one (a [`Decimal`](crate::Decimal), an `i32`).
    pub fn new(
        instrument: InstrumentKey,
        rule_version: u16,
        value: impl Into<MeasuredValue>,
        direction: Direction,
    ) -> Measurement {
        Measurement {
            instrument,
            rule_version,
            value: value.into(),
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

    /// The value, exact to 0.0001.
    pub fn value(&self) -> MeasuredValue {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparable_checks_each_part() {
        let key = InstrumentKey::new("nrs").unwrap();
        let m = |k: &str, v: u16, d: Direction| {
            Measurement::new(InstrumentKey::new(k).unwrap(), v, MeasuredValue::ZERO, d)
        };
        let base = Measurement::new(key, 1, MeasuredValue::ZERO, Direction::HigherIsWorse);
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
}
