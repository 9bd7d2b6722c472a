//! Validated outcome instruments: a catalog of definitions as data, responses checked against their
//! instrument, and exact scores with bands, safety flags and missing-item provenance.
//!
//! Every number comes from the team's clinical reference, section 3, and each definition cites its
//! source keys (for example PHQ-9 bands, §3.4 `[S51]` `[S52]`). Rules the reference marks UNVERIFIED
//! are configurable ([`MissingPolicy`], [`ScoringOptions`]) with a conservative default.
//!
//! ```
//! use pain_reprocessing::instruments::{Band, InstrumentId, Response, SafetyFlag};
//!
//! let response: Response = serde_json::from_str(
//!     r#"{"schema_version": 2, "instrument": "phq9", "answers": [1, 2, 1, 2, 1, 1, 2, 1, 1]}"#,
//! )?;
//! let score = response.score()?;
//! assert_eq!(score.total(), Some(12.into())); // 1+2+1+2+1+1+2+1+1
//! assert_eq!(score.band(), Some(Band::Moderate)); // 10-14
//! // Item 9 above 0 raises a flag that no total or band hides.
//! assert_eq!(score.safety_flags(), &[SafetyFlag::SuicidalIdeation { answer: 1 }]);
//!
//! let definition = InstrumentId::Phq9.definition();
//! assert_eq!(definition.item_count(), 9);
//! assert!(definition.loinc().iter().any(|code| code.code() == "44261-6"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Scoring without allocation
//!
//! A [`Response`] keeps its answers in a fixed array (at most [`MAX_ITEMS`] items) with missing
//! answers as a bitmask, and a [`Score`] keeps subscales and flags in fixed-capacity storage, so
//! [`Response::score`] never touches the heap (proved by `tests/allocations.rs`). Pain
//! attribution's coded causes ride in a `Vec` that is empty, never allocated, for every other
//! instrument; its score keeps only their counts.
//!
//! # Licences
//!
//! Items carry short neutral labels only, never questionnaire text, including for public-domain
//! instruments; PROMIS T-score tables are never bundled (see [`TScoreTable`]).

/// Items numbered `1..=n` with ids `<prefix>_<n>` and labels `<label> <n>`.
macro_rules! numbered_items {
    ($prefix:literal, $label:literal; $($n:literal)+) => {
        &[$($crate::instruments::definition::Item {
            id: concat!($prefix, "_", stringify!($n)),
            label: concat!($label, " ", stringify!($n)),
        }),+]
    };
}

mod attribution;
mod band;
mod bpi;
mod csi;
mod definition;
mod docs;
mod error;
mod gad;
mod id;
pub(crate) mod migrate;
mod missing;
mod nrs;
mod odi;
mod pcs;
mod peg;
mod pgic;
mod phq;
mod promis;
mod pseq;
mod response;
mod rmdq;
mod score;
mod tsk;
mod whole_sum;

pub use self::attribution::{
    AttributionCategory, AttributionResponse, AttributionSummary, CodedCause, CodedCauses,
    MAX_CAUSES, MindBrainShare,
};
pub use self::band::{Band, BandRule};
pub use self::definition::{
    Anchor, Bands, InstrumentDefinition, Item, Licence, LicenceStatus, Loinc, LoincTarget, Mcid,
    MissingRule, Reliability, ReliabilityKind, ScoringMethod, SubscaleDefinition, SubscaleId,
};
pub use self::docs::catalog_markdown;
pub use self::error::InstrumentError;
pub use self::id::{InstrumentId, catalog};
pub use self::missing::{MissingHandling, MissingPolicy, ScoringOptions};
pub use self::odi::DEFAULT_MAX_MISSING_SECTIONS as ODI_DEFAULT_MAX_MISSING_SECTIONS;
pub use self::phq::SAFETY_ITEM as PHQ9_SAFETY_ITEM;
pub use self::promis::{
    SLEEP_8A_REVERSE_ITEMS as PROMIS_SLEEP_8A_REVERSE_ITEMS,
    SLEEP_8B_REVERSE_ITEMS as PROMIS_SLEEP_8B_REVERSE_ITEMS, TScoreTable,
};
pub(crate) use self::response::FIELDS as RESPONSE_FIELDS;
pub use self::response::{MAX_ITEMS, RecallPeriod, Response};
pub use self::score::{SafetyFlag, SafetyFlags, Score, SubscaleScore};
pub(crate) use self::score::{read_stored_scores, unflagged_safety_total};

#[cfg(test)]
mod tests;
