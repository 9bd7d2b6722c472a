/* Generated from docs/schemas/resource.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * The five named components of Pain Reprocessing Therapy.
 */
export type PrtComponent =
  "pain_education" | "personal_evidence" | "somatic_tracking" | "emotional_threats" | "positive_sensations";
/**
 * A resource id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ResourceId = string;
/**
 * What kind of resource an entry is.
 */
export type ResourceKind = "article" | "video" | "audio" | "worksheet" | "self_help_tool";
/**
 * Where a resource is found (a URL or an app's own id): 1-2048 characters, no control characters.
 */
export type Locator = string;
/**
 * A resource's display title: 1-200 characters, no control characters.
 */
export type ResourceTitle = string;

/**
 * One entry of an app's between-session resource library: kind, title, the PRT components it supports, where to find it and how long it takes.
 */
export interface Resource {
  /**
   * The PRT components it supports (at least one, no repeats).
   *
   * @minItems 1
   */
  components: [PrtComponent, ...PrtComponent[]];
  id: ResourceId;
  kind: ResourceKind;
  legacy_ids?: LegacyIds;
  locator: Locator;
  /**
   * The estimated minutes it takes (1-240).
   */
  minutes: number;
  /**
   * The document layout version, 1.
   */
  schema_version: 1 | 2;
  title: ResourceTitle;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
