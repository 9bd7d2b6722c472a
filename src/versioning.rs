//! Versioned documents: every document an app stores or exchanges carries a `schema_version`, and
//! reading goes through one place that knows which versions are supported and how to upgrade an
//! older one.
//!
//! # How reading works
//!
//! [`read`] takes the JSON of a document and:
//!
//! 1. finds its `schema_version` (missing or not a whole number: an error);
//! 2. refuses a version newer than [`Versioned::CURRENT`] or older than [`Versioned::OLDEST`], with
//!    an error naming the version found and the versions supported;
//! 3. upgrades an older supported version one step at a time with [`Versioned::upgrade`]
//!    (version N to N + 1), each step a pure function on the JSON object;
//! 4. deserializes the result as the Rust type, through the same checks as any other read:
//!    unknown fields are still errors, nothing is dropped silently.
//!
//! A migration step never guesses: a field it cannot map is an error naming the field
//! ([`VersionError::Unmapped`]); [`take_known`] makes that the default.
//!
//! The implementations are generated from the document registry in [`schema`](crate::schema), one
//! per row marked versioned. Most documents are at version 1, with `OLDEST = CURRENT =`
//! [`SchemaVersion::V1`]; responses, scores and the documents that name instruments (protocols,
//! treatment goals, REDCap mappings, outcome summaries, event logs and programs) are at version 2
//! and read version 1 through the steps of `instruments::migrate` (the Boulder PROMIS sets' ids
//! were corrected, and score subscales say how their own missing items were handled). The
//! mechanism is also exercised by a documented, test-only version 0 of the practice log (see the
//! unit tests).
//! [`SchemaEntry::read_versioned`](crate::schema::SchemaEntry::read_versioned) reads a document
//! by its catalog name.
//!
//! ```
//! use pain_reprocessing::instruments::Response;
//! use pain_reprocessing::versioning::{self, VersionError};
//! use serde_json::json;
//!
//! let response: Response = versioning::read(json!({
//!     "schema_version": 2, "instrument": "gad7", "answers": [2, 1, 1, 0, 2, 1, 0]
//! }))?;
//! assert_eq!(response.score()?.total(), Some(7.into()));
//!
//! // Version 1 called the Boulder sleep set (PROMIS short form 8a) `promis_sleep_disturbance_8b`.
//! let older: Response = versioning::read(json!({
//!     "schema_version": 1, "instrument": "promis_sleep_disturbance_8b",
//!     "answers": [1, 5, 1, 5, 1, 5, 1, 5]
//! }))?;
//! assert_eq!(older.instrument(), pain_reprocessing::instruments::InstrumentId::PromisSleepDisturbance8a);
//!
//! let newer = versioning::read::<Response>(json!({
//!     "schema_version": 3, "instrument": "gad7", "answers": [2, 1, 1, 0, 2, 1, 0]
//! }));
//! assert_eq!(
//!     newer.unwrap_err().to_string(),
//!     "response schema_version 3 is not supported; supported: 1-2"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde_json::{Map, Value};

pub use crate::located::Location;
use crate::version::whole;
pub use crate::version::{SchemaVersion, Supported, VersionError, Versioned};

/// The name of the version field every versioned document carries.
pub const FIELD: &str = "schema_version";

/// The `schema_version` of `document`, if it has a whole-number one (`1.0` is the number 1, as
/// JSON Schema counts it).
pub fn version_of(document: &Value) -> Option<u64> {
    document.get(FIELD).and_then(whole)
}

/// Upgrades `document` to `T`'s current version, without deserializing it.
///
/// # Errors
///
/// [`VersionError::NotAnObject`], [`VersionError::Missing`], [`VersionError::NotANumber`],
/// [`VersionError::Unsupported`] for a version outside [`Supported::of::<T>()`](Supported::of),
/// and any error of a migration step.
pub fn upgrade<T: Versioned>(document: Value) -> Result<Value, VersionError> {
    let supported = Supported::of::<T>();
    let Value::Object(mut object) = document else {
        return Err(VersionError::NotAnObject {
            document: T::DOCUMENT,
        });
    };
    let found = match object.get(FIELD) {
        None => {
            return Err(VersionError::Missing {
                document: T::DOCUMENT,
                supported,
            });
        }
        Some(value) => whole(value).ok_or(VersionError::NotANumber {
            document: T::DOCUMENT,
            supported,
        })?,
    };
    let mut version = match u32::try_from(found).map(SchemaVersion::new) {
        Ok(version) if supported.contains(version) => version,
        _ => {
            return Err(VersionError::Unsupported {
                document: T::DOCUMENT,
                found,
                supported,
            });
        }
    };
    while version < T::CURRENT {
        object = T::upgrade(version, object)?;
        version = version.next();
        object.insert(FIELD.to_owned(), Value::from(version.number()));
    }
    Ok(Value::Object(object))
}

/// Reads `document` as a `T`: checks its version, upgrades an older supported one, then
/// deserializes it through all of `T`'s checks.
///
/// # Errors
///
/// Every error of [`upgrade`], and [`VersionError::Invalid`] with the type's message when the
/// upgraded document is not a valid `T`.
pub fn read<T: Versioned>(document: Value) -> Result<T, VersionError> {
    let current = upgrade::<T>(document)?;
    crate::located::from_value(current).map_err(|error| VersionError::Invalid {
        document: T::DOCUMENT,
        message: error.message,
        location: error.location,
    })
}

/// Reads the JSON text `bytes` as a `T`, like [`read`], keeping serde's position: a document at
/// the current version is deserialized straight from the text, so an error names the JSON path,
/// line and column of the bad value. An older version is upgraded first (its errors then name the
/// path only, as the upgraded document is no longer the text).
///
/// ```
/// use pain_reprocessing::exercises::PracticeLog;
/// use pain_reprocessing::versioning::{self, VersionError};
///
/// let text = br#"{"schema_version": 2,
///   "exercise": {"source": "catalog", "kind": "somatic_tracking"},
///   "started_at": "2026-03-04T18:30:00", "minutes": 15, "guidance": "guided"}"#;
/// let error = versioning::read_slice::<PracticeLog>(text).unwrap_err();
/// assert!(matches!(&error, VersionError::Invalid { location, .. }
///     if location.path() == "started_at" && location.line() == Some(3)));
/// assert!(error.to_string().contains("expected an RFC 3339 date-time with a zone"));
/// ```
///
/// # Errors
///
/// [`VersionError::Syntax`] when the text is not JSON, and every error of [`read`].
pub fn read_slice<T: Versioned>(bytes: &[u8]) -> Result<T, VersionError> {
    let document: Value =
        crate::located::from_slice(bytes).map_err(|error| VersionError::Syntax {
            document: T::DOCUMENT,
            message: error.message,
            location: error.location,
        })?;
    let current = version_of(&document).and_then(|found| u32::try_from(found).ok());
    if current != Some(T::CURRENT.number()) {
        return read(document);
    }
    // Checked at the current version: read again from the text itself, for line and column.
    crate::located::from_slice(bytes).map_err(|error| VersionError::Invalid {
        document: T::DOCUMENT,
        message: error.message,
        location: error.location,
    })
}

/// Removes the fields named in `known` from `object`, in order, and refuses anything left over:
/// the guard every migration step starts with, so a field the step does not know is an error
/// naming it rather than dropped. [`FIELD`] is always allowed.
///
/// # Errors
///
/// [`VersionError::Unmapped`] naming the first unknown field, in the object's order.
pub fn take_known<const N: usize>(
    document: &'static str,
    from: SchemaVersion,
    mut object: Map<String, Value>,
    known: [&str; N],
) -> Result<[Option<Value>; N], VersionError> {
    object.remove(FIELD);
    let taken = known.map(|name| object.remove(name));
    match object.keys().next() {
        None => Ok(taken),
        Some(field) => Err(VersionError::Unmapped {
            document,
            from,
            to: from.next(),
            field: field.clone(),
        }),
    }
}

#[cfg(test)]
mod tests;
