/* Generated from docs/schemas/decimal.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;
