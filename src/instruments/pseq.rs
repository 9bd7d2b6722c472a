//! Pain Self-Efficacy Questionnaire (clinical reference §3.8): higher is better.

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Pseq,
    name: "Pain Self-Efficacy Questionnaire",
    short_name: "PSEQ",
    items: numbered_items!("pseq", "item"; 1 2 3 4 5 6 7 8 9 10),
    answer_min: 0,
    answer_max: 6,
    anchors: &[
        Anchor {
            value: 0,
            label: "not at all confident",
        },
        Anchor {
            value: 6,
            label: "completely confident",
        },
    ],
    direction: Direction::HigherIsBetter,
    recall: "confidence now, despite the pain",
    scoring: ScoringMethod::Sum,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 60,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::Severe, 0, 19),
            BandRule::new(Band::Moderate, 20, 30),
            BandRule::new(Band::Mild, 31, 40),
            BandRule::new(Band::Minimal, 41, 60),
        ],
        sources: &[SourceKey::S68],
        note: "ePPOC-style severity; higher totals are better",
    }),
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[
        Mcid {
            points_hundredths: Some(1100),
            percent: None,
            note: "as cited",
            source: Some(SourceKey::S54),
            verified: true,
        },
        Mcid {
            points_hundredths: Some(550),
            percent: None,
            note: "Maughan & Lewis 2010 (UNVERIFIED)",
            source: UNCITED,
            verified: false,
        },
        Mcid {
            points_hundredths: Some(700),
            percent: None,
            note: "ePPOC (UNVERIFIED)",
            source: UNCITED,
            verified: false,
        },
    ],
    reliability: &[],
    licence: Licence {
        status: LicenceStatus::Unverified,
        note: "© M. Nicholas; generally free for clinical and research use (UNVERIFIED)",
        sources: &[],
    },
    loinc: &[],
    sources: &[
        SourceKey::S54,
        SourceKey::S67,
        SourceKey::S68,
        SourceKey::S69,
    ],
    notes: &["short form PSEQ-2 exists `[S69]`", "LOINC: none found"],
    rule_version: 1,
};
