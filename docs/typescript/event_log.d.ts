/* Generated from docs/schemas/event_log.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * Who caused an event.
 */
export type Actor =
  | {
      role: "patient";
    }
  | {
      id: ClinicianId;
      role: "clinician";
    }
  | {
      role: "system";
    };
/**
 * A clinician id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ClinicianId = string;
/**
 * What happened: the payload of an [`Event`]. Serialized with a `type` tag, for example
 * `{"type": "session_completed", "number": 3, "session_id": "s-3"}`.
 */
export type EventKind =
  | {
      outcome: ScreeningOutcome;
      type: "intake_screened";
    }
  | {
      clearance: RedFlagClearance;
      type: "red_flag_cleared";
    }
  | {
      type: "enrolled";
    }
  | {
      /**
       * A clinician's approval of an entry after the assessment's window closed, with the
       * reason; absent for an entry inside the window. Only a clinician records one.
       */
      late_entry?: LateEntry | null;
      /**
       * One response per instrument the protocol lists for it, as answered.
       */
      responses: Response[];
      timepoint: Timepoint;
      type: "assessment_recorded";
    }
  | {
      /**
       * The session's number in the protocol.
       */
      number: number;
      /**
       * When it is booked for.
       */
      scheduled_for: string;
      session_id: SessionId;
      type: "session_scheduled";
    }
  | {
      /**
       * The session's number in the protocol.
       */
      number: number;
      session_id: SessionId;
      type: "session_completed";
    }
  | {
      /**
       * The session's number.
       */
      number: number;
      type: "session_missed";
    }
  | {
      by: CancelledBy;
      /**
       * The session's number.
       */
      number: number;
      type: "session_cancelled";
    }
  | {
      type: "missed_sessions_reviewed";
    }
  | {
      reason: EarlyEndReason;
      type: "treatment_ended_early";
    }
  | {
      concern: SafetyConcern;
      type: "safety_concern_raised";
    }
  | {
      /**
       * The clinician's note on the resolution.
       */
      note?: Note | null;
      type: "safety_concern_resolved";
    }
  | {
      type: "paused";
    }
  | {
      type: "resumed";
    }
  | {
      reason: WithdrawalReason;
      type: "withdrawn";
    }
  | {
      reason: DischargeReason;
      type: "discharged";
    }
  | {
      goal: TreatmentGoal;
      type: "goal_set";
    }
  | {
      entry: GoalEntry;
      goal_id: GoalId;
      type: "goal_progress_recorded";
    }
  | {
      migration: ProtocolMigration;
      type: "protocol_migrated";
    }
  | {
      /**
       * Why, where known (patient data: redacted in `Debug`).
       */
      note?: Note | null;
      timepoint: Timepoint;
      type: "assessment_missed";
    }
  | {
      /**
       * The scores as stored, one per instrument the protocol lists.
       */
      scores: Score[];
      timepoint: Timepoint;
      type: "assessment_recorded_without_answers";
    }
  | {
      /**
       * One response per instrument, as answered.
       */
      responses: Response[];
      type: "unscheduled_assessment_recorded";
    }
  | {
      event_id: EventId;
      reason: Note;
      type: "event_voided";
    };
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
 * Answers to one instrument in item order (null = unanswered), tagged by the instrument id.
 */
export type Response =
  | NRS
  | BPISF
  | PEG3
  | PHQ9
  | PHQ2
  | GAD7
  | GAD2
  | PCS
  | TSK11
  | TSK17
  | PSEQ
  | ODI
  | RMDQ
  | PGIC
  | CSI
  | PROMISDepression8A
  | PROMISAnxiety8A
  | PROMISAnger5A
  | PROMISSleepDisturbance8A
  | PROMISSleepDisturbance8B
  | PainAttribution;
/**
 * How a free-text cause was blind-coded (§3.14 `[S25]` `[S26]`).
 */
export type AttributionCategory = "peripheral" | "mind_brain";
/**
 * When an assessment belongs in a program, in clinical order (clinical reference §1.6 `[S4]`):
 * baseline, post-treatment (the primary endpoint), then follow-ups counted in months after the
 * post-treatment assessment (Boulder: 1, 2, 3, 6 and 12 months).
 *
 * Timepoints order clinically: `Baseline < PostTreatment < FollowUp { months: 1 } < FollowUp
 * { months: 2 } …`. In JSON a timepoint is tagged by `kind`:
 *
 * ```
 * use pain_reprocessing::outcomes::Timepoint;
 *
 * let three = Timepoint::follow_up(3)?;
 * assert_eq!(serde_json::to_string(&three)?, r#"{"kind":"follow_up","months":3}"#);
 * assert_eq!(three.to_string(), "follow-up +3 months");
 * assert!(Timepoint::Baseline < Timepoint::PostTreatment && Timepoint::PostTreatment < three);
 * assert!(Timepoint::follow_up(0).is_err());
 * assert!(serde_json::from_str::<Timepoint>(r#"{"kind":"follow_up","months":121}"#).is_err());
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 *
 * The variant's `months` field is public so code can match on it; build follow-ups with
 * [`Timepoint::follow_up`], which checks the range 1..=[`MAX_FOLLOW_UP_MONTHS`]. Serde, the JSON
 * Schema and [`Trajectory`](super::Trajectory) check it too, so an out-of-range follow-up never
 * enters a stored document.
 */
export type Timepoint =
  | {
      kind: "baseline";
    }
  | {
      kind: "post_treatment";
    }
  | {
      kind: "follow_up";
      /**
       * Months after the post-treatment assessment, 1-120.
       */
      months: number;
    };
/**
 * A session id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type SessionId = string;
/**
 * Who cancelled a session.
 */
export type CancelledBy = "patient" | "clinic";
/**
 * Why a clinician ended treatment before all planned sessions.
 */
export type EarlyEndReason = "recovered" | "adherence" | "clinical" | "other";
/**
 * A reason for a safety hold.
 */
export type SafetyConcern =
  | {
      concern: "crisis_at_screening";
    }
  | {
      concern: "score_flag";
      score: Score;
      timepoint: Timepoint;
    }
  | {
      concern: "new_red_flag";
      flag: RedFlag;
    }
  | {
      concern: "other";
      /**
       * What was seen (patient data: redacted in `Debug`).
       */
      note?: Note | null;
    }
  | {
      concern: "response_flag";
      flag: SafetyFlag;
      instrument: InstrumentId;
      /**
       * The assessment it was recorded at; absent for an unscheduled assessment.
       */
      timepoint?: Timepoint | null;
    }
  | {
      concern: "unflagged_score";
      score: Score;
      timepoint: Timepoint;
    };
/**
 * The score of one response: exact total, band (consistent with the total), subscales, safety flags and missing-item provenance. Read from JSON, a score also meets rules across fields that its schema does not state: its missing items, missing-item handling and scoring options agree, and a PHQ-9 total of 25-27 carries the suicidal-ideation flag (the other eight items reach at most 24).
 */
export type Score =
  | NRSScore
  | BPISFScore
  | PEG3Score
  | PHQ9Score
  | PHQ2Score
  | GAD7Score
  | GAD2Score
  | PCSScore
  | TSK11Score
  | TSK17Score
  | PSEQScore
  | ODIScore
  | RMDQScore
  | PGICScore
  | CSIScore
  | PROMISDepression8AScore
  | PROMISAnxiety8AScore
  | PROMISAnger5AScore
  | PROMISSleepDisturbance8AScore
  | PROMISSleepDisturbance8BScore
  | PainAttributionScore;
/**
 * What to do with unanswered items where the reference has no verified rule (PHQ-9, GAD-7, PCS,
 * TSK, PSEQ, BPI-SF severity, PEG-3, CSI, PROMIS, RMDQ; §5 item 4).
 *
 * The default, [`MissingPolicy::RequireAll`], scores only complete responses. Proration is opt-in.
 * A safety item (PHQ-9 item 9) is never prorated under any policy.
 */
export type MissingPolicy =
  | {
      rule: "require_all";
    }
  | {
      /**
       * The most unanswered items allowed (at least 1, below the item count).
       */
      max_missing: number;
      rule: "prorate";
    };
/**
 * The share of coded causes attributed to mind/brain.
 */
export type MindBrainShare =
  | {
      /**
       * The share.
       */
      share: number;
      status: "computed";
    }
  | {
      status: "not_computable";
    };
/**
 * A safety signal that no total or band can hide (clinical reference §2.2 `[S35]` `[S36]`).
 */
export type SafetyFlag =
  | {
      /**
       * The item 9 answer, 1-3.
       */
      answer: number;
      type: "suicidal_ideation";
    }
  | {
      /**
       * The safety item, 1-based.
       */
      item: number;
      type: "safety_item_unanswered";
    };
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
/**
 * Why a patient withdrew.
 */
export type WithdrawalReason = "patient_choice" | "lost_to_contact" | "relocated" | "other";
/**
 * Why a clinician discharged a patient before completion.
 */
export type DischargeReason = "goals_met" | "referred_elsewhere" | "not_eligible" | "unsuitable" | "other";
/**
 * Where a goal stands, as recorded on a dated goal entry.
 *
 * `achieved`, `not_achieved` and `abandoned` are terminal: no entry may follow them.
 */
export type GoalStatus =
  "in_progress" | "improving" | "worsening" | "no_change" | "achieved" | "not_achieved" | "abandoned";
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;
/**
 * A goal id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type GoalId = string;
/**
 * How progress towards a goal is measured (a 0-10 rating, a count or minutes per week, or an instrument score) and the target, tagged by `type`.
 */
export type GoalMeasure =
  | {
      /**
       * Whether higher ratings are better.
       */
      higher_is_better: boolean;
      target: Rating;
      type: "rating_0_to_10";
    }
  | {
      /**
       * Times per week aimed for, 0-100.
       */
      target: number;
      type: "count_per_week";
    }
  | {
      /**
       * Minutes per week aimed for, 0-10080.
       */
      target: number;
      type: "minutes_per_week";
    }
  | {
      instrument: InstrumentId;
      target: Decimal;
      type: "instrument_score";
    };
/**
 * A protocol id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ProtocolId = string;
/**
 * The stable key of an outcome: an instrument (lowercase a-z, digits, '_' and '-'), optionally followed by '.item.' or '.subscale.' and the part's name under the same rule.
 */
export type InstrumentKey = string;
/**
 * The five named components of Pain Reprocessing Therapy.
 */
export type PrtComponent =
  "pain_education" | "personal_evidence" | "somatic_tracking" | "emotional_threats" | "positive_sensations";
/**
 * What a session is for.
 */
export type SessionKind = "physician_evaluation" | "prt_therapy" | "assessment_only" | "booster";
/**
 * How a session is held.
 */
export type Modality = "in_person" | "video" | "phone" | "async_messaging";
/**
 * A event id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type EventId = string;
/**
 * The SHA-256 chain hash of the event: 64 hexadecimal digits.
 */
export type EventHash = string;
/**
 * A patient id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type PatientId = string;
/**
 * A program id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ProgramId = string;

/**
 * The JSON form of an [`EventLog`], before its envelopes are checked. Rules across fields,
 * checked when the document is read: each event's `seq` is its position (0, 1, 2, …); ids are
 * unique in the log, and an id of the form `seq-<n>` appears only at position `n`; each `hash` is
 * SHA-256 over the previous event's hash (for the first event, a genesis hash of `program_id`),
 * the `seq`, the `id` and the event's content, so an event edited, moved, inserted or removed
 * before the last is refused; each event's own rules (a screening outcome's decision the most
 * safety-critical one its reasons lead to, a goal's entries in order and after it was set).
 * Reading a log does not replay it: the guards (the events each state allows, sessions in
 * order, assessments due and inside their windows, time never going backwards, a void naming
 * an event of the log) are checked when it is replayed, as reading a `program` does.
 */
export interface EventLog {
  /**
   * The events, oldest first, each in its envelope.
   */
  events: LoggedEvent[];
  /**
   * How many leading events were recorded under event-log format 1 (0 for a log started under
   * format 2).
   */
  legacy_events: number;
  legacy_ids?: LegacyIds;
  patient_id: PatientId;
  program_id: ProgramId;
  protocol: Protocol;
  schema_version: 2;
}
/**
 * The JSON form of a [`LoggedEvent`]. `at`, `actor` and `event` are the fields of [`Event`],
 * spelled out so that an event's JSON paths stay `events[3].event.…` with the envelope around.
 */
export interface LoggedEvent {
  actor: Actor;
  /**
   * When it happened.
   */
  at: string;
  event: EventKind;
  hash: EventHash;
  id: EventId;
  /**
   * The event's 0-based position in the log.
   */
  seq: number;
}
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
/**
 * A clinician's approval of an assessment entered after its window closed: who approved it and
 * why. Recorded in the [`EventKind::AssessmentRecorded`] event itself, so the history shows that
 * the entry was late and on whose authority.
 */
export interface LateEntry {
  approved_by: ClinicianId;
  reason: Note;
}
export interface NRS {
  /**
   * 1 answers in item order; null = unanswered
   *
   * @minItems 1
   * @maxItems 1
   */
  answers: [number | null];
  instrument: "nrs";
  recall: "now" | "past_24_hours" | "past_week";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface BPISF {
  /**
   * 11 answers in item order; null = unanswered
   *
   * @minItems 11
   * @maxItems 11
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "bpi_sf";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PEG3 {
  /**
   * 3 answers in item order; null = unanswered
   *
   * @minItems 3
   * @maxItems 3
   */
  answers: [number | null, number | null, number | null];
  instrument: "peg3";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PHQ9 {
  /**
   * 9 answers in item order; null = unanswered
   *
   * @minItems 9
   * @maxItems 9
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "phq9";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PHQ2 {
  /**
   * 2 answers in item order; null = unanswered
   *
   * @minItems 2
   * @maxItems 2
   */
  answers: [number | null, number | null];
  instrument: "phq2";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface GAD7 {
  /**
   * 7 answers in item order; null = unanswered
   *
   * @minItems 7
   * @maxItems 7
   */
  answers: [number | null, number | null, number | null, number | null, number | null, number | null, number | null];
  instrument: "gad7";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface GAD2 {
  /**
   * 2 answers in item order; null = unanswered
   *
   * @minItems 2
   * @maxItems 2
   */
  answers: [number | null, number | null];
  instrument: "gad2";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PCS {
  /**
   * 13 answers in item order; null = unanswered
   *
   * @minItems 13
   * @maxItems 13
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "pcs";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface TSK11 {
  /**
   * 11 answers in item order; null = unanswered
   *
   * @minItems 11
   * @maxItems 11
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "tsk11";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface TSK17 {
  /**
   * 17 answers in item order; null = unanswered
   *
   * @minItems 17
   * @maxItems 17
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "tsk17";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PSEQ {
  /**
   * 10 answers in item order; null = unanswered
   *
   * @minItems 10
   * @maxItems 10
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "pseq";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface ODI {
  /**
   * 10 answers in item order; null = unanswered
   *
   * @minItems 10
   * @maxItems 10
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "odi";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface RMDQ {
  /**
   * 24 answers in item order; null = unanswered
   *
   * @minItems 24
   * @maxItems 24
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "rmdq";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PGIC {
  /**
   * 1 answers in item order; null = unanswered
   *
   * @minItems 1
   * @maxItems 1
   */
  answers: [number | null];
  instrument: "pgic";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface CSI {
  /**
   * 25 answers in item order; null = unanswered
   *
   * @minItems 25
   * @maxItems 25
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "csi";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISDepression8A {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_depression_8a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISAnxiety8A {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_anxiety_8a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISAnger5A {
  /**
   * 5 answers in item order; null = unanswered
   *
   * @minItems 5
   * @maxItems 5
   */
  answers: [number | null, number | null, number | null, number | null, number | null];
  instrument: "promis_anger_5a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISSleepDisturbance8A {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_sleep_disturbance_8a";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PROMISSleepDisturbance8B {
  /**
   * 8 answers in item order; null = unanswered
   *
   * @minItems 8
   * @maxItems 8
   */
  answers: [
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null
  ];
  instrument: "promis_sleep_disturbance_8b";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
export interface PainAttribution {
  /**
   * 3 answers in item order; null = unanswered
   *
   * @minItems 3
   * @maxItems 3
   */
  answers: [number | null, number | null, number | null];
  /**
   * The free-text causes with their blind codes (absent: none listed)
   *
   * @maxItems 20
   */
  causes?:
    | []
    | [CodedCause]
    | [CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause, CodedCause]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ]
    | [
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause,
        CodedCause
      ];
  instrument: "pain_attribution";
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
}
/**
 * One free-text cause the patient listed, with its code once coded.
 */
export interface CodedCause {
  /**
   * The code, or `null` while not yet coded.
   */
  category?: AttributionCategory | null;
  text: Note;
}
export interface NRSScore {
  band: "mild" | "moderate" | "severe";
  instrument: "nrs";
  missing_handling: "complete";
  /**
   * @maxItems 0
   */
  missing_items: [];
  options: ScoringOptions;
  recall: "now" | "past_24_hours" | "past_week";
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
/**
 * Options for [`Response::score_with`](crate::instruments::Response::score_with).
 *
 * ```
 * use pain_reprocessing::instruments::{MissingPolicy, ScoringOptions};
 *
 * let default = ScoringOptions::default();
 * assert_eq!(default.missing(), MissingPolicy::RequireAll);
 * assert_eq!(default.odi_max_missing_sections(), 1);
 * let lenient = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 2 }, 2)?;
 * assert_eq!(lenient.odi_max_missing_sections(), 2);
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface ScoringOptions {
  missing?: MissingPolicy;
  /**
   * ODI: the most unanswered sections (UNVERIFIED; default 1, at most 9).
   */
  odi_max_missing_sections?: number;
}
export interface BPISFScore {
  band: "mild" | "moderate" | "severe" | null;
  instrument: "bpi_sf";
  missing_handling: "complete" | "prorated" | "not_scored";
  /**
   * @maxItems 10
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 2
   */
  subscales:
    | []
    | [
        | {
            missing_handling: "complete" | "prorated";
            subscale: "severity";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete" | "mean_of_answered";
            subscale: "interference";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
      ]
    | [
        (
          | {
              missing_handling: "complete" | "prorated";
              subscale: "severity";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete" | "mean_of_answered";
              subscale: "interference";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete" | "prorated";
              subscale: "severity";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete" | "mean_of_answered";
              subscale: "interference";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ];
  total: number | null;
}
export interface PEG3Score {
  band: null;
  instrument: "peg3";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 2
   */
  missing_items: [] | [number] | [number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PHQ9Score {
  band: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
  instrument: "phq9";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 8
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 1
   */
  safety_flags:
    | []
    | [
        {
          answer: number;
          type: "suicidal_ideation";
        }
      ];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PHQ2Score {
  band: "negative_screen" | "positive_screen";
  instrument: "phq2";
  missing_handling: "complete";
  /**
   * @maxItems 1
   */
  missing_items: [] | [number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface GAD7Score {
  band: "minimal" | "mild" | "moderate" | "severe";
  instrument: "gad7";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 6
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface GAD2Score {
  band: null;
  instrument: "gad2";
  missing_handling: "complete";
  /**
   * @maxItems 1
   */
  missing_items: [] | [number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PCSScore {
  band: "below_threshold" | "clinically_relevant";
  instrument: "pcs";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 12
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 3
   */
  subscales:
    | []
    | [
        | {
            missing_handling: "complete";
            subscale: "rumination";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "magnification";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "helplessness";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "rumination";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "magnification";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "helplessness";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface TSK11Score {
  band: null;
  instrument: "tsk11";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 10
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface TSK17Score {
  band: null;
  instrument: "tsk17";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 16
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number, number, number, number, number]
    | [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number
      ]
    | [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number
      ];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PSEQScore {
  band: "severe" | "moderate" | "mild" | "minimal";
  instrument: "pseq";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 9
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface ODIScore {
  band: "minimal" | "moderate" | "severe" | "crippled" | "bed_bound_or_exaggerating";
  instrument: "odi";
  missing_handling: "complete" | "reduced_denominator";
  /**
   * @maxItems 9
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface RMDQScore {
  band: "recovered" | "not_recovered";
  instrument: "rmdq";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 23
   */
  missing_items: number[];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PGICScore {
  band:
    | "very_much_improved"
    | "much_improved"
    | "minimally_improved"
    | "no_change"
    | "minimally_worse"
    | "much_worse"
    | "very_much_worse";
  instrument: "pgic";
  missing_handling: "complete";
  /**
   * @maxItems 0
   */
  missing_items: [];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface CSIScore {
  band: "subclinical" | "mild" | "moderate" | "severe" | "extreme";
  instrument: "csi";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 24
   */
  missing_items: number[];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISDepression8AScore {
  band: null;
  instrument: "promis_depression_8a";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 7
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISAnxiety8AScore {
  band: null;
  instrument: "promis_anxiety_8a";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 7
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISAnger5AScore {
  band: null;
  instrument: "promis_anger_5a";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 4
   */
  missing_items: [] | [number] | [number, number] | [number, number, number] | [number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISSleepDisturbance8AScore {
  band: null;
  instrument: "promis_sleep_disturbance_8a";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 7
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PROMISSleepDisturbance8BScore {
  band: null;
  instrument: "promis_sleep_disturbance_8b";
  missing_handling: "complete" | "prorated";
  /**
   * @maxItems 7
   */
  missing_items:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 0
   */
  subscales: [];
  /**
   * An exact decimal with at most two decimal places, written as a JSON number.
   */
  total: number;
}
export interface PainAttributionScore {
  band: null;
  coded_causes: CodedCauses;
  instrument: "pain_attribution";
  missing_handling: "not_scored";
  /**
   * @maxItems 3
   */
  missing_items: [] | [number] | [number, number] | [number, number, number];
  options: ScoringOptions;
  rule_version: 1;
  /**
   * @maxItems 0
   */
  safety_flags: [];
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * @maxItems 3
   */
  subscales:
    | []
    | [
        | {
            missing_handling: "complete";
            subscale: "structural";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "mind_brain";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
        | {
            missing_handling: "complete";
            subscale: "structural_vs_mind_brain";
            /**
             * An exact decimal with at most two decimal places, written as a JSON number.
             */
            value: number;
          }
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ]
    | [
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        ),
        (
          | {
              missing_handling: "complete";
              subscale: "structural";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
          | {
              missing_handling: "complete";
              subscale: "structural_vs_mind_brain";
              /**
               * An exact decimal with at most two decimal places, written as a JSON number.
               */
              value: number;
            }
        )
      ];
  total: null;
}
/**
 * The coded causes of a pain-attribution score: counts and the share attributed to mind/brain.
 */
export interface CodedCauses {
  mind_brain_share: MindBrainShare;
  /**
   * Causes coded.
   */
  n_coded: number;
  /**
   * Causes coded mind/brain (at most `n_coded`).
   */
  n_mind_brain: number;
}
/**
 * A treatment goal: the valued activity in the person's words, how progress is measured and the target, the due date, and the dated achievement history. Rules across fields, checked when the document is read: `due` and every entry's `on` are on or after `set_on`; entries never go back in time; no entry follows a final status (`achieved`, `not_achieved`, `abandoned`); an entry's `value` lies in the range of the goal's measure (for example 0-10 for a rating, the instrument's score range for an instrument score).
 */
export interface TreatmentGoal {
  activity: Note;
  /**
   * The day the target should be reached; on or after `set_on`.
   */
  due: string;
  /**
   * The dated achievement history: on or after `set_on`, never going back in time, nothing after
   * a terminal status.
   *
   * @maxItems 1000
   */
  entries?: GoalEntry[];
  id: GoalId;
  legacy_ids?: LegacyIds;
  measure: GoalMeasure;
  /**
   * The document layout version, 2.
   */
  schema_version: 2;
  /**
   * The number of the session it was set at (1 for the first), if any.
   */
  set_at_session?: number | null;
  /**
   * The day the goal was set.
   */
  set_on: string;
}
/**
 * One dated entry in a goal's achievement history: the status, and optionally the measured value
 * (which must fit the goal's measure) and a note.
 */
export interface GoalEntry {
  /**
   * A note (redacted in `Debug`).
   */
  note?: Note | null;
  /**
   * The day of the entry.
   */
  on: string;
  status: GoalStatus;
  /**
   * The measured value, in the measure's units and range.
   */
  value?: Decimal | null;
}
/**
 * A move to a new version of the same protocol.
 *
 * The mapping is explicit: `completed_sessions` is how many of the new protocol's sessions count
 * as already done (sessions are completed in order, so a count is the whole position). It must
 * be exactly the number of sessions the patient completed ([`Program::completed_sessions`],
 * evaluation sessions included): a migration neither invents nor loses a session. Each of those
 * must be of the same kind as the session the patient actually completed at that number, and
 * every assessment already recorded must exist in the new schedule; otherwise the migration is
 * rejected with the reason, never guessed.
 *
 * [`Program::completed_sessions`]: super::Program::completed_sessions
 */
export interface ProtocolMigration {
  completed_sessions: number;
  protocol: Protocol;
}
/**
 * A validated PRT protocol template. See the [module docs](self).
 *
 * Read from JSON, a protocol also meets rules across fields that its schema does not state:
 * physician evaluation sessions come before every treatment session; the treatment sessions fit
 * the treatment window at the cadence (sessions at the weekly cadence need no more days than the
 * window); each timepoint is assessed at most once, in increasing order (baseline, post-treatment,
 * then follow-ups by month). The schema states that there is a treatment session and a baseline
 * and a post-treatment assessment.
 */
export interface Protocol {
  /**
   * @minItems 2
   */
  assessments: unknown[] & [AssessmentSpec, AssessmentSpec, ...AssessmentSpec[]];
  cadence: Cadence;
  id: ProtocolId;
  legacy_ids?: LegacyIds;
  /**
   * The primary outcome: an instrument of the post-treatment assessment, or an item or subscale
   * of one (Boulder: `bpi_sf.item.bpi_5_average`). Absent in documents written before it existed,
   * which read unchanged.
   */
  primary_outcome?: InstrumentKey | null;
  rules: ProgramRules;
  schema_version: 2;
  /**
   * @minItems 1
   * @maxItems 200
   */
  sessions: [PlannedSession, ...PlannedSession[]];
  version: number;
}
/**
 * When an assessment is taken, what it measures, and how far from its anchor it may be taken.
 *
 * The anchor of each timepoint: enrollment for baseline, the end of treatment for post-treatment,
 * and the post-treatment assessment plus the offset in months for a follow-up (clinical reference
 * §1.6 `[S4]`). The window opens `days_before` the anchor and closes `days_after` it; these
 * tolerances are a design choice of each protocol, not trial facts.
 */
export interface AssessmentSpec {
  days_after: number;
  days_before: number;
  /**
   * The instruments given, at least one, none twice.
   *
   * @minItems 1
   */
  instruments: [InstrumentId, ...InstrumentId[]];
  timepoint: Timepoint;
}
/**
 * How often treatment sessions are held and the window they must fit in.
 */
export interface Cadence {
  sessions_per_week: number;
  window_days: number;
}
/**
 * Rules the program applies while running this protocol.
 *
 * A safety flag on any recorded score (PHQ-9 item 9 above 0 or unanswered) and a newly reported
 * red flag always put the program on a safety hold; that is not configurable (clinical reference
 * §2.2 `[S35]` `[S36]`).
 */
export interface ProgramRules {
  missed_sessions_before_review: number;
}
/**
 * One planned session of a protocol. Its number is its 1-based position in
 * [`Protocol::sessions`].
 */
export interface PlannedSession {
  focus: PrtComponent[];
  kind: SessionKind;
  minutes: number;
  modality: Modality;
}
