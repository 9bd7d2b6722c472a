//! Clinical significance: Jacobson-Truax cut-offs and categories (clinical reference §4).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::reliable_change::positive;
use super::{OutcomesError, ReliableChangeResult, ReliableChangeVerdict};
use crate::decimal::{Decimal, MeasuredValue};
use crate::rating::Direction;

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
    try_from = "PopulationWire"
)]
#[schemars(!try_from)]
pub struct Population {
    /// The population mean.
    mean: Decimal,
    /// The population SD, above 0.
    #[schemars(schema_with = "super::schemas::positive_decimal_schema")]
    sd: Decimal,
}

/// The unchecked wire form of a [`Population`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct PopulationWire {
    mean: Decimal,
    sd: Decimal,
}

impl TryFrom<PopulationWire> for Population {
    type Error = OutcomesError;

    fn try_from(repr: PopulationWire) -> Result<Population, OutcomesError> {
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
        let c = crate::decimal::ratio(num, den * 100).ok_or_else(too_large)?;
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

    /// Whether `value` (a [`MeasuredValue`], or a [`Decimal`] or `i32`) is strictly beyond
    /// `cutoff` on the functional side, decided exactly.
    pub fn is_functional(&self, value: impl Into<MeasuredValue>, cutoff: Cutoff) -> bool {
        // The value in ten-thousandths; the cut-offs in hundredths, so scaled by 100.
        let v = i128::from(value.into().ten_thousandths());
        let h = |d: Decimal| i128::from(d.hundredths()) * 100;
        // Compare value · den with num, both scaled the same way; `sign` turns "beyond" into `<`.
        let (left, right) = match cutoff {
            Cutoff::A => (v, h(self.cutoffs.a)),
            Cutoff::B => (v, h(self.cutoffs.b)),
            Cutoff::C => {
                // c = num / (den · 100) with num in hundredths², den in hundredths.
                let (num, den) = c_ratio(&self.clinical, &self.functional);
                (v * den, num * 100)
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
        pre: impl Into<MeasuredValue>,
        post: impl Into<MeasuredValue>,
        reliable: &ReliableChangeResult,
        cutoff: Cutoff,
    ) -> Option<JacobsonTruaxCategory> {
        let (pre, post) = (pre.into(), post.into());
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

    #[test]
    fn populations_and_categories_read_back() {
        let population = Population::new(Decimal::from_int(20), Decimal::from_int(5)).unwrap();
        assert_eq!(
            (population.mean(), population.sd()),
            (Decimal::from_int(20), Decimal::from_int(5))
        );
        let labels = [
            JacobsonTruaxCategory::Recovered,
            JacobsonTruaxCategory::Improved,
            JacobsonTruaxCategory::Unchanged,
            JacobsonTruaxCategory::Deteriorated,
        ]
        .map(|category| category.to_string());
        assert_eq!(
            labels,
            ["recovered", "improved", "unchanged", "deteriorated"]
        );
    }
    use crate::outcomes::{Reliability, ReliableChange};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
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
        // Exactly at a or b is not beyond it.
        assert!(!better.is_functional(d("45"), Cutoff::A));
        assert!(better.is_functional(d("45.01"), Cutoff::A));
        assert!(!better.is_functional(d("35"), Cutoff::B));
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
