/* Generated from docs/schemas/change.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * An exact measured value, written as a JSON number: at most four decimal places below 10^11 in magnitude, two from there up.
 */
export type MeasuredValue = number;
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
 * A percent improvement, or the explicit statement that it has no value.
 *
 * Percent change is measured against the baseline, so a baseline of 0 has none (clinical reference
 * §3.1): the value is [`PercentChange::UndefinedZeroBaseline`], never NaN or infinity.
 */
export type PercentChange =
  | {
      percent: Decimal;
      status: "defined";
    }
  | {
      status: "undefined_zero_baseline";
    };
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;

/**
 * The change from a baseline measurement to a current one of the same instrument and rule version.
 *
 * - `absolute` is `current − baseline`, in the instrument's units: the exact difference, a
 *   [`MeasuredValue`] (4.375 → 2.125 is −2.25).
 * - `improvement` is the same change oriented by the scale's [`Direction`], so that improvement is
 *   positive: `baseline − current` when higher is worse (pain: 6 → 4 is +2), `current − baseline`
 *   when higher is better (PSEQ: 30 → 41 is +11).
 * - `percent_improvement` is `improvement / |baseline| × 100`, so for a pain score it is the percent
 *   reduction `(baseline − follow-up) / baseline × 100` of clinical reference §3.1, and its sign
 *   always agrees with `improvement`. A zero baseline gives
 *   [`PercentChange::UndefinedZeroBaseline`]. Computed from the exact values and rounded once,
 *   half away from zero, to 0.01 (4.375 → 2.125: 2.25 / 4.375 = 51.428…% is 51.43); thresholds
 *   use the exact ratio ([`Change::percent_improvement_at_least`]), never the rounded percent.
 *
 * ```
 * use pain_reprocessing::outcomes::{Change, InstrumentKey, Measurement, PercentChange};
 * use pain_reprocessing::{Decimal, Direction};
 *
 * let pseq = InstrumentKey::new("pseq")?;
 * let m = |v| Measurement::new(pseq.clone(), 1, Decimal::from_int(v), Direction::HigherIsBetter);
 * let change = Change::between(&m(30), &m(41))?;
 * assert_eq!(change.absolute(), Decimal::from_int(11));
 * assert_eq!(change.improvement(), Decimal::from_int(11)); // higher is better
 * assert_eq!(change.percent_improvement().percent().map(|p| p.to_string()), Some("36.67".into()));
 *
 * let from_zero = Change::between(&m(0), &m(12))?;
 * assert_eq!(from_zero.percent_improvement(), PercentChange::UndefinedZeroBaseline);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 *
 * In JSON a change carries its two measurements and the derived figures; reading one back
 * recomputes the figures and rejects a document whose figures disagree.
 */
export interface Change {
  absolute: MeasuredValue;
  baseline: Measurement;
  current: Measurement;
  improvement: MeasuredValue;
  percent_improvement: PercentChange;
}
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
