//! Patient Global Impression of Change, 7 categories (clinical reference §3.11).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Pgic,
    name: "Patient Global Impression of Change",
    short_name: "PGIC",
    items: &[Item {
        id: "pgic_1",
        label: "overall change since the start of treatment",
    }],
    answer_min: 1,
    answer_max: 7,
    anchors: &[
        Anchor {
            value: 1,
            label: "very much improved",
        },
        Anchor {
            value: 2,
            label: "much improved",
        },
        Anchor {
            value: 3,
            label: "minimally improved",
        },
        Anchor {
            value: 4,
            label: "no change",
        },
        Anchor {
            value: 5,
            label: "minimally worse",
        },
        Anchor {
            value: 6,
            label: "much worse",
        },
        Anchor {
            value: 7,
            label: "very much worse",
        },
    ],
    direction: Direction::HigherIsWorse,
    recall: "since the start of treatment",
    scoring: ScoringMethod::Single,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 1,
    score_max: 7,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::VeryMuchImproved, 1, 1),
            BandRule::new(Band::MuchImproved, 2, 2),
            BandRule::new(Band::MinimallyImproved, 3, 3),
            BandRule::new(Band::NoChange, 4, 4),
            BandRule::new(Band::MinimallyWorse, 5, 5),
            BandRule::new(Band::MuchWorse, 6, 6),
            BandRule::new(Band::VeryMuchWorse, 7, 7),
        ],
        sources: &[SourceKey::S77],
        note: "one band per category",
    }),
    missing: MissingRule::NoScore,
    safety_item: None,
    mcids: &[],
    reliability: &[],
    licence: Licence {
        status: LicenceStatus::PublicDomain,
        note: "NINDS common data element",
        sources: &[SourceKey::S77],
    },
    loinc: &[],
    sources: &[SourceKey::S41, SourceKey::S43, SourceKey::S77],
    notes: &[
        "other PGIC wordings and orders exist (0-10, reversed): this is the 7-point, 1 = very much improved variant",
        "Farrar used much or very much improved as \"clinically important\" `[S43]`",
        "LOINC UNVERIFIED",
    ],
    rule_version: 1,
};
