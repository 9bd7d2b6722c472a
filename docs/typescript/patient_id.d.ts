/* Generated from docs/schemas/patient_id.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A patient id: 1-64 characters, no control characters.
 */
export type PatientId = string;
