//! GAD-7 and GAD-2 (clinical reference §3.5). Public domain; neutral labels only.

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::instruments::phq::FREQUENCY_ANCHORS;
use crate::source::SourceKey;

const PUBLIC_DOMAIN: Licence = Licence {
    status: LicenceStatus::PublicDomain,
    note: "same terms as the PHQ screeners",
    sources: &[SourceKey::S55, SourceKey::S56],
};

pub(super) static GAD7: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Gad7,
    name: "Generalized Anxiety Disorder-7",
    short_name: "GAD-7",
    items: &[
        Item {
            id: "gad7_1",
            label: "feeling nervous or on edge",
        },
        Item {
            id: "gad7_2",
            label: "not able to stop worrying",
        },
        Item {
            id: "gad7_3",
            label: "worrying too much",
        },
        Item {
            id: "gad7_4",
            label: "trouble relaxing",
        },
        Item {
            id: "gad7_5",
            label: "restlessness",
        },
        Item {
            id: "gad7_6",
            label: "irritability",
        },
        Item {
            id: "gad7_7",
            label: "feeling afraid",
        },
    ],
    answer_min: 0,
    answer_max: 3,
    anchors: FREQUENCY_ANCHORS,
    direction: Direction::HigherIsWorse,
    recall: "past 2 weeks",
    scoring: ScoringMethod::Sum,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 21,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::Minimal, 0, 4),
            BandRule::new(Band::Mild, 5, 9),
            BandRule::new(Band::Moderate, 10, 14),
            BandRule::new(Band::Severe, 15, 21),
        ],
        sources: &[SourceKey::S58, SourceKey::S59],
        note: "whole-number totals; a prorated total is rounded before banding",
    }),
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[Mcid {
        points_hundredths: Some(400),
        percent: None,
        note: "≈4 points (Toussaint 2020; paper located, value UNVERIFIED)",
        source: Some(SourceKey::S60),
        verified: false,
    }],
    reliability: &[
        Reliability {
            kind: ReliabilityKind::CronbachAlpha,
            hundredths: 92,
            note: "UNVERIFIED (Spitzer 2006 from memory)",
            source: UNCITED,
            verified: false,
        },
        Reliability {
            kind: ReliabilityKind::Icc,
            hundredths: 83,
            note: "UNVERIFIED (Spitzer 2006 from memory)",
            source: UNCITED,
            verified: false,
        },
    ],
    licence: PUBLIC_DOMAIN,
    loinc: &[
        Loinc {
            code: "69737-5",
            target: LoincTarget::Panel,
            source: SourceKey::S57,
        },
        Loinc {
            code: "70274-6",
            target: LoincTarget::Total,
            source: SourceKey::S57,
        },
    ],
    sources: &[
        SourceKey::S55,
        SourceKey::S56,
        SourceKey::S57,
        SourceKey::S58,
        SourceKey::S59,
        SourceKey::S60,
    ],
    notes: &[
        "cut-off ≥10: sensitivity 89%, specificity 82% `[S58]`",
        "some projects mislabel 69737-5 (the panel) as the total",
    ],
    rule_version: 1,
};

pub(super) static GAD2: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Gad2,
    name: "Generalized Anxiety Disorder-2",
    short_name: "GAD-2",
    items: &[
        Item {
            id: "gad2_1",
            label: "feeling nervous or on edge",
        },
        Item {
            id: "gad2_2",
            label: "not able to stop worrying",
        },
    ],
    answer_min: 0,
    answer_max: 3,
    anchors: FREQUENCY_ANCHORS,
    direction: Direction::HigherIsWorse,
    recall: "past 2 weeks",
    scoring: ScoringMethod::Sum,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 6,
    bands: None,
    missing: MissingRule::RequireAll,
    safety_item: None,
    mcids: &[],
    reliability: &[],
    licence: PUBLIC_DOMAIN,
    loinc: &[],
    sources: &[SourceKey::S55, SourceKey::S56, SourceKey::S58],
    notes: &[
        "items 1-2 of GAD-7; the reference requires both items",
        "≥3 positive screen is UNVERIFIED (Kroenke 2007), so the catalog assigns no band",
        "LOINC UNVERIFIED",
    ],
    rule_version: 1,
};
