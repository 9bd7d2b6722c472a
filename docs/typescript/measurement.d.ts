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
 * An exact measured value, written as a JSON number: at most four decimal places below 10^11 in magnitude, two from there up.
 */
export type MeasuredValue = number;

/**
 * One scored administration of an instrument, as outcomes sees it: which instrument, which version
 * of its scoring rule, the exact value and the direction in which the scale improves.
 *
 * This is the seam to the instruments module: a scored questionnaire converts into a
 * `Measurement` (the instrument's key and rule version, the score's total, the instrument's
 * [`Direction`]), and every outcome computation starts from here.
 *
 * The value is a [`MeasuredValue`], exact to 0.0001: a score's two-place total as it is, and a
 * research value such as a mean of eight answers (`4.375`) without rounding. In JSON it is a plain
 * number, so measurements written with two-place values read as before.
 *
 * ```
 * use pain_reprocessing::outcomes::{InstrumentKey, Measurement};
 * use pain_reprocessing::{Decimal, Direction, MeasuredValue};
 *
 * let pseq = Measurement::new(InstrumentKey::new("pseq")?, 1, Decimal::from_int(41), Direction::HigherIsBetter);
 * assert_eq!(pseq.value(), Decimal::from_int(41));
 * let sleep = Measurement::new(InstrumentKey::new("sleep_mean")?, 1, "4.375".parse::<MeasuredValue>()?, Direction::HigherIsWorse);
 * assert_eq!(sleep.value().to_string(), "4.375");
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
  value: MeasuredValue;
}
