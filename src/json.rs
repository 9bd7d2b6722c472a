//! Reading JSON as the schemas write it (private): numbers as they were written, dates and
//! instants in RFC 3339 only ([`rfc3339`]), structs only as objects ([`objects`]); and the form
//! every published schema takes ([`contract`]).
//!
//! [`JsonNumber`] keeps any JSON number as written, so that a range error can name the exact
//! value. `Decimal`, `Rating`, `Percentage` and PHQ-9 item 9 read their numbers through it; what a
//! number may be is theirs to say (`Decimal::from_json_number`, `rating::ToWhole` with a
//! `RatingError`), so this module uses neither `decimal` nor `rating`.

pub(crate) mod contract;
pub(crate) mod objects;
pub(crate) mod rfc3339;

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

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
