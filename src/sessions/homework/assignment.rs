//! What homework asks for: an [`Assignment`] of an exercise at a [`Frequency`] until a due day,
//! and a [`Completion`] of one.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::exercises::{Exercise, MAX_PRACTICE_MINUTES, PracticeLog};
use crate::sessions::{SessionsError, check_range};

/// The most times per day or per week an assignment may ask for.
pub const MAX_TIMES: u8 = 20;

/// The period a `Frequency` counts in: a day or a week.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// Per calendar day.
    Day,
    /// Per 7 days.
    Week,
}

/// How often an exercise is to be practised: `times` per day or per week (1-[`MAX_TIMES`]).
///
/// ```
/// use pain_reprocessing::sessions::{Frequency, Per};
///
/// let twice_daily = Frequency::new(2, Per::Day)?;
/// assert_eq!(serde_json::to_string(&twice_daily)?, r#"{"times":2,"per":"day"}"#);
/// assert!(Frequency::new(0, Per::Week).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(description = "How often an exercise is to be practised: times per day or per week.")]
#[serde(try_from = "FrequencyWire", into = "FrequencyWire")]
pub struct Frequency {
    times: u8,
    per: Per,
}

/// How often an exercise is to be practised: `times` per day or per week.
#[derive(Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "Frequency")]
struct FrequencyWire {
    /// How many times per period (1-20).
    #[schemars(range(min = 1, max = MAX_TIMES))]
    times: u8,
    /// The period.
    per: Per,
}

impl TryFrom<FrequencyWire> for Frequency {
    type Error = SessionsError;

    fn try_from(data: FrequencyWire) -> Result<Frequency, SessionsError> {
        check_range("times", i64::from(data.times), 1, i64::from(MAX_TIMES))?;
        Ok(Frequency {
            times: data.times,
            per: data.per,
        })
    }
}

impl From<Frequency> for FrequencyWire {
    fn from(value: Frequency) -> FrequencyWire {
        FrequencyWire {
            times: value.times,
            per: value.per,
        }
    }
}

impl Frequency {
    /// `times` per `per`.
    ///
    /// # Errors
    ///
    /// [`SessionsError::OutOfRange`] when `times` is outside 1-[`MAX_TIMES`].
    pub fn new(times: u8, per: Per) -> Result<Frequency, SessionsError> {
        Frequency::try_from(FrequencyWire { times, per })
    }

    /// How many times per period.
    pub fn times(self) -> u8 {
        self.times
    }

    /// The period.
    pub fn per(self) -> Per {
        self.per
    }

    /// The expected number of completions over `days` days, in sevenths of a completion (exact
    /// for both periods): `times × days × 7` per day, `times × days` per week.
    pub(super) fn expected_sevenths(self, days: u64) -> u64 {
        let per_day_sevenths = match self.per {
            Per::Day => 7,
            Per::Week => 1,
        };
        u64::from(self.times) * days * per_day_sevenths
    }
}

/// One exercise assigned for practice, how often, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Assignment {
    /// The exercise to practise.
    exercise: Exercise,
    /// How often.
    frequency: Frequency,
    /// The last day of the assignment (inclusive).
    #[serde(with = "crate::json::rfc3339::Date")]
    due: NaiveDate,
}

impl Assignment {
    /// Practise `exercise` at `frequency` until `due` (inclusive).
    pub fn new(exercise: Exercise, frequency: Frequency, due: NaiveDate) -> Assignment {
        Assignment {
            exercise,
            frequency,
            due,
        }
    }

    /// The exercise.
    pub fn exercise(&self) -> &Exercise {
        &self.exercise
    }

    /// How often.
    pub fn frequency(&self) -> Frequency {
        self.frequency
    }

    /// The last day (inclusive).
    pub fn due(&self) -> NaiveDate {
        self.due
    }
}

/// One practice done for an assignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Completion {
    /// The 0-based position of the assignment in the homework's `assignments`.
    assignment: usize,
    /// The day the practice was done.
    #[serde(with = "crate::json::rfc3339::Date")]
    on: NaiveDate,
    /// How long it took, in minutes (1-240).
    #[schemars(range(min = 1, max = MAX_PRACTICE_MINUTES))]
    minutes: u16,
    /// The practice log, when one was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    log: Option<PracticeLog>,
}

impl Completion {
    /// A completion of assignment number `assignment` (0-based) on `on`, lasting `minutes`.
    /// Checked when recorded into a [`Homework`](super::Homework).
    pub fn new(assignment: usize, on: NaiveDate, minutes: u16) -> Completion {
        Completion {
            assignment,
            on,
            minutes,
            log: None,
        }
    }

    /// The completion with its practice log attached. Its date, exercise and minutes must match.
    pub fn with_log(mut self, log: PracticeLog) -> Completion {
        self.log = Some(log);
        self
    }

    /// The 0-based assignment index.
    pub fn assignment(&self) -> usize {
        self.assignment
    }

    /// The day.
    pub fn on(&self) -> NaiveDate {
        self.on
    }

    /// The minutes.
    pub fn minutes(&self) -> u16 {
        self.minutes
    }

    /// The practice log, if kept.
    pub fn log(&self) -> Option<&PracticeLog> {
        self.log.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequency_bounds() {
        assert!(Frequency::new(1, Per::Day).is_ok());
        assert!(Frequency::new(20, Per::Week).is_ok());
        assert_eq!(
            Frequency::new(21, Per::Day).unwrap_err().to_string(),
            "times is 21; allowed 1-20"
        );
        assert!(Frequency::new(0, Per::Day).is_err());
        assert!(serde_json::from_str::<Frequency>(r#"{"times":0,"per":"day"}"#).is_err());
        assert!(serde_json::from_str::<Frequency>(r#"{"times":2,"per":"month"}"#).is_err());
    }
}
