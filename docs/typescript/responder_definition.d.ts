/* Generated from docs/schemas/responder_definition.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A rule that says whether a patient responded, stored and exchanged as data.
 *
 * - [`ResponderDefinition::PainFreeOrNearly`]: the Boulder trial's primary responder definition,
 *   pain 0 or 1 of 10 on the past-week average pain item (clinical reference §1.8 `[S27]`; PRT:
 *   33 of 50, 66%).
 * - [`ResponderDefinition::PercentReduction`]: at least `percent` improvement from baseline (30%
 *   and 50% presets: IMMPACT moderate and substantial, §3.1 `[S41]`).
 * - [`ResponderDefinition::McidReached`]: the instrument's MCID, from [`ResponderContext::mcid`].
 * - [`ResponderDefinition::ReliableImprovement`]: a Jacobson-Truax reliable improvement, from
 *   [`ResponderContext::reliability`] (§4).
 * - [`ResponderDefinition::AtMost`] / [`ResponderDefinition::AtLeast`]: the caller's own
 *   threshold on the current value.
 *
 * ```
 * use pain_reprocessing::outcomes::{ResponderContext, ResponderDefinition, ResponderStatus, InstrumentKey, Measurement};
 * use pain_reprocessing::{Decimal, Direction};
 *
 * let rule: ResponderDefinition = serde_json::from_str(r#"{"kind":"pain_free_or_nearly"}"#)?;
 * let pain = InstrumentKey::new("bpi_average_pain")?;
 * let m = |v| Measurement::new(pain.clone(), 1, Decimal::from_int(v), Direction::HigherIsWorse);
 * let status = rule.is_responder(&m(5), &m(1), &ResponderContext::default())?;
 * assert_eq!(status, ResponderStatus::Responder);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type ResponderDefinition =
  | {
      kind: "pain_free_or_nearly";
    }
  | {
      kind: "percent_reduction";
      /**
       * The least improvement, as a percent of the baseline: above 0, at most 100.
       */
      percent: number;
    }
  | {
      kind: "mcid_reached";
    }
  | {
      kind: "reliable_improvement";
    }
  | {
      kind: "at_most";
      value: Decimal;
    }
  | {
      kind: "at_least";
      value: Decimal;
    };
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;
