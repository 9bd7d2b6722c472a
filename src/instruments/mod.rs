//! Validated outcome instruments: a catalog of definitions as data, responses checked against their
//! instrument, and exact scores with bands, safety flags and missing-item provenance.
//!
//! Every number comes from the team's clinical reference, section 3, and each definition cites its
//! source keys (for example PHQ-9 bands, §3.4 `[S51]` `[S52]`). Rules the reference marks UNVERIFIED
//! are configurable ([`MissingPolicy`], [`ScoringOptions`]) with a conservative default.
//!
//! ```
//! use pain_reprocessing::instruments::{Band, InstrumentId, Response, SafetyFlag};
//!
//! let response: Response = serde_json::from_str(
//!     r#"{"schema_version": 1, "instrument": "phq9", "answers": [1, 2, 1, 2, 1, 1, 2, 1, 1]}"#,
//! )?;
//! let score = response.score()?;
//! assert_eq!(score.total().to_string(), "12"); // 1+2+1+2+1+1+2+1+1
//! assert_eq!(score.band(), Some(Band::Moderate)); // 10-14
//! // Item 9 above 0 raises a flag that no total or band hides.
//! assert_eq!(score.safety_flags(), &[SafetyFlag::SuicidalIdeation { answer: 1 }]);
//!
//! let definition = InstrumentId::Phq9.definition();
//! assert_eq!(definition.item_count(), 9);
//! assert!(definition.loinc().iter().any(|code| code.code() == "44261-6"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Scoring without allocation
//!
//! A [`Response`] keeps its answers in a fixed array (at most [`MAX_ITEMS`] items) with missing
//! answers as a bitmask, and a [`Score`] keeps subscales and flags in fixed-capacity storage, so
//! [`Response::score`] never touches the heap (proved by `tests/allocations.rs`).
//!
//! # Licences
//!
//! Items carry short neutral labels only, never questionnaire text, including for public-domain
//! instruments; PROMIS T-score tables are never bundled (see [`TScoreTable`]).

/// Items numbered `1..=n` with ids `<prefix>_<n>` and labels `<label> <n>`.
macro_rules! numbered_items {
    ($prefix:literal, $label:literal; $($n:literal)+) => {
        &[$($crate::instruments::definition::Item {
            id: concat!($prefix, "_", stringify!($n)),
            label: concat!($label, " ", stringify!($n)),
        }),+]
    };
}

mod attribution;
mod band;
mod bpi;
mod csi;
mod definition;
mod docs;
mod error;
mod gad;
mod missing;
mod nrs;
mod odi;
mod pcs;
mod peg;
mod pgic;
mod phq;
mod promis;
mod pseq;
mod response;
mod rmdq;
mod score;
mod tsk;
mod whole_sum;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::Excerpt;

pub use self::attribution::{
    AttributionCategory, AttributionResponse, AttributionSummary, CodedCause, MAX_CAUSES,
    MindBrainShare,
};
pub use self::band::{Band, BandRule};
pub use self::definition::{
    Anchor, Bands, InstrumentDefinition, Item, Licence, LicenceStatus, Loinc, LoincTarget, Mcid,
    MissingRule, Reliability, ReliabilityKind, ScoringMethod, SubscaleDefinition, SubscaleId,
};
pub use self::docs::catalog_markdown;
pub use self::error::InstrumentError;
pub use self::missing::{MissingHandling, MissingPolicy, ScoringOptions};
pub use self::odi::DEFAULT_MAX_MISSING_SECTIONS as ODI_DEFAULT_MAX_MISSING_SECTIONS;
pub use self::phq::SAFETY_ITEM as PHQ9_SAFETY_ITEM;
pub use self::promis::{SLEEP_REVERSE_ITEMS as PROMIS_SLEEP_REVERSE_ITEMS, TScoreTable};
pub use self::response::{MAX_ITEMS, RecallPeriod, Response};
pub use self::score::{SafetyFlag, SafetyFlags, Score, SubscaleScore};

/// An instrument of the catalog, by its stable snake_case id.
///
/// ```
/// use pain_reprocessing::instruments::InstrumentId;
///
/// let id: InstrumentId = "promis_sleep_disturbance_8b".parse()?;
/// assert_eq!(id, InstrumentId::PromisSleepDisturbance8b);
/// assert_eq!(InstrumentId::BpiSf.to_string(), "bpi_sf");
/// assert_eq!(serde_json::to_string(&InstrumentId::Phq9)?, "\"phq9\"");
/// assert!("phq-9".parse::<InstrumentId>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstrumentId {
    /// Pain numeric rating scale 0-10 (§3.1).
    Nrs,
    /// Brief Pain Inventory short form (§3.2).
    BpiSf,
    /// PEG-3 (§3.3).
    Peg3,
    /// PHQ-9 (§3.4).
    Phq9,
    /// PHQ-2 (§3.4).
    Phq2,
    /// GAD-7 (§3.5).
    Gad7,
    /// GAD-2 (§3.5).
    Gad2,
    /// Pain Catastrophizing Scale (§3.6).
    Pcs,
    /// Tampa Scale for Kinesiophobia, 11 items (§3.7).
    Tsk11,
    /// Tampa Scale for Kinesiophobia, 17 items (§3.7).
    Tsk17,
    /// Pain Self-Efficacy Questionnaire (§3.8).
    Pseq,
    /// Oswestry Disability Index (§3.9).
    Odi,
    /// Roland-Morris Disability Questionnaire (§3.10).
    Rmdq,
    /// Patient Global Impression of Change (§3.11).
    Pgic,
    /// Central Sensitization Inventory part A (§3.13).
    Csi,
    /// PROMIS Depression 8b (§3.12).
    PromisDepression8b,
    /// PROMIS Anxiety 8a (§3.12).
    PromisAnxiety8a,
    /// PROMIS Anger 5a (§3.12).
    PromisAnger5a,
    /// PROMIS Sleep Disturbance 8b (§3.12).
    PromisSleepDisturbance8b,
    /// Boulder pain attribution (§3.14): scored by [`AttributionResponse`], not [`Response`].
    PainAttribution,
}

impl InstrumentId {
    /// Every instrument, in catalog order.
    pub const ALL: [InstrumentId; 20] = [
        InstrumentId::Nrs,
        InstrumentId::BpiSf,
        InstrumentId::Peg3,
        InstrumentId::Phq9,
        InstrumentId::Phq2,
        InstrumentId::Gad7,
        InstrumentId::Gad2,
        InstrumentId::Pcs,
        InstrumentId::Tsk11,
        InstrumentId::Tsk17,
        InstrumentId::Pseq,
        InstrumentId::Odi,
        InstrumentId::Rmdq,
        InstrumentId::Pgic,
        InstrumentId::Csi,
        InstrumentId::PromisDepression8b,
        InstrumentId::PromisAnxiety8a,
        InstrumentId::PromisAnger5a,
        InstrumentId::PromisSleepDisturbance8b,
        InstrumentId::PainAttribution,
    ];

    /// The stable snake_case id.
    pub const fn as_str(self) -> &'static str {
        match self {
            InstrumentId::Nrs => "nrs",
            InstrumentId::BpiSf => "bpi_sf",
            InstrumentId::Peg3 => "peg3",
            InstrumentId::Phq9 => "phq9",
            InstrumentId::Phq2 => "phq2",
            InstrumentId::Gad7 => "gad7",
            InstrumentId::Gad2 => "gad2",
            InstrumentId::Pcs => "pcs",
            InstrumentId::Tsk11 => "tsk11",
            InstrumentId::Tsk17 => "tsk17",
            InstrumentId::Pseq => "pseq",
            InstrumentId::Odi => "odi",
            InstrumentId::Rmdq => "rmdq",
            InstrumentId::Pgic => "pgic",
            InstrumentId::Csi => "csi",
            InstrumentId::PromisDepression8b => "promis_depression_8b",
            InstrumentId::PromisAnxiety8a => "promis_anxiety_8a",
            InstrumentId::PromisAnger5a => "promis_anger_5a",
            InstrumentId::PromisSleepDisturbance8b => "promis_sleep_disturbance_8b",
            InstrumentId::PainAttribution => "pain_attribution",
        }
    }

    /// The instrument's definition: items, scoring, bands, MCIDs, licence, sources.
    ///
    /// ```
    /// use pain_reprocessing::Direction;
    /// use pain_reprocessing::instruments::InstrumentId;
    ///
    /// let pseq = InstrumentId::Pseq.definition();
    /// assert_eq!(pseq.direction(), Direction::HigherIsBetter);
    /// assert_eq!(pseq.mcids()[0].points().map(|p| p.to_string()), Some("11".to_owned()));
    /// let tsk = InstrumentId::Tsk11.definition();
    /// assert_eq!(tsk.reliability().iter().map(|r| r.value().to_string()).last(), Some("2.54".to_owned()));
    /// ```
    #[inline]
    pub const fn definition(self) -> &'static InstrumentDefinition {
        match self {
            InstrumentId::Nrs => &nrs::DEFINITION,
            InstrumentId::BpiSf => &bpi::DEFINITION,
            InstrumentId::Peg3 => &peg::DEFINITION,
            InstrumentId::Phq9 => &phq::PHQ9,
            InstrumentId::Phq2 => &phq::PHQ2,
            InstrumentId::Gad7 => &gad::GAD7,
            InstrumentId::Gad2 => &gad::GAD2,
            InstrumentId::Pcs => &pcs::DEFINITION,
            InstrumentId::Tsk11 => &tsk::TSK11,
            InstrumentId::Tsk17 => &tsk::TSK17,
            InstrumentId::Pseq => &pseq::DEFINITION,
            InstrumentId::Odi => &odi::DEFINITION,
            InstrumentId::Rmdq => &rmdq::DEFINITION,
            InstrumentId::Pgic => &pgic::DEFINITION,
            InstrumentId::Csi => &csi::DEFINITION,
            InstrumentId::PromisDepression8b => &promis::DEPRESSION_8B,
            InstrumentId::PromisAnxiety8a => &promis::ANXIETY_8A,
            InstrumentId::PromisAnger5a => &promis::ANGER_5A,
            InstrumentId::PromisSleepDisturbance8b => &promis::SLEEP_DISTURBANCE_8B,
            InstrumentId::PainAttribution => &attribution::DEFINITION,
        }
    }

    /// Whether answers to this instrument form a fixed-length [`Response`] (every instrument but
    /// [`InstrumentId::PainAttribution`]).
    pub const fn is_fixed_response(self) -> bool {
        !matches!(self, InstrumentId::PainAttribution)
    }
}

/// Every instrument's definition, in catalog order.
pub fn catalog() -> impl Iterator<Item = &'static InstrumentDefinition> {
    InstrumentId::ALL.into_iter().map(InstrumentId::definition)
}

impl fmt::Display for InstrumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for InstrumentId {
    type Err = InstrumentError;

    fn from_str(input: &str) -> Result<InstrumentId, InstrumentError> {
        InstrumentId::ALL
            .into_iter()
            .find(|id| id.as_str() == input)
            .ok_or_else(|| InstrumentError::UnknownInstrument {
                input: Excerpt::new(input),
            })
    }
}

impl Serialize for InstrumentId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InstrumentId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<InstrumentId, D::Error> {
        let text = Cow::<'de, str>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for InstrumentId {
    fn schema_name() -> Cow<'static, str> {
        "InstrumentId".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::InstrumentId").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = InstrumentId::ALL.iter().map(|id| id.as_str()).collect();
        json_schema!({
            "title": "InstrumentId",
            "description": "An outcome instrument of the catalog, by its stable snake_case id.",
            "type": "string",
            "enum": ids,
        })
    }
}

#[cfg(test)]
mod tests;
