//! PHQ-9 and PHQ-2 (clinical reference §3.4, safety §2.2). Public domain; the crate still ships
//! neutral labels only.

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

/// The answer anchors shared by PHQ and GAD items (§3.4 `[S51]`).
pub(super) const FREQUENCY_ANCHORS: &[Anchor] = &[
    Anchor {
        value: 0,
        label: "not at all",
    },
    Anchor {
        value: 1,
        label: "several days",
    },
    Anchor {
        value: 2,
        label: "more than half the days",
    },
    Anchor {
        value: 3,
        label: "nearly every day",
    },
];

/// PHQ-9 item 9, the safety item (§2.2).
pub const SAFETY_ITEM: u8 = 9;

const PHQ9_ITEMS: &[Item] = &[
    Item {
        id: "phq9_1",
        label: "little interest or pleasure",
    },
    Item {
        id: "phq9_2",
        label: "feeling down or hopeless",
    },
    Item {
        id: "phq9_3",
        label: "sleep problems",
    },
    Item {
        id: "phq9_4",
        label: "tiredness or little energy",
    },
    Item {
        id: "phq9_5",
        label: "appetite",
    },
    Item {
        id: "phq9_6",
        label: "feeling bad about oneself",
    },
    Item {
        id: "phq9_7",
        label: "trouble concentrating",
    },
    Item {
        id: "phq9_8",
        label: "moving slowly or restless",
    },
    Item {
        id: "phq9_9",
        label: "thoughts of death or self-harm",
    },
];

const PUBLIC_DOMAIN: Licence = Licence {
    status: LicenceStatus::PublicDomain,
    note: "PHQ screeners: no permission needed to reproduce, translate, display or distribute",
    sources: &[SourceKey::S55, SourceKey::S56],
};

pub(super) static PHQ9: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Phq9,
    name: "Patient Health Questionnaire-9",
    short_name: "PHQ-9",
    items: PHQ9_ITEMS,
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
    score_max: 27,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::Minimal, 0, 4),
            BandRule::new(Band::Mild, 5, 9),
            BandRule::new(Band::Moderate, 10, 14),
            BandRule::new(Band::ModeratelySevere, 15, 19),
            BandRule::new(Band::Severe, 20, 27),
        ],
        sources: &[SourceKey::S51, SourceKey::S52],
        note: "whole-number totals; a prorated total is rounded before banding",
    }),
    missing: MissingRule::Policy,
    safety_item: Some(SAFETY_ITEM),
    mcids: &[Mcid {
        points_hundredths: Some(500),
        percent: None,
        note: "Löwe 2004, as cited",
        source: Some(SourceKey::S54),
        verified: true,
    }],
    reliability: &[
        Reliability {
            kind: ReliabilityKind::CronbachAlpha,
            hundredths: 89,
            note: "Kroenke 2001",
            source: Some(SourceKey::S52),
            verified: true,
        },
        Reliability {
            kind: ReliabilityKind::TestRetest,
            hundredths: 84,
            note: "UNVERIFIED",
            source: UNCITED,
            verified: false,
        },
    ],
    licence: PUBLIC_DOMAIN,
    loinc: &[
        Loinc {
            code: "44249-1",
            target: LoincTarget::Panel,
            source: SourceKey::S45,
        },
        Loinc {
            code: "44261-6",
            target: LoincTarget::Total,
            source: SourceKey::S57,
        },
        Loinc {
            code: "44250-9",
            target: LoincTarget::Item(1),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44255-8",
            target: LoincTarget::Item(2),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44259-0",
            target: LoincTarget::Item(3),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44254-1",
            target: LoincTarget::Item(4),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44251-7",
            target: LoincTarget::Item(5),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44258-2",
            target: LoincTarget::Item(6),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44252-5",
            target: LoincTarget::Item(7),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44253-3",
            target: LoincTarget::Item(8),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44260-8",
            target: LoincTarget::Item(9),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6568-5",
            target: LoincTarget::Answer(0),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6569-3",
            target: LoincTarget::Answer(1),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6570-1",
            target: LoincTarget::Answer(2),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6571-9",
            target: LoincTarget::Answer(3),
            source: SourceKey::S91,
        },
    ],
    sources: &[
        SourceKey::S35,
        SourceKey::S36,
        SourceKey::S37,
        SourceKey::S45,
        SourceKey::S51,
        SourceKey::S52,
        SourceKey::S53,
        SourceKey::S54,
        SourceKey::S55,
        SourceKey::S56,
        SourceKey::S57,
        SourceKey::S91,
    ],
    notes: &[
        "item 9 > 0 raises a suicidal-ideation safety flag regardless of the total; item 9 unanswered raises a safety-item-unanswered flag; item 9 is never prorated (§2.2)",
        "cut-off ≥10: sensitivity 88%, specificity 88% for major depression `[S52]`",
        "response often defined as ≥50% reduction (UNVERIFIED)",
        "common practice (UNVERIFIED): prorate if ≤2 items missing",
    ],
    rule_version: 1,
};

pub(super) static PHQ2: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Phq2,
    name: "Patient Health Questionnaire-2",
    short_name: "PHQ-2",
    items: &[
        Item {
            id: "phq2_1",
            label: "little interest or pleasure",
        },
        Item {
            id: "phq2_2",
            label: "feeling down or hopeless",
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
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::NegativeScreen, 0, 2),
            BandRule::new(Band::PositiveScreen, 3, 6),
        ],
        sources: &[SourceKey::S51, SourceKey::S53],
        note: "≥3 positive screen",
    }),
    missing: MissingRule::RequireAll,
    safety_item: None,
    mcids: &[],
    reliability: &[],
    licence: PUBLIC_DOMAIN,
    loinc: &[
        Loinc {
            code: "55757-9",
            target: LoincTarget::Panel,
            source: SourceKey::S57,
        },
        Loinc {
            code: "55758-7",
            target: LoincTarget::Total,
            source: SourceKey::S57,
        },
        Loinc {
            code: "44250-9",
            target: LoincTarget::Item(1),
            source: SourceKey::S91,
        },
        Loinc {
            code: "44255-8",
            target: LoincTarget::Item(2),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6568-5",
            target: LoincTarget::Answer(0),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6569-3",
            target: LoincTarget::Answer(1),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6570-1",
            target: LoincTarget::Answer(2),
            source: SourceKey::S91,
        },
        Loinc {
            code: "LA6571-9",
            target: LoincTarget::Answer(3),
            source: SourceKey::S91,
        },
    ],
    sources: &[
        SourceKey::S51,
        SourceKey::S53,
        SourceKey::S55,
        SourceKey::S56,
        SourceKey::S57,
        SourceKey::S91,
    ],
    notes: &[
        "items 1-2 of PHQ-9; the reference requires both items",
        "≥3: sensitivity 61%, specificity 92%; ≥2: 86%/78% `[S53]`",
    ],
    rule_version: 1,
};
