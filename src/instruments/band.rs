//! Severity bands: named ranges of a total, with their edges as data.

use serde::{Deserialize, Serialize};

/// A named range of a total, such as PHQ-9 `moderate` (10-14).
///
/// Which bands an instrument has, and their edges, are in its definition
/// ([`InstrumentDefinition::bands`](crate::instruments::InstrumentDefinition::bands)).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Band {
    /// Minimal (PHQ-9, GAD-7, ODI, PSEQ).
    Minimal,
    /// Mild (PHQ-9, GAD-7, NRS/BPI, PSEQ, CSI).
    Mild,
    /// Moderate (PHQ-9, GAD-7, NRS/BPI, ODI, PSEQ, CSI).
    Moderate,
    /// Moderately severe (PHQ-9).
    ModeratelySevere,
    /// Severe (PHQ-9, GAD-7, NRS/BPI, ODI, PSEQ, CSI).
    Severe,
    /// Extreme (CSI).
    Extreme,
    /// Subclinical (CSI).
    Subclinical,
    /// Crippled (ODI 61-80, the published label).
    Crippled,
    /// Bed-bound or exaggerating (ODI 81-100, the published label).
    BedBoundOrExaggerating,
    /// Negative screen (PHQ-2 below 3).
    NegativeScreen,
    /// Positive screen (PHQ-2 3 or more).
    PositiveScreen,
    /// Below the clinically relevant threshold (PCS below 30).
    BelowThreshold,
    /// Clinically relevant catastrophizing (PCS 30 or more).
    ClinicallyRelevant,
    /// Recovered (RMDQ 2 or less).
    Recovered,
    /// Not recovered (RMDQ 3 or more).
    NotRecovered,
    /// PGIC 1: very much improved.
    VeryMuchImproved,
    /// PGIC 2: much improved.
    MuchImproved,
    /// PGIC 3: minimally improved.
    MinimallyImproved,
    /// PGIC 4: no change.
    NoChange,
    /// PGIC 5: minimally worse.
    MinimallyWorse,
    /// PGIC 6: much worse.
    MuchWorse,
    /// PGIC 7: very much worse.
    VeryMuchWorse,
}

impl Band {
    /// The snake_case id used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Band::Minimal => "minimal",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::ModeratelySevere => "moderately_severe",
            Band::Severe => "severe",
            Band::Extreme => "extreme",
            Band::Subclinical => "subclinical",
            Band::Crippled => "crippled",
            Band::BedBoundOrExaggerating => "bed_bound_or_exaggerating",
            Band::NegativeScreen => "negative_screen",
            Band::PositiveScreen => "positive_screen",
            Band::BelowThreshold => "below_threshold",
            Band::ClinicallyRelevant => "clinically_relevant",
            Band::Recovered => "recovered",
            Band::NotRecovered => "not_recovered",
            Band::VeryMuchImproved => "very_much_improved",
            Band::MuchImproved => "much_improved",
            Band::MinimallyImproved => "minimally_improved",
            Band::NoChange => "no_change",
            Band::MinimallyWorse => "minimally_worse",
            Band::MuchWorse => "much_worse",
            Band::VeryMuchWorse => "very_much_worse",
        }
    }
}

impl std::fmt::Display for Band {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One band: its printed range and its upper edge.
///
/// A value belongs to the first band (lowest first) whose upper edge it does not exceed, compared
/// exactly: for ODI `0-20 minimal, 21-40 moderate`, 20 is minimal and any value above 20 (such as
/// 20.5) is moderate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BandRule {
    pub(super) band: Band,
    pub(super) lower: i32,
    pub(super) upper: i32,
    pub(super) upper_hundredths: i64,
}

impl BandRule {
    /// A band printed as `lower-upper` (whole numbers).
    pub(super) const fn new(band: Band, lower: i32, upper: i32) -> BandRule {
        BandRule {
            band,
            lower,
            upper,
            upper_hundredths: upper as i64 * 100,
        }
    }

    /// The band.
    pub const fn band(&self) -> Band {
        self.band
    }
    /// The lower edge as printed by the source.
    pub const fn lower(&self) -> i32 {
        self.lower
    }
    /// The upper edge as printed by the source; values up to and including it are in this band.
    pub const fn upper(&self) -> i32 {
        self.upper
    }
}
