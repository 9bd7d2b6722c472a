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
  | PROMISDepression8AScore
  | PROMISAnxiety8AScore
  | PROMISAnger5AScore
  | PROMISSleepDisturbance8AScore
  | PROMISSleepDisturbance8BScore
  | PainAttributionScore;
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
 * The share of coded causes attributed to mind/brain.
 */
export type MindBrainShare =
  | {
      /**
       * The share.
       */
      share: number;
      status: "computed";
    }
  | {
      status: "not_computable";
    };

export interface NRSScore {
  band: "mild" | "moderate" | "severe";
  instrument: "nrs";
  missing_handling: "complete";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing?: MissingPolicy;
  /**
   * ODI: the most unanswered sections (UNVERIFIED; default 1, at most 9).
   */
  odi_max_missing_sections?: number;
}
export interface BPISFScore {
  band: "mild" | "moderate" | "severe" | null;
  instrument: "bpi_sf";
  missing_handling: "complete" | "prorated" | "not_scored";
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
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 2
   */
  subscales:
    | []
    | [
        | {
            missing_handling: "complete" | "prorated";
            subscale: "severity";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete" | "mean_of_answered";
            subscale: "interference";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
      ]
    | [
        (
          | {
              missing_handling: "complete" | "prorated";
              subscale: "severity";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete" | "mean_of_answered";
              subscale: "interference";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete" | "prorated";
              subscale: "severity";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete" | "mean_of_answered";
              subscale: "interference";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ];
  total: number | null;
}
export interface PEG3Score {
  band: null;
  instrument: "peg3";
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 3
   */
  subscales:
    | []
    | [
        | {
            missing_handling: "complete";
            subscale: "rumination";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "magnification";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "helplessness";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface TSK11Score {
  band: null;
  instrument: "tsk11";
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "reduced_denominator";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISDepression8AScore {
  band: null;
  instrument: "promis_depression_8a";
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISSleepDisturbance8AScore {
  band: null;
  instrument: "promis_sleep_disturbance_8a";
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
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
  missing_handling: "complete" | "prorated";
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
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PainAttributionScore {
  band: null;
  coded_causes: CodedCauses;
  instrument: "pain_attribution";
  missing_handling: "not_scored";
  /**
   * @maxItems 3
   */
  missing_items: [] | [number] | [number, number] | [number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 3
   */
  subscales:
    | []
    | [
        | {
            missing_handling: "complete";
            subscale: "structural";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "mind_brain";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "structural_vs_mind_brain";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ];
  total: null;
}
/**
 * The coded causes of a pain-attribution score: counts and the share attributed to mind/brain.
 */
export interface CodedCauses {
  mind_brain_share: MindBrainShare;
  /**
   * Causes coded.
   */
  n_coded: number;
  /**
   * Causes coded mind/brain (at most `n_coded`).
   */
  n_mind_brain: number;
}
