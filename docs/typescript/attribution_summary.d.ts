/* Generated from docs/schemas/attribution_summary.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
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

/**
 * The result of a pain-attribution response: ratings and the mind/brain share. Rules across
 * fields, checked when the document is read: `n_mind_brain` is at most `n_coded`;
 * `mind_brain_share` is the share the counts give (`n_mind_brain / n_coded`, `not_computable`
 * when `n_coded` is 0).
 */
export interface AttributionSummary {
  /**
   * Rating of mind-brain causes.
   */
  mind_brain?: Rating | null;
  mind_brain_share: MindBrainShare;
  /**
   * Causes coded.
   */
  n_coded: number;
  /**
   * Causes coded mind/brain (at most `n_coded`).
   */
  n_mind_brain: number;
  /**
   * The ratio item.
   */
  ratio?: Rating | null;
  /**
   * Rating of structural/body causes.
   */
  structural?: Rating | null;
}
