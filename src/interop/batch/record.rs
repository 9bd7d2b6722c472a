//! One record of a batch: a bare response, or an envelope with per-record options and an id.

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::instruments::{RESPONSE_FIELDS, Response, ScoringOptions};

/// The longest record id, in bytes.
pub const MAX_ID_BYTES: usize = 256;

/// One record of a batch, as read.
///
/// Two shapes are accepted:
///
/// - a bare [`Response`] (`{"schema_version": 2, "instrument": "phq9", "answers": [...]}`), scored
///   with the batch's options;
/// - an envelope `{"response": {...}, "options": {...}, "id": "..."}`: `response` is required;
///   `options` ([`ScoringOptions`], for example opt-in proration) replace the batch's options for
///   this record only, whole (a field left out takes its default, not the batch's value); `id` (a string of at most [`MAX_ID_BYTES`] bytes) is echoed in the result so
///   a pipeline can join results back to its rows.
///
/// ```
/// use pain_reprocessing::interop::batch::BatchRecord;
///
/// let bare: BatchRecord = serde_json::from_str(
///     r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 2]}"#,
/// )?;
/// assert!(bare.options().is_none());
/// let envelope: BatchRecord = serde_json::from_str(
///     r#"{"id": "r-7", "options": {"missing": {"rule": "prorate", "max_missing": 1}, "odi_max_missing_sections": 1},
///         "response": {"schema_version": 2, "instrument": "gad2", "answers": [1, null]}}"#,
/// )?;
/// assert_eq!(envelope.id(), Some("r-7"));
/// assert!(envelope.options().is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRecord {
    response: Response,
    options: Option<ScoringOptions>,
    id: Option<String>,
}

impl BatchRecord {
    /// A record of `response` alone.
    pub const fn new(response: Response) -> BatchRecord {
        BatchRecord {
            response,
            options: None,
            id: None,
        }
    }

    /// The response.
    pub const fn response(&self) -> &Response {
        &self.response
    }

    /// This record's own options, when it gives them.
    pub const fn options(&self) -> Option<&ScoringOptions> {
        self.options.as_ref()
    }

    /// The record's id, when it gives one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// Splits the record into its parts.
    pub fn into_parts(self) -> (Response, Option<ScoringOptions>, Option<String>) {
        (self.response, self.options, self.id)
    }
}

impl<'de> Deserialize<'de> for BatchRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<BatchRecord, D::Error> {
        deserializer.deserialize_map(RecordVisitor)
    }
}

/// The first key of a record object, which decides its shape.
enum Key {
    /// `response`, `options` or `id`: an envelope.
    Envelope(EnvelopeKey),
    /// Any other key: a bare response, whose own reader judges the key.
    Response(KeyName),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EnvelopeKey {
    Response,
    Options,
    Id,
}

/// A key handed on to the response's reader: the response's own field names without allocating.
enum KeyName {
    Known(&'static str),
    Other(String),
}

const ENVELOPE_FIELDS: &[&str] = &["response", "options", "id"];

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "response" => Key::Envelope(EnvelopeKey::Response),
                    "options" => Key::Envelope(EnvelopeKey::Options),
                    "id" => Key::Envelope(EnvelopeKey::Id),
                    other => Key::Response(
                        RESPONSE_FIELDS
                            .iter()
                            .find(|&&known| known == other)
                            .map_or_else(
                                || KeyName::Other(other.to_owned()),
                                |&k| KeyName::Known(k),
                            ),
                    ),
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = BatchRecord;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a response object, or an envelope {\"response\": ..., \"options\": ..., \"id\": ...}",
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BatchRecord, A::Error> {
        match map.next_key::<Key>()? {
            None => Err(de::Error::custom(
                "empty object; a record is a response or an envelope with a \"response\"",
            )),
            Some(Key::Response(first)) => {
                let response = Response::deserialize(MapAccessDeserializer::new(Prefixed {
                    first: Some(first),
                    map,
                }))?;
                Ok(BatchRecord::new(response))
            }
            Some(Key::Envelope(first)) => envelope(first, map),
        }
    }
}

fn envelope<'de, A: MapAccess<'de>>(
    first: EnvelopeKey,
    mut map: A,
) -> Result<BatchRecord, A::Error> {
    let mut response = None;
    let mut options = None;
    let mut id: Option<String> = None;
    let mut key = Some(first);
    while let Some(current) = key {
        match current {
            EnvelopeKey::Response if response.is_some() => {
                return Err(de::Error::duplicate_field("response"));
            }
            EnvelopeKey::Options if options.is_some() => {
                return Err(de::Error::duplicate_field("options"));
            }
            EnvelopeKey::Id if id.is_some() => return Err(de::Error::duplicate_field("id")),
            EnvelopeKey::Response => response = Some(map.next_value::<Response>()?),
            EnvelopeKey::Options => options = Some(map.next_value::<ScoringOptions>()?),
            EnvelopeKey::Id => id = Some(map.next_value_seed(IdSeed)?),
        }
        key = match map.next_key::<Key>()? {
            None => None,
            Some(Key::Envelope(next)) => Some(next),
            Some(Key::Response(name)) => {
                let name = match &name {
                    KeyName::Known(known) => known,
                    KeyName::Other(other) => other.as_str(),
                };
                return Err(de::Error::unknown_field(name, ENVELOPE_FIELDS));
            }
        };
    }
    let response = response.ok_or_else(|| de::Error::missing_field("response"))?;
    Ok(BatchRecord {
        response,
        options,
        id,
    })
}

/// A record id: a string of at most [`MAX_ID_BYTES`] bytes, checked inside the string's visitor so
/// the error is placed at the id; also how a failed record's id is picked out (`locate`).
pub(super) struct IdSeed;

impl<'de> DeserializeSeed<'de> for IdSeed {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_string(self)
    }
}

impl Visitor<'_> for IdSeed {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a string of at most {MAX_ID_BYTES} bytes")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<String, E> {
        if value.len() > MAX_ID_BYTES {
            return Err(E::custom(format!(
                "the record id is {} bytes; ids are at most {MAX_ID_BYTES} bytes",
                value.len()
            )));
        }
        Ok(value.to_owned())
    }
}

/// A map whose first key was already read: hands it back first, then the rest of the map.
struct Prefixed<A> {
    first: Option<KeyName>,
    map: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Prefixed<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.first.take() {
            Some(KeyName::Known(name)) => seed
                .deserialize(IntoDeserializer::<A::Error>::into_deserializer(name))
                .map(Some),
            Some(KeyName::Other(name)) => seed
                .deserialize(IntoDeserializer::<A::Error>::into_deserializer(name))
                .map(Some),
            None => self.map.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instruments::{InstrumentId, MissingPolicy};

    fn read(text: &str) -> Result<BatchRecord, String> {
        serde_json::from_str::<BatchRecord>(text).map_err(|e| e.to_string())
    }

    #[test]
    fn a_bare_response_reads_in_any_field_order() {
        let record =
            read(r#"{"answers": [1, 2], "instrument": "gad2", "schema_version": 2}"#).unwrap();
        assert_eq!(record.response().instrument(), InstrumentId::Gad2);
        assert_eq!(record.response().answer(2), Some(2));
        assert_eq!(record.id(), None);
    }

    #[test]
    fn a_bare_response_keeps_the_response_readers_errors() {
        let err =
            read(r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 4]}"#).unwrap_err();
        assert!(
            err.starts_with("GAD-2 item 2 is 4; answers range 0-3"),
            "{err}"
        );
        let err = read(r#"{"instrumnt": "gad2"}"#).unwrap_err();
        assert!(err.starts_with("unknown field `instrumnt`"), "{err}");
        let err = read(r#"{"schema_version": 2, "answers": [1, 2]}"#).unwrap_err();
        assert!(err.starts_with("missing field `instrument`"), "{err}");
    }

    #[test]
    fn an_envelope_carries_options_and_id() {
        let record = read(
            r#"{"response": {"schema_version": 2, "instrument": "gad2", "answers": [1, null]},
                "options": {"missing": {"rule": "prorate", "max_missing": 1}, "odi_max_missing_sections": 2},
                "id": "row-1"}"#,
        )
        .unwrap();
        let options = record.options().copied().unwrap();
        assert_eq!(options.missing(), MissingPolicy::Prorate { max_missing: 1 });
        assert_eq!(options.odi_max_missing_sections(), 2);
        assert_eq!(record.id(), Some("row-1"));
    }

    #[test]
    fn an_envelope_refuses_what_it_does_not_know() {
        let gad2 = r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 1]}"#;
        let err = read(&format!(r#"{{"response": {gad2}, "instrument": "gad2"}}"#)).unwrap_err();
        assert!(
            err.starts_with("unknown field `instrument`, expected one of `response`"),
            "{err}"
        );
        let err = read(&format!(r#"{{"response": {gad2}, "response": {gad2}}}"#)).unwrap_err();
        assert!(err.starts_with("duplicate field `response`"), "{err}");
        let err = read(r#"{"id": "x"}"#).unwrap_err();
        assert!(err.starts_with("missing field `response`"), "{err}");
        let long = "x".repeat(MAX_ID_BYTES + 1);
        let err = read(&format!(r#"{{"id": "{long}", "response": {gad2}}}"#)).unwrap_err();
        assert!(err.starts_with("the record id is 257 bytes"), "{err}");
        let err = read("{}").unwrap_err();
        assert!(err.starts_with("empty object"), "{err}");
        let err = read("[1]").unwrap_err();
        assert!(err.contains("expected a response object"), "{err}");
    }
}
