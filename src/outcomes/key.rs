//! [`InstrumentKey`]: the stable key of an outcome, as outcomes compares it: an instrument's total,
//! or one item or subscale of it.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::OutcomesError;

/// The most characters the instrument part of an [`InstrumentKey`] may have (and, separately, the
/// name of an item or subscale in a part key).
pub const MAX_INSTRUMENT_KEY_CHARS: usize = 64;

const INSTRUMENT_KEY_PATTERN: &str =
    "^[a-z0-9][a-z0-9_-]{0,63}([.](item|subscale)[.][a-z0-9][a-z0-9_-]{0,63})?$";

/// Which part of an instrument a key measures, when it is not the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyPart<'a> {
    /// One item, by its catalog item id (`bpi_5_average`).
    Item(&'a str),
    /// One subscale, by its catalog subscale id (`interference`).
    Subscale(&'a str),
}

/// The stable key of an outcome: an instrument's total (`nrs_pain`, `tsk11`, `pseq`), or one item
/// or subscale of an instrument (`bpi_sf.item.bpi_5_average`, `bpi_sf.subscale.interference`).
///
/// An instrument key is 1-64 characters of lowercase ASCII letters, digits, `_` and `-`, starting
/// with a letter or digit. A part key adds `.item.` or `.subscale.` and a name under the same rule,
/// so an item of a score is an outcome like any other: trajectories, responder definitions, cohort
/// summaries and trial tables compare keys for equality and never mix an item with its total. The
/// instruments catalog supplies the keys: its instrument ids convert into keys, and
/// [`InstrumentKey::item`] and [`InstrumentKey::subscale`] name a catalog item or subscale.
/// Keys written before part keys existed read and write unchanged.
///
/// ```
/// use pain_reprocessing::outcomes::{InstrumentKey, KeyPart};
///
/// let key: InstrumentKey = "tsk_11".parse()?;
/// assert_eq!(key.as_str(), "tsk_11");
/// assert_eq!(key.part(), None);
/// assert!(InstrumentKey::new("TSK 11").is_err());
/// let item: InstrumentKey = "bpi_sf.item.bpi_5_average".parse()?;
/// assert_eq!(item.instrument(), "bpi_sf");
/// assert_eq!(item.part(), Some(KeyPart::Item("bpi_5_average")));
/// assert!(InstrumentKey::new("bpi_sf.items.bpi_5_average").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InstrumentKey(pub(super) String);

/// Whether `segment` is a valid instrument key or part name.
fn valid_segment(segment: &str) -> bool {
    let mut chars = segment.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let rest_ok =
        chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    first_ok && rest_ok && segment.len() <= MAX_INSTRUMENT_KEY_CHARS
}

impl InstrumentKey {
    /// The key `value`.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::InvalidInstrumentKey`] when `value` breaks the key rules.
    pub fn new(value: impl Into<String>) -> Result<InstrumentKey, OutcomesError> {
        let value = value.into();
        let valid = match value.split_once('.') {
            None => valid_segment(&value),
            Some((instrument, rest)) => {
                valid_segment(instrument)
                    && match rest.split_once('.') {
                        Some(("item" | "subscale", name)) => valid_segment(name),
                        _ => false,
                    }
            }
        };
        if valid {
            Ok(InstrumentKey(value))
        } else {
            Err(OutcomesError::InvalidInstrumentKey {
                key: value.chars().take(24).collect(),
            })
        }
    }

    /// The key of `part` of the instrument keyed `instrument` (which must be an instrument key,
    /// not itself a part key).
    ///
    /// # Errors
    ///
    /// [`OutcomesError::InvalidInstrumentKey`] when `instrument` is a part key or the part's name
    /// breaks the key rules.
    pub fn with_part(
        instrument: &InstrumentKey,
        part: KeyPart<'_>,
    ) -> Result<InstrumentKey, OutcomesError> {
        if instrument.part().is_some() {
            return Err(OutcomesError::InvalidInstrumentKey {
                key: instrument.0.chars().take(24).collect(),
            });
        }
        let (kind, name) = match part {
            KeyPart::Item(name) => ("item", name),
            KeyPart::Subscale(name) => ("subscale", name),
        };
        InstrumentKey::new(format!("{}.{kind}.{name}", instrument.0))
    }

    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The instrument part of the key: the whole key for a total, `bpi_sf` for
    /// `bpi_sf.item.bpi_5_average`.
    pub fn instrument(&self) -> &str {
        self.0
            .split_once('.')
            .map_or(self.0.as_str(), |(instrument, _)| instrument)
    }

    /// The item or subscale the key measures; `None` for an instrument's total.
    pub fn part(&self) -> Option<KeyPart<'_>> {
        let (_, rest) = self.0.split_once('.')?;
        match rest.split_once('.')? {
            ("item", name) => Some(KeyPart::Item(name)),
            ("subscale", name) => Some(KeyPart::Subscale(name)),
            _ => None,
        }
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
            "description": "The stable key of an outcome: an instrument (lowercase a-z, digits, '_' and '-'), optionally followed by '.item.' or '.subscale.' and the part's name under the same rule.",
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
        // Part keys: one instrument, `item` or `subscale`, one name; nothing else after a dot.
        for good in [
            "bpi_sf.item.bpi_5_average",
            "bpi_sf.subscale.interference",
            &format!("{}.item.{}", "x".repeat(64), "y".repeat(64)),
        ] {
            assert!(InstrumentKey::new(good).is_ok(), "{good}");
        }
        for bad in [
            "bpi_sf.",
            "bpi_sf.item",
            "bpi_sf.item.",
            "bpi_sf.items.x",
            "bpi_sf.item._x",
            "bpi_sf.item.x.y",
            ".item.x",
            "bpi_sf.item.X",
            &format!("a.item.{}", "y".repeat(65)),
        ] {
            assert!(InstrumentKey::new(bad).is_err(), "{bad}");
        }
        assert_eq!(
            InstrumentKey::new("A").unwrap_err().to_string(),
            "instrument key \"A\" is invalid; allowed 1-64 characters of lowercase a-z, digits, '_' and '-', starting with a letter or digit"
        );
    }

    #[test]
    fn parts_of_a_key() {
        let total = InstrumentKey::new("bpi_sf").unwrap();
        assert_eq!((total.instrument(), total.part()), ("bpi_sf", None));
        let item = InstrumentKey::with_part(&total, KeyPart::Item("bpi_5_average")).unwrap();
        assert_eq!(item.as_str(), "bpi_sf.item.bpi_5_average");
        assert_eq!(item.instrument(), "bpi_sf");
        assert_eq!(item.part(), Some(KeyPart::Item("bpi_5_average")));
        let sub = InstrumentKey::with_part(&total, KeyPart::Subscale("interference")).unwrap();
        assert_eq!(sub.part(), Some(KeyPart::Subscale("interference")));
        // An item is not its instrument, and a part of a part does not exist.
        assert_ne!(item, total);
        assert!(matches!(
            InstrumentKey::with_part(&item, KeyPart::Item("x")),
            Err(OutcomesError::InvalidInstrumentKey { .. })
        ));
        // JSON: the same string form as any key, checked on read.
        assert_eq!(
            serde_json::to_string(&item).unwrap(),
            r#""bpi_sf.item.bpi_5_average""#
        );
        assert_eq!(
            serde_json::from_str::<InstrumentKey>(r#""bpi_sf.item.bpi_5_average""#).unwrap(),
            item
        );
        assert!(serde_json::from_str::<InstrumentKey>(r#""bpi_sf.item""#).is_err());
    }

    #[test]
    fn the_schema_pattern_agrees_with_the_type() {
        let schema = serde_json::to_value(schemars::schema_for!(InstrumentKey)).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        for key in [
            "nrs_pain",
            "a",
            "bpi_sf.item.bpi_5_average",
            "bpi_sf.subscale.interference",
            "bpi_sf.item",
            "bpi_sf.items.x",
            "bpi_sf.item.x.y",
            "_a",
            "TSK",
            &"x".repeat(65),
            &format!("a.item.{}", "y".repeat(64)),
            &format!("a.item.{}", "y".repeat(65)),
        ] {
            assert_eq!(
                validator.is_valid(&serde_json::json!(key)),
                InstrumentKey::new(key).is_ok(),
                "{key}"
            );
        }
    }
}
