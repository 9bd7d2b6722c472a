//! [`AssessmentSpec`]: one assessment of the schedule, its instruments and its tolerance window.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instruments::InstrumentId;
use crate::outcomes::Timepoint;

/// When an assessment is taken, what it measures, and how far from its anchor it may be taken.
///
/// The anchor of each timepoint: enrollment for baseline, the end of treatment for post-treatment,
/// and the post-treatment assessment plus the offset in months for a follow-up (clinical reference
/// §1.6 `[S4]`). The window opens `days_before` the anchor and closes `days_after` it; these
/// tolerances are a design choice of each protocol, not trial facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct AssessmentSpec {
    pub(super) timepoint: Timepoint,
    /// The instruments given, at least one, none twice.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    pub(super) instruments: Vec<InstrumentId>,
    #[schemars(range(max = 365))]
    pub(super) days_before: u16,
    #[schemars(range(max = 365))]
    pub(super) days_after: u16,
}

impl AssessmentSpec {
    /// An assessment at `timepoint` of `instruments`, allowed from `days_before` its anchor to
    /// `days_after` it. Checked when the protocol is built.
    pub fn new(
        timepoint: Timepoint,
        instruments: impl IntoIterator<Item = InstrumentId>,
        days_before: u16,
        days_after: u16,
    ) -> AssessmentSpec {
        AssessmentSpec {
            timepoint,
            instruments: instruments.into_iter().collect(),
            days_before,
            days_after,
        }
    }

    /// The timepoint.
    pub fn timepoint(&self) -> Timepoint {
        self.timepoint
    }

    /// The instruments to administer, each once.
    pub fn instruments(&self) -> &[InstrumentId] {
        &self.instruments
    }

    /// Days before the anchor the window opens.
    pub fn days_before(&self) -> u16 {
        self.days_before
    }

    /// Days after the anchor the window closes.
    pub fn days_after(&self) -> u16 {
        self.days_after
    }
}
