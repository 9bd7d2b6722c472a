//! JSON helpers of the readers: every check names the element's path.

use serde_json::{Map, Value};

use super::FhirError;
use super::error::clip;

/// An answer's number: whole, or a fraction (refused for an item).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Number {
    Whole(i64),
    Fraction,
}

impl Number {
    pub(super) fn of(value: &Value) -> Option<Number> {
        let number = value.as_number()?;
        if let Some(whole) = number.as_i64() {
            return Some(Number::Whole(whole));
        }
        let float = number.as_f64()?;
        if float.fract() != 0.0 {
            return Some(Number::Fraction);
        }
        // Whole floats beyond i64 are out of every range anyway.
        let clamped = float.clamp(-9.0e18, 9.0e18);
        #[allow(clippy::cast_possible_truncation)]
        Some(Number::Whole(clamped as i64))
    }

    pub(super) fn from_hundredths(hundredths: i64) -> Number {
        if hundredths % 100 == 0 {
            Number::Whole(hundredths / 100)
        } else {
            Number::Fraction
        }
    }
}

/// A JSON number rounded to hundredths (a stated total, an ordinal value).
pub(super) fn hundredths_of(value: &Value) -> Option<i64> {
    let number = value.as_number()?;
    if let Some(whole) = number.as_i64() {
        return whole.checked_mul(100);
    }
    let scaled = (number.as_f64()? * 100.0).round();
    if !scaled.is_finite() || scaled.abs() > 9.0e15 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation)]
    Some(scaled as i64)
}

pub(super) fn parse(json: &str) -> Result<Value, FhirError> {
    serde_json::from_str(json).map_err(|error| FhirError::NotJson {
        category: match error.classify() {
            serde_json::error::Category::Io => "io",
            serde_json::error::Category::Syntax => "syntax",
            serde_json::error::Category::Data => "data",
            serde_json::error::Category::Eof => "eof",
        },
        line: error.line(),
        column: error.column(),
    })
}

pub(super) fn resource<'v>(
    value: &'v Value,
    expected: &'static str,
) -> Result<&'v Map<String, Value>, FhirError> {
    let root = value.as_object();
    let found = root
        .and_then(|root| root.get("resourceType"))
        .and_then(Value::as_str)
        .unwrap_or("");
    match root {
        Some(root) if found == expected => Ok(root),
        _ => Err(FhirError::WrongResourceType {
            expected,
            found: clip(found),
        }),
    }
}

pub(super) fn modifier_check(object: &Map<String, Value>, path: &str) -> Result<(), FhirError> {
    match object.get("modifierExtension") {
        Some(Value::Array(list)) if list.is_empty() => Ok(()),
        None => Ok(()),
        Some(_) => Err(FhirError::ModifierExtension {
            path: path.to_owned(),
        }),
    }
}

/// `value` (at `path`) as a FHIR element: an object without a modifier extension (one the
/// reader does not understand changes the element's meaning, so it is refused, never ignored).
pub(super) fn element<'v>(
    value: &'v Value,
    path: &str,
) -> Result<&'v Map<String, Value>, FhirError> {
    let object = value.as_object().ok_or_else(|| FhirError::Invalid {
        path: path.to_owned(),
        expected: "an object",
    })?;
    modifier_check(object, path)?;
    Ok(object)
}

pub(super) fn array<'v>(
    object: &'v Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<&'v [Value], FhirError> {
    match object.get(key) {
        None => Ok(&[]),
        Some(Value::Array(list)) => Ok(list),
        Some(_) => Err(FhirError::Invalid {
            path: path.to_owned(),
            expected: "an array",
        }),
    }
}

pub(super) fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

pub(super) fn req_str<'v>(
    object: &'v Map<String, Value>,
    key: &'static str,
    path: &str,
) -> Result<&'v str, FhirError> {
    match object.get(key) {
        Some(Value::String(text)) => Ok(text),
        None | Some(Value::Null) => Err(FhirError::Missing {
            path: field_path(path, key),
            expected: "a string",
        }),
        Some(_) => Err(FhirError::Invalid {
            path: field_path(path, key),
            expected: "a string",
        }),
    }
}

pub(super) fn opt_str<'v>(
    object: &'v Map<String, Value>,
    key: &'static str,
    path: &str,
) -> Result<Option<&'v str>, FhirError> {
    match object.get(key) {
        Some(Value::String(text)) => Ok(Some(text)),
        None | Some(Value::Null) => Ok(None),
        Some(_) => Err(FhirError::Invalid {
            path: field_path(path, key),
            expected: "a string",
        }),
    }
}
