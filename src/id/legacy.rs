//! [`LegacyIds`]: the original text of every identifier a reader mapped through [`legacy_id`],
//! kept in the document so that nothing stored is lost.
//!
//! A document written before the id alphabet may hold an id such as `dr smith`. Reading it
//! replaces that id by [`legacy_id`]`("dr smith")` (`x-` and 32 hex digits) wherever it occurs,
//! and records the pair in the document's `legacy_ids` object, `{"x-722b…": "dr smith"}`, which
//! is written back with the document. The record is self-checking: each key is the SHA-256-based
//! [`legacy_id`] of its text, so an entry cannot be edited without the mismatch being refused on
//! read.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{ID_RULES, check_id, legacy_id};

/// The original text of the identifiers of a document that a reader mapped through
/// [`legacy_id`]: mapped id -> original text. Empty (and not written) for a document whose ids
/// were all in the id alphabet.
///
/// The original text may be a patient's identifier, so `Debug` shows only how many entries there
/// are, and no error message carries an entry.
///
/// ```
/// use pain_reprocessing::id::{LegacyIds, legacy_id};
///
/// let ids: LegacyIds = serde_json::from_value(serde_json::json!({
///     "x-722bd267db102ba26e0d369978649f8b": "dr smith"
/// }))?;
/// assert_eq!(ids.original(&legacy_id("dr smith")), Some("dr smith"));
/// assert_eq!(format!("{ids:?}"), "LegacyIds(1 entries, redacted)");
/// assert!(serde_json::from_value::<LegacyIds>(serde_json::json!({"x-0": "dr smith"})).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LegacyIds(BTreeMap<String, String>);

/// Why a `legacy_ids` entry was refused; never carries the entry's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LegacyIdsError {
    /// The original text does not follow the rules ids followed before the alphabet (1-64
    /// characters, no control character).
    #[error(
        "legacy_ids entry {entry}: the original text is not a format-1 id (1-64 characters, no control character)"
    )]
    NotAnOldId {
        /// The 1-based position of the entry, in key order.
        entry: usize,
    },
    /// The original text is in the id alphabet, so it was never mapped.
    #[error(
        "legacy_ids entry {entry}: the original text is in the id alphabet and was never mapped"
    )]
    InAlphabet {
        /// The 1-based position of the entry, in key order.
        entry: usize,
    },
    /// The key is not the [`legacy_id`] of the text.
    #[error(
        "legacy_ids entry {entry}: the key is not the legacy id of its text (x- and the first 32 hex digits of its SHA-256)"
    )]
    KeyMismatch {
        /// The 1-based position of the entry, in key order.
        entry: usize,
    },
}

impl LegacyIds {
    /// Whether no id was mapped.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many distinct ids were mapped.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The original text of the mapped id `id`, if `id` is one.
    pub fn original(&self, id: &str) -> Option<&str> {
        self.0.get(id).map(String::as_str)
    }

    /// Every (mapped id, original text) pair, in the order of the mapped ids.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(id, text)| (id.as_str(), text.as_str()))
    }

    /// Records that `original` was read as [`legacy_id`]`(original)`; returns that id. `None`
    /// when `original` is in the alphabet (nothing to map) or was not a format-1 id either.
    pub(crate) fn map(&mut self, original: &str) -> Option<String> {
        crate::text::check(original, &ID_RULES).ok()?;
        if check_id(original, "id").is_ok() {
            return None;
        }
        let mapped = legacy_id(original);
        self.0.insert(mapped.clone(), original.to_owned());
        Some(mapped)
    }

    /// Checks every entry: a format-1 id outside the alphabet under its own legacy id.
    fn check(&self) -> Result<(), LegacyIdsError> {
        for (index, (key, text)) in self.0.iter().enumerate() {
            let entry = index + 1;
            if crate::text::check(text, &ID_RULES).is_err() {
                return Err(LegacyIdsError::NotAnOldId { entry });
            }
            if check_id(text, "id").is_ok() {
                return Err(LegacyIdsError::InAlphabet { entry });
            }
            if legacy_id(text) != *key {
                return Err(LegacyIdsError::KeyMismatch { entry });
            }
        }
        Ok(())
    }

    /// These entries but the one of the mapped id `id` (a patient's, kept out of a report).
    pub(crate) fn without(&self, id: &str) -> LegacyIds {
        let mut rest = self.clone();
        rest.0.remove(id);
        rest
    }
}

impl fmt::Debug for LegacyIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LegacyIds({} entries, redacted)", self.0.len())
    }
}

impl Serialize for LegacyIds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for LegacyIds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LegacyIds, D::Error> {
        let ids = LegacyIds(BTreeMap::deserialize(deserializer)?);
        ids.check().map_err(serde::de::Error::custom)?;
        Ok(ids)
    }
}

impl JsonSchema for LegacyIds {
    fn schema_name() -> Cow<'static, str> {
        "LegacyIds".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::LegacyIds").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.",
            "type": "object",
            "propertyNames": { "type": "string", "pattern": "^x-[0-9a-f]{32}$" },
            "additionalProperties": { "type": "string", "minLength": 1, "maxLength": super::MAX_ID_CHARS },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_records_only_ids_outside_the_alphabet() {
        let mut ids = LegacyIds::default();
        assert_eq!(ids.map("pt-1"), None);
        assert_eq!(ids.map("a\u{7}b"), None, "never a format-1 id");
        assert_eq!(ids.map(""), None);
        assert_eq!(
            ids.map("dr smith").as_deref(),
            Some("x-722bd267db102ba26e0d369978649f8b")
        );
        assert_eq!(ids.len(), 1);
        assert_eq!(
            ids.original("x-722bd267db102ba26e0d369978649f8b"),
            Some("dr smith")
        );
        let json = serde_json::to_value(&ids).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"x-722bd267db102ba26e0d369978649f8b": "dr smith"})
        );
        assert_eq!(serde_json::from_value::<LegacyIds>(json).unwrap(), ids);
    }

    #[test]
    fn entries_are_refused_without_their_text() {
        let read = |json| {
            serde_json::from_value::<LegacyIds>(json)
                .unwrap_err()
                .to_string()
        };
        let key = legacy_id("jane doe");
        assert_eq!(
            read(serde_json::json!({ key.clone(): "jane  doe" })),
            "legacy_ids entry 1: the key is not the legacy id of its text (x- and the first 32 hex digits of its SHA-256)"
        );
        assert_eq!(
            read(serde_json::json!({ "x-0": "jane-doe" })),
            "legacy_ids entry 1: the original text is in the id alphabet and was never mapped"
        );
        let error = read(serde_json::json!({ "x-0": "jane\u{1b}doe" }));
        assert!(error.contains("is not a format-1 id"), "{error}");
        assert!(!error.contains("jane"), "{error}");
    }
}
