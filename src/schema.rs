//! The catalog of JSON Schemas (draft 2020-12) for every root type, by stable name.
//!
//! Apps in other languages exchange the crate's documents through these schemas. Each schema is
//! generated from the Rust type itself, so it accepts what the type accepts: ranges, patterns,
//! required fields, tags and `additionalProperties: false` all come from the same definitions that
//! the constructors enforce. The committed copies live in `docs/schemas/<name>.schema.json`, written
//! by `cargo run --example generate_schemas`; a test fails when they drift from the code.
//!
//! The catalog is generated from the document registry (`roots!` in `schema/roots.rs`): one row per
//! root type with its name, whether it is a versioned document (then it implements
//! [`Versioned`], and [`SchemaEntry::read_versioned`] reads it) and its private fields. Every test
//! that walks documents iterates [`catalog`].
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
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use crate::versioning::{self, Supported, VersionError, Versioned};

mod roots;

use self::roots::CATALOG;

/// The JSON Schema dialect every schema in the catalog declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The base of every schema's `$id`. The `.example` domain is reserved and never resolves: an `$id`
/// names a schema, it is not a download location. Apps load the files from `docs/schemas/`.
pub const ID_BASE: &str = "https://pain-reprocessing.example/schemas/";

/// One root type's entry in the catalog: a row of the document registry.
#[derive(Debug, Clone, Copy)]
pub struct SchemaEntry {
    name: &'static str,
    generate: fn(SchemaGenerator) -> Schema,
    read: fn(&Value) -> Result<(), String>,
    read_slice: fn(&[u8]) -> Result<(), String>,
    versioned: Option<VersionedEntry>,
    private_fields: &'static [&'static str],
}

/// What a versioned entry adds: the versions it reads and the versioned reader.
#[derive(Debug, Clone, Copy)]
struct VersionedEntry {
    supported: Supported,
    as_is: Supported,
    read: fn(Value) -> Result<(), VersionError>,
    upgrade: fn(Value) -> Result<Value, VersionError>,
}

impl VersionedEntry {
    const fn of<T: Versioned>() -> VersionedEntry {
        VersionedEntry {
            supported: Supported::of::<T>(),
            as_is: Supported::current_of::<T>(),
            read: read_versioned_as::<T>,
            upgrade: versioning::upgrade::<T>,
        }
    }
}

/// Reads `document` as a `T` through [`versioning::read`].
fn read_versioned_as<T: Versioned>(document: Value) -> Result<(), VersionError> {
    versioning::read::<T>(document).map(|_| ())
}

/// Reads `document` as a `T`, through the same validation as any other deserialization.
fn read_as<T: DeserializeOwned>(document: &Value) -> Result<(), String> {
    crate::located::from_value::<T>(document.clone())
        .map(|_| ())
        .map_err(|error| error.describe())
}

/// Reads the JSON text `bytes` straight into a `T`, without an intermediate [`Value`].
fn read_slice_as<T: DeserializeOwned>(bytes: &[u8]) -> Result<(), String> {
    crate::located::from_slice::<T>(bytes)
        .map(|_| ())
        .map_err(|error| error.describe())
}

impl SchemaEntry {
    const fn of<T: JsonSchema + DeserializeOwned>(
        name: &'static str,
        versioned: Option<VersionedEntry>,
        private_fields: &'static [&'static str],
    ) -> SchemaEntry {
        SchemaEntry {
            name,
            generate: SchemaGenerator::into_root_schema_for::<T>,
            read: read_as::<T>,
            read_slice: read_slice_as::<T>,
            versioned,
            private_fields,
        }
    }

    /// The versions of a versioned document (one that carries a `schema_version` and implements
    /// [`Versioned`]), or `None` for a value that is not stored on its own.
    pub fn supported(&self) -> Option<Supported> {
        self.versioned.map(|versioned| versioned.supported)
    }

    /// The versions plain deserialization reads as they are (the current one, or for a document
    /// whose version 2 changed only which ids are valid, 1-2); `None` when not versioned.
    pub fn supported_as_is(&self) -> Option<Supported> {
        self.versioned.map(|versioned| versioned.as_is)
    }

    /// Reads a stored document of this entry through [`versioning::read`]: its version checked,
    /// an older supported one upgraded, then every check of the type. `None` when the entry is not
    /// versioned.
    ///
    /// # Errors
    ///
    /// The [`VersionError`] of [`versioning::read`].
    pub fn read_versioned(&self, document: Value) -> Option<Result<(), VersionError>> {
        self.versioned.map(|versioned| (versioned.read)(document))
    }

    /// Upgrades a stored document of this entry to its current version through
    /// [`versioning::upgrade`], without reading it; `None` when the entry is not versioned.
    ///
    /// # Errors
    ///
    /// The [`VersionError`] of [`versioning::upgrade`].
    pub fn upgrade(&self, document: Value) -> Option<Result<Value, VersionError>> {
        self.versioned
            .map(|versioned| (versioned.upgrade)(document))
    }

    /// The JSON pointers of the entry's patient-identifying and free-text fields (a
    /// [`PatientId`](crate::PatientId) or a [`Note`](crate::Note)), such as `/patient_id` or
    /// `/entries/*/note`; `*` stands for every item of an array, and `""` for the whole value. No
    /// error message, `Debug` or `Display` may show what they hold; the privacy tests check each
    /// one on the fixtures.
    pub fn private_fields(&self) -> &'static [&'static str] {
        self.private_fields
    }

    /// The schema's `$id`: [`ID_BASE`] followed by the file name.
    pub fn id(&self) -> String {
        format!("{ID_BASE}{}", self.file_name())
    }

    /// Whether the crate itself accepts `document` as this entry's type: the Rust side of the
    /// contract, to compare with a JSON Schema validator's verdict on the same document.
    ///
    /// # Errors
    ///
    /// The deserialization error's message when the type rejects the document, followed by the
    /// JSON path of the bad value (`..., at `pain.average_intensity_past_week``) unless it is the
    /// document itself.
    pub fn read(&self, document: &Value) -> Result<(), String> {
        (self.read)(document)
    }

    /// Like [`read`](SchemaEntry::read), but from JSON text, deserialized straight into the type as
    /// an app reading a file or a request body would (serde_json's streaming reader, not a
    /// [`Value`]). Used by the robustness tests and fuzz targets.
    ///
    /// # Errors
    ///
    /// The parse or deserialization error's message when the text is not JSON or the type rejects
    /// it, followed by the JSON path, line and column of the bad value.
    pub fn read_slice(&self, bytes: &[u8]) -> Result<(), String> {
        (self.read_slice)(bytes)
    }

    /// The stable name, such as `rating`; also the file stem in `docs/schemas`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The file the schema is published as: `<name>.schema.json`.
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// The root schema, generated now with [`settings`], with its `$id`.
    pub fn schema(&self) -> Schema {
        let mut schema = (self.generate)(settings().into_generator());
        schema.insert("$id".to_owned(), Value::String(self.id()));
        schema
    }
}

/// The settings every schema is generated with: draft 2020-12, pinned so output never changes
/// under us with a schemars default, and one transform that makes every schema one that standard
/// validators take as it is (ajv strict mode, Python's `jsonschema`): integer ranges instead of
/// schemars' `uint8`-style formats, a `type` beside every keyword that needs one, `const` for a
/// single-valued integer such as `schema_version`, and a `discriminator` on tagged unions.
pub fn settings() -> SchemaSettings {
    crate::json::contract::settings()
}

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
            // Embedded, a root is no longer its own resource: its references point into the bundle.
            object.remove("$schema");
            object.remove("$id");
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
        "$id": format!("{ID_BASE}{BUNDLE_FILE}"),
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
    use crate::instruments::{InstrumentId, Response, Score};
    use crate::intake::{IntakeForm, ScreeningCriteria, ScreeningOutcome};
    use crate::outcomes::InstrumentKey;
    use crate::program::Program;
    use crate::{Decimal, Note, PatientId, Percentage, Rating, SchemaVersion};

    /// The registry's private fields, read back: the privacy tests that walk them are integration
    /// tests, which lib-only mutation runs do not build.
    #[test]
    fn private_fields_are_the_rows_pointers() {
        let fields = |name| find(name).map(|entry| entry.private_fields());
        assert_eq!(
            fields("red_flag_clearance"),
            Some(&["/note", "/legacy_ids"][..])
        );
        // `legacy_ids` may hold a patient id's original text.
        assert_eq!(fields("session_plan"), Some(&["/legacy_ids"][..]));
        assert_eq!(fields("patient_id"), Some(&[""][..]));
        assert_eq!(fields("decimal"), Some(&[][..]));
    }

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

    /// Every hand-written `JsonSchema` impl names its type and gives it an id of its own: schemars
    /// merges two types with one id into one definition, and the names are the `$defs` keys apps
    /// see in the bundle.
    #[test]
    fn hand_written_schemas_have_their_names_and_distinct_ids() {
        fn entry<T: JsonSchema>() -> (String, String) {
            (T::schema_name().into_owned(), T::schema_id().into_owned())
        }
        // Each type beside what it must say: a missing or extra row cannot go unnoticed.
        let entries = [
            (
                entry::<Decimal>(),
                ("Decimal", "pain_reprocessing::decimal::Decimal"),
            ),
            (
                entry::<Rating>(),
                ("Rating", "pain_reprocessing::rating::Rating"),
            ),
            (
                entry::<Percentage>(),
                ("Percentage", "pain_reprocessing::rating::Percentage"),
            ),
            (entry::<Note>(), ("Note", "pain_reprocessing::text::Note")),
            (
                entry::<PatientId>(),
                ("PatientId", "pain_reprocessing::id::PatientId"),
            ),
            (
                entry::<InstrumentId>(),
                (
                    "InstrumentId",
                    "pain_reprocessing::instruments::InstrumentId",
                ),
            ),
            (
                entry::<Response>(),
                (
                    "Response",
                    "pain_reprocessing::instruments::response::Response",
                ),
            ),
            (
                entry::<Score>(),
                ("Score", "pain_reprocessing::instruments::score::Score"),
            ),
            (
                entry::<InstrumentKey>(),
                (
                    "InstrumentKey",
                    "pain_reprocessing::outcomes::InstrumentKey",
                ),
            ),
            (
                entry::<IntakeForm>(),
                ("IntakeForm", "pain_reprocessing::intake::form::IntakeForm"),
            ),
            (
                entry::<ScreeningCriteria>(),
                (
                    "ScreeningCriteria",
                    "pain_reprocessing::intake::criteria::ScreeningCriteria",
                ),
            ),
            (
                entry::<ScreeningOutcome>(),
                (
                    "ScreeningOutcome",
                    "pain_reprocessing::intake::screening::ScreeningOutcome",
                ),
            ),
            (
                entry::<crate::intake::Phq9Item9>(),
                (
                    "Phq9Item9",
                    "pain_reprocessing::intake::psychiatric::Phq9Item9",
                ),
            ),
            (
                entry::<SchemaVersion>(),
                ("SchemaVersion", "pain_reprocessing::version::SchemaVersion"),
            ),
            (
                entry::<Program>(),
                ("Program", "pain_reprocessing::program::log::Program"),
            ),
        ];
        for ((name, id), (expected_name, expected_id)) in entries {
            assert_eq!((name.as_str(), id.as_str()), (expected_name, expected_id));
        }
    }

    /// The committed `docs/schemas` are what the code generates, checked beside the code so that
    /// lib-only mutation runs see a changed schema (the integration drift test also rewrites them
    /// on request).
    #[test]
    fn generated_files_match_the_committed_ones() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schemas");
        for file in files() {
            let committed = std::fs::read_to_string(dir.join(file.name())).unwrap_or_default();
            assert!(
                committed == file.contents(),
                "docs/schemas/{} differs from the code: run `cargo run --example generate_schemas`",
                file.name()
            );
        }
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
    fn every_schema_has_its_id() {
        for entry in catalog() {
            let id = entry.schema().get("$id").cloned();
            assert_eq!(
                id,
                Some(json!(format!("{ID_BASE}{}.schema.json", entry.name())))
            );
        }
    }

    #[test]
    fn read_goes_through_the_type() {
        let rating = find("rating").unwrap();
        assert_eq!(rating.read(&json!(7)), Ok(()));
        let err = rating.read(&json!(11)).unwrap_err();
        assert_eq!(err, "rating 11 is out of range; allowed whole numbers 0-10");
        assert_eq!(rating.read_slice(b"7"), Ok(()));
        let err = rating.read_slice(b"11").unwrap_err();
        assert!(
            err.starts_with("rating 11 is out of range; allowed whole numbers 0-10"),
            "{err}"
        );
        assert!(rating.read_slice(b"7 trailing").is_err());
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

    #[test]
    fn bundle_embeds_roots_without_their_own_ids() {
        let bundle = bundle();
        assert_eq!(bundle["$schema"], json!(DIALECT));
        assert_eq!(bundle["$id"], json!(format!("{ID_BASE}bundle.schema.json")));
        let defs = bundle["$defs"].as_object().unwrap();
        for entry in catalog() {
            let root = &defs[entry.name()];
            assert!(root.get("$schema").is_none(), "{}", entry.name());
            assert!(root.get("$id").is_none(), "{}", entry.name());
            assert!(root.get("$defs").is_none(), "{}", entry.name());
        }
        // Definitions shared by roots (a measurement's Decimal) are hoisted once, under their name.
        for entry in catalog() {
            if let Some(Value::Object(nested)) = entry.schema().get("$defs") {
                for name in nested.keys() {
                    assert!(defs.contains_key(name), "{name} of {}", entry.name());
                }
            }
        }
    }

    #[test]
    fn files_are_the_pretty_schemas_with_a_newline() {
        let files = files();
        for (file, entry) in files.iter().zip(catalog()) {
            assert_eq!(file.name(), format!("{}.schema.json", entry.name()));
            assert_eq!(file.name(), entry.file_name());
            assert!(file.contents().ends_with("}\n"), "{}", file.name());
            let parsed: Value = serde_json::from_str(file.contents()).unwrap();
            assert_eq!(parsed, entry.schema().to_value());
            assert!(file.contents().contains("\n  \""), "pretty-printed");
        }
        let last = files.last().unwrap();
        assert_eq!(last.name(), BUNDLE_FILE);
        let parsed: Value = serde_json::from_str(last.contents()).unwrap();
        assert_eq!(parsed, bundle());
    }

    #[test]
    fn find_returns_the_named_entry() {
        for entry in catalog() {
            assert_eq!(find(entry.name()).map(|e| e.name()), Some(entry.name()));
        }
        let rating = find("rating").unwrap();
        assert_eq!(rating.id(), format!("{ID_BASE}rating.schema.json"));
        assert_eq!(rating.schema().get("maximum"), Some(&json!(10)));
        assert!(find("note").unwrap().read(&json!("a note")).is_ok());
        assert!(find("note").unwrap().read(&json!(7)).is_err());
    }

    #[test]
    fn settings_are_draft_2020_12() {
        assert_eq!(settings().meta_schema.as_deref(), Some(DIALECT));
    }
}
