//! Brief Pain Inventory short form (clinical reference §3.2): scoring only, no item text (© Cleeland).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::definition::*;
use crate::source::SourceKey;

/// The 4 severity items (positions 1-4 of a response).
pub(super) const SEVERITY_ITEMS: &[u8] = &[1, 2, 3, 4];
/// The 7 interference items (positions 5-11 of a response).
pub(super) const INTERFERENCE_ITEMS: &[u8] = &[5, 6, 7, 8, 9, 10, 11];
/// Interference is valid with at least this many of its 7 items answered (ePPOC rule, §3.2 `[S39]`).
pub(super) const INTERFERENCE_MIN_ANSWERED: usize = 4;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::BpiSf,
    name: "Brief Pain Inventory - Short Form",
    short_name: "BPI-SF",
    items: &[
        Item {
            id: "bpi_3_worst",
            label: "pain at its worst",
        },
        Item {
            id: "bpi_4_least",
            label: "pain at its least",
        },
        Item {
            id: "bpi_5_average",
            label: "average pain",
        },
        Item {
            id: "bpi_6_now",
            label: "pain right now",
        },
        Item {
            id: "bpi_9a_general_activity",
            label: "interference: general activity",
        },
        Item {
            id: "bpi_9b_mood",
            label: "interference: mood",
        },
        Item {
            id: "bpi_9c_walking",
            label: "interference: walking ability",
        },
        Item {
            id: "bpi_9d_normal_work",
            label: "interference: normal work",
        },
        Item {
            id: "bpi_9e_relations",
            label: "interference: relations with other people",
        },
        Item {
            id: "bpi_9f_sleep",
            label: "interference: sleep",
        },
        Item {
            id: "bpi_9g_enjoyment",
            label: "interference: enjoyment of life",
        },
    ],
    answer_min: 0,
    answer_max: 10,
    anchors: &[
        Anchor {
            value: 0,
            label: "no pain / does not interfere",
        },
        Anchor {
            value: 10,
            label: "worst pain / completely interferes",
        },
    ],
    direction: Direction::HigherIsWorse,
    recall: "past 24 hours (standard); past week in the Boulder trial",
    scoring: ScoringMethod::BpiMeans,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[
        SubscaleDefinition {
            id: SubscaleId::Severity,
            items: SEVERITY_ITEMS,
            min: 0,
            max: 10,
            source: &[SourceKey::S39, SourceKey::S46],
        },
        SubscaleDefinition {
            id: SubscaleId::Interference,
            items: INTERFERENCE_ITEMS,
            min: 0,
            max: 10,
            source: &[SourceKey::S39, SourceKey::S46],
        },
    ],
    score_min: 0,
    score_max: 10,
    bands: Some(super::nrs::PAIN_BANDS),
    missing: MissingRule::BpiInterference,
    safety_item: None,
    mcids: &[Mcid {
        points_hundredths: Some(100),
        percent: None,
        note: "IMMPACT: interference decrease ≥1 point = minimally important (applies to the interference subscale; for severity use the NRS thresholds)",
        source: Some(SourceKey::S41),
        verified: true,
    }],
    reliability: &[],
    licence: Licence {
        status: LicenceStatus::PermissionRequired,
        note: "© Charles S. Cleeland (1991); no use, reproduction, modification or translation without permission; fees may apply. The crate ships scoring only",
        sources: &[SourceKey::S46, SourceKey::S47],
    },
    loinc: &[Loinc {
        code: "77565-0",
        target: LoincTarget::Subscale(SubscaleId::Interference),
        source: SourceKey::S45,
    }],
    sources: &[
        SourceKey::S21,
        SourceKey::S39,
        SourceKey::S41,
        SourceKey::S45,
        SourceKey::S46,
        SourceKey::S47,
    ],
    notes: &[
        "the total is the severity mean (bands apply to pain items); the response holds the 4 severity items then the 7 interference items",
        "reliability not read (UNVERIFIED); severity LOINC code UNVERIFIED",
    ],
    rule_version: 1,
};
