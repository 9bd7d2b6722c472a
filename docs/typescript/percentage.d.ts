/* Generated from docs/schemas/percentage.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A percentage from 0 to 100 with at most two decimal places.
 */
export type Percentage = number;
