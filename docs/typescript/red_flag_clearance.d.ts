/* Generated from docs/schemas/red_flag_clearance.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A clinician id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ClinicianId = string;
/**
 * One red flag of low back pain (clinical reference §2.1).
 *
 * The AHCPR 1994 table (`[S30]`) gives the fracture, tumour/infection and cauda equina items;
 * secondary lists (`[S31]`) add the rest. Every flag is answered yes / no / unknown on the
 * [`IntakeForm`](super::IntakeForm), except [`RedFlag::AgeUnder20OrOver50`], which screening
 * derives from the age on the assessment date (it is the table's tumour/infection age item).
 *
 * ```
 * use pain_reprocessing::intake::{RedFlag, RedFlagCategory, Urgency};
 *
 * let flag = RedFlag::SaddleAnaesthesia;
 * assert_eq!(flag.as_str(), "saddle_anaesthesia");
 * assert_eq!(flag.category(), RedFlagCategory::CaudaEquina);
 * assert_eq!(flag.urgency(), Urgency::Emergency);
 * assert_eq!(RedFlag::MajorTrauma.urgency(), Urgency::Urgent);
 * assert_eq!("history_of_cancer".parse::<RedFlag>(), Ok(RedFlag::HistoryOfCancer));
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type RedFlag =
  | "major_trauma"
  | "minor_trauma_older_or_osteoporotic"
  | "prolonged_corticosteroid_use"
  | "osteoporosis"
  | "age_under20_or_over50"
  | "history_of_cancer"
  | "fever_or_chills"
  | "unexplained_weight_loss"
  | "recent_bacterial_infection"
  | "intravenous_drug_use"
  | "immunosuppression"
  | "pain_worse_supine"
  | "severe_night_pain"
  | "saddle_anaesthesia"
  | "bladder_dysfunction"
  | "severe_or_progressive_neurological_deficit"
  | "lax_anal_sphincter"
  | "perianal_sensory_loss"
  | "major_motor_weakness"
  | "faecal_incontinence"
  | "bilateral_leg_symptoms"
  | "failure_to_improve"
  | "pain_unrelieved_by_rest"
  | "recent_lumbar_surgery"
  | "thoracic_pain"
  | "structural_deformity"
  | "abdominal_aortic_aneurysm";
/**
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;
/**
 * The layout version of the document: 1 or 2, the same layout (2 since the id alphabet; always 2 when legacy_ids is present). A document is written back with the version it was read with, so that an event log embedding it keeps its hash chain.
 */
export type IntakeIdsSchemaVersion = 1 | 2;

/**
 * A clinician's record that one red flag was medically evaluated and cleared: the root document
 * that lets a flagged intake pass screening.
 *
 * Screening with a clearance ([`screen_with_clearances`](super::screen_with_clearances)) passes
 * that flag and keeps the clearance in the outcome as evidence. A clearance counts only when it
 * was recorded on or after the intake's assessment date: an evaluation from before the intake
 * cannot clear what the intake newly reports. A clearance for a flag answered "no" changes
 * nothing. Psychiatric crisis answers are not red flags and cannot be cleared this way: the type
 * has no way to name them.
 *
 * ```
 * use chrono::{TimeZone, Utc};
 * use pain_reprocessing::intake::{RedFlag, RedFlagClearance};
 * use pain_reprocessing::{ClinicianId, Note};
 *
 * let clearance = RedFlagClearance::new(
 *     RedFlag::SevereNightPain,
 *     ClinicianId::new("dr-042")?,
 *     Utc.with_ymd_and_hms(2026, 3, 4, 10, 30, 0).unwrap(),
 *     Note::new("MRI and bloods normal; night pain positional")?,
 * );
 * assert_eq!(clearance.flag(), RedFlag::SevereNightPain);
 * assert!(format!("{clearance:?}").contains("redacted"));
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 *
 * A clearance keeps the `schema_version` it was read with (1 or 2, the same layout): a copy
 * embedded in a hashed event of an event log is written back exactly as it was read, so the
 * log's chain holds. One built with [`new`](RedFlagClearance::new) is at
 * version 2. A standalone clearance written before the id alphabet is read by
 * [`versioning::read`](crate::versioning::read), which maps a `clinician` outside the alphabet
 * through [`legacy_id`](crate::id::legacy_id) and keeps its text in
 * [`legacy_ids`](RedFlagClearance::legacy_ids); one that has `legacy_ids` is always written at
 * version 2, so that it reads back.
 */
export interface RedFlagClearance {
  cleared_at: string;
  clinician: ClinicianId;
  flag: RedFlag;
  legacy_ids?: LegacyIds;
  note: Note;
  schema_version: IntakeIdsSchemaVersion;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
