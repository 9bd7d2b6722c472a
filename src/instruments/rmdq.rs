//! Roland-Morris Disability Questionnaire, 24 items (clinical reference §3.10).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Rmdq,
    name: "Roland-Morris Disability Questionnaire",
    short_name: "RMDQ",
    items: numbered_items!("rmdq", "statement"; 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24),
    answer_min: 0,
    answer_max: 1,
    anchors: &[
        Anchor {
            value: 0,
            label: "not ticked (or not applicable)",
        },
        Anchor {
            value: 1,
            label: "ticked: applies today",
        },
    ],
    direction: Direction::HigherIsWorse,
    recall: "today",
    scoring: ScoringMethod::Count,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 24,
    bands: Some(Bands {
        rules: &[
            BandRule::new(Band::Recovered, 0, 2),
            BandRule::new(Band::NotRecovered, 3, 24),
        ],
        sources: &[SourceKey::S40],
        note: "\"recovered\" best identified by ≤2 (Kamper 2010); 3 or more is not recovered",
    }),
    missing: MissingRule::Policy,
    safety_item: None,
    mcids: &[Mcid {
        points_hundredths: Some(500),
        percent: Some(30),
        note: "5 points or 30% (Ostelo 2008)",
        source: Some(SourceKey::S44),
        verified: true,
    }],
    reliability: &[],
    licence: Licence {
        status: LicenceStatus::FreeToUseTermsUnverified,
        note: "the Spine 2000 reproduced form is usable without permission; current commercial terms UNVERIFIED",
        sources: &[SourceKey::S73],
    },
    loinc: &[],
    sources: &[
        SourceKey::S40,
        SourceKey::S44,
        SourceKey::S73,
        SourceKey::S74,
        SourceKey::S75,
        SourceKey::S76,
    ],
    notes: &[
        "scores below 4 or above 20 show floor/ceiling limits `[S74]`",
        "no standard missing rule; proportional rescaling proposed (Kent & Lauridsen `[S76]`)",
        "LOINC: none found",
    ],
    rule_version: 1,
};
