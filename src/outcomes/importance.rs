//! Clinical importance of a change: IMMPACT classes, per-instrument MCIDs and the PGIC.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Change, OutcomesError};
use crate::decimal::Decimal;
use crate::text::{self, TextRules};

/// The IMMPACT importance of a change in pain intensity (clinical reference §3.1 `[S41]` `[S42]`):
/// a 10-20% decrease is minimally important, at least 30% moderately important, at least 50%
/// substantial.
///
/// The published bands leave 20-30% unnamed. This crate classes every reduction of at least 10%
/// and below 30% as [`ImmpactClass::Minimal`]: it has passed the minimal threshold and not the
/// moderate one. Reductions below 10%, no change and worsening are
/// [`ImmpactClass::NoImportantChange`]. Bands are decided on the exact ratio, not the rounded
/// percent.
///
/// ```
/// use pain_reprocessing::outcomes::{Change, ImmpactClass, InstrumentKey, Measurement};
/// use pain_reprocessing::{Decimal, Direction};
///
/// let nrs = InstrumentKey::new("nrs_pain")?;
/// let m = |v| Measurement::new(nrs.clone(), 1, Decimal::from_int(v), Direction::HigherIsWorse);
/// assert_eq!(ImmpactClass::of(&Change::between(&m(6), &m(4))?), Some(ImmpactClass::Moderate));
/// assert_eq!(ImmpactClass::of(&Change::between(&m(8), &m(4))?), Some(ImmpactClass::Substantial));
/// assert_eq!(ImmpactClass::of(&Change::between(&m(0), &m(0))?), None); // zero baseline
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ImmpactClass {
    /// Less than a 10% reduction, no change, or worse.
    NoImportantChange,
    /// A reduction of at least 10% and below 30%.
    Minimal,
    /// A reduction of at least 30% and below 50%.
    Moderate,
    /// A reduction of at least 50%.
    Substantial,
}

impl ImmpactClass {
    /// The class of `change`, a change in pain intensity; `None` when the baseline is 0 (no
    /// percentage exists).
    ///
    /// The classes are defined for pain intensity; applying them to another scale is the caller's
    /// choice. Improvement is oriented by the change's direction.
    pub fn of(change: &Change) -> Option<ImmpactClass> {
        let at_least = |percent| change.percent_improvement_at_least(Decimal::from_int(percent));
        if at_least(50)? {
            Some(ImmpactClass::Substantial)
        } else if at_least(30)? {
            Some(ImmpactClass::Moderate)
        } else if at_least(10)? {
            Some(ImmpactClass::Minimal)
        } else {
            Some(ImmpactClass::NoImportantChange)
        }
    }
}

impl fmt::Display for ImmpactClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ImmpactClass::NoImportantChange => "no important change",
            ImmpactClass::Minimal => "minimally important",
            ImmpactClass::Moderate => "moderately important",
            ImmpactClass::Substantial => "substantial",
        })
    }
}

/// How an [`Mcid`] with both a points and a percent threshold is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum McidRule {
    /// Reaching either threshold is enough: "2 points or 30%" (clinical reference §3.1 `[S43]`
    /// `[S44]`, §3.9, §3.10). The default, as the published MCIDs are written.
    #[default]
    Either,
    /// Both thresholds must be reached.
    Both,
}

/// The most characters an [`Mcid`] source citation may have.
pub const MAX_SOURCE_CHARS: usize = 200;

const SOURCE_RULES: TextRules = TextRules {
    max_chars: MAX_SOURCE_CHARS,
    allow_line_breaks: false,
};

/// A minimal clinically important difference for one instrument: an improvement of at least
/// `points` in the instrument's units and/or at least `percent` of the baseline, with the source
/// it comes from.
///
/// Values come from the instruments catalog (clinical reference §3: NRS 2 points or 30% `[S43]`,
/// ODI 10 points or 30% `[S44]`, TSK 4 points `[S66]`, PCS 38% `[S54]` …) or from the caller. Both
/// thresholds are inclusive ("a ≥4-point reduction") and measured as improvement, so the scale's
/// direction is respected.
///
/// ```
/// use pain_reprocessing::outcomes::{Change, InstrumentKey, Mcid, McidRule, McidStatus, Measurement};
/// use pain_reprocessing::{Decimal, Direction};
///
/// let nrs_mcid = Mcid::new(Some(Decimal::from_int(2)), Some(Decimal::from_int(30)), McidRule::Either, "[S43]")?;
/// let nrs = InstrumentKey::new("nrs_pain")?;
/// let m = |v| Measurement::new(nrs.clone(), 1, Decimal::from_int(v), Direction::HigherIsWorse);
/// assert_eq!(nrs_mcid.status(&Change::between(&m(9), &m(7))?), McidStatus::Reached); // 2 points
/// assert_eq!(nrs_mcid.status(&Change::between(&m(3), &m(2))?), McidStatus::Reached); // 33%
/// assert_eq!(nrs_mcid.status(&Change::between(&m(9), &m(8))?), McidStatus::NotReached);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case", try_from = "McidWire")]
#[schemars(
    !try_from,
    extend("anyOf" = [
        {"required": ["points"], "properties": {"points": {"type": "number"}}},
        {"required": ["percent"], "properties": {"percent": {"type": "number"}}},
    ])
)]
pub struct Mcid {
    /// The smallest important improvement in the instrument's units, above 0.
    #[serde(default)]
    #[schemars(schema_with = "super::schemas::optional_positive_decimal_schema")]
    points: Option<Decimal>,
    /// The smallest important improvement as a percent of the baseline, above 0 and at most 100.
    #[serde(default)]
    #[schemars(schema_with = "super::schemas::optional_percent_threshold_schema")]
    percent: Option<Decimal>,
    /// How the two thresholds combine when both are given.
    #[serde(default)]
    rule: McidRule,
    /// Where the figure comes from, such as a source key `[S43]`: 1-200 characters, no control
    /// characters.
    #[schemars(
        length(min = 1, max = 200),
        regex(pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")
    )]
    source: String,
}

/// The unchecked wire form of an [`Mcid`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct McidWire {
    #[serde(default)]
    points: Option<Decimal>,
    #[serde(default)]
    percent: Option<Decimal>,
    #[serde(default)]
    rule: McidRule,
    source: String,
}

impl TryFrom<McidWire> for Mcid {
    type Error = OutcomesError;

    fn try_from(repr: McidWire) -> Result<Mcid, OutcomesError> {
        Mcid::new(repr.points, repr.percent, repr.rule, repr.source)
    }
}

/// Whether a change reached an [`Mcid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum McidStatus {
    /// The improvement reached the MCID.
    Reached,
    /// It did not.
    NotReached,
    /// The MCID depends on a percent threshold and the baseline was 0, so it cannot be decided.
    Undecidable,
}

/// Plain lowercase words for a clinician: `MCID reached`, `MCID not reached`, `undecidable`.
impl fmt::Display for McidStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            McidStatus::Reached => "MCID reached",
            McidStatus::NotReached => "MCID not reached",
            McidStatus::Undecidable => "undecidable",
        })
    }
}

impl Mcid {
    /// An MCID of at least `points` and/or at least `percent`, combined by `rule`.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::EmptyMcid`] when both thresholds are absent, [`OutcomesError::OutOfRange`]
    /// when `points` is not above 0 or `percent` is not in (0, 100], and
    /// [`OutcomesError::InvalidSource`] when `source` is empty, longer than 200 characters or has a
    /// control character.
    pub fn new(
        points: Option<Decimal>,
        percent: Option<Decimal>,
        rule: McidRule,
        source: impl Into<String>,
    ) -> Result<Mcid, OutcomesError> {
        if points.is_none() && percent.is_none() {
            return Err(OutcomesError::EmptyMcid);
        }
        if let Some(p) = points.filter(|p| *p <= Decimal::ZERO) {
            return Err(OutcomesError::OutOfRange {
                what: "mcid points",
                value: p.to_string(),
                allowed: "above 0",
            });
        }
        if let Some(p) = percent.filter(|p| *p <= Decimal::ZERO || *p > Decimal::from_int(100)) {
            return Err(OutcomesError::OutOfRange {
                what: "mcid percent",
                value: p.to_string(),
                allowed: "above 0 and at most 100",
            });
        }
        let source = source.into();
        text::check(&source, &SOURCE_RULES).map_err(|_| OutcomesError::InvalidSource)?;
        Ok(Mcid {
            points,
            percent,
            rule,
            source,
        })
    }

    /// The points threshold.
    pub fn points(&self) -> Option<Decimal> {
        self.points
    }

    /// The percent threshold.
    pub fn percent(&self) -> Option<Decimal> {
        self.percent
    }

    /// How the thresholds combine.
    pub fn rule(&self) -> McidRule {
        self.rule
    }

    /// The source citation.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether `change` reached this MCID.
    ///
    /// Each threshold gives reached, not reached or (percent with a zero baseline) unknown; with
    /// [`McidRule::Either`] one reached threshold is enough, with [`McidRule::Both`] one missed
    /// threshold is enough to fail. Otherwise an unknown part makes the answer
    /// [`McidStatus::Undecidable`]: never a guess.
    pub fn status(&self, change: &Change) -> McidStatus {
        let by_points = self.points.map(|p| Some(change.improvement() >= p));
        let by_percent = self.percent.map(|p| change.percent_improvement_at_least(p));
        let parts: Vec<Option<bool>> = by_points.into_iter().chain(by_percent).collect();
        let decided = match self.rule {
            McidRule::Either if parts.contains(&Some(true)) => Some(true),
            McidRule::Both if parts.contains(&Some(false)) => Some(false),
            _ if parts.contains(&None) => None,
            McidRule::Either => Some(false),
            McidRule::Both => Some(true),
        };
        match decided {
            Some(true) => McidStatus::Reached,
            Some(false) => McidStatus::NotReached,
            None => McidStatus::Undecidable,
        }
    }
}

/// A Patient Global Impression of Change answer on the 7-point scale (clinical reference §3.11
/// `[S77]`): 1 very much improved … 4 no change … 7 very much worse.
///
/// Other PGIC wordings and orders exist (0-10, reversed); convert them to this scale before use.
///
/// ```
/// use pain_reprocessing::outcomes::{ImmpactClass, PgicCategory};
///
/// let answer = PgicCategory::try_from(2)?;
/// assert_eq!(answer, PgicCategory::MuchImproved);
/// assert_eq!(answer.immpact_class(), ImmpactClass::Moderate);
/// assert!(answer.is_clinically_important());
/// assert!(PgicCategory::try_from(8).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PgicCategory {
    /// 1: very much improved.
    VeryMuchImproved,
    /// 2: much improved.
    MuchImproved,
    /// 3: minimally improved.
    MinimallyImproved,
    /// 4: no change.
    NoChange,
    /// 5: minimally worse.
    MinimallyWorse,
    /// 6: much worse.
    MuchWorse,
    /// 7: very much worse.
    VeryMuchWorse,
}

impl PgicCategory {
    /// The answer's number on the 1-7 scale.
    pub fn value(self) -> u8 {
        match self {
            PgicCategory::VeryMuchImproved => 1,
            PgicCategory::MuchImproved => 2,
            PgicCategory::MinimallyImproved => 3,
            PgicCategory::NoChange => 4,
            PgicCategory::MinimallyWorse => 5,
            PgicCategory::MuchWorse => 6,
            PgicCategory::VeryMuchWorse => 7,
        }
    }

    /// The IMMPACT interpretation (clinical reference §3.11 `[S41]`): very much improved is
    /// substantial, much improved moderate, minimally improved minimal, and the rest no important
    /// improvement.
    pub fn immpact_class(self) -> ImmpactClass {
        match self {
            PgicCategory::VeryMuchImproved => ImmpactClass::Substantial,
            PgicCategory::MuchImproved => ImmpactClass::Moderate,
            PgicCategory::MinimallyImproved => ImmpactClass::Minimal,
            _ => ImmpactClass::NoImportantChange,
        }
    }

    /// Whether the answer is "much" or "very much improved", the clinically important anchor Farrar
    /// used (clinical reference §3.11 `[S43]`).
    pub fn is_clinically_important(self) -> bool {
        self <= PgicCategory::MuchImproved
    }
}

impl TryFrom<u8> for PgicCategory {
    type Error = OutcomesError;

    fn try_from(value: u8) -> Result<PgicCategory, OutcomesError> {
        Ok(match value {
            1 => PgicCategory::VeryMuchImproved,
            2 => PgicCategory::MuchImproved,
            3 => PgicCategory::MinimallyImproved,
            4 => PgicCategory::NoChange,
            5 => PgicCategory::MinimallyWorse,
            6 => PgicCategory::MuchWorse,
            7 => PgicCategory::VeryMuchWorse,
            _ => {
                return Err(OutcomesError::OutOfRange {
                    what: "pgic answer",
                    value: value.to_string(),
                    allowed: "whole numbers 1-7",
                });
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rating::Direction;

    use crate::outcomes::tests::change;

    #[test]
    fn immpact_bands() {
        let worse = Direction::HigherIsWorse;
        let cases = [
            ("10", "10", ImmpactClass::NoImportantChange),   // 0%
            ("10", "12", ImmpactClass::NoImportantChange),   // −20%
            ("10", "9.01", ImmpactClass::NoImportantChange), // 9.9%
            ("10", "9", ImmpactClass::Minimal),              // exactly 10%
            ("10", "8", ImmpactClass::Minimal),              // 20%
            ("10", "7.5", ImmpactClass::Minimal),            // 25%: the unnamed 20-30% gap
            ("10", "7.01", ImmpactClass::Minimal),           // 29.9%
            ("10", "7", ImmpactClass::Moderate),             // exactly 30%
            ("6", "4", ImmpactClass::Moderate),              // 2/6 = 33.33%
            ("10", "5.01", ImmpactClass::Moderate),          // 49.9%
            ("10", "5", ImmpactClass::Substantial),          // exactly 50%
            ("5", "1", ImmpactClass::Substantial),           // 80%
        ];
        for (before, after, class) in cases {
            assert_eq!(
                ImmpactClass::of(&change(before, after, worse)),
                Some(class),
                "{before} -> {after}"
            );
        }
        // 66.67 → 46.67 rounds to 30.00% but is 29.9985% exactly: still minimal.
        assert_eq!(
            ImmpactClass::of(&change("66.67", "46.67", worse)),
            Some(ImmpactClass::Minimal)
        );
        // Higher is better: 20 → 30 is a 50% improvement.
        assert_eq!(
            ImmpactClass::of(&change("20", "30", Direction::HigherIsBetter)),
            Some(ImmpactClass::Substantial)
        );
        assert_eq!(ImmpactClass::of(&change("0", "0", worse)), None);
    }

    #[test]
    fn mcid_either_and_both() {
        let worse = Direction::HigherIsWorse;
        let d = Decimal::from_int;
        // NRS: 2 points or 30% (Farrar [S43]).
        let nrs = Mcid::new(Some(d(2)), Some(d(30)), McidRule::Either, "[S43]").unwrap();
        assert_eq!(nrs.source(), "[S43]");
        assert_eq!(nrs.status(&change("9", "7", worse)), McidStatus::Reached); // 2 pts, 22%
        assert_eq!(nrs.status(&change("3", "2", worse)), McidStatus::Reached); // 1 pt, 33%
        assert_eq!(nrs.status(&change("9", "8", worse)), McidStatus::NotReached); // 1 pt, 11%
        // Zero baseline: points decide when they can.
        assert_eq!(
            nrs.status(&change("0", "0", worse)),
            McidStatus::Undecidable
        );
        let both = Mcid::new(Some(d(2)), Some(d(30)), McidRule::Both, "test").unwrap();
        assert_eq!(both.rule(), McidRule::Both);
        assert_eq!(
            both.status(&change("9", "7", worse)),
            McidStatus::NotReached
        );
        assert_eq!(both.status(&change("6", "4", worse)), McidStatus::Reached); // 2 pts, 33%
        assert_eq!(
            both.status(&change("0", "0", worse)),
            McidStatus::NotReached
        ); // 0 pts
        // TSK-11: ≥4-point reduction [S66].
        let tsk = Mcid::new(Some(d(4)), None, McidRule::Either, "[S66]").unwrap();
        assert_eq!(tsk.status(&change("30", "26", worse)), McidStatus::Reached);
        assert_eq!(
            tsk.status(&change("30", "26.01", worse)),
            McidStatus::NotReached
        );
        // PCS: 38% reduction [S54]; a zero baseline cannot be decided.
        let pcs = Mcid::new(None, Some(d(38)), McidRule::Either, "[S54]").unwrap();
        assert_eq!(pcs.status(&change("50", "31", worse)), McidStatus::Reached); // 38% exactly
        assert_eq!(
            pcs.status(&change("0", "0", worse)),
            McidStatus::Undecidable
        );
        // PSEQ (higher is better): 11 points [S54].
        let pseq = Mcid::new(Some(d(11)), None, McidRule::Either, "[S54]").unwrap();
        assert_eq!(
            pseq.status(&change("30", "41", Direction::HigherIsBetter)),
            McidStatus::Reached
        );
        assert_eq!(
            pseq.status(&change("41", "30", Direction::HigherIsBetter)),
            McidStatus::NotReached
        );
    }

    #[test]
    fn mcid_validation() {
        let d = Decimal::from_int;
        assert_eq!(
            Mcid::new(None, None, McidRule::Either, "x"),
            Err(OutcomesError::EmptyMcid)
        );
        assert!(Mcid::new(Some(d(0)), None, McidRule::Either, "x").is_err());
        assert!(Mcid::new(None, Some(d(101)), McidRule::Either, "x").is_err());
        assert!(Mcid::new(None, Some(d(100)), McidRule::Either, "x").is_ok());
        assert_eq!(
            Mcid::new(Some(d(2)), None, McidRule::Either, ""),
            Err(OutcomesError::InvalidSource)
        );
        assert!(Mcid::new(Some(d(2)), None, McidRule::Either, "a\nb").is_err());
        let json = r#"{"points":2,"percent":null,"source":"[S66]"}"#;
        let mcid: Mcid = serde_json::from_str(json).unwrap();
        assert_eq!(mcid.rule(), McidRule::Either);
        assert!(
            serde_json::from_str::<Mcid>(r#"{"points":-1,"percent":null,"source":"x"}"#).is_err()
        );
    }

    #[test]
    fn pgic_interpretation() {
        let classes: Vec<ImmpactClass> = (1..=7)
            .map(|v| PgicCategory::try_from(v).unwrap().immpact_class())
            .collect();
        assert_eq!(
            classes,
            [
                ImmpactClass::Substantial,
                ImmpactClass::Moderate,
                ImmpactClass::Minimal,
                ImmpactClass::NoImportantChange,
                ImmpactClass::NoImportantChange,
                ImmpactClass::NoImportantChange,
                ImmpactClass::NoImportantChange,
            ]
        );
        for v in 1..=7 {
            assert_eq!(PgicCategory::try_from(v).unwrap().value(), v);
        }
        assert!(PgicCategory::try_from(0).is_err());
        assert!(PgicCategory::VeryMuchImproved.is_clinically_important());
        assert!(!PgicCategory::MinimallyImproved.is_clinically_important());
    }

    #[test]
    fn immpact_classes_print_their_names() {
        let names = [
            ImmpactClass::NoImportantChange,
            ImmpactClass::Minimal,
            ImmpactClass::Moderate,
            ImmpactClass::Substantial,
        ]
        .map(|class| class.to_string());
        assert_eq!(
            names,
            [
                "no important change",
                "minimally important",
                "moderately important",
                "substantial"
            ]
        );
    }
}
