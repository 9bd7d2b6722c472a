//! Pain Catastrophizing Scale (clinical reference §3.6): scoring only (© Sullivan).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Pcs,
    name: "Pain Catastrophizing Scale",
    short_name: "PCS",
    items: numbered_items!("pcs", "item"; 1 2 3 4 5 6 7 8 9 10 11 12 13),
    answer_min: 0,
    answer_max: 4,
    anchors: &[
        Anchor {
            value: 0,
            label: "not at all",
        },
        Anchor {
            value: 4,
            label: "all the time",
        },
    ],
    direction: Direction::HigherIsWorse,
    recall: "past painful experiences",
    scoring: ScoringMethod::Sum,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[
        SubscaleDefinition {
            id: SubscaleId::Rumination,
            items: &[8, 9, 10, 11],
            min: 0,
            max: 16,
            source: &[SourceKey::S61],
        },
        SubscaleDefinition {
            id: SubscaleId::Magnification,
            items: &[6, 7, 13],
            min: 0,
            max: 12,
            source: &[SourceKey::S61],
        },
        SubscaleDefinition {
            id: SubscaleId::Helplessness,
            items: &[1, 2, 3, 4, 5, 12],
            min: 0,
            max: 24,
            source: &[SourceKey::S61],
        },
    ],
    score_min: 0,
    score_max: 52,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::BelowThreshold, 0, 29),
            BandRule::new(Band::ClinicallyRelevant, 30, 52),
        ],
        sources: &[SourceKey::S61, SourceKey::S62],
        note: "≥30 = clinically relevant catastrophizing (≈75th percentile in the manual)",
    }),
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[Mcid {
        points_hundredths: None,
        percent: Some(38),
        note: "≈38% reduction from baseline, as cited",
        source: Some(SourceKey::S54),
        verified: true,
    }],
    reliability: &[Reliability {
        kind: ReliabilityKind::TestRetest,
        hundredths: 75,
        note: "over 6 weeks (UNVERIFIED)",
        source: UNCITED,
        verified: false,
    }],
    licence: Licence {
        status: LicenceStatus::PermissionRequired,
        note: "© Michael J.L. Sullivan (manual 1995-2009); listed as free to use in rehabilitation databases; redistribution of item text in software UNVERIFIED: request permission",
        sources: &[SourceKey::S61, SourceKey::S63],
    },
    loinc: &[],
    sources: &[
        SourceKey::S54,
        SourceKey::S61,
        SourceKey::S62,
        SourceKey::S63,
    ],
    notes: &[
        "subscales are reported only when all of their items are answered (the reference suggests subscales need all items)",
        "LOINC: none found",
    ],
    rule_version: 1,
};
