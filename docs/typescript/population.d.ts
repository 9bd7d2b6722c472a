/* Generated from docs/schemas/population.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;

/**
 * The mean and SD of a population on an instrument, for clinical-significance cut-offs.
 *
 * ```
 * use pain_reprocessing::outcomes::Population;
 * use pain_reprocessing::Decimal;
 *
 * let clinical = Population::new(Decimal::from_int(30), Decimal::from_int(6))?;
 * assert!(Population::new(Decimal::from_int(30), Decimal::ZERO).is_err());
 * # let _ = clinical;
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface Population {
  mean: Decimal;
  /**
   * The population SD, above 0.
   */
  sd: number;
}
