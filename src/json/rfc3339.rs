//! Dates and instants in RFC 3339 only, as the schemas' `date` and `date-time` formats say.
//!
//! chrono's own serde reader is more lenient than RFC 3339 and than every JSON Schema validator's
//! `format` check. For an instant (`DateTime<Utc>`, chrono 0.4's `FromStr`) it also reads:
//!
//! - a space instead of `T` (`2026-03-04 18:30:00Z`), and spaces between any two components
//!   (`2026 - 03 - 04T18 : 30 : 00 Z`);
//! - unpadded fields (`2026-3-4T8:5:0Z`), and signed or five-digit years (`+2026-03-04T…`,
//!   `+12026-…`);
//! - the zone written `UTC` (any case), an offset without its colon (`+0100`) or with U+2212 MINUS
//!   SIGN instead of `-`;
//! - a leap second `:60` at any minute, not only at the end of a UTC day.
//!
//! For a date (`NaiveDate`): unpadded fields (`2026-3-2`), signed or five-digit years, spaces
//! around the dashes and trailing spaces (`2026-03-02 `).
//!
//! The types here read exactly RFC 3339's `full-date` (`2026-03-02`) and `date-time`
//! (`2026-03-04T18:30:00Z`, `2026-03-04T19:30:00.25+01:00`; `T` and `Z` in either case, as
//! RFC 3339 § 5.6 allows), with a seconds field of 00-59: a leap second is refused, because
//! validators disagree on where one may stand. Everything else, and a day or time that does not
//! exist (`2026-02-30`, `24:00:00`), is an error that says which form is expected. Writing is
//! chrono's own (`2026-03-04T18:30:00Z`), which all of them read back.
//!
//! Each is a serde `with` type and a `JsonSchema` that is the field type's own, so one attribute
//! makes a field strict and keeps its schema (`"format": "date-time"` or `"date"`):
//!
//! ```text
//! #[serde(with = "crate::json::rfc3339::DateTime")]
//! at: chrono::DateTime<Utc>,
//! #[serde(default, with = "crate::json::rfc3339::OptionDateTime")]
//! due: Option<chrono::DateTime<Utc>>,
//! ```
//!
//! An `Option` field needs `default` beside `with` (serde reads a missing field as `None` only
//! without `with`).

use std::borrow::Cow;
use std::fmt;

use chrono::{NaiveDate, Utc};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserializer, Serialize, Serializer};

/// What an instant must look like.
const DATE_TIME_FORM: &str = "an RFC 3339 date-time with a zone, such as 2026-03-04T18:30:00Z or \
                              2026-03-04T19:30:00+01:00 (YYYY-MM-DDTHH:MM:SS, optional fraction, \
                              then Z or ±HH:MM)";

/// What a date must look like.
const DATE_FORM: &str = "an RFC 3339 full date, such as 2026-03-02 (YYYY-MM-DD)";

/// Why a string was refused. The value itself is never repeated: dates are patient data (a date
/// of birth identifies a person).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// Not in the form at all.
    Form,
    /// In the form, but no such day, time or offset.
    Range,
}

/// Whether `bytes[at..at + n]` are all ASCII digits.
fn digits(bytes: &[u8], at: usize, n: usize) -> bool {
    bytes
        .get(at..at + n)
        .is_some_and(|run| run.iter().all(u8::is_ascii_digit))
}

/// The two-digit number at `at` (the caller has checked the digits).
fn two(bytes: &[u8], at: usize) -> u32 {
    bytes
        .get(at..at + 2)
        .map_or(0, |d| d.iter().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

/// Reads `YYYY-MM-DD` at the start of `text`; `Ok` only for a real day.
fn full_date(text: &str) -> Result<NaiveDate, Refusal> {
    let b = text.as_bytes();
    let shaped = digits(b, 0, 4)
        && b.get(4) == Some(&b'-')
        && digits(b, 5, 2)
        && b.get(7) == Some(&b'-')
        && digits(b, 8, 2);
    if !shaped {
        return Err(Refusal::Form);
    }
    let year = i32::try_from(two(b, 0) * 100 + two(b, 2)).map_err(|_| Refusal::Range)?;
    NaiveDate::from_ymd_opt(year, two(b, 5), two(b, 8)).ok_or(Refusal::Range)
}

/// Reads an RFC 3339 `full-date` and nothing else.
fn parse_date(text: &str) -> Result<NaiveDate, Refusal> {
    if text.len() != 10 {
        return Err(Refusal::Form);
    }
    full_date(text)
}

/// Reads an RFC 3339 `date-time` and nothing else, as UTC.
fn parse_date_time(text: &str) -> Result<chrono::DateTime<Utc>, Refusal> {
    let b = text.as_bytes();
    // YYYY-MM-DDTHH:MM:SS
    let shaped = b.len() >= 20
        && matches!(b.get(10), Some(b'T' | b't'))
        && digits(b, 11, 2)
        && b.get(13) == Some(&b':')
        && digits(b, 14, 2)
        && b.get(16) == Some(&b':')
        && digits(b, 17, 2);
    if !shaped {
        return Err(Refusal::Form);
    }
    let day = text.get(..10).ok_or(Refusal::Form).and_then(full_date);
    // [.fraction]
    let mut at = 19;
    if b.get(at) == Some(&b'.') {
        let run = b.get(at + 1..).map_or(0, |rest| {
            rest.iter().take_while(|c| c.is_ascii_digit()).count()
        });
        if run == 0 {
            return Err(Refusal::Form);
        }
        at += 1 + run;
    }
    // Z / ±HH:MM
    let offset_ok = match b.get(at..) {
        Some([b'Z' | b'z']) => true,
        Some([b'+' | b'-', _, _, b':', _, _]) if digits(b, at + 1, 2) && digits(b, at + 4, 2) => {
            two(b, at + 1) <= 23 && two(b, at + 4) <= 59
        }
        _ => return Err(Refusal::Form),
    };
    let (hour, minute, second) = (two(b, 11), two(b, 14), two(b, 17));
    day?;
    if !offset_ok || hour > 23 || minute > 59 || second > 59 {
        return Err(Refusal::Range);
    }
    // The form is RFC 3339's; chrono's RFC 3339 reader does the arithmetic (fraction, offset).
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|instant| instant.with_timezone(&Utc))
        .map_err(|_| Refusal::Range)
}

/// The error message for a refused date or instant.
fn message(refusal: Refusal, what: &str, form: &str) -> String {
    match refusal {
        Refusal::Form => format!("invalid {what}: expected {form}"),
        Refusal::Range => format!("invalid {what}: no such day or time; expected {form}"),
    }
}

/// Reads one string with `parse`.
struct StrVisitor<T> {
    parse: fn(&str) -> Result<T, Refusal>,
    what: &'static str,
    form: &'static str,
}

impl<T> Visitor<'_> for StrVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.form)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.parse)(text).map_err(|refusal| E::custom(message(refusal, self.what, self.form)))
    }
}

/// Reads an optional value: `null` is `None`, anything else goes to `inner`.
struct OptionVisitor<T>(StrVisitor<T>);

impl<'de, T> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "null or {}", self.0.form)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_str(self.0).map(Some)
    }
}

const INSTANT: StrVisitor<chrono::DateTime<Utc>> = StrVisitor {
    parse: parse_date_time,
    what: "date-time",
    form: DATE_TIME_FORM,
};

const DAY: StrVisitor<NaiveDate> = StrVisitor {
    parse: parse_date,
    what: "date",
    form: DATE_FORM,
};

/// Delegates `JsonSchema` to the field type `$of`, so the schema does not change.
macro_rules! schema_of {
    ($name:ident, $of:ty) => {
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                <$of>::inline_schema()
            }

            fn schema_name() -> Cow<'static, str> {
                <$of>::schema_name()
            }

            fn schema_id() -> Cow<'static, str> {
                <$of>::schema_id()
            }

            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                <$of>::json_schema(generator)
            }
        }
    };
}

/// `#[serde(with = "crate::json::rfc3339::DateTime")]` on a `chrono::DateTime<Utc>` field: an
/// RFC 3339 `date-time` only (module documentation).
pub(crate) struct DateTime;

schema_of!(DateTime, chrono::DateTime<Utc>);

impl DateTime {
    /// Writes as chrono does.
    pub(crate) fn serialize<S: Serializer>(
        value: &chrono::DateTime<Utc>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }

    /// Reads an RFC 3339 `date-time` only.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<chrono::DateTime<Utc>, D::Error> {
        deserializer.deserialize_str(INSTANT)
    }
}

/// `#[serde(default, with = "crate::json::rfc3339::OptionDateTime")]` on an
/// `Option<chrono::DateTime<Utc>>` field: `null` or an RFC 3339 `date-time`.
pub(crate) struct OptionDateTime;

schema_of!(OptionDateTime, Option<chrono::DateTime<Utc>>);

impl OptionDateTime {
    /// Writes as chrono does (`null` for `None`).
    pub(crate) fn serialize<S: Serializer>(
        value: &Option<chrono::DateTime<Utc>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }

    /// Reads `null` or an RFC 3339 `date-time`.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<chrono::DateTime<Utc>>, D::Error> {
        deserializer.deserialize_option(OptionVisitor(INSTANT))
    }
}

/// `#[serde(with = "crate::json::rfc3339::Date")]` on a `NaiveDate` field: an RFC 3339
/// `full-date` only (module documentation).
pub(crate) struct Date;

schema_of!(Date, NaiveDate);

impl Date {
    /// Writes as chrono does.
    pub(crate) fn serialize<S: Serializer>(
        value: &NaiveDate,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }

    /// Reads an RFC 3339 `full-date` only.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<NaiveDate, D::Error> {
        deserializer.deserialize_str(DAY)
    }
}

/// `#[serde(default, with = "crate::json::rfc3339::OptionDate")]` on an `Option<NaiveDate>`
/// field: `null` or an RFC 3339 `full-date`.
pub(crate) struct OptionDate;

schema_of!(OptionDate, Option<NaiveDate>);

impl OptionDate {
    /// Writes as chrono does (`null` for `None`).
    pub(crate) fn serialize<S: Serializer>(
        value: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }

    /// Reads `null` or an RFC 3339 `full-date`.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        deserializer.deserialize_option(OptionVisitor(DAY))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize, serde::Serialize)]
    #[serde(deny_unknown_fields)]
    struct Dated {
        #[serde(with = "DateTime")]
        at: chrono::DateTime<Utc>,
        #[serde(default, with = "OptionDateTime")]
        due: Option<chrono::DateTime<Utc>>,
        #[serde(with = "Date")]
        on: NaiveDate,
        #[serde(default, with = "OptionDate")]
        until: Option<NaiveDate>,
    }

    fn instant(text: &str) -> Result<chrono::DateTime<Utc>, String> {
        serde_json::from_value::<Dated>(serde_json::json!({"at": text, "on": "2026-03-02"}))
            .map(|dated| dated.at)
            .map_err(|e| e.to_string())
    }

    fn day(text: &str) -> Result<NaiveDate, String> {
        serde_json::from_value::<Dated>(
            serde_json::json!({"at": "2026-03-04T18:30:00Z", "on": text}),
        )
        .map(|dated| dated.on)
        .map_err(|e| e.to_string())
    }

    fn utc(text: &str) -> chrono::DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn rfc_3339_instants_are_read() {
        for (text, expected) in [
            ("2026-03-04T18:30:00Z", "2026-03-04T18:30:00Z"),
            ("2026-03-04t18:30:00z", "2026-03-04T18:30:00Z"),
            ("2026-03-04T19:30:00+01:00", "2026-03-04T18:30:00Z"),
            ("2026-03-04T18:30:00-00:00", "2026-03-04T18:30:00Z"),
            ("2026-03-04T18:30:00.25Z", "2026-03-04T18:30:00.25Z"),
            (
                "2026-03-04T18:30:00.123456789123Z",
                "2026-03-04T18:30:00.123456789Z",
            ),
            ("0000-01-01T00:00:00Z", "0000-01-01T00:00:00Z"),
            ("2024-02-29T23:59:59+23:59", "2024-02-29T00:00:59Z"),
        ] {
            assert_eq!(instant(text), Ok(utc(expected)), "{text}");
        }
    }

    /// Every spelling chrono's own reader takes and RFC 3339 does not (module documentation).
    #[test]
    fn what_chrono_reads_and_rfc_3339_refuses_is_refused() {
        let lenient = [
            "2026-03-04 18:30:00Z",
            "2026-03-04T18:30:00 Z",
            "2026 -03-04T18:30:00Z",
            "2026-03-04T18 : 30:00Z",
            "2026-3-4T18:30:00Z",
            "2026-03-04T8:30:00Z",
            "+2026-03-04T18:30:00Z",
            "+12026-03-04T18:30:00Z",
            "2026-03-04T18:30:00UTC",
            "2026-03-04T18:30:00 utc",
            "2026-03-04T19:30:00+0100",
            "2026-03-04T17:30:00\u{2212}01:00",
            "2026-03-04T18:30:00Z ",
        ];
        for text in lenient {
            assert!(
                text.parse::<chrono::DateTime<Utc>>().is_ok(),
                "chrono no longer reads {text:?}: update the module documentation"
            );
            assert_eq!(
                instant(text).unwrap_err(),
                format!("invalid date-time: expected {DATE_TIME_FORM}"),
                "{text}"
            );
        }
        assert!(
            "2026-03-04T18:29:60Z"
                .parse::<chrono::DateTime<Utc>>()
                .is_ok()
        );
        for text in [
            "2026-03-04T18:30:00",
            "2026-03-04",
            "2026-03-04T18:30Z",
            "2026-03-04T18:30:00.Z",
            "2026-03-04T18:30:00+01",
            "2026-03-04T18:30:00+01:00:00",
            // An offset is two digits, a colon and two digits: either half not digits is the
            // wrong form, not an offset out of range.
            "2026-03-04T18:30:00+0a:30",
            "2026-03-04T18:30:00+01:3a",
            "",
        ] {
            assert_eq!(
                instant(text).unwrap_err(),
                format!("invalid date-time: expected {DATE_TIME_FORM}"),
                "{text}"
            );
        }
        for text in [
            "2026-02-30T18:30:00Z",
            "2026-13-04T18:30:00Z",
            "2026-03-04T24:00:00Z",
            "2026-03-04T18:60:00Z",
            "2026-03-04T18:29:60Z",
            "2026-03-04T18:30:00+24:00",
            "2026-03-04T18:30:00+01:60",
        ] {
            assert_eq!(
                instant(text).unwrap_err(),
                format!("invalid date-time: no such day or time; expected {DATE_TIME_FORM}"),
                "{text}"
            );
        }
        assert!(instant("7").is_err());
    }

    #[test]
    fn dates_are_full_dates_only() {
        assert_eq!(
            day("2026-03-02"),
            Ok(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())
        );
        assert_eq!(
            day("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        let lenient = [
            "2026-3-2",
            "2026-03-2",
            "+2026-03-02",
            "+12026-03-02",
            "2026 - 03 - 02",
            "2026-03-02 ",
        ];
        for text in lenient {
            assert!(
                text.parse::<NaiveDate>().is_ok(),
                "chrono no longer reads {text:?}: update the module documentation"
            );
        }
        for text in lenient
            .into_iter()
            .chain(["20260302", "2026-03-02T00:00:00Z", ""])
        {
            assert_eq!(
                day(text).unwrap_err(),
                format!("invalid date: expected {DATE_FORM}"),
                "{text}"
            );
        }
        for text in ["2026-02-29", "2026-00-10", "2026-04-31"] {
            assert_eq!(
                day(text).unwrap_err(),
                format!("invalid date: no such day or time; expected {DATE_FORM}"),
                "{text}"
            );
        }
    }

    #[test]
    fn options_read_null_or_missing_as_none_and_write_as_chrono() {
        let dated: Dated = serde_json::from_str(
            r#"{"at": "2026-03-04T18:30:00Z", "due": null, "on": "2026-03-02"}"#,
        )
        .unwrap();
        assert_eq!((dated.due, dated.until), (None, None));
        let dated: Dated = serde_json::from_str(
            r#"{"at": "2026-03-04T18:30:00Z", "due": "2026-03-05T09:00:00Z", "on": "2026-03-02", "until": "2026-04-01"}"#,
        )
        .unwrap();
        assert_eq!(dated.due, Some(utc("2026-03-05T09:00:00Z")));
        assert_eq!(dated.until, NaiveDate::from_ymd_opt(2026, 4, 1));
        assert_eq!(
            serde_json::to_string(&dated).unwrap(),
            r#"{"at":"2026-03-04T18:30:00Z","due":"2026-03-05T09:00:00Z","on":"2026-03-02","until":"2026-04-01"}"#
        );
        let error = serde_json::from_str::<Dated>(
            r#"{"at": "2026-03-04T18:30:00Z", "due": "2026-03-05 09:00:00Z", "on": "2026-03-02"}"#,
        )
        .unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("invalid date-time: expected an RFC 3339"),
            "{error}"
        );
        let error = serde_json::from_str::<Dated>(
            r#"{"at": "2026-03-04T18:30:00Z", "on": "2026-03-02", "until": 7}"#,
        )
        .unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("invalid type: integer `7`, expected an RFC 3339 full date"),
            "{error}"
        );
    }

    #[test]
    fn the_schemas_are_the_field_types_own() {
        let mut generator = SchemaGenerator::default();
        assert_eq!(
            DateTime::json_schema(&mut generator),
            <chrono::DateTime<Utc>>::json_schema(&mut generator)
        );
        assert_eq!(
            OptionDate::json_schema(&mut generator),
            <Option<NaiveDate>>::json_schema(&mut generator)
        );
        assert_eq!(Date::schema_name(), NaiveDate::schema_name());
    }
}
