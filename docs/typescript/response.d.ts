/* Generated from docs/schemas/response.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * Answers to one instrument in item order (null = unanswered), tagged by the instrument id.
 */
export type Response =
  | NRS
  | BPISF
  | PEG3
  | PHQ9
  | PHQ2
  | GAD7
  | GAD2
  | PCS
  | TSK11
  | TSK17
  | PSEQ
  | ODI
  | RMDQ
  | PGIC
  | CSI
  | PROMISDepression8A
  | PROMISAnxiety8A
  | PROMISAnger5A
  | PROMISSleepDisturbance8A
  | PROMISSleepDisturbance8B
  | PainAttribution;
/**
 * How a free-text cause was blind-coded (§3.14 `[S25]` `[S26]`).
 */
export type AttributionCategory = "peripheral" | "mind_brain";
/**
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;

export interface NRS {
  /**
   * 1 answers in item order; null = unanswered
   *
   * @minItems 1
   * @maxItems 1
   */
  answers: [number | null];
  instrument: "nrs";
  recall: "now" | "past_24_hours" | "past_week";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface BPISF {
  /**
   * 11 answers in item order; null = unanswered
   *
   * @minItems 11
   * @maxItems 11
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "bpi_sf";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PEG3 {
  /**
   * 3 answers in item order; null = unanswered
   *
   * @minItems 3
   * @maxItems 3
   */
  answers: [number | null, number | null, number | null];
  instrument: "peg3";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PHQ9 {
  /**
   * 9 answers in item order; null = unanswered
   *
   * @minItems 9
   * @maxItems 9
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "phq9";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PHQ2 {
  /**
   * 2 answers in item order; null = unanswered
   *
   * @minItems 2
   * @maxItems 2
   */
  answers: [number | null, number | null];
  instrument: "phq2";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface GAD7 {
  /**
   * 7 answers in item order; null = unanswered
   *
   * @minItems 7
   * @maxItems 7
   */
  answers: [number | null, number | null, number | null, number | null, number | null, number | null, number | null];
  instrument: "gad7";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface GAD2 {
  /**
   * 2 answers in item order; null = unanswered
   *
   * @minItems 2
   * @maxItems 2
   */
  answers: [number | null, number | null];
  instrument: "gad2";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PCS {
  /**
   * 13 answers in item order; null = unanswered
   *
   * @minItems 13
   * @maxItems 13
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "pcs";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface TSK11 {
  /**
   * 11 answers in item order; null = unanswered
   *
   * @minItems 11
   * @maxItems 11
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "tsk11";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface TSK17 {
  /**
   * 17 answers in item order; null = unanswered
   *
   * @minItems 17
   * @maxItems 17
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "tsk17";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PSEQ {
  /**
   * 10 answers in item order; null = unanswered
   *
   * @minItems 10
   * @maxItems 10
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "pseq";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface ODI {
  /**
   * 10 answers in item order; null = unanswered
   *
   * @minItems 10
   * @maxItems 10
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "odi";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface RMDQ {
  /**
   * 24 answers in item order; null = unanswered
   *
   * @minItems 24
   * @maxItems 24
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "rmdq";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PGIC {
  /**
   * 1 answers in item order; null = unanswered
   *
   * @minItems 1
   * @maxItems 1
   */
  answers: [number | null];
  instrument: "pgic";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface CSI {
  /**
   * 25 answers in item order; null = unanswered
   *
   * @minItems 25
   * @maxItems 25
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "csi";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISDepression8A {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_depression_8a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISAnxiety8A {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_anxiety_8a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISAnger5A {
  /**
   * 5 answers in item order; null = unanswered
   *
   * @minItems 5
   * @maxItems 5
   */
  answers: [number | null, number | null, number | null, number | null, number | null];
  instrument: "promis_anger_5a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISSleepDisturbance8A {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_sleep_disturbance_8a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISSleepDisturbance8B {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_sleep_disturbance_8b";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PainAttribution {
  /**
   * 3 answers in item order; null = unanswered
   *
   * @minItems 3
   * @maxItems 3
   */
  answers: [number | null, number | null, number | null];
  /**
   * The free-text causes with their blind codes (absent: none listed)
   *
   * @maxItems 20
   */
  causes?:
    | []
    | [CodedCause]
    | [CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ];
  instrument: "pain_attribution";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
/**
 * One free-text cause the patient listed, with its code once coded.
 */
export interface CodedCause {
  /**
   * The code, or `null` while not yet coded.
   */
  category?: AttributionCategory | null;
  text: Note;
}
