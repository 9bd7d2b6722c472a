//! Pain Numeric Rating Scale 0-10 (clinical reference §3.1).

use crate::Direction;
use crate::instruments::InstrumentId;
use crate::instruments::band::{Band, BandRule};
use crate::instruments::definition::*;
use crate::source::SourceKey;

/// The NRS bands, BPI convention 0-4 mild, 5-6 moderate, 7-10 severe (§3.1 `[S39]`); shared with the
/// BPI-SF severity mean.
pub(super) const PAIN_BANDS: Bands = Bands {
    rules: &[
        BandRule::new(Band::Mild, 0, 4),
        BandRule::new(Band::Moderate, 5, 6),
        BandRule::new(Band::Severe, 7, 10),
    ],
    sources: &[SourceKey::S39],
    note: "a mean above 4 and up to 6 is moderate, above 6 severe",
};

pub(super) static DEFINITION: InstrumentDefinition = InstrumentDefinition {
    id: InstrumentId::Nrs,
    name: "Pain Numeric Rating Scale (0-10)",
    short_name: "NRS",
    items: &[Item {
        id: "nrs_1",
        label: "pain intensity",
    }],
    answer_min: 0,
    answer_max: 10,
    anchors: &[
        Anchor {
            value: 0,
            label: "no pain",
        },
        Anchor {
            value: 10,
            label: "worst pain imaginable",
        },
    ],
    direction: Direction::HigherIsWorse,
    recall: "stored with each response: now, past 24 hours or past week",
    scoring: ScoringMethod::Single,
    reverse_items: &[],
    reverse_verified: true,
    subscales: &[],
    score_min: 0,
    score_max: 10,
    bands: Some(PAIN_BANDS),
    missing: MissingRule::NoScore,
    safety_item: None,
    mcids: &[
        Mcid {
            points_hundredths: Some(200),
            percent: Some(30),
            note: "≈2 points or ≈30% (Farrar 2001, PGIC anchor); higher baselines need larger raw change",
            source: Some(SourceKey::S43),
            verified: true,
        },
        Mcid {
            points_hundredths: Some(200),
            percent: Some(30),
            note: "low back pain consensus MIC (Ostelo 2008)",
            source: Some(SourceKey::S44),
            verified: true,
        },
        Mcid {
            points_hundredths: None,
            percent: Some(10),
            note: "IMMPACT: 10-20% decrease = minimally important",
            source: Some(SourceKey::S41),
            verified: true,
        },
        Mcid {
            points_hundredths: None,
            percent: Some(30),
            note: "IMMPACT: ≥30% decrease = moderately important",
            source: Some(SourceKey::S41),
            verified: true,
        },
        Mcid {
            points_hundredths: None,
            percent: Some(50),
            note: "IMMPACT: ≥50% decrease = substantial",
            source: Some(SourceKey::S41),
            verified: true,
        },
    ],
    reliability: &[],
    licence: Licence {
        status: LicenceStatus::Generic,
        note: "generic scale, no owner; free",
        sources: &[],
    },
    loinc: &[Loinc {
        code: "72514-3",
        target: LoincTarget::Total,
        source: SourceKey::S45,
    }],
    sources: &[
        SourceKey::S39,
        SourceKey::S40,
        SourceKey::S41,
        SourceKey::S42,
        SourceKey::S43,
        SourceKey::S44,
        SourceKey::S45,
    ],
    notes: &[
        "trial responder \"0 or 1\" = pain-free or nearly (`[S27]`); LBP \"recovered\" best classified by NRS = 0 (Kamper 2010, `[S40]`)",
        "percent change = (baseline − follow-up) / baseline × 100, undefined when baseline = 0",
    ],
    rule_version: 1,
};
