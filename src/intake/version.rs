//! The published schema of the intake documents' `schema_version` field.
//!
//! The version itself is the crate's one [`SchemaVersion`](crate::SchemaVersion) (re-exported here
//! as `intake::SchemaVersion`), read per document by the crate's version reader. The intake
//! schemas have always described the field through a shared definition named
//! `IntakeSchemaVersion`; this schema-only type keeps that definition, so the published schemas
//! do not change.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::SchemaVersion;

/// The `schema_version` of an intake document, as its schema describes it: never built, only
/// named in `#[schemars(with = …)]`.
pub(crate) struct IntakeSchemaVersion;

impl JsonSchema for IntakeSchemaVersion {
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

/// The `schema_version` of a [`ScreeningOutcome`](super::ScreeningOutcome) or
/// [`RedFlagClearance`](super::RedFlagClearance), as its schema describes it: 1 or 2, the same
/// layout (version 2 only brought the id alphabet, and `legacy_ids`); never built.
pub(crate) struct IdsSchemaVersion;

impl JsonSchema for IdsSchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "IntakeIdsSchemaVersion".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::IdsSchemaVersion").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The layout version of the document: 1 or 2, the same layout (2 since the id alphabet; always 2 when legacy_ids is present). A document is written back with the version it was read with, so that an event log embedding it keeps its hash chain.",
            "type": "integer",
            "enum": [1, 2],
        })
    }
}

/// Reads the `schema_version` of document `T` whose versions `LAYOUT_SINCE..=CURRENT` share one
/// layout, keeping the version read (rather than [`crate::version::current`], which reads every
/// one as the current): a copy embedded in a hashed event is written back as it was read.
pub(crate) fn as_read<'de, T, D>(deserializer: D) -> Result<SchemaVersion, D::Error>
where
    T: crate::version::Versioned,
    D: serde::Deserializer<'de>,
{
    use serde::Deserialize;
    use serde::de::Error;

    let supported = crate::version::Supported::current_of::<T>();
    let value = serde_json::Value::deserialize(deserializer)?;
    match crate::version::whole(&value) {
        Some(found)
            if (u64::from(supported.oldest().number())
                ..=u64::from(supported.current().number()))
                .contains(&found) =>
        {
            // In range, so it fits in a u32.
            Ok(SchemaVersion::new(u32::try_from(found).unwrap_or(u32::MAX)))
        }
        Some(found) => Err(D::Error::custom(
            crate::version::VersionError::Unsupported {
                document: T::DOCUMENT,
                found,
                supported,
            },
        )),
        None => Err(D::Error::custom(crate::version::VersionError::NotANumber {
            document: T::DOCUMENT,
            supported,
        })),
    }
}
