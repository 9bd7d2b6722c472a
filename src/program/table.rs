//! The transition table: which event may move a program from which state to which.
//!
//! It is the single source of truth at the level of state *names*: [`Program::apply`] refuses any
//! event the table does not list for the current state, before looking at the event's data, and
//! [`state_diagram`] draws the same table. Guards on the data (the session number, the timepoint,
//! the instruments) come after, in the program itself.
//!
//! [`Program::apply`]: super::Program::apply

use std::fmt::Write;

use super::event::EventType;
use super::state::StateKind;

/// A set of states a table row starts from or may end in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sources {
    /// Exactly these states.
    Only(&'static [StateKind]),
    /// Every state that is not terminal.
    AnyOpen,
    /// Every open state except the safety hold.
    AnyOpenExceptHold,
}

const PRE_ENROLLMENT: &[StateKind] = &[
    StateKind::Referred,
    StateKind::Screening,
    StateKind::AwaitingMedicalEvaluation,
    StateKind::NotEligible,
    StateKind::Eligible,
];

const ENROLLED_OPEN: &[StateKind] = &[
    StateKind::BaselineAssessment,
    StateKind::Evaluation,
    StateKind::InTreatment,
    StateKind::PostTreatmentAssessment,
    StateKind::FollowUp,
];

/// Where goals are set and followed: from the evaluation session on, while the program runs.
const GOAL_STAGES: &[StateKind] = &[
    StateKind::Evaluation,
    StateKind::InTreatment,
    StateKind::PostTreatmentAssessment,
    StateKind::FollowUp,
];

const SCREENING_RESULTS: &[StateKind] = &[
    StateKind::Eligible,
    StateKind::AwaitingMedicalEvaluation,
    StateKind::NotEligible,
    StateKind::Screening,
    StateKind::SafetyHold,
];

/// Every open state: where an unscheduled assessment leaves the program (where it was, or on hold).
const OPEN: &[StateKind] = &[
    StateKind::Referred,
    StateKind::Screening,
    StateKind::AwaitingMedicalEvaluation,
    StateKind::NotEligible,
    StateKind::Eligible,
    StateKind::BaselineAssessment,
    StateKind::Evaluation,
    StateKind::InTreatment,
    StateKind::PostTreatmentAssessment,
    StateKind::FollowUp,
    StateKind::Paused,
    StateKind::SafetyHold,
];

/// One row: from these states, this event may lead to those states.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row {
    pub(crate) from: Sources,
    pub(crate) event: EventType,
    pub(crate) to: &'static [StateKind],
}

const fn row(from: Sources, event: EventType, to: &'static [StateKind]) -> Row {
    Row { from, event, to }
}

use Sources::{AnyOpen, AnyOpenExceptHold, Only};
use StateKind as S;

/// The table. Rows are listed in the order of the path from referral to follow-up.
pub(crate) const TABLE: &[Row] = &[
    row(
        Only(PRE_ENROLLMENT),
        EventType::IntakeScreened,
        SCREENING_RESULTS,
    ),
    row(
        Only(PRE_ENROLLMENT),
        EventType::RedFlagCleared,
        PRE_ENROLLMENT,
    ),
    row(
        Only(&[S::Eligible]),
        EventType::Enrolled,
        &[S::BaselineAssessment],
    ),
    row(
        Only(&[S::BaselineAssessment]),
        EventType::AssessmentRecorded,
        &[S::Evaluation, S::InTreatment, S::SafetyHold],
    ),
    row(
        Only(&[S::BaselineAssessment, S::Evaluation, S::InTreatment]),
        EventType::SessionScheduled,
        &[S::BaselineAssessment, S::Evaluation, S::InTreatment],
    ),
    row(
        Only(&[S::BaselineAssessment, S::Evaluation, S::InTreatment]),
        EventType::SessionCancelled,
        &[S::BaselineAssessment, S::Evaluation, S::InTreatment],
    ),
    row(
        Only(&[S::Evaluation]),
        EventType::SessionCompleted,
        &[S::Evaluation, S::InTreatment],
    ),
    row(
        Only(&[S::InTreatment]),
        EventType::SessionCompleted,
        &[S::InTreatment, S::PostTreatmentAssessment],
    ),
    row(
        Only(&[S::Evaluation, S::InTreatment]),
        EventType::SessionMissed,
        &[S::Evaluation, S::InTreatment],
    ),
    row(
        Only(&[S::Evaluation, S::InTreatment]),
        EventType::MissedSessionsReviewed,
        &[S::Evaluation, S::InTreatment],
    ),
    row(
        Only(&[S::InTreatment]),
        EventType::TreatmentEndedEarly,
        &[S::PostTreatmentAssessment],
    ),
    row(
        Only(&[S::PostTreatmentAssessment, S::FollowUp]),
        EventType::AssessmentRecorded,
        &[S::FollowUp, S::Completed, S::SafetyHold],
    ),
    row(
        Only(&[S::FollowUp]),
        EventType::AssessmentMissed,
        &[S::FollowUp, S::Completed],
    ),
    row(AnyOpen, EventType::SafetyConcernRaised, &[S::SafetyHold]),
    row(
        Only(&[S::SafetyHold]),
        EventType::SafetyConcernResolved,
        &[
            S::Screening,
            S::AwaitingMedicalEvaluation,
            S::NotEligible,
            S::Eligible,
            S::Referred,
            S::BaselineAssessment,
            S::Evaluation,
            S::InTreatment,
            S::PostTreatmentAssessment,
            S::FollowUp,
            S::Completed,
            S::Paused,
        ],
    ),
    row(Only(ENROLLED_OPEN), EventType::Paused, &[S::Paused]),
    row(Only(&[S::Paused]), EventType::Resumed, ENROLLED_OPEN),
    row(Only(GOAL_STAGES), EventType::GoalSet, GOAL_STAGES),
    row(
        Only(GOAL_STAGES),
        EventType::GoalProgressRecorded,
        GOAL_STAGES,
    ),
    row(AnyOpen, EventType::Withdrawn, &[S::Withdrawn]),
    row(AnyOpenExceptHold, EventType::Discharged, &[S::Discharged]),
    row(
        Only(&[
            S::BaselineAssessment,
            S::Evaluation,
            S::InTreatment,
            S::PostTreatmentAssessment,
            S::FollowUp,
            S::Paused,
        ]),
        EventType::ProtocolMigrated,
        &[
            S::BaselineAssessment,
            S::Evaluation,
            S::InTreatment,
            S::PostTreatmentAssessment,
            S::FollowUp,
            S::Paused,
        ],
    ),
    row(
        Only(&[S::BaselineAssessment]),
        EventType::AssessmentRecordedWithoutAnswers,
        &[S::Evaluation, S::InTreatment, S::SafetyHold],
    ),
    row(
        Only(&[S::PostTreatmentAssessment, S::FollowUp]),
        EventType::AssessmentRecordedWithoutAnswers,
        &[S::FollowUp, S::Completed, S::SafetyHold],
    ),
    row(AnyOpen, EventType::UnscheduledAssessmentRecorded, OPEN),
];

fn is_open(kind: StateKind) -> bool {
    !matches!(
        kind,
        StateKind::Completed | StateKind::Withdrawn | StateKind::Discharged
    )
}

impl Sources {
    fn contains(self, kind: StateKind) -> bool {
        match self {
            Only(kinds) => kinds.contains(&kind),
            AnyOpen => is_open(kind),
            AnyOpenExceptHold => is_open(kind) && kind != StateKind::SafetyHold,
        }
    }
}

/// The states `event` may lead to from `from`; empty when the table does not allow it.
pub(crate) fn targets(from: StateKind, event: EventType) -> impl Iterator<Item = StateKind> {
    TABLE
        .iter()
        .filter(move |row| row.event == event && row.from.contains(from))
        .flat_map(|row| row.to.iter().copied())
}

/// Whether the table lets `event` happen in state `from`.
pub fn is_allowed(from: StateKind, event: EventType) -> bool {
    targets(from, event).next().is_some()
}

/// The transition table as a Mermaid state diagram.
///
/// Each table row becomes one arrow per source and target, labelled with the event; rows that
/// apply to every open state are drawn once from a note-like `AnyOpen` node, so the picture stays
/// readable. `docs/state-machine.md` embeds exactly this text, and a test keeps the two identical.
///
/// ```
/// let diagram = pain_reprocessing::program::state_diagram();
/// assert!(diagram.starts_with("stateDiagram-v2"));
/// assert!(diagram.contains("Eligible --> BaselineAssessment : enrolled"));
/// ```
pub fn state_diagram() -> String {
    let mut out = String::from("stateDiagram-v2\n    [*] --> Referred\n");
    for row in TABLE {
        let sources: Vec<&str> = match row.from {
            Only(kinds) => kinds.iter().map(|k| k.diagram_name()).collect(),
            AnyOpen => vec!["AnyOpen"],
            AnyOpenExceptHold => vec!["AnyOpenExceptHold"],
        };
        for source in &sources {
            for target in row.to {
                let _ = writeln!(
                    out,
                    "    {source} --> {} : {}",
                    target.diagram_name(),
                    row.event.as_str()
                );
            }
        }
    }
    for terminal in [
        StateKind::Completed,
        StateKind::Withdrawn,
        StateKind::Discharged,
    ] {
        let _ = writeln!(out, "    {} --> [*]", terminal.diagram_name());
    }
    out.push_str("    note right of AnyOpen\n        every state but Completed, Withdrawn and Discharged\n    end note\n");
    out.push_str("    note right of AnyOpenExceptHold\n        every open state but SafetyHold\n    end note\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_states_allow_nothing() {
        for terminal in [
            StateKind::Completed,
            StateKind::Withdrawn,
            StateKind::Discharged,
        ] {
            for event in EventType::ALL {
                assert!(!is_allowed(terminal, event), "{terminal} {event}");
            }
        }
    }

    #[test]
    fn a_safety_hold_allows_only_raise_resolve_withdraw_and_unscheduled_assessments() {
        let allowed: Vec<EventType> = EventType::ALL
            .into_iter()
            .filter(|&e| is_allowed(StateKind::SafetyHold, e))
            .collect();
        assert_eq!(
            allowed,
            [
                EventType::SafetyConcernRaised,
                EventType::SafetyConcernResolved,
                EventType::Withdrawn,
                EventType::UnscheduledAssessmentRecorded
            ]
        );
    }

    #[test]
    fn every_state_and_event_appears() {
        for kind in StateKind::ALL {
            let reachable =
                kind == StateKind::Referred || TABLE.iter().any(|row| row.to.contains(&kind));
            assert!(reachable, "{kind} is unreachable");
        }
        // A void corrects the record in any state and is not a step of the table (void.rs).
        for event in EventType::ALL
            .into_iter()
            .filter(|&e| e != EventType::EventVoided)
        {
            assert!(TABLE.iter().any(|row| row.event == event), "{event} unused");
        }
    }

    #[test]
    fn diagram_lists_every_row() {
        let diagram = state_diagram();
        assert!(diagram.contains("Referred --> Eligible : intake_screened"));
        assert!(
            diagram.contains("InTreatment --> PostTreatmentAssessment : treatment_ended_early")
        );
        assert!(diagram.contains("AnyOpen --> SafetyHold : safety_concern_raised"));
        assert!(diagram.contains("SafetyHold --> InTreatment : safety_concern_resolved"));
        assert!(diagram.contains("Completed --> [*]"));
    }
}
