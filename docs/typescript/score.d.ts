/* Generated from docs/schemas/score.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * The score of one response: exact total, band (consistent with the total), subscales, safety flags and missing-item provenance. Read from JSON, a score also meets rules across fields that its schema does not state: its missing items, missing-item handling and scoring options agree, and a PHQ-9 total of 25-27 carries the suicidal-ideation flag (the other eight items reach at most 24).
 */
export type Score =
  | NRSScore
  | BPISFScore
  | PEG3Score
  | PHQ9Score
  | PHQ2Score
  | GAD7Score
  | GAD2Score
  | PCSScore
  | TSK11Score
  | TSK17Score
  | PSEQScore
  | ODIScore
  | RMDQScore
  | PGICScore
  | CSIScore
  | PROMISDepression8BScore
  | PROMISAnxiety8AScore
  | PROMISAnger5AScore
  | PROMISSleepDisturbance8BScore;
/**
 * How a score dealt with unanswered items: its provenance.
 */
export type MissingHandling = "complete" | "prorated" | "mean_of_answered" | "reduced_denominator";
/**
 * What to do with unanswered items where the reference has no verified rule (PHQ-9, GAD-7, PCS,
 * TSK, PSEQ, BPI-SF severity, PEG-3, CSI, PROMIS, RMDQ; §5 item 4).
 *
 * The default, [`MissingPolicy::RequireAll`], scores only complete responses. Proration is opt-in.
 * A safety item (PHQ-9 item 9) is never prorated under any policy.
 */
export type MissingPolicy =
  | {
      rule: "require_all";
    }
  | {
      /**
       * The most unanswered items allowed (at least 1, below the item count).
       */
      max_missing: number;
      rule: "prorate";
    };
/**
 * A subscale a score may report besides its total.
 */
export type SubscaleId = "severity" | "interference" | "rumination" | "magnification" | "helplessness";
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;

export interface NRSScore {
  band: "mild" | "moderate" | "severe";
  instrument: "nrs";
  missing_handling: MissingHandling;
  /**
   * @maxItems 0
   */
  missing_items: [];
  options: ScoringOptions;
  recall: "now" | "past_24_hours" | "past_week";
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
/**
 * Options for [`Response::score_with`](crate::instruments::Response::score_with).
 *
 * ```
 * use pain_reprocessing::instruments::{MissingPolicy, ScoringOptions};
 *
 * let default = ScoringOptions::default();
 * assert_eq!(default.missing(), MissingPolicy::RequireAll);
 * assert_eq!(default.odi_max_missing_sections(), 1);
 * let lenient = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 2 }, 2)?;
 * assert_eq!(lenient.odi_max_missing_sections(), 2);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface ScoringOptions {
  missing: MissingPolicy;
  /**
   * ODI: the most unanswered sections (UNVERIFIED; default 1, at most 9).
   */
  odi_max_missing_sections: number;
}
export interface BPISFScore {
  band: "mild" | "moderate" | "severe";
  instrument: "bpi_sf";
  missing_handling: MissingHandling;
  /**
   * @maxItems 10
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 2
   */
  subscales: [] | [SubscaleScore] | [SubscaleScore, SubscaleScore];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
/**
 * One subscale's value.
 */
export interface SubscaleScore {
  subscale: SubscaleId;
  value: Decimal;
}
export interface PEG3Score {
  band: null;
  instrument: "peg3";
  missing_handling: MissingHandling;
  /**
   * @maxItems 2
   */
  missing_items: [] | [number] | [number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PHQ9Score {
  band: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
  instrument: "phq9";
  missing_handling: MissingHandling;
  /**
   * @maxItems 8
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 1
   */
  safety_flags:
    | []
    | [
        {
          answer: number;
          type: "suicidal_ideation";
        }
      ];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PHQ2Score {
  band: "negative_screen" | "positive_screen";
  instrument: "phq2";
  missing_handling: MissingHandling;
  /**
   * @maxItems 1
   */
  missing_items: [] | [number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface GAD7Score {
  band: "minimal" | "mild" | "moderate" | "severe";
  instrument: "gad7";
  missing_handling: MissingHandling;
  /**
   * @maxItems 6
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface GAD2Score {
  band: null;
  instrument: "gad2";
  missing_handling: MissingHandling;
  /**
   * @maxItems 1
   */
  missing_items: [] | [number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PCSScore {
  band: "below_threshold" | "clinically_relevant";
  instrument: "pcs";
  missing_handling: MissingHandling;
  /**
   * @maxItems 12
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 3
   */
  subscales: [] | [SubscaleScore] | [SubscaleScore, SubscaleScore] | [SubscaleScore, SubscaleScore, SubscaleScore];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface TSK11Score {
  band: null;
  instrument: "tsk11";
  missing_handling: MissingHandling;
  /**
   * @maxItems 10
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface TSK17Score {
  band: null;
  instrument: "tsk17";
  missing_handling: MissingHandling;
  /**
   * @maxItems 16
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number, number, number]
    | [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number
      ]
    | [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number
      ];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PSEQScore {
  band: "severe" | "moderate" | "mild" | "minimal";
  instrument: "pseq";
  missing_handling: MissingHandling;
  /**
   * @maxItems 9
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface ODIScore {
  band: "minimal" | "moderate" | "severe" | "crippled" | "bed_bound_or_exaggerating";
  instrument: "odi";
  missing_handling: MissingHandling;
  /**
   * @maxItems 9
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface RMDQScore {
  band: "recovered" | "not_recovered";
  instrument: "rmdq";
  missing_handling: MissingHandling;
  /**
   * @maxItems 23
   */
  missing_items: number[];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PGICScore {
  band:
    | "very_much_improved"
    | "much_improved"
    | "minimally_improved"
    | "no_change"
    | "minimally_worse"
    | "much_worse"
    | "very_much_worse";
  instrument: "pgic";
  missing_handling: MissingHandling;
  /**
   * @maxItems 0
   */
  missing_items: [];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface CSIScore {
  band: "subclinical" | "mild" | "moderate" | "severe" | "extreme";
  instrument: "csi";
  missing_handling: MissingHandling;
  /**
   * @maxItems 24
   */
  missing_items: number[];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISDepression8BScore {
  band: null;
  instrument: "promis_depression_8b";
  missing_handling: MissingHandling;
  /**
   * @maxItems 7
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISAnxiety8AScore {
  band: null;
  instrument: "promis_anxiety_8a";
  missing_handling: MissingHandling;
  /**
   * @maxItems 7
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISAnger5AScore {
  band: null;
  instrument: "promis_anger_5a";
  missing_handling: MissingHandling;
  /**
   * @maxItems 4
   */
  missing_items: [] | [number] | [number, number] | [number, number, number] | [number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISSleepDisturbance8BScore {
  band: null;
  instrument: "promis_sleep_disturbance_8b";
  missing_handling: MissingHandling;
  /**
   * @maxItems 7
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
