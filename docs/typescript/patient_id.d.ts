/* Generated from docs/schemas/patient_id.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A patient id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type PatientId = string;
