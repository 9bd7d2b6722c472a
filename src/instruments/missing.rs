//! Missing-item policies: the verified rules are fixed; the unverified ones are options.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instruments::InstrumentError;
use crate::instruments::odi::DEFAULT_MAX_MISSING_SECTIONS;
use crate::tagged::tagged_enum;

tagged_enum! {
/// What to do with unanswered items where the reference has no verified rule (PHQ-9, GAD-7, PCS,
/// TSK, PSEQ, BPI-SF severity, PEG-3, CSI, PROMIS, RMDQ; §5 item 4).
///
/// The default, [`MissingPolicy::RequireAll`], scores only complete responses. Proration is opt-in.
/// A safety item (PHQ-9 item 9) is never prorated under any policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MissingPolicy {
    tag = "rule", wire = MissingPolicyWire;
    /// Every item must be answered (conservative default).
    RequireAll = "require_all",
    /// Prorate when at most `max_missing` items are unanswered: total =
    /// `round(mean(answered) × n_items)` (§3 conventions), rounded half up; a mean-scored
    /// instrument (PEG-3, BPI-SF severity) takes the mean of the answered items.
    Prorate = "prorate" {
        /// The most unanswered items allowed (at least 1, below the item count).
        #[schemars(range(min = 1))]
        max_missing: u8,
    },
}
}

impl Default for MissingPolicy {
    /// Every item must be answered: the conservative default.
    fn default() -> MissingPolicy {
        MissingPolicy::RequireAll
    }
}

/// Options for [`Response::score_with`](crate::instruments::Response::score_with).
///
/// ```
/// use pain_reprocessing::instruments::{MissingPolicy, ScoringOptions};
///
/// let default = ScoringOptions::default();
/// assert_eq!(default.missing(), MissingPolicy::RequireAll);
/// assert_eq!(default.odi_max_missing_sections(), 1);
/// let lenient = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 2 }, 2)?;
/// assert_eq!(lenient.odi_max_missing_sections(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "ScoringOptionsWire")]
#[schemars(!try_from)]
pub struct ScoringOptions {
    /// The policy for instruments without a verified missing-item rule.
    missing: MissingPolicy,
    /// ODI: the most unanswered sections (UNVERIFIED; default 1, at most 9).
    #[schemars(range(max = 9))]
    odi_max_missing_sections: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoringOptionsWire {
    missing: MissingPolicy,
    odi_max_missing_sections: u8,
}

impl TryFrom<ScoringOptionsWire> for ScoringOptions {
    type Error = InstrumentError;
    fn try_from(raw: ScoringOptionsWire) -> Result<ScoringOptions, InstrumentError> {
        ScoringOptions::new(raw.missing, raw.odi_max_missing_sections)
    }
}

impl Default for ScoringOptions {
    fn default() -> ScoringOptions {
        ScoringOptions::DEFAULT
    }
}

impl ScoringOptions {
    /// Require every item; ODI allows 1 unanswered section.
    pub const DEFAULT: ScoringOptions = ScoringOptions {
        missing: MissingPolicy::RequireAll,
        odi_max_missing_sections: DEFAULT_MAX_MISSING_SECTIONS,
    };

    /// Options with `missing` for unverified rules and at most `odi_max_missing_sections` (0-9)
    /// unanswered ODI sections.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::InvalidOption`] when the ODI maximum is above 9 or a proration maximum is 0.
    pub fn new(
        missing: MissingPolicy,
        odi_max_missing_sections: u8,
    ) -> Result<ScoringOptions, InstrumentError> {
        if odi_max_missing_sections > 9 {
            return Err(InstrumentError::InvalidOption {
                option: "odi_max_missing_sections",
                value: usize::from(odi_max_missing_sections),
                allowed: "0-9",
            });
        }
        if let MissingPolicy::Prorate { max_missing: 0 } = missing {
            return Err(InstrumentError::InvalidOption {
                option: "max_missing",
                value: 0,
                allowed: "1 or more (use require_all for 0)",
            });
        }
        Ok(ScoringOptions {
            missing,
            odi_max_missing_sections,
        })
    }

    /// The policy for instruments without a verified rule.
    pub const fn missing(&self) -> MissingPolicy {
        self.missing
    }

    /// The most unanswered ODI sections.
    pub const fn odi_max_missing_sections(&self) -> u8 {
        self.odi_max_missing_sections
    }
}

impl MissingHandling {
    /// The snake_case name, as in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            MissingHandling::Complete => "complete",
            MissingHandling::Prorated => "prorated",
            MissingHandling::MeanOfAnswered => "mean_of_answered",
            MissingHandling::ReducedDenominator => "reduced_denominator",
            MissingHandling::NotScored => "not_scored",
        }
    }
}

/// How a score dealt with unanswered items: its provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MissingHandling {
    /// Every item answered.
    Complete,
    /// The total was prorated under [`MissingPolicy::Prorate`].
    Prorated,
    /// BPI-SF interference: the mean of the answered items, valid with at least 4 of 7 answered
    /// (verified rule, §3.2 `[S39]`). A subscale's handling since Score format 2; format 1 wrote it
    /// for the whole score.
    MeanOfAnswered,
    /// ODI: the denominator dropped by 5 per unanswered section (verified rule).
    ReducedDenominator,
    /// Not scored: too many items unanswered for the part's rule, or no total to score. A BPI-SF
    /// total (its severity mean) is not scored while its interference subscale is valid; a
    /// pain-attribution score is always not scored, as the instrument has no total (§3.14). The
    /// score then has no total and no band.
    NotScored,
}
