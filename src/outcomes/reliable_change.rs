//! Reliable change and clinical significance (Jacobson & Truax 1991; clinical reference §4).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Change, OutcomesError, sqrt_ratio_hundredths};
use crate::decimal::Decimal;
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
    try_from = "ReliabilityRepr"
)]
#[schemars(!try_from)]
#[non_exhaustive]
pub enum Reliability {
    /// The standard error of measurement, above 0.
    Sem {
        /// The SEM in the instrument's units.
        #[schemars(schema_with = "super::positive_decimal_schema")]
        sem: Decimal,
    },
    /// A reference SD and a reliability coefficient.
    SdAndReliability {
        /// The SD of the reference sample, above 0.
        #[schemars(schema_with = "super::positive_decimal_schema")]
        sd: Decimal,
        /// The reliability coefficient, 0 to 0.99.
        #[schemars(schema_with = "super::reliability_coefficient_schema")]
        r: Decimal,
    },
}

/// The unchecked wire form of a [`Reliability`].
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum ReliabilityRepr {
    Sem { sem: Decimal },
    SdAndReliability { sd: Decimal, r: Decimal },
}

impl TryFrom<ReliabilityRepr> for Reliability {
    type Error = OutcomesError;

    fn try_from(repr: ReliabilityRepr) -> Result<Reliability, OutcomesError> {
        match repr {
            ReliabilityRepr::Sem { sem } => Reliability::sem(sem),
            ReliabilityRepr::SdAndReliability { sd, r } => Reliability::sd_and_reliability(sd, r),
        }
    }
}

fn positive(what: &'static str, value: Decimal) -> Result<Decimal, OutcomesError> {
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

/// The figures of a Jacobson-Truax reliable change (clinical reference §4 `[S86]` `[S87]`):
///
/// - `SE = s1 · √(1 − r)` (or the published SEM),
/// - `S_diff = √2 · SE`,
/// - `RC = (post − pre) / S_diff`, reliable when `|RC| > 1.96`,
/// - minimum reliable raw change `1.96 · S_diff` (a change must exceed it).
///
/// The reported figures are rounded to the nearest 0.01, but every figure and the reliability
/// decision are computed exactly from the inputs' hundredths in integer arithmetic: the decision
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
    /// Reliable change from `pre` to `post` on a scale improving in `direction`.
    ///
    /// Without `reliability` the result is [`ReliableChangeResult::NotComputable`] with
    /// [`NotComputableReason::NoReliability`].
    pub fn compute(
        pre: Decimal,
        post: Decimal,
        reliability: Option<&Reliability>,
        direction: Direction,
    ) -> ReliableChangeResult {
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
        pre: Decimal,
        post: Decimal,
        reliability: Reliability,
        direction: Direction,
    ) -> Option<ReliableChange> {
        let (se_num, se_den) = reliability.se_squared()?;
        let diff = i128::from(post.hundredths()) - i128::from(pre.hundredths());
        let diff_sq = diff.unsigned_abs().checked_mul(diff.unsigned_abs())?;
        // S_diff² = 2 · SE².
        let sdiff_num = se_num.checked_mul(2)?;
        let standard_error = sqrt_ratio_hundredths(se_num, se_den)?;
        let s_diff = sqrt_ratio_hundredths(sdiff_num, se_den)?;
        // (1.96 · S_diff)² = 38416 · S_diff² / 10000.
        let min_num = sdiff_num.checked_mul(Z_SQUARED_NUM)?;
        let min_den = se_den.checked_mul(Z_SQUARED_DEN)?;
        let min_reliable_change = sqrt_ratio_hundredths(min_num, min_den)?;
        // RC² = diff² / S_diff², unitless; in hundredths² multiply by 10000.
        let rc_num = diff_sq.checked_mul(se_den)?.checked_mul(10_000)?;
        let rc_magnitude = sqrt_ratio_hundredths(rc_num, sdiff_num)?;
        let rc = if diff < 0 {
            Decimal::from_hundredths(-rc_magnitude.hundredths()).ok()?
        } else {
            rc_magnitude
        };
        // |diff| > 1.96 · S_diff ⇔ diff² · min_den > min_num.
        let is_reliable = diff_sq.checked_mul(min_den)? > min_num;
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

/// The mean and SD of a population on an instrument, for clinical-significance cut-offs.
///
/// ```
/// use pain_reprocessing::outcomes::Population;
/// use pain_reprocessing::Decimal;
///
/// let clinical = Population::new(Decimal::from_int(30), Decimal::from_int(6))?;
/// assert!(Population::new(Decimal::from_int(30), Decimal::ZERO).is_err());
/// # let _ = clinical;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "PopulationRepr"
)]
#[schemars(!try_from)]
pub struct Population {
    /// The population mean.
    mean: Decimal,
    /// The population SD, above 0.
    #[schemars(schema_with = "super::positive_decimal_schema")]
    sd: Decimal,
}

/// The unchecked wire form of a [`Population`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct PopulationRepr {
    mean: Decimal,
    sd: Decimal,
}

impl TryFrom<PopulationRepr> for Population {
    type Error = OutcomesError;

    fn try_from(repr: PopulationRepr) -> Result<Population, OutcomesError> {
        Population::new(repr.mean, repr.sd)
    }
}

impl Population {
    /// A population with `mean` and `sd`.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::OutOfRange`] unless `sd` is above 0.
    pub fn new(mean: Decimal, sd: Decimal) -> Result<Population, OutcomesError> {
        Ok(Population {
            mean,
            sd: positive("population sd", sd)?,
        })
    }

    /// The mean.
    pub fn mean(&self) -> Decimal {
        self.mean
    }

    /// The SD.
    pub fn sd(&self) -> Decimal {
        self.sd
    }
}

/// Which Jacobson-Truax cut-off decides whether a patient crossed into the functional range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Cutoff {
    /// `a`: 2 SD beyond the clinical mean, toward the functional side.
    A,
    /// `b`: within 2 SD of the functional mean.
    B,
    /// `c`: the SD-weighted midpoint; preferred when both populations are known (clinical
    /// reference §4 `[S88]` `[S89]`), and the default.
    #[default]
    C,
}

/// The three cut-offs `a`, `b` and `c`, rounded half away from zero to 0.01 (decisions use the exact
/// values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Cutoffs {
    /// `M_dys ∓ 2·SD_dys`, toward the functional side.
    pub a: Decimal,
    /// `M_func ± 2·SD_func`, toward the clinical side.
    pub b: Decimal,
    /// `(SD_dys · M_func + SD_func · M_dys) / (SD_dys + SD_func)`.
    pub c: Decimal,
}

/// A Jacobson-Truax category (clinical reference §4 `[S86]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JacobsonTruaxCategory {
    /// Reliable improvement and crossed the cut-off into the functional range.
    Recovered,
    /// Reliable improvement without crossing the cut-off.
    Improved,
    /// No reliable change.
    Unchanged,
    /// Reliable worsening.
    Deteriorated,
}

impl fmt::Display for JacobsonTruaxCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JacobsonTruaxCategory::Recovered => "recovered",
            JacobsonTruaxCategory::Improved => "improved",
            JacobsonTruaxCategory::Unchanged => "unchanged",
            JacobsonTruaxCategory::Deteriorated => "deteriorated",
        })
    }
}

/// Clinical significance from caller-supplied clinical (dysfunctional) and normative (functional)
/// populations (clinical reference §4 `[S86]` `[S88]`).
///
/// With higher-is-worse scales the clinical mean must be above the functional mean, and the
/// cut-offs are `a = M_dys − 2·SD_dys`, `b = M_func + 2·SD_func`; with higher-is-better scales the
/// signs flip. `c = (SD_dys · M_func + SD_func · M_dys) / (SD_dys + SD_func)` either way.
///
/// A patient *crossed* a cut-off when the pre score is not beyond it and the post score is strictly
/// beyond it on the functional side; a score exactly at the cut-off has not crossed (conservative).
/// A patient who starts already beyond the cut-off can be improved, not recovered.
///
/// ```
/// use pain_reprocessing::outcomes::{ClinicalSignificance, Cutoff, JacobsonTruaxCategory, Population, Reliability, ReliableChange};
/// use pain_reprocessing::{Decimal, Direction};
///
/// let d = Decimal::from_int;
/// // Made-up norms: clinical 30 ± 6, functional 18 ± 4. c = (6·18 + 4·30) / 10 = 22.8.
/// let sig = ClinicalSignificance::new(
///     Population::new(d(30), d(6))?, Population::new(d(18), d(4))?, Direction::HigherIsWorse,
/// )?;
/// assert_eq!(sig.cutoffs().c.to_string(), "22.8");
/// let tsk11 = Reliability::sem("2.54".parse()?)?;
/// let rc = ReliableChange::compute(d(31), d(20), Some(&tsk11), Direction::HigherIsWorse);
/// assert_eq!(sig.classify(d(31), d(20), &rc, Cutoff::C), Some(JacobsonTruaxCategory::Recovered));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClinicalSignificance {
    clinical: Population,
    functional: Population,
    direction: Direction,
    cutoffs: Cutoffs,
}

impl ClinicalSignificance {
    /// Cut-offs between `clinical` and `functional` populations on a scale improving in
    /// `direction`.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::PopulationsNotOrdered`] when the clinical mean is not on the worse side of
    /// the functional mean, and [`OutcomesError::TooLarge`] beyond the exact range.
    pub fn new(
        clinical: Population,
        functional: Population,
        direction: Direction,
    ) -> Result<ClinicalSignificance, OutcomesError> {
        if !direction.improved(clinical.mean, functional.mean) {
            return Err(OutcomesError::PopulationsNotOrdered {
                clinical: clinical.mean.to_string(),
                functional: functional.mean.to_string(),
            });
        }
        let too_large = || OutcomesError::TooLarge { what: "cut-off" };
        let twice = |d: Decimal| d.checked_add(d).ok_or_else(too_large);
        let (a, b) = match direction {
            Direction::HigherIsWorse => (
                clinical.mean.checked_sub(twice(clinical.sd)?),
                functional.mean.checked_add(twice(functional.sd)?),
            ),
            Direction::HigherIsBetter => (
                clinical.mean.checked_add(twice(clinical.sd)?),
                functional.mean.checked_sub(twice(functional.sd)?),
            ),
        };
        let (num, den) = c_ratio(&clinical, &functional);
        // c = num / den with num in hundredths² and den in hundredths: value = num / (den · 100).
        let c = super::ratio(num, den * 100).ok_or_else(too_large)?;
        Ok(ClinicalSignificance {
            clinical,
            functional,
            direction,
            cutoffs: Cutoffs {
                a: a.ok_or_else(too_large)?,
                b: b.ok_or_else(too_large)?,
                c,
            },
        })
    }

    /// The clinical population.
    pub fn clinical(&self) -> Population {
        self.clinical
    }

    /// The functional population.
    pub fn functional(&self) -> Population {
        self.functional
    }

    /// The cut-offs `a`, `b` and `c`.
    pub fn cutoffs(&self) -> Cutoffs {
        self.cutoffs
    }

    /// Whether `value` is strictly beyond `cutoff` on the functional side, decided exactly.
    pub fn is_functional(&self, value: Decimal, cutoff: Cutoff) -> bool {
        let v = i128::from(value.hundredths());
        // Compare value · den with num, both scaled the same way; `sign` turns "beyond" into `<`.
        let (left, right) = match cutoff {
            Cutoff::A => (v, i128::from(self.cutoffs.a.hundredths())),
            Cutoff::B => (v, i128::from(self.cutoffs.b.hundredths())),
            Cutoff::C => {
                let (num, den) = c_ratio(&self.clinical, &self.functional);
                (v * den, num)
            }
        };
        match self.direction {
            Direction::HigherIsWorse => left < right,
            Direction::HigherIsBetter => left > right,
        }
    }

    /// The category of a patient who went from `pre` to `post` with reliable change `reliable`,
    /// judged against `cutoff`; `None` when the reliable change was not computable.
    pub fn classify(
        &self,
        pre: Decimal,
        post: Decimal,
        reliable: &ReliableChangeResult,
        cutoff: Cutoff,
    ) -> Option<JacobsonTruaxCategory> {
        let crossed = !self.is_functional(pre, cutoff) && self.is_functional(post, cutoff);
        Some(match reliable.verdict()? {
            ReliableChangeVerdict::ReliableImprovement if crossed => {
                JacobsonTruaxCategory::Recovered
            }
            ReliableChangeVerdict::ReliableImprovement => JacobsonTruaxCategory::Improved,
            ReliableChangeVerdict::NoReliableChange => JacobsonTruaxCategory::Unchanged,
            ReliableChangeVerdict::ReliableDeterioration => JacobsonTruaxCategory::Deteriorated,
        })
    }
}

/// `c` as the exact ratio `(SD_dys·M_func + SD_func·M_dys, SD_dys + SD_func)`, numerator in
/// hundredths², denominator in hundredths (both SDs are positive, so the denominator is too).
fn c_ratio(clinical: &Population, functional: &Population) -> (i128, i128) {
    let h = |d: Decimal| i128::from(d.hundredths());
    (
        h(clinical.sd) * h(functional.mean) + h(functional.sd) * h(clinical.mean),
        h(clinical.sd) + h(functional.sd),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
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
        let huge = Reliability::sem(d("90000000000000")).unwrap();
        let rc = ReliableChange::compute(
            d("-90000000000000"),
            d("90000000000000"),
            Some(&huge),
            Direction::HigherIsWorse,
        );
        assert!(matches!(
            rc,
            ReliableChangeResult::NotComputable { .. } | ReliableChangeResult::Computed(_)
        ));
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

    #[test]
    fn cutoffs_by_hand() {
        // Clinical 30 ± 6, functional 18 ± 4, higher is worse:
        // a = 30 − 12 = 18; b = 18 + 8 = 26; c = (6·18 + 4·30) / (6 + 4) = 228 / 10 = 22.8.
        let sig = ClinicalSignificance::new(
            Population::new(d("30"), d("6")).unwrap(),
            Population::new(d("18"), d("4")).unwrap(),
            Direction::HigherIsWorse,
        )
        .unwrap();
        assert_eq!(
            sig.cutoffs(),
            Cutoffs {
                a: d("18"),
                b: d("26"),
                c: d("22.8")
            }
        );
        assert!(sig.is_functional(d("22.79"), Cutoff::C));
        assert!(!sig.is_functional(d("22.8"), Cutoff::C)); // at the cut-off: not crossed
        assert!(sig.is_functional(d("17.99"), Cutoff::A));
        assert!(!sig.is_functional(d("26"), Cutoff::B));
        // Higher is better (made-up PSEQ-like norms): clinical 25 ± 10, functional 45 ± 5.
        // a = 25 + 20 = 45; b = 45 − 10 = 35; c = (10·45 + 5·25) / 15 = 575 / 15 = 38.333… → 38.33.
        let better = ClinicalSignificance::new(
            Population::new(d("25"), d("10")).unwrap(),
            Population::new(d("45"), d("5")).unwrap(),
            Direction::HigherIsBetter,
        )
        .unwrap();
        assert_eq!(
            better.cutoffs(),
            Cutoffs {
                a: d("45"),
                b: d("35"),
                c: d("38.33")
            }
        );
        // 38.33 < 38.333… is not beyond c; 38.34 is.
        assert!(!better.is_functional(d("38.33"), Cutoff::C));
        assert!(better.is_functional(d("38.34"), Cutoff::C));
        assert!(matches!(
            ClinicalSignificance::new(
                Population::new(d("18"), d("4")).unwrap(),
                Population::new(d("30"), d("6")).unwrap(),
                Direction::HigherIsWorse,
            ),
            Err(OutcomesError::PopulationsNotOrdered { .. })
        ));
    }

    #[test]
    fn categories() {
        let sig = ClinicalSignificance::new(
            Population::new(d("30"), d("6")).unwrap(),
            Population::new(d("18"), d("4")).unwrap(),
            Direction::HigherIsWorse,
        )
        .unwrap();
        let tsk11 = Reliability::sem(d("2.54")).unwrap();
        let category = |pre: &str, post: &str| {
            let rc =
                ReliableChange::compute(d(pre), d(post), Some(&tsk11), Direction::HigherIsWorse);
            sig.classify(d(pre), d(post), &rc, Cutoff::C)
        };
        assert_eq!(category("31", "20"), Some(JacobsonTruaxCategory::Recovered)); // −11, crossed 22.8
        assert_eq!(category("40", "30"), Some(JacobsonTruaxCategory::Improved)); // −10, not crossed
        assert_eq!(category("20", "10"), Some(JacobsonTruaxCategory::Improved)); // started functional
        assert_eq!(category("25", "21"), Some(JacobsonTruaxCategory::Unchanged)); // crossed, −4 not reliable
        assert_eq!(
            category("20", "30"),
            Some(JacobsonTruaxCategory::Deteriorated)
        );
        let none = ReliableChange::compute(d("31"), d("20"), None, Direction::HigherIsWorse);
        assert_eq!(sig.classify(d("31"), d("20"), &none, Cutoff::C), None);
    }
}
