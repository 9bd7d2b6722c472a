/* Generated from docs/schemas/protocol.schema.json by .ci/generate_typescript.mjs; do not edit. */

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
 * A protocol id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ProtocolId = string;
/**
 * The stable key of an outcome: an instrument (lowercase a-z, digits, '_' and '-'), optionally followed by '.item.' or '.subscale.' and the part's name under the same rule.
 */
export type InstrumentKey = string;
/**
 * The five named components of Pain Reprocessing Therapy.
 */
export type PrtComponent =
  "pain_education" | "personal_evidence" | "somatic_tracking" | "emotional_threats" | "positive_sensations";
/**
 * What a session is for.
 */
export type SessionKind = "physician_evaluation" | "prt_therapy" | "assessment_only" | "booster";
/**
 * How a session is held.
 */
export type Modality = "in_person" | "video" | "phone" | "async_messaging";

/**
 * A validated PRT protocol template. See the [module docs](self).
 *
 * Read from JSON, a protocol also meets rules across fields that its schema does not state:
 * physician evaluation sessions come before every treatment session; the treatment sessions fit
 * the treatment window at the cadence (sessions at the weekly cadence need no more days than the
 * window); each timepoint is assessed at most once, in increasing order (baseline, post-treatment,
 * then follow-ups by month). The schema states that there is a treatment session and a baseline
 * and a post-treatment assessment.
 */
export interface Protocol {
  /**
   * @minItems 2
   */
  assessments: unknown[] & [AssessmentSpec, AssessmentSpec, ...AssessmentSpec[]];
  cadence: Cadence;
  id: ProtocolId;
  legacy_ids?: LegacyIds;
  /**
   * The primary outcome: an instrument of the post-treatment assessment, or an item or subscale
   * of one (Boulder: `bpi_sf.item.bpi_5_average`). Absent in documents written before it existed,
   * which read unchanged.
   */
  primary_outcome?: InstrumentKey | null;
  rules: ProgramRules;
  schema_version: 2;
  /**
   * @minItems 1
   * @maxItems 200
   */
  sessions: [PlannedSession, ...PlannedSession[]];
  version: number;
}
/**
 * When an assessment is taken, what it measures, and how far from its anchor it may be taken.
 *
 * The anchor of each timepoint: enrollment for baseline, the end of treatment for post-treatment,
 * and the post-treatment assessment plus the offset in months for a follow-up (clinical reference
 * §1.6 `[S4]`). The window opens `days_before` the anchor and closes `days_after` it; these
 * tolerances are a design choice of each protocol, not trial facts.
 */
export interface AssessmentSpec {
  days_after: number;
  days_before: number;
  /**
   * The instruments given, at least one, none twice.
   *
   * @minItems 1
   */
  instruments: [InstrumentId, ...InstrumentId[]];
  timepoint: Timepoint;
}
/**
 * How often treatment sessions are held and the window they must fit in.
 */
export interface Cadence {
  sessions_per_week: number;
  window_days: number;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
/**
 * Rules the program applies while running this protocol.
 *
 * A safety flag on any recorded score (PHQ-9 item 9 above 0 or unanswered) and a newly reported
 * red flag always put the program on a safety hold; that is not configurable (clinical reference
 * §2.2 `[S35]` `[S36]`).
 */
export interface ProgramRules {
  missed_sessions_before_review: number;
}
/**
 * One planned session of a protocol. Its number is its 1-based position in
 * [`Protocol::sessions`].
 */
export interface PlannedSession {
  focus: PrtComponent[];
  kind: SessionKind;
  minutes: number;
  modality: Modality;
}
