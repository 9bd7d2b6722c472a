//! [`GoalMeasure`]: how progress towards a goal is measured, with its target.

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::GoalsError;
use crate::instruments::InstrumentId;
use crate::{Decimal, Direction, Rating};

/// The largest weekly count target or value: 100 times a week.
pub const MAX_COUNT_PER_WEEK: u16 = 100;

/// The largest weekly minutes target or value: the minutes in a week, 10,080.
pub const MAX_MINUTES_PER_WEEK: u16 = 10_080;

/// How progress towards a goal is measured, and the target.
///
/// - `rating_0_to_10`: a 0-10 rating the person gives (such as confidence walking), with whether higher
///   is better.
/// - `count_per_week` (0-[`MAX_COUNT_PER_WEEK`]) and `minutes_per_week` (0-[`MAX_MINUTES_PER_WEEK`]):
///   how often or how long the valued activity is done; higher is better.
/// - `instrument_score`: a score on a catalog instrument; the target lies in the instrument's score
///   range, and the direction comes from the instrument's definition.
///
/// The variants with a range to check are `#[non_exhaustive]`: outside the crate they are built
/// only through [`count_per_week`](GoalMeasure::count_per_week),
/// [`minutes_per_week`](GoalMeasure::minutes_per_week) and
/// [`instrument_score`](GoalMeasure::instrument_score) (or serde), which check the target; match
/// them with `..`.
///
/// ```
/// use pain_reprocessing::goals::GoalMeasure;
/// use pain_reprocessing::instruments::InstrumentId;
/// use pain_reprocessing::{Decimal, Direction};
///
/// let odi = GoalMeasure::instrument_score(InstrumentId::Odi, Decimal::from_int(20))?;
/// assert_eq!(odi.direction(), Direction::HigherIsWorse);
/// assert!(GoalMeasure::instrument_score(InstrumentId::Odi, Decimal::from_int(101)).is_err());
/// assert_eq!(
///     serde_json::to_string(&GoalMeasure::count_per_week(3)?)?,
///     r#"{"type":"count_per_week","target":3}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "How progress towards a goal is measured (a 0-10 rating, a count or minutes per week, or an instrument score) and the target, tagged by `type`."
)]
#[serde(try_from = "GoalMeasureWire", into = "GoalMeasureWire")]
#[non_exhaustive]
pub enum GoalMeasure {
    /// A 0-10 rating.
    Rating0To10 {
        /// The rating aimed for.
        target: Rating,
        /// Whether higher ratings are better (confidence) or worse (interference).
        higher_is_better: bool,
    },
    /// Times per week the activity is done; higher is better.
    #[non_exhaustive]
    CountPerWeek {
        /// Times per week aimed for, 0-[`MAX_COUNT_PER_WEEK`].
        target: u16,
    },
    /// Minutes per week spent on the activity; higher is better.
    #[non_exhaustive]
    MinutesPerWeek {
        /// Minutes per week aimed for, 0-[`MAX_MINUTES_PER_WEEK`].
        target: u16,
    },
    /// A score on a catalog instrument.
    #[non_exhaustive]
    InstrumentScore {
        /// The instrument.
        instrument: InstrumentId,
        /// The score aimed for, within the instrument's score range.
        target: Decimal,
    },
}

/// How progress towards a goal is measured, and the target.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "GoalMeasure", transform = instrument_ranges)]
enum GoalMeasureWire {
    /// A 0-10 rating the person gives, and whether higher is better.
    #[serde(rename = "rating_0_to_10")]
    Rating0To10 {
        /// The rating aimed for.
        target: Rating,
        /// Whether higher ratings are better.
        higher_is_better: bool,
    },
    /// Times per week the activity is done; higher is better.
    CountPerWeek {
        /// Times per week aimed for, 0-100.
        #[schemars(range(max = MAX_COUNT_PER_WEEK))]
        target: u16,
    },
    /// Minutes per week spent on the activity; higher is better.
    MinutesPerWeek {
        /// Minutes per week aimed for, 0-10080.
        #[schemars(range(max = MAX_MINUTES_PER_WEEK))]
        target: u16,
    },
    /// A score on a catalog instrument; the target lies in the instrument's score range.
    InstrumentScore {
        /// The instrument.
        instrument: InstrumentId,
        /// The score aimed for.
        target: Decimal,
    },
}

/// Ties an instrument-score target to its instrument's range in the schema: one `if`/`then` per
/// catalog instrument, from the same definitions the constructor checks.
fn instrument_ranges(schema: &mut Schema) {
    let rules: Vec<Value> = InstrumentId::ALL
        .iter()
        .map(|id| {
            let definition = id.definition();
            json!({
                "if": {
                    "properties": {
                        "type": { "const": "instrument_score" },
                        "instrument": { "const": id.as_str() },
                    },
                    "required": ["type", "instrument"],
                },
                "then": {
                    "properties": {
                        "target": {
                            "minimum": number(definition.score_min()),
                            "maximum": number(definition.score_max()),
                        },
                    },
                },
            })
        })
        .collect();
    schema.insert("allOf".to_owned(), Value::Array(rules));
}

/// `value` as a JSON number: an integer when whole (score ranges are), else a float.
fn number(value: Decimal) -> Value {
    let hundredths = value.hundredths();
    if hundredths % 100 == 0 {
        json!(hundredths / 100)
    } else {
        json!(value.to_f64())
    }
}

impl TryFrom<GoalMeasureWire> for GoalMeasure {
    type Error = GoalsError;

    fn try_from(data: GoalMeasureWire) -> Result<GoalMeasure, GoalsError> {
        let measure = match data {
            GoalMeasureWire::Rating0To10 {
                target,
                higher_is_better,
            } => GoalMeasure::Rating0To10 {
                target,
                higher_is_better,
            },
            GoalMeasureWire::CountPerWeek { target } => GoalMeasure::CountPerWeek { target },
            GoalMeasureWire::MinutesPerWeek { target } => GoalMeasure::MinutesPerWeek { target },
            GoalMeasureWire::InstrumentScore { instrument, target } => {
                GoalMeasure::InstrumentScore { instrument, target }
            }
        };
        measure.check_value("measure.target", measure.target())?;
        Ok(measure)
    }
}

impl From<GoalMeasure> for GoalMeasureWire {
    fn from(measure: GoalMeasure) -> GoalMeasureWire {
        match measure {
            GoalMeasure::Rating0To10 {
                target,
                higher_is_better,
            } => GoalMeasureWire::Rating0To10 {
                target,
                higher_is_better,
            },
            GoalMeasure::CountPerWeek { target } => GoalMeasureWire::CountPerWeek { target },
            GoalMeasure::MinutesPerWeek { target } => GoalMeasureWire::MinutesPerWeek { target },
            GoalMeasure::InstrumentScore { instrument, target } => {
                GoalMeasureWire::InstrumentScore { instrument, target }
            }
        }
    }
}

impl GoalMeasure {
    /// A 0-10 rating measure.
    pub const fn rating(target: Rating, higher_is_better: bool) -> GoalMeasure {
        GoalMeasure::Rating0To10 {
            target,
            higher_is_better,
        }
    }

    /// Times per week, checked.
    ///
    /// # Errors
    ///
    /// [`GoalsError::OutOfRange`] (`measure.target`) above [`MAX_COUNT_PER_WEEK`].
    pub fn count_per_week(target: u16) -> Result<GoalMeasure, GoalsError> {
        GoalMeasure::try_from(GoalMeasureWire::CountPerWeek { target })
    }

    /// Minutes per week, checked.
    ///
    /// # Errors
    ///
    /// [`GoalsError::OutOfRange`] (`measure.target`) above [`MAX_MINUTES_PER_WEEK`].
    pub fn minutes_per_week(target: u16) -> Result<GoalMeasure, GoalsError> {
        GoalMeasure::try_from(GoalMeasureWire::MinutesPerWeek { target })
    }

    /// A score on `instrument`, checked against its score range.
    ///
    /// # Errors
    ///
    /// [`GoalsError::OutOfRange`] (`measure.target`) outside the instrument's score range.
    pub fn instrument_score(
        instrument: InstrumentId,
        target: Decimal,
    ) -> Result<GoalMeasure, GoalsError> {
        GoalMeasure::try_from(GoalMeasureWire::InstrumentScore { instrument, target })
    }

    /// The target as a decimal.
    pub fn target(&self) -> Decimal {
        match *self {
            GoalMeasure::Rating0To10 { target, .. } => Decimal::from_int(i32::from(target.value())),
            GoalMeasure::CountPerWeek { target } | GoalMeasure::MinutesPerWeek { target } => {
                Decimal::from_int(i32::from(target))
            }
            GoalMeasure::InstrumentScore { target, .. } => target,
        }
    }

    /// Whether higher values are better or worse on this measure.
    pub fn direction(&self) -> Direction {
        match *self {
            GoalMeasure::Rating0To10 {
                higher_is_better: false,
                ..
            } => Direction::HigherIsWorse,
            GoalMeasure::InstrumentScore { instrument, .. } => instrument.definition().direction(),
            _ => Direction::HigherIsBetter,
        }
    }

    /// The lowest and highest value the measure takes, and whether values are whole numbers.
    pub fn range(&self) -> (Decimal, Decimal, bool) {
        match *self {
            GoalMeasure::Rating0To10 { .. } => (Decimal::ZERO, Decimal::from_int(10), true),
            GoalMeasure::CountPerWeek { .. } => (
                Decimal::ZERO,
                Decimal::from_int(i32::from(MAX_COUNT_PER_WEEK)),
                true,
            ),
            GoalMeasure::MinutesPerWeek { .. } => (
                Decimal::ZERO,
                Decimal::from_int(i32::from(MAX_MINUTES_PER_WEEK)),
                true,
            ),
            GoalMeasure::InstrumentScore { instrument, .. } => {
                let definition = instrument.definition();
                (definition.score_min(), definition.score_max(), false)
            }
        }
    }

    /// Whether `value` meets or passes the target in the measure's direction.
    pub fn target_met(&self, value: Decimal) -> bool {
        match self.direction() {
            Direction::HigherIsBetter => value >= self.target(),
            Direction::HigherIsWorse => value <= self.target(),
        }
    }

    /// Checks that `value` fits the measure's range, naming `field` otherwise.
    pub(crate) fn check_value(
        &self,
        field: &'static str,
        value: Decimal,
    ) -> Result<(), GoalsError> {
        let (min, max, whole) = self.range();
        let in_range = value >= min && value <= max;
        let is_whole = value.hundredths() % 100 == 0;
        if in_range && (is_whole || !whole) {
            Ok(())
        } else {
            Err(GoalsError::OutOfRange {
                field,
                value: value.to_string(),
                allowed: format!("{}{min}-{max}", if whole { "whole numbers " } else { "" }),
            })
        }
    }
}
