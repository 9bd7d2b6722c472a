/* Generated from docs/schemas/cohort_summary.schema.json by .ci/generate_typescript.mjs; do not edit. */

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
 * A percentage from 0 to 100 with at most two decimal places.
 */
export type Percentage = number;
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
 * Outcomes across a cohort of patients, one row per timepoint: how many had data, how many were
 * missing, the responders' count and proportion under one [`ResponderDefinition`], and the mean
 * and SD of the change from baseline.
 *
 * Arithmetic is exact: values are [`MeasuredValue`](crate::MeasuredValue)s (exact to 0.0001, so a
 * research value such as 4.375 is taken as it is), changes are their exact differences summed in
 * integer ten-thousandths, and responders are decided on the exact values; only the reported
 * figures are rounded, once: proportions and means half away from zero to 0.01, the SD (sample,
 * n − 1) to the nearest 0.01. An empty cohort gives
 * rows of zero counts and absent figures, never NaN. Two proportions are reported, because trials
 * differ: among patients the definition could judge, and among the whole cohort (everyone without
 * data counted as a non-responder).
 *
 * ```
 * use chrono::NaiveDate;
 * use pain_reprocessing::outcomes::{Administration, CohortSummary, InstrumentKey, ResponderContext, ResponderDefinition, Timepoint, Trajectory};
 * use pain_reprocessing::{Decimal, Direction};
 *
 * // 50 patients with baseline pain 5; 33 end at 1 and 17 at 3 (the Boulder PRT arm's 33 of 50).
 * let day = |m| NaiveDate::from_ymd_opt(2024, m, 1).expect("valid date");
 * let key = InstrumentKey::new("bpi_average_pain")?;
 * let cohort: Vec<Trajectory> = (0..50)
 *     .map(|i| {
 *         let after = if i < 33 { 1 } else { 3 };
 *         Trajectory::new(key.clone(), 1, Direction::HigherIsWorse, vec![
 *             Administration::new(Timepoint::Baseline, day(1), Decimal::from_int(5)),
 *             Administration::new(Timepoint::PostTreatment, day(2), Decimal::from_int(after)),
 *         ])
 *     })
 *     .collect::<Result<_, _>>()?;
 * let summary = CohortSummary::summarize(
 *     &cohort, &[Timepoint::PostTreatment], &ResponderDefinition::PainFreeOrNearly, &ResponderContext::default(),
 * )?;
 * let post = &summary.rows()[0];
 * assert_eq!((post.responders(), post.with_data()), (33, 50));
 * assert_eq!(post.responder_proportion().map(|p| p.to_string()), Some("0.66".into()));
 * assert_eq!(post.responder_percentage().map(|p| p.to_string()), Some("66%".into()));
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface CohortSummary {
  definition: ResponderDefinition;
  /**
   * Which way the scale improves; absent only for an empty cohort.
   */
  direction?: Direction | null;
  /**
   * The instrument; absent only for an empty cohort.
   */
  instrument?: InstrumentKey | null;
  /**
   * Patients in the cohort.
   */
  patients: number;
  /**
   * One row per timepoint, in timepoint order.
   */
  rows: TimepointSummary[];
  /**
   * The scoring rule's version; absent only for an empty cohort.
   */
  rule_version?: number | null;
}
/**
 * One row of a [`CohortSummary`](super::CohortSummary): the cohort at one timepoint.
 *
 * Counts add up: `patients = with_data + missing_value + missing_baseline`, and
 * `with_data = responders + non_responders + not_evaluable`; `with_change ≤ with_data`.
 *
 * A definition that judges the current value alone ([`ResponderDefinition::needs_baseline`](crate::outcomes::ResponderDefinition::needs_baseline)
 * false: pain-free or nearly, at most, at least) judges a patient without a baseline, who is then
 * counted in `with_data` but not in `with_change`; `missing_baseline` counts only patients the
 * definition could not judge for want of a baseline.
 */
export interface TimepointSummary {
  /**
   * The mean change `current − baseline` of patients with a change, rounded half away from zero to
   * 0.01; absent without data.
   */
  mean_change?: Decimal | null;
  /**
   * Patients with a value at this timepoint but no baseline, under a definition that needs one.
   */
  missing_baseline: number;
  /**
   * Patients with no value at this timepoint.
   */
  missing_value: number;
  /**
   * Patients with data who did not.
   */
  non_responders: number;
  /**
   * Patients with data the definition could not judge.
   */
  not_evaluable: number;
  /**
   * Patients in the cohort.
   */
  patients: number;
  /**
   * The same as a percentage (33 of 50 is 66%).
   */
  responder_percentage?: Percentage | null;
  /**
   * `responders / (responders + non_responders)`, 0-1 rounded half away from zero to 0.01;
   * absent when nobody was evaluable.
   */
  responder_proportion: number | null;
  /**
   * `responders / patients`, counting everyone without data as a non-responder; absent for an
   * empty cohort.
   */
  responder_proportion_of_cohort: number | null;
  /**
   * Patients with data who met the responder definition.
   */
  responders: number;
  /**
   * The sample SD (n − 1) of the change, rounded to the nearest 0.01; absent below 2 patients.
   */
  sd_change: number | null;
  timepoint: Timepoint;
  /**
   * Patients among `with_data` with a baseline too, so a change: the `n` of the mean change.
   * Absent in summaries written before it existed, which counted only patients with a change in
   * `with_data`: read as `with_data`.
   */
  with_change?: number;
  /**
   * Patients the definition judged: a value at this timepoint, and a baseline when the
   * definition needs one.
   */
  with_data: number;
}
