/* Generated from docs/schemas/outcome_summary.schema.json by .ci/generate_typescript.mjs; do not edit. */

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
 * An outcome instrument of the catalog, by its stable snake_case id.
 */
export type InstrumentId =
  | "nrs"
  | "bpi_sf"
  | "peg3"
  | "phq9"
  | "phq2"
  | "gad7"
  | "gad2"
  | "pcs"
  | "tsk11"
  | "tsk17"
  | "pseq"
  | "odi"
  | "rmdq"
  | "pgic"
  | "csi"
  | "promis_depression_8a"
  | "promis_anxiety_8a"
  | "promis_anger_5a"
  | "promis_sleep_disturbance_8a"
  | "promis_sleep_disturbance_8b"
  | "pain_attribution";
/**
 * Whether a patient responded.
 */
export type ResponderStatus =
  | {
      status: "responder";
    }
  | {
      status: "non_responder";
    }
  | {
      status: "not_evaluable";
      why: NotEvaluableReason;
    };
/**
 * Why a patient could not be judged a responder or not.
 */
export type NotEvaluableReason = "zero_baseline" | "no_mcid" | "no_reliability" | "not_a_pain_rating" | "too_large";
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
 * What a program's recorded assessments show, one [`InstrumentOutcome`] per instrument, in the
 * order the instruments were first recorded. A document for dashboards and other languages, like
 * the [`ProgramReport`](super::ProgramReport); no instrument appears twice. Rules across fields,
 * checked when the document is read: each outcome's `trajectory` is its `instrument`'s, and its
 * `statuses` are exactly the ones its `definition` gives on that trajectory.
 */
export interface OutcomeSummary {
  instruments: InstrumentOutcome[];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
/**
 * One instrument's course through a program: its trajectory, the responder definition applied,
 * and the status at each assessment after baseline.
 *
 * As JSON, `statuses` is a list of `{timepoint, status}`. Read back, the statuses must be exactly
 * the ones the definition gives on the trajectory (with the catalog's MCID and SEM), and the
 * trajectory must be the instrument's: a document whose statuses disagree is refused.
 */
export interface InstrumentOutcome {
  /**
   * The responder definition applied (absent: none, and no statuses).
   */
  definition?: ResponderDefinition | null;
  instrument: InstrumentId;
  /**
   * The responder status at each assessment after baseline that could be judged, in clinical order.
   */
  statuses: StatusAt[];
  trajectory: Trajectory;
}
/**
 * A responder status at one timepoint, as [`InstrumentOutcome`] writes it.
 */
export interface StatusAt {
  status: ResponderStatus;
  timepoint: Timepoint;
}
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
