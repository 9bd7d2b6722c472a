/* Generated from docs/schemas/note.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;
