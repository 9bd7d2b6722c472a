//! The catalog of JSON Schemas (draft 2020-12) for every root type, by stable name.
//!
//! Apps in other languages exchange the crate's documents through these schemas. Each schema is
//! generated from the Rust type itself, so it accepts what the type accepts: ranges, patterns,
//! required fields, tags and `additionalProperties: false` all come from the same definitions that
//! the constructors enforce. The committed copies live in `docs/schemas/<name>.schema.json`, written
//! by `cargo run --example generate_schemas`; a test fails when they drift from the code.
//!
//! ```
//! use pain_reprocessing::schema;
//!
//! let rating = schema::find("rating").expect("the catalog has the rating schema");
//! let json = rating.schema();
//! assert_eq!(json.get("maximum"), Some(&serde_json::json!(10)));
//! assert!(schema::catalog().iter().any(|entry| entry.name() == "patient_id"));
//! ```

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

use crate::intake::{IntakeForm, RedFlagClearance, ScreeningCriteria, ScreeningOutcome};
use crate::{ClinicianId, Decimal, Note, PatientId, Percentage, ProgramId, Rating, SessionId};

/// The JSON Schema dialect every schema in the catalog declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// One root type's entry in the catalog.
#[derive(Debug, Clone, Copy)]
pub struct SchemaEntry {
    name: &'static str,
    generate: fn(SchemaGenerator) -> Schema,
}

impl SchemaEntry {
    const fn of<T: JsonSchema>(name: &'static str) -> SchemaEntry {
        SchemaEntry {
            name,
            generate: SchemaGenerator::into_root_schema_for::<T>,
        }
    }

    /// The stable name, such as `rating`; also the file stem in `docs/schemas`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The file the schema is published as: `<name>.schema.json`.
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// The root schema, generated now with [`settings`].
    pub fn schema(&self) -> Schema {
        (self.generate)(settings().into_generator())
    }
}

/// The settings every schema is generated with: draft 2020-12, pinned so output never changes
/// under us with a schemars default.
pub fn settings() -> SchemaSettings {
    SchemaSettings::draft2020_12()
}

const CATALOG: &[SchemaEntry] = &[
    SchemaEntry::of::<Decimal>("decimal"),
    SchemaEntry::of::<Rating>("rating"),
    SchemaEntry::of::<Percentage>("percentage"),
    SchemaEntry::of::<PatientId>("patient_id"),
    SchemaEntry::of::<ClinicianId>("clinician_id"),
    SchemaEntry::of::<ProgramId>("program_id"),
    SchemaEntry::of::<SessionId>("session_id"),
    SchemaEntry::of::<Note>("note"),
    SchemaEntry::of::<IntakeForm>("intake_form"),
    SchemaEntry::of::<ScreeningCriteria>("screening_criteria"),
    SchemaEntry::of::<ScreeningOutcome>("screening_outcome"),
    SchemaEntry::of::<RedFlagClearance>("red_flag_clearance"),
];

/// Every root type's entry, in a stable order.
pub fn catalog() -> &'static [SchemaEntry] {
    CATALOG
}

/// The entry named `name`, if the catalog has one.
pub fn find(name: &str) -> Option<SchemaEntry> {
    CATALOG.iter().find(|entry| entry.name == name).copied()
}

/// One schema document holding every root type's definition under `$defs`, keyed by catalog name.
pub fn bundle() -> Value {
    let mut defs = Map::new();
    let mut shared = Map::new();
    for entry in CATALOG {
        let mut root = entry.schema().to_value();
        if let Some(object) = root.as_object_mut() {
            object.remove("$schema");
            // Definitions shared between roots are hoisted once; references are rewritten to them.
            if let Some(Value::Object(nested)) = object.remove("$defs") {
                shared.extend(nested);
            }
        }
        defs.insert(entry.name.to_owned(), root);
    }
    for (name, definition) in shared {
        defs.entry(name).or_insert(definition);
    }
    json!({
        "$schema": DIALECT,
        "title": "pain-reprocessing",
        "description": "Every root type of the pain-reprocessing crate, keyed by catalog name.",
        "$defs": Value::Object(defs),
    })
}

/// A file the catalog publishes: its name under `docs/schemas` and its exact contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaFile {
    name: String,
    contents: String,
}

impl SchemaFile {
    /// The file name, such as `rating.schema.json`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's contents: pretty-printed JSON with a trailing newline.
    pub fn contents(&self) -> &str {
        &self.contents
    }
}

/// The name of the bundle file among [`files`].
pub const BUNDLE_FILE: &str = "bundle.schema.json";

/// Every file `docs/schemas` should hold: one per catalog entry and the [`bundle`].
///
/// The crate does no I/O; `examples/generate_schemas.rs` writes these and the drift test compares them.
pub fn files() -> Vec<SchemaFile> {
    let pretty = |value: &Value| {
        let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
        text.push('\n');
        text
    };
    let mut files: Vec<SchemaFile> = CATALOG
        .iter()
        .map(|entry| SchemaFile {
            name: entry.file_name(),
            contents: pretty(entry.schema().as_value()),
        })
        .collect();
    files.push(SchemaFile {
        name: BUNDLE_FILE.to_owned(),
        contents: pretty(&bundle()),
    });
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_snake_case() {
        let mut names: Vec<&str> = catalog().iter().map(SchemaEntry::name).collect();
        for name in &names {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{name}"
            );
        }
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "duplicate catalog names");
    }

    #[test]
    fn every_schema_declares_the_dialect() {
        for entry in catalog() {
            assert_eq!(
                entry.schema().get("$schema"),
                Some(&json!(DIALECT)),
                "{}",
                entry.name()
            );
        }
    }

    #[test]
    fn bundle_holds_every_entry() {
        let bundle = bundle();
        for entry in catalog() {
            assert!(
                bundle["$defs"].get(entry.name()).is_some(),
                "{}",
                entry.name()
            );
        }
        assert_eq!(files().len(), catalog().len() + 1);
        assert!(find("no_such_schema").is_none());
    }
}
