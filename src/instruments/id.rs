//! [`InstrumentId`]: the catalog's instruments, by their stable snake_case ids, from one table.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{InstrumentDefinition, InstrumentError};
use crate::text::Excerpt;

/// Declares [`InstrumentId`] from one row per instrument (variant, wire id, definition), with
/// its `ALL`, `as_str` and `definition`.
macro_rules! instrument_ids {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal => $definition:path, )*) => {
        /// An instrument of the catalog, by its stable snake_case id.
        ///
        /// ```
        /// use pain_reprocessing::instruments::InstrumentId;
        ///
        /// let id: InstrumentId = "promis_sleep_disturbance_8a".parse()?;
        /// assert_eq!(id, InstrumentId::PromisSleepDisturbance8a);
        /// assert_eq!(InstrumentId::BpiSf.to_string(), "bpi_sf");
        /// assert_eq!(serde_json::to_string(&InstrumentId::Phq9)?, "\"phq9\"");
        /// assert!("phq-9".parse::<InstrumentId>().is_err());
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum InstrumentId {
            $( $(#[$doc])* $variant, )*
        }

        impl InstrumentId {
            /// Every instrument, in catalog order.
            pub const ALL: [InstrumentId; [$($id),*].len()] = [$(InstrumentId::$variant),*];

            /// The stable snake_case id.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(InstrumentId::$variant => $id,)*
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
                    $(InstrumentId::$variant => &$definition,)*
                }
            }
        }
    };
}

instrument_ids! {
    /// Pain numeric rating scale 0-10 (§3.1).
    Nrs = "nrs" => super::nrs::DEFINITION,
    /// Brief Pain Inventory short form (§3.2).
    BpiSf = "bpi_sf" => super::bpi::DEFINITION,
    /// PEG-3 (§3.3).
    Peg3 = "peg3" => super::peg::DEFINITION,
    /// PHQ-9 (§3.4).
    Phq9 = "phq9" => super::phq::PHQ9,
    /// PHQ-2 (§3.4).
    Phq2 = "phq2" => super::phq::PHQ2,
    /// GAD-7 (§3.5).
    Gad7 = "gad7" => super::gad::GAD7,
    /// GAD-2 (§3.5).
    Gad2 = "gad2" => super::gad::GAD2,
    /// Pain Catastrophizing Scale (§3.6).
    Pcs = "pcs" => super::pcs::DEFINITION,
    /// Tampa Scale for Kinesiophobia, 11 items (§3.7).
    Tsk11 = "tsk11" => super::tsk::TSK11,
    /// Tampa Scale for Kinesiophobia, 17 items (§3.7).
    Tsk17 = "tsk17" => super::tsk::TSK17,
    /// Pain Self-Efficacy Questionnaire (§3.8).
    Pseq = "pseq" => super::pseq::DEFINITION,
    /// Oswestry Disability Index (§3.9).
    Odi = "odi" => super::odi::DEFINITION,
    /// Roland-Morris Disability Questionnaire (§3.10).
    Rmdq = "rmdq" => super::rmdq::DEFINITION,
    /// Patient Global Impression of Change (§3.11).
    Pgic = "pgic" => super::pgic::DEFINITION,
    /// Central Sensitization Inventory part A (§3.13).
    Csi = "csi" => super::csi::DEFINITION,
    /// PROMIS Depression 8a, the Boulder item set (§3.12; stored as `promis_depression_8b` until
    /// 2026-12).
    PromisDepression8a = "promis_depression_8a" => super::promis::DEPRESSION_8A,
    /// PROMIS Anxiety 8a (§3.12).
    PromisAnxiety8a = "promis_anxiety_8a" => super::promis::ANXIETY_8A,
    /// PROMIS Anger 5a (§3.12).
    PromisAnger5a = "promis_anger_5a" => super::promis::ANGER_5A,
    /// PROMIS Sleep Disturbance 8a, the Boulder item set (§3.12; stored as
    /// `promis_sleep_disturbance_8b` until 2026-12, a mislabel).
    PromisSleepDisturbance8a = "promis_sleep_disturbance_8a" => super::promis::SLEEP_DISTURBANCE_8A,
    /// PROMIS Sleep Disturbance 8b, in the DSM-5 Level 2 item order (§3.12).
    PromisSleepDisturbance8b = "promis_sleep_disturbance_8b" => super::promis::SLEEP_DISTURBANCE_8B,
    /// Boulder pain attribution (§3.14): a [`Response`](super::Response) of three 0-10 ratings
    /// and free-text causes, scored like every other entry (issue #19; the older
    /// [`AttributionResponse`](super::AttributionResponse) documents convert into one).
    PainAttribution = "pain_attribution" => super::attribution::DEFINITION,
}

impl InstrumentId {
    /// Whether a [`Response`](super::Response) to this instrument is its fixed list of numbers
    /// alone: every instrument but [`InstrumentId::PainAttribution`], whose response also
    /// carries free-text causes (so a REDCap mapping of answer fields cannot hold it).
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
        // The module path it had before it moved to its own file; ids only need to be distinct.
        "pain_reprocessing::instruments::InstrumentId".into()
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
