//! Reading JSON as the schemas write it (private): numbers as they were written, dates and
//! instants in RFC 3339 only ([`rfc3339`]), structs only as objects ([`objects`]).
//!
//! [`JsonNumber`] keeps any JSON number as written, so that a range error can name the exact
//! value; [`ToWhole`] reads one as a whole number in a range, with an error that names what was
//! being read and what is allowed. `Decimal`, `Rating`, `Percentage`, PHQ-9 item 9 and every
//! `schema_version` read their numbers through here.

pub(crate) mod objects;
pub(crate) mod rfc3339;

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

use crate::decimal::{Decimal, DecimalError};
use crate::rating::RatingError;

/// Any JSON number, kept as it was written so range errors can name the exact value.
///
/// Scalar types deserialize through this instead of a fixed integer type, so `-1`, `11` and `3.5`
/// each get a message that names the value and the allowed range rather than serde's generic
/// "expected u8".
#[derive(Debug, Clone, Copy)]
pub(crate) enum JsonNumber {
    Integer(i128),
    Float(f64),
}

impl JsonNumber {
    /// The number as an exact [`Decimal`].
    pub(crate) fn to_decimal(self) -> Result<Decimal, DecimalError> {
        match self {
            JsonNumber::Integer(i) => {
                let hundredths = i.checked_mul(100).and_then(|h| i64::try_from(h).ok());
                hundredths
                    .ok_or_else(|| DecimalError::TooLarge {
                        value: i.to_string(),
                    })
                    .and_then(Decimal::from_hundredths)
            }
            JsonNumber::Float(f) => Decimal::try_from(f),
        }
    }
}

impl<'de> Deserialize<'de> for JsonNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<JsonNumber, D::Error> {
        struct NumberVisitor;

        impl Visitor<'_> for NumberVisitor {
            type Value = JsonNumber;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<JsonNumber, E> {
                Ok(JsonNumber::Integer(v.into()))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<JsonNumber, E> {
                Ok(JsonNumber::Integer(v.into()))
            }

            fn visit_i128<E: de::Error>(self, v: i128) -> Result<JsonNumber, E> {
                Ok(JsonNumber::Integer(v))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<JsonNumber, E> {
                Ok(JsonNumber::Float(v))
            }
        }

        deserializer.deserialize_any(NumberVisitor)
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
