//! [`CohortSummary`]: the per-timepoint outcome table a clinic or trial reports.
//!
//! - here: [`CohortSummary`], summarizing a cohort and reading a summary back;
//! - `row`: one timepoint's row ([`TimepointSummary`]), its counts and exact mean and SD.

mod row;
#[cfg(test)]
mod tests;

pub use self::row::TimepointSummary;

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use self::row::Counts;
use super::{
    InstrumentKey, OutcomesError, ResponderContext, ResponderDefinition, Timepoint, Trajectory,
};
use crate::rating::Direction;

/// Outcomes across a cohort of patients, one row per timepoint: how many had data, how many were
/// missing, the responders' count and proportion under one [`ResponderDefinition`], and the mean
/// and SD of the change from baseline.
///
/// Arithmetic is exact: values are [`MeasuredValue`](crate::MeasuredValue)s (exact to 0.0001, so a
/// research value such as 4.375 is taken as it is), changes are their exact differences summed in
/// integer ten-thousandths, and responders are decided on the exact values; only the reported
/// figures are rounded, once: proportions and means half away from zero to 0.01, the SD (sample,
/// n − 1) to the nearest 0.01. An empty cohort gives
/// rows of zero counts and absent figures, never NaN. Two proportions are reported, because trials
/// differ: among patients the definition could judge, and among the whole cohort (everyone without
/// data counted as a non-responder).
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::outcomes::{Administration, CohortSummary, InstrumentKey, ResponderContext, ResponderDefinition, Timepoint, Trajectory};
/// use pain_reprocessing::{Decimal, Direction};
///
/// // 50 patients with baseline pain 5; 33 end at 1 and 17 at 3 (the Boulder PRT arm's 33 of 50).
/// let day = |m| NaiveDate::from_ymd_opt(2024, m, 1).expect("valid date");
/// let key = InstrumentKey::new("bpi_average_pain")?;
/// let cohort: Vec<Trajectory> = (0..50)
///     .map(|i| {
///         let after = if i < 33 { 1 } else { 3 };
///         Trajectory::new(key.clone(), 1, Direction::HigherIsWorse, vec![
///             Administration::new(Timepoint::Baseline, day(1), Decimal::from_int(5)),
///             Administration::new(Timepoint::PostTreatment, day(2), Decimal::from_int(after)),
///         ])
///     })
///     .collect::<Result<_, _>>()?;
/// let summary = CohortSummary::summarize(
///     &cohort, &[Timepoint::PostTreatment], &ResponderDefinition::PainFreeOrNearly, &ResponderContext::default(),
/// )?;
/// let post = &summary.rows()[0];
/// assert_eq!((post.responders(), post.with_data()), (33, 50));
/// assert_eq!(post.responder_proportion().map(|p| p.to_string()), Some("0.66".into()));
/// assert_eq!(post.responder_percentage().map(|p| p.to_string()), Some("66%".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "CohortSummaryWire"
)]
#[schemars(!try_from)]
pub struct CohortSummary {
    /// The instrument; absent only for an empty cohort.
    instrument: Option<InstrumentKey>,
    /// The scoring rule's version; absent only for an empty cohort.
    rule_version: Option<u16>,
    /// Which way the scale improves; absent only for an empty cohort.
    direction: Option<Direction>,
    /// Patients in the cohort.
    patients: u64,
    /// The responder definition applied.
    definition: ResponderDefinition,
    /// One row per timepoint, in timepoint order.
    rows: Vec<TimepointSummary>,
}

/// The unchecked wire form of a [`CohortSummary`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct CohortSummaryWire {
    instrument: Option<InstrumentKey>,
    rule_version: Option<u16>,
    direction: Option<Direction>,
    patients: u64,
    definition: ResponderDefinition,
    rows: Vec<TimepointSummary>,
}

impl TryFrom<CohortSummaryWire> for CohortSummary {
    type Error = OutcomesError;

    fn try_from(repr: CohortSummaryWire) -> Result<CohortSummary, OutcomesError> {
        let inconsistent = |what| Err(OutcomesError::Inconsistent { what });
        let described = [
            repr.instrument.is_some(),
            repr.rule_version.is_some(),
            repr.direction.is_some(),
        ];
        if described.iter().any(|&d| d != (repr.patients > 0)) {
            return inconsistent("instrument of the cohort");
        }
        for row in &repr.rows {
            if row.patients != repr.patients {
                return inconsistent("patients");
            }
            // A definition on the current value alone judges patients without a baseline; one
            // that compares with the baseline judges only patients with a change.
            if repr.definition.needs_baseline() {
                if row.with_change != row.with_data {
                    return inconsistent("with_change");
                }
            } else if row.missing_baseline != 0 {
                return inconsistent("missing_baseline");
            }
        }
        if repr.rows.windows(2).any(|pair| match pair {
            [a, b] => a.timepoint >= b.timepoint,
            _ => false,
        }) {
            return inconsistent("row order");
        }
        Ok(CohortSummary {
            instrument: repr.instrument,
            rule_version: repr.rule_version,
            direction: repr.direction,
            patients: repr.patients,
            definition: repr.definition,
            rows: repr.rows,
        })
    }
}

impl CohortSummary {
    /// Summarizes `trajectories` (one per patient, all of one instrument and rule version) at each
    /// of `timepoints` (duplicates are ignored; rows come out in timepoint order) under
    /// `definition`.
    ///
    /// Pass the program's assessment schedule as `timepoints` so patients with no data at a
    /// scheduled timepoint count as missing; [`CohortSummary::observed_timepoints`] lists those
    /// with any data.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::MixedCohort`] when trajectories differ in instrument, rule version or
    /// direction, and [`OutcomesError::TooLarge`] when a figure leaves the exact range.
    pub fn summarize(
        trajectories: &[Trajectory],
        timepoints: &[Timepoint],
        definition: &ResponderDefinition,
        context: &ResponderContext<'_>,
    ) -> Result<CohortSummary, OutcomesError> {
        let first = trajectories.first();
        if let Some(f) = first {
            let other = trajectories.iter().find(|t| {
                t.instrument() != f.instrument()
                    || t.rule_version() != f.rule_version()
                    || t.direction() != f.direction()
            });
            if let Some(t) = other {
                return Err(OutcomesError::MixedCohort {
                    left: format!("{} v{}", f.instrument(), f.rule_version()),
                    right: format!("{} v{}", t.instrument(), t.rule_version()),
                });
            }
        }
        let patients = u64::try_from(trajectories.len()).map_err(|_| OutcomesError::TooLarge {
            what: "cohort size",
        })?;
        let wanted: BTreeSet<Timepoint> = timepoints.iter().copied().collect();
        let mut rows = Vec::with_capacity(wanted.len());
        for &timepoint in &wanted {
            let mut counts = Counts::default();
            let mut changes = Vec::new();
            for trajectory in trajectories {
                let change = match trajectory.change_at(timepoint) {
                    Ok(Some(change)) => change,
                    Ok(None) => {
                        counts.missing_value += 1;
                        continue;
                    }
                    Err(_) => {
                        match trajectory.at(timepoint) {
                            None => counts.missing_value += 1,
                            // No baseline: a definition on the current value alone still judges.
                            Some(current) => match definition
                                .evaluate_current(&trajectory.measurement(current))
                            {
                                Some(status) => counts.tally(status),
                                None => counts.missing_baseline += 1,
                            },
                        }
                        continue;
                    }
                };
                changes.push(change.absolute().ten_thousandths());
                counts.with_change += 1;
                counts.tally(definition.evaluate(&change, context));
            }
            rows.push(TimepointSummary::from_counts(
                timepoint, patients, counts, &changes,
            )?);
        }
        Ok(CohortSummary {
            instrument: first.map(|t| t.instrument().clone()),
            rule_version: first.map(Trajectory::rule_version),
            direction: first.map(Trajectory::direction),
            patients,
            definition: definition.clone(),
            rows,
        })
    }

    /// Every timepoint after baseline at which any trajectory has an administration, in order.
    pub fn observed_timepoints(trajectories: &[Trajectory]) -> Vec<Timepoint> {
        let set: BTreeSet<Timepoint> = trajectories
            .iter()
            .flat_map(|t| t.administrations().iter().map(|a| a.timepoint()))
            .filter(|tp| *tp > Timepoint::Baseline)
            .collect();
        set.into_iter().collect()
    }

    /// The instrument; `None` only for an empty cohort.
    pub fn instrument(&self) -> Option<&InstrumentKey> {
        self.instrument.as_ref()
    }

    /// The scoring rule's version; `None` only for an empty cohort.
    pub fn rule_version(&self) -> Option<u16> {
        self.rule_version
    }

    /// The scale's direction; `None` only for an empty cohort.
    pub fn direction(&self) -> Option<Direction> {
        self.direction
    }

    /// Patients in the cohort.
    pub fn patients(&self) -> u64 {
        self.patients
    }

    /// Whether the cohort had no patients.
    pub fn is_empty(&self) -> bool {
        self.patients == 0
    }

    /// The responder definition applied.
    pub fn definition(&self) -> &ResponderDefinition {
        &self.definition
    }

    /// The rows, in timepoint order.
    pub fn rows(&self) -> &[TimepointSummary] {
        &self.rows
    }

    /// The row for `timepoint`, if summarized.
    pub fn row(&self, timepoint: Timepoint) -> Option<&TimepointSummary> {
        self.rows.iter().find(|row| row.timepoint == timepoint)
    }
}
