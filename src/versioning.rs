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
//! Every document is at version 1 today and no older layout was ever published, so every
//! implementation here has `OLDEST = CURRENT = 1`; the mechanism is exercised by a documented,
//! test-only version 0 of the practice log (see the unit tests).
//!
//! ```
//! use pain_reprocessing::instruments::Response;
//! use pain_reprocessing::versioning::{self, VersionError};
//! use serde_json::json;
//!
//! let response: Response = versioning::read(json!({
//!     "schema_version": 1, "instrument": "gad7", "answers": [2, 1, 1, 0, 2, 1, 0]
//! }))?;
//! assert_eq!(response.score()?.total().to_string(), "7");
//!
//! let newer = versioning::read::<Response>(json!({
//!     "schema_version": 2, "instrument": "gad7", "answers": [2, 1, 1, 0, 2, 1, 0]
//! }));
//! assert_eq!(
//!     newer.unwrap_err().to_string(),
//!     "response schema_version 2 is not supported; supported: 1"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::exercises::PracticeLog;
use crate::instruments::{Response, Score};
use crate::intake::{IntakeForm, RedFlagClearance, ScreeningCriteria, ScreeningOutcome};
pub use crate::located::Location;
use crate::program::{EventLog, Program, ProgramReport};
use crate::protocol::Protocol;
use crate::sessions::{Homework, SessionPlan, SessionRecord};

/// The name of the version field every versioned document carries.
pub const FIELD: &str = "schema_version";

/// The versions a reader accepts: from the oldest it can upgrade to the current one it writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Supported {
    oldest: u32,
    current: u32,
}

impl Supported {
    /// The versions `T` reads.
    pub const fn of<T: Versioned>() -> Supported {
        Supported {
            oldest: T::OLDEST,
            current: T::CURRENT,
        }
    }

    /// The oldest version read (upgraded on read).
    pub const fn oldest(self) -> u32 {
        self.oldest
    }

    /// The version written, and read without upgrade.
    pub const fn current(self) -> u32 {
        self.current
    }

    /// Whether `version` is read.
    pub const fn contains(self, version: u32) -> bool {
        self.oldest <= version && version <= self.current
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

/// Why a versioned document could not be read or upgraded.
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
        from: u32,
        /// The version being upgraded to.
        to: u32,
        /// The field's name (never its value).
        field: String,
    },
    /// A migration step met a field whose value it cannot map.
    #[error("cannot upgrade {document} from schema_version {from}: field `{field}` {reason}")]
    UnmappedValue {
        /// The document's catalog name.
        document: &'static str,
        /// The version being upgraded from.
        from: u32,
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
/// Implement [`upgrade`](Versioned::upgrade) when a layout changes: bump
/// [`CURRENT`](Versioned::CURRENT), keep [`OLDEST`](Versioned::OLDEST), and add the step from the
/// previous version, with a test on a stored document of that version.
pub trait Versioned: DeserializeOwned {
    /// The document's catalog name (`docs/schemas/<DOCUMENT>.schema.json`), used in errors.
    const DOCUMENT: &'static str;
    /// The version this crate writes.
    const CURRENT: u32;
    /// The oldest version [`read`] upgrades; older ones are refused.
    const OLDEST: u32 = Self::CURRENT;

    /// Upgrades `document`, whose `schema_version` is `from`, to version `from + 1`. Called only
    /// for `OLDEST <= from < CURRENT`; [`read`] sets `schema_version` after each step.
    ///
    /// # Errors
    ///
    /// [`VersionError::Unmapped`] or [`VersionError::UnmappedValue`] naming a field the step
    /// cannot map. The default refuses every version, as no older layout exists.
    fn upgrade(
        from: u32,
        document: Map<String, Value>,
    ) -> Result<Map<String, Value>, VersionError> {
        let _ = document;
        Err(VersionError::Unsupported {
            document: Self::DOCUMENT,
            found: u64::from(from),
            supported: Supported::of::<Self>(),
        })
    }
}

/// The `schema_version` of `document`, if it has a whole-number one (`1.0` is the number 1, as
/// JSON Schema counts it).
pub fn version_of(document: &Value) -> Option<u64> {
    document.get(FIELD).and_then(whole)
}

/// `value` as a non-negative whole number: `1` or `1.0`.
fn whole(value: &Value) -> Option<u64> {
    let number = value.as_number()?;
    number.as_u64().or_else(|| {
        let float = number.as_f64()?;
        // Below 2^53 every whole float is exact; larger versions are refused anyway.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        (float.fract() == 0.0 && (0.0..9_007_199_254_740_992.0).contains(&float))
            .then_some(float as u64)
    })
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
    let mut version = match u32::try_from(found) {
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
        version += 1;
        object.insert(FIELD.to_owned(), Value::from(version));
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
/// let text = br#"{"schema_version": 1,
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
    if current != Some(T::CURRENT) {
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
    from: u32,
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
            to: from.saturating_add(1),
            field: field.clone(),
        }),
    }
}

macro_rules! versioned {
    ($($type:ty => $name:literal),* $(,)?) => {$(
        impl Versioned for $type {
            const DOCUMENT: &'static str = $name;
            const CURRENT: u32 = 1;
        }
    )*};
}

versioned! {
    IntakeForm => "intake_form",
    ScreeningCriteria => "screening_criteria",
    ScreeningOutcome => "screening_outcome",
    RedFlagClearance => "red_flag_clearance",
    Response => "response",
    Score => "score",
    PracticeLog => "practice_log",
    SessionPlan => "session_plan",
    SessionRecord => "session_record",
    Homework => "homework",
    Protocol => "protocol",
    EventLog => "event_log",
    Program => "program",
    ProgramReport => "program_report",
}

#[cfg(test)]
mod tests;
