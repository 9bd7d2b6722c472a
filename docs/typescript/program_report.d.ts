/* Generated from docs/schemas/program_report.schema.json by .ci/generate_typescript.mjs; do not edit. */

/**
 * A goal id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type GoalId = string;
/**
 * An exact decimal with at most two decimal places, written as a JSON number.
 */
export type Decimal = number;
/**
 * Where a goal stands, as recorded on a dated goal entry.
 *
 * `achieved`, `not_achieved` and `abandoned` are terminal: no entry may follow them.
 */
export type GoalStatus =
  "in_progress" | "improving" | "worsening" | "no_change" | "achieved" | "not_achieved" | "abandoned";
/**
 * Something a clinician, the patient or the app should do next. JSON: tagged by `type`.
 */
export type Action =
  | {
      type: "screen_intake";
    }
  | {
      type: "medical_evaluation";
      urgency: Urgency;
    }
  | {
      type: "enroll";
    }
  | {
      /**
       * When its window opens, if anchored yet.
       */
      opens?: string | null;
      timepoint: Timepoint;
      type: "record_assessment";
    }
  | {
      /**
       * The session's number.
       */
      number: number;
      type: "schedule_session";
    }
  | {
      /**
       * The session's number.
       */
      number: number;
      /**
       * When it is booked for.
       */
      scheduled_for: string;
      type: "hold_session";
    }
  | {
      /**
       * The protocol's limit.
       */
      limit: number;
      /**
       * Sessions missed since the last review.
       */
      missed: number;
      type: "review_missed_sessions";
    }
  | {
      /**
       * Open safety concerns.
       */
      open_concerns: number;
      type: "resolve_safety_hold";
    }
  | {
      type: "resume";
    }
  | {
      /**
       * Open safety concerns.
       */
      open_concerns: number;
      type: "follow_up_open_safety_concerns";
    }
  | {
      /**
       * When its window closed.
       */
      closed: string;
      /**
       * Whether it may be recorded missed (follow-ups only).
       */
      missable: boolean;
      timepoint: Timepoint;
      type: "assessment_window_closed";
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
 * A program id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ProgramId = string;
/**
 * A protocol id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type ProtocolId = string;
/**
 * The state of a program: a [`Stage`], and what is overlaid on it.
 *
 * A pause and a safety hold both remember the stage to resume; a safety hold pre-empts everything
 * and is left only by a clinician's recorded resolution. Withdrawn, discharged and completed
 * programs accept no further events.
 */
export type ProgramState =
  | {
      stage: Stage;
      state: "active";
    }
  | {
      stage: Stage;
      state: "paused";
    }
  | {
      /**
       * Whether the program was paused when the hold began (it stays paused after resolution).
       */
      paused: boolean;
      stage: Stage;
      state: "safety_hold";
    }
  | {
      reason: WithdrawalReason;
      stage: Stage;
      state: "withdrawn";
    }
  | {
      reason: DischargeReason;
      stage: Stage;
      state: "discharged";
    };
/**
 * Where a patient is on the path from referral to follow-up (clinical reference §1.9, a design
 * suggestion derived from the Boulder protocol).
 */
export type Stage =
  | {
      stage: "referred";
    }
  | {
      stage: "screening";
    }
  | {
      stage: "awaiting_medical_evaluation";
      urgency: Urgency;
    }
  | {
      stage: "not_eligible";
    }
  | {
      stage: "eligible";
    }
  | {
      stage: "baseline_assessment";
    }
  | {
      /**
       * Evaluation sessions completed (the first sessions of the protocol).
       */
      completed: number;
      /**
       * Evaluation sessions planned.
       */
      planned: number;
      stage: "evaluation";
    }
  | {
      /**
       * Treatment sessions completed, evaluation sessions not counted
       * ([`Program::completed_sessions`](super::Program::completed_sessions) counts every
       * session).
       */
      completed: number;
      /**
       * Treatment sessions planned.
       */
      planned: number;
      stage: "in_treatment";
    }
  | {
      stage: "post_treatment_assessment";
    }
  | {
      next: Timepoint;
      stage: "follow_up";
    }
  | {
      stage: "completed";
    };
/**
 * Why a patient withdrew.
 */
export type WithdrawalReason = "patient_choice" | "lost_to_contact" | "relocated" | "other";
/**
 * Why a clinician discharged a patient before completion.
 */
export type DischargeReason = "goals_met" | "referred_elsewhere" | "not_eligible" | "unsuitable" | "other";
/**
 * The name of an event kind, without its data: the labels of the state diagram.
 */
export type EventType =
  | "intake_screened"
  | "red_flag_cleared"
  | "enrolled"
  | "assessment_recorded"
  | "session_scheduled"
  | "session_completed"
  | "session_missed"
  | "session_cancelled"
  | "missed_sessions_reviewed"
  | "treatment_ended_early"
  | "safety_concern_raised"
  | "safety_concern_resolved"
  | "paused"
  | "resumed"
  | "withdrawn"
  | "discharged"
  | "goal_set"
  | "goal_progress_recorded"
  | "protocol_migrated"
  | "assessment_missed"
  | "assessment_recorded_without_answers"
  | "unscheduled_assessment_recorded"
  | "event_voided";
/**
 * A event id: 1-64 of the characters A-Z a-z 0-9 - . _ (not "." or ".."); safe as a file name.
 */
export type EventId = string;
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
 * Where a program stands at `as_of`: its state, progress, open safety concerns and what is due.
 * It names no patient.
 *
 * ```
 * use pain_reprocessing::program::Program;
 * use pain_reprocessing::protocol::Protocol;
 * use pain_reprocessing::{PatientId, ProgramId};
 *
 * let program = Program::new(ProgramId::new("p-1")?, PatientId::new("pt-1")?, Protocol::general_clinical());
 * let report = program.report("2026-01-05T09:00:00Z".parse()?);
 * let json = serde_json::to_value(&report)?;
 * assert_eq!(json["state"]["stage"]["stage"], "referred");
 * assert_eq!(json["next_actions"][0]["action"]["type"], "screen_intake");
 * # Ok::<(), Box<dyn std::error::Error>>(())
 * ```
 */
export interface ProgramReport {
  as_of: string;
  completed_sessions: number;
  /**
   * Each treatment goal's standing (absent when no goal was set).
   */
  goals?: GoalReport[];
  legacy_ids?: LegacyIds;
  next_actions: NextAction[];
  open_safety_concerns: number;
  program_id: ProgramId;
  protocol_id: ProtocolId;
  protocol_version: number;
  /**
   * The document layout version: 2 is written; 1-2 have the same layout.
   */
  schema_version: 1 | 2;
  state: ProgramState;
  /**
   * The events of the log voided by a clinician, each with its void (absent when none was).
   */
  voided_events?: VoidedEvent[];
}
/**
 * One treatment goal's standing in a [`ProgramReport`]: its status, the latest measured value,
 * whether that value meets the target, and whether the goal is past its due date while still open.
 */
export interface GoalReport {
  goal_id: GoalId;
  latest_value?: Decimal | null;
  overdue: boolean;
  status: GoalStatus;
  target_met?: boolean | null;
}
/**
 * The original text of every id a reader mapped because it was outside the id alphabet: the mapped id (`x-` and the first 32 hex digits of the SHA-256 of the text) -> the text as stored before the alphabet.
 */
export interface LegacyIds {
  [k: string]: string | undefined;
}
/**
 * An [`Action`] with its deadline.
 */
export interface NextAction {
  action: Action;
  due?: string | null;
  overdue: boolean;
}
/**
 * One voided event of a program's log, as reports show it.
 */
export interface VoidedEvent {
  /**
   * When it was recorded.
   */
  at: string;
  event_type: EventType;
  id: EventId;
  /**
   * The voided event's sequence number.
   */
  seq: number;
  /**
   * When it was voided.
   */
  voided_at: string;
  voided_by: Actor;
  /**
   * The sequence number of the void.
   */
  voided_by_seq: number;
}
