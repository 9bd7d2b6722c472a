/* Generated from docs/schemas/treatment_goal.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;
/**
 * Where a goal stands, as recorded on a dated goal entry.
 *
 * `achieved`, `not_achieved` and `abandoned` are terminal: no entry may follow them.
 */
export type GoalStatus =
  "in_progress" | "improving" | "worsening" | "no_change" | "achieved" | "not_achieved" | "abandoned";
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;
/**
 * A goal id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type GoalId = string;
/**
 * How progress towards a goal is measured (a 0-10 rating, a count or minutes per week, or an instrument score) and the target, tagged by `type`.
 */
export type GoalMeasure =
  | {
      /**
       * Whether higher ratings are better.
       */
      higher_is_better: boolean;
      target: Rating;
      type: "rating_0_to_10";
    }
  | {
      /**
       * Times per week aimed for, 0-100.
       */
      target: number;
      type: "count_per_week";
    }
  | {
      /**
       * Minutes per week aimed for, 0-10080.
       */
      target: number;
      type: "minutes_per_week";
    }
  | {
      instrument: InstrumentId;
      target: Decimal;
      type: "instrument_score";
    };
/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
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
 * A treatment goal: the valued activity in the person's words, how progress is measured and the target, the due date, and the dated achievement history. Rules across fields, checked when the document is read: `due` and every entry's `on` are on or after `set_on`; entries never go back in time; no entry follows a final status (`achieved`, `not_achieved`, `abandoned`); an entry's `value` lies in the range of the goal's measure (for example 0-10 for a rating, the instrument's score range for an instrument score).
 */
export interface TreatmentGoal {
  activity: Note;
  /**
   * The day the target should be reached; on or after `set_on`.
   */
  due: string;
  /**
   * The dated achievement history: on or after `set_on`, never going back in time, nothing after
   * a terminal status.
   *
   * @maxItems 1000
   */
  entries?: GoalEntry[];
  id: GoalId;
  legacy_ids?: LegacyIds;
  measure: GoalMeasure;
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * The number of the session it was set at (1 for the first), if any.
   */
  set_at_session?: number | null;
  /**
   * The day the goal was set.
   */
  set_on: string;
}
/**
 * One dated entry in a goal's achievement history: the status, and optionally the measured value
 * (which must fit the goal's measure) and a note.
 */
export interface GoalEntry {
  /**
   * A note (redacted in `Debug`).
   */
  note?: Note | null;
  /**
   * The day of the entry.
   */
  on: string;
  status: GoalStatus;
  /**
   * The measured value, in the measure's units and range.
   */
  value?: Decimal | null;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
