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
    /// The policy for instruments without a verified missing-item rule (default: require all).
    // The defaults here are for the schema (schemars reads them); reading goes through the wire
    // type below, which has the same ones.
    #[serde(default = "default_missing")]
    missing: MissingPolicy,
    /// ODI: the most unanswered sections (UNVERIFIED; default 1, at most 9).
    #[schemars(range(max = 9))]
    #[serde(default = "default_odi_max_missing_sections")]
    odi_max_missing_sections: u8,
}

/// The options as read: a field left out takes its value from [`ScoringOptions::DEFAULT`], so
/// `{"missing": {"rule": "prorate", "max_missing": 1}}` alone is proration with the default ODI
/// rule. Every stored options object names both fields (the crate writes both), so none changes
/// meaning.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoringOptionsWire {
    #[serde(default = "default_missing")]
    missing: MissingPolicy,
    #[serde(default = "default_odi_max_missing_sections")]
    odi_max_missing_sections: u8,
}

const fn default_missing() -> MissingPolicy {
    ScoringOptions::DEFAULT.missing
}

const fn default_odi_max_missing_sections() -> u8 {
    ScoringOptions::DEFAULT.odi_max_missing_sections
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<ScoringOptions, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn a_field_left_out_takes_the_default() {
        assert_eq!(read("{}"), Ok(ScoringOptions::DEFAULT));
        let prorate = read(r#"{"missing": {"rule": "prorate", "max_missing": 1}}"#).unwrap();
        assert_eq!(prorate.missing(), MissingPolicy::Prorate { max_missing: 1 });
        assert_eq!(
            prorate.odi_max_missing_sections(),
            DEFAULT_MAX_MISSING_SECTIONS
        );
        let odi = read(r#"{"odi_max_missing_sections": 3}"#).unwrap();
        assert_eq!(odi.missing(), MissingPolicy::RequireAll);
        assert_eq!(odi.odi_max_missing_sections(), 3);
    }

    #[test]
    fn a_whole_options_object_keeps_its_meaning_and_is_still_checked() {
        let written = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 2 }, 0).unwrap();
        let text = serde_json::to_string(&written).unwrap();
        assert_eq!(
            text,
            r#"{"missing":{"rule":"prorate","max_missing":2},"odi_max_missing_sections":0}"#
        );
        assert_eq!(read(&text), Ok(written));
        let err = read(r#"{"odi_max_missing_sections": 10}"#).unwrap_err();
        assert!(err.contains("odi_max_missing_sections"), "{err}");
        let err = read(r#"{"missing": {"rule": "prorate", "max_missing": 0}}"#).unwrap_err();
        assert!(err.contains("max_missing"), "{err}");
        let err = read(r#"{"missng": {"rule": "require_all"}}"#).unwrap_err();
        assert!(err.starts_with("unknown field `missng`"), "{err}");
    }

    #[test]
    fn the_schema_requires_nothing_and_states_the_defaults() {
        let schema = serde_json::to_value(schemars::schema_for!(ScoringOptions)).unwrap();
        assert_eq!(schema.get("required"), None, "{schema}");
        let properties = &schema["properties"];
        assert_eq!(
            properties["missing"]["default"],
            serde_json::json!({"rule": "require_all"})
        );
        assert_eq!(
            properties["odi_max_missing_sections"]["default"],
            serde_json::json!(DEFAULT_MAX_MISSING_SECTIONS)
        );
    }
}
