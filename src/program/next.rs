//! [`Program::next_actions`]: what is due now, by when, and what is overdue.

use std::fmt;

use chrono::{DateTime, Months, TimeDelta, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Program;
use super::state::{ProgramState, Stage};
use crate::intake::Urgency;
use crate::outcomes::Timepoint;
use crate::tagged::tagged_enum;

tagged_enum! {
/// Something a clinician, the patient or the app should do next. JSON: tagged by `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Action {
    tag = "type", wire = ActionWire;
    /// Screen the intake (or screen again once answers are complete).
    ScreenIntake = "screen_intake",
    /// Arrange the medical evaluation screening asked for.
    MedicalEvaluation = "medical_evaluation" {
        /// How soon.
        urgency: Urgency,
    },
    /// A clinician decides on enrollment.
    Enroll = "enroll",
    /// Record the assessment at `timepoint`.
    RecordAssessment = "record_assessment" {
        /// Which assessment.
        timepoint: Timepoint,
        /// When its window opens, if anchored yet.
        #[serde(default, with = "crate::json::rfc3339::OptionDateTime")]
        opens: Option<DateTime<Utc>>,
    },
    /// Book session `number`.
    ScheduleSession = "schedule_session" {
        /// The session's number.
        number: u16,
    },
    /// Hold the booked session `number`.
    HoldSession = "hold_session" {
        /// The session's number.
        number: u16,
        /// When it is booked for.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        scheduled_for: DateTime<Utc>,
    },
    /// Missed sessions reached the protocol's limit: a clinician reviews.
    ReviewMissedSessions = "review_missed_sessions" {
        /// Sessions missed since the last review.
        missed: u16,
        /// The protocol's limit.
        limit: u8,
    },
    /// A safety hold waits for a clinician's resolution.
    ResolveSafetyHold = "resolve_safety_hold" {
        /// Open safety concerns.
        open_concerns: usize,
    },
    /// The program is paused; resume it when ready.
    Resume = "resume",
    /// The patient withdrew with safety concerns unresolved: a clinician follows up.
    FollowUpOpenSafetyConcerns = "follow_up_open_safety_concerns" {
        /// Open safety concerns.
        open_concerns: usize,
    },
    /// The window of the assessment due has closed: a clinician enters it late with a
    /// [`LateEntry`](super::LateEntry) and its reason, or (a follow-up only) a clinician or the
    /// system records it missed so that the next one becomes due.
    AssessmentWindowClosed = "assessment_window_closed" {
        /// Which assessment.
        timepoint: Timepoint,
        /// When its window closed.
        #[serde(with = "crate::json::rfc3339::DateTime")]
        closed: DateTime<Utc>,
        /// Whether it may be recorded missed (follow-ups only).
        missable: bool,
    },
}
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::ScreenIntake => f.write_str("screen the intake"),
            Action::MedicalEvaluation { urgency } => {
                write!(f, "arrange a medical evaluation ({urgency:?})")
            }
            Action::Enroll => f.write_str("decide on enrollment"),
            Action::RecordAssessment { timepoint, .. } => {
                write!(f, "record the {timepoint} assessment")
            }
            Action::ScheduleSession { number } => write!(f, "schedule session {number}"),
            Action::HoldSession {
                number,
                scheduled_for,
            } => write!(f, "hold session {number} at {scheduled_for}"),
            Action::ReviewMissedSessions { missed, limit } => write!(
                f,
                "review missed sessions ({missed} missed; the limit is {limit})"
            ),
            Action::ResolveSafetyHold { open_concerns } => write!(
                f,
                "clinician: resolve the safety hold ({open_concerns} open concern(s))"
            ),
            Action::Resume => f.write_str("resume the paused program"),
            Action::FollowUpOpenSafetyConcerns { open_concerns } => write!(
                f,
                "clinician: follow up {open_concerns} safety concern(s) left open at withdrawal"
            ),
            Action::AssessmentWindowClosed {
                timepoint,
                missable,
                ..
            } => write!(
                f,
                "the {timepoint} assessment window closed: a clinician enters it late with a reason{}",
                if *missable {
                    ", or records it missed"
                } else {
                    ""
                }
            ),
        }
    }
}

/// An [`Action`] with its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct NextAction {
    action: Action,
    #[serde(default, with = "crate::json::rfc3339::OptionDateTime")]
    due: Option<DateTime<Utc>>,
    overdue: bool,
}

impl NextAction {
    fn new(action: Action, due: Option<DateTime<Utc>>, now: DateTime<Utc>) -> NextAction {
        NextAction {
            action,
            due,
            overdue: due.is_some_and(|due| now > due),
        }
    }

    /// What to do.
    pub fn action(&self) -> Action {
        self.action
    }

    /// The deadline, where the protocol gives one.
    pub fn due(&self) -> Option<DateTime<Utc>> {
        self.due
    }

    /// Whether the deadline has passed.
    pub fn is_overdue(&self) -> bool {
        self.overdue
    }
}

impl fmt::Display for NextAction {
    /// The action, then `(due …)` or `(OVERDUE since …)` where there is a deadline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.action)?;
        match (self.due, self.overdue) {
            (Some(due), true) => write!(f, " (OVERDUE since {})", due.format("%Y-%m-%d %H:%M")),
            (Some(due), false) => write!(f, " (due by {})", due.format("%Y-%m-%d %H:%M")),
            (None, _) => Ok(()),
        }
    }
}

fn plus_days(at: DateTime<Utc>, days: u32) -> Option<DateTime<Utc>> {
    at.checked_add_signed(TimeDelta::days(i64::from(days)))
}

fn minus_days(at: DateTime<Utc>, days: u16) -> Option<DateTime<Utc>> {
    at.checked_sub_signed(TimeDelta::days(i64::from(days)))
}

impl Program {
    /// What is due at `now`, most urgent first: a safety hold before anything else.
    ///
    /// Deadlines come from the protocol: assessment windows around their anchors (enrollment, the
    /// end of treatment, the post-treatment assessment plus the follow-up offset): the assessment
    /// due is [`Action::RecordAssessment`] with its window, due by its close, and once the window
    /// has closed [`Action::AssessmentWindowClosed`] (overdue). Every session has a due day: a
    /// treatment session after the first at the protocol's cadence from the first treatment session
    /// (`ceil(k × 7 / per week)` days), and the others (each evaluation session, and the first
    /// treatment session) one cadence interval (`ceil(7 / per week)` days) after the session before
    /// it, or after the baseline assessment for session 1. That interval is this crate's design
    /// choice, not a trial fact. Screening and enrollment have no deadline.
    pub fn next_actions(&self, now: DateTime<Utc>) -> Vec<NextAction> {
        let progress = &self.progress;
        let mut actions = Vec::new();
        let concerns = progress.open_concerns.len();
        match self.state {
            ProgramState::SafetyHold { .. } => {
                actions.push(NextAction::new(
                    Action::ResolveSafetyHold {
                        open_concerns: concerns,
                    },
                    progress.hold_since,
                    now,
                ));
                return actions;
            }
            ProgramState::Paused { .. } => {
                actions.push(NextAction::new(Action::Resume, None, now));
                return actions;
            }
            ProgramState::Withdrawn { .. } if concerns > 0 => {
                actions.push(NextAction::new(
                    Action::FollowUpOpenSafetyConcerns {
                        open_concerns: concerns,
                    },
                    progress.hold_since,
                    now,
                ));
                return actions;
            }
            state if state.is_terminal() => return actions,
            _ => {}
        }
        match self.state.stage() {
            Stage::Referred | Stage::Screening | Stage::NotEligible => {
                actions.push(NextAction::new(Action::ScreenIntake, None, now));
            }
            Stage::AwaitingMedicalEvaluation { urgency } => {
                actions.push(NextAction::new(
                    Action::MedicalEvaluation { urgency },
                    None,
                    now,
                ));
            }
            Stage::Eligible => actions.push(NextAction::new(Action::Enroll, None, now)),
            Stage::Evaluation { .. } | Stage::InTreatment { .. } => {
                actions.push(self.next_session(now));
                let limit = self.protocol.rules().missed_sessions_before_review();
                if progress.missed_since_review >= u16::from(limit) {
                    actions.push(NextAction::new(
                        Action::ReviewMissedSessions {
                            missed: progress.missed_since_review,
                            limit,
                        },
                        None,
                        now,
                    ));
                }
            }
            Stage::BaselineAssessment | Stage::PostTreatmentAssessment | Stage::FollowUp { .. } => {
                if let Some(action) = self.assessment_action(now) {
                    actions.push(action);
                }
                // The evaluation session may be booked while the baseline is pending.
                if self.state.stage() == (Stage::BaselineAssessment)
                    && let Some(Some(at)) = progress.scheduled.first()
                {
                    actions.push(NextAction::new(
                        Action::HoldSession {
                            number: 1,
                            scheduled_for: *at,
                        },
                        Some(*at),
                        now,
                    ));
                }
            }
            Stage::Completed => {}
        }
        actions
    }

    fn next_session(&self, now: DateTime<Utc>) -> NextAction {
        let progress = &self.progress;
        let number = progress.completed_sessions + 1;
        let booked = progress
            .scheduled
            .get(usize::from(number).saturating_sub(1))
            .copied()
            .flatten();
        let evaluations = self.protocol.evaluation_session_count();
        let cadence = self.protocol.cadence();
        let previous = if number == 1 {
            progress.baseline_at
        } else {
            progress.last_session_at
        };
        let one_interval = previous.and_then(|at| plus_days(at, cadence.due_offset_days(1)));
        let deadline = match number.checked_sub(evaluations + 1) {
            // Treatment session k (0-based) is due ceil(k × 7 / per week) days after the first.
            Some(k) if k > 0 => progress
                .treatment_started_at
                .and_then(|first| plus_days(first, cadence.due_offset_days(k)))
                .or(one_interval),
            // An evaluation session, or the first treatment session: one interval after the last.
            _ => one_interval,
        };
        match booked {
            Some(at) => NextAction::new(
                Action::HoldSession {
                    number,
                    scheduled_for: at,
                },
                Some(at),
                now,
            ),
            None => NextAction::new(Action::ScheduleSession { number }, deadline, now),
        }
    }

    /// The window of the assessment at `timepoint`, `(opens, closes)`, once its anchor is known:
    /// from `days_before` to `days_after` the anchor (enrollment for the baseline, the end of
    /// treatment for the post-treatment assessment, the post-treatment assessment plus the offset
    /// in months for a follow-up).
    pub(super) fn window(&self, timepoint: Timepoint) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let spec = self.protocol.assessment(timepoint)?;
        let anchor = match timepoint {
            Timepoint::Baseline => self.progress.enrolled_at,
            Timepoint::PostTreatment => self.progress.treatment_ended_at,
            Timepoint::FollowUp { months } => self
                .progress
                .post_treatment_at
                .and_then(|at| at.checked_add_months(Months::new(u32::from(months)))),
        }?;
        Some((
            minus_days(anchor, spec.days_before())?,
            plus_days(anchor, u32::from(spec.days_after()))?,
        ))
    }

    fn assessment_action(&self, now: DateTime<Utc>) -> Option<NextAction> {
        let timepoint = self.due_timepoint()?;
        let window = self.window(timepoint);
        if let Some((_, closes)) = window
            && now > closes
        {
            return Some(NextAction::new(
                Action::AssessmentWindowClosed {
                    timepoint,
                    closed: closes,
                    missable: matches!(timepoint, Timepoint::FollowUp { .. }),
                },
                Some(closes),
                now,
            ));
        }
        Some(NextAction::new(
            Action::RecordAssessment {
                timepoint,
                opens: window.map(|(opens, _)| opens),
            },
            window.map(|(_, closes)| closes),
            now,
        ))
    }
}
