//! Oswestry Disability Index v2.1a (clinical reference §3.9).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

/// The default maximum of unanswered sections: 1, the `÷45` example of the source (§3.9 `[S71]`);
/// the true maximum is UNVERIFIED, so it is configurable.
pub const DEFAULT_MAX_MISSING_SECTIONS: u8 = 1;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Odi,
    name: "Oswestry Disability Index v2.1a",
    short_name: "ODI",
    items: &[
        Item {
            id: "odi_1_pain_intensity",
            label: "pain intensity",
        },
        Item {
            id: "odi_2_personal_care",
            label: "personal care",
        },
        Item {
            id: "odi_3_lifting",
            label: "lifting",
        },
        Item {
            id: "odi_4_walking",
            label: "walking",
        },
        Item {
            id: "odi_5_sitting",
            label: "sitting",
        },
        Item {
            id: "odi_6_standing",
            label: "standing",
        },
        Item {
            id: "odi_7_sleeping",
            label: "sleeping",
        },
        Item {
            id: "odi_8_sex_life",
            label: "sex life",
        },
        Item {
            id: "odi_9_social_life",
            label: "social life",
        },
        Item {
            id: "odi_10_travelling",
            label: "travelling",
        },
    ],
    answer_min: 0,
    answer_max: 5,
    anchors: &[],
    direction: Direction::HigherIsWorse,
    recall: "today",
    scoring: ScoringMethod::OdiPercentage,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 100,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::Minimal, 0, 20),
            BandRule::new(Band::Moderate, 21, 40),
            BandRule::new(Band::Severe, 41, 60),
            BandRule::new(Band::Crippled, 61, 80),
            BandRule::new(Band::BedBoundOrExaggerating, 81, 100),
        ],
        sources: &[SourceKey::S71, SourceKey::S72],
        note: "fractional percentages belong to the higher band once above an edge: >20 moderate, >40 severe, >60 crippled, >80 bed-bound or exaggerating",
    }),
    missing: MissingRule::OdiDenominator,
    safety_item: None,
    mcids: &[Mcid {
        points_hundredths: Some(1000),
        percent: Some(30),
        note: "10 points or 30% (Ostelo 2008 consensus)",
        source: Some(SourceKey::S44),
        verified: true,
    }],
    reliability: &[Reliability {
        kind: ReliabilityKind::Mdc90,
        hundredths: 1000,
        note: "≈10 points",
        source: Some(SourceKey::S71),
        verified: true,
    }],
    licence: Licence {
        status: LicenceStatus::FreeToUseTermsUnverified,
        note: "the Spine 2000 appendix form is usable without permission from the authors or journal; current commercial licensing via Mapi Research Trust UNVERIFIED",
        sources: &[SourceKey::S73],
    },
    loinc: &[],
    sources: &[
        SourceKey::S44,
        SourceKey::S70,
        SourceKey::S71,
        SourceKey::S72,
        SourceKey::S73,
    ],
    notes: &[
        "each section has 6 statements scored 0-5",
        "the Boulder REDCap coding 1-6 gives (sum − 10) / 50 × 100 `[S21]`; responses here use 0-5",
        "LOINC: none found",
    ],
    rule_version: 1,
};
