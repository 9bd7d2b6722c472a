/* Generated from docs/schemas/instrument_key.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * The stable key of an outcome: an instrument (lowercase a-z, digits, '_' and '-'), optionally followed by '.item.' or '.subscale.' and the part's name under the same rule.
 */
export type InstrumentKey = string;
