/* Generated from docs/schemas/instrument_key.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * The stable key of an instrument: lowercase a-z, digits, '_' and '-'.
 */
export type InstrumentKey = string;
