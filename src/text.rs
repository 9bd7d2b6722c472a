//! Validated text: the rules identifiers and notes share, the free-text [`Note`], and the
//! [`Excerpt`] of a refused input that an error message quotes.
//!
//! A [`Note`] holds what a patient or clinician wrote in their own words. It is patient data: its
//! `Debug` output shows only its length, it has no `Display`, and no error message carries its text.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most characters (Unicode scalar values) a [`Note`] may have.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// The JSON Schema `pattern` of a note: no control characters except tab, line feed and carriage
/// return.
const NOTE_PATTERN: &str = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$";

/// The JSON Schema `pattern` of one-line text (identifiers, names, titles): no control characters
/// (Unicode category Cc).
pub(crate) const LINE_PATTERN: &str = r"^[^\x00-\x1F\x7F-\x9F]*$";

/// Defines a one-line validated text newtype (no control characters, 1 to `max` characters) whose
/// constructor, serde and JSON Schema agree; errors are `$error::Text { field, source }`.
///
/// For short app-written data such as names, titles and locators; free text from patients and
/// clinicians is a [`Note`] instead.
macro_rules! line_text {
    (
        $(#[$meta:meta])*
        $name:ident, error: $error:ident, field: $field:literal, max: $max:expr, description: $desc:literal
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The text `value`.
            ///
            /// # Errors
            ///
            /// [`Text`]($error::Text) when `value` is empty, too long or holds a control character.
            pub fn new(value: impl Into<String>) -> Result<$name, $error> {
                let value = value.into();
                let rules = $crate::text::TextRules {
                    max_chars: $max,
                    allow_line_breaks: false,
                };
                $crate::text::check(&value, &rules)
                    .map_err(|source| $error::Text { field: $field, source })?;
                Ok($name(value))
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let value = <String as serde::Deserialize>::deserialize(deserializer)?;
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
                    "description": $desc,
                    "type": "string",
                    "minLength": 1,
                    "maxLength": $max,
                    "pattern": $crate::text::LINE_PATTERN,
                })
            }
        }
    };
}
pub(crate) use line_text;

/// Why text broke a rule. Never carries the text itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextError {
    /// The text was empty.
    #[error("is empty; allowed 1-{max} characters")]
    Empty {
        /// The most characters allowed.
        max: usize,
    },
    /// The text was too long.
    #[error("is {length} characters long; allowed 1-{max} characters")]
    TooLong {
        /// How many characters the text had.
        length: usize,
        /// The most characters allowed.
        max: usize,
    },
    /// The text held a control character that is not allowed.
    #[error("has a control character at position {position}; {allowed}")]
    ControlCharacter {
        /// The 1-based character position of the first offending character.
        position: usize,
        /// Which control characters, if any, are allowed.
        allowed: &'static str,
    },
}

/// The rules a kind of text follows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextRules {
    /// The most characters allowed.
    pub(crate) max_chars: usize,
    /// Whether tab, line feed and carriage return are allowed.
    pub(crate) allow_line_breaks: bool,
}

/// Checks `value` against `rules`, in one pass and without allocating.
pub(crate) fn check(value: &str, rules: &TextRules) -> Result<(), TextError> {
    if value.is_empty() {
        return Err(TextError::Empty {
            max: rules.max_chars,
        });
    }
    let mut length = 0;
    for (index, c) in value.chars().enumerate() {
        let line_break = matches!(c, '\t' | '\n' | '\r');
        if c.is_control() && !(line_break && rules.allow_line_breaks) {
            return Err(TextError::ControlCharacter {
                position: index + 1,
                allowed: if rules.allow_line_breaks {
                    "only tab, line feed and carriage return are allowed"
                } else {
                    "control characters are not allowed"
                },
            });
        }
        length = index + 1;
    }
    if length > rules.max_chars {
        return Err(TextError::TooLong {
            length,
            max: rules.max_chars,
        });
    }
    Ok(())
}

const NOTE_RULES: TextRules = TextRules {
    max_chars: MAX_NOTE_CHARS,
    allow_line_breaks: true,
};

/// Why text could not become a [`Note`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NoteError {
    /// The text broke one of the note rules.
    #[error("note {0}")]
    Invalid(#[from] TextError),
}

/// Free text written by a patient or clinician: 1 to [`MAX_NOTE_CHARS`] characters, line breaks
/// allowed, other control characters not.
///
/// Use `Option<Note>` where a note may be absent; a note is never empty.
///
/// ```
/// use pain_reprocessing::Note;
///
/// let note = Note::new("Pain eased while walking the dog.\nLess fear on stairs.")?;
/// assert_eq!(format!("{note:?}"), "Note(<redacted, 54 chars>)");
/// assert!(note.as_str().starts_with("Pain eased"));
/// assert!(Note::new("").is_err());
/// # Ok::<(), pain_reprocessing::NoteError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Note(String);

impl Note {
    /// The note `value`.
    ///
    /// # Errors
    ///
    /// [`NoteError::Invalid`] when `value` is empty, longer than [`MAX_NOTE_CHARS`] characters, or
    /// contains a control character other than tab, line feed or carriage return.
    pub fn new(value: impl Into<String>) -> Result<Note, NoteError> {
        let value = value.into();
        check(&value, &NOTE_RULES)?;
        Ok(Note(value))
    }

    /// The note's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Note {
    /// Redacted: shows the length, never the text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Note(<redacted, {} chars>)", self.0.chars().count())
    }
}

impl TryFrom<String> for Note {
    type Error = NoteError;

    fn try_from(value: String) -> Result<Note, NoteError> {
        Note::new(value)
    }
}

impl TryFrom<&str> for Note {
    type Error = NoteError;

    fn try_from(value: &str) -> Result<Note, NoteError> {
        Note::new(value)
    }
}

impl std::str::FromStr for Note {
    type Err = NoteError;

    fn from_str(value: &str) -> Result<Note, NoteError> {
        Note::new(value)
    }
}

impl Serialize for Note {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Note {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Note, D::Error> {
        let value = String::deserialize(deserializer)?;
        Note::new(value).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Note {
    fn schema_name() -> Cow<'static, str> {
        "Note".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Note").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.",
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_NOTE_CHARS,
            "pattern": NOTE_PATTERN,
        })
    }
}

/// The most bytes an [`Excerpt`] keeps.
pub const MAX_EXCERPT_BYTES: usize = 40;

/// The start of a refused input, kept inline for an error message: at most [`MAX_EXCERPT_BYTES`]
/// bytes, cut at a character boundary.
///
/// Only for app-written inputs such as catalog ids, never for patient text. Held inline rather
/// than in a `String` so that an error carrying it allocates nothing and needs no drop: the
/// `Result` of scoring stays a plain value (docs/performance.md).
///
/// ```
/// use pain_reprocessing::text::Excerpt;
///
/// assert_eq!(Excerpt::new("phq-9").as_str(), "phq-9");
/// assert_eq!(Excerpt::new(&"é".repeat(30)).as_str(), "é".repeat(20));
/// assert_eq!(format!("{:?}", Excerpt::new("gad 7")), r#""gad 7""#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Excerpt {
    bytes: [u8; MAX_EXCERPT_BYTES],
    len: u8,
}

impl Excerpt {
    /// The first characters of `input` that fit in [`MAX_EXCERPT_BYTES`] bytes.
    pub fn new(input: &str) -> Excerpt {
        let end = input
            .char_indices()
            .map(|(start, c)| start + c.len_utf8())
            .take_while(|&end| end <= MAX_EXCERPT_BYTES)
            .last()
            .unwrap_or(0);
        let mut excerpt = Excerpt {
            bytes: [0; MAX_EXCERPT_BYTES],
            len: 0,
        };
        if let (Some(to), Some(from)) = (excerpt.bytes.get_mut(..end), input.as_bytes().get(..end))
        {
            to.copy_from_slice(from);
            excerpt.len = u8::try_from(end).unwrap_or(0);
        }
        excerpt
    }

    /// The excerpt.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or(&[]);
        // Always valid: `new` cuts at a character boundary.
        std::str::from_utf8(bytes).unwrap_or("")
    }
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_keep_whole_characters_within_the_byte_limit() {
        assert_eq!(Excerpt::new("").as_str(), "");
        assert_eq!(Excerpt::new("phq9").as_str(), "phq9");
        let exact = "x".repeat(MAX_EXCERPT_BYTES);
        assert_eq!(Excerpt::new(&exact).as_str(), exact);
        assert_eq!(Excerpt::new(&format!("{exact}y")).as_str(), exact);
        // 39 ASCII bytes then a 2-byte character: the character does not fit and is dropped.
        let split = format!("{}é", "x".repeat(MAX_EXCERPT_BYTES - 1));
        assert_eq!(
            Excerpt::new(&split).as_str(),
            "x".repeat(MAX_EXCERPT_BYTES - 1)
        );
        // 4-byte characters: ten fit exactly.
        assert_eq!(Excerpt::new(&"🙂".repeat(11)).as_str(), "🙂".repeat(10));
        assert_eq!(Excerpt::new("a\"b").to_string(), "a\"b");
        assert_eq!(format!("{:?}", Excerpt::new("a\"b")), r#""a\"b""#);
        assert_eq!(Excerpt::new("ab"), Excerpt::new("ab"));
        assert_ne!(Excerpt::new("ab"), Excerpt::new("ba"));
    }

    #[test]
    fn note_boundaries() {
        assert!(Note::new("x").is_ok());
        assert!(Note::new("é".repeat(MAX_NOTE_CHARS)).is_ok());
        assert_eq!(
            Note::new("x".repeat(MAX_NOTE_CHARS + 1))
                .unwrap_err()
                .to_string(),
            "note is 10001 characters long; allowed 1-10000 characters"
        );
        assert_eq!(
            Note::new("").unwrap_err().to_string(),
            "note is empty; allowed 1-10000 characters"
        );
    }

    #[test]
    fn note_allows_line_breaks_only() {
        assert!(Note::new("line one\r\nline two\tindented").is_ok());
        let err = Note::new("private text\u{1b}").unwrap_err().to_string();
        assert_eq!(
            err,
            "note has a control character at position 13; only tab, line feed and carriage return are allowed"
        );
        assert!(!err.contains("private"));
    }

    #[test]
    fn note_debug_is_redacted() {
        let note = Note::new("I fear bending will break my spine").unwrap();
        let debug = format!("{note:?} {note:#?}");
        assert!(!debug.contains("fear"), "{debug}");
    }

    #[test]
    fn note_json_goes_through_validation() {
        let note: Note = serde_json::from_str("\"ok\\nfine\"").unwrap();
        assert_eq!(note.as_str(), "ok\nfine");
        assert_eq!(serde_json::to_string(&note).unwrap(), "\"ok\\nfine\"");
        assert!(serde_json::from_str::<Note>("\"\"").is_err());
        assert!(serde_json::from_str::<Note>("\"a\\u0007\"").is_err());
    }

    #[test]
    fn check_reports_the_first_offending_position() {
        let rules = TextRules {
            max_chars: 3,
            allow_line_breaks: false,
        };
        assert_eq!(check("abc", &rules), Ok(()));
        assert_eq!(
            check("abcd", &rules),
            Err(TextError::TooLong { length: 4, max: 3 })
        );
        assert!(matches!(
            check("a\nbcdef", &rules),
            Err(TextError::ControlCharacter { position: 2, .. })
        ));
    }

    #[test]
    fn every_constructor_checks_and_keeps_the_text() {
        let text = "line one\nline two";
        assert_eq!(Note::new(text).unwrap().as_str(), text);
        assert_eq!(Note::try_from(text).unwrap().as_str(), text);
        assert_eq!(Note::try_from(text.to_owned()).unwrap().as_str(), text);
        assert_eq!(text.parse::<Note>().unwrap().as_str(), text);
        assert!(Note::try_from("").is_err());
        assert!(Note::try_from(String::new()).is_err());
        assert!("\u{0}".parse::<Note>().is_err());
        // Length counts characters: 3 characters, 6 bytes.
        assert_eq!(
            format!("{:?}", Note::new("é\té").unwrap()),
            "Note(<redacted, 3 chars>)"
        );
    }

    #[test]
    fn note_schema_matches_the_rules() {
        let schema = serde_json::to_value(schemars::schema_for!(Note)).unwrap();
        assert_eq!(schema["minLength"], 1);
        assert_eq!(schema["maxLength"], MAX_NOTE_CHARS);
        assert_eq!(schema["pattern"], NOTE_PATTERN);
        assert_eq!(Note::schema_name(), "Note");
        assert_eq!(Note::schema_id(), "pain_reprocessing::text::Note");
    }

    #[test]
    fn check_counts_characters_and_positions_from_one() {
        let rules = TextRules {
            max_chars: 2,
            allow_line_breaks: true,
        };
        assert_eq!(check("éé", &rules), Ok(()));
        assert_eq!(
            check("ééé", &rules),
            Err(TextError::TooLong { length: 3, max: 2 })
        );
        assert_eq!(check("\t\n", &rules), Ok(()));
        assert_eq!(
            check("\u{7}", &rules),
            Err(TextError::ControlCharacter {
                position: 1,
                allowed: "only tab, line feed and carriage return are allowed"
            })
        );
        assert_eq!(check("", &rules), Err(TextError::Empty { max: 2 }));
    }
}
