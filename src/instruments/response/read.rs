//! Reading a [`Response`] from JSON, checked as it is read.
//!
//! When `instrument` comes before `answers` (the order the crate writes), each answer is checked
//! against the instrument's range while it is read, so an error is raised at the answer itself
//! and a path-tracking reader (`crate::located`, and so [`versioning::read_slice`]) reports
//! `answers[3]`, not the whole response; a wrong number of answers is reported at `answers`, a
//! `null` recall at `recall` and causes on an instrument without them at `causes`. Written in
//! another order, the same checks run once the whole object is read, with the same messages but
//! placed at the response. A response with several faults reports the first one met, so which
//! one can depend on the order (`[9]` for the GAD-7 is "item 1 is 9" with `instrument` first, and
//! the wrong count otherwise).
//!
//! [`versioning::read_slice`]: crate::versioning::read_slice

use std::fmt;

use serde::de::{self, DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::instruments::{CodedCause, InstrumentError, InstrumentId};
use crate::version::Current;

use super::{RecallPeriod, Response};

/// A JSON answer as read: a whole number (possibly out of range) or a fraction.
#[derive(Clone, Copy)]
pub(super) enum Answer {
    Whole(i64),
    Fraction,
}

impl Answer {
    /// A JSON number given as a float: whole (saturating beyond `i64`, out of range anyway) or a
    /// fraction.
    fn from_f64(value: f64) -> Answer {
        if value.is_finite() && value.fract() == 0.0 {
            // Saturating float-to-int cast; any whole value beyond i64 is out of range anyway.
            Answer::Whole(value as i64)
        } else {
            Answer::Fraction
        }
    }

    /// The answer to item `item` (1-based) of `instrument`, if it is a whole number in the
    /// instrument's answer range: the one rule for every way a response is made.
    pub(super) fn check(
        self,
        instrument: InstrumentId,
        item: usize,
    ) -> Result<u8, InstrumentError> {
        let definition = instrument.definition();
        let (min, max) = (definition.answer_min(), definition.answer_max());
        match self {
            Answer::Fraction => Err(InstrumentError::NotAWholeNumber {
                instrument,
                item,
                min,
                max,
            }),
            Answer::Whole(value) => u8::try_from(value)
                .ok()
                .filter(|v| (min..=max).contains(v))
                .ok_or(InstrumentError::AnswerOutOfRange {
                    instrument,
                    item,
                    value,
                    min,
                    max,
                }),
        }
    }
}

/// Distinguishes `"recall": null` (`Some(None)`, refused) from an absent field (`None`), for the
/// readers of documents that carry a recall period beside a response (a score).
pub(in crate::instruments) fn present<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<RecallPeriod>>, D::Error> {
    Option::<RecallPeriod>::deserialize(deserializer).map(Some)
}

/// The fields of a response, in the order the crate writes them.
pub(crate) const FIELDS: &[&str] = &[
    "schema_version",
    "instrument",
    "answers",
    "recall",
    "causes",
];

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    SchemaVersion,
    Instrument,
    Answers,
    Recall,
    Causes,
}

impl<'de> Deserialize<'de> for Response {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Response, D::Error> {
        deserializer.deserialize_struct("Response", FIELDS, ResponseVisitor)
    }
}

struct ResponseVisitor;

impl<'de> Visitor<'de> for ResponseVisitor {
    type Value = Response;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Response")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Response, A::Error> {
        let mut schema_version: Option<Current<Response>> = None;
        let mut instrument: Option<InstrumentId> = None;
        let mut answers: Option<ReadAnswers> = None;
        // `Some(None)` is `"recall": null`, refused; an absent field is `None`.
        let mut recall: Option<Option<RecallPeriod>> = None;
        // Pain attribution only; `null` or absent means none (the 5-year form has ratings only).
        let mut causes: Option<Option<Vec<CodedCause>>> = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::SchemaVersion => {
                    // Checked on read (the current version only); older ones are upgraded by
                    // `crate::versioning`.
                    once(&schema_version, "schema_version")?;
                    schema_version = Some(map.next_value()?);
                }
                Field::Instrument => {
                    once(&instrument, "instrument")?;
                    instrument = Some(map.next_value()?);
                }
                Field::Answers => {
                    once(&answers, "answers")?;
                    answers = Some(map.next_value_seed(AnswersSeed(instrument))?);
                }
                Field::Recall => {
                    once(&recall, "recall")?;
                    recall = Some(map.next_value_seed(Checked::new(
                        |value: &Option<RecallPeriod>| match instrument {
                            Some(instrument) => recall_fits(instrument, *value),
                            None => Ok(()),
                        },
                    ))?);
                }
                Field::Causes => {
                    once(&causes, "causes")?;
                    causes = Some(map.next_value_seed(Checked::new(
                        |value: &Option<Vec<CodedCause>>| match (value, instrument) {
                            (Some(_), Some(instrument)) => causes_apply(instrument),
                            _ => Ok(()),
                        },
                    ))?);
                }
            }
        }
        schema_version.ok_or_else(|| A::Error::missing_field("schema_version"))?;
        let instrument = instrument.ok_or_else(|| A::Error::missing_field("instrument"))?;
        let answers = answers.ok_or_else(|| A::Error::missing_field("answers"))?;
        let recall = match recall {
            None => None,
            Some(Some(recall)) => Some(recall),
            Some(None) => return Err(A::Error::custom(null_recall(instrument))),
        };
        let causes = match causes.flatten() {
            Some(causes) => {
                causes_apply(instrument).map_err(A::Error::custom)?;
                causes
            }
            None => Vec::new(),
        };
        Response::build(
            instrument,
            answers.kept.iter().copied(),
            answers.count,
            recall,
            causes,
        )
        .map_err(A::Error::custom)
    }
}

/// Refuses a field given twice, as serde's derive does.
fn once<T, E: de::Error>(seen: &Option<T>, field: &'static str) -> Result<(), E> {
    match seen {
        Some(_) => Err(E::duplicate_field(field)),
        None => Ok(()),
    }
}

/// Why `"recall": null` is refused: an NRS needs its recall period, the others take none.
fn null_recall(instrument: InstrumentId) -> InstrumentError {
    if instrument == InstrumentId::Nrs {
        InstrumentError::RecallRequired { instrument }
    } else {
        InstrumentError::RecallNotApplicable { instrument }
    }
}

/// A recall field as given (`None`: `null`) for `instrument`: only an NRS takes one, and never
/// `null`. (An NRS without the field is refused by [`Response::build`].)
fn recall_fits(
    instrument: InstrumentId,
    recall: Option<RecallPeriod>,
) -> Result<(), InstrumentError> {
    match recall {
        None => Err(null_recall(instrument)),
        Some(_) if instrument != InstrumentId::Nrs => {
            Err(InstrumentError::RecallNotApplicable { instrument })
        }
        Some(_) => Ok(()),
    }
}

/// A value read as a `T` and checked while it is read, so a path-tracking reader reports the
/// check's error at the value.
struct Checked<T, F> {
    check: F,
    read: std::marker::PhantomData<fn() -> T>,
}

impl<T, F: FnOnce(&T) -> Result<(), InstrumentError>> Checked<T, F> {
    fn new(check: F) -> Checked<T, F> {
        Checked {
            check,
            read: std::marker::PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>, F: FnOnce(&T) -> Result<(), InstrumentError>> DeserializeSeed<'de>
    for Checked<T, F>
{
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        let value = T::deserialize(deserializer)?;
        (self.check)(&value).map_err(D::Error::custom)?;
        Ok(value)
    }
}

/// Only a pain-attribution response lists causes.
fn causes_apply(instrument: InstrumentId) -> Result<(), InstrumentError> {
    if instrument == InstrumentId::PainAttribution {
        Ok(())
    } else {
        Err(InstrumentError::CausesNotApplicable { instrument })
    }
}

/// The answers as read, and how many were given: past the instrument's item count (or
/// [`MAX_ITEMS`](super::MAX_ITEMS) before the instrument is known) answers are counted, not kept,
/// so an overlong array costs no memory.
struct ReadAnswers {
    kept: Vec<Option<Answer>>,
    count: usize,
}

/// The answers array; each answer checked as it is read when the instrument is already known.
struct AnswersSeed(Option<InstrumentId>);

impl<'de> DeserializeSeed<'de> for AnswersSeed {
    type Value = ReadAnswers;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for AnswersSeed {
    type Value = ReadAnswers;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        let limit = self.0.map_or(super::MAX_ITEMS, |instrument| {
            instrument.definition().item_count()
        });
        let mut kept = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(limit));
        while kept.len() < limit {
            let seed = AnswerSeed {
                instrument: self.0,
                item: kept.len() + 1,
            };
            match seq.next_element_seed(seed)? {
                Some(answer) => kept.push(answer),
                None => break,
            }
        }
        let mut count = kept.len();
        while seq.next_element::<de::IgnoredAny>()?.is_some() {
            count += 1;
        }
        if let Some(instrument) = self.0 {
            let expected = instrument.definition().item_count();
            if count != expected {
                return Err(S::Error::custom(InstrumentError::WrongAnswerCount {
                    instrument,
                    expected,
                    found: count,
                }));
            }
        }
        Ok(ReadAnswers { kept, count })
    }
}

/// One answer: a JSON number or `null`, checked against the instrument when it is known.
///
/// The check runs inside the number's visitor, so serde_json places its error just after the
/// number itself, not after the array.
#[derive(Clone, Copy)]
struct AnswerSeed {
    instrument: Option<InstrumentId>,
    item: usize,
}

impl AnswerSeed {
    fn checked<E: de::Error>(self, answer: Answer) -> Result<Option<Answer>, E> {
        if let Some(instrument) = self.instrument {
            answer.check(instrument, self.item).map_err(E::custom)?;
        }
        Ok(Some(answer))
    }
}

impl<'de> DeserializeSeed<'de> for AnswerSeed {
    type Value = Option<Answer>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for AnswerSeed {
    type Value = Option<Answer>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON number")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        self.checked(Answer::Whole(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        self.checked(Answer::Whole(i64::try_from(value).unwrap_or(i64::MAX)))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        self.checked(Answer::from_f64(value))
    }
}

#[cfg(test)]
mod tests {
    use crate::versioning::{self, VersionError};

    use super::*;

    /// The path and message of reading `text` through the path-tracking reader.
    fn error_at(text: &str) -> (String, String) {
        match versioning::read_slice::<Response>(text.as_bytes()).unwrap_err() {
            VersionError::Invalid {
                location, message, ..
            } => (location.path().to_owned(), message),
            other => panic!("not an invalid document: {other:?}"),
        }
    }

    #[test]
    fn an_answer_out_of_range_is_reported_at_its_place() {
        let (path, message) =
            error_at(r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 4]}"#);
        assert_eq!(path, "answers[1]");
        assert_eq!(message, "GAD-2 item 2 is 4; answers range 0-3");
        let (path, message) =
            error_at(r#"{"schema_version": 2, "instrument": "phq2", "answers": [0.5, 1]}"#);
        assert_eq!(path, "answers[0]");
        assert!(message.starts_with("PHQ-2 item 1"), "{message}");
    }

    #[test]
    fn a_wrong_count_a_null_recall_and_stray_causes_are_reported_at_their_fields() {
        let (path, message) =
            error_at(r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 1, 1]}"#);
        assert_eq!(path, "answers");
        assert_eq!(message, "GAD-2 takes 2 answers; found 3");
        // An overlong array is counted, whether or not the instrument came first.
        let many = vec!["1"; 10_000].join(", ");
        let (path, message) = error_at(&format!(
            r#"{{"schema_version": 2, "instrument": "gad2", "answers": [{many}]}}"#
        ));
        assert_eq!(
            (path.as_str(), message.as_str()),
            ("answers", "GAD-2 takes 2 answers; found 10000")
        );
        let (path, message) = error_at(&format!(
            r#"{{"answers": [{many}], "schema_version": 2, "instrument": "gad2"}}"#
        ));
        assert_eq!(
            (path.as_str(), message.as_str()),
            (".", "GAD-2 takes 2 answers; found 10000")
        );
        let (path, message) = error_at(
            r#"{"schema_version": 2, "instrument": "nrs", "answers": [3], "recall": null}"#,
        );
        assert_eq!(path, "recall");
        assert_eq!(
            message,
            InstrumentError::RecallRequired {
                instrument: InstrumentId::Nrs
            }
            .to_string()
        );
        let (path, message) = error_at(
            r#"{"schema_version": 2, "instrument": "phq2", "answers": [1, 1], "recall": "now"}"#,
        );
        assert_eq!(path, "recall");
        assert_eq!(
            message,
            "PHQ-2 has a fixed recall period; only nrs takes a recall"
        );
        let (path, message) = error_at(
            r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, 1], "causes": []}"#,
        );
        assert_eq!(path, "causes");
        assert_eq!(
            message,
            InstrumentError::CausesNotApplicable {
                instrument: InstrumentId::Gad2
            }
            .to_string()
        );
    }

    #[test]
    fn in_another_order_the_same_checks_run_on_the_whole_object() {
        for text in [
            r#"{"answers": [1, 4], "schema_version": 2, "instrument": "gad2"}"#,
            r#"{"recall": null, "answers": [3], "schema_version": 2, "instrument": "gad2"}"#,
            r#"{"causes": [], "answers": [1, 1], "schema_version": 2, "instrument": "gad2"}"#,
        ] {
            let (path, message) = error_at(text);
            assert_eq!(path, ".", "{text}");
            assert!(message.starts_with("GAD-2"), "{text}: {message}");
        }
        let read: Response = serde_json::from_str(
            r#"{"answers": [1, 2], "instrument": "gad2", "schema_version": 2}"#,
        )
        .unwrap();
        assert_eq!(
            read,
            Response::new(InstrumentId::Gad2, &[Some(1), Some(2)]).unwrap()
        );
    }

    #[test]
    fn the_field_list_names_every_field_the_reader_takes() {
        // `Field` and `FIELDS` are two spellings of one list: an unknown field is refused with
        // `Field`'s names, which must be `FIELDS`, in order.
        let listed: Vec<String> = FIELDS.iter().map(|name| format!("`{name}`")).collect();
        let message = serde_json::from_str::<Field>("\"nope\"")
            .err()
            .map(|error| error.to_string());
        assert_eq!(
            message
                .as_deref()
                .map(|m| m.split(" at line").next().unwrap_or(m)),
            Some(
                format!(
                    "unknown field `nope`, expected one of {}",
                    listed.join(", ")
                )
                .as_str()
            )
        );
        for name in FIELDS {
            assert!(
                serde_json::from_str::<Field>(&format!("\"{name}\"")).is_ok(),
                "{name}"
            );
        }
    }

    #[test]
    fn fields_are_refused_as_the_derive_refused_them() {
        let err = |text: &str| {
            serde_json::from_str::<Response>(text)
                .unwrap_err()
                .to_string()
        };
        assert!(
            err(r#"{"schema_version": 2, "instrument": "gad2", "instrument": "gad2", "answers": [1, 1]}"#)
                .starts_with("duplicate field `instrument`")
        );
        assert!(
            err(r#"{"schema_version": 2, "instrumnt": "gad2"}"#)
                .starts_with("unknown field `instrumnt`, expected one of `schema_version`")
        );
        assert!(
            err(r#"{"instrument": "gad2", "answers": [1, 1]}"#)
                .starts_with("missing field `schema_version`")
        );
        assert!(
            err(r#"{"schema_version": 2, "answers": [1, 1]}"#)
                .starts_with("missing field `instrument`")
        );
        assert!(
            err(r#"{"schema_version": 2, "instrument": "gad2"}"#)
                .starts_with("missing field `answers`")
        );
        assert!(
            err(r#"{"schema_version": 2, "instrument": "gad2", "answers": [1, "2"]}"#)
                .starts_with("invalid type: string \"2\", expected a JSON number")
        );
        assert!(err("[2, \"gad2\", [1, 1]]").contains("expected struct Response"));
    }
}
