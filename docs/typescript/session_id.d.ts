/* Generated from docs/schemas/session_id.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A session id: 1-64 characters, no control characters.
 */
export type SessionId = string;
