//! Central Sensitization Inventory part A (clinical reference §3.13).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Csi,
    name: "Central Sensitization Inventory (part A)",
    short_name: "CSI",
    items: numbered_items!("csi", "symptom item"; 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25),
    answer_min: 0,
    answer_max: 4,
    anchors: &[
        Anchor {
            value: 0,
            label: "never",
        },
        Anchor {
            value: 1,
            label: "rarely",
        },
        Anchor {
            value: 2,
            label: "sometimes",
        },
        Anchor {
            value: 3,
            label: "often",
        },
        Anchor {
            value: 4,
            label: "always",
        },
    ],
    direction: Direction::HigherIsWorse,
    recall: "current symptoms",
    scoring: ScoringMethod::Sum,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 100,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::Subclinical, 0, 29),
            BandRule::new(Band::Mild, 30, 39),
            BandRule::new(Band::Moderate, 40, 49),
            BandRule::new(Band::Severe, 50, 59),
            BandRule::new(Band::Extreme, 60, 100),
        ],
        sources: &[SourceKey::S85],
        note: "Neblett et al.",
    }),
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[],
    reliability: &[Reliability {
        kind: ReliabilityKind::TestRetest,
        hundredths: 82,
        note: "Mayer 2012 (UNVERIFIED)",
        source: UNCITED,
        verified: false,
    }],
    licence: Licence {
        status: LicenceStatus::Unverified,
        note: "unverified",
        sources: &[],
    },
    loinc: &[],
    sources: &[SourceKey::S83, SourceKey::S84, SourceKey::S85],
    notes: &[
        "part B (prior diagnoses) is not scored",
        "cut-off 40 (Neblett 2013): value source UNVERIFIED",
        "short form CSI-9 exists `[S83]`",
        "LOINC: none found",
    ],
    rule_version: 1,
};
