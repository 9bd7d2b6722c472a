//! [`Measurement`]: one scored administration, the seam between instruments and outcomes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{InstrumentKey, OutcomesError};
use crate::decimal::Decimal;
use crate::rating::Direction;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
