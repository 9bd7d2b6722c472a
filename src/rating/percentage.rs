//! [`Percentage`]: a percentage from 0 to 100, exact to two decimal places.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::RatingError;
use crate::decimal::{Decimal, DecimalError};
use crate::json::JsonNumber;

/// The allowed values of a [`Percentage`], as error messages say them.
const PERCENTAGE_ALLOWED: &str = "0-100 with at most two decimal places";

/// A percentage from 0 to 100, exact to two decimal places.
///
/// ```
/// use pain_reprocessing::Percentage;
///
/// let share = Percentage::try_from(66.67)?;
/// assert_eq!(share.to_string(), "66.67%");
/// assert_eq!(serde_json::to_string(&share)?, "66.67");
/// assert!(Percentage::try_from(100.5).is_err());
/// assert!(Percentage::try_from(f64::NAN).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percentage(Decimal);

impl Percentage {
    /// 0%.
    pub const ZERO: Percentage = Percentage(Decimal::ZERO);
    /// 100%.
    pub const HUNDRED: Percentage = Percentage(Decimal::from_int(100));

    /// The percentage `value`.
    ///
    /// # Errors
    ///
    /// [`RatingError::OutOfRange`] outside 0-100.
    pub fn new(value: Decimal) -> Result<Percentage, RatingError> {
        if value < Decimal::ZERO || value > Decimal::from_int(100) {
            return Err(RatingError::OutOfRange {
                kind: "percentage",
                value: value.to_string(),
                allowed: PERCENTAGE_ALLOWED,
            });
        }
        Ok(Percentage(value))
    }

    /// `part / whole × 100`, rounded half away from zero to two decimal places (33 of 50 is 66%).
    ///
    /// # Errors
    ///
    /// [`RatingError::OutOfRange`] when `part` exceeds `whole`, and [`RatingError::Decimal`] when
    /// `whole` is 0.
    pub fn of(part: u64, whole: u64) -> Result<Percentage, RatingError> {
        let wrap = |source| RatingError::Decimal {
            kind: "percentage",
            source,
            allowed: PERCENTAGE_ALLOWED,
        };
        let too_large = |value: u64| {
            wrap(DecimalError::TooLarge {
                value: value.to_string(),
            })
        };
        let scaled = i64::try_from(part)
            .ok()
            .and_then(|p| p.checked_mul(100))
            .ok_or_else(|| too_large(part))?;
        let whole = i64::try_from(whole).map_err(|_| too_large(whole))?;
        Percentage::new(Decimal::from_ratio(scaled, whole).map_err(wrap)?)
    }

    /// The percentage as a decimal 0-100.
    pub const fn value(self) -> Decimal {
        self.0
    }
}

impl TryFrom<Decimal> for Percentage {
    type Error = RatingError;

    fn try_from(value: Decimal) -> Result<Percentage, RatingError> {
        Percentage::new(value)
    }
}

impl TryFrom<f64> for Percentage {
    type Error = RatingError;

    fn try_from(value: f64) -> Result<Percentage, RatingError> {
        let decimal = Decimal::try_from(value).map_err(|source| RatingError::Decimal {
            kind: "percentage",
            source,
            allowed: PERCENTAGE_ALLOWED,
        })?;
        Percentage::new(decimal)
    }
}

impl FromStr for Percentage {
    type Err = RatingError;

    /// Parses `66.67` or `66.67%`.
    fn from_str(input: &str) -> Result<Percentage, RatingError> {
        let number = input.strip_suffix('%').unwrap_or(input);
        let decimal = number.parse::<Decimal>().map_err(|source| match source {
            DecimalError::Malformed { .. } => RatingError::NotANumber {
                kind: "percentage",
                input: input.chars().take(24).collect(),
                allowed: PERCENTAGE_ALLOWED,
            },
            source => RatingError::Decimal {
                kind: "percentage",
                source,
                allowed: PERCENTAGE_ALLOWED,
            },
        })?;
        Percentage::new(decimal)
    }
}

impl From<Percentage> for Decimal {
    fn from(value: Percentage) -> Decimal {
        value.0
    }
}

impl fmt::Display for Percentage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.0)
    }
}

impl Serialize for Percentage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Percentage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Percentage, D::Error> {
        let number = JsonNumber::deserialize(deserializer)?;
        let decimal = Decimal::from_json_number(number)
            .map_err(|source| RatingError::Decimal {
                kind: "percentage",
                source,
                allowed: PERCENTAGE_ALLOWED,
            })
            .map_err(de::Error::custom)?;
        Percentage::new(decimal).map_err(de::Error::custom)
    }
}

impl JsonSchema for Percentage {
    fn schema_name() -> Cow<'static, str> {
        "Percentage".into()
    }

    fn schema_id() -> Cow<'static, str> {
        // The public path, `rating::Percentage` (schema tests pin it), not this file's.
        "pain_reprocessing::rating::Percentage".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A percentage from 0 to 100 with at most two decimal places.",
            "type": "number",
            "minimum": 0,
            "maximum": 100,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentage_boundaries() {
        assert_eq!(Percentage::try_from(0.0).unwrap(), Percentage::ZERO);
        assert_eq!(Percentage::try_from(100.0).unwrap(), Percentage::HUNDRED);
        assert_eq!(
            Percentage::try_from(99.99).unwrap().value().hundredths(),
            9999
        );
        assert_eq!(
            Percentage::try_from(-0.01).unwrap_err().to_string(),
            "percentage -0.01 is out of range; allowed 0-100 with at most two decimal places"
        );
        assert!(Percentage::try_from(100.01).is_err());
        assert!(Percentage::try_from(f64::NAN).is_err());
        assert!(Percentage::try_from(f64::NEG_INFINITY).is_err());
        assert!(Percentage::try_from(50.005).is_err());
    }

    #[test]
    fn percentage_parsing_and_json() {
        assert_eq!(
            "66.67%".parse::<Percentage>().unwrap().to_string(),
            "66.67%"
        );
        assert_eq!("66".parse::<Percentage>().unwrap().to_string(), "66%");
        for bad in ["", "%", "abc", "101", "-1", "1.234"] {
            assert!(bad.parse::<Percentage>().is_err(), "{bad:?}");
        }
        let p: Percentage = serde_json::from_str("33.5").unwrap();
        assert_eq!(serde_json::to_string(&p).unwrap(), "33.5");
        for bad in ["-1", "100.5", "1.001", "\"50\"", "null"] {
            assert!(serde_json::from_str::<Percentage>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn percentage_of_counts() {
        assert_eq!(Percentage::of(33, 50).unwrap().to_string(), "66%");
        assert_eq!(Percentage::of(1, 3).unwrap().to_string(), "33.33%");
        assert_eq!(Percentage::of(2, 3).unwrap().to_string(), "66.67%");
        assert_eq!(Percentage::of(0, 7).unwrap(), Percentage::ZERO);
        assert!(Percentage::of(1, 0).is_err());
        assert!(Percentage::of(3, 2).is_err());
        assert!(Percentage::of(u64::MAX, u64::MAX).is_err());
    }

    #[test]
    fn percentage_text_errors_say_what_was_wrong() {
        assert!(matches!(
            "abc".parse::<Percentage>(),
            Err(RatingError::NotANumber {
                kind: "percentage",
                ..
            })
        ));
        assert!(matches!(
            "1.234".parse::<Percentage>(),
            Err(RatingError::Decimal {
                source: DecimalError::TooPrecise { .. },
                ..
            })
        ));
        assert!(matches!(
            "100.01%".parse::<Percentage>(),
            Err(RatingError::OutOfRange { .. })
        ));
        assert_eq!(
            "12.5%".parse::<Percentage>().unwrap().value().hundredths(),
            1250
        );
    }

    #[test]
    fn conversions_keep_the_value() {
        let share = Percentage::try_from(Decimal::from_ratio(2, 3).unwrap()).unwrap();
        // 2/3 = 0.67 (a percentage of 0.67%, 67 hundredths).
        assert_eq!(Decimal::from(share).hundredths(), 67);
        assert_eq!(share.value().hundredths(), 67);
        assert!(Percentage::try_from(Decimal::from_int(101)).is_err());
        assert_eq!(
            serde_json::to_string(&Percentage::of(1, 8).unwrap()).unwrap(),
            "12.5"
        );
    }

    #[test]
    fn json_numbers_convert_exactly() {
        assert_eq!(
            Decimal::from_json_number(JsonNumber::Integer(7))
                .unwrap()
                .hundredths(),
            700
        );
        assert_eq!(
            Decimal::from_json_number(JsonNumber::Integer(-7))
                .unwrap()
                .hundredths(),
            -700
        );
        assert!(Decimal::from_json_number(JsonNumber::Integer(i128::MAX)).is_err());
        assert_eq!(
            Decimal::from_json_number(JsonNumber::Float(2.5))
                .unwrap()
                .hundredths(),
            250
        );
    }

    #[test]
    fn schemas_carry_the_ranges() {
        let percentage = serde_json::to_value(schemars::schema_for!(Percentage)).unwrap();
        assert_eq!(percentage["maximum"], 100);
        assert_eq!(percentage["type"], "number");
        assert_eq!(Percentage::schema_name(), "Percentage");
        assert_eq!(
            Percentage::schema_id(),
            "pain_reprocessing::rating::Percentage"
        );
    }
}
