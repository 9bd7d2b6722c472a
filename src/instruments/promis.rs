//! PROMIS short forms (clinical reference §3.12, §1.7): raw sums only.
//!
//! The Boulder trial's sets, named as the corrected §3.12 names them: Depression 8a (the
//! reference: likely 8a, not 8b, UNVERIFIED; the raw sum does not depend on the name), Anxiety 8a,
//! Anger 5a and Sleep Disturbance 8a `[S92]` `[S24]`; and Sleep Disturbance 8b in the item order
//! of the DSM-5 Level 2 Sleep Disturbance measure `[S93]`. Until 2026-12 the crate called the
//! Boulder sleep and depression sets `promis_sleep_disturbance_8b` and `promis_depression_8b`;
//! documents stored under those ids are upgraded by `versioning` (see `instruments::migrate`).
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
/// assert_eq!(score.total(), Some(Decimal::from_int(10)));
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
    ($name:ident, $id:expr, $title:literal, $short:literal, $items:expr, $reverse:expr, $verified:expr, $notes:expr, $sources:expr) => {
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
            sources: $sources,
            notes: $notes,
            rule_version: 1,
        };
    };
}

/// The sources every PROMIS form cites.
const SOURCES: &[SourceKey] = &[
    SourceKey::S21,
    SourceKey::S24,
    SourceKey::S78,
    SourceKey::S79,
    SourceKey::S80,
    SourceKey::S81,
    SourceKey::S82,
];

/// An item with its id and short neutral label.
const fn item(id: &'static str, label: &'static str) -> Item {
    Item { id, label }
}

const DEPRESSION_NOTES: &[&str] = &[
    "the Boulder trial's depression set, in its export's order `[S24]`; the corrected reference names it likely Depression 8a, not 8b (UNVERIFIED: check the HealthMeasures forms); the raw sum does not depend on the name",
    "raw sum only; T-scores via an app-supplied `TScoreTable` (the Boulder trial scripts used raw sums `[S21]`)",
    "HealthMeasures: ≥4 items answered for a precise score, response-pattern (IRT) scoring preferred when items are missing `[S79]`; legacy proration UNVERIFIED",
    "severity bands (~55-60 mild, 60-70 moderate, ≥70 severe on T) and MCIDs (2-6 T points) UNVERIFIED",
    "LOINC codes exist but are UNVERIFIED; stored until 2026-12 as `promis_depression_8b`",
];

promis!(
    DEPRESSION_8A,
    InstrumentId::PromisDepression8a,
    "PROMIS Depression short form 8a (Boulder item set)",
    "PROMIS Depression 8a",
    &[
        item("promis_dep_1", "worthless"),
        item("promis_dep_2", "helpless"),
        item("promis_dep_3", "depressed"),
        item("promis_dep_4", "hopeless"),
        item("promis_dep_5", "like a failure"),
        item("promis_dep_6", "unhappy"),
        item("promis_dep_7", "nothing to look forward to"),
        item("promis_dep_8", "nothing could cheer me up"),
    ],
    &[],
    true,
    DEPRESSION_NOTES,
    SOURCES
);
promis!(
    ANXIETY_8A,
    InstrumentId::PromisAnxiety8a,
    "PROMIS Anxiety short form 8a",
    "PROMIS Anxiety 8a",
    numbered_items!("promis_anx", "item"; 1 2 3 4 5 6 7 8),
    &[],
    true,
    NOTES,
    SOURCES
);
promis!(
    ANGER_5A,
    InstrumentId::PromisAnger5a,
    "PROMIS Anger short form 5a",
    "PROMIS Anger 5a",
    &[
        item("EDANG03", "anger item EDANG03"),
        item("EDANG09", "anger item EDANG09"),
        item("EDANG15", "anger item EDANG15"),
        item("EDANG30", "anger item EDANG30"),
        item("EDANG35", "anger item EDANG35"),
    ],
    &[],
    true,
    NOTES,
    SOURCES
);

/// Positions of the 3 reverse-scored items of PROMIS Sleep Disturbance 8a, the Boulder set: sleep
/// quality (1), refreshing (2) and satisfied (8), recoded `6 − answer` in the trial's code (§3.12
/// `[S92]` `[S24]`, §1.7 `[S21]`).
pub const SLEEP_8A_REVERSE_ITEMS: &[u8] = &[1, 2, 8];

/// Positions of the 4 reverse-scored items of PROMIS Sleep Disturbance 8b in the order of the
/// DSM-5 Level 2 Sleep Disturbance measure: satisfied (2), refreshing (3), got enough sleep (7)
/// and sleep quality (8), recoded `6 − answer` (§3.12 `[S93]`).
pub const SLEEP_8B_REVERSE_ITEMS: &[u8] = &[2, 3, 7, 8];

const SLEEP_8A_NOTES: &[&str] = &[
    "the Boulder trial's sleep set in its export's order; 3 reverse-scored items (quality, refreshing, satisfied) recoded 6 − answer `[S92]` `[S24]` `[S21]`",
    "PROMIS item ids Sleep109, Sleep116, Sleep20, Sleep44, Sleep108, Sleep72, Sleep67, Sleep115 (recalled, UNVERIFIED)",
    "stored until 2026-12 as `promis_sleep_disturbance_8b`, a mislabel: documents under that id are upgraded to this form",
    "raw sum only; T-scores via an app-supplied `TScoreTable` (the Boulder trial scripts used raw sums `[S21]`)",
    "HealthMeasures: ≥4 items answered for a precise score, response-pattern (IRT) scoring preferred when items are missing `[S79]`; legacy proration UNVERIFIED",
    "severity bands and MCIDs UNVERIFIED; LOINC codes UNVERIFIED",
];

promis!(
    SLEEP_DISTURBANCE_8A,
    InstrumentId::PromisSleepDisturbance8a,
    "PROMIS Sleep Disturbance short form 8a",
    "PROMIS Sleep Disturbance 8a",
    &[
        item("promis_sleep_1", "sleep quality (reverse-scored)"),
        item("promis_sleep_2", "sleep was refreshing (reverse-scored)"),
        item("promis_sleep_3", "problem with sleep"),
        item("promis_sleep_4", "difficulty falling asleep"),
        item("promis_sleep_5", "sleep was restless"),
        item("promis_sleep_6", "tried hard to get to sleep"),
        item("promis_sleep_7", "worried about not falling asleep"),
        item("promis_sleep_8", "satisfied with sleep (reverse-scored)"),
    ],
    SLEEP_8A_REVERSE_ITEMS,
    true,
    SLEEP_8A_NOTES,
    &[
        SourceKey::S21,
        SourceKey::S24,
        SourceKey::S78,
        SourceKey::S79,
        SourceKey::S80,
        SourceKey::S81,
        SourceKey::S82,
        SourceKey::S92,
    ]
);

const SLEEP_8B_NOTES: &[&str] = &[
    "items in the order of the DSM-5 Level 2 Sleep Disturbance measure, which uses this form; items 2, 3, 7 and 8 reverse-scored, recoded 6 − answer `[S93]`",
    "shares five items with 8a and swaps in trouble staying asleep, trouble sleeping and got enough sleep `[S92]`; the official PROMIS 8b item order is UNVERIFIED (check the HealthMeasures form): send answers in the order above",
    "raw sum only; T-scores via an app-supplied `TScoreTable`",
    "HealthMeasures: ≥4 items answered for a precise score, response-pattern (IRT) scoring preferred when items are missing `[S79]`; legacy proration UNVERIFIED",
    "severity bands and MCIDs UNVERIFIED; LOINC codes UNVERIFIED",
];

promis!(
    SLEEP_DISTURBANCE_8B,
    InstrumentId::PromisSleepDisturbance8b,
    "PROMIS Sleep Disturbance short form 8b (DSM-5 Level 2 item order)",
    "PROMIS Sleep Disturbance 8b",
    &[
        item("promis_sleep_8b_1", "sleep was restless"),
        item("promis_sleep_8b_2", "satisfied with sleep (reverse-scored)"),
        item("promis_sleep_8b_3", "sleep was refreshing (reverse-scored)"),
        item("promis_sleep_8b_4", "difficulty falling asleep"),
        item("promis_sleep_8b_5", "trouble staying asleep"),
        item("promis_sleep_8b_6", "trouble sleeping"),
        item("promis_sleep_8b_7", "got enough sleep (reverse-scored)"),
        item("promis_sleep_8b_8", "sleep quality (reverse-scored)"),
    ],
    SLEEP_8B_REVERSE_ITEMS,
    true,
    SLEEP_8B_NOTES,
    &[
        SourceKey::S78,
        SourceKey::S79,
        SourceKey::S80,
        SourceKey::S81,
        SourceKey::S82,
        SourceKey::S92,
        SourceKey::S93,
    ]
);
