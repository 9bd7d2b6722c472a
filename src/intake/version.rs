//! [`SchemaVersion`]: the layout version every stored intake document carries.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use super::IntakeError;
use crate::json::JsonNumber;
use crate::json::ToWhole;

/// The JSON layout version of the intake documents ([`IntakeForm`](super::IntakeForm),
/// [`ScreeningCriteria`](super::ScreeningCriteria), [`ScreeningOutcome`](super::ScreeningOutcome),
/// [`RedFlagClearance`](super::RedFlagClearance)), written as `"schema_version": 1`.
///
/// Stored documents outlive the code that wrote them; a reader that meets a version it does not
/// know refuses the document instead of guessing.
///
/// ```
/// use pain_reprocessing::intake::SchemaVersion;
///
/// assert_eq!(serde_json::to_string(&SchemaVersion::V1)?, "1");
/// let err = serde_json::from_str::<SchemaVersion>("2").unwrap_err();
/// assert!(err.to_string().starts_with("intake schema_version 2 is not supported; supported: 1"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum SchemaVersion {
    /// Version 1, the current layout.
    #[default]
    V1,
}

impl SchemaVersion {
    /// The version this crate writes.
    pub const CURRENT: SchemaVersion = SchemaVersion::V1;

    /// The version number.
    pub const fn number(self) -> u16 {
        match self {
            SchemaVersion::V1 => 1,
        }
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.number())
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SchemaVersion, D::Error> {
        let found = JsonNumber::deserialize(deserializer)?
            .to_whole("schema_version", i128::MIN, i128::MAX, "1")
            .map_err(de::Error::custom)?;
        if found == 1 {
            Ok(SchemaVersion::V1)
        } else {
            Err(de::Error::custom(IntakeError::UnsupportedSchemaVersion {
                found,
            }))
        }
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "IntakeSchemaVersion".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::SchemaVersion").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The layout version of the document; this crate reads and writes 1.",
            "type": "integer",
            "const": 1,
        })
    }
}
