//! Responder definitions as data, and who responded.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Change, Mcid, McidStatus, Measurement, OutcomesError, Reliability, ReliableChange};
use super::{NotComputableReason, ReliableChangeResult, ReliableChangeVerdict};
use crate::decimal::Decimal;
use crate::rating::Direction;
use crate::tagged::tagged_enum;

tagged_enum! {
/// A rule that says whether a patient responded, stored and exchanged as data.
///
/// - [`ResponderDefinition::PainFreeOrNearly`]: the Boulder trial's primary responder definition,
///   pain 0 or 1 of 10 on the past-week average pain item (clinical reference §1.8 `[S27]`; PRT:
///   33 of 50, 66%).
/// - [`ResponderDefinition::PercentReduction`]: at least `percent` improvement from baseline (30%
///   and 50% presets: IMMPACT moderate and substantial, §3.1 `[S41]`).
/// - [`ResponderDefinition::McidReached`]: the instrument's MCID, from [`ResponderContext::mcid`].
/// - [`ResponderDefinition::ReliableImprovement`]: a Jacobson-Truax reliable improvement, from
///   [`ResponderContext::reliability`] (§4).
/// - [`ResponderDefinition::AtMost`] / [`ResponderDefinition::AtLeast`]: the caller's own
///   threshold on the current value.
///
/// ```
/// use pain_reprocessing::outcomes::{ResponderContext, ResponderDefinition, ResponderStatus, InstrumentKey, Measurement};
/// use pain_reprocessing::{Decimal, Direction};
///
/// let rule: ResponderDefinition = serde_json::from_str(r#"{"kind":"pain_free_or_nearly"}"#)?;
/// let pain = InstrumentKey::new("bpi_average_pain")?;
/// let m = |v| Measurement::new(pain.clone(), 1, Decimal::from_int(v), Direction::HigherIsWorse);
/// let status = rule.is_responder(&m(5), &m(1), &ResponderContext::default())?;
/// assert_eq!(status, ResponderStatus::Responder);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponderDefinition {
    tag = "kind", wire = ResponderDefinitionWire, check = ResponderDefinition::checked;
    /// Current value 0 or 1 on a 0-10 higher-is-worse pain scale, meant for past-week average pain
    /// (clinical reference §1.8 `[S27]`); a fractional value (a mean of items) responds when at
    /// most 1. The baseline does not matter. Values outside 0-10 or a higher-is-better scale make
    /// the patient not evaluable.
    PainFreeOrNearly = "pain_free_or_nearly",
    /// Improvement of at least `percent` of the baseline, decided on the exact ratio.
    PercentReduction = "percent_reduction" {
        /// The least improvement, as a percent of the baseline: above 0, at most 100.
        #[schemars(schema_with = "super::schemas::percent_threshold_schema")]
        percent: Decimal,
    },
    /// The instrument's MCID reached.
    McidReached = "mcid_reached",
    /// A reliable improvement (|RC| > 1.96 in the better direction).
    ReliableImprovement = "reliable_improvement",
    /// Current value at most `value` (for scales where lower is better).
    AtMost = "at_most" {
        /// The highest responding value, inclusive.
        value: Decimal,
    },
    /// Current value at least `value` (for scales where higher is better).
    AtLeast = "at_least" {
        /// The lowest responding value, inclusive.
        value: Decimal,
    },
}
}

/// The figures some definitions need; absent figures make a patient not evaluable, never guessed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResponderContext<'a> {
    /// The instrument's MCID, for [`ResponderDefinition::McidReached`].
    pub mcid: Option<&'a Mcid>,
    /// The instrument's reliability, for [`ResponderDefinition::ReliableImprovement`].
    pub reliability: Option<&'a Reliability>,
}

/// Why a patient could not be judged a responder or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotEvaluableReason {
    /// A percent rule met a zero baseline.
    ZeroBaseline,
    /// No MCID was given.
    NoMcid,
    /// No reliability figures were given.
    NoReliability,
    /// The value was not on a 0-10 higher-is-worse pain scale.
    NotAPainRating,
    /// The figures were too large to compute exactly.
    TooLarge,
}

/// Plain lowercase words for a clinician: `zero baseline`, `no MCID given`, `no reliability
/// figures given`, `not a 0-10 pain rating`, `figures too large to compute`.
impl std::fmt::Display for NotEvaluableReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotEvaluableReason::ZeroBaseline => "zero baseline",
            NotEvaluableReason::NoMcid => "no MCID given",
            NotEvaluableReason::NoReliability => "no reliability figures given",
            NotEvaluableReason::NotAPainRating => "not a 0-10 pain rating",
            NotEvaluableReason::TooLarge => "figures too large to compute",
        })
    }
}

tagged_enum! {
/// Whether a patient responded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponderStatus {
    tag = "status", wire = ResponderStatusWire;
    /// The patient met the definition.
    Responder = "responder",
    /// The patient did not.
    NonResponder = "non_responder",
    /// The definition could not be applied.
    NotEvaluable = "not_evaluable" {
        /// Why.
        why: NotEvaluableReason,
    },
}
}

/// Plain lowercase words for a clinician: `responder`, `non-responder`, `not evaluable (zero
/// baseline)`.
impl std::fmt::Display for ResponderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResponderStatus::Responder => f.write_str("responder"),
            ResponderStatus::NonResponder => f.write_str("non-responder"),
            ResponderStatus::NotEvaluable { why } => write!(f, "not evaluable ({why})"),
        }
    }
}

impl ResponderStatus {
    fn of(met: bool) -> ResponderStatus {
        if met {
            ResponderStatus::Responder
        } else {
            ResponderStatus::NonResponder
        }
    }

    fn not_evaluable(why: NotEvaluableReason) -> ResponderStatus {
        ResponderStatus::NotEvaluable { why }
    }
}

impl ResponderDefinition {
    /// `definition` if its threshold is in range: the check after reading.
    fn checked(definition: ResponderDefinition) -> Result<ResponderDefinition, OutcomesError> {
        match definition {
            ResponderDefinition::PercentReduction { percent } => {
                ResponderDefinition::percent_reduction(percent)
            }
            other => Ok(other),
        }
    }

    /// At least a 30% reduction: IMMPACT "moderately important" (clinical reference §3.1 `[S41]`).
    pub fn percent_reduction_30() -> ResponderDefinition {
        ResponderDefinition::PercentReduction {
            percent: Decimal::from_int(30),
        }
    }

    /// At least a 50% reduction: IMMPACT "substantial" (clinical reference §3.1 `[S41]`).
    pub fn percent_reduction_50() -> ResponderDefinition {
        ResponderDefinition::PercentReduction {
            percent: Decimal::from_int(50),
        }
    }

    /// At least `percent` improvement from baseline.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::OutOfRange`] unless `percent` is above 0 and at most 100.
    pub fn percent_reduction(percent: Decimal) -> Result<ResponderDefinition, OutcomesError> {
        if percent <= Decimal::ZERO || percent > Decimal::from_int(100) {
            return Err(OutcomesError::OutOfRange {
                what: "responder percent reduction",
                value: percent.to_string(),
                allowed: "above 0 and at most 100",
            });
        }
        Ok(ResponderDefinition::PercentReduction { percent })
    }

    /// Whether the patient who went from `baseline` to `current` responded.
    ///
    /// # Errors
    ///
    /// The errors of [`Change::between`]: the two must be measurements of one scale.
    pub fn is_responder(
        &self,
        baseline: &Measurement,
        current: &Measurement,
        context: &ResponderContext<'_>,
    ) -> Result<ResponderStatus, OutcomesError> {
        Ok(self.evaluate(&Change::between(baseline, current)?, context))
    }

    /// Whether the definition fits the outcome `instrument`, whose scale improves in `direction`.
    ///
    /// [`ResponderDefinition::PainFreeOrNearly`] needs a 0-10 higher-is-worse pain scale: an
    /// outcome improving upwards, one the catalog knows with another range (ODI's 0-100, a PCS
    /// subscale), or a 0-10 catalog outcome that is not a pain-intensity rating (BPI-SF
    /// interference, the PEG-3 total) does not fit; an outcome outside the catalog is the app's to
    /// judge (§1.8 `[S27]`). Other definitions fit any outcome (what they need beyond it, such
    /// as an MCID, is checked patient by patient).
    ///
    /// # Errors
    ///
    /// [`OutcomesError::DefinitionNotApplicable`] when it does not fit.
    pub fn check_applies(
        &self,
        instrument: &super::InstrumentKey,
        direction: Direction,
    ) -> Result<(), OutcomesError> {
        if !matches!(self, ResponderDefinition::PainFreeOrNearly) {
            return Ok(());
        }
        let not_applicable = |why| {
            Err(OutcomesError::DefinitionNotApplicable {
                definition: "pain_free_or_nearly",
                instrument: instrument.to_string(),
                why,
            })
        };
        if direction != Direction::HigherIsWorse {
            return not_applicable("it needs a scale on which higher is worse");
        }
        match super::catalog::catalog_range(instrument) {
            Some(range) if range != (Decimal::ZERO, Decimal::from_int(10)) => {
                not_applicable("it needs a 0-10 pain scale")
            }
            _ if super::catalog::is_catalog_outcome_other_than_pain(instrument) => not_applicable(
                "it judges a pain-intensity rating (the pain NRS, a BPI-SF severity item or mean, PEG-3 item 1), not this outcome",
            ),
            _ => Ok(()),
        }
    }

    /// Whether the definition compares with the baseline. [`ResponderDefinition::PainFreeOrNearly`],
    /// [`ResponderDefinition::AtMost`] and [`ResponderDefinition::AtLeast`] judge the current value
    /// alone, so a patient without a baseline can still be judged by them.
    pub fn needs_baseline(&self) -> bool {
        !matches!(
            self,
            ResponderDefinition::PainFreeOrNearly
                | ResponderDefinition::AtMost { .. }
                | ResponderDefinition::AtLeast { .. }
        )
    }

    /// Whether the patient whose current value is `current` responded, for a definition that does
    /// not need the baseline; `None` for one that does ([`ResponderDefinition::needs_baseline`]).
    /// For those definitions it agrees with [`ResponderDefinition::evaluate`] on any change that
    /// ends at `current`.
    pub fn evaluate_current(&self, current: &Measurement) -> Option<ResponderStatus> {
        let value = current.value();
        match self {
            ResponderDefinition::PainFreeOrNearly => Some(pain_free_or_nearly(current)),
            ResponderDefinition::AtMost { value: most } => {
                Some(ResponderStatus::of(value <= *most))
            }
            ResponderDefinition::AtLeast { value: least } => {
                Some(ResponderStatus::of(value >= *least))
            }
            ResponderDefinition::PercentReduction { .. }
            | ResponderDefinition::McidReached
            | ResponderDefinition::ReliableImprovement => None,
        }
    }

    /// Whether the patient with `change` responded.
    pub fn evaluate(&self, change: &Change, context: &ResponderContext<'_>) -> ResponderStatus {
        let current = change.current().value();
        match self {
            ResponderDefinition::PainFreeOrNearly => pain_free_or_nearly(change.current()),
            ResponderDefinition::PercentReduction { percent } => {
                match change.percent_improvement_at_least(*percent) {
                    Some(met) => ResponderStatus::of(met),
                    None => ResponderStatus::not_evaluable(NotEvaluableReason::ZeroBaseline),
                }
            }
            ResponderDefinition::McidReached => match context.mcid.map(|m| m.status(change)) {
                None => ResponderStatus::not_evaluable(NotEvaluableReason::NoMcid),
                Some(McidStatus::Reached) => ResponderStatus::Responder,
                Some(McidStatus::NotReached) => ResponderStatus::NonResponder,
                Some(McidStatus::Undecidable) => {
                    ResponderStatus::not_evaluable(NotEvaluableReason::ZeroBaseline)
                }
            },
            ResponderDefinition::ReliableImprovement => {
                match ReliableChange::of(change, context.reliability) {
                    ReliableChangeResult::Computed(rc) => ResponderStatus::of(
                        rc.verdict() == ReliableChangeVerdict::ReliableImprovement,
                    ),
                    ReliableChangeResult::NotComputable {
                        reason: NotComputableReason::NoReliability,
                    } => ResponderStatus::not_evaluable(NotEvaluableReason::NoReliability),
                    ReliableChangeResult::NotComputable { .. } => {
                        ResponderStatus::not_evaluable(NotEvaluableReason::TooLarge)
                    }
                }
            }
            ResponderDefinition::AtMost { value } => ResponderStatus::of(current <= *value),
            ResponderDefinition::AtLeast { value } => ResponderStatus::of(current >= *value),
        }
    }
}

/// Pain 0 or 1 on a 0-10 higher-is-worse scale (clinical reference §1.8 `[S27]`).
fn pain_free_or_nearly(current: &Measurement) -> ResponderStatus {
    let value = current.value();
    let on_scale = current.direction() == Direction::HigherIsWorse
        && value >= Decimal::ZERO
        && value <= Decimal::from_int(10);
    if on_scale {
        ResponderStatus::of(value <= Decimal::from_int(1))
    } else {
        ResponderStatus::not_evaluable(NotEvaluableReason::NotAPainRating)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percent_reduction_is_above_0_and_at_most_100() {
        for (percent, valid) in [(0, false), (1, true), (100, true), (101, false)] {
            assert_eq!(
                ResponderDefinition::percent_reduction(Decimal::from_int(percent)).is_ok(),
                valid,
                "{percent}"
            );
        }
    }
    use crate::outcomes::McidRule;

    use crate::outcomes::tests::change;

    fn worse(before: &str, after: &str) -> Change {
        change(before, after, Direction::HigherIsWorse)
    }

    const NONE: ResponderContext<'static> = ResponderContext {
        mcid: None,
        reliability: None,
    };

    #[test]
    fn definitions_on_the_current_value_need_no_baseline() {
        let key = crate::outcomes::InstrumentKey::new("nrs").unwrap();
        let m = |v: &str| {
            Measurement::new(
                key.clone(),
                1,
                v.parse::<crate::MeasuredValue>().unwrap(),
                Direction::HigherIsWorse,
            )
        };
        let pain_free = ResponderDefinition::PainFreeOrNearly;
        assert!(!pain_free.needs_baseline());
        assert_eq!(
            pain_free.evaluate_current(&m("1")),
            Some(ResponderStatus::Responder)
        );
        assert_eq!(
            pain_free.evaluate_current(&m("1.01")),
            Some(ResponderStatus::NonResponder)
        );
        assert_eq!(
            pain_free.evaluate_current(&m("11")),
            Some(ResponderStatus::NotEvaluable {
                why: NotEvaluableReason::NotAPainRating
            })
        );
        let at_most = ResponderDefinition::AtMost {
            value: Decimal::from_int(3),
        };
        assert!(!at_most.needs_baseline());
        assert_eq!(
            at_most.evaluate_current(&m("3")),
            Some(ResponderStatus::Responder)
        );
        let at_least = ResponderDefinition::AtLeast {
            value: Decimal::from_int(3),
        };
        assert_eq!(
            at_least.evaluate_current(&m("2")),
            Some(ResponderStatus::NonResponder)
        );
        for rule in [
            ResponderDefinition::percent_reduction_30(),
            ResponderDefinition::McidReached,
            ResponderDefinition::ReliableImprovement,
        ] {
            assert!(rule.needs_baseline(), "{rule:?}");
            assert_eq!(rule.evaluate_current(&m("1")), None, "{rule:?}");
        }
    }

    #[test]
    fn the_pain_free_definition_fits_only_a_0_to_10_pain_intensity_rating() {
        use crate::outcomes::InstrumentKey;
        let rule = ResponderDefinition::PainFreeOrNearly;
        let key = |k: &str| InstrumentKey::new(k).unwrap();
        let worse = Direction::HigherIsWorse;
        assert_eq!(
            rule.check_applies(&key("bpi_sf.item.bpi_5_average"), worse),
            Ok(())
        );
        assert_eq!(rule.check_applies(&key("nrs"), worse), Ok(()));
        assert_eq!(
            rule.check_applies(&key("an_apps_own_pain_scale"), worse),
            Ok(())
        );
        assert_eq!(
            rule.check_applies(&key("odi"), worse)
                .unwrap_err()
                .to_string(),
            "the responder definition pain_free_or_nearly does not fit outcome odi: it needs a 0-10 pain scale"
        );
        for not_pain in [
            "bpi_sf.subscale.interference",
            "bpi_sf.item.bpi_9b_mood",
            "peg3",
        ] {
            assert_eq!(
                rule.check_applies(&key(not_pain), worse)
                    .unwrap_err()
                    .to_string(),
                format!(
                    "the responder definition pain_free_or_nearly does not fit outcome {not_pain}: it judges a pain-intensity rating (the pain NRS, a BPI-SF severity item or mean, PEG-3 item 1), not this outcome"
                )
            );
        }
        assert_eq!(
            rule.check_applies(&key("bpi_sf.subscale.severity"), worse),
            Ok(())
        );
        assert_eq!(
            rule.check_applies(&key("peg3.item.peg_1_pain"), worse),
            Ok(())
        );
        assert!(matches!(
            rule.check_applies(&key("pseq"), Direction::HigherIsBetter),
            Err(OutcomesError::DefinitionNotApplicable {
                why: "it needs a scale on which higher is worse",
                ..
            })
        ));
        assert_eq!(
            ResponderDefinition::percent_reduction_30().check_applies(&key("odi"), worse),
            Ok(())
        );
    }

    #[test]
    fn pain_free_or_nearly() {
        let rule = ResponderDefinition::PainFreeOrNearly;
        assert_eq!(
            rule.evaluate(&worse("5", "1"), &NONE),
            ResponderStatus::Responder
        );
        assert_eq!(
            rule.evaluate(&worse("5", "0"), &NONE),
            ResponderStatus::Responder
        );
        assert_eq!(
            rule.evaluate(&worse("5", "2"), &NONE),
            ResponderStatus::NonResponder
        );
        assert_eq!(
            rule.evaluate(&worse("5", "1.01"), &NONE),
            ResponderStatus::NonResponder
        );
        // Already 1 at baseline: still 0 or 1 now, so a responder by this definition.
        assert_eq!(
            rule.evaluate(&worse("1", "1"), &NONE),
            ResponderStatus::Responder
        );
        assert_eq!(
            rule.evaluate(&worse("30", "1"), &NONE),
            ResponderStatus::Responder
        );
        assert_eq!(
            rule.evaluate(&worse("30", "11"), &NONE),
            ResponderStatus::NotEvaluable {
                why: NotEvaluableReason::NotAPainRating
            }
        );
        assert_eq!(
            rule.evaluate(&change("5", "1", Direction::HigherIsBetter), &NONE),
            ResponderStatus::NotEvaluable {
                why: NotEvaluableReason::NotAPainRating
            }
        );
    }

    #[test]
    fn percent_presets() {
        let thirty = ResponderDefinition::percent_reduction_30();
        let fifty = ResponderDefinition::percent_reduction_50();
        // 6 → 4 is 33.33%: responds to 30, not 50.
        assert_eq!(
            thirty.evaluate(&worse("6", "4"), &NONE),
            ResponderStatus::Responder
        );
        assert_eq!(
            fifty.evaluate(&worse("6", "4"), &NONE),
            ResponderStatus::NonResponder
        );
        // 6 → 3 is exactly 50%.
        assert_eq!(
            fifty.evaluate(&worse("6", "3"), &NONE),
            ResponderStatus::Responder
        );
        assert_eq!(
            thirty.evaluate(&worse("0", "0"), &NONE),
            ResponderStatus::NotEvaluable {
                why: NotEvaluableReason::ZeroBaseline
            }
        );
        assert!(ResponderDefinition::percent_reduction(Decimal::ZERO).is_err());
        assert!(ResponderDefinition::percent_reduction(Decimal::from_int(101)).is_err());
    }

    #[test]
    fn mcid_and_reliable_need_their_figures() {
        let mcid = Mcid::new(Some(Decimal::from_int(4)), None, McidRule::Either, "[S66]").unwrap();
        let rel = Reliability::sem("2.54".parse().unwrap()).unwrap();
        let ctx = ResponderContext {
            mcid: Some(&mcid),
            reliability: Some(&rel),
        };
        let by_mcid = ResponderDefinition::McidReached;
        let by_rc = ResponderDefinition::ReliableImprovement;
        // TSK-11 30 → 25: 5 points ≥ 4 (MCID) but 5 < 7.04 (not reliable).
        assert_eq!(
            by_mcid.evaluate(&worse("30", "25"), &ctx),
            ResponderStatus::Responder
        );
        assert_eq!(
            by_rc.evaluate(&worse("30", "25"), &ctx),
            ResponderStatus::NonResponder
        );
        assert_eq!(
            by_rc.evaluate(&worse("30", "22"), &ctx),
            ResponderStatus::Responder
        );
        assert_eq!(
            by_mcid.evaluate(&worse("30", "25"), &NONE),
            ResponderStatus::NotEvaluable {
                why: NotEvaluableReason::NoMcid
            }
        );
        assert_eq!(
            by_rc.evaluate(&worse("30", "22"), &NONE),
            ResponderStatus::NotEvaluable {
                why: NotEvaluableReason::NoReliability
            }
        );
    }

    #[test]
    fn custom_thresholds() {
        let at_most = ResponderDefinition::AtMost {
            value: Decimal::from_int(20),
        };
        let at_least = ResponderDefinition::AtLeast {
            value: Decimal::from_int(41),
        };
        assert_eq!(
            at_most.evaluate(&worse("40", "20"), &NONE),
            ResponderStatus::Responder
        );
        assert_eq!(
            at_most.evaluate(&worse("40", "20.01"), &NONE),
            ResponderStatus::NonResponder
        );
        let pseq = change("30", "41", Direction::HigherIsBetter);
        assert_eq!(at_least.evaluate(&pseq, &NONE), ResponderStatus::Responder);
    }

    #[test]
    fn json_forms() {
        for (json, ok) in [
            (r#"{"kind":"pain_free_or_nearly"}"#, true),
            (r#"{"kind":"percent_reduction","percent":30}"#, true),
            (r#"{"kind":"percent_reduction","percent":0}"#, false),
            (r#"{"kind":"percent_reduction","percent":100.01}"#, false),
            (r#"{"kind":"mcid_reached"}"#, true),
            (r#"{"kind":"reliable_improvement","x":1}"#, false),
            (r#"{"kind":"at_most","value":1.5}"#, true),
            (r#"{"kind":"at_least"}"#, false),
        ] {
            assert_eq!(
                serde_json::from_str::<ResponderDefinition>(json).is_ok(),
                ok,
                "{json}"
            );
        }
        assert_eq!(
            serde_json::to_string(&ResponderDefinition::percent_reduction_50()).unwrap(),
            r#"{"kind":"percent_reduction","percent":50}"#
        );
    }
}
