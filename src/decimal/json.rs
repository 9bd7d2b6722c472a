//! A [`Decimal`] and a [`MeasuredValue`] in JSON: plain numbers, read back exactly; their JSON
//! Schemas.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Decimal, DecimalError, MAX_VALUE, MeasuredValue};
use crate::json::JsonNumber;

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.hundredths % 100 == 0 {
            serializer.serialize_i64(self.hundredths / 100)
        } else {
            serializer.serialize_f64(self.to_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let number = JsonNumber::deserialize(deserializer)?;
        Decimal::from_json_number(number).map_err(serde::de::Error::custom)
    }
}

impl Decimal {
    /// A JSON number as an exact decimal: the reader of every decimal field (and of
    /// [`Percentage`](crate::Percentage)'s).
    pub(crate) fn from_json_number(number: JsonNumber) -> Result<Decimal, DecimalError> {
        match number {
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

impl JsonSchema for Decimal {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }

    fn schema_id() -> Cow<'static, str> {
        // The type's path, not this file's: schema ids name the public type.
        "pain_reprocessing::decimal::Decimal".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An exact decimal with at most two decimal places, written as a JSON number.",
            "type": "number",
            "minimum": -MAX_VALUE,
            "maximum": MAX_VALUE,
        })
    }
}

impl Serialize for MeasuredValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.ten_thousandths() % 10_000 == 0 {
            serializer.serialize_i64(self.ten_thousandths() / 10_000)
        } else {
            serializer.serialize_f64(self.to_f64())
        }
    }
}

impl<'de> Deserialize<'de> for MeasuredValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<MeasuredValue, D::Error> {
        let number = JsonNumber::deserialize(deserializer)?;
        MeasuredValue::from_json_number(number).map_err(serde::de::Error::custom)
    }
}

impl MeasuredValue {
    /// A JSON number as an exact measured value: the reader of every measured field.
    pub(super) fn from_json_number(number: JsonNumber) -> Result<MeasuredValue, DecimalError> {
        match number {
            JsonNumber::Integer(i) => {
                let too_large = || DecimalError::TooLarge {
                    value: i.to_string(),
                };
                let ten_thousandths = i
                    .checked_mul(10_000)
                    .and_then(|t| i64::try_from(t).ok())
                    .ok_or_else(too_large)?;
                MeasuredValue::from_ten_thousandths(ten_thousandths)
            }
            JsonNumber::Float(f) => MeasuredValue::try_from(f),
        }
    }
}

impl JsonSchema for MeasuredValue {
    fn schema_name() -> Cow<'static, str> {
        "MeasuredValue".into()
    }

    fn schema_id() -> Cow<'static, str> {
        // The type's path, not this file's: schema ids name the public type.
        "pain_reprocessing::decimal::MeasuredValue".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An exact measured value, written as a JSON number: at most four decimal places below 10^11 in magnitude, two from there up.",
            "type": "number",
            "minimum": -MAX_VALUE,
            "maximum": MAX_VALUE,
        })
    }
}
