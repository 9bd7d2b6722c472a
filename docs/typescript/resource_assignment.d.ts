/* Generated from docs/schemas/resource_assignment.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * One dated engagement with an assigned resource.
 */
export type Engagement =
  | {
      /**
       * The day.
       */
      on: string;
      type: "opened";
    }
  | {
      /**
       * The day.
       */
      on: string;
      type: "completed";
    }
  | {
      /**
       * The day.
       */
      on: string;
      rating: Rating;
      type: "rated_helpful";
    };
/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
/**
 * A resource id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ResourceId = string;

/**
 * One resource assigned to a person: which, when, due when, and the dated engagement entries (opened, completed, rated helpful 0-10). Rules across fields, checked when the document is read: `due` is on or after `assigned_on`; engagement entries are dated on or after `assigned_on` and never go back in time.
 */
export interface ResourceAssignment {
  /**
   * The day it was assigned.
   */
  assigned_on: string;
  /**
   * The day it is due; on or after `assigned_on`.
   */
  due: string;
  /**
   * Engagement entries, in date order, on or after `assigned_on`.
   *
   * @maxItems 1000
   */
  engagement?: Engagement[];
  legacy_ids?: LegacyIds;
  resource: ResourceId;
  /**
   * The document layout version, 1.
   */
  schema_version: 1 | 2;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
