//! Identifiers: [`PatientId`], [`ClinicianId`], [`ProgramId`] and [`SessionId`].
//!
//! Every identifier is 1 to [`MAX_ID_CHARS`] characters of the **id alphabet**: ASCII letters
//! `A-Z a-z`, digits `0-9`, `-`, `.` and `_`; the names `.` and `..` are refused. Checked by the
//! constructor, by serde and by the published JSON Schema alike ([`ID_ALPHABET`] says it in
//! words). Identifiers are opaque: the crate never looks inside them, and an app chooses their
//! form (a UUID, a record number, a pseudonym).
//!
//! The alphabet is FHIR's resource id rule (`[A-Za-z0-9\-\.]{1,64}`) plus `_`, so that an id is
//! safe as a file name, a URL path segment or a storage key without escaping: no `/`, `\`, space,
//! control character or `..` can reach a path an app builds from it. (FHIR export keeps its own
//! check: an id with `_` is exported as a hashed FHIR id.)
//!
//! Before the alphabet, an id was any one-line text of 1-64 characters. Reading a document of a
//! version written before it ([`versioning::read`](crate::versioning::read), for every stored
//! document that holds ids) replaces an id outside the alphabet by [`legacy_id`] of its text,
//! deterministically, so an old document stays readable and the same old id always becomes the
//! same new one; the original text is kept in the document's `legacy_ids` ([`LegacyIds`]).
//!
//! A [`PatientId`] is patient data. Its `Debug` output is redacted, it has no `Display`, and no error
//! message ever carries its text; read it with [`PatientId::as_str`] where the app really needs it.

use crate::text::{TextError, TextRules};

mod legacy;
pub(crate) mod remap;

pub use legacy::{LegacyIds, LegacyIdsError};

/// The most characters (Unicode scalar values) an identifier may have.
pub const MAX_ID_CHARS: usize = 64;

/// The JSON Schema `pattern` of an identifier: the id alphabet, 1-64 characters, not `.` or `..`.
pub(crate) const ID_PATTERN: &str = r"^(?!\.{1,2}$)[A-Za-z0-9._-]{1,64}$";

/// The id alphabet in words, as error messages and schemas say it.
pub const ID_ALPHABET: &str = "1-64 of the characters A-Z a-z 0-9 - . _ (not \".\" or \"..\")";

/// Whether `c` is in the id alphabet.
fn in_alphabet(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')
}

/// Checks `value` against the id rules, naming `kind` in the error; never echoes the text.
pub(crate) fn check_id(value: &str, kind: &'static str) -> Result<(), IdError> {
    crate::text::check(value, &ID_RULES).map_err(|source| IdError::Invalid { kind, source })?;
    if let Some(position) = value.chars().position(|c| !in_alphabet(c)) {
        return Err(IdError::Character {
            kind,
            position: position + 1,
        });
    }
    if value == "." || value == ".." {
        return Err(IdError::DotName { kind });
    }
    Ok(())
}

/// The id an identifier `text` from a format-1 document is read as: `text` itself when it is in
/// the id alphabet, otherwise `x-` and the first 32 hex digits of the SHA-256 of its UTF-8 bytes.
/// Deterministic, so an app can map its own records the same way.
///
/// ```
/// use pain_reprocessing::id::legacy_id;
///
/// assert_eq!(legacy_id("mrn-000123"), "mrn-000123");
/// assert_eq!(legacy_id("dr smith"), "x-722bd267db102ba26e0d369978649f8b");
/// assert!(legacy_id("../etc").starts_with("x-"));
/// assert_eq!(legacy_id("../etc").len(), 34);
/// ```
pub fn legacy_id(text: &str) -> String {
    if check_id(text, "id").is_ok() {
        return text.to_owned();
    }
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(34);
    out.push_str("x-");
    for byte in digest.iter().take(16) {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Why text could not become an identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The text broke one of the identifier rules.
    #[error("{kind} {source}")]
    Invalid {
        /// Which identifier was being read, such as `patient id`.
        kind: &'static str,
        /// The rule it broke.
        source: TextError,
    },
    /// A character outside the id alphabet.
    #[error(
        "{kind} has a character outside the id alphabet at position {position}; allowed: {ID_ALPHABET}"
    )]
    Character {
        /// Which identifier was being read.
        kind: &'static str,
        /// The 1-based position of the first such character.
        position: usize,
    },
    /// The id is `.` or `..`, which name a folder rather than a thing.
    #[error("{kind} cannot be \".\" or \"..\"; allowed: {ID_ALPHABET}")]
    DotName {
        /// Which identifier was being read.
        kind: &'static str,
    },
}

pub(crate) const ID_RULES: TextRules = TextRules {
    max_chars: MAX_ID_CHARS,
    allow_line_breaks: false,
};

/// Defines an identifier newtype with validation, serde and a JSON Schema that agree; usable from
/// any module of the crate (`crate::id::identifier!`).
macro_rules! identifier {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal, redacted: $redacted:tt
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The identifier `value`.
            ///
            /// # Errors
            ///
            /// [`IdError::Invalid`]($crate::IdError::Invalid) when `value` is empty or longer than
            /// [`MAX_ID_CHARS`]($crate::id::MAX_ID_CHARS) characters,
            /// [`IdError::Character`]($crate::IdError::Character) for a character outside the
            /// [id alphabet]($crate::id::ID_ALPHABET), [`IdError::DotName`]($crate::IdError::DotName)
            /// for `.` and `..`.
            pub fn new(value: impl Into<String>) -> Result<$name, $crate::IdError> {
                let value = value.into();
                $crate::id::check_id(&value, $kind)?;
                Ok($name(value))
            }

            /// The identifier's text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::IdError;

            fn try_from(value: String) -> Result<$name, $crate::IdError> {
                $name::new(value)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::IdError;

            fn try_from(value: &str) -> Result<$name, $crate::IdError> {
                $name::new(value)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::IdError;

            fn from_str(value: &str) -> Result<$name, $crate::IdError> {
                $name::new(value)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let value = String::deserialize(deserializer)?;
                $name::new(value).map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!("A ", $kind, ": 1-64 of the characters A-Z a-z 0-9 - . _ (not \".\" or \"..\"); safe as a file name."),
                    "type": "string",
                    "minLength": 1,
                    "maxLength": $crate::id::MAX_ID_CHARS,
                    "pattern": $crate::id::ID_PATTERN,
                })
            }
        }

        identifier!(@format $name, $kind, $redacted);
    };
    (@format $name:ident, $kind:literal, true) => {
        impl std::fmt::Debug for $name {
            /// Redacted: identifiers of patients never reach logs through `Debug`.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($name), "(<redacted>)"))
            }
        }
    };
    (@format $name:ident, $kind:literal, false) => {
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.0).finish()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

pub(crate) use identifier;

identifier! {
    /// Identifies a patient. Patient data: `Debug` prints `PatientId(<redacted>)` and there is no
    /// `Display`.
    ///
    /// ```
    /// use pain_reprocessing::PatientId;
    ///
    /// let id = PatientId::new("mrn-000123")?;
    /// assert_eq!(id.as_str(), "mrn-000123");
    /// assert_eq!(format!("{id:?}"), "PatientId(<redacted>)");
    /// assert!(PatientId::new("").is_err());
    /// assert!(PatientId::new("a\u{7}b").is_err());
    /// # Ok::<(), pain_reprocessing::IdError>(())
    /// ```
    PatientId, "patient id", redacted: true
}

identifier! {
    /// Identifies a clinician (physician, therapist) who records or decides something.
    ///
    /// ```
    /// use pain_reprocessing::ClinicianId;
    ///
    /// let id: ClinicianId = "dr-gordon".parse()?;
    /// assert_eq!(id.to_string(), "dr-gordon");
    /// # Ok::<(), pain_reprocessing::IdError>(())
    /// ```
    ClinicianId, "clinician id", redacted: false
}

identifier! {
    /// Identifies one patient's enrollment in a program.
    ///
    /// ```
    /// use pain_reprocessing::ProgramId;
    ///
    /// let id = ProgramId::new("prog-2026-0042")?;
    /// assert_eq!(id.as_str(), "prog-2026-0042");
    /// # Ok::<(), pain_reprocessing::IdError>(())
    /// ```
    ProgramId, "program id", redacted: false
}

identifier! {
    /// Identifies a therapy session.
    ///
    /// ```
    /// use pain_reprocessing::SessionId;
    ///
    /// let id = SessionId::new("sess-7")?;
    /// assert_eq!(id.as_str(), "sess-7");
    /// # Ok::<(), pain_reprocessing::IdError>(())
    /// ```
    SessionId, "session id", redacted: false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_boundaries() {
        assert!(PatientId::new("a").is_ok());
        assert!(PatientId::new("a".repeat(MAX_ID_CHARS)).is_ok());
        let err = PatientId::new("a".repeat(MAX_ID_CHARS + 1)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "patient id is 65 characters long; allowed 1-64 characters"
        );
        assert_eq!(
            ProgramId::new("").unwrap_err().to_string(),
            "program id is empty; allowed 1-64 characters"
        );
    }

    #[test]
    fn control_characters_are_rejected_without_echoing_the_text() {
        for bad in ["a\nb", "\t", "x\u{0}", "x\u{7f}", "x\u{9f}"] {
            let err = PatientId::new(bad).unwrap_err().to_string();
            assert!(err.contains("control character"), "{err}");
        }
        let err = PatientId::new("secret\u{1b}").unwrap_err().to_string();
        assert!(!err.contains("secret"), "{err}");
        assert_eq!(
            err,
            "patient id has a control character at position 7; control characters are not allowed"
        );
    }

    #[test]
    fn only_the_id_alphabet_and_never_a_dot_name() {
        for good in [
            "a",
            "A-z_0.9",
            "...",
            ".hidden",
            "550e8400-e29b-41d4-a716-446655440000",
        ] {
            assert!(ProgramId::new(good).is_ok(), "{good}");
        }
        let allowed = "allowed: 1-64 of the characters A-Z a-z 0-9 - . _ (not \".\" or \"..\")";
        for (bad, position) in [
            ("a/b", 2),
            ("a\\b", 2),
            ("../x", 3),
            ("a b", 2),
            ("a\u{a0}b", 2),
            ("é", 1),
            ("🦀", 1),
            ("x:y", 2),
        ] {
            assert_eq!(
                SessionId::new(bad).unwrap_err().to_string(),
                format!(
                    "session id has a character outside the id alphabet at position {position}; {allowed}"
                ),
                "{bad}"
            );
        }
        for bad in [".", ".."] {
            assert_eq!(
                ProgramId::new(bad).unwrap_err(),
                IdError::DotName { kind: "program id" }
            );
            assert_eq!(
                ProgramId::new(bad).unwrap_err().to_string(),
                format!("program id cannot be \".\" or \"..\"; {allowed}")
            );
        }
        let err = PatientId::new("jane doe").unwrap_err().to_string();
        assert!(!err.contains("jane"), "{err}");
    }

    #[test]
    fn the_schema_pattern_agrees_with_the_constructor() {
        let schema = schemars::SchemaGenerator::default().into_root_schema_for::<ProgramId>();
        let pattern = schema.get("pattern").and_then(|p| p.as_str()).unwrap();
        assert_eq!(pattern, ID_PATTERN);
        let value = serde_json::to_value(&schema).unwrap();
        let validator = jsonschema::validator_for(&value).unwrap();
        for text in ["a", ".", "..", "...", "a/b", "a b", "x_y.z-1", "", "é"] {
            assert_eq!(
                validator.is_valid(&serde_json::json!(text)),
                ProgramId::new(text).is_ok(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_legacy_id_outside_the_alphabet_maps_to_a_stable_hashed_one() {
        assert_eq!(legacy_id("pt-1"), "pt-1");
        // SHA-256("dr smith") starts 722bd267db102ba26e0d369978649f8b.
        assert_eq!(legacy_id("dr smith"), "x-722bd267db102ba26e0d369978649f8b");
        for old in ["..", ".", "a/b", "🦀"] {
            let new = legacy_id(old);
            assert!(ProgramId::new(&new).is_ok(), "{new}");
            assert_eq!(new, legacy_id(old));
        }
    }

    #[test]
    fn patient_ids_are_redacted_in_debug() {
        let id = PatientId::new("jane-doe-1970").unwrap();
        assert_eq!(format!("{id:?}"), "PatientId(<redacted>)");
        assert_eq!(
            format!("{:#?}", Some(&id)),
            "Some(\n    PatientId(<redacted>),\n)"
        );
    }

    #[test]
    fn other_ids_print_their_text() {
        let id = ClinicianId::new("dr-1").unwrap();
        assert_eq!(format!("{id:?}"), "ClinicianId(\"dr-1\")");
        assert_eq!(id.to_string(), "dr-1");
    }

    #[test]
    fn json_goes_through_validation() {
        let id: SessionId = serde_json::from_str("\"s-1\"").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"s-1\"");
        for bad in ["\"\"", "\"a\\u0000\"", "7", "null"] {
            assert!(serde_json::from_str::<SessionId>(bad).is_err(), "{bad}");
        }
        let long = format!("\"{}\"", "x".repeat(65));
        let err = serde_json::from_str::<PatientId>(&long)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("patient id is 65 characters long"), "{err}");
    }
}
