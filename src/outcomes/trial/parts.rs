//! The cells of a [`TrialTable`](super::TrialTable)(super::TrialTable): mean (SD), responders, an arm at a
//! timepoint, a comparison of two arms, and a row.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::super::stats::{self, Moments};
use super::ArmLabel;
use crate::decimal::Decimal;
use crate::outcomes::Timepoint;

/// The mean and SD of a sample, with its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeanSd {
    /// How many values.
    pub(super) n: u64,
    /// The mean, rounded half away from zero to 0.01; absent without values.
    pub(super) mean: Option<Decimal>,
    /// The sample SD (n − 1), rounded to the nearest 0.01; absent below 2 values.
    pub(super) sd: Option<Decimal>,
}

impl MeanSd {
    pub(super) fn of(moments: &Moments) -> MeanSd {
        MeanSd {
            n: moments.n(),
            mean: moments.mean(),
            sd: moments.sd(),
        }
    }

    /// How many values.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// The mean.
    pub fn mean(&self) -> Option<Decimal> {
        self.mean
    }

    /// The sample SD.
    pub fn sd(&self) -> Option<Decimal> {
        self.sd
    }
}

/// `mean (SD)` with two decimals, `-` without values.
impl fmt::Display for MeanSd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.mean, self.sd) {
            (Some(mean), Some(sd)) => write!(f, "{mean:.2} ({sd:.2})"),
            (Some(mean), None) => write!(f, "{mean:.2}"),
            _ => f.write_str("-"),
        }
    }
}

/// Responders `n/N` with the percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responders {
    /// Patients who met the definition.
    pub(super) responders: u64,
    /// The denominator: completers or all randomized, as the table states.
    pub(super) denominator: u64,
    /// `responders / denominator × 100`, rounded half away from zero to 0.01; absent for 0.
    pub(super) percent: Option<Decimal>,
}

impl Responders {
    /// Patients who met the definition.
    pub fn responders(&self) -> u64 {
        self.responders
    }

    /// The denominator.
    pub fn denominator(&self) -> u64 {
        self.denominator
    }

    /// The percent, to 0.01.
    pub fn percent(&self) -> Option<Decimal> {
        self.percent
    }
}

/// `33/50 (66.0%)`: the percent to one decimal, rounded half away from zero from the exact counts.
impl fmt::Display for Responders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.responders, self.denominator)?;
        match stats::percent_tenths(self.responders, self.denominator) {
            Some(tenths) => write!(f, " ({tenths:.1}%)"),
            None => Ok(()),
        }
    }
}

/// One arm at one timepoint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArmSummary {
    /// The arm.
    pub(super) arm: ArmLabel,
    /// Patients randomized to the arm.
    pub(super) randomized: u64,
    /// The values at the timepoint.
    pub(super) value: MeanSd,
    /// The change from baseline (`value − baseline`) of patients with both; absent at baseline.
    pub(super) change: Option<MeanSd>,
    /// Responders; absent at baseline for a definition that compares with the baseline.
    pub(super) responders: Option<Responders>,
}

impl ArmSummary {
    /// The arm.
    pub fn arm(&self) -> &ArmLabel {
        &self.arm
    }

    /// Patients randomized to the arm.
    pub fn randomized(&self) -> u64 {
        self.randomized
    }

    /// The values at the timepoint: n, mean, SD.
    pub fn value(&self) -> &MeanSd {
        &self.value
    }

    /// The change from baseline; `None` at baseline.
    pub fn change(&self) -> Option<&MeanSd> {
        self.change.as_ref()
    }

    /// Responders; `None` at baseline for a definition that needs one.
    pub fn responders(&self) -> Option<&Responders> {
        self.responders.as_ref()
    }
}

/// The first arm against another at one timepoint: differences `first − other`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArmComparison {
    /// The first arm.
    pub(super) arm: ArmLabel,
    /// The arm it is compared with.
    pub(super) versus: ArmLabel,
    /// Difference of the mean values, to 0.01; absent when an arm has no values.
    pub(super) mean_difference: Option<Decimal>,
    /// Hedges' g of the values, to 0.01; absent below 3 values or without spread.
    pub(super) hedges_g: Option<Decimal>,
    /// Difference of the mean changes from baseline; absent at baseline or without changes.
    pub(super) change_difference: Option<Decimal>,
    /// Hedges' g of the changes.
    pub(super) change_hedges_g: Option<Decimal>,
    /// Difference of the responder percentages, in percentage points to 0.01.
    pub(super) responder_difference: Option<Decimal>,
}

impl ArmComparison {
    /// The first arm.
    pub fn arm(&self) -> &ArmLabel {
        &self.arm
    }

    /// The arm it is compared with.
    pub fn versus(&self) -> &ArmLabel {
        &self.versus
    }

    /// `mean(arm) − mean(versus)` of the values.
    pub fn mean_difference(&self) -> Option<Decimal> {
        self.mean_difference
    }

    /// Hedges' g of the values (see [`TrialTable`](super::TrialTable) for the formula).
    pub fn hedges_g(&self) -> Option<Decimal> {
        self.hedges_g
    }

    /// `mean(arm) − mean(versus)` of the changes from baseline.
    pub fn change_difference(&self) -> Option<Decimal> {
        self.change_difference
    }

    /// Hedges' g of the changes from baseline.
    pub fn change_hedges_g(&self) -> Option<Decimal> {
        self.change_hedges_g
    }

    /// The responder percentages' difference, in percentage points.
    pub fn responder_difference(&self) -> Option<Decimal> {
        self.responder_difference
    }
}

/// One timepoint of a [`TrialTable`](super::TrialTable): each arm, then the first arm against each other.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrialRow {
    /// The timepoint.
    pub(super) timepoint: Timepoint,
    /// One summary per arm, in the analysis' arm order.
    pub(super) arms: Vec<ArmSummary>,
    /// The first arm against each other arm, in arm order.
    pub(super) comparisons: Vec<ArmComparison>,
}

impl TrialRow {
    /// The timepoint.
    pub fn timepoint(&self) -> Timepoint {
        self.timepoint
    }

    /// The arms, in the analysis' order.
    pub fn arms(&self) -> &[ArmSummary] {
        &self.arms
    }

    /// The arm labelled `arm`.
    pub fn arm(&self, arm: &str) -> Option<&ArmSummary> {
        self.arms.iter().find(|a| a.arm.as_str() == arm)
    }

    /// The first arm against each other arm.
    pub fn comparisons(&self) -> &[ArmComparison] {
        &self.comparisons
    }

    /// The first arm against `versus`.
    pub fn comparison(&self, versus: &str) -> Option<&ArmComparison> {
        self.comparisons
            .iter()
            .find(|c| c.versus.as_str() == versus)
    }
}
