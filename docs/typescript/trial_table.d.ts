/* Generated from docs/schemas/trial_table.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A rule that says whether a patient responded, stored and exchanged as data.
 *
 * - [`ResponderDefinition::PainFreeOrNearly`]: the Boulder trial's primary responder definition,
 *   pain 0 or 1 of 10 on the past-week average pain item (clinical reference §1.8 `[S27]`; PRT:
 *   33 of 50, 66%).
 * - [`ResponderDefinition::PercentReduction`]: at least `percent` improvement from baseline (30%
 *   and 50% presets: IMMPACT moderate and substantial, §3.1 `[S41]`).
 * - [`ResponderDefinition::McidReached`]: the instrument's MCID, from [`ResponderContext::mcid`].
 * - [`ResponderDefinition::ReliableImprovement`]: a Jacobson-Truax reliable improvement, from
 *   [`ResponderContext::reliability`] (§4).
 * - [`ResponderDefinition::AtMost`] / [`ResponderDefinition::AtLeast`]: the caller's own
 *   threshold on the current value.
 *
 * ```
 * use pain_reprocessing::outcomes::{ResponderContext, ResponderDefinition, ResponderStatus, InstrumentKey, Measurement};
 * use pain_reprocessing::{Decimal, Direction};
 *
 * let rule: ResponderDefinition = serde_json::from_str(r#"{"kind":"pain_free_or_nearly"}"#)?;
 * let pain = InstrumentKey::new("bpi_average_pain")?;
 * let m = |v| Measurement::new(pain.clone(), 1, Decimal::from_int(v), Direction::HigherIsWorse);
 * let status = rule.is_responder(&m(5), &m(1), &ResponderContext::default())?;
 * assert_eq!(status, ResponderStatus::Responder);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type ResponderDefinition =
  | {
      kind: "pain_free_or_nearly";
    }
  | {
      kind: "percent_reduction";
      /**
       * The least improvement, as a percent of the baseline: above 0, at most 100.
       */
      percent: number;
    }
  | {
      kind: "mcid_reached";
    }
  | {
      kind: "reliable_improvement";
    }
  | {
      kind: "at_most";
      value: Decimal;
    }
  | {
      kind: "at_least";
      value: Decimal;
    };
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;
/**
 * Which patients a responder percentage divides by; trials report either.
 */
export type ResponderDenominator = "completers" | "all_randomized";
/**
 * Which way a scale improves: most pain and distress scales are worse when higher, a few (pain
 * self-efficacy, PSEQ) are better when higher (clinical reference §3 conventions).
 *
 * ```
 * use pain_reprocessing::Direction;
 *
 * assert!(Direction::HigherIsWorse.improved(6, 4));
 * assert!(Direction::HigherIsBetter.improved(30, 41));
 * assert_eq!(serde_json::to_string(&Direction::HigherIsBetter)?, "\"higher_is_better\"");
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type Direction = "higher_is_worse" | "higher_is_better";
/**
 * The stable key of an outcome: an instrument (lowercase a-z, digits, '_' and '-'), optionally followed by '.item.' or '.subscale.' and the part's name under the same rule.
 */
export type InstrumentKey = string;
/**
 * The label of a trial arm: 1-64 characters, no control characters.
 */
export type ArmLabel = string;
/**
 * When an assessment belongs in a program, in clinical order (clinical reference §1.6 `[S4]`):
 * baseline, post-treatment (the primary endpoint), then follow-ups counted in months after the
 * post-treatment assessment (Boulder: 1, 2, 3, 6 and 12 months).
 *
 * Timepoints order clinically: `Baseline < PostTreatment < FollowUp { months: 1 } < FollowUp
 * { months: 2 } …`. In JSON a timepoint is tagged by `kind`:
 *
 * ```
 * use pain_reprocessing::outcomes::Timepoint;
 *
 * let three = Timepoint::follow_up(3)?;
 * assert_eq!(serde_json::to_string(&three)?, r#"{"kind":"follow_up","months":3}"#);
 * assert_eq!(three.to_string(), "follow-up +3 months");
 * assert!(Timepoint::Baseline < Timepoint::PostTreatment && Timepoint::PostTreatment < three);
 * assert!(Timepoint::follow_up(0).is_err());
 * assert!(serde_json::from_str::<Timepoint>(r#"{"kind":"follow_up","months":121}"#).is_err());
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 *
 * The variant's `months` field is public so code can match on it; build follow-ups with
 * [`Timepoint::follow_up`], which checks the range 1..=[`MAX_FOLLOW_UP_MONTHS`]. Serde, the JSON
 * Schema and [`Trajectory`](super::Trajectory) check it too, so an out-of-range follow-up never
 * enters a stored document.
 */
export type Timepoint =
  | {
      kind: "baseline";
    }
  | {
      kind: "post_treatment";
    }
  | {
      kind: "follow_up";
      /**
       * Months after the post-treatment assessment, 1-120.
       */
      months: number;
    };

/**
 * A trial's outcome table: per timepoint and arm, n and mean (SD) of the values, mean (SD) of the
 * change from baseline, responders n/N and percent, and the first arm against each other arm
 * (difference of means with Hedges' g, of changes with Hedges' g, and of responder percentages).
 *
 * # Figures and rounding
 *
 * Values are [`MeasuredValue`](crate::MeasuredValue)s, exact to 0.0001 (a research value such as
 * 4.375 is taken as it is). Every figure is computed exactly in integers from the values'
 * ten-thousandths and rounded once, to 0.01: means, differences and percents half away from zero,
 * SDs and Hedges' g to the nearest 0.01 (a tie away from zero); responders are decided on the
 * exact values. Printed ([`fmt::Display`]) means and SDs show two decimals, percents one decimal
 * rounded half away from zero from the exact counts, g two decimals; the printed table states
 * this rule in its header.
 *
 * Hedges' g is the standardized mean difference with the usual small-sample correction (Hedges
 * 1981; Hedges & Olkin 1985): `g = J · (m₁ − m₂) / s_p`, `s_p = √(((n₁ − 1) s₁² + (n₂ − 1) s₂²) /
 * (n₁ + n₂ − 2))`, `J = 1 − 3 / (4 (n₁ + n₂) − 9)`. It is unadjusted: the Boulder trial's published
 * g (−1.14 against placebo after treatment, clinical reference §1.8 `[S11]` `[S28]`) came from its
 * own models and is not expected from raw data.
 *
 * # Missing data
 *
 * - A patient without a value at a timepoint is missing there: left out of n, and with the
 *   [`ResponderDenominator::AllRandomized`] denominator counted as a non-responder.
 * - A definition that does not compare with the baseline ([`ResponderDefinition::needs_baseline`]:
 *   pain-free or nearly, 0-1 of 10 `[S27]`) judges a patient without a baseline on the current
 *   value; one that does counts that patient as missing.
 * - A patient the definition cannot judge (a zero baseline under a percent rule, no MCID given) is
 *   an error naming the patient, never silently left out.
 *
 * Administrations need no dates: the [`Timepoint`]s order them.
 *
 * ```
 * use pain_reprocessing::outcomes::{
 *     Administration, ArmLabel, ResponderDefinition, ResponderDenominator, Timepoint, TrialAnalysis,
 *     TrialPatient, TrialTable, Trajectory,
 * };
 * use pain_reprocessing::{Decimal, Direction, InstrumentId};
 * use pain_reprocessing::outcomes::InstrumentKey;
 *
 * let key = InstrumentKey::item(InstrumentId::BpiSf, 3)?; // average pain, the primary outcome
 * let patient = |arm: &str, before: i32, after: i32| -> Result<TrialPatient, Box<dyn std::error::Error>> {
 *     let trajectory = Trajectory::new(key.clone(), 1, Direction::HigherIsWorse, vec![
 *         Administration::undated(Timepoint::Baseline, Decimal::from_int(before)),
 *         Administration::undated(Timepoint::PostTreatment, Decimal::from_int(after)),
 *     ])?;
 *     Ok(TrialPatient { arm: ArmLabel::new(arm)?, trajectory })
 * };
 * let patients = vec![
 *     patient("PRT", 5, 1)?, patient("PRT", 4, 0)?, patient("PRT", 6, 3)?,
 *     patient("usual care", 5, 4)?, patient("usual care", 4, 4)?, patient("usual care", 6, 5)?,
 * ];
 * let arms = [ArmLabel::new("PRT")?, ArmLabel::new("usual care")?];
 * let table = TrialTable::summarize(&patients, &TrialAnalysis {
 *     arms: &arms,
 *     timepoints: &[Timepoint::Baseline, Timepoint::PostTreatment],
 *     definition: &ResponderDefinition::PainFreeOrNearly,
 *     denominator: ResponderDenominator::AllRandomized,
 *     context: Default::default(),
 * })?;
 * let post = table.row(Timepoint::PostTreatment).expect("reported");
 * assert_eq!(post.arm("PRT").expect("an arm").responders().map(|r| r.to_string()), Some("2/3 (66.7%)".into()));
 * assert_eq!(post.comparison("usual care").and_then(|c| c.mean_difference()), Some(Decimal::from_int(-3)));
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 *
 * # JSON
 *
 * A table reads back through the checks a table alone allows (the `read` module): rows in
 * timepoint order, the same arms in every row, samples within their arm, responders with the
 * denominator the table states and the percent their counts give, comparisons of the first arm
 * with each other. It cannot check means, SDs or Hedges' g against patients it does not hold.
 */
export interface TrialTable {
  definition: ResponderDefinition;
  denominator: ResponderDenominator;
  direction: Direction;
  instrument: InstrumentKey;
  /**
   * One row per timepoint, in timepoint order.
   */
  rows: TrialRow[];
  /**
   * The scoring rule's version.
   */
  rule_version: number;
}
/**
 * One timepoint of a [`TrialTable`](super::TrialTable): each arm, then the first arm against each other.
 */
export interface TrialRow {
  /**
   * One summary per arm, in the analysis' arm order.
   */
  arms: ArmSummary[];
  /**
   * The first arm against each other arm, in arm order.
   */
  comparisons: ArmComparison[];
  timepoint: Timepoint;
}
/**
 * One arm at one timepoint.
 */
export interface ArmSummary {
  arm: ArmLabel;
  /**
   * The change from baseline (`value − baseline`) of patients with both; absent at baseline.
   */
  change?: MeanSd | null;
  /**
   * Patients randomized to the arm.
   */
  randomized: number;
  /**
   * Responders; absent at baseline for a definition that compares with the baseline.
   */
  responders?: Responders | null;
  value: MeanSd;
}
/**
 * The mean and SD of a sample, with its size.
 */
export interface MeanSd {
  /**
   * The mean, rounded half away from zero to 0.01; absent without values.
   */
  mean?: Decimal | null;
  /**
   * How many values.
   */
  n: number;
  /**
   * The sample SD (n − 1), rounded to the nearest 0.01; absent below 2 values.
   */
  sd?: Decimal | null;
}
/**
 * Responders `n/N` with the percent.
 */
export interface Responders {
  /**
   * The denominator: completers or all randomized, as the table states.
   */
  denominator: number;
  /**
   * `responders / denominator × 100`, rounded half away from zero to 0.01; absent for 0.
   */
  percent?: Decimal | null;
  /**
   * Patients who met the definition.
   */
  responders: number;
}
/**
 * The first arm against another at one timepoint: differences `first − other`.
 */
export interface ArmComparison {
  arm: ArmLabel;
  /**
   * Difference of the mean changes from baseline; absent at baseline or without changes.
   */
  change_difference?: Decimal | null;
  /**
   * Hedges' g of the changes.
   */
  change_hedges_g?: Decimal | null;
  /**
   * Hedges' g of the values, to 0.01; absent below 3 values or without spread.
   */
  hedges_g?: Decimal | null;
  /**
   * Difference of the mean values, to 0.01; absent when an arm has no values.
   */
  mean_difference?: Decimal | null;
  /**
   * Difference of the responder percentages, in percentage points to 0.01.
   */
  responder_difference?: Decimal | null;
  versus: ArmLabel;
}
