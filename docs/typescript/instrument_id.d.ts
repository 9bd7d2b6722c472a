/* Generated from docs/schemas/instrument_id.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * An outcome instrument of the catalog, by its stable snake_case id.
 */
export type InstrumentId =
  | "nrs"
  | "bpi_sf"
  | "peg3"
  | "phq9"
  | "phq2"
  | "gad7"
  | "gad2"
  | "pcs"
  | "tsk11"
  | "tsk17"
  | "pseq"
  | "odi"
  | "rmdq"
  | "pgic"
  | "csi"
  | "promis_depression_8a"
  | "promis_anxiety_8a"
  | "promis_anger_5a"
  | "promis_sleep_disturbance_8a"
  | "promis_sleep_disturbance_8b"
  | "pain_attribution";
