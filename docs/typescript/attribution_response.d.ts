/* Generated from docs/schemas/attribution_response.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * How a free-text cause was blind-coded (§3.14 `[S25]` `[S26]`).
 */
export type AttributionCategory = "peripheral" | "mind_brain";
/**
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;
/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;

/**
 * A pain-attribution response in its own format, from before pain attribution went through
 * [`Response`](crate::instruments::Response): the three 0-10 ratings (each possibly unanswered)
 * and up to [`MAX_CAUSES`](crate::instruments::MAX_CAUSES) coded free-text causes.
 *
 * Stored documents of this form keep reading; `Response::from` turns one into the response
 * every other instrument uses, scored by [`Response::score`](crate::instruments::Response::score).
 *
 * ```
 * use pain_reprocessing::{Note, Rating};
 * use pain_reprocessing::instruments::{AttributionCategory, AttributionResponse, CodedCause, MindBrainShare};
 *
 * let response = AttributionResponse::new(
 *     Some(Rating::new(3)?),
 *     Some(Rating::new(7)?),
 *     None,
 *     vec![
 *         CodedCause::new(Note::new("stress at work")?, Some(AttributionCategory::MindBrain)),
 *         CodedCause::new(Note::new("old injury")?, Some(AttributionCategory::Peripheral)),
 *         CodedCause::new(Note::new("fear of moving")?, Some(AttributionCategory::MindBrain)),
 *         CodedCause::new(Note::new("not sure")?, None),
 *     ],
 * )?;
 * // 2 mind/brain of 3 coded: 2/3 = 0.67 (the uncoded cause is left out).
 * let summary = response.summary();
 * assert_eq!(summary.mind_brain_share(), MindBrainShare::Computed { share: "0.67".parse()? });
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface AttributionResponse {
  /**
   * The causes in the patient's words, with their codes.
   *
   * @maxItems 20
   */
  causes:
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
  /**
   * Rating of mind-brain causes, 0-10.
   */
  mind_brain?: Rating | null;
  /**
   * The structural-vs-mind-brain ratio item, 0-10.
   */
  ratio?: Rating | null;
  /**
   * Rating of structural/body causes, 0-10.
   */
  structural?: Rating | null;
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
