//! What a failed record's result says beyond the kind of error: where in the record the bad value
//! is (its JSON path, and the line and column), and the record's id when it gave one, so a
//! pipeline can join the error back to its row and a person can find the value. Both are worked
//! out only for a record that failed, by reading its text again: a scored record pays nothing.

use serde::Deserializer;
use serde::de::{self, IgnoredAny, MapAccess, Visitor};

use super::RecordError;
use super::record::IdSeed;
use crate::located::Located;

/// Where a record sits in its batch, for the position in an error's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// On this 1-based line of an NDJSON stream (a record is one line).
    Line(u64),
    /// An element of a JSON array, whose lines and columns count from the element's start.
    Element,
}

/// A record's reading error with the JSON path of the bad value, when it was tracked.
pub(super) struct Failure {
    pub(super) path: Option<String>,
    pub(super) error: serde_json::Error,
}

impl RecordError {
    /// The record error for a reading failure: classified by serde_json's category, its message
    /// without serde_json's position suffix, then where: `` at `answers[1]` (line 4, column 53)``.
    pub(super) fn from_failure(failure: &Failure, place: Place) -> RecordError {
        let mut located = Located::of(
            failure.path.clone().unwrap_or_else(|| ".".to_owned()),
            &failure.error,
        );
        located.location = match place {
            // An NDJSON record is one line, so serde_json's line is always 1 there.
            Place::Line(line) => located
                .location
                .on_line(usize::try_from(line).unwrap_or(usize::MAX)),
            Place::Element => located.location.in_element(),
        };
        let message = located.describe();
        match failure.error.classify() {
            serde_json::error::Category::Eof => RecordError::Truncated { message },
            serde_json::error::Category::Data => RecordError::InvalidRecord { message },
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                RecordError::InvalidJson { message }
            }
        }
    }
}

/// The record's `"id"` when its top-level object gives one the envelope accepts (a string of at
/// most [`MAX_ID_BYTES`](super::MAX_ID_BYTES) bytes) before the text breaks off: a record that
/// failed still names its row. Anything else gives `None`: no object, no id, an id the envelope
/// refuses, or two ids (which one is the row's cannot be told).
pub(super) fn id_of(text: &str) -> Option<String> {
    let mut id = Id::Absent;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // The reading's result is not the point: it stops at the end of the object, at a second id,
    // or wherever the text breaks.
    let _ = (&mut deserializer).deserialize_map(IdVisitor { id: &mut id });
    match id {
        Id::Found(id) => Some(id),
        Id::Absent | Id::Unusable => None,
    }
}

/// What the scan has seen of the `id` key.
enum Id {
    Absent,
    Found(String),
    /// Not a string, too long, or given twice.
    Unusable,
}

struct IdVisitor<'a> {
    id: &'a mut Id,
}

impl<'de> Visitor<'de> for IdVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key != "id" {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            if !matches!(self.id, Id::Absent) {
                *self.id = Id::Unusable;
                return Err(de::Error::custom("a second id"));
            }
            // The envelope's own id rule, so an echoed id is one the envelope would accept.
            *self.id = match map.next_value_seed(IdSeed) {
                Ok(id) => Id::Found(id),
                Err(_) => Id::Unusable,
            };
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::batch::MAX_ID_BYTES;

    #[test]
    fn an_id_is_found_before_the_text_breaks() {
        assert_eq!(
            id_of(r#"{"id": "r-5", "response": {"answers": [1"#).as_deref(),
            Some("r-5")
        );
        assert_eq!(
            id_of(r#"{"response": {"id": "inner"}, "id": "outer"}"#).as_deref(),
            Some("outer")
        );
        assert_eq!(
            id_of(r#"{"id": "r\u002d6", "response": 7}"#).as_deref(),
            Some("r-6")
        );
    }

    #[test]
    fn no_id_is_made_up() {
        assert_eq!(id_of(r#"{"response": {"answers": [1"#), None);
        assert_eq!(id_of(r#"{"id": 7, "response": {}}"#), None);
        assert_eq!(id_of(r#"[{"id": "r-1"}]"#), None);
        assert_eq!(
            id_of(r#"{"response": {"answers": [1, 2]}, "id": "r-"#),
            None
        );
        let long = "x".repeat(MAX_ID_BYTES + 1);
        assert_eq!(id_of(&format!(r#"{{"id": "{long}"}}"#)), None);
        let longest = "x".repeat(MAX_ID_BYTES);
        assert_eq!(
            id_of(&format!(r#"{{"id": "{longest}"}}"#)).as_deref(),
            Some(longest.as_str())
        );
        assert_eq!(id_of("\u{fffd}"), None);
        // Two ids: the record is refused as a duplicate, and neither can be told to be its row's.
        assert_eq!(id_of(r#"{"id": "a", "response": {}, "id": "b"}"#), None);
        assert_eq!(id_of(r#"{"id": "a", "id": 7}"#), None);
    }
}
