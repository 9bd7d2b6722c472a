/* Generated from docs/schemas/trajectory.schema.json by .ci/generate_typescript.mjs; do not edit. */

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
 * An exact measured value, written as a JSON number: at most four decimal places below 10^11 in magnitude, two from there up.
 */
export type MeasuredValue = number;
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
 * One patient's administrations of one instrument (one rule version), in timepoint order with
 * strictly increasing dates where dates are given.
 *
 * The constructor sorts administrations by [`Timepoint`] and rejects a repeated timepoint
 * ([`OutcomesError::DuplicateTimepoint`]), dates that do not increase with the timepoints
 * ([`OutcomesError::DatesOutOfOrder`]; undated administrations are ordered by timepoint alone
 * and dates are compared among the dated ones) and, from measurements, mixed instruments or
 * versions.
 *
 * Changes are measured from the [`Timepoint::Baseline`] administration. There is no fallback to the
 * earliest administration when the baseline is missing: change questions then answer
 * [`OutcomesError::NoBaseline`], because a later first assessment is not a baseline.
 *
 * ```
 * use chrono::NaiveDate;
 * use pain_reprocessing::outcomes::{Administration, InstrumentKey, ResponderContext, ResponderDefinition, SustainedResponse, Timepoint, Trajectory};
 * use pain_reprocessing::{Decimal, Direction};
 *
 * let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).expect("valid date");
 * let pain = Trajectory::new(
 *     InstrumentKey::new("bpi_average_pain")?,
 *     1,
 *     Direction::HigherIsWorse,
 *     vec![
 *         Administration::new(Timepoint::Baseline, day(1, 8), Decimal::from_int(5)),
 *         Administration::new(Timepoint::PostTreatment, day(2, 9), Decimal::from_int(1)),
 *         Administration::new(Timepoint::follow_up(1)?, day(3, 11), Decimal::from_int(0)),
 *     ],
 * )?;
 * let latest = pain.latest()?.expect("there is a post-baseline administration");
 * assert_eq!(latest.0, Timepoint::follow_up(1)?);
 * assert_eq!(latest.1.improvement(), Decimal::from_int(5));
 * let sustained = pain.sustained_response(
 *     Timepoint::PostTreatment, &ResponderDefinition::PainFreeOrNearly, &ResponderContext::default(),
 * )?;
 * assert!(matches!(sustained, SustainedResponse::Sustained { .. }));
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface Trajectory {
  /**
   * The administrations in timepoint order, each timepoint once, dates strictly increasing.
   */
  administrations: Administration[];
  direction: Direction;
  instrument: InstrumentKey;
  /**
   * The scoring rule's version.
   */
  rule_version: number;
}
/**
 * One administration in a [`Trajectory`]: when, on what date (if known), and the value.
 *
 * Research data are often date-shifted or labelled by visit only: an administration without a
 * date ([`Administration::undated`]) is ordered by its [`Timepoint`] alone. In JSON the `date` is
 * then left out; documents written with dates read and write as before.
 */
export interface Administration {
  /**
   * The calendar date it was administered; absent when only the visit is known.
   */
  date?: string | null;
  timepoint: Timepoint;
  value: MeasuredValue;
}
