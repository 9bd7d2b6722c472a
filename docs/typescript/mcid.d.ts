/* Generated from docs/schemas/mcid.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A minimal clinically important difference for one instrument: an improvement of at least
 * `points` in the instrument's units and/or at least `percent` of the baseline, with the source
 * it comes from.
 *
 * Values come from the instruments catalog (clinical reference §3: NRS 2 points or 30% `[S43]`,
 * ODI 10 points or 30% `[S44]`, TSK 4 points `[S66]`, PCS 38% `[S54]` …) or from the caller. Both
 * thresholds are inclusive ("a ≥4-point reduction") and measured as improvement, so the scale's
 * direction is respected.
 *
 * ```
 * use pain_reprocessing::outcomes::{Change, InstrumentKey, Mcid, McidRule, McidStatus, Measurement};
 * use pain_reprocessing::{Decimal, Direction};
 *
 * let nrs_mcid = Mcid::new(Some(Decimal::from_int(2)), Some(Decimal::from_int(30)), McidRule::Either, "[S43]")?;
 * let nrs = InstrumentKey::new("nrs_pain")?;
 * let m = |v| Measurement::new(nrs.clone(), 1, Decimal::from_int(v), Direction::HigherIsWorse);
 * assert_eq!(nrs_mcid.status(&Change::between(&m(9), &m(7))?), McidStatus::Reached); // 2 points
 * assert_eq!(nrs_mcid.status(&Change::between(&m(3), &m(2))?), McidStatus::Reached); // 33%
 * assert_eq!(nrs_mcid.status(&Change::between(&m(9), &m(8))?), McidStatus::NotReached);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type Mcid = (
  | {
      points: number;
    }
  | {
      percent: number;
    }
) & {
  /**
   * The smallest important improvement as a percent of the baseline, above 0 and at most 100.
   */
  percent?: number | null;
  /**
   * The smallest important improvement in the instrument's units, above 0.
   */
  points?: number | null;
  rule?: McidRule;
  /**
   * Where the figure comes from, such as a source key `[S43]`: 1-200 characters, no control
   * characters.
   */
  source: string;
};
/**
 * How an [`Mcid`] with both a points and a percent threshold is reached.
 */
export type McidRule = "either" | "both";
