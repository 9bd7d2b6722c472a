//! One row of a [`CohortSummary`](super::CohortSummary): the cohort at one timepoint, its counts,
//! and the exact mean and SD of the changes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::decimal::{Decimal, ratio};
use crate::outcomes::stats::Moments;
use crate::outcomes::{OutcomesError, ResponderStatus, Timepoint};
use crate::rating::Percentage;

/// One row of a [`CohortSummary`](super::CohortSummary): the cohort at one timepoint.
///
/// Counts add up: `patients = with_data + missing_value + missing_baseline`, and
/// `with_data = responders + non_responders + not_evaluable`; `with_change ≤ with_data`.
///
/// A definition that judges the current value alone ([`ResponderDefinition::needs_baseline`](crate::outcomes::ResponderDefinition::needs_baseline)
/// false: pain-free or nearly, at most, at least) judges a patient without a baseline, who is then
/// counted in `with_data` but not in `with_change`; `missing_baseline` counts only patients the
/// definition could not judge for want of a baseline.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all = "snake_case",
    try_from = "TimepointSummaryWire"
)]
#[schemars(!try_from, transform = with_change_optional)]
pub struct TimepointSummary {
    /// The timepoint.
    pub(super) timepoint: Timepoint,
    /// Patients in the cohort.
    pub(super) patients: u64,
    /// Patients the definition judged: a value at this timepoint, and a baseline when the
    /// definition needs one.
    pub(super) with_data: u64,
    /// Patients among `with_data` with a baseline too, so a change: the `n` of the mean change.
    /// Absent in summaries written before it existed, which counted only patients with a change in
    /// `with_data`: read as `with_data`.
    pub(super) with_change: u64,
    /// Patients with no value at this timepoint.
    pub(super) missing_value: u64,
    /// Patients with a value at this timepoint but no baseline, under a definition that needs one.
    pub(super) missing_baseline: u64,
    /// Patients with data who met the responder definition.
    pub(super) responders: u64,
    /// Patients with data who did not.
    pub(super) non_responders: u64,
    /// Patients with data the definition could not judge.
    pub(super) not_evaluable: u64,
    /// `responders / (responders + non_responders)`, 0-1 rounded half away from zero to 0.01;
    /// absent when nobody was evaluable.
    #[schemars(schema_with = "proportion_schema")]
    pub(super) responder_proportion: Option<Decimal>,
    /// The same as a percentage (33 of 50 is 66%).
    pub(super) responder_percentage: Option<Percentage>,
    /// `responders / patients`, counting everyone without data as a non-responder; absent for an
    /// empty cohort.
    #[schemars(schema_with = "proportion_schema")]
    pub(super) responder_proportion_of_cohort: Option<Decimal>,
    /// The mean change `current − baseline` of patients with a change, rounded half away from zero to
    /// 0.01; absent without data.
    pub(super) mean_change: Option<Decimal>,
    /// The sample SD (n − 1) of the change, rounded to the nearest 0.01; absent below 2 patients.
    #[schemars(schema_with = "sd_schema")]
    pub(super) sd_change: Option<Decimal>,
}

impl TimepointSummary {
    /// The timepoint.
    pub fn timepoint(&self) -> Timepoint {
        self.timepoint
    }

    /// Patients in the cohort.
    pub fn patients(&self) -> u64 {
        self.patients
    }

    /// Patients the definition judged at this timepoint.
    pub fn with_data(&self) -> u64 {
        self.with_data
    }

    /// Patients with a change at this timepoint (the `n` of the mean change).
    pub fn with_change(&self) -> u64 {
        self.with_change
    }

    /// Patients with no value at this timepoint.
    pub fn missing_value(&self) -> u64 {
        self.missing_value
    }

    /// Patients with a value but no baseline, under a definition that needs one.
    pub fn missing_baseline(&self) -> u64 {
        self.missing_baseline
    }

    /// Responders.
    pub fn responders(&self) -> u64 {
        self.responders
    }

    /// Non-responders.
    pub fn non_responders(&self) -> u64 {
        self.non_responders
    }

    /// Patients the definition could not judge.
    pub fn not_evaluable(&self) -> u64 {
        self.not_evaluable
    }

    /// Responders among evaluable patients, 0-1.
    pub fn responder_proportion(&self) -> Option<Decimal> {
        self.responder_proportion
    }

    /// Responders among evaluable patients, as a percentage.
    pub fn responder_percentage(&self) -> Option<Percentage> {
        self.responder_percentage
    }

    /// Responders among all patients, 0-1.
    pub fn responder_proportion_of_cohort(&self) -> Option<Decimal> {
        self.responder_proportion_of_cohort
    }

    /// The mean change.
    pub fn mean_change(&self) -> Option<Decimal> {
        self.mean_change
    }

    /// The sample SD of the change.
    pub fn sd_change(&self) -> Option<Decimal> {
        self.sd_change
    }

    /// Builds a row from the counts and the changes' ten-thousandths.
    pub(super) fn from_counts(
        timepoint: Timepoint,
        patients: u64,
        counts: Counts,
        changes: &[i64],
    ) -> Result<TimepointSummary, OutcomesError> {
        let too_large = || OutcomesError::TooLarge {
            what: "cohort figure",
        };
        let evaluated = counts.responders + counts.non_responders;
        let with_data = evaluated + counts.not_evaluable;
        let proportion = |part: u64, whole: u64| {
            if whole == 0 {
                Ok(None)
            } else {
                ratio(i128::from(part), i128::from(whole))
                    .map(Some)
                    .ok_or_else(too_large)
            }
        };
        let responder_percentage = if evaluated == 0 {
            None
        } else {
            Some(Percentage::of(counts.responders, evaluated).map_err(|_| too_large())?)
        };
        let (mean_change, sd_change) = mean_and_sd(changes).ok_or_else(too_large)?;
        Ok(TimepointSummary {
            timepoint,
            patients,
            with_data,
            with_change: counts.with_change,
            missing_value: counts.missing_value,
            missing_baseline: counts.missing_baseline,
            responders: counts.responders,
            non_responders: counts.non_responders,
            not_evaluable: counts.not_evaluable,
            responder_proportion: proportion(counts.responders, evaluated)?,
            responder_percentage,
            responder_proportion_of_cohort: proportion(counts.responders, patients)?,
            mean_change,
            sd_change,
        })
    }

    /// Checks that the counts add up and the proportions follow from them.
    pub(super) fn check(&self) -> Result<(), OutcomesError> {
        let inconsistent = |what| Err(OutcomesError::Inconsistent { what });
        let evaluated = self.responders.checked_add(self.non_responders);
        let with_data = evaluated.and_then(|e| e.checked_add(self.not_evaluable));
        if with_data != Some(self.with_data) {
            return inconsistent("with_data");
        }
        let total = self
            .with_data
            .checked_add(self.missing_value)
            .and_then(|t| t.checked_add(self.missing_baseline));
        if total != Some(self.patients) {
            return inconsistent("patients");
        }
        if self.with_change > self.with_data {
            return inconsistent("with_change");
        }
        let counts = Counts {
            with_change: self.with_change,
            missing_value: self.missing_value,
            missing_baseline: self.missing_baseline,
            responders: self.responders,
            non_responders: self.non_responders,
            not_evaluable: self.not_evaluable,
        };
        let expected = TimepointSummary::from_counts(self.timepoint, self.patients, counts, &[])?;
        if expected.responder_proportion != self.responder_proportion
            || expected.responder_percentage != self.responder_percentage
            || expected.responder_proportion_of_cohort != self.responder_proportion_of_cohort
        {
            return inconsistent("responder proportion");
        }
        if self.mean_change.is_some() != (self.with_change > 0) {
            return inconsistent("mean change");
        }
        if self.sd_change.is_some() != (self.with_change > 1)
            || self.sd_change.is_some_and(|sd| sd < Decimal::ZERO)
        {
            return inconsistent("sd of change");
        }
        Ok(())
    }
}

/// Schema of an optional proportion 0-1.
fn proportion_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "A proportion from 0 to 1 with at most two decimal places, or null.",
        "type": ["number", "null"],
        "minimum": 0,
        "maximum": 1,
    })
}

/// Schema of an optional SD: not negative.
fn sd_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "A standard deviation (not negative) with at most two decimal places, or null.",
        "type": ["number", "null"],
        "minimum": 0,
        "maximum": crate::outcomes::schemas::DECIMAL_MAX,
    })
}

/// The unchecked wire form of a [`TimepointSummary`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct TimepointSummaryWire {
    timepoint: Timepoint,
    patients: u64,
    with_data: u64,
    with_change: Option<u64>,
    missing_value: u64,
    missing_baseline: u64,
    responders: u64,
    non_responders: u64,
    not_evaluable: u64,
    responder_proportion: Option<Decimal>,
    responder_percentage: Option<Percentage>,
    responder_proportion_of_cohort: Option<Decimal>,
    mean_change: Option<Decimal>,
    sd_change: Option<Decimal>,
}

impl TryFrom<TimepointSummaryWire> for TimepointSummary {
    type Error = OutcomesError;

    fn try_from(raw: TimepointSummaryWire) -> Result<TimepointSummary, OutcomesError> {
        let row = TimepointSummary {
            timepoint: raw.timepoint,
            patients: raw.patients,
            with_data: raw.with_data,
            // Written before `with_change` existed: every patient in `with_data` had a change.
            with_change: raw.with_change.unwrap_or(raw.with_data),
            missing_value: raw.missing_value,
            missing_baseline: raw.missing_baseline,
            responders: raw.responders,
            non_responders: raw.non_responders,
            not_evaluable: raw.not_evaluable,
            responder_proportion: raw.responder_proportion,
            responder_percentage: raw.responder_percentage,
            responder_proportion_of_cohort: raw.responder_proportion_of_cohort,
            mean_change: raw.mean_change,
            sd_change: raw.sd_change,
        };
        row.check()?;
        Ok(row)
    }
}

/// `with_change` may be absent, in summaries written before it existed (read as `with_data`).
fn with_change_optional(schema: &mut schemars::Schema) {
    if let Some(required) = schema.get_mut("required").and_then(|r| r.as_array_mut()) {
        required.retain(|name| name != "with_change");
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Counts {
    pub(super) with_change: u64,
    pub(super) missing_value: u64,
    pub(super) missing_baseline: u64,
    pub(super) responders: u64,
    pub(super) non_responders: u64,
    pub(super) not_evaluable: u64,
}

impl Counts {
    pub(super) fn tally(&mut self, status: ResponderStatus) {
        match status {
            ResponderStatus::Responder => self.responders += 1,
            ResponderStatus::NonResponder => self.non_responders += 1,
            ResponderStatus::NotEvaluable { .. } => self.not_evaluable += 1,
        }
    }
}

/// The mean (half away from zero) and sample SD (nearest, ties up) of values given in
/// ten-thousandths, computed exactly; `None` beyond the exact range.
fn mean_and_sd(values: &[i64]) -> Option<(Option<Decimal>, Option<Decimal>)> {
    let mut moments = Moments::default();
    for &v in values {
        moments.push(v)?;
    }
    if moments.n() == 0 {
        return Some((None, None));
    }
    let mean = moments.mean()?;
    if moments.n() < 2 {
        return Some((Some(mean), None));
    }
    Some((Some(mean), Some(moments.sd()?)))
}
