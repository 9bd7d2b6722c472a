//! [`InstrumentKey`]: the stable key of an instrument, as outcomes compares it.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::OutcomesError;

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
pub struct InstrumentKey(pub(super) String);

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
        // The module path it had before it moved to its own file; ids only need to be distinct.
        "pain_reprocessing::outcomes::InstrumentKey".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The stable key of an instrument: lowercase a-z, digits, '_' and '-'.",
            "type": "string",
            "pattern": INSTRUMENT_KEY_PATTERN,
        })
    }
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
}
