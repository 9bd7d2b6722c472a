//! Psychiatric safety (clinical reference §2.2): PHQ-9 item 9 and the crisis and exclusion
//! questions asked before any mind-body pain program.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use super::{Answer, IntakeError};
use crate::instruments::{InstrumentId, Response};
use crate::json::JsonNumber;
use crate::rating::ToWhole;

/// The answer to PHQ-9 item 9 ("thoughts that you would be better off dead, or of hurting
/// yourself"), 0-3: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day
/// (clinical reference §3.4 `[S51]`).
///
/// Any answer of 1 or more sends screening to the crisis pathway: same-session clinician review
/// (§2.2 `[S35]` `[S36]`). An answer of 0 does **not** mean safe: in a VA cohort 71.6% of suicides
/// had answered "not at all" (§2.2 `[S37]`), which is why the other crisis questions are asked too.
///
/// ```
/// use pain_reprocessing::intake::Phq9Item9;
///
/// let answer = Phq9Item9::new(1)?;
/// assert!(answer.is_positive());
/// assert!(!Phq9Item9::new(0)?.is_positive());
/// assert_eq!(
///     Phq9Item9::new(4).unwrap_err().to_string(),
///     "phq-9 item 9 is 4; answers range 0-3"
/// );
/// assert!(serde_json::from_str::<Phq9Item9>("-1").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Phq9Item9(u8);

impl Phq9Item9 {
    /// The highest answer, 3 ("nearly every day").
    pub const MAX: u8 = 3;

    /// The answer `value`, 0-3.
    ///
    /// # Errors
    ///
    /// [`IntakeError::Phq9Item9OutOfRange`] when `value` is above 3.
    pub fn new(value: u8) -> Result<Phq9Item9, IntakeError> {
        if value <= Phq9Item9::MAX {
            Ok(Phq9Item9(value))
        } else {
            Err(IntakeError::Phq9Item9OutOfRange {
                value: i128::from(value),
            })
        }
    }

    /// The answer, 0-3.
    pub const fn value(self) -> u8 {
        self.0
    }

    /// Whether the answer is 1 or more: a positive safety screen.
    pub const fn is_positive(self) -> bool {
        self.0 >= 1
    }

    /// Item 9 of a whole PHQ-9 response from the [`instruments`](crate::instruments) module:
    /// `Ok(None)` when the patient left it unanswered, which screening reads as a missing safety
    /// answer (never as "no").
    ///
    /// ```
    /// use pain_reprocessing::instruments::{InstrumentId, Response};
    /// use pain_reprocessing::intake::Phq9Item9;
    ///
    /// let phq9 = Response::new(InstrumentId::Phq9, &[1, 0, 2, 1, 0, 0, 1, 0, 2].map(Some))?;
    /// assert_eq!(Phq9Item9::from_phq9(&phq9)?, Some(Phq9Item9::new(2)?));
    /// let unanswered = Response::new(InstrumentId::Phq9, &[Some(1), Some(0), Some(2), Some(1), Some(0), Some(0), Some(1), Some(0), None])?;
    /// assert_eq!(Phq9Item9::from_phq9(&unanswered)?, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`IntakeError::NotPhq9`] when `response` is another instrument's.
    pub fn from_phq9(response: &Response) -> Result<Option<Phq9Item9>, IntakeError> {
        if response.instrument() != InstrumentId::Phq9 {
            return Err(IntakeError::NotPhq9 {
                instrument: response.instrument(),
            });
        }
        response.answer(9).map(Phq9Item9::new).transpose()
    }
}

impl Serialize for Phq9Item9 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Phq9Item9 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Phq9Item9, D::Error> {
        // Any whole number is read first, so an out-of-range answer gets the range message.
        let whole = JsonNumber::deserialize(deserializer)?
            .to_whole("phq-9 item 9", i128::MIN, i128::MAX, "whole numbers 0-3")
            .map_err(de::Error::custom)?;
        u8::try_from(whole)
            .map_err(|_| IntakeError::Phq9Item9OutOfRange { value: whole })
            .and_then(Phq9Item9::new)
            .map_err(de::Error::custom)
    }
}

impl JsonSchema for Phq9Item9 {
    fn schema_name() -> Cow<'static, str> {
        "Phq9Item9".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Phq9Item9").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "PHQ-9 item 9 answer: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day.",
            "type": "integer",
            "minimum": 0,
            "maximum": 3,
        })
    }
}

/// The psychiatric safety answers of an intake (clinical reference §2.2).
///
/// Every answer defaults to unknown: a question left out of the JSON is [`Answer::Unknown`] and a
/// missing PHQ-9 item 9 is `None`, both "safety unknown", never "no". Screening sends unknown
/// safety answers to [`Incomplete`](super::ScreeningDecision::Incomplete).
///
/// The issue allows a whole PHQ-9 here; the instruments module is built in parallel, so this
/// records item 9 alone (an app that has a scored PHQ-9 passes its item 9).
///
/// ```
/// use pain_reprocessing::intake::{Answer, Phq9Item9, PsychiatricSafety};
///
/// let unknown: PsychiatricSafety = serde_json::from_str("{}")?;
/// assert_eq!(unknown.phq9_item9, None);
/// assert_eq!(unknown.suicidal_intent, Answer::Unknown);
///
/// let clear = PsychiatricSafety::all_clear();
/// assert_eq!(clear.phq9_item9, Some(Phq9Item9::new(0)?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct PsychiatricSafety {
    /// PHQ-9 item 9, 0-3; `None` when not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phq9_item9: Option<Phq9Item9>,
    /// Current suicidal intent.
    #[serde(default)]
    pub suicidal_intent: Answer,
    /// A suicide attempt in the past 30 days (§2.2 `[S38]`).
    #[serde(default)]
    pub recent_suicide_attempt: Answer,
    /// Psychosis (§2.2 `[S38]`).
    #[serde(default)]
    pub psychosis: Answer,
    /// Moderate-severe substance use disorder in the past 6 months (§2.2 `[S38]`).
    #[serde(default)]
    pub substance_use_disorder: Answer,
}

impl PsychiatricSafety {
    /// Every question answered with no risk: item 9 is 0 and every other answer is no.
    pub const fn all_clear() -> PsychiatricSafety {
        PsychiatricSafety {
            phq9_item9: Some(Phq9Item9(0)),
            suicidal_intent: Answer::No,
            recent_suicide_attempt: Answer::No,
            psychosis: Answer::No,
            substance_use_disorder: Answer::No,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item9_range_is_0_to_3() {
        for v in 0..=3 {
            assert_eq!(Phq9Item9::new(v).unwrap().value(), v);
        }
        assert_eq!(
            Phq9Item9::new(4),
            Err(IntakeError::Phq9Item9OutOfRange { value: 4 })
        );
        assert!(!Phq9Item9::new(0).unwrap().is_positive());
        assert!(Phq9Item9::new(1).unwrap().is_positive());
        let err = serde_json::from_str::<Phq9Item9>("-1")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("phq-9 item 9 is -1; answers range 0-3"),
            "{err}"
        );
        for bad in ["4", "-1", "1.5", "\"1\"", "null", "1e30"] {
            assert!(serde_json::from_str::<Phq9Item9>(bad).is_err(), "{bad}");
        }
        assert_eq!(serde_json::from_str::<Phq9Item9>("2").unwrap().value(), 2);
    }

    #[test]
    fn missing_answers_are_unknown_never_no() {
        let read: PsychiatricSafety = serde_json::from_str(r#"{"psychosis":"no"}"#).unwrap();
        assert_eq!(read.phq9_item9, None);
        assert_eq!(read.suicidal_intent, Answer::Unknown);
        assert_eq!(read.recent_suicide_attempt, Answer::Unknown);
        assert_eq!(read.psychosis, Answer::No);
        assert!(serde_json::from_str::<PsychiatricSafety>(r#"{"mood":"ok"}"#).is_err());
    }
}
