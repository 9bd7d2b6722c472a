/* Generated from docs/schemas/measured_value.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * An exact measured value, written as a JSON number: at most four decimal places below 10^11 in magnitude, two from there up.
 */
export type MeasuredValue = number;
