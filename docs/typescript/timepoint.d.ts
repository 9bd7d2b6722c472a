/* Generated from docs/schemas/timepoint.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * When an assessment belongs in a program, in clinical order (clinical reference §1.6 `[S4]`):
 * baseline, post-treatment (the primary endpoint), then follow-ups counted in months after the
 * post-treatment assessment (Boulder: 1, 2, 3, 6 and 12 months).
 *
 * Timepoints order clinically: `Baseline < PostTreatment < FollowUp { months: 1 } < FollowUp
 * { months: 2 } …`. In JSON a timepoint is tagged by `kind`:
 *
 * ```
 * use pain_reprocessing::outcomes::Timepoint;
 *
 * let three = Timepoint::follow_up(3)?;
 * assert_eq!(serde_json::to_string(&three)?, r#"{"kind":"follow_up","months":3}"#);
 * assert_eq!(three.to_string(), "follow-up +3 months");
 * assert!(Timepoint::Baseline < Timepoint::PostTreatment && Timepoint::PostTreatment < three);
 * assert!(Timepoint::follow_up(0).is_err());
 * assert!(serde_json::from_str::<Timepoint>(r#"{"kind":"follow_up","months":121}"#).is_err());
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 *
 * The variant's `months` field is public so code can match on it; build follow-ups with
 * [`Timepoint::follow_up`], which checks the range 1..=[`MAX_FOLLOW_UP_MONTHS`]. Serde, the JSON
 * Schema and [`Trajectory`](super::Trajectory) check it too, so an out-of-range follow-up never
 * enters a stored document.
 */
export type Timepoint =
  | {
      kind: "baseline";
    }
  | {
      kind: "post_treatment";
    }
  | {
      kind: "follow_up";
      /**
       * Months after the post-treatment assessment, 1-120.
       */
      months: number;
    };
