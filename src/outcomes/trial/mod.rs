//! [`TrialTable`]: a trial's outcome table by arm and timepoint, as a methods section reports it.

use std::collections::BTreeSet;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod display;
mod parts;
mod read;
#[cfg(test)]
mod tests;

pub use self::parts::{ArmComparison, ArmSummary, MeanSd, Responders, TrialRow};

use super::stats::{self, Moments};
use super::{
    Change, InstrumentKey, OutcomesError, ResponderContext, ResponderDefinition, ResponderStatus,
    Timepoint, Trajectory,
};
use crate::rating::Direction;
use crate::text::line_text;

/// The most characters an [`ArmLabel`] may have.
pub const MAX_ARM_LABEL_CHARS: usize = 64;

line_text! {
    /// The label of a trial arm, as the app names it (`PRT`, `placebo`, `usual care`): 1-64
    /// characters, no control characters.
    ///
    /// ```
    /// use pain_reprocessing::outcomes::ArmLabel;
    ///
    /// assert_eq!(ArmLabel::new("usual care")?.as_str(), "usual care");
    /// assert!(ArmLabel::new("").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ArmLabel,
    error: OutcomesError,
    field: "arm label",
    max: MAX_ARM_LABEL_CHARS,
    description: "The label of a trial arm: 1-64 characters, no control characters."
}

/// Which patients a responder percentage divides by; trials report either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ResponderDenominator {
    /// Patients with the data the definition needs at the timepoint (completers).
    Completers,
    /// Every randomized patient of the arm; patients without the data count as non-responders.
    AllRandomized,
}

impl fmt::Display for ResponderDenominator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ResponderDenominator::Completers => "completers",
            ResponderDenominator::AllRandomized => {
                "all randomized, missing counted as non-responders"
            }
        })
    }
}

/// One randomized patient: the arm and the patient's trajectory of the outcome.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrialPatient {
    /// The arm the patient was randomized to.
    pub arm: ArmLabel,
    /// The patient's administrations of the outcome (possibly none: randomized, never assessed).
    pub trajectory: Trajectory,
}

/// What a [`TrialTable`] reports: the arms in column order (the first is compared with each of
/// the others), the timepoints, the responder definition and its denominator.
#[derive(Debug, Clone, Copy)]
pub struct TrialAnalysis<'a> {
    /// The arms, in order; the first is compared with each other arm.
    pub arms: &'a [ArmLabel],
    /// The timepoints to report, in any order (rows come out in timepoint order).
    pub timepoints: &'a [Timepoint],
    /// The responder definition.
    pub definition: &'a ResponderDefinition,
    /// The responder percentages' denominator.
    pub denominator: ResponderDenominator,
    /// The figures some definitions need (MCID, reliability).
    pub context: ResponderContext<'a>,
}

/// A trial's outcome table: per timepoint and arm, n and mean (SD) of the values, mean (SD) of the
/// change from baseline, responders n/N and percent, and the first arm against each other arm
/// (difference of means with Hedges' g, of changes with Hedges' g, and of responder percentages).
///
/// # Figures and rounding
///
/// Values are [`MeasuredValue`](crate::MeasuredValue)s, exact to 0.0001 (a research value such as
/// 4.375 is taken as it is). Every figure is computed exactly in integers from the values'
/// ten-thousandths and rounded once, to 0.01: means, differences and percents half away from zero,
/// SDs and Hedges' g to the nearest 0.01 (a tie away from zero); responders are decided on the
/// exact values. Printed ([`fmt::Display`]) means and SDs show two decimals, percents one decimal
/// rounded half away from zero from the exact counts, g two decimals; the printed table states
/// this rule in its header.
///
/// Hedges' g is the standardized mean difference with the usual small-sample correction (Hedges
/// 1981; Hedges & Olkin 1985): `g = J · (m₁ − m₂) / s_p`, `s_p = √(((n₁ − 1) s₁² + (n₂ − 1) s₂²) /
/// (n₁ + n₂ − 2))`, `J = 1 − 3 / (4 (n₁ + n₂) − 9)`. It is unadjusted: the Boulder trial's published
/// g (−1.14 against placebo after treatment, clinical reference §1.8 `[S11]` `[S28]`) came from its
/// own models and is not expected from raw data.
///
/// # Missing data
///
/// - A patient without a value at a timepoint is missing there: left out of n, and with the
///   [`ResponderDenominator::AllRandomized`] denominator counted as a non-responder.
/// - A definition that does not compare with the baseline ([`ResponderDefinition::needs_baseline`]:
///   pain-free or nearly, 0-1 of 10 `[S27]`) judges a patient without a baseline on the current
///   value; one that does counts that patient as missing.
/// - A patient the definition cannot judge (a zero baseline under a percent rule, no MCID given) is
///   an error naming the patient, never silently left out.
///
/// Administrations need no dates: the [`Timepoint`]s order them.
///
/// ```
/// use pain_reprocessing::outcomes::{
///     Administration, ArmLabel, ResponderDefinition, ResponderDenominator, Timepoint, TrialAnalysis,
///     TrialPatient, TrialTable, Trajectory,
/// };
/// use pain_reprocessing::{Decimal, Direction, InstrumentId};
/// use pain_reprocessing::outcomes::InstrumentKey;
///
/// let key = InstrumentKey::item(InstrumentId::BpiSf, 3)?; // average pain, the primary outcome
/// let patient = |arm: &str, before: i32, after: i32| -> Result<TrialPatient, Box<dyn std::error::Error>> {
///     let trajectory = Trajectory::new(key.clone(), 1, Direction::HigherIsWorse, vec![
///         Administration::undated(Timepoint::Baseline, Decimal::from_int(before)),
///         Administration::undated(Timepoint::PostTreatment, Decimal::from_int(after)),
///     ])?;
///     Ok(TrialPatient { arm: ArmLabel::new(arm)?, trajectory })
/// };
/// let patients = vec![
///     patient("PRT", 5, 1)?, patient("PRT", 4, 0)?, patient("PRT", 6, 3)?,
///     patient("usual care", 5, 4)?, patient("usual care", 4, 4)?, patient("usual care", 6, 5)?,
/// ];
/// let arms = [ArmLabel::new("PRT")?, ArmLabel::new("usual care")?];
/// let table = TrialTable::summarize(&patients, &TrialAnalysis {
///     arms: &arms,
///     timepoints: &[Timepoint::Baseline, Timepoint::PostTreatment],
///     definition: &ResponderDefinition::PainFreeOrNearly,
///     denominator: ResponderDenominator::AllRandomized,
///     context: Default::default(),
/// })?;
/// let post = table.row(Timepoint::PostTreatment).expect("reported");
/// assert_eq!(post.arm("PRT").expect("an arm").responders().map(|r| r.to_string()), Some("2/3 (66.7%)".into()));
/// assert_eq!(post.comparison("usual care").and_then(|c| c.mean_difference()), Some(Decimal::from_int(-3)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # JSON
///
/// A table reads back through the checks a table alone allows (the `read` module): rows in
/// timepoint order, the same arms in every row, samples within their arm, responders with the
/// denominator the table states and the percent their counts give, comparisons of the first arm
/// with each other. It cannot check means, SDs or Hedges' g against patients it does not hold.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "read::TrialTableWire")]
#[schemars(!try_from)]
pub struct TrialTable {
    /// The outcome (an instrument, or an item or subscale of one).
    instrument: InstrumentKey,
    /// The scoring rule's version.
    rule_version: u16,
    /// Which way the scale improves.
    direction: Direction,
    /// The responder definition.
    definition: ResponderDefinition,
    /// The responder percentages' denominator.
    denominator: ResponderDenominator,
    /// One row per timepoint, in timepoint order.
    rows: Vec<TrialRow>,
}

/// One patient's standing at one timepoint.
struct Standing {
    value: Option<i64>,
    change: Option<i64>,
    responder: Option<bool>,
}

impl TrialTable {
    /// The table of `patients` under `analysis`.
    ///
    /// # Errors
    ///
    /// - [`OutcomesError::InvalidTrialDesign`]: no arms, a repeated arm, or no timepoints;
    /// - [`OutcomesError::UnknownArm`]: a patient's arm is not among the analysis' arms (the error
    ///   names the patient's index in `patients`);
    /// - [`OutcomesError::EmptyTrial`]: no patients at all;
    /// - [`OutcomesError::TrialPatientMismatch`]: a patient's trajectory is of another outcome,
    ///   rule version or direction than the first patient's;
    /// - [`OutcomesError::DefinitionNotApplicable`]: the definition does not fit the outcome (the
    ///   pain-free definition on a scale that is not 0-10 higher-is-worse);
    /// - [`OutcomesError::NoDataAt`]: no patient has a value at a requested timepoint;
    /// - [`OutcomesError::TrialPatientNotEvaluable`]: the definition could not judge a patient;
    /// - [`OutcomesError::TooLarge`]: a figure left the exact range.
    pub fn summarize(
        patients: &[TrialPatient],
        analysis: &TrialAnalysis<'_>,
    ) -> Result<TrialTable, OutcomesError> {
        let arms = analysis.arms;
        let invalid = |why| Err(OutcomesError::InvalidTrialDesign { why });
        if arms.is_empty() {
            return invalid("a trial table needs at least one arm");
        }
        if arms.iter().collect::<BTreeSet<_>>().len() != arms.len() {
            return invalid("each arm is listed once");
        }
        let timepoints: BTreeSet<Timepoint> = analysis.timepoints.iter().copied().collect();
        if timepoints.is_empty() {
            return invalid("a trial table needs at least one timepoint");
        }
        for timepoint in &timepoints {
            timepoint.validated()?;
        }
        let mut arm_of = Vec::with_capacity(patients.len());
        for (patient, p) in patients.iter().enumerate() {
            let index =
                arms.iter()
                    .position(|a| *a == p.arm)
                    .ok_or_else(|| OutcomesError::UnknownArm {
                        patient,
                        arm: p.arm.to_string(),
                    })?;
            arm_of.push(index);
        }
        let first = patients.first().ok_or(OutcomesError::EmptyTrial)?;
        let outcome = &first.trajectory;
        for (patient, p) in patients.iter().enumerate() {
            let t = &p.trajectory;
            if t.instrument() != outcome.instrument()
                || t.rule_version() != outcome.rule_version()
                || t.direction() != outcome.direction()
            {
                return Err(OutcomesError::TrialPatientMismatch {
                    patient,
                    expected: format!("{} v{}", outcome.instrument(), outcome.rule_version()),
                    found: format!("{} v{}", t.instrument(), t.rule_version()),
                });
            }
        }
        analysis
            .definition
            .check_applies(outcome.instrument(), outcome.direction())?;

        let too_large = || OutcomesError::TooLarge {
            what: "trial figure",
        };
        let mut randomized = vec![0_u64; arms.len()];
        for &arm in &arm_of {
            if let Some(count) = randomized.get_mut(arm) {
                *count += 1;
            }
        }
        let mut rows = Vec::with_capacity(timepoints.len());
        for &timepoint in &timepoints {
            let at_baseline = timepoint == Timepoint::Baseline;
            let judged = !at_baseline || !analysis.definition.needs_baseline();
            let mut values = vec![Moments::default(); arms.len()];
            let mut changes = vec![Moments::default(); arms.len()];
            let mut counts = vec![(0_u64, 0_u64); arms.len()];
            for (patient, (p, &arm)) in patients.iter().zip(&arm_of).enumerate() {
                let standing = standing(patient, &p.trajectory, timepoint, analysis)?;
                let (Some(values), Some(changes), Some(counts)) = (
                    values.get_mut(arm),
                    changes.get_mut(arm),
                    counts.get_mut(arm),
                ) else {
                    continue;
                };
                if let Some(v) = standing.value {
                    values.push(v).ok_or_else(too_large)?;
                }
                if let Some(c) = standing.change {
                    changes.push(c).ok_or_else(too_large)?;
                }
                match standing.responder {
                    Some(true) => {
                        counts.0 += 1;
                        counts.1 += 1;
                    }
                    Some(false) => counts.1 += 1,
                    None => {
                        if analysis.denominator == ResponderDenominator::AllRandomized {
                            counts.1 += 1;
                        }
                    }
                }
            }
            if values.iter().all(|v| v.n() == 0) {
                return Err(OutcomesError::NoDataAt { timepoint });
            }
            let responders = |arm: usize| -> Option<Responders> {
                let &(responders, denominator) = counts.get(arm)?;
                judged.then(|| Responders {
                    responders,
                    denominator,
                    percent: stats::percent(responders, denominator),
                })
            };
            let mut summaries = Vec::with_capacity(arms.len());
            for (index, arm) in arms.iter().enumerate() {
                let (Some(v), Some(c), Some(&n)) =
                    (values.get(index), changes.get(index), randomized.get(index))
                else {
                    continue;
                };
                summaries.push(ArmSummary {
                    arm: arm.clone(),
                    randomized: n,
                    value: MeanSd::of(v),
                    change: (!at_baseline).then(|| MeanSd::of(c)),
                    responders: responders(index),
                });
            }
            let mut comparisons = Vec::with_capacity(arms.len().saturating_sub(1));
            if let (Some(first_arm), Some(v0), Some(c0)) =
                (arms.first(), values.first(), changes.first())
            {
                for (index, versus) in arms.iter().enumerate().skip(1) {
                    let (Some(v), Some(c)) = (values.get(index), changes.get(index)) else {
                        continue;
                    };
                    let responder_difference = match (counts.first(), counts.get(index)) {
                        (Some(&a), Some(&b)) if judged => stats::percent_difference(a, b),
                        _ => None,
                    };
                    comparisons.push(ArmComparison {
                        arm: first_arm.clone(),
                        versus: versus.clone(),
                        mean_difference: stats::mean_difference(v0, v),
                        hedges_g: stats::hedges_g(v0, v),
                        change_difference: (!at_baseline)
                            .then(|| stats::mean_difference(c0, c))
                            .flatten(),
                        change_hedges_g: (!at_baseline).then(|| stats::hedges_g(c0, c)).flatten(),
                        responder_difference,
                    });
                }
            }
            rows.push(TrialRow {
                timepoint,
                arms: summaries,
                comparisons,
            });
        }
        Ok(TrialTable {
            instrument: outcome.instrument().clone(),
            rule_version: outcome.rule_version(),
            direction: outcome.direction(),
            definition: analysis.definition.clone(),
            denominator: analysis.denominator,
            rows,
        })
    }

    /// The outcome.
    pub fn instrument(&self) -> &InstrumentKey {
        &self.instrument
    }

    /// The scoring rule's version.
    pub fn rule_version(&self) -> u16 {
        self.rule_version
    }

    /// Which way the scale improves.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// The responder definition.
    pub fn definition(&self) -> &ResponderDefinition {
        &self.definition
    }

    /// The responder percentages' denominator.
    pub fn denominator(&self) -> ResponderDenominator {
        self.denominator
    }

    /// The rows, in timepoint order.
    pub fn rows(&self) -> &[TrialRow] {
        &self.rows
    }

    /// The row of `timepoint`, if reported.
    pub fn row(&self, timepoint: Timepoint) -> Option<&TrialRow> {
        self.rows.iter().find(|r| r.timepoint == timepoint)
    }
}

/// Where `trajectory` (patient `patient`) stands at `timepoint`: value, change and verdict.
fn standing(
    patient: usize,
    trajectory: &Trajectory,
    timepoint: Timepoint,
    analysis: &TrialAnalysis<'_>,
) -> Result<Standing, OutcomesError> {
    let Some(current) = trajectory.at(timepoint) else {
        return Ok(Standing {
            value: None,
            change: None,
            responder: None,
        });
    };
    let measurement = trajectory.measurement(current);
    let change = match trajectory.baseline() {
        Some(baseline) if timepoint != Timepoint::Baseline => Some(Change::between(
            &trajectory.measurement(baseline),
            &measurement,
        )?),
        _ => None,
    };
    let status = match (analysis.definition.evaluate_current(&measurement), &change) {
        (Some(status), _) => Some(status),
        (None, Some(change)) => Some(analysis.definition.evaluate(change, &analysis.context)),
        (None, None) => None,
    };
    let responder = match status {
        None => None,
        Some(ResponderStatus::Responder) => Some(true),
        Some(ResponderStatus::NonResponder) => Some(false),
        Some(ResponderStatus::NotEvaluable { why }) => {
            return Err(OutcomesError::TrialPatientNotEvaluable {
                patient,
                timepoint,
                why,
            });
        }
    };
    Ok(Standing {
        value: Some(current.value().ten_thousandths()),
        change: change.map(|c| c.absolute().ten_thousandths()),
        responder,
    })
}
