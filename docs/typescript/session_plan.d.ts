/* Generated from docs/schemas/session_plan.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * An exercise from the built-in catalog or one an app defined, tagged by `source`.
 */
export type Exercise =
  | {
      kind: ExerciseKind;
      source: "catalog";
    }
  | {
      /**
       * The PRT components the exercise serves (at least one, no repeats).
       *
       * @minItems 1
       */
      components: [PrtComponent, ...PrtComponent[]];
      family: ModalityFamily;
      id: ExerciseId;
      name: ExerciseName;
      source: "custom";
      /**
       * A typical length of one practice, in minutes.
       */
      typical_minutes: number;
    };
/**
 * A technique from the built-in PRT catalog.
 */
export type ExerciseKind =
  | "pain_education"
  | "evidence_gathering"
  | "somatic_tracking"
  | "safety_reappraisal"
  | "mindfulness_practice"
  | "body_scan"
  | "guided_imagery"
  | "progressive_muscle_relaxation"
  | "emotional_awareness"
  | "expressive_writing"
  | "pressure_and_self_criticism"
  | "positive_affect_induction"
  | "graded_exposure"
  | "cognitive_restructuring"
  | "setback_planning"
  | "outcome_independence";
/**
 * The five named components of Pain Reprocessing Therapy.
 */
export type PrtComponent =
  "pain_education" | "personal_evidence" | "somatic_tracking" | "emotional_threats" | "positive_sensations";
/**
 * The broad family of approach a technique belongs to.
 */
export type ModalityFamily = "cognitive" | "mindfulness" | "somatic" | "emotional" | "educational";
/**
 * An app's identifier for a custom exercise: 1-64 characters, no control characters.
 */
export type ExerciseId = string;
/**
 * A custom exercise's display name: 1-120 characters, no control characters.
 */
export type ExerciseName = string;
/**
 * What a session is for.
 */
export type SessionKind = "physician_evaluation" | "prt_therapy" | "assessment_only" | "booster";
/**
 * How a session is held.
 */
export type Modality = "in_person" | "video" | "phone" | "async_messaging";
/**
 * A session id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type SessionId = string;

/**
 * A planned session: which one in the program, what kind, its focus and exercises, when, how, and for how long.
 */
export interface SessionPlan {
  /**
   * The exercises planned, in order.
   *
   * @maxItems 32
   */
  exercises?: Exercise[];
  /**
   * The PRT components the session focuses on (none for an assessment-only visit).
   */
  focus?: PrtComponent[];
  kind: SessionKind;
  legacy_ids?: LegacyIds;
  modality: Modality;
  /**
   * The session's 1-based number in the program.
   */
  number: number;
  /**
   * The planned length, in minutes.
   */
  planned_minutes: number;
  /**
   * When the session is scheduled to start (UTC).
   */
  scheduled_at: string;
  /**
   * The document layout version, 1.
   */
  schema_version: 1 | 2;
  session: SessionId;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
