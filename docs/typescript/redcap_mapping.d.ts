/* Generated from docs/schemas/redcap_mapping.schema.json by .ci/generate_typescript.mjs; do not edit. */

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
/**
 * An outcome instrument of the catalog, by its stable snake_case id.
 */
export type InstrumentId =
  | "nrs"
  | "bpi_sf"
  | "peg3"
  | "phq9"
  | "phq2"
  | "gad7"
  | "gad2"
  | "pcs"
  | "tsk11"
  | "tsk17"
  | "pseq"
  | "odi"
  | "rmdq"
  | "pgic"
  | "csi"
  | "promis_depression_8a"
  | "promis_anxiety_8a"
  | "promis_anger_5a"
  | "promis_sleep_disturbance_8a"
  | "promis_sleep_disturbance_8b"
  | "pain_attribution";
/**
 * How an exported value becomes an answer.
 */
export type Recode =
  | {
      type: "identity";
    }
  | {
      /**
       * Added to the value.
       */
      add: number;
      type: "offset";
    }
  | {
      type: "map";
      /**
       * Each exported value and its answer.
       *
       * @minItems 1
       */
      values: [ValueMap, ...ValueMap[]];
    };
/**
 * The recall window of a pain NRS rating (§3.1: it must be stored).
 */
export type RecallPeriod = "now" | "past_24_hours" | "past_week";

/**
 * How REDCap's export maps onto the crate's responses, written once per project as data
 * (`docs/schemas/redcap_mapping.schema.json`; the Boulder battery's is in
 * `examples/redcap/boulder_mapping.json`).
 *
 * Read, it is checked before any record: every instrument takes fixed answers and is listed
 * once, every item list has the instrument's item count, no field is named twice (not even as the
 * record id or event column), events are unique and every event an instrument names is listed,
 * and every value map's answers lie in the instrument's range.
 *
 * ```
 * use pain_reprocessing::interop::redcap::RedcapMapping;
 *
 * let err = serde_json::from_str::<RedcapMapping>(r#"{
 *     "schema_version": 2,
 *     "events": [{"event": "t1", "timepoint": {"kind": "baseline"}}],
 *     "instruments": [{"instrument": "gad2", "items": [{"field": "gad_1"}, {"field": "gad_1"}]}]
 * }"#).unwrap_err().to_string();
 * assert!(err.starts_with("field gad_1 is mapped twice"), "{err}");
 * ```
 */
export interface RedcapMapping {
  /**
   * The project's events (REDCap unique event names) and the timepoints they stand for.
   *
   * @minItems 1
   */
  events: [EventMapping, ...EventMapping[]];
  /**
   * The instruments, each with its fields in item order.
   *
   * @minItems 1
   */
  instruments: [InstrumentMapping, ...InstrumentMapping[]];
  /**
   * Values that mean "not answered" in every mapped field, besides the empty value (for
   * example `-99` or `NA`).
   */
  not_answered?: string[];
  /**
   * The record id column (REDCap's first field; `record_id` by default).
   */
  record_id_field?: string;
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
/**
 * One REDCap event and its timepoint.
 */
export interface EventMapping {
  /**
   * The unique event name, as REDCap exports it in `redcap_event_name` (`t2`,
   * `1_month_follow_up`, or with an arm suffix such as `t2_arm_1`).
   */
  event: string;
  timepoint: Timepoint;
}
/**
 * One instrument's fields.
 */
export interface InstrumentMapping {
  /**
   * The events it is collected at; every event when absent.
   */
  events?: string[] | null;
  instrument: InstrumentId;
  /**
   * Its fields in item order, as many as it has items.
   *
   * @minItems 1
   */
  items: [ItemMapping, ...ItemMapping[]];
  /**
   * The recall period, required for the NRS and refused otherwise.
   */
  recall?: RecallPeriod | null;
}
/**
 * One item's field and how its values become answers.
 */
export interface ItemMapping {
  /**
   * The REDCap field; a checkbox option is `field___code` (REDCap's export name), exported as
   * 1 (ticked) or 0.
   */
  field: string;
  recode?: Recode;
}
/**
 * One exported value and the answer it stands for.
 */
export interface ValueMap {
  /**
   * The value as exported (REDCap's choice code).
   */
  from: string;
  /**
   * The answer.
   */
  to: number;
}
