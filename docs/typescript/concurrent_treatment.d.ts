/* Generated from docs/schemas/concurrent_treatment.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * Which way a dose changed.
 */
export type DoseDirection = "increased" | "decreased";
/**
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;
/**
 * A kind of concurrent treatment, tagged by `type`; medication says whether it is an opioid.
 */
export type CareKind =
  | {
      /**
       * Whether it is an opioid.
       */
      opioid: boolean;
      type: "medication";
    }
  | {
      type: "physical_therapy";
    }
  | {
      type: "acupuncture";
    }
  | {
      type: "massage";
    }
  | {
      type: "yoga";
    }
  | {
      type: "other_psychotherapy";
    }
  | {
      type: "other";
    };

/**
 * A treatment running alongside PRT: its kind (medication flags opioids), an optional label, start and optional stop dates (both inclusive), and dose changes.
 */
export interface ConcurrentTreatment {
  /**
   * Dose changes, in date order, within the treatment's dates.
   *
   * @maxItems 100
   */
  dose_changes?: DoseChange[];
  kind: CareKind;
  /**
   * A label, such as the medication's name (redacted in `Debug`).
   */
  label?: Note | null;
  /**
   * The document layout version, 1.
   */
  schema_version: 1;
  /**
   * The first day the treatment was received.
   */
  started_on: string;
  /**
   * The last day it was received; absent while ongoing. On or after `started_on`.
   */
  stopped_on?: string | null;
}
/**
 * A dated dose change of a medication (or a change of intensity of another treatment).
 */
export interface DoseChange {
  direction: DoseDirection;
  /**
   * Details, such as the new dose (redacted in `Debug`).
   */
  note?: Note | null;
  /**
   * The day of the change.
   */
  on: string;
}
