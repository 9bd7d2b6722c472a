/* Generated from docs/schemas/screening_criteria.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A source key of the crate's bibliography (docs/sources.md, from the clinical reference's source list), or design_choice for a rule the reference does not give and this crate chose.
 */
export type SourceKey =
  | "S1"
  | "S3"
  | "S4"
  | "S7"
  | "S8"
  | "S9"
  | "S10"
  | "S11"
  | "S12"
  | "S13"
  | "S14"
  | "S16"
  | "S17"
  | "S18"
  | "S19"
  | "S20"
  | "S21"
  | "S24"
  | "S25"
  | "S26"
  | "S27"
  | "S28"
  | "S29"
  | "S30"
  | "S31"
  | "S32"
  | "S34"
  | "S35"
  | "S36"
  | "S37"
  | "S38"
  | "S39"
  | "S40"
  | "S41"
  | "S42"
  | "S43"
  | "S44"
  | "S45"
  | "S46"
  | "S47"
  | "S48"
  | "S49"
  | "S50"
  | "S51"
  | "S52"
  | "S53"
  | "S54"
  | "S55"
  | "S56"
  | "S57"
  | "S58"
  | "S59"
  | "S60"
  | "S61"
  | "S62"
  | "S63"
  | "S64"
  | "S65"
  | "S66"
  | "S67"
  | "S68"
  | "S69"
  | "S70"
  | "S71"
  | "S72"
  | "S73"
  | "S74"
  | "S75"
  | "S76"
  | "S77"
  | "S78"
  | "S79"
  | "S80"
  | "S81"
  | "S82"
  | "S83"
  | "S84"
  | "S85"
  | "S86"
  | "S87"
  | "S88"
  | "S89"
  | "S91"
  | "S92"
  | "S93"
  | "design_choice";
/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
/**
 * Whether a threshold value itself passes.
 */
export type IntakeBoundary = "inclusive" | "exclusive";
/**
 * One configurable exclusion rule.
 */
export type ExclusionCriterion =
  | {
      condition: IntakeCondition;
      source: SourceKey;
      type: "condition";
    }
  | {
      /**
       * The window in months, 1-1440.
       */
      months: number;
      source: SourceKey;
      type: "back_surgery_within";
    };
/**
 * A condition an intake asks about because it can exclude someone from a program.
 *
 * The Boulder trial's own exclusion list could not be read (clinical reference §1.2, UNVERIFIED);
 * these are the conditions the reference lists from the group's telehealth study (`[S7]`), the
 * BACPAC criteria (`[S32]`) and typical mind-body trials (`[S38]`). Which of them exclude is
 * configured by [`ExclusionCriterion`] values in the criteria.
 */
export type IntakeCondition =
  | "recent_spinal_fracture"
  | "spinal_tumour"
  | "rheumatoid_arthritis"
  | "polymyalgia_rheumatica"
  | "scleroderma"
  | "lupus"
  | "polymyositis"
  | "ankylosing_spondylitis"
  | "psoriatic_arthritis"
  | "discitis_or_osteomyelitis"
  | "radiculopathy_with_motor_deficit"
  | "osteoporosis_needing_treatment"
  | "cancer_or_recent_cancer_treatment"
  | "bipolar_mania"
  | "dementia";
/**
 * The layout version of the document; this crate reads and writes 1.
 */
export type IntakeSchemaVersion = 1;

/**
 * The criteria as plain data: fill or edit these, then validate with [`ScreeningCriteria::new`].
 *
 * Every criterion is optional: `None` (or an empty list) means "not screened for".
 *
 * Read from JSON, criteria also meet rules across fields that their schema does not state: an
 * age window's minimum is at most its maximum; a pain-days fraction's numerator is at most its
 * denominator.
 */
export interface ScreeningCriteria {
  /**
   * The age window.
   */
  age?: AgeCriterion | null;
  /**
   * The minimum past-week average intensity.
   */
  average_intensity?: IntensityCriterion | null;
  /**
   * The minimum pain duration.
   */
  duration?: DurationCriterion | null;
  /**
   * Whether psychosis excludes (`[S38]`); "unknown" then makes the screening incomplete.
   */
  exclude_psychosis: boolean;
  /**
   * Whether a moderate-severe substance use disorder excludes (`[S38]`).
   */
  exclude_substance_use_disorder: boolean;
  /**
   * Exclusion rules.
   */
  exclusions?: ExclusionCriterion[];
  /**
   * A count of supporting neuroplastic evidence items to show as a display threshold, 1-13.
   * Display only, never a gate: the one published value, 2 (`[S18]`), is not validated.
   */
  neuroplastic_display_threshold?: number | null;
  /**
   * The minimum share of days with pain.
   */
  pain_days?: PainDaysCriterion | null;
  schema_version: IntakeSchemaVersion;
}
/**
 * An age window in whole years on the assessment date, both ends inclusive.
 */
export interface AgeCriterion {
  /**
   * The oldest eligible age; `None` for no upper limit.
   */
  max?: number | null;
  /**
   * The youngest eligible age.
   */
  min: number;
  source: SourceKey;
}
/**
 * A minimum past-week average pain intensity (inclusive).
 */
export interface IntensityCriterion {
  min: Rating;
  source: SourceKey;
}
/**
 * A minimum pain duration in months.
 *
 * A duration reported in weeks passes only when it certainly exceeds the months: `7 × weeks` must
 * exceed (or, inclusive, reach) `31 × months` days, the longest that many months can be. A
 * conservative design choice: 13 weeks (91 days) does not pass "more than 3 months", 14 weeks
 * (98 days) does.
 */
export interface DurationCriterion {
  boundary: IntakeBoundary;
  /**
   * The threshold, in months (at least 1).
   */
  months: number;
  source: SourceKey;
}
/**
 * A minimum share of the past 6 months' days with pain: `numerator / denominator` of
 * [`PAIN_DAYS_WINDOW`](super::PAIN_DAYS_WINDOW), compared exactly as
 * `days × denominator ≥ numerator × 183`.
 */
export interface PainDaysCriterion {
  /**
   * The fraction's denominator, 1-100.
   */
  denominator: number;
  /**
   * The fraction's numerator, at most the denominator.
   */
  numerator: number;
  source: SourceKey;
}
