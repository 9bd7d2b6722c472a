//! The one `schema_version` mechanism: [`SchemaVersion`], the [`Versioned`] trait a stored document
//! implements (generated for every versioned row of the document registry in `schema`), the
//! [`Supported`] range and the one [`VersionError`].
//!
//! Documents do not check their version themselves: a private document field is a
//! [`Current<T>`], which writes `T`'s current version and reads only the versions of its layout,
//! refusing any other with [`VersionError::Unsupported`] naming the document; a public field (the
//! intake documents' `*Fields` inputs) is a [`SchemaVersion`] read with [`current`]. `versioning` upgrades older documents
//! before they get here. This module sits below the domain modules, which only name the trait;
//! the impls live with the registry at the top.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::located::Location;

/// A document layout version, the `schema_version` number every stored document carries.
///
/// One type for every document: which versions a document reads is its [`Versioned`]
/// implementation's [`OLDEST`](Versioned::OLDEST) to [`CURRENT`](Versioned::CURRENT). Only layouts
/// this crate has published can be named, so a document cannot be built claiming a version the
/// crate does not know. Documents are at [`V1`](SchemaVersion::V1) or [`V2`](SchemaVersion::V2)
/// (docs/json.md, "Versions and migrations", lists which and why).
///
/// ```
/// use pain_reprocessing::SchemaVersion;
/// use pain_reprocessing::intake::IntakeForm;
/// use pain_reprocessing::versioning::Versioned;
///
/// assert_eq!(serde_json::to_string(&SchemaVersion::V1)?, "1");
/// assert_eq!(<IntakeForm as Versioned>::CURRENT, SchemaVersion::V1);
/// assert_eq!(SchemaVersion::V1.number(), 1);
/// let err = serde_json::from_str::<SchemaVersion>("2").unwrap_err();
/// assert!(err.to_string().starts_with("schema_version 2 is not supported; supported: 1"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchemaVersion(u32);

impl SchemaVersion {
    /// Version 1, the first published layout of every document.
    pub const V1: SchemaVersion = SchemaVersion(1);

    /// Version 2: the layout of the documents changed since version 1 (the event log and program:
    /// responses, legacy prefix and envelopes; the instrument documents: PROMIS ids and
    /// per-subscale missing handling; the documents that hold ids: the id alphabet, with the
    /// original text of mapped ids kept); each document's upgrade step says what changed.
    pub const V2: SchemaVersion = SchemaVersion(2);

    /// The version of the intake documents `intake_form` and `screening_criteria`, still 1, whose
    /// public `*Fields` inputs are built with it (`screening_outcome` and `red_flag_clearance`
    /// read 1 and 2, the same layout, and keep the version read). It is not the newest layout the crate knows: a document's own current
    /// version is [`Versioned::CURRENT`].
    pub const CURRENT: SchemaVersion = SchemaVersion::V1;

    /// A version by number: for the crate's migrations and their tests only, so that no public
    /// value names a layout that was never published.
    pub(crate) const fn new(number: u32) -> SchemaVersion {
        SchemaVersion(number)
    }

    /// The version number written to JSON.
    pub const fn number(self) -> u32 {
        self.0
    }

    /// The version after this one (saturating): what a migration step upgrades to.
    pub(crate) const fn next(self) -> SchemaVersion {
        SchemaVersion(self.0.saturating_add(1))
    }
}

impl Default for SchemaVersion {
    fn default() -> SchemaVersion {
        SchemaVersion::CURRENT
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.0)
    }
}

/// Reads a bare version, as the intake documents' public `schema_version` fields hold it: `1`
/// ([`SchemaVersion::CURRENT`]; or `1.0`, the same number to JSON Schema).
/// A document's own `schema_version` field names the document in its error instead.
impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SchemaVersion, D::Error> {
        let known = Supported {
            oldest: SchemaVersion::V1,
            current: SchemaVersion::CURRENT,
        };
        match whole(&Value::deserialize(deserializer)?) {
            Some(found) if known.contains_number(found) => Ok(SchemaVersion::CURRENT),
            Some(found) => Err(de::Error::custom(format!(
                "schema_version {found} is not supported; supported: {known}"
            ))),
            None => Err(de::Error::custom(format!(
                "schema_version must be a whole number; supported: {known}"
            ))),
        }
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::SchemaVersion").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        version_schema(SchemaVersion::CURRENT)
    }

    fn inline_schema() -> bool {
        true
    }
}

/// The schema of a `schema_version` field that reads exactly `version`.
fn version_schema(version: SchemaVersion) -> Schema {
    json_schema!({
        "description": format!("The document layout version, {version}."),
        "type": "integer",
        "const": version.number(),
    })
}

/// `value` as a non-negative whole number: `1` or `1.0` (JSON Schema's `integer` counts both).
pub(crate) fn whole(value: &Value) -> Option<u64> {
    let number = value.as_number()?;
    number.as_u64().or_else(|| {
        let float = number.as_f64()?;
        // Below 2^53 every whole float is exact; larger versions are refused anyway.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        (float.fract() == 0.0 && (0.0..9_007_199_254_740_992.0).contains(&float))
            .then_some(float as u64)
    })
}

/// The versions a reader accepts: from the oldest it can upgrade to the current one it writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Supported {
    oldest: SchemaVersion,
    current: SchemaVersion,
}

impl Supported {
    /// The versions `T` reads through [`versioning::read`](crate::versioning::read).
    pub const fn of<T: Versioned>() -> Supported {
        Supported {
            oldest: T::OLDEST,
            current: T::CURRENT,
        }
    }

    /// The versions plain deserialization of `T` reads: its current one only (older ones are
    /// upgraded by [`versioning::read`](crate::versioning::read) first).
    pub const fn current_of<T: Versioned>() -> Supported {
        Supported {
            oldest: T::LAYOUT_SINCE,
            current: T::CURRENT,
        }
    }

    /// The oldest version read (upgraded on read).
    pub const fn oldest(self) -> SchemaVersion {
        self.oldest
    }

    /// The version written, and read without upgrade.
    pub const fn current(self) -> SchemaVersion {
        self.current
    }

    /// Whether `version` is read.
    pub const fn contains(self, version: SchemaVersion) -> bool {
        self.oldest.0 <= version.0 && version.0 <= self.current.0
    }

    /// Whether the version numbered `found` is read.
    const fn contains_number(self, found: u64) -> bool {
        self.oldest.0 as u64 <= found && found <= self.current.0 as u64
    }
}

impl fmt::Display for Supported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.oldest == self.current {
            write!(f, "{}", self.current)
        } else {
            write!(f, "{}-{}", self.oldest, self.current)
        }
    }
}

/// Why a versioned document could not be read or upgraded: the one error for a `schema_version`,
/// whether met by [`versioning::read`](crate::versioning::read) or by plain deserialization.
///
/// Messages name the document, the version and the field, never a field's value: documents hold
/// patient text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VersionError {
    /// The document is not a JSON object.
    #[error("{document} must be a JSON object")]
    NotAnObject {
        /// The document's catalog name.
        document: &'static str,
    },
    /// The document has no `schema_version`.
    #[error("{document} has no schema_version; supported: {supported}")]
    Missing {
        /// The document's catalog name.
        document: &'static str,
        /// The versions read.
        supported: Supported,
    },
    /// `schema_version` is not a whole number.
    #[error("{document} schema_version must be a whole number; supported: {supported}")]
    NotANumber {
        /// The document's catalog name.
        document: &'static str,
        /// The versions read.
        supported: Supported,
    },
    /// The version is newer than this crate or older than it can upgrade.
    #[error("{document} schema_version {found} is not supported; supported: {supported}")]
    Unsupported {
        /// The document's catalog name.
        document: &'static str,
        /// The version found.
        found: u64,
        /// The versions read.
        supported: Supported,
    },
    /// A migration step met a field it has no mapping for.
    #[error(
        "cannot upgrade {document} from schema_version {from}: field `{field}` has no mapping to version {to}"
    )]
    Unmapped {
        /// The document's catalog name.
        document: &'static str,
        /// The version being upgraded from.
        from: SchemaVersion,
        /// The version being upgraded to.
        to: SchemaVersion,
        /// The field's name (never its value).
        field: String,
    },
    /// A migration step met a field whose value it cannot map.
    #[error("cannot upgrade {document} from schema_version {from}: field `{field}` {reason}")]
    UnmappedValue {
        /// The document's catalog name.
        document: &'static str,
        /// The version being upgraded from.
        from: SchemaVersion,
        /// The field's name (never its value).
        field: String,
        /// What the step expected.
        reason: &'static str,
    },
    /// The document, at the current version, is not a valid value of its type.
    #[error("{document}: {message}, at {location}")]
    Invalid {
        /// The document's catalog name.
        document: &'static str,
        /// The type's deserialization error.
        message: String,
        /// Where the bad value is: its JSON path and, read from text, its line and column.
        location: Location,
    },
    /// The text is not JSON.
    #[error("{document} is not JSON: {message}, at {location}")]
    Syntax {
        /// The document's catalog name.
        document: &'static str,
        /// serde_json's message.
        message: String,
        /// The line and column (the path of the value being read when the text broke off).
        location: Location,
    },
}

/// A document type with a `schema_version`: the versions it reads and how to upgrade older ones.
///
/// The crate's implementations are generated from the document registry (`roots!` in
/// `src/schema/roots.rs`): a row marked `yes` is one, at [`SchemaVersion::V1`]. When a layout
/// changes, mark the row `(v2 step)`: [`CURRENT`](Versioned::CURRENT) becomes version 2,
/// [`OLDEST`](Versioned::OLDEST) stays 1, and [`upgrade`](Versioned::upgrade) runs `step` from
/// version 1, with a test on a stored document of that version. A third layout would extend the
/// registry's form with the next step.
pub trait Versioned: DeserializeOwned {
    /// The document's catalog name (`docs/schemas/<DOCUMENT>.schema.json`), used in errors.
    const DOCUMENT: &'static str;
    /// The version this crate writes.
    const CURRENT: SchemaVersion;
    /// The oldest version [`read`](crate::versioning::read) upgrades; older ones are refused.
    const OLDEST: SchemaVersion = Self::CURRENT;
    /// The oldest version whose layout is the current one, which plain deserialization reads as
    /// it is: the current version, except for a `(v2 ids)` document of the registry, whose
    /// version 2 changed only which ids are valid (a version-1 copy embedded in another document
    /// then reads as it is, and an id outside the alphabet is refused as in version 2; only
    /// [`read`](crate::versioning::read) of the document itself maps such ids).
    const LAYOUT_SINCE: SchemaVersion = Self::CURRENT;

    /// Upgrades `document`, whose `schema_version` is `from`, to the next version. Called only
    /// for `OLDEST <= from < CURRENT`; [`read`](crate::versioning::read) sets `schema_version`
    /// after each step.
    ///
    /// # Errors
    ///
    /// [`VersionError::Unmapped`] or [`VersionError::UnmappedValue`] naming a field the step
    /// cannot map. The default refuses every version, as no older layout exists.
    fn upgrade(
        from: SchemaVersion,
        document: Map<String, Value>,
    ) -> Result<Map<String, Value>, VersionError> {
        let _ = document;
        Err(VersionError::Unsupported {
            document: Self::DOCUMENT,
            found: u64::from(from.number()),
            supported: Supported::of::<Self>(),
        })
    }
}

/// Reads the `schema_version` field of document `T`: its current version only, else the
/// [`VersionError`] naming `T`. Use as `#[serde(deserialize_with = "current::<T, _>")]` on a
/// public [`SchemaVersion`] field.
pub(crate) fn current<'de, T: Versioned, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<SchemaVersion, D::Error> {
    let supported = Supported::current_of::<T>();
    match whole(&Value::deserialize(deserializer)?) {
        Some(found) if supported.contains_number(found) => Ok(T::CURRENT),
        Some(found) => Err(de::Error::custom(VersionError::Unsupported {
            document: T::DOCUMENT,
            found,
            supported,
        })),
        None => Err(de::Error::custom(VersionError::NotANumber {
            document: T::DOCUMENT,
            supported,
        })),
    }
}

/// The `schema_version` field of a document `T` at its current version: written as
/// `T::CURRENT`, and only that version is read (see [`current`]). A zero-sized marker, so a
/// document built in code is always at the version it writes.
pub(crate) struct Current<T>(PhantomData<fn() -> T>);

impl<T> Current<T> {
    /// The marker.
    pub(crate) const fn new() -> Current<T> {
        Current(PhantomData)
    }
}

impl<T> Default for Current<T> {
    fn default() -> Current<T> {
        Current::new()
    }
}

impl<T> Clone for Current<T> {
    fn clone(&self) -> Current<T> {
        *self
    }
}

impl<T> Copy for Current<T> {}

impl<T> PartialEq for Current<T> {
    fn eq(&self, _: &Current<T>) -> bool {
        true
    }
}

impl<T> Eq for Current<T> {}

impl<T> PartialOrd for Current<T> {
    fn partial_cmp(&self, other: &Current<T>) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for Current<T> {
    fn cmp(&self, _: &Current<T>) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
}

impl<T> std::hash::Hash for Current<T> {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl<T> fmt::Debug for Current<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SchemaVersion")
    }
}

impl<T: Versioned> Serialize for Current<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        T::CURRENT.serialize(serializer)
    }
}

impl<'de, T: Versioned> Deserialize<'de> for Current<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Current<T>, D::Error> {
        current::<T, D>(deserializer).map(|_| Current::new())
    }
}

impl<T: Versioned> JsonSchema for Current<T> {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("{}::Current<{}>", module_path!(), T::DOCUMENT).into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        if T::LAYOUT_SINCE == T::CURRENT {
            return version_schema(T::CURRENT);
        }
        json_schema!({
            "description": format!(
                "The document layout version: {} is written; {}-{} have the same layout.",
                T::CURRENT, T::LAYOUT_SINCE, T::CURRENT
            ),
            "type": "integer",
            "enum": (T::LAYOUT_SINCE.number()..=T::CURRENT.number()).collect::<Vec<u32>>(),
        })
    }

    fn inline_schema() -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::care::CareLog as PracticeLog;

    #[test]
    fn a_bare_version_reads_1_and_the_same_number_written_1_0_like_the_schema() {
        assert_eq!(
            serde_json::from_str::<SchemaVersion>("1").unwrap(),
            SchemaVersion::V1
        );
        assert_eq!(
            serde_json::from_str::<SchemaVersion>("1.0").unwrap(),
            SchemaVersion::V1
        );
        assert_eq!(
            serde_json::from_str::<SchemaVersion>("2")
                .unwrap_err()
                .to_string(),
            "schema_version 2 is not supported; supported: 1"
        );
        for bad in ["1.5", "\"1\"", "-1", "null"] {
            assert_eq!(
                serde_json::from_str::<SchemaVersion>(bad)
                    .unwrap_err()
                    .to_string(),
                "schema_version must be a whole number; supported: 1",
                "{bad}"
            );
        }
        assert_eq!(serde_json::to_string(&SchemaVersion::V1).unwrap(), "1");
        assert_eq!(SchemaVersion::default(), SchemaVersion::V1);
        assert_eq!(SchemaVersion::new(0).next(), SchemaVersion::V1);
        assert_eq!(SchemaVersion::new(u32::MAX).next().number(), u32::MAX);
    }

    #[test]
    fn a_document_field_names_its_document() {
        let read = |json: &str| serde_json::from_str::<Current<PracticeLog>>(json).map(drop);
        assert_eq!(read("1").map_err(|e| e.to_string()), Ok(()));
        assert_eq!(read("1.0").map_err(|e| e.to_string()), Ok(()));
        assert_eq!(
            read("2").unwrap_err().to_string(),
            "care_log schema_version 2 is not supported; supported: 1"
        );
        assert_eq!(
            read("0").unwrap_err().to_string(),
            "care_log schema_version 0 is not supported; supported: 1"
        );
        assert_eq!(
            read("\"1\"").unwrap_err().to_string(),
            "care_log schema_version must be a whole number; supported: 1"
        );
        let marker = Current::<PracticeLog>::new();
        assert_eq!(serde_json::to_string(&marker).unwrap(), "1");
        assert_eq!(format!("{marker:?}"), "SchemaVersion");
        assert_eq!(marker, Current::default());
    }

    #[test]
    fn a_document_whose_version_2_changed_only_ids_reads_both_as_they_are() {
        let read = |json: &str| {
            serde_json::from_str::<Current<crate::exercises::PracticeLog>>(json)
                .map_err(|e| e.to_string())
        };
        assert!(read("1").is_ok() && read("2").is_ok());
        assert_eq!(
            read("3").unwrap_err(),
            "practice_log schema_version 3 is not supported; supported: 1-2"
        );
        let schema = schemars::SchemaGenerator::default()
            .into_root_schema_for::<Current<crate::exercises::PracticeLog>>();
        // An enum, not a range: TypeScript generators make it the literal type `1 | 2`.
        assert_eq!(schema.get("enum"), Some(&serde_json::json!([1, 2])));
    }

    #[test]
    fn the_field_schema_is_the_const_version() {
        let schema =
            schemars::SchemaGenerator::default().into_root_schema_for::<Current<PracticeLog>>();
        assert_eq!(schema.get("const"), Some(&serde_json::json!(1)));
        assert_eq!(schema.get("type"), Some(&serde_json::json!("integer")));
    }
}
