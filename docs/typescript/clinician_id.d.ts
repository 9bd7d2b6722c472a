/* Generated from docs/schemas/clinician_id.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A clinician id: 1-64 characters, no control characters.
 */
export type ClinicianId = string;
