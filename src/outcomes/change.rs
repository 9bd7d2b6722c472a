//! [`Change`] between two measurements of one instrument.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Measurement, OutcomesError};
use crate::decimal::ratio;
use crate::decimal::{Decimal, MeasuredValue};
use crate::rating::Direction;
use crate::tagged::tagged_enum;

tagged_enum! {
/// A percent improvement, or the explicit statement that it has no value.
///
/// Percent change is measured against the baseline, so a baseline of 0 has none (clinical reference
/// §3.1): the value is [`PercentChange::UndefinedZeroBaseline`], never NaN or infinity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PercentChange {
    tag = "status", wire = PercentChangeWire;
    /// The percent improvement, rounded half away from zero to 0.01.
    Defined = "defined" {
        /// Percent of the baseline; positive is improvement, negative is worsening.
        percent: Decimal,
    },
    /// The baseline was 0, so no percentage of it exists.
    UndefinedZeroBaseline = "undefined_zero_baseline",
}
}

impl PercentChange {
    /// The percent, when defined.
    pub fn percent(self) -> Option<Decimal> {
        match self {
            PercentChange::Defined { percent } => Some(percent),
            PercentChange::UndefinedZeroBaseline => None,
        }
    }
}

/// The change from a baseline measurement to a current one of the same instrument and rule version.
///
/// - `absolute` is `current − baseline`, in the instrument's units: the exact difference, a
///   [`MeasuredValue`] (4.375 → 2.125 is −2.25).
/// - `improvement` is the same change oriented by the scale's [`Direction`], so that improvement is
///   positive: `baseline − current` when higher is worse (pain: 6 → 4 is +2), `current − baseline`
///   when higher is better (PSEQ: 30 → 41 is +11).
/// - `percent_improvement` is `improvement / |baseline| × 100`, so for a pain score it is the percent
///   reduction `(baseline − follow-up) / baseline × 100` of clinical reference §3.1, and its sign
///   always agrees with `improvement`. A zero baseline gives
///   [`PercentChange::UndefinedZeroBaseline`]. Computed from the exact values and rounded once,
///   half away from zero, to 0.01 (4.375 → 2.125: 2.25 / 4.375 = 51.428…% is 51.43); thresholds
///   use the exact ratio ([`Change::percent_improvement_at_least`]), never the rounded percent.
///
/// ```
/// use pain_reprocessing::outcomes::{Change, InstrumentKey, Measurement, PercentChange};
/// use pain_reprocessing::{Decimal, Direction};
///
/// let pseq = InstrumentKey::new("pseq")?;
/// let m = |v| Measurement::new(pseq.clone(), 1, Decimal::from_int(v), Direction::HigherIsBetter);
/// let change = Change::between(&m(30), &m(41))?;
/// assert_eq!(change.absolute(), Decimal::from_int(11));
/// assert_eq!(change.improvement(), Decimal::from_int(11)); // higher is better
/// assert_eq!(change.percent_improvement().percent().map(|p| p.to_string()), Some("36.67".into()));
///
/// let from_zero = Change::between(&m(0), &m(12))?;
/// assert_eq!(from_zero.percent_improvement(), PercentChange::UndefinedZeroBaseline);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// In JSON a change carries its two measurements and the derived figures; reading one back
/// recomputes the figures and rejects a document whose figures disagree.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "ChangeWire"
)]
#[schemars(!try_from)]
pub struct Change {
    /// The measurement changes are measured from.
    baseline: Measurement,
    /// The later measurement.
    current: Measurement,
    /// `current − baseline`, exact.
    absolute: MeasuredValue,
    /// The change oriented so that improvement is positive, exact.
    improvement: MeasuredValue,
    /// The improvement as a percent of the baseline's magnitude, rounded half away from zero to 0.01.
    percent_improvement: PercentChange,
}

/// The unchecked wire form of a [`Change`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct ChangeWire {
    baseline: Measurement,
    current: Measurement,
    absolute: MeasuredValue,
    improvement: MeasuredValue,
    percent_improvement: PercentChange,
}

impl TryFrom<ChangeWire> for Change {
    type Error = OutcomesError;

    fn try_from(repr: ChangeWire) -> Result<Change, OutcomesError> {
        let change = Change::between(&repr.baseline, &repr.current)?;
        let inconsistent = |what| Err(OutcomesError::Inconsistent { what });
        if change.absolute != repr.absolute {
            return inconsistent("absolute change");
        }
        if change.improvement != repr.improvement {
            return inconsistent("improvement");
        }
        if change.percent_improvement != repr.percent_improvement {
            return inconsistent("percent improvement");
        }
        Ok(change)
    }
}

impl Change {
    /// The change from `baseline` to `current`.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::InstrumentMismatch`], [`OutcomesError::RuleVersionMismatch`] or
    /// [`OutcomesError::DirectionMismatch`] when the two are not measurements of one scale, and
    /// [`OutcomesError::TooLarge`] when the difference leaves the exact range of a [`MeasuredValue`].
    pub fn between(baseline: &Measurement, current: &Measurement) -> Result<Change, OutcomesError> {
        baseline.check_comparable(current)?;
        let too_large = || OutcomesError::TooLarge { what: "change" };
        let absolute = current
            .value()
            .checked_sub(baseline.value())
            .ok_or_else(too_large)?;
        let improvement = match baseline.direction() {
            Direction::HigherIsWorse => baseline.value().checked_sub(current.value()),
            Direction::HigherIsBetter => Some(absolute),
        }
        .ok_or_else(too_large)?;
        let base = i128::from(baseline.value().ten_thousandths()).abs();
        let percent_improvement = if base == 0 {
            PercentChange::UndefinedZeroBaseline
        } else {
            // improvement / |baseline| × 100, both in ten-thousandths (the unit cancels).
            let numerator = i128::from(improvement.ten_thousandths()) * 100;
            PercentChange::Defined {
                percent: ratio(numerator, base).ok_or_else(too_large)?,
            }
        };
        Ok(Change {
            baseline: baseline.clone(),
            current: current.clone(),
            absolute,
            improvement,
            percent_improvement,
        })
    }

    /// The baseline measurement.
    pub fn baseline(&self) -> &Measurement {
        &self.baseline
    }

    /// The current measurement.
    pub fn current(&self) -> &Measurement {
        &self.current
    }

    /// The scale's direction.
    pub fn direction(&self) -> Direction {
        self.baseline.direction()
    }

    /// `current − baseline`, in the instrument's units, exact.
    pub fn absolute(&self) -> MeasuredValue {
        self.absolute
    }

    /// The change oriented so that improvement is positive, exact.
    pub fn improvement(&self) -> MeasuredValue {
        self.improvement
    }

    /// The improvement as a percent of the baseline (rounded; see the type's docs).
    pub fn percent_improvement(&self) -> PercentChange {
        self.percent_improvement
    }

    /// Whether the scale moved in its better direction.
    pub fn is_improvement(&self) -> bool {
        self.improvement > MeasuredValue::ZERO
    }

    /// Whether the exact percent improvement is at least `percent`; `None` for a zero baseline.
    ///
    /// Decided on the exact ratio: `improvement × 100 ≥ percent × |baseline|`, so a 29.996%
    /// reduction (shown rounded as 30%) does not reach 30%.
    pub fn percent_improvement_at_least(&self, percent: Decimal) -> Option<bool> {
        let base = i128::from(self.baseline.value().ten_thousandths()).abs();
        if base == 0 {
            return None;
        }
        // improvement / base >= percent / 100 (improvement and base in ten-thousandths, percent in
        // hundredths): improvement × 10000 >= percent × base.
        let left = i128::from(self.improvement.ten_thousandths()) * 10_000;
        Some(left >= i128::from(percent.hundredths()) * base)
    }
}

impl fmt::Display for Change {
    /// `6 -> 4: improvement 2 (33.33%)`, or `(percent undefined)` for a zero baseline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} -> {}: improvement {}",
            self.baseline.value(),
            self.current.value(),
            self.improvement
        )?;
        match self.percent_improvement {
            PercentChange::Defined { percent } => write!(f, " ({percent}%)"),
            PercentChange::UndefinedZeroBaseline => f.write_str(" (percent undefined)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcomes::InstrumentKey;

    fn m(value: &str, direction: Direction) -> Measurement {
        Measurement::new(
            InstrumentKey::new("x").unwrap(),
            1,
            value.parse::<MeasuredValue>().unwrap(),
            direction,
        )
    }

    #[test]
    fn nrs_six_to_four() {
        // (6 − 4) / 6 × 100 = 33.333… → 33.33.
        let change = Change::between(
            &m("6", Direction::HigherIsWorse),
            &m("4", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(change.absolute().to_string(), "-2");
        assert_eq!(change.improvement().to_string(), "2");
        assert_eq!(
            change.percent_improvement(),
            PercentChange::Defined {
                percent: "33.33".parse().unwrap()
            }
        );
        assert!(change.is_improvement());
        assert_eq!(change.to_string(), "6 -> 4: improvement 2 (33.33%)");
    }

    #[test]
    fn worsening_is_negative() {
        // 4 → 6 on a higher-is-worse scale: improvement −2, −2/4 = −50%.
        let change = Change::between(
            &m("4", Direction::HigherIsWorse),
            &m("6", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(change.improvement().to_string(), "-2");
        assert_eq!(
            change.percent_improvement().percent().unwrap().to_string(),
            "-50"
        );
        assert!(!change.is_improvement());
    }

    #[test]
    fn no_change_is_no_improvement() {
        let same = m("5", Direction::HigherIsWorse);
        let change = Change::between(&same, &same).unwrap();
        assert_eq!(change.improvement(), MeasuredValue::ZERO);
        assert!(!change.is_improvement());
    }

    #[test]
    fn zero_baseline_is_undefined() {
        let change = Change::between(
            &m("0", Direction::HigherIsWorse),
            &m("3", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(
            change.percent_improvement(),
            PercentChange::UndefinedZeroBaseline
        );
        assert_eq!(
            change.percent_improvement_at_least(Decimal::from_int(30)),
            None
        );
        assert_eq!(
            change.to_string(),
            "0 -> 3: improvement -3 (percent undefined)"
        );
    }

    #[test]
    fn exact_threshold_not_rounded() {
        // 10 → 7.01: improvement 2.99 of 10 = 29.9% → below 30.
        let below = Change::between(
            &m("10", Direction::HigherIsWorse),
            &m("7.01", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(
            below.percent_improvement_at_least(Decimal::from_int(30)),
            Some(false)
        );
        // 66.67 → 46.67: improvement 20 / 66.67 = 29.9985…% → rounds to 30.00 but is below 30.
        let rounded_up = Change::between(
            &m("66.67", Direction::HigherIsWorse),
            &m("46.67", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(
            rounded_up
                .percent_improvement()
                .percent()
                .unwrap()
                .to_string(),
            "30"
        );
        assert_eq!(
            rounded_up.percent_improvement_at_least(Decimal::from_int(30)),
            Some(false)
        );
        let exactly = Change::between(
            &m("10", Direction::HigherIsWorse),
            &m("7", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(
            exactly.percent_improvement_at_least(Decimal::from_int(30)),
            Some(true)
        );
    }

    #[test]
    fn research_values_change_exactly() {
        // 4.375 → 2.125 (means of 8 answers, 35/8 → 17/8): change −2.25 exactly; percent
        // 2.25 / 4.375 = 0.514285… → 51.43, rounded once from the exact ratio.
        let change = Change::between(
            &m("4.375", Direction::HigherIsWorse),
            &m("2.125", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(change.absolute().to_string(), "-2.25");
        assert_eq!(change.improvement().to_string(), "2.25");
        assert_eq!(
            change.percent_improvement().percent().unwrap().to_string(),
            "51.43"
        );
        assert_eq!(
            change.to_string(),
            "4.375 -> 2.125: improvement 2.25 (51.43%)"
        );
        // A difference with four places stays four: 4.3751 → 4.0625 is −0.3126.
        let fine = Change::between(
            &m("4.3751", Direction::HigherIsWorse),
            &m("4.0625", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(fine.absolute().to_string(), "-0.3126");
    }

    #[test]
    fn a_threshold_is_decided_on_the_exact_values_not_rounded_ones() {
        // 4.995 → 3.4975: 1.4975 / 4.995 = 29.979…% does not reach 30%. Rounded to two places
        // first (5.00 → 3.50) it would be exactly 30% and reach it.
        let exact = Change::between(
            &m("4.995", Direction::HigherIsWorse),
            &m("3.4975", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(
            exact.percent_improvement_at_least(Decimal::from_int(30)),
            Some(false)
        );
        assert_eq!(
            exact.percent_improvement().percent().unwrap().to_string(),
            "29.98"
        );
        let rounded = Change::between(
            &m("5", Direction::HigherIsWorse),
            &m("3.5", Direction::HigherIsWorse),
        )
        .unwrap();
        assert_eq!(
            rounded.percent_improvement_at_least(Decimal::from_int(30)),
            Some(true)
        );
    }

    #[test]
    fn mismatches_are_errors() {
        let a = m("6", Direction::HigherIsWorse);
        let b = Measurement::new(
            InstrumentKey::new("y").unwrap(),
            1,
            Decimal::from_int(4),
            Direction::HigherIsWorse,
        );
        assert!(matches!(
            Change::between(&a, &b),
            Err(OutcomesError::InstrumentMismatch { .. })
        ));
    }

    #[test]
    fn json_recomputes_and_rejects_tampering() {
        let change = Change::between(
            &m("6", Direction::HigherIsWorse),
            &m("4", Direction::HigherIsWorse),
        )
        .unwrap();
        let mut json = serde_json::to_value(&change).unwrap();
        assert_eq!(
            serde_json::from_value::<Change>(json.clone()).unwrap(),
            change
        );
        json["improvement"] = serde_json::json!(3);
        let err = serde_json::from_value::<Change>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("improvement does not match"), "{err}");
    }
}
