/* Generated from docs/schemas/intake_form.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * How the person's age is given: a date of birth, or the age in whole years on the assessment
 * date. No name is ever needed.
 */
export type IntakeAge =
  | {
      /**
       * The date of birth.
       */
      date: string;
      type: "date_of_birth";
    }
  | {
      type: "years";
      /**
       * Whole years.
       */
      years: number;
    };
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
export type IntakeAnswer = ("yes" | "no" | "unknown") | undefined;
/**
 * A yes / no / unsure answer to a checklist item.
 */
export type ChecklistAnswer = ("yes" | "no" | "unsure") | undefined;
/**
 * A 0-10 rating on an 11-point numeric scale (0 none, 10 worst).
 */
export type Rating = number;
/**
 * Back surgery history.
 */
export type BackSurgery =
  | {
      status: "no_surgery";
    }
  | {
      status: "unknown";
    }
  | {
      /**
       * The date of the most recent back operation.
       */
      most_recent: string;
      status: "surgery";
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
 * Free text: 1-10000 characters; tab, line feed and carriage return are the only control characters allowed.
 */
export type Note = string;
/**
 * An imaging modality.
 */
export type ImagingModality = "x_ray" | "mri" | "ct" | "other";
/**
 * A region of the body, coarse enough for a patient to pick without help.
 *
 * The list is a design choice of this crate (the clinical reference names no body map); it covers
 * the regions chronic-pain intakes commonly ask about, including `whole_body` for widespread pain.
 *
 * ```
 * use pain_reprocessing::intake::BodyRegion;
 *
 * assert_eq!(serde_json::to_string(&BodyRegion::LowerBack)?, "\"lower_back\"");
 * assert_eq!(BodyRegion::LowerBack.label(), "lower back");
 * assert_eq!(BodyRegion::ALL.len(), 17);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type BodyRegion =
  | "head"
  | "jaw"
  | "neck"
  | "shoulder"
  | "upper_back"
  | "lower_back"
  | "chest"
  | "abdomen"
  | "pelvis"
  | "hip"
  | "arm"
  | "elbow"
  | "wrist_hand"
  | "leg"
  | "knee"
  | "ankle_foot"
  | "whole_body";
/**
 * Which side of the body: left, right, both (bilateral), or the midline (spine, centre).
 *
 * ```
 * use pain_reprocessing::intake::Side;
 *
 * assert_eq!(serde_json::to_string(&Side::Bilateral)?, "\"bilateral\"");
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export type Side = "left" | "right" | "bilateral" | "midline";
/**
 * What was happening when the pain began.
 */
export type OnsetCircumstances = "injury" | "no_injury" | "stressful_period" | "unknown";
/**
 * When the pain began: an exact date, or approximately (a month, or only a year).
 */
export type OnsetDate =
  | {
      /**
       * The date the pain began.
       */
      date: string;
      precision: "exact";
    }
  | {
      /**
       * The month, 1-12.
       */
      month: number;
      precision: "month";
      /**
       * The year, 1900 or later.
       */
      year: number;
    }
  | {
      precision: "year";
      /**
       * The year, 1900 or later.
       */
      year: number;
    };
/**
 * A kind of treatment tried before.
 */
export type TreatmentKind =
  | "physiotherapy"
  | "medication"
  | "opioids"
  | "injection"
  | "surgery"
  | "manipulation"
  | "massage"
  | "acupuncture"
  | "psychological"
  | "other";
/**
 * PHQ-9 item 9 answer: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day.
 */
export type Phq9Item9 = number;
/**
 * The layout version of the document; this crate reads and writes 1.
 */
export type IntakeSchemaVersion = 1;

/**
 * The fields of an intake form as plain data: fill these, then validate with
 * [`IntakeForm::new`].
 *
 * Maps stand for "one answer per question": a red flag, condition or checklist item left out of
 * its map was not answered. A missing red flag or condition counts as [`Answer::Unknown`], never
 * as no.
 *
 * Read from JSON, a form also meets rules across fields that its schema does not state: the date
 * of birth and the onset are not after the assessment, and the onset is not before birth; the
 * pain duration fits the person's life and agrees with the onset; the days with pain fit the
 * duration; back surgery falls between birth and the assessment; the derived age red flag is not
 * answered.
 */
export interface IntakeForm {
  age: IntakeAge;
  /**
   * The date of the assessment; every other date is checked against it.
   */
  assessment_date: string;
  /**
   * Answers about excluding conditions (inflammatory disease, recent fracture …).
   */
  conditions?: {
    [k: string]: IntakeAnswer | undefined;
  };
  /**
   * The neuroplastic evidence checklist (§1.5); supporting evidence only.
   */
  neuroplastic_evidence?: {
    [k: string]: ChecklistAnswer | undefined;
  };
  pain: PainHistory;
  psychiatric?: PsychiatricSafety;
  /**
   * The answer to each red flag (§2.1). The age flag is derived and may not be answered.
   */
  red_flags?: {
    [k: string]: IntakeAnswer | undefined;
  };
  schema_version: IntakeSchemaVersion;
}
/**
 * The pain history of an intake.
 */
export interface PainHistory {
  average_intensity_past_week: Rating;
  back_surgery: BackSurgery;
  current_intensity: Rating;
  /**
   * On how many of the past 183 days ([`PAIN_DAYS_WINDOW`]) there was pain.
   */
  days_with_pain_past_6_months: number;
  duration: PainDuration;
  /**
   * Imaging findings, as reported.
   */
  imaging?: ImagingFinding[];
  /**
   * Where it hurts: at least one location, none repeated.
   *
   * @minItems 1
   */
  locations: [PainLocation, ...PainLocation[]];
  onset: IntakeOnset;
  /**
   * Treatments tried before.
   */
  prior_treatments?: PriorTreatment[];
}
/**
 * An imaging study and what it found, as reported.
 */
export interface ImagingFinding {
  finding: Note;
  modality: ImagingModality;
}
/**
 * Where pain is felt: a [`BodyRegion`] and a [`Side`].
 *
 * ```
 * use pain_reprocessing::intake::{BodyRegion, PainLocation, Side};
 *
 * let location = PainLocation::new(BodyRegion::LowerBack, Side::Midline);
 * assert_eq!(location.region(), BodyRegion::LowerBack);
 * assert_eq!(
 *     serde_json::to_string(&location)?,
 *     r#"{"region":"lower_back","side":"midline"}"#
 * );
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface PainLocation {
  region: BodyRegion;
  side: Side;
}
/**
 * When and how the pain began.
 */
export interface IntakeOnset {
  circumstances: OnsetCircumstances;
  date: OnsetDate;
}
/**
 * A treatment tried before, with an optional note in the patient's words.
 */
export interface PriorTreatment {
  kind: TreatmentKind;
  /**
   * Free text, such as what it was and whether it helped.
   */
  note?: Note | null;
}
/**
 * The psychiatric safety answers of an intake (clinical reference §2.2).
 *
 * Every answer defaults to unknown: a question left out of the JSON is [`Answer::Unknown`] and a
 * missing PHQ-9 item 9 is `None`, both "safety unknown", never "no". Screening sends unknown
 * safety answers to [`Incomplete`](super::ScreeningDecision::Incomplete).
 *
 * The issue allows a whole PHQ-9 here; the instruments module is built in parallel, so this
 * records item 9 alone (an app that has a scored PHQ-9 passes its item 9).
 *
 * ```
 * use pain_reprocessing::intake::{Answer, Phq9Item9, PsychiatricSafety};
 *
 * let unknown: PsychiatricSafety = serde_json::from_str("{}")?;
 * assert_eq!(unknown.phq9_item9, None);
 * assert_eq!(unknown.suicidal_intent, Answer::Unknown);
 *
 * let clear = PsychiatricSafety::all_clear();
 * assert_eq!(clear.phq9_item9, Some(Phq9Item9::new(0)?));
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface PsychiatricSafety {
  /**
   * PHQ-9 item 9, 0-3; `None` when not answered.
   */
  phq9_item9?: Phq9Item9 | null;
  psychosis?: IntakeAnswer | undefined;
  recent_suicide_attempt?: IntakeAnswer | undefined;
  substance_use_disorder?: IntakeAnswer | undefined;
  suicidal_intent?: IntakeAnswer | undefined;
}
