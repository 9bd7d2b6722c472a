//! Identifiers: [`PatientId`], [`ClinicianId`], [`ProgramId`] and [`SessionId`].
//!
//! Every identifier is 1 to [`MAX_ID_CHARS`] characters with no control characters, checked by the
//! constructor, by serde and by the published JSON Schema alike. Identifiers are opaque: the crate
//! never looks inside them, and an app chooses their form (a UUID, a record number, a pseudonym).
//!
//! A [`PatientId`] is patient data. Its `Debug` output is redacted, it has no `Display`, and no error
//! message ever carries its text; read it with [`PatientId::as_str`] where the app really needs it.

use crate::text::{TextError, TextRules};

/// The most characters (Unicode scalar values) an identifier may have.
pub const MAX_ID_CHARS: usize = 64;

/// The JSON Schema `pattern` of an identifier: no control characters (Unicode category Cc).
pub(crate) const ID_PATTERN: &str = crate::text::LINE_PATTERN;

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
            /// [`IdError::Invalid`]($crate::IdError::Invalid) when `value` is empty, longer than
            /// [`MAX_ID_CHARS`]($crate::id::MAX_ID_CHARS) characters or contains a control character.
            pub fn new(value: impl Into<String>) -> Result<$name, $crate::IdError> {
                let value = value.into();
                $crate::text::check(&value, &$crate::id::ID_RULES).map_err(|source| $crate::IdError::Invalid {
                    kind: $kind,
                    source,
                })?;
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
                    "description": concat!("A ", $kind, ": 1-64 characters, no control characters."),
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
        // Characters, not bytes: 64 four-byte characters are fine.
        assert!(ClinicianId::new("🦀".repeat(MAX_ID_CHARS)).is_ok());
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
        assert!(
            SessionId::new("a\u{a0}b").is_ok(),
            "non-breaking space is not a control"
        );
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
