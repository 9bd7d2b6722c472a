//! PEG-3 (clinical reference §3.3), public domain by a third-party statement.

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::definition::*;
use crate::source::SourceKey;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Peg3,
    name: "PEG-3 (Pain, Enjoyment of life, General activity)",
    short_name: "PEG-3",
    items: &[
        Item {
            id: "peg_1_pain",
            label: "average pain",
        },
        Item {
            id: "peg_2_enjoyment",
            label: "interference with enjoyment of life",
        },
        Item {
            id: "peg_3_activity",
            label: "interference with general activity",
        },
    ],
    answer_min: 0,
    answer_max: 10,
    anchors: &[],
    direction: Direction::HigherIsWorse,
    recall: "past week",
    scoring: ScoringMethod::Mean,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 10,
    bands: None,
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[Mcid {
        points_hundredths: None,
        percent: Some(30),
        note: "≥30% reduction used by analogy with IMMPACT",
        source: UNCITED,
        verified: false,
    }],
    reliability: &[
        Reliability {
            kind: ReliabilityKind::CronbachAlpha,
            hundredths: 73,
            note: "primary care",
            source: Some(SourceKey::S48),
            verified: true,
        },
        Reliability {
            kind: ReliabilityKind::CronbachAlpha,
            hundredths: 89,
            note: "veterans",
            source: Some(SourceKey::S48),
            verified: true,
        },
    ],
    licence: Licence {
        status: LicenceStatus::PublicDomain,
        note: "published open access, widely described as free/public domain (third-party statement)",
        sources: &[SourceKey::S50],
    },
    loinc: &[
        Loinc {
            code: "91148-7",
            target: LoincTarget::Panel,
            source: SourceKey::S50,
        },
        Loinc {
            code: "91147-9",
            target: LoincTarget::Total,
            source: SourceKey::S50,
        },
    ],
    sources: &[SourceKey::S48, SourceKey::S49, SourceKey::S50],
    notes: &[
        "no bands published by the developers (UNVERIFIED)",
        "item LOINC codes 75893-8, 91145-3, 91146-1 are listed by `[S50]` without an item mapping, so the catalog does not assign them",
        "construct validity r 0.60-0.95; responsive to 6-month change `[S48]`",
    ],
    rule_version: 1,
};
