//! The `schema_version` marker of version-1 documents (exercises, sessions, goals, instruments):
//! written as `1`, and only `1` is read. `versioning` upgrades older documents before they get here.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::json::JsonNumber;
use crate::json::ToWhole;

/// Version 1 of a document's layout: written as `1`, and only `1` is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct SchemaVersion;

impl SchemaVersion {
    /// The version number written to JSON.
    pub(crate) const CURRENT: u8 = 1;
}

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(SchemaVersion::CURRENT)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SchemaVersion, D::Error> {
        // `1.0` is the number 1, as JSON Schema's `"const": 1` says: whole-valued floats are read.
        let version = JsonNumber::deserialize(deserializer)?
            .to_whole("schema_version", i128::MIN, i128::MAX, "1")
            .map_err(de::Error::custom)?;
        if version == i128::from(SchemaVersion::CURRENT) {
            Ok(SchemaVersion)
        } else {
            Err(de::Error::custom(format!(
                "schema_version {version} is not supported; this crate reads version 1"
            )))
        }
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The document layout version; this crate writes and reads 1.",
            "type": "integer",
            "const": 1,
        })
    }

    fn inline_schema() -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_1_and_the_same_number_written_1_0_like_the_schema() {
        assert_eq!(
            serde_json::from_str::<SchemaVersion>("1").unwrap(),
            SchemaVersion
        );
        assert_eq!(
            serde_json::from_str::<SchemaVersion>("1.0").unwrap(),
            SchemaVersion
        );
        assert_eq!(
            serde_json::from_str::<SchemaVersion>("2")
                .unwrap_err()
                .to_string(),
            "schema_version 2 is not supported; this crate reads version 1"
        );
        assert!(serde_json::from_str::<SchemaVersion>("1.5").is_err());
        assert!(serde_json::from_str::<SchemaVersion>("\"1\"").is_err());
    }
}
