//! Tampa Scale for Kinesiophobia, 17- and 11-item forms (clinical reference §3.7).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::definition::*;
use crate::source::SourceKey;

const ANCHORS: &[Anchor] = &[
    Anchor {
        value: 1,
        label: "strongly disagree",
    },
    Anchor {
        value: 4,
        label: "strongly agree",
    },
];

const LICENCE: Licence = Licence {
    status: LicenceStatus::Unverified,
    note: "original is an unpublished 1991 manuscript (Miller, Kori & Todd); freely reproduced in the literature",
    sources: &[],
};

pub(super) static TSK17: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Tsk17,
    name: "Tampa Scale for Kinesiophobia (17 items)",
    short_name: "TSK-17",
    items: numbered_items!("tsk17", "item"; 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17),
    answer_min: 1,
    answer_max: 4,
    anchors: ANCHORS,
    direction: Direction::HigherIsWorse,
    recall: "current agreement (no recall window)",
    scoring: ScoringMethod::Sum,
    reverse_items: &[4, 8, 12, 16],
    reverse_verified: true,
    subscales: &[],
    score_min: 17,
    score_max: 68,
    bands: None,
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[Mcid {
        points_hundredths: Some(400),
        percent: None,
        note: "≥4-point reduction",
        source: Some(SourceKey::S66),
        verified: true,
    }],
    reliability: &[
        Reliability {
            kind: ReliabilityKind::CronbachAlpha,
            hundredths: 76,
            note: "",
            source: Some(SourceKey::S66),
            verified: true,
        },
        Reliability {
            kind: ReliabilityKind::Icc,
            hundredths: 82,
            note: "",
            source: Some(SourceKey::S66),
            verified: true,
        },
        Reliability {
            kind: ReliabilityKind::Sem,
            hundredths: 316,
            note: "points; RCI(95%) = 1.96·√2·3.16 ≈ 8.8 points",
            source: Some(SourceKey::S66),
            verified: true,
        },
    ],
    licence: LICENCE,
    loinc: &[],
    sources: &[SourceKey::S54, SourceKey::S64, SourceKey::S66],
    notes: &[
        "items 4, 8, 12, 16 are reverse-scored (5 − answer)",
        ">37 \"high kinesiophobia\" (Vlaeyen 1995) is UNVERIFIED, so the catalog assigns no band",
        "LOINC: none found",
    ],
    rule_version: 1,
};

pub(super) static TSK11: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Tsk11,
    name: "Tampa Scale for Kinesiophobia (11 items)",
    short_name: "TSK-11",
    items: numbered_items!("tsk11", "item"; 1 2 3 4 5 6 7 8 9 10 11),
    answer_min: 1,
    answer_max: 4,
    anchors: ANCHORS,
    direction: Direction::HigherIsWorse,
    recall: "current agreement (no recall window)",
    scoring: ScoringMethod::Sum,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 11,
    score_max: 44,
    bands: None,
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[
        Mcid {
            points_hundredths: Some(400),
            percent: None,
            note: "≥4-point reduction",
            source: Some(SourceKey::S66),
            verified: true,
        },
        Mcid {
            points_hundredths: Some(560),
            percent: None,
            note: "also cited",
            source: Some(SourceKey::S54),
            verified: true,
        },
    ],
    reliability: &[
        Reliability {
            kind: ReliabilityKind::CronbachAlpha,
            hundredths: 79,
            note: "",
            source: Some(SourceKey::S66),
            verified: true,
        },
        Reliability {
            kind: ReliabilityKind::Icc,
            hundredths: 81,
            note: "",
            source: Some(SourceKey::S66),
            verified: true,
        },
        Reliability {
            kind: ReliabilityKind::Sem,
            hundredths: 254,
            note: "points; RCI(95%) = 1.96·√2·2.54 ≈ 7.0 points",
            source: Some(SourceKey::S66),
            verified: true,
        },
    ],
    licence: LICENCE,
    loinc: &[],
    sources: &[SourceKey::S54, SourceKey::S65, SourceKey::S66],
    notes: &[
        "no reverse-scored items (TSK-11 drops TSK-17 items 4, 8, 9, 12, 14, 16)",
        "no bands established",
        "Boulder used TSK-11 (5-year means: PRT 19.2, placebo 23.1, usual care 22.9 `[S29]`)",
    ],
    rule_version: 1,
};
