//! PROMIS short forms used in the Boulder trial (clinical reference §3.12, §1.7): raw sums only.
//!
//! PROMIS item text and T-score tables are copyrighted (PROMIS Health Organization, `[S81]`): the
//! crate bundles neither. An app that holds the right to use the scoring manual's lookup tables
//! implements [`TScoreTable`] and converts a raw sum with [`Score::t_score`](crate::instruments::Score::t_score).

use crate::instruments::InstrumentId;
use crate::instruments::definition::*;
use crate::source::SourceKey;
use crate::{Decimal, Direction};

/// A raw-sum → T-score lookup the embedding app supplies under its own licence (T metric: mean 50,
/// SD 10 in the US general population, §3.12 `[S78]` `[S79]`).
///
/// ```
/// use pain_reprocessing::Decimal;
/// use pain_reprocessing::instruments::{InstrumentId, Response, TScoreTable};
///
/// /// A made-up table for the example; real values come from the licensed scoring manual.
/// struct Fake;
/// impl TScoreTable for Fake {
///     fn t_score(&self, instrument: InstrumentId, raw_sum: u8) -> Option<Decimal> {
///         (instrument == InstrumentId::PromisAnger5a).then(|| Decimal::from_int(30 + i32::from(raw_sum)))
///     }
/// }
/// let score = Response::new(InstrumentId::PromisAnger5a, &[Some(2); 5])?.score()?;
/// assert_eq!(score.total(), Decimal::from_int(10));
/// assert_eq!(score.t_score(&Fake), Some(Decimal::from_int(40)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait TScoreTable {
    /// The T-score of `raw_sum` on `instrument`, or `None` when the table has no entry.
    fn t_score(&self, instrument: InstrumentId, raw_sum: u8) -> Option<Decimal>;
}

const LICENCE: Licence = Licence {
    status: LicenceStatus::PermissionRequired,
    note: "© PROMIS Health Organization; free for individual research, clinical practice and education; commercial use and integration into proprietary technology need written permission; electronic administration may need HealthMeasures permission. No item text or T-score tables are bundled",
    sources: &[SourceKey::S81, SourceKey::S82],
};

const NOTES: &[&str] = &[
    "raw sum only; T-scores via an app-supplied `TScoreTable` (the Boulder trial scripts used raw sums `[S21]`)",
    "HealthMeasures: ≥4 items answered for a precise score, response-pattern (IRT) scoring preferred when items are missing `[S79]`; legacy proration UNVERIFIED",
    "severity bands (~55-60 mild, 60-70 moderate, ≥70 severe on T) and MCIDs (2-6 T points) UNVERIFIED",
    "LOINC codes exist but are UNVERIFIED",
];

const ANCHORS: &[Anchor] = &[];

macro_rules! promis {
    ($name:ident, $id:expr, $title:literal, $short:literal, $items:expr, $reverse:expr, $verified:expr, $notes:expr) => {
        pub(super) static $name: InstrumentDefinition = InstrumentDefinition {
            id: $id,
            name: $title,
            short_name: $short,
            items: $items,
            answer_min: 1,
            answer_max: 5,
            anchors: ANCHORS,
            direction: Direction::HigherIsWorse,
            recall: "past 7 days",
            scoring: ScoringMethod::Sum,
            reverse_items: $reverse,
            reverse_verified: $verified,
            subscales: &[],
            score_min: $items.len() as i32,
            score_max: 5 * $items.len() as i32,
            bands: None,
            missing: MissingRule::Policy,
            safety_item: None,
            mcids: &[],
            reliability: &[],
            licence: LICENCE,
            loinc: &[],
            sources: &[
                SourceKey::S21,
                SourceKey::S24,
                SourceKey::S78,
                SourceKey::S79,
                SourceKey::S80,
                SourceKey::S81,
                SourceKey::S82,
            ],
            notes: $notes,
            rule_version: 1,
        };
    };
}

promis!(
    DEPRESSION_8B,
    InstrumentId::PromisDepression8b,
    "PROMIS Depression short form 8b",
    "PROMIS Depression 8b",
    numbered_items!("promis_dep", "item"; 1 2 3 4 5 6 7 8),
    &[],
    true,
    NOTES
);
promis!(
    ANXIETY_8A,
    InstrumentId::PromisAnxiety8a,
    "PROMIS Anxiety short form 8a",
    "PROMIS Anxiety 8a",
    numbered_items!("promis_anx", "item"; 1 2 3 4 5 6 7 8),
    &[],
    true,
    NOTES
);
promis!(
    ANGER_5A,
    InstrumentId::PromisAnger5a,
    "PROMIS Anger short form 5a",
    "PROMIS Anger 5a",
    &[
        Item {
            id: "EDANG03",
            label: "anger item EDANG03"
        },
        Item {
            id: "EDANG09",
            label: "anger item EDANG09"
        },
        Item {
            id: "EDANG15",
            label: "anger item EDANG15"
        },
        Item {
            id: "EDANG30",
            label: "anger item EDANG30"
        },
        Item {
            id: "EDANG35",
            label: "anger item EDANG35"
        },
    ],
    &[],
    true,
    NOTES
);

/// Positions of the 3 reverse-scored PROMIS Sleep Disturbance 8b items (quality, refreshing,
/// satisfied; §1.7 `[S21]` `[S24]`). The reference names the items but not their positions:
/// **UNVERIFIED assumption** that the short form orders them 1 (quality), 2 (refreshing) and
/// 8 (satisfied). Recoded `6 − answer`.
pub const SLEEP_REVERSE_ITEMS: &[u8] = &[1, 2, 8];

const SLEEP_NOTES: &[&str] = &[
    "3 reverse-scored items (quality, refreshing, satisfied) recoded 6 − answer; their positions 1, 2 and 8 are an UNVERIFIED assumption",
    "raw sum only; T-scores via an app-supplied `TScoreTable` (the Boulder trial scripts used raw sums `[S21]`)",
    "HealthMeasures: ≥4 items answered for a precise score, response-pattern (IRT) scoring preferred when items are missing `[S79]`; legacy proration UNVERIFIED",
    "severity bands and MCIDs UNVERIFIED; LOINC codes UNVERIFIED",
];

promis!(
    SLEEP_DISTURBANCE_8B,
    InstrumentId::PromisSleepDisturbance8b,
    "PROMIS Sleep Disturbance short form 8b",
    "PROMIS Sleep Disturbance 8b",
    &[
        Item {
            id: "promis_sleep_1",
            label: "sleep quality (reverse-scored)"
        },
        Item {
            id: "promis_sleep_2",
            label: "sleep was refreshing (reverse-scored)"
        },
        Item {
            id: "promis_sleep_3",
            label: "item 3"
        },
        Item {
            id: "promis_sleep_4",
            label: "item 4"
        },
        Item {
            id: "promis_sleep_5",
            label: "item 5"
        },
        Item {
            id: "promis_sleep_6",
            label: "item 6"
        },
        Item {
            id: "promis_sleep_7",
            label: "item 7"
        },
        Item {
            id: "promis_sleep_8",
            label: "satisfied with sleep (reverse-scored)"
        },
    ],
    SLEEP_REVERSE_ITEMS,
    false,
    SLEEP_NOTES
);
