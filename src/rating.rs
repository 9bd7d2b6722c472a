//! Validated scalar ratings shared by every module: the 0-10 [`Rating`], the 0-100 [`Percentage`],
//! and the [`Direction`] in which a scale improves.
//!
//! A value of these types is always in range: constructors, [`FromStr`], [`TryFrom`] and serde all
//! go through the same check, and the published JSON Schema carries the same bounds, so an app in
//! another language rejects exactly what the crate rejects. [`Percentage`] is in `percentage`; the
//! reader of every whole-number scale, `ToWhole`, is here.

mod percentage;

pub use self::percentage::Percentage;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::decimal::DecimalError;
use crate::json::JsonNumber;

/// Why a value could not become a [`Rating`] or a [`Percentage`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RatingError {
    /// The value was outside the scale.
    #[error("{kind} {value} is out of range; allowed {allowed}")]
    OutOfRange {
        /// What was being read, such as `rating` or `percentage`.
        kind: &'static str,
        /// The value as given.
        value: String,
        /// The allowed values, such as `whole numbers 0-10`.
        allowed: &'static str,
    },
    /// A whole-number scale was given a fraction.
    #[error("{kind} {value} is not a whole number; allowed {allowed}")]
    NotWhole {
        /// What was being read.
        kind: &'static str,
        /// The value as given.
        value: String,
        /// The allowed values.
        allowed: &'static str,
    },
    /// The input was not a number at all.
    #[error("{kind} {input:?} is not a number; allowed {allowed}")]
    NotANumber {
        /// What was being read.
        kind: &'static str,
        /// The input, cut to its first 24 characters.
        input: String,
        /// The allowed values.
        allowed: &'static str,
    },
    /// The number was not a valid decimal (NaN, infinite, or more than two decimal places).
    #[error("{kind}: {source}; allowed {allowed}")]
    Decimal {
        /// What was being read.
        kind: &'static str,
        /// What was wrong with the number.
        source: DecimalError,
        /// The allowed values.
        allowed: &'static str,
    },
}

/// The allowed values of a [`Rating`], as error messages say them.
const RATING_ALLOWED: &str = "whole numbers 0-10";

/// A 0-10 rating on an 11-point numeric scale: pain intensity, fear or threat, distress.
///
/// 0 is the absence of the thing rated and 10 its worst; the meaning of the anchors belongs to the
/// field that holds the rating (for pain intensity: 0 no pain, 10 worst pain imaginable, clinical
/// reference §3.1 `[S39]`).
///
/// ```
/// use pain_reprocessing::Rating;
///
/// let pain = Rating::new(6)?;
/// assert_eq!(pain.value(), 6);
/// assert_eq!("4".parse::<Rating>()?, Rating::new(4)?);
/// assert_eq!(serde_json::from_str::<Rating>("6")?, pain);
///
/// let err = Rating::new(11).unwrap_err();
/// assert_eq!(err.to_string(), "rating 11 is out of range; allowed whole numbers 0-10");
/// assert!(serde_json::from_str::<Rating>("-1").is_err());
/// assert!(serde_json::from_str::<Rating>("3.5").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rating(u8);

impl Rating {
    /// The lowest rating, 0.
    pub const MIN: Rating = Rating(0);
    /// The highest rating, 10.
    pub const MAX: Rating = Rating(10);

    /// The rating `value`.
    ///
    /// # Errors
    ///
    /// [`RatingError::OutOfRange`] when `value` is above 10.
    pub fn new(value: u8) -> Result<Rating, RatingError> {
        Rating::try_from(i64::from(value))
    }

    /// The rating as a whole number 0-10.
    pub const fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Rating {
    type Error = RatingError;

    fn try_from(value: i64) -> Result<Rating, RatingError> {
        let whole = JsonNumber::Integer(value.into()).to_whole("rating", 0, 10, RATING_ALLOWED)?;
        // `to_whole` checked 0..=10, so the narrowing cannot fail.
        u8::try_from(whole)
            .map(Rating)
            .map_err(|_| RatingError::OutOfRange {
                kind: "rating",
                value: value.to_string(),
                allowed: RATING_ALLOWED,
            })
    }
}

impl TryFrom<u8> for Rating {
    type Error = RatingError;

    fn try_from(value: u8) -> Result<Rating, RatingError> {
        Rating::new(value)
    }
}

impl TryFrom<f64> for Rating {
    type Error = RatingError;

    /// Accepts whole-valued floats 0.0-10.0; rejects NaN, infinities and fractions.
    fn try_from(value: f64) -> Result<Rating, RatingError> {
        let whole = JsonNumber::Float(value).to_whole("rating", 0, 10, RATING_ALLOWED)?;
        Rating::try_from(i64::try_from(whole).unwrap_or(i64::MAX))
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        rating.0
    }
}

impl FromStr for Rating {
    type Err = RatingError;

    fn from_str(input: &str) -> Result<Rating, RatingError> {
        match input.parse::<i64>() {
            Ok(value) => Rating::try_from(value),
            // `f64::from_str` accepts no whitespace, so empty and blank input are not numbers.
            Err(_) => match input.parse::<f64>() {
                Ok(value) => Rating::try_from(value),
                Err(_) => Err(RatingError::NotANumber {
                    kind: "rating",
                    input: input.chars().take(24).collect(),
                    allowed: RATING_ALLOWED,
                }),
            },
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Rating {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Rating, D::Error> {
        let number = JsonNumber::deserialize(deserializer)?;
        let whole = number
            .to_whole("rating", 0, 10, RATING_ALLOWED)
            .map_err(de::Error::custom)?;
        Rating::try_from(i64::try_from(whole).unwrap_or(i64::MAX)).map_err(de::Error::custom)
    }
}

impl JsonSchema for Rating {
    fn schema_name() -> Cow<'static, str> {
        "Rating".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Rating").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).",
            "type": "integer",
            "minimum": 0,
            "maximum": 10,
        })
    }
}

/// Reads a [`JsonNumber`] as a whole number within a range, with an error that names what was
/// being read and what is allowed (the shared reader of every whole-number scale).
pub(crate) trait ToWhole {
    /// The number as a whole number in `min..=max`, or an error naming `kind` and `allowed`.
    fn to_whole(
        self,
        kind: &'static str,
        min: i128,
        max: i128,
        allowed: &'static str,
    ) -> Result<i128, RatingError>;
}

impl ToWhole for JsonNumber {
    fn to_whole(
        self,
        kind: &'static str,
        min: i128,
        max: i128,
        allowed: &'static str,
    ) -> Result<i128, RatingError> {
        let whole = match self {
            JsonNumber::Integer(i) => i,
            // Whole-valued floats such as `4.0` are the same number; anything else is a fraction.
            JsonNumber::Float(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e18 => {
                f as i128
            }
            JsonNumber::Float(f) if f.is_finite() => {
                return Err(RatingError::NotWhole {
                    kind,
                    value: f.to_string(),
                    allowed,
                });
            }
            JsonNumber::Float(f) => {
                return Err(RatingError::NotANumber {
                    kind,
                    input: f.to_string(),
                    allowed,
                });
            }
        };
        if (min..=max).contains(&whole) {
            Ok(whole)
        } else {
            Err(RatingError::OutOfRange {
                kind,
                value: whole.to_string(),
                allowed,
            })
        }
    }
}

/// Which way a scale improves: most pain and distress scales are worse when higher, a few (pain
/// self-efficacy, PSEQ) are better when higher (clinical reference §3 conventions).
///
/// ```
/// use pain_reprocessing::Direction;
///
/// assert!(Direction::HigherIsWorse.improved(6, 4));
/// assert!(Direction::HigherIsBetter.improved(30, 41));
/// assert_eq!(serde_json::to_string(&Direction::HigherIsBetter)?, "\"higher_is_better\"");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher values are worse (pain intensity, depression, disability).
    HigherIsWorse,
    /// Higher values are better (self-efficacy).
    HigherIsBetter,
}

impl Direction {
    /// Whether going from `before` to `after` is an improvement on this scale.
    pub fn improved<T: PartialOrd>(self, before: T, after: T) -> bool {
        match self {
            Direction::HigherIsWorse => after < before,
            Direction::HigherIsBetter => after > before,
        }
    }

    /// The change from `before` to `after` oriented so that improvement is positive:
    /// `before - after` when higher is worse, `after - before` when higher is better.
    pub fn improvement(self, before: i64, after: i64) -> i64 {
        match self {
            Direction::HigherIsWorse => before.saturating_sub(after),
            Direction::HigherIsBetter => after.saturating_sub(before),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_accepts_every_value_from_0_to_10() {
        for v in 0..=10u8 {
            assert_eq!(Rating::new(v).unwrap().value(), v);
            assert_eq!(v.to_string().parse::<Rating>().unwrap().value(), v);
            let json = serde_json::to_string(&Rating::new(v).unwrap()).unwrap();
            assert_eq!(serde_json::from_str::<Rating>(&json).unwrap().value(), v);
        }
    }

    #[test]
    fn rating_boundaries() {
        assert_eq!(Rating::MIN.value(), 0);
        assert_eq!(Rating::MAX.value(), 10);
        assert_eq!(
            Rating::new(11),
            Err(RatingError::OutOfRange {
                kind: "rating",
                value: "11".into(),
                allowed: RATING_ALLOWED
            })
        );
        assert_eq!(
            Rating::try_from(-1_i64).unwrap_err().to_string(),
            "rating -1 is out of range; allowed whole numbers 0-10"
        );
        assert!(Rating::try_from(i64::MAX).is_err());
        assert!(Rating::new(255).is_err());
    }

    #[test]
    fn rating_rejects_fractions_and_non_numbers() {
        assert_eq!(
            Rating::try_from(3.5).unwrap_err().to_string(),
            "rating 3.5 is not a whole number; allowed whole numbers 0-10"
        );
        assert_eq!(Rating::try_from(4.0).unwrap().value(), 4);
        assert!(matches!(
            Rating::try_from(f64::NAN),
            Err(RatingError::NotANumber { .. })
        ));
        assert!(Rating::try_from(f64::INFINITY).is_err());
        assert!(Rating::try_from(10.5).is_err());
        for bad in ["", " ", "NaN", "ten", "11", "-1", "3.5", "inf"] {
            assert!(bad.parse::<Rating>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn rating_json_errors_name_the_value() {
        for (json, needle) in [
            ("-1", "rating -1 is out of range"),
            ("11", "rating 11 is out of range"),
            ("3.5", "rating 3.5 is not a whole number"),
            ("\"5\"", "expected a number"),
            ("null", "expected a number"),
            ("1e400", ""),
        ] {
            let err = serde_json::from_str::<Rating>(json)
                .unwrap_err()
                .to_string();
            assert!(err.contains(needle), "{json}: {err}");
        }
        assert_eq!(serde_json::from_str::<Rating>("10.0").unwrap().value(), 10);
    }

    #[test]
    fn direction_orients_change() {
        assert!(Direction::HigherIsWorse.improved(6, 4));
        assert!(!Direction::HigherIsWorse.improved(4, 4));
        assert!(!Direction::HigherIsWorse.improved(4, 6));
        assert!(Direction::HigherIsBetter.improved(19, 20));
        assert!(!Direction::HigherIsBetter.improved(20, 20));
        assert!(!Direction::HigherIsBetter.improved(21, 20));
        assert_eq!(Direction::HigherIsWorse.improvement(6, 4), 2);
        assert_eq!(Direction::HigherIsBetter.improvement(6, 4), -2);
    }

    #[test]
    fn conversions_keep_the_value() {
        for v in 0..=10_u8 {
            let rating = Rating::try_from(v).unwrap();
            assert_eq!(u8::from(rating), v);
            assert_eq!(rating.to_string(), v.to_string());
        }
        assert!(Rating::try_from(11_u8).is_err());
    }

    #[test]
    fn rating_text_reads_whole_floats() {
        assert_eq!("4.0".parse::<Rating>().unwrap().value(), 4);
        assert_eq!("1e1".parse::<Rating>().unwrap().value(), 10);
        assert!(matches!(
            "3.5".parse::<Rating>(),
            Err(RatingError::NotWhole { .. })
        ));
        for blank in ["", " ", "\t", " 4", "4 "] {
            assert!(
                matches!(blank.parse::<Rating>(), Err(RatingError::NotANumber { .. })),
                "{blank:?}"
            );
        }
    }

    #[test]
    fn json_numbers_convert_exactly() {
        assert_eq!(
            JsonNumber::Float(7.0).to_whole("rating", 0, 10, RATING_ALLOWED),
            Ok(7)
        );
        assert_eq!(
            JsonNumber::Integer(0).to_whole("rating", 0, 10, RATING_ALLOWED),
            Ok(0)
        );
        assert_eq!(
            JsonNumber::Integer(10).to_whole("rating", 0, 10, RATING_ALLOWED),
            Ok(10)
        );
        assert!(matches!(
            JsonNumber::Float(-0.5).to_whole("rating", 0, 10, RATING_ALLOWED),
            Err(RatingError::NotWhole { .. })
        ));
        assert!(matches!(
            JsonNumber::Float(f64::NAN).to_whole("rating", 0, 10, RATING_ALLOWED),
            Err(RatingError::NotANumber { .. })
        ));
        // Large whole floats are out of range, not silently cast.
        assert!(matches!(
            JsonNumber::Float(1e17).to_whole("rating", 0, 10, RATING_ALLOWED),
            Err(RatingError::OutOfRange { .. })
        ));
        assert_eq!(serde_json::from_str::<Rating>("0").unwrap(), Rating::MIN);
        assert_eq!(
            serde_json::from_str::<Rating>("18446744073709551615")
                .unwrap_err()
                .to_string(),
            "rating 18446744073709551615 is out of range; allowed whole numbers 0-10"
        );
    }

    #[test]
    fn schemas_carry_the_ranges() {
        let rating = serde_json::to_value(schemars::schema_for!(Rating)).unwrap();
        assert_eq!(
            (rating["minimum"].clone(), rating["maximum"].clone()),
            (0.into(), 10.into())
        );
        assert_eq!(rating["type"], "integer");
        assert_eq!(Rating::schema_name(), "Rating");
        assert_eq!(Rating::schema_id(), "pain_reprocessing::rating::Rating");
    }
}
