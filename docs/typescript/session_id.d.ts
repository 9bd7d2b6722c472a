/* Generated from docs/schemas/session_id.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A session id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type SessionId = string;
