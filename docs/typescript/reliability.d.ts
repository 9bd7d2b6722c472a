/* Generated from docs/schemas/reliability.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * The reliability figures reliable change needs, as published for an instrument or supplied by the
 * caller (clinical reference §4 `[S86]` `[S87]`).
 *
 * - [`Reliability::Sem`]: the standard error of measurement directly, such as TSK-11's 2.54 and
 *   TSK-17's 3.16 (clinical reference §3.7 `[S66]`).
 * - [`Reliability::SdAndReliability`]: the SD `s1` of a reference (pre-treatment) sample and the
 *   reliability `r` (ideally test-retest), giving `SE = s1 · √(1 − r)`.
 *
 * ```
 * use pain_reprocessing::outcomes::Reliability;
 * use pain_reprocessing::Decimal;
 *
 * let tsk11 = Reliability::sem("2.54".parse()?)?;
 * assert_eq!(serde_json::to_string(&tsk11)?, r#"{"kind":"sem","sem":2.54}"#);
 * assert!(Reliability::sd_and_reliability(Decimal::from_int(10), Decimal::from_int(1)).is_err()); // r < 1
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type Reliability =
  | {
      kind: "sem";
      /**
       * The SEM in the instrument's units.
       */
      sem: number;
    }
  | {
      kind: "sd_and_reliability";
      /**
       * The reliability coefficient, 0 to 0.99.
       */
      r: number;
      /**
       * The SD of the reference sample, above 0.
       */
      sd: number;
    };
