//! Reliable change (Jacobson & Truax 1991; clinical reference §4).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Change, OutcomesError};
use crate::decimal::sqrt_ratio_hundredths;
use crate::decimal::{Decimal, MeasuredValue};
use crate::rating::Direction;

/// The reliability figures reliable change needs, as published for an instrument or supplied by the
/// caller (clinical reference §4 `[S86]` `[S87]`).
///
/// - [`Reliability::Sem`]: the standard error of measurement directly, such as TSK-11's 2.54 and
///   TSK-17's 3.16 (clinical reference §3.7 `[S66]`).
/// - [`Reliability::SdAndReliability`]: the SD `s1` of a reference (pre-treatment) sample and the
///   reliability `r` (ideally test-retest), giving `SE = s1 · √(1 − r)`.
///
/// ```
/// use pain_reprocessing::outcomes::Reliability;
/// use pain_reprocessing::Decimal;
///
/// let tsk11 = Reliability::sem("2.54".parse()?)?;
/// assert_eq!(serde_json::to_string(&tsk11)?, r#"{"kind":"sem","sem":2.54}"#);
/// assert!(Reliability::sd_and_reliability(Decimal::from_int(10), Decimal::from_int(1)).is_err()); // r < 1
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields,
    try_from = "ReliabilityWire"
)]
#[schemars(!try_from)]
#[non_exhaustive]
pub enum Reliability {
    /// The standard error of measurement, above 0.
    Sem {
        /// The SEM in the instrument's units.
        #[schemars(schema_with = "super::schemas::positive_decimal_schema")]
        sem: Decimal,
    },
    /// A reference SD and a reliability coefficient.
    SdAndReliability {
        /// The SD of the reference sample, above 0.
        #[schemars(schema_with = "super::schemas::positive_decimal_schema")]
        sd: Decimal,
        /// The reliability coefficient, 0 to 0.99.
        #[schemars(schema_with = "super::schemas::reliability_coefficient_schema")]
        r: Decimal,
    },
}

/// The unchecked wire form of a [`Reliability`].
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum ReliabilityWire {
    Sem { sem: Decimal },
    SdAndReliability { sd: Decimal, r: Decimal },
}

impl TryFrom<ReliabilityWire> for Reliability {
    type Error = OutcomesError;

    fn try_from(repr: ReliabilityWire) -> Result<Reliability, OutcomesError> {
        match repr {
            ReliabilityWire::Sem { sem } => Reliability::sem(sem),
            ReliabilityWire::SdAndReliability { sd, r } => Reliability::sd_and_reliability(sd, r),
        }
    }
}

pub(super) fn positive(what: &'static str, value: Decimal) -> Result<Decimal, OutcomesError> {
    if value > Decimal::ZERO {
        Ok(value)
    } else {
        Err(OutcomesError::OutOfRange {
            what,
            value: value.to_string(),
            allowed: "above 0",
        })
    }
}

impl Reliability {
    /// A published standard error of measurement.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::OutOfRange`] unless `sem` is above 0.
    pub fn sem(sem: Decimal) -> Result<Reliability, OutcomesError> {
        Ok(Reliability::Sem {
            sem: positive("sem", sem)?,
        })
    }

    /// A reference-sample SD and a reliability coefficient.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::OutOfRange`] unless `sd` is above 0 and `r` is in 0..1 (a reliability of 1
    /// would make every change reliable).
    pub fn sd_and_reliability(sd: Decimal, r: Decimal) -> Result<Reliability, OutcomesError> {
        let sd = positive("reference sd", sd)?;
        if r < Decimal::ZERO || r >= Decimal::from_int(1) {
            return Err(OutcomesError::OutOfRange {
                what: "reliability coefficient",
                value: r.to_string(),
                allowed: "0 up to but not including 1",
            });
        }
        Ok(Reliability::SdAndReliability { sd, r })
    }

    /// SE² as an exact ratio `(numerator, denominator)` in hundredths².
    fn se_squared(self) -> Option<(u128, u128)> {
        match self {
            Reliability::Sem { sem } => {
                let h = u128::from(sem.hundredths().unsigned_abs());
                Some((h.checked_mul(h)?, 1))
            }
            Reliability::SdAndReliability { sd, r } => {
                // SE² = sd² · (1 − r) = sd_h² · (100 − r_h) / 100.
                let h = u128::from(sd.hundredths().unsigned_abs());
                let one_minus_r = u128::try_from(100 - r.hundredths()).ok()?;
                Some((h.checked_mul(h)?.checked_mul(one_minus_r)?, 100))
            }
        }
    }
}

/// Which way a change went, judged by the 1.96 criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReliableChangeVerdict {
    /// |RC| > 1.96 in the better direction.
    ReliableImprovement,
    /// |RC| ≤ 1.96.
    NoReliableChange,
    /// |RC| > 1.96 in the worse direction.
    ReliableDeterioration,
}

/// Plain lowercase words for a clinician: `reliable improvement`, `no reliable change`,
/// `reliable deterioration`.
impl std::fmt::Display for ReliableChangeVerdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ReliableChangeVerdict::ReliableImprovement => "reliable improvement",
            ReliableChangeVerdict::NoReliableChange => "no reliable change",
            ReliableChangeVerdict::ReliableDeterioration => "reliable deterioration",
        })
    }
}

/// Why reliable change could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotComputableReason {
    /// No reliability figures were given; the crate never guesses them.
    NoReliability,
    /// The values were too large to compute exactly.
    TooLarge,
}

/// Plain lowercase words for a clinician: `no reliability figures given`, `figures too large to
/// compute`.
impl std::fmt::Display for NotComputableReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotComputableReason::NoReliability => "no reliability figures given",
            NotComputableReason::TooLarge => "figures too large to compute",
        })
    }
}

/// The figures of a Jacobson-Truax reliable change (clinical reference §4 `[S86]` `[S87]`):
///
/// - `SE = s1 · √(1 − r)` (or the published SEM),
/// - `S_diff = √2 · SE`,
/// - `RC = (post − pre) / S_diff`, reliable when `|RC| > 1.96`,
/// - minimum reliable raw change `1.96 · S_diff` (a change must exceed it).
///
/// The reported figures are rounded to the nearest 0.01, but every figure and the reliability
/// decision are computed exactly from the inputs (the values' ten-thousandths, the reliability
/// figures' hundredths) in integer arithmetic: the decision
/// compares `(post − pre)²` with `1.96² · S_diff²`, so no float or rounding moves a patient across
/// the threshold.
///
/// ```
/// use pain_reprocessing::outcomes::{Reliability, ReliableChange, ReliableChangeVerdict};
/// use pain_reprocessing::{Decimal, Direction};
///
/// // TSK-11, SEM 2.54: minimum reliable change 1.96 · √2 · 2.54 ≈ 7.04 points.
/// let tsk11 = Reliability::sem("2.54".parse()?)?;
/// let result = ReliableChange::compute(
///     Decimal::from_int(30), Decimal::from_int(22), Some(&tsk11), Direction::HigherIsWorse,
/// );
/// let rc = result.computed().expect("reliability was given");
/// assert_eq!(rc.min_reliable_change().to_string(), "7.04");
/// assert_eq!(rc.verdict(), ReliableChangeVerdict::ReliableImprovement); // 8 > 7.04
///
/// let unknown = ReliableChange::compute(Decimal::from_int(30), Decimal::from_int(22), None, Direction::HigherIsWorse);
/// assert!(unknown.computed().is_none()); // not computable, never a guess
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct ReliableChange {
    /// The standard error of measurement.
    standard_error: Decimal,
    /// The standard error of the difference.
    s_diff: Decimal,
    /// The reliable change index, `(post − pre) / S_diff`.
    rc: Decimal,
    /// `1.96 · S_diff`: a raw change must exceed this to be reliable.
    min_reliable_change: Decimal,
    /// Whether `|RC| > 1.96`.
    is_reliable: bool,
    /// The direction of a reliable change.
    verdict: ReliableChangeVerdict,
}

/// A reliable change, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ReliableChangeResult {
    /// The figures.
    Computed(ReliableChange),
    /// Why they could not be computed.
    NotComputable {
        /// The reason.
        reason: NotComputableReason,
    },
}

impl ReliableChangeResult {
    /// The figures, when computed.
    pub fn computed(&self) -> Option<&ReliableChange> {
        match self {
            ReliableChangeResult::Computed(rc) => Some(rc),
            ReliableChangeResult::NotComputable { .. } => None,
        }
    }

    /// The verdict, when computed.
    pub fn verdict(&self) -> Option<ReliableChangeVerdict> {
        self.computed().map(ReliableChange::verdict)
    }
}

/// 1.96² as an exact ratio: 38416 / 10000.
const Z_SQUARED_NUM: u128 = 38_416;
const Z_SQUARED_DEN: u128 = 10_000;

impl ReliableChange {
    /// Reliable change from `pre` to `post` (each a [`MeasuredValue`], or a [`Decimal`] or `i32`)
    /// on a scale improving in `direction`.
    ///
    /// Without `reliability` the result is [`ReliableChangeResult::NotComputable`] with
    /// [`NotComputableReason::NoReliability`].
    pub fn compute(
        pre: impl Into<MeasuredValue>,
        post: impl Into<MeasuredValue>,
        reliability: Option<&Reliability>,
        direction: Direction,
    ) -> ReliableChangeResult {
        let (pre, post) = (pre.into(), post.into());
        let Some(reliability) = reliability else {
            return ReliableChangeResult::NotComputable {
                reason: NotComputableReason::NoReliability,
            };
        };
        match ReliableChange::exact(pre, post, *reliability, direction) {
            Some(rc) => ReliableChangeResult::Computed(rc),
            None => ReliableChangeResult::NotComputable {
                reason: NotComputableReason::TooLarge,
            },
        }
    }

    /// Reliable change of a [`Change`], oriented by its direction.
    pub fn of(change: &Change, reliability: Option<&Reliability>) -> ReliableChangeResult {
        ReliableChange::compute(
            change.baseline().value(),
            change.current().value(),
            reliability,
            change.direction(),
        )
    }

    fn exact(
        pre: MeasuredValue,
        post: MeasuredValue,
        reliability: Reliability,
        direction: Direction,
    ) -> Option<ReliableChange> {
        let (se_num, se_den) = reliability.se_squared()?;
        // The difference in ten-thousandths; its square in ten-thousandths², which are
        // hundredths² / 10⁴: every comparison with SE² (in hundredths²) carries that 10⁴.
        let diff = i128::from(post.ten_thousandths()) - i128::from(pre.ten_thousandths());
        let diff_sq = diff.unsigned_abs().checked_mul(diff.unsigned_abs())?;
        // S_diff² = 2 · SE².
        let sdiff_num = se_num.checked_mul(2)?;
        let standard_error = sqrt_ratio_hundredths(se_num, se_den)?;
        let s_diff = sqrt_ratio_hundredths(sdiff_num, se_den)?;
        // (1.96 · S_diff)² = 38416 · S_diff² / 10000.
        let min_num = sdiff_num.checked_mul(Z_SQUARED_NUM)?;
        let min_den = se_den.checked_mul(Z_SQUARED_DEN)?;
        let min_reliable_change = sqrt_ratio_hundredths(min_num, min_den)?;
        // RC² = diff² / S_diff², unitless; in hundredths² multiply by 10000, and S_diff² is in
        // hundredths² (10⁴ ten-thousandths² each).
        let rc_num = diff_sq.checked_mul(se_den)?.checked_mul(10_000)?;
        let rc_magnitude = sqrt_ratio_hundredths(rc_num, sdiff_num.checked_mul(10_000)?)?;
        let rc = if diff < 0 {
            Decimal::from_hundredths(-rc_magnitude.hundredths()).ok()?
        } else {
            rc_magnitude
        };
        // |diff| > 1.96 · S_diff ⇔ diff² · min_den > min_num (diff² in ten-thousandths²).
        let is_reliable = diff_sq.checked_mul(min_den)? > min_num.checked_mul(10_000)?;
        let improved = match direction {
            Direction::HigherIsWorse => diff < 0,
            Direction::HigherIsBetter => diff > 0,
        };
        let verdict = match (is_reliable, improved) {
            (false, _) => ReliableChangeVerdict::NoReliableChange,
            (true, true) => ReliableChangeVerdict::ReliableImprovement,
            (true, false) => ReliableChangeVerdict::ReliableDeterioration,
        };
        Some(ReliableChange {
            standard_error,
            s_diff,
            rc,
            min_reliable_change,
            is_reliable,
            verdict,
        })
    }

    /// The standard error of measurement.
    pub fn standard_error(&self) -> Decimal {
        self.standard_error
    }

    /// The standard error of the difference, `√2 · SE`.
    pub fn s_diff(&self) -> Decimal {
        self.s_diff
    }

    /// The reliable change index `(post − pre) / S_diff` (raw sign: positive means the score rose).
    pub fn rc(&self) -> Decimal {
        self.rc
    }

    /// `1.96 · S_diff`, the raw change a change must exceed to be reliable.
    pub fn min_reliable_change(&self) -> Decimal {
        self.min_reliable_change
    }

    /// Whether `|RC| > 1.96`, decided exactly.
    pub fn is_reliable(&self) -> bool {
        self.is_reliable
    }

    /// Reliable improvement, reliable deterioration or no reliable change.
    pub fn verdict(&self) -> ReliableChangeVerdict {
        self.verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn a_change_of_exactly_one_point_nine_six_s_diff_is_not_reliable() {
        // SD 1 and r 0.5: SE² = 0.5, S_diff² = 1, so 1.96 · S_diff = 1.96 exactly.
        let reliability = Reliability::sd_and_reliability(d("1"), d("0.5")).unwrap();
        let at = |post: &str| match ReliableChange::compute(
            d("10"),
            d(post),
            Some(&reliability),
            Direction::HigherIsWorse,
        ) {
            ReliableChangeResult::Computed(rc) => rc,
            other => panic!("{other:?}"),
        };
        let edge = at("8.04");
        assert_eq!(edge.min_reliable_change(), d("1.96"));
        assert!(!edge.is_reliable());
        assert_eq!(edge.verdict(), ReliableChangeVerdict::NoReliableChange);
        let past = at("8.03");
        assert!(past.is_reliable());
        assert_eq!(past.verdict(), ReliableChangeVerdict::ReliableImprovement);
    }

    #[test]
    fn tsk_minimum_reliable_changes() {
        // TSK-11: SE 2.54, S_diff = √2 · 2.54 = 3.5921…, 1.96 · S_diff = 7.0405… → 7.04.
        let tsk11 = Reliability::sem(d("2.54")).unwrap();
        let rc = ReliableChange::compute(d("30"), d("30"), Some(&tsk11), Direction::HigherIsWorse);
        let rc = rc.computed().unwrap();
        assert_eq!(rc.standard_error(), d("2.54"));
        assert_eq!(rc.s_diff(), d("3.59"));
        assert_eq!(rc.min_reliable_change(), d("7.04"));
        assert_eq!(rc.rc(), Decimal::ZERO);
        assert_eq!(rc.verdict(), ReliableChangeVerdict::NoReliableChange);
        // TSK-17: 1.96 · √2 · 3.16 = 8.7590… → 8.76.
        let tsk17 = Reliability::sem(d("3.16")).unwrap();
        let rc = ReliableChange::compute(d("40"), d("40"), Some(&tsk17), Direction::HigherIsWorse);
        assert_eq!(rc.computed().unwrap().min_reliable_change(), d("8.76"));
    }

    #[test]
    fn threshold_is_exact() {
        let tsk11 = Reliability::sem(d("2.54")).unwrap();
        let at = |pre: &str, post: &str| {
            ReliableChange::compute(d(pre), d(post), Some(&tsk11), Direction::HigherIsWorse)
                .computed()
                .copied()
                .unwrap()
        };
        // 7.04 < 7.0405… is not reliable; 7.05 is.
        assert!(!at("30", "22.96").is_reliable());
        assert!(at("30", "22.95").is_reliable());
        // 30 → 22: −8 / 3.5921 = −2.2271… → −2.23, a reliable improvement.
        let down = at("30", "22");
        assert_eq!(down.rc(), d("-2.23"));
        assert_eq!(down.verdict(), ReliableChangeVerdict::ReliableImprovement);
        let up = at("22", "30");
        assert_eq!(up.rc(), d("2.23"));
        assert_eq!(up.verdict(), ReliableChangeVerdict::ReliableDeterioration);
        // Higher is better flips the verdict, not the RC.
        let better =
            ReliableChange::compute(d("22"), d("30"), Some(&tsk11), Direction::HigherIsBetter);
        assert_eq!(
            better.verdict(),
            Some(ReliableChangeVerdict::ReliableImprovement)
        );
    }

    #[test]
    fn sd_and_reliability() {
        // s1 = 10, r = 0.75: SE = 10 · √0.25 = 5, S_diff = 7.0710…→7.07, 1.96 · 7.0710… = 13.859…→13.86.
        let rel = Reliability::sd_and_reliability(d("10"), d("0.75")).unwrap();
        let rc = ReliableChange::compute(d("50"), d("36"), Some(&rel), Direction::HigherIsWorse);
        let rc = rc.computed().unwrap();
        assert_eq!(rc.standard_error(), d("5"));
        assert_eq!(rc.s_diff(), d("7.07"));
        assert_eq!(rc.min_reliable_change(), d("13.86"));
        // −14 / 7.0710… = −1.9798… → −1.98, and 14 > 13.859 is reliable.
        assert_eq!(rc.rc(), d("-1.98"));
        assert!(rc.is_reliable());
        // r = 0 means SE = s1.
        let zero = Reliability::sd_and_reliability(d("4"), Decimal::ZERO).unwrap();
        let rc = ReliableChange::compute(d("0"), d("0"), Some(&zero), Direction::HigherIsWorse);
        assert_eq!(rc.computed().unwrap().standard_error(), d("4"));
    }

    #[test]
    fn not_computable_without_reliability() {
        assert_eq!(
            ReliableChange::compute(d("1"), d("9"), None, Direction::HigherIsWorse),
            ReliableChangeResult::NotComputable {
                reason: NotComputableReason::NoReliability
            }
        );
        let huge = Reliability::sem(d("9000000000000")).unwrap();
        let rc = ReliableChange::compute(
            d("-9000000000000"),
            d("9000000000000"),
            Some(&huge),
            Direction::HigherIsWorse,
        );
        // Figures past the exact range are reported as not computable, never as a wrapped number.
        assert_eq!(
            rc,
            ReliableChangeResult::NotComputable {
                reason: NotComputableReason::TooLarge
            }
        );
    }

    #[test]
    fn reliability_validation() {
        assert!(Reliability::sem(Decimal::ZERO).is_err());
        assert!(Reliability::sd_and_reliability(d("0"), d("0.5")).is_err());
        assert!(Reliability::sd_and_reliability(d("5"), d("-0.01")).is_err());
        assert!(Reliability::sd_and_reliability(d("5"), d("0.99")).is_ok());
        assert!(serde_json::from_str::<Reliability>(r#"{"kind":"sem","sem":0}"#).is_err());
        let r: Reliability =
            serde_json::from_str(r#"{"kind":"sd_and_reliability","sd":8,"r":0.81}"#).unwrap();
        assert_eq!(
            r,
            Reliability::sd_and_reliability(d("8"), d("0.81")).unwrap()
        );
    }
}
