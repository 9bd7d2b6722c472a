/* Generated from docs/schemas/rating.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
