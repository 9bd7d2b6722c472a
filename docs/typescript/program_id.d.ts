/* Generated from docs/schemas/program_id.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A program id: 1-64 characters, no control characters.
 */
export type ProgramId = string;
