/* Generated from docs/schemas/homework.schema.json by .ci/generate_typescript.mjs; do not edit. */

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
 * The period a `Frequency` counts in: a day or a week.
 */
export type Per = "day" | "week";
/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
/**
 * Whether a practice was led by someone (a clinician, a recording, an app) or done alone.
 */
export type Guidance = "guided" | "self_guided";
/**
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;
/**
 * A session id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type SessionId = string;
/**
 * An emotion or a kind of memory that came up with a sensation, from a fixed vocabulary; details go
 * in the region's note.
 */
export type EmotionTag =
  | "fear"
  | "anxiety"
  | "anger"
  | "frustration"
  | "sadness"
  | "grief"
  | "guilt"
  | "shame"
  | "loneliness"
  | "calm"
  | "relief"
  | "joy"
  | "memory_of_injury"
  | "memory_of_stress"
  | "childhood_memory"
  | "other";
/**
 * A region of the body, coarse enough for a patient to pick without help.
 *
 * The list is a design choice of this crate (the clinical reference names no body map); it covers
 * the regions chronic-pain intakes commonly ask about, including `whole_body` for widespread pain.
 *
 * ```
 * use pain_reprocessing::intake::BodyRegion;
 *
 * assert_eq!(serde_json::to_string(&BodyRegion::LowerBack)?, "\"lower_back\"");
 * assert_eq!(BodyRegion::LowerBack.label(), "lower back");
 * assert_eq!(BodyRegion::ALL.len(), 17);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type BodyRegion =
  | "head"
  | "jaw"
  | "neck"
  | "shoulder"
  | "upper_back"
  | "lower_back"
  | "chest"
  | "abdomen"
  | "pelvis"
  | "hip"
  | "arm"
  | "elbow"
  | "wrist_hand"
  | "leg"
  | "knee"
  | "ankle_foot"
  | "whole_body";
/**
 * A sensation descriptor, from a fixed vocabulary.
 */
export type Sensation =
  | "tight"
  | "pressure"
  | "burning"
  | "tingling"
  | "throbbing"
  | "aching"
  | "sharp"
  | "dull"
  | "warm"
  | "cool"
  | "numb"
  | "other";
/**
 * Whether a sensation shifted while it was tracked.
 */
export type SensationShift = "moved" | "eased" | "intensified" | "unchanged";
/**
 * Which side of the body: left, right, both (bilateral), or the midline (spine, centre).
 *
 * ```
 * use pain_reprocessing::intake::Side;
 *
 * assert_eq!(serde_json::to_string(&Side::Bilateral)?, "\"bilateral\"");
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type Side = "left" | "right" | "bilateral" | "midline";

/**
 * Homework: exercises assigned for practice between sessions, how often and until when, and the completions recorded so far. Rules across fields, checked when the document is read: every assignment's `due` is on or after `assigned_on`; each completion names one of the assignments (`assignment` is an index into `assignments`) and is on or after `assigned_on`; a completion's practice log, when given, agrees with it (the log starts on the completion's `on`, practises the assignment's exercise, for the completion's minutes).
 */
export interface Homework {
  /**
   * The day the homework was set; every assignment starts then.
   */
  assigned_on: string;
  /**
   * The assignments (1-16); each due on or after `assigned_on`.
   *
   * @minItems 1
   * @maxItems 16
   */
  assignments:
    | [Assignment]
    | [Assignment, Assignment]
    | [Assignment, Assignment, Assignment]
    | [Assignment, Assignment, Assignment, Assignment]
    | [Assignment, Assignment, Assignment, Assignment, Assignment]
    | [Assignment, Assignment, Assignment, Assignment, Assignment, Assignment]
    | [Assignment, Assignment, Assignment, Assignment, Assignment, Assignment, Assignment]
    | [Assignment, Assignment, Assignment, Assignment, Assignment, Assignment, Assignment, Assignment]
    | [Assignment, Assignment, Assignment, Assignment, Assignment, Assignment, Assignment, Assignment, Assignment]
    | [
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment
      ]
    | [
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment
      ]
    | [
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment
      ]
    | [
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment
      ]
    | [
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment
      ]
    | [
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment
      ]
    | [
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment,
        Assignment
      ];
  /**
   * The completions recorded, each on or after `assigned_on` and naming an existing assignment.
   *
   * @maxItems 1000
   */
  completions?: Completion[];
  legacy_ids?: LegacyIds;
  /**
   * The document layout version, 1.
   */
  schema_version: 1 | 2;
  /**
   * The session it was set in, if any.
   */
  session?: SessionId | null;
}
/**
 * One exercise assigned for practice, how often, and until when.
 */
export interface Assignment {
  /**
   * The last day of the assignment (inclusive).
   */
  due: string;
  exercise: Exercise;
  frequency: Frequency;
}
/**
 * How often an exercise is to be practised: times per day or per week.
 */
export interface Frequency {
  per: Per;
  /**
   * How many times per period (1-20).
   */
  times: number;
}
/**
 * One practice done for an assignment.
 */
export interface Completion {
  /**
   * The 0-based position of the assignment in the homework's `assignments`.
   */
  assignment: number;
  /**
   * The practice log, when one was kept.
   */
  log?: PracticeLog | null;
  /**
   * How long it took, in minutes (1-240).
   */
  minutes: number;
  /**
   * The day the practice was done.
   */
  on: string;
}
/**
 * One practice of one exercise: what, when, how long, guided or not, optional 0-10 pain and fear ratings before and after, and optional somatic-tracking detail.
 */
export interface PracticeLog {
  exercise: Exercise;
  /**
   * Fear or sense of threat just after, 0-10.
   */
  fear_after?: Rating | null;
  /**
   * Fear or sense of threat just before, 0-10.
   */
  fear_before?: Rating | null;
  guidance: Guidance;
  legacy_ids?: LegacyIds;
  /**
   * How long the practice lasted, in whole minutes (1-240).
   */
  minutes: number;
  /**
   * The person's own note.
   */
  note?: Note | null;
  /**
   * Pain intensity just after, 0-10.
   */
  pain_after?: Rating | null;
  /**
   * Pain intensity just before, 0-10.
   */
  pain_before?: Rating | null;
  /**
   * The document layout version, 1.
   */
  schema_version: 1 | 2;
  /**
   * The session the practice happened in, if any.
   */
  session?: SessionId | null;
  /**
   * Somatic-tracking detail, region by region, if recorded (added in the same version 1 layout:
   * logs without it still read).
   */
  somatic_tracking?: SomaticTracking | null;
  /**
   * When the practice started (UTC).
   */
  started_at: string;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
/**
 * Somatic-tracking detail of one practice: one entry per body region and side attended to.
 */
export interface SomaticTracking {
  /**
   * The regions attended to (1-85), each region and side at most once.
   *
   * @minItems 1
   * @maxItems 85
   */
  regions: [TrackedRegion, ...TrackedRegion[]];
}
/**
 * What was noticed in one body region during a somatic-tracking practice: sensations, intensity, shift, how threatening it felt, and emotions or memories.
 */
export interface TrackedRegion {
  /**
   * Emotions or memories that came up (no repeats).
   */
  emotions?: EmotionTag[];
  intensity: Rating;
  /**
   * The person's words about it (redacted in `Debug`).
   */
  note?: Note | null;
  region: BodyRegion;
  safety_appraisal: Rating;
  /**
   * The sensation descriptors noticed (at least one, no repeats).
   *
   * @minItems 1
   */
  sensations: [Sensation, ...Sensation[]];
  shift: SensationShift;
  /**
   * The side, if it matters.
   */
  side?: Side | null;
}
