//! [`CohortSummary`]: the per-timepoint outcome table a clinic or trial reports.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    InstrumentKey, OutcomesError, ResponderContext, ResponderDefinition, ResponderStatus,
    Timepoint, Trajectory,
};
use crate::decimal::{Decimal, ratio, sqrt_ratio_hundredths};
use crate::rating::{Direction, Percentage};

/// One row of a [`CohortSummary`]: the cohort at one timepoint.
///
/// Counts add up: `patients = with_data + missing_value + missing_baseline`, and
/// `with_data = responders + non_responders + not_evaluable`; `with_change ≤ with_data`.
///
/// A definition that judges the current value alone ([`ResponderDefinition::needs_baseline`]
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
    timepoint: Timepoint,
    /// Patients in the cohort.
    patients: u64,
    /// Patients the definition judged: a value at this timepoint, and a baseline when the
    /// definition needs one.
    with_data: u64,
    /// Patients among `with_data` with a baseline too, so a change: the `n` of the mean change.
    /// Absent in summaries written before it existed, which counted only patients with a change in
    /// `with_data`: read as `with_data`.
    with_change: u64,
    /// Patients with no value at this timepoint.
    missing_value: u64,
    /// Patients with a value at this timepoint but no baseline, under a definition that needs one.
    missing_baseline: u64,
    /// Patients with data who met the responder definition.
    responders: u64,
    /// Patients with data who did not.
    non_responders: u64,
    /// Patients with data the definition could not judge.
    not_evaluable: u64,
    /// `responders / (responders + non_responders)`, 0-1 rounded half away from zero to 0.01;
    /// absent when nobody was evaluable.
    #[schemars(schema_with = "proportion_schema")]
    responder_proportion: Option<Decimal>,
    /// The same as a percentage (33 of 50 is 66%).
    responder_percentage: Option<Percentage>,
    /// `responders / patients`, counting everyone without data as a non-responder; absent for an
    /// empty cohort.
    #[schemars(schema_with = "proportion_schema")]
    responder_proportion_of_cohort: Option<Decimal>,
    /// The mean change `current − baseline` of patients with a change, rounded half away from zero to
    /// 0.01; absent without data.
    mean_change: Option<Decimal>,
    /// The sample SD (n − 1) of the change, rounded to the nearest 0.01; absent below 2 patients.
    #[schemars(schema_with = "sd_schema")]
    sd_change: Option<Decimal>,
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

    /// Builds a row from the counts and the changes' hundredths.
    fn from_counts(
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
    fn check(&self) -> Result<(), OutcomesError> {
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
        "maximum": super::schemas::DECIMAL_MAX,
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
struct Counts {
    with_change: u64,
    missing_value: u64,
    missing_baseline: u64,
    responders: u64,
    non_responders: u64,
    not_evaluable: u64,
}

impl Counts {
    fn tally(&mut self, status: ResponderStatus) {
        match status {
            ResponderStatus::Responder => self.responders += 1,
            ResponderStatus::NonResponder => self.non_responders += 1,
            ResponderStatus::NotEvaluable { .. } => self.not_evaluable += 1,
        }
    }
}

/// The mean (half away from zero) and sample SD (nearest, ties up) of values given in hundredths,
/// computed exactly; `None` beyond the exact range.
fn mean_and_sd(values: &[i64]) -> Option<(Option<Decimal>, Option<Decimal>)> {
    let n = i128::try_from(values.len()).ok()?;
    if n == 0 {
        return Some((None, None));
    }
    let mut sum: i128 = 0;
    let mut squares: i128 = 0;
    for &v in values {
        let v = i128::from(v);
        sum = sum.checked_add(v)?;
        squares = squares.checked_add(v.checked_mul(v)?)?;
    }
    // mean = sum / n hundredths = sum / (100 n).
    let mean = ratio(sum, n.checked_mul(100)?)?;
    if n < 2 {
        return Some((Some(mean), None));
    }
    // Sample variance in hundredths² = (n·Σx² − (Σx)²) / (n (n − 1)), never negative.
    let numerator = n.checked_mul(squares)?.checked_sub(sum.checked_mul(sum)?)?;
    let denominator = n.checked_mul(n - 1)?;
    let sd = sqrt_ratio_hundredths(
        u128::try_from(numerator).ok()?,
        u128::try_from(denominator).ok()?,
    )?;
    Some((Some(mean), Some(sd)))
}

/// Outcomes across a cohort of patients, one row per timepoint: how many had data, how many were
/// missing, the responders' count and proportion under one [`ResponderDefinition`], and the mean
/// and SD of the change from baseline.
///
/// Arithmetic is exact: changes are summed in integer hundredths; proportions and means are rounded
/// half away from zero to 0.01 and the SD (sample, n − 1) to the nearest 0.01. An empty cohort gives
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
                changes.push(change.absolute().hundredths());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcomes::Administration;
    use chrono::NaiveDate;

    fn day(month: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, month, 1).unwrap()
    }

    fn patient(baseline: Option<&str>, post: Option<&str>) -> Trajectory {
        let mut admins = Vec::new();
        if let Some(b) = baseline {
            admins.push(Administration::new(
                Timepoint::Baseline,
                day(1),
                b.parse().unwrap(),
            ));
        }
        if let Some(p) = post {
            admins.push(Administration::new(
                Timepoint::PostTreatment,
                day(2),
                p.parse().unwrap(),
            ));
        }
        Trajectory::new(
            InstrumentKey::new("nrs").unwrap(),
            1,
            Direction::HigherIsWorse,
            admins,
        )
        .unwrap()
    }

    fn post_row(cohort: &[Trajectory], rule: &ResponderDefinition) -> TimepointSummary {
        CohortSummary::summarize(
            cohort,
            &[Timepoint::PostTreatment],
            rule,
            &ResponderContext::default(),
        )
        .unwrap()
        .rows()[0]
            .clone()
    }

    #[test]
    fn a_zero_baseline_cannot_be_judged_by_a_percent_rule() {
        // 0 → 0: the percent reduction is undefined, so the patient is not evaluable.
        let cohort = [patient(Some("0"), Some("0")), patient(Some("6"), Some("4"))];
        let row = post_row(&cohort, &ResponderDefinition::percent_reduction_30());
        assert_eq!(row.with_data(), 2);
        assert_eq!(row.not_evaluable(), 1);
        assert_eq!(row.responders(), 1);
        assert_eq!(row.non_responders(), 0);
    }

    #[test]
    fn a_row_reads_back_only_with_its_own_figures() {
        // 6 → 4 and 5 → 3: both −2, so the SD of change is exactly 0; both reduce by 30% or more.
        let cohort = [patient(Some("6"), Some("4")), patient(Some("5"), Some("3"))];
        let summary = CohortSummary::summarize(
            &cohort,
            &[Timepoint::PostTreatment],
            &ResponderDefinition::percent_reduction_30(),
            &ResponderContext::default(),
        )
        .unwrap();
        let json = serde_json::to_value(&summary).unwrap();
        assert_eq!(json["rows"][0]["sd_change"], serde_json::json!(0));
        assert_eq!(
            serde_json::from_value::<CohortSummary>(json.clone()).unwrap(),
            summary
        );
        let tampered = |field: &str, value: serde_json::Value| {
            assert!(json["rows"][0].get(field).is_some(), "{field}");
            let mut changed = json.clone();
            changed["rows"][0][field] = value;
            serde_json::from_value::<CohortSummary>(changed).is_err()
        };
        assert!(tampered("sd_change", serde_json::json!(-1)));
        // Each of the three responder figures is checked on its own.
        assert!(tampered("responder_proportion", serde_json::json!(0.5)));
        assert!(tampered("responder_percentage", serde_json::json!(50)));
        assert!(tampered(
            "responder_proportion_of_cohort",
            serde_json::json!(0.5)
        ));
    }

    #[test]
    fn hand_computed_row() {
        // Changes: 6→4 (−2), 5→1 (−4), 4→4 (0), 3→2 (−1); one missing value, one missing baseline.
        let cohort = [
            patient(Some("6"), Some("4")),
            patient(Some("5"), Some("1")),
            patient(Some("4"), Some("4")),
            patient(Some("3"), Some("2")),
            patient(Some("5"), None),
            patient(None, Some("2")),
        ];
        let row = post_row(&cohort, &ResponderDefinition::percent_reduction_30());
        assert_eq!(row.patients(), 6);
        assert_eq!(row.with_data(), 4);
        assert_eq!(row.missing_value(), 1);
        assert_eq!(row.missing_baseline(), 1);
        // 30% responders: 33.33% yes, 80% yes, 0% no, 33.33% yes → 3 of 4.
        assert_eq!(row.responders(), 3);
        assert_eq!(row.non_responders(), 1);
        assert_eq!(row.not_evaluable(), 0);
        assert_eq!(row.responder_proportion().unwrap().to_string(), "0.75");
        assert_eq!(row.responder_percentage().unwrap().to_string(), "75%");
        // 3 of 6 patients = 0.5.
        assert_eq!(
            row.responder_proportion_of_cohort().unwrap().to_string(),
            "0.5"
        );
        // Mean = (−2 − 4 + 0 − 1) / 4 = −1.75.
        assert_eq!(row.mean_change().unwrap().to_string(), "-1.75");
        // SD: deviations −0.25, −2.25, 1.75, 0.75; squares 0.0625 + 5.0625 + 3.0625 + 0.5625 = 8.75;
        // / 3 = 2.9166…; √ = 1.7078… → 1.71.
        assert_eq!(row.sd_change().unwrap().to_string(), "1.71");
    }

    #[test]
    fn a_definition_on_the_current_value_judges_patients_without_a_baseline() {
        // 5→1 (−4), 6→4 (−2), no baseline→0, no baseline→3, 5→nothing.
        let cohort = [
            patient(Some("5"), Some("1")),
            patient(Some("6"), Some("4")),
            patient(None, Some("0")),
            patient(None, Some("3")),
            patient(Some("5"), None),
        ];
        let row = post_row(&cohort, &ResponderDefinition::PainFreeOrNearly);
        assert_eq!(row.patients(), 5);
        // Judged: the four with a post value; only two of them have a change.
        assert_eq!((row.with_data(), row.with_change()), (4, 2));
        assert_eq!((row.missing_value(), row.missing_baseline()), (1, 0));
        // Pain-free or nearly (0-1): 1 yes, 4 no, 0 yes, 3 no → 2 of 4.
        assert_eq!((row.responders(), row.non_responders()), (2, 2));
        assert_eq!(row.responder_proportion().unwrap().to_string(), "0.5");
        assert_eq!(row.responder_percentage().unwrap().to_string(), "50%");
        // 2 of 5 patients.
        assert_eq!(
            row.responder_proportion_of_cohort().unwrap().to_string(),
            "0.4"
        );
        // Mean change over the two with a change: (−4 − 2) / 2 = −3; SD √((1 + 1) / 1) = 1.414… → 1.41.
        assert_eq!(row.mean_change().unwrap().to_string(), "-3");
        assert_eq!(row.sd_change().unwrap().to_string(), "1.41");

        // A percent rule needs the baseline: the two without one are missing, not judged.
        let row = post_row(&cohort, &ResponderDefinition::percent_reduction_30());
        assert_eq!((row.with_data(), row.with_change()), (2, 2));
        assert_eq!((row.missing_value(), row.missing_baseline()), (1, 2));
        // 5→1 is 80%, 6→4 is 33.3%: both responders.
        assert_eq!(row.responders(), 2);
    }

    #[test]
    fn with_change_reads_back_and_agrees_with_the_definition() {
        let cohort = [patient(Some("5"), Some("1")), patient(None, Some("0"))];
        let summary = CohortSummary::summarize(
            &cohort,
            &[Timepoint::PostTreatment],
            &ResponderDefinition::PainFreeOrNearly,
            &ResponderContext::default(),
        )
        .unwrap();
        let json = serde_json::to_value(&summary).unwrap();
        assert_eq!(json["rows"][0]["with_change"], serde_json::json!(1));
        assert_eq!(
            serde_json::from_value::<CohortSummary>(json.clone()).unwrap(),
            summary
        );
        let refused = |row: serde_json::Value| {
            let mut changed = json.clone();
            changed["rows"][0] = row;
            serde_json::from_value::<CohortSummary>(changed)
                .unwrap_err()
                .to_string()
        };
        // More changes than judged patients.
        let mut row = json["rows"][0].clone();
        row["with_change"] = serde_json::json!(3);
        assert!(
            refused(row).contains("with_change"),
            "with_change above with_data"
        );
        // A definition on the current value alone leaves nobody missing a baseline.
        let mut row = json["rows"][0].clone();
        row["with_data"] = serde_json::json!(1);
        row["responders"] = serde_json::json!(1);
        row["missing_baseline"] = serde_json::json!(1);
        row["responder_proportion_of_cohort"] = serde_json::json!(0.5);
        assert!(refused(row).contains("missing_baseline"));
    }

    #[test]
    fn a_summary_written_before_with_change_reads_with_every_judged_patient_changed() {
        let cohort = [patient(Some("6"), Some("4")), patient(Some("5"), Some("3"))];
        let summary = CohortSummary::summarize(
            &cohort,
            &[Timepoint::PostTreatment],
            &ResponderDefinition::percent_reduction_30(),
            &ResponderContext::default(),
        )
        .unwrap();
        let mut json = serde_json::to_value(&summary).unwrap();
        json["rows"][0]
            .as_object_mut()
            .unwrap()
            .remove("with_change");
        let read: CohortSummary = serde_json::from_value(json).unwrap();
        assert_eq!(read, summary);
        assert_eq!(read.rows()[0].with_change(), 2);
    }

    #[test]
    fn thirty_three_of_fifty() {
        let cohort: Vec<Trajectory> = (0..50)
            .map(|i| patient(Some("5"), Some(if i < 33 { "1" } else { "3" })))
            .collect();
        let row = post_row(&cohort, &ResponderDefinition::PainFreeOrNearly);
        assert_eq!(row.responders(), 33);
        assert_eq!((row.patients(), row.with_data()), (50, 50));
        assert_eq!((row.missing_value(), row.missing_baseline()), (0, 0));
        assert_eq!(row.responder_proportion().unwrap().to_string(), "0.66");
        assert_eq!(row.responder_percentage().unwrap().to_string(), "66%");
        assert_eq!(
            row.responder_proportion_of_cohort().unwrap().to_string(),
            "0.66"
        );
    }

    #[test]
    fn empty_and_tiny_cohorts() {
        let summary = CohortSummary::summarize(
            &[],
            &[Timepoint::PostTreatment],
            &ResponderDefinition::PainFreeOrNearly,
            &ResponderContext::default(),
        )
        .unwrap();
        assert!(summary.is_empty());
        assert_eq!(summary.instrument(), None);
        let row = summary.row(Timepoint::PostTreatment).unwrap();
        assert_eq!(row.with_data(), 0);
        assert_eq!(row.responder_proportion(), None);
        assert_eq!(row.responder_proportion_of_cohort(), None);
        assert_eq!(row.mean_change(), None);
        assert_eq!(row.sd_change(), None);
        let json = serde_json::to_value(&summary).unwrap();
        assert_eq!(
            serde_json::from_value::<CohortSummary>(json).unwrap(),
            summary
        );

        let one = post_row(
            &[patient(Some("5"), Some("1"))],
            &ResponderDefinition::PainFreeOrNearly,
        );
        assert_eq!(one.mean_change().unwrap().to_string(), "-4");
        assert_eq!(one.sd_change(), None);
    }

    #[test]
    fn a_summary_describes_its_cohort_and_keeps_its_rows_in_order() {
        // A patient with no administration at all has no value at any timepoint.
        let cohort = [
            patient(Some("6"), Some("4")),
            patient(None, None),
            patient(Some("5"), Some("3")),
        ];
        let follow_up = Timepoint::FollowUp { months: 3 };
        let summary = CohortSummary::summarize(
            &cohort,
            &[Timepoint::PostTreatment, follow_up],
            &ResponderDefinition::percent_reduction_30(),
            &ResponderContext::default(),
        )
        .unwrap();
        assert_eq!(summary.instrument().map(InstrumentKey::as_str), Some("nrs"));
        assert_eq!(summary.rule_version(), Some(1));
        let second_version = Trajectory::new(
            InstrumentKey::new("nrs").unwrap(),
            2,
            Direction::HigherIsWorse,
            vec![],
        )
        .unwrap();
        let later = CohortSummary::summarize(
            &[second_version],
            &[Timepoint::PostTreatment],
            &ResponderDefinition::PainFreeOrNearly,
            &ResponderContext::default(),
        )
        .unwrap();
        assert_eq!(later.rule_version(), Some(2));
        assert_eq!(summary.direction(), Some(Direction::HigherIsWorse));
        assert_eq!(summary.patients(), 3);
        assert!(!summary.is_empty());
        let post = &summary.rows()[0];
        assert_eq!((post.with_data(), post.missing_value()), (2, 1));
        assert_eq!(summary.rows()[1].missing_value(), 3);
        // Rows out of timepoint order are refused on read.
        let mut json = serde_json::to_value(&summary).unwrap();
        let rows = json["rows"].as_array_mut().unwrap();
        rows.swap(0, 1);
        assert!(serde_json::from_value::<CohortSummary>(json).is_err());
    }

    #[test]
    fn mixed_cohorts_are_errors() {
        let other = Trajectory::new(
            InstrumentKey::new("odi").unwrap(),
            1,
            Direction::HigherIsWorse,
            vec![],
        )
        .unwrap();
        let err = CohortSummary::summarize(
            &[patient(Some("5"), None), other],
            &[Timepoint::PostTreatment],
            &ResponderDefinition::PainFreeOrNearly,
            &ResponderContext::default(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "a cohort summary needs one instrument and rule version; got nrs v1 and odi v1"
        );
        // The same instrument under another rule version, or read in the other direction.
        for (version, direction) in [
            (2, Direction::HigherIsWorse),
            (1, Direction::HigherIsBetter),
        ] {
            let other = Trajectory::new(
                InstrumentKey::new("nrs").unwrap(),
                version,
                direction,
                vec![],
            )
            .unwrap();
            assert!(matches!(
                CohortSummary::summarize(
                    &[patient(Some("5"), None), other],
                    &[Timepoint::PostTreatment],
                    &ResponderDefinition::PainFreeOrNearly,
                    &ResponderContext::default(),
                ),
                Err(OutcomesError::MixedCohort { .. })
            ));
        }
    }

    #[test]
    fn observed_timepoints_and_tampering() {
        let cohort = [patient(Some("5"), Some("1")), patient(Some("4"), None)];
        assert_eq!(
            CohortSummary::observed_timepoints(&cohort),
            [Timepoint::PostTreatment]
        );
        let summary = CohortSummary::summarize(
            &cohort,
            &[Timepoint::PostTreatment, Timepoint::PostTreatment],
            &ResponderDefinition::PainFreeOrNearly,
            &ResponderContext::default(),
        )
        .unwrap();
        assert_eq!(summary.rows().len(), 1);
        let mut json = serde_json::to_value(&summary).unwrap();
        assert_eq!(
            serde_json::from_value::<CohortSummary>(json.clone()).unwrap(),
            summary
        );
        json["rows"][0]["responders"] = serde_json::json!(2);
        assert!(serde_json::from_value::<CohortSummary>(json).is_err());
    }
}
