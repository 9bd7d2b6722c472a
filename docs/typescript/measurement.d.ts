/* Generated from docs/schemas/measurement.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * Which way a scale improves: most pain and distress scales are worse when higher, a few (pain
 * self-efficacy, PSEQ) are better when higher (clinical reference §3 conventions).
 *
 * ```
 * use pain_reprocessing::Direction;
 *
 * assert!(Direction::HigherIsWorse.improved(6, 4));
 * assert!(Direction::HigherIsBetter.improved(30, 41));
 * assert_eq!(serde_json::to_string(&Direction::HigherIsBetter)?, "\"higher_is_better\"");
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type Direction = "higher_is_worse" | "higher_is_better";
/**
 * The stable key of an outcome: an instrument (lowercase a-z, digits, '_' and '-'), optionally followed by '.item.' or '.subscale.' and the part's name under the same rule.
 */
export type InstrumentKey = string;
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;

/**
 * One scored administration of an instrument, as outcomes sees it: which instrument, which version
 * of its scoring rule, the exact value and the direction in which the scale improves.
 *
 * This is the seam to the instruments module: a scored questionnaire converts into a
 * `Measurement` (the instrument's key and rule version, the score's total as a [`Decimal`], the
 * instrument's [`Direction`]), and every outcome computation starts from here.
 *
 * ```
 * use pain_reprocessing::outcomes::{InstrumentKey, Measurement};
 * use pain_reprocessing::{Decimal, Direction};
 *
 * let pseq = Measurement::new(InstrumentKey::new("pseq")?, 1, Decimal::from_int(41), Direction::HigherIsBetter);
 * assert_eq!(pseq.value(), Decimal::from_int(41));
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface Measurement {
  direction: Direction;
  instrument: InstrumentKey;
  /**
   * The version of the scoring rule that produced the value.
   */
  rule_version: number;
  value: Decimal;
}
