//! Where in a document a reading error is: the JSON path of the bad value and, for JSON text, its
//! line and column. Tracked by `serde_path_to_error` around the types' own deserializers, so every
//! reader (the schema catalog's, [`versioning::read`](crate::versioning::read) and
//! [`versioning::read_slice`](crate::versioning::read_slice)) says where, not only what.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::json::objects::Objects;

/// Where a bad value is in a document: its JSON path (`pain.average_intensity_past_week`,
/// `answers[3]`; `.` for the document itself) and, when read from JSON text, its line and column.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    scope: Scope,
}

/// What the line and column count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Scope {
    /// The start of the text read.
    Text,
    /// The start of one element of a larger array, read on its own.
    Element,
}

impl Location {
    /// The JSON path of the bad value, in `serde_path_to_error`'s notation: `.` for the document
    /// itself, `pain.locations[1]` for the second location.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The 1-based line in the JSON text, if read from text.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based byte column in the JSON text, if read from text: where serde_json stopped, at
    /// the bad value's end: just after a value checked once read (`[2, 11]` of ratings with `11`
    /// in columns 16-17 reports column 18), its last character when checked while read (a
    /// response's answer).
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// The location of the value at `path`, without a line and column.
    pub(crate) fn at(path: String) -> Location {
        Location {
            path,
            line: None,
            column: None,
            scope: Scope::Text,
        }
    }

    /// This location in a stream of one-line documents, where the document is on `line`:
    /// serde_json counted its line as 1.
    pub(crate) fn on_line(self, line: usize) -> Location {
        Location {
            line: self.line.map(|_| line),
            ..self
        }
    }

    /// This location in a document read on its own out of a larger array: the line and column
    /// count from the element's start, and say so.
    pub(crate) fn in_element(self) -> Location {
        Location {
            scope: Scope::Element,
            ..self
        }
    }

    /// This location with `prefix` before its path (`events[3]` and `at` give `events[3].at`).
    pub(crate) fn under(self, prefix: &str) -> Location {
        let path = if self.is_top_level() {
            prefix.to_owned()
        } else if self.path.starts_with('[') {
            format!("{prefix}{}", self.path)
        } else {
            format!("{prefix}.{}", self.path)
        };
        Location { path, ..self }
    }

    /// Whether the bad value is the document itself rather than a field or item in it.
    pub fn is_top_level(&self) -> bool {
        self.path == "."
    }
}

/// `` `pain.average_intensity_past_week` (line 12, column 35)``, or `the top level`.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_top_level() {
            f.write_str("the top level")?;
        } else {
            write!(f, "`{}`", self.path)?;
        }
        if let (Some(line), Some(column)) = (self.line, self.column) {
            let scope = match self.scope {
                Scope::Text => "",
                Scope::Element => " of the element",
            };
            write!(f, " (line {line}, column {column}{scope})")?;
        }
        Ok(())
    }
}

/// A reading error: what was wrong (the type's own message, without serde_json's position
/// suffix) and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Located {
    pub(crate) location: Location,
    pub(crate) message: String,
}

impl Located {
    /// The error `error` at `path`, its message without serde_json's " at line L column C".
    pub(crate) fn of(path: String, error: &serde_json::Error) -> Located {
        let text = error.to_string();
        let (line, column) = match (error.line(), error.column()) {
            (0, _) => (None, None),
            (line, column) => (Some(line), Some(column)),
        };
        let message = match (line, column) {
            (Some(line), Some(column)) => text
                .strip_suffix(&format!(" at line {line} column {column}"))
                .map_or_else(|| text.clone(), str::to_owned),
            _ => text,
        };
        Located {
            location: Location {
                path,
                line,
                column,
                scope: Scope::Text,
            },
            message,
        }
    }

    /// The message with its location, unless the bad value is the whole document read from a
    /// [`Value`] (a scalar document): `rating 11 is out of range ..., at `pain.average_intensity_past_week``.
    pub(crate) fn describe(&self) -> String {
        if self.location.is_top_level() && self.location.line.is_none() {
            self.message.clone()
        } else {
            format!("{}, at {}", self.message, self.location)
        }
    }
}

/// Reads `document` as a `T`, naming the path of the first bad value; structs only as objects.
pub(crate) fn from_value<T: DeserializeOwned>(document: Value) -> Result<T, Located> {
    serde_path_to_error::deserialize(Objects(document))
        .map_err(|error| Located::of(error.path().to_string(), error.inner()))
}

/// Reads the JSON text `bytes` straight into a `T` (no intermediate [`Value`]), naming the path,
/// line and column of the first bad value; trailing text after the document is an error too.
/// Structs only as objects.
pub(crate) fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Located> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(Objects(&mut deserializer))
        .map_err(|error| Located::of(error.path().to_string(), error.inner()))?;
    deserializer
        .end()
        .map_err(|error| Located::of(".".to_owned(), &error))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rating;
    use serde_json::json;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Pain {
        average: Rating,
        worst: Vec<Rating>,
    }

    #[test]
    fn a_value_error_names_the_path() {
        let error = from_value::<Pain>(json!({"average": 3, "worst": [2, 11]})).unwrap_err();
        assert_eq!(error.location.path(), "worst[1]");
        assert_eq!(error.location.line(), None);
        assert_eq!(
            error.describe(),
            "rating 11 is out of range; allowed whole numbers 0-10, at `worst[1]`"
        );
        let error = from_value::<Rating>(json!(11)).unwrap_err();
        assert!(error.location.is_top_level());
        assert_eq!(
            error.describe(),
            "rating 11 is out of range; allowed whole numbers 0-10"
        );
    }

    #[test]
    fn a_text_error_names_the_path_line_and_column() {
        let text = b"{\n  \"average\": 3,\n  \"worst\": [2, 11]\n}";
        let error = from_slice::<Pain>(text).unwrap_err();
        assert_eq!(error.location.path(), "worst[1]");
        assert_eq!(
            (error.location.line(), error.location.column()),
            (Some(3), Some(18))
        );
        assert_eq!(
            error.describe(),
            "rating 11 is out of range; allowed whole numbers 0-10, at `worst[1]` (line 3, column 18)"
        );
        let error = from_slice::<Pain>(b"{\"average\": 3, \"worst\": []} x").unwrap_err();
        assert_eq!(
            error.describe(),
            "trailing characters, at the top level (line 1, column 29)"
        );
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Dated {
            #[serde(with = "crate::json::rfc3339::DateTime")]
            at: chrono::DateTime<chrono::Utc>,
        }
        let error = from_slice::<Dated>(br#"{"at": "2026-03-04T18:30:00"}"#).unwrap_err();
        assert_eq!(
            error.describe(),
            "invalid date-time: expected an RFC 3339 date-time with a zone, such as \
             2026-03-04T18:30:00Z or 2026-03-04T19:30:00+01:00 (YYYY-MM-DDTHH:MM:SS, optional \
             fraction, then Z or ±HH:MM), at `at` (line 1, column 28)"
        );
        let error = from_slice::<Pain>(b"[3, []]").unwrap_err();
        assert_eq!(
            error.describe(),
            "invalid type: sequence, expected an object, at the top level (line 1, column 1)"
        );
        let error =
            from_value::<Vec<Pain>>(json!([{"average": 3, "worst": []}, [3, []]])).unwrap_err();
        assert_eq!(
            error.describe(),
            "invalid type: sequence, expected an object, at `[1]`"
        );
        let error = from_slice::<Pain>(b"{\"average\": 3,").unwrap_err();
        assert!(error.message.contains("EOF"), "{}", error.message);
    }
}
