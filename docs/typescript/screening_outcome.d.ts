/* Generated from docs/schemas/screening_outcome.schema.json by .ci/generate_typescript.mjs; do not edit. */

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
 * What screening decided.
 *
 * When several apply, the most safety-critical wins: **crisis > refer > incomplete > not
 * eligible > eligible**, and among referrals the highest urgency. The derived [`Ord`] is exactly
 * this precedence (variants are declared from least to most critical), so the decision of
 * several reasons is their maximum. The outcome always lists every reason, not only the winning
 * one.
 *
 * ```
 * use pain_reprocessing::intake::{ScreeningDecision, Urgency};
 *
 * let refer = ScreeningDecision::ReferForMedicalEvaluation { urgency: Urgency::Routine };
 * assert!(ScreeningDecision::CrisisPathway > refer);
 * assert!(refer > ScreeningDecision::Incomplete);
 * assert!(ScreeningDecision::Incomplete > ScreeningDecision::NotEligible);
 * assert!(ScreeningDecision::NotEligible > ScreeningDecision::Eligible);
 * ```
 */
export type ScreeningDecision =
  | {
      decision: "eligible";
    }
  | {
      decision: "not_eligible";
    }
  | {
      decision: "incomplete";
    }
  | {
      decision: "refer_for_medical_evaluation";
      urgency: Urgency;
    }
  | {
      decision: "crisis_pathway";
    };
/**
 * How soon a positive red flag must be medically evaluated.
 *
 * Ordered `Routine < Urgent < Emergency`, so the highest urgency of several flags is their
 * maximum. The mapping from category to urgency is the reference's design suggestion (§2.1:
 * "urgency levels are my design suggestion", UNVERIFIED as a guideline mapping): cauda equina
 * signs are an emergency, suspected fracture, tumour or infection urgent, everything else routine.
 */
export type Urgency = "routine" | "urgent" | "emergency";
/**
 * One item of the practitioner evidence checklist (§1.5 `[S17]` `[S18]` `[S19]` `[S20]`).
 *
 * These are practitioner lists; their clinical validity is UNVERIFIED. The crate reports which
 * items a patient endorsed and never turns them into a diagnosis.
 */
export type NeuroplasticItem =
  | "onset_stress"
  | "no_injury"
  | "inconsistent"
  | "delayed"
  | "many_symptoms"
  | "moves_spreads"
  | "symmetrical"
  | "stress_trigger"
  | "non_body_triggers"
  | "anticipation"
  | "childhood_adversity"
  | "traits"
  | "preoccupation";
/**
 * What a reason is about.
 */
export type IntakeCriterion =
  | {
      name: "age";
    }
  | {
      name: "pain_duration";
    }
  | {
      name: "pain_days";
    }
  | {
      name: "average_intensity";
    }
  | {
      flag: RedFlag;
      name: "red_flag";
    }
  | {
      condition: IntakeCondition;
      name: "condition";
    }
  | {
      name: "back_surgery";
    }
  | {
      name: "phq9_item9";
    }
  | {
      name: "suicidal_intent";
    }
  | {
      name: "recent_suicide_attempt";
    }
  | {
      name: "psychosis";
    }
  | {
      name: "substance_use_disorder";
    };
/**
 * A condition an intake asks about because it can exclude someone from a program.
 *
 * The Boulder trial's own exclusion list could not be read (clinical reference §1.2, UNVERIFIED);
 * these are the conditions the reference lists from the group's telehealth study (`[S7]`), the
 * BACPAC criteria (`[S32]`) and typical mind-body trials (`[S38]`). Which of them exclude is
 * configured by [`ExclusionCriterion`] values in the criteria.
 */
export type IntakeCondition =
  | "recent_spinal_fracture"
  | "spinal_tumour"
  | "rheumatoid_arthritis"
  | "polymyalgia_rheumatica"
  | "scleroderma"
  | "lupus"
  | "polymyositis"
  | "ankylosing_spondylitis"
  | "psoriatic_arthritis"
  | "discitis_or_osteomyelitis"
  | "radiculopathy_with_motor_deficit"
  | "osteoporosis_needing_treatment"
  | "cancer_or_recent_cancer_treatment"
  | "bipolar_mania"
  | "dementia";
/**
 * The value screening observed on the form.
 */
export type IntakeObserved =
  | {
      type: "age";
      /**
       * Years.
       */
      years: number;
    }
  | {
      duration: PainDuration;
      type: "duration";
    }
  | {
      /**
       * Days with pain.
       */
      days: number;
      type: "pain_days";
      /**
       * The window, 183 days.
       */
      window: 183;
    }
  | {
      type: "rating";
      value: Rating;
    }
  | {
      answer: IntakeAnswer;
      type: "answer";
    }
  | {
      type: "phq9_item9";
      /**
       * The answer.
       */
      value?: Phq9Item9 | null;
    }
  | {
      /**
       * The date.
       */
      date: string;
      type: "surgery_date";
    };
/**
 * How long the pain has been an ongoing problem, in weeks or months (at least 1).
 */
export type PainDuration =
  | {
      unit: "weeks";
      /**
       * The number of weeks.
       */
      value: number;
    }
  | {
      unit: "months";
      /**
       * The number of months.
       */
      value: number;
    };
/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
/**
 * A yes / no / unknown answer to a safety question.
 *
 * A question left unanswered is [`Answer::Unknown`] (the [`Default`]), never [`Answer::No`]: the
 * screening treats unknown as needing a clinician, not as clear.
 *
 * ```
 * use pain_reprocessing::intake::Answer;
 *
 * assert_eq!(Answer::default(), Answer::Unknown);
 * assert_eq!(serde_json::to_string(&Answer::Yes)?, "\"yes\"");
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type IntakeAnswer = "yes" | "no" | "unknown";
/**
 * PHQ-9 item 9 answer: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day.
 */
export type Phq9Item9 = number;
/**
 * A source key of the crate's bibliography (docs/sources.md, from the clinical reference's source list), or design_choice for a rule the reference does not give and this crate chose.
 */
export type SourceKey =
  | "S1"
  | "S3"
  | "S4"
  | "S7"
  | "S8"
  | "S9"
  | "S10"
  | "S11"
  | "S12"
  | "S13"
  | "S14"
  | "S16"
  | "S17"
  | "S18"
  | "S19"
  | "S20"
  | "S21"
  | "S24"
  | "S25"
  | "S26"
  | "S27"
  | "S28"
  | "S29"
  | "S30"
  | "S31"
  | "S32"
  | "S34"
  | "S35"
  | "S36"
  | "S37"
  | "S38"
  | "S39"
  | "S40"
  | "S41"
  | "S42"
  | "S43"
  | "S44"
  | "S45"
  | "S46"
  | "S47"
  | "S48"
  | "S49"
  | "S50"
  | "S51"
  | "S52"
  | "S53"
  | "S54"
  | "S55"
  | "S56"
  | "S57"
  | "S58"
  | "S59"
  | "S60"
  | "S61"
  | "S62"
  | "S63"
  | "S64"
  | "S65"
  | "S66"
  | "S67"
  | "S68"
  | "S69"
  | "S70"
  | "S71"
  | "S72"
  | "S73"
  | "S74"
  | "S75"
  | "S76"
  | "S77"
  | "S78"
  | "S79"
  | "S80"
  | "S81"
  | "S82"
  | "S83"
  | "S84"
  | "S85"
  | "S86"
  | "S87"
  | "S88"
  | "S89"
  | "S91"
  | "S92"
  | "S93"
  | "design_choice";
/**
 * How a criterion came out.
 */
export type ReasonStatus = "met" | "not_met" | "positive" | "unknown" | "cleared";
/**
 * The threshold a criterion compared against.
 */
export type IntakeThreshold =
  | {
      /**
       * Oldest, if any.
       */
      max?: number | null;
      /**
       * Youngest.
       */
      min: number;
      type: "age_range";
    }
  | {
      boundary: IntakeBoundary;
      /**
       * Months.
       */
      months: number;
      type: "min_duration";
    }
  | {
      /**
       * Denominator.
       */
      denominator: number;
      /**
       * Numerator.
       */
      numerator: number;
      type: "pain_days";
      /**
       * The window, 183 days.
       */
      window: 183;
    }
  | {
      min: Rating;
      type: "min_rating";
    }
  | {
      /**
       * From this answer on.
       */
      from: 1;
      type: "phq9_item9_positive";
    }
  | {
      /**
       * Months.
       */
      months: number;
      type: "within_months";
    };
/**
 * Whether a threshold value itself passes.
 */
export type IntakeBoundary = "inclusive" | "exclusive";

/**
 * The plain data of a [`ScreeningOutcome`], as stored in JSON.
 *
 * Read from JSON, an outcome also meets rules across fields that its schema does not state: it
 * has at least one reason; its decision is the most safety-critical one its reasons lead to; each
 * reason is consistent with its criterion; every clearance clears a red flag a reason lists as
 * cleared; the neuroplastic evidence is consistent.
 */
export interface ScreeningOutcome {
  /**
   * The clearances that passed a flag.
   */
  clearances?: RedFlagClearance[];
  decision: ScreeningDecision;
  legacy_ids?: LegacyIds;
  neuroplastic_evidence: NeuroplasticSummary;
  /**
   * Every reason.
   *
   * @minItems 1
   */
  reasons: [ScreeningReason, ...ScreeningReason[]];
  schema_version: IntakeIdsSchemaVersion;
}
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
/**
 * What the checklist answers add up to: which items support a primary-pain picture.
 *
 * Supporting evidence for the clinician and the patient's own "gathering evidence" work, never a
 * diagnosis or an eligibility gate: screening reports it beside the decision and never reads it.
 * The one published threshold ("≥2 yes answers → more likely neuroplastic", §1.5 `[S18]`) is not
 * validated; it appears here only when the criteria configure it as a display threshold.
 *
 * ```
 * use std::collections::BTreeMap;
 * use pain_reprocessing::intake::{ChecklistAnswer, NeuroplasticItem, NeuroplasticSummary};
 *
 * let answers = BTreeMap::from([
 *     (NeuroplasticItem::OnsetStress, ChecklistAnswer::Yes),
 *     (NeuroplasticItem::Delayed, ChecklistAnswer::Unsure),
 *     (NeuroplasticItem::Symmetrical, ChecklistAnswer::No),
 * ]);
 * let summary = NeuroplasticSummary::of(&answers, Some(2));
 * assert_eq!(summary.supporting(), &[NeuroplasticItem::OnsetStress]);
 * assert_eq!((summary.answered(), summary.unsure()), (3, 1));
 * assert_eq!(summary.reaches_display_threshold(), Some(false));
 * ```
 */
export interface NeuroplasticSummary {
  answered: number;
  display_threshold?: number | null;
  /**
   * @maxItems 13
   */
  supporting:
    | []
    | [NeuroplasticItem]
    | [NeuroplasticItem, NeuroplasticItem]
    | [NeuroplasticItem, NeuroplasticItem, NeuroplasticItem]
    | [NeuroplasticItem, NeuroplasticItem, NeuroplasticItem, NeuroplasticItem]
    | [NeuroplasticItem, NeuroplasticItem, NeuroplasticItem, NeuroplasticItem, NeuroplasticItem]
    | [NeuroplasticItem, NeuroplasticItem, NeuroplasticItem, NeuroplasticItem, NeuroplasticItem, NeuroplasticItem]
    | [
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem
      ]
    | [
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem
      ]
    | [
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem
      ]
    | [
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem
      ]
    | [
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem
      ]
    | [
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem
      ]
    | [
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem,
        NeuroplasticItem
      ];
  unsure: number;
}
/**
 * One typed reason of a screening outcome: which criterion, what was observed, against which
 * threshold, from which source, and what it leads to. Never holds free text.
 */
export interface ScreeningReason {
  criterion: IntakeCriterion;
  leads_to: ScreeningDecision;
  observed: IntakeObserved;
  source: SourceKey;
  status: ReasonStatus;
  threshold?: IntakeThreshold | null;
}
