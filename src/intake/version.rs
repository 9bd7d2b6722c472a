//! The published schema of the intake documents' `schema_version` field.
//!
//! The version itself is the crate's one [`SchemaVersion`](crate::SchemaVersion) (re-exported here
//! as `intake::SchemaVersion`), read per document by the crate's version reader. The intake
//! schemas have always described the field through a shared definition named
//! `IntakeSchemaVersion`; this schema-only type keeps that definition, so the published schemas
//! do not change.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

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
