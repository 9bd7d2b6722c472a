//! [`ProgramReport`]: a program's situation at a moment, as a small document for dashboards and
//! other languages.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Program;
use super::next::NextAction;
use super::state::ProgramState;
use super::void::VoidedEvent;
use crate::goals::{GoalId, GoalStatus, TreatmentGoal};
use crate::protocol::ProtocolId;
use crate::version::Current;
use crate::{Decimal, ProgramId};

/// Where a program stands at `as_of`: its state, progress, open safety concerns and what is due.
/// It names no patient.
///
/// ```
/// use pain_reprocessing::program::Program;
/// use pain_reprocessing::protocol::Protocol;
/// use pain_reprocessing::{PatientId, ProgramId};
///
/// let program = Program::new(ProgramId::new("p-1")?, PatientId::new("pt-1")?, Protocol::general_clinical());
/// let report = program.report("2026-01-05T09:00:00Z".parse()?);
/// let json = serde_json::to_value(&report)?;
/// assert_eq!(json["state"]["stage"]["stage"], "referred");
/// assert_eq!(json["next_actions"][0]["action"]["type"], "screen_intake");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ProgramReport {
    schema_version: Current<ProgramReport>,
    program_id: ProgramId,
    protocol_id: ProtocolId,
    #[schemars(range(min = 1))]
    protocol_version: u32,
    #[serde(with = "crate::json::rfc3339::DateTime")]
    as_of: DateTime<Utc>,
    state: ProgramState,
    completed_sessions: u16,
    open_safety_concerns: u32,
    next_actions: Vec<NextAction>,
    /// Each treatment goal's standing (absent when no goal was set).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    goals: Vec<GoalReport>,
    /// The events of the log voided by a clinician, each with its void (absent when none was).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    voided_events: Vec<VoidedEvent>,
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// (absent when none was): mapped id -> text as stored before the alphabet.
    #[serde(default, skip_serializing_if = "crate::id::LegacyIds::is_empty")]
    legacy_ids: crate::id::LegacyIds,
}

/// One treatment goal's standing in a [`ProgramReport`]: its status, the latest measured value,
/// whether that value meets the target, and whether the goal is past its due date while still open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct GoalReport {
    goal_id: GoalId,
    status: GoalStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    latest_value: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target_met: Option<bool>,
    overdue: bool,
}

impl GoalReport {
    fn of(goal: &TreatmentGoal, today: NaiveDate) -> GoalReport {
        let latest_value = goal.latest_value();
        GoalReport {
            goal_id: goal.id().clone(),
            status: goal.status(),
            latest_value,
            target_met: latest_value.map(|value| goal.measure().target_met(value)),
            overdue: goal.overdue(today),
        }
    }

    /// The goal's id.
    pub fn goal_id(&self) -> &GoalId {
        &self.goal_id
    }

    /// The goal's current status.
    pub fn status(&self) -> GoalStatus {
        self.status
    }

    /// The latest measured value, if one was recorded.
    pub fn latest_value(&self) -> Option<Decimal> {
        self.latest_value
    }

    /// Whether the latest value meets the target (`None` before any value).
    pub fn target_met(&self) -> Option<bool> {
        self.target_met
    }

    /// Whether the goal is past its due date and still open.
    pub fn is_overdue(&self) -> bool {
        self.overdue
    }
}

impl ProgramReport {
    /// The original text of every id a reader mapped because it was outside the id alphabet
    /// ([`LegacyIds`](crate::id::LegacyIds)); empty for a document whose ids always were in it.
    pub fn legacy_ids(&self) -> &crate::id::LegacyIds {
        &self.legacy_ids
    }

    /// Each treatment goal's standing.
    pub fn goals(&self) -> &[GoalReport] {
        &self.goals
    }

    /// The state.
    pub fn state(&self) -> ProgramState {
        self.state
    }

    /// What is due, most urgent first.
    pub fn next_actions(&self) -> &[NextAction] {
        &self.next_actions
    }

    /// Safety concerns not yet resolved.
    pub fn open_safety_concerns(&self) -> u32 {
        self.open_safety_concerns
    }

    /// The voided events of the log, with their voids.
    pub fn voided_events(&self) -> &[VoidedEvent] {
        &self.voided_events
    }
}

impl Program {
    /// The program's situation at `as_of`.
    pub fn report(&self, as_of: DateTime<Utc>) -> ProgramReport {
        ProgramReport {
            legacy_ids: self.legacy_ids.without(self.patient.as_str()),
            schema_version: Current::new(),
            program_id: self.id.clone(),
            protocol_id: self.protocol.id().clone(),
            protocol_version: self.protocol.version(),
            as_of,
            state: self.state,
            completed_sessions: self.progress.completed_sessions,
            open_safety_concerns: u32::try_from(self.progress.open_concerns.len())
                .unwrap_or(u32::MAX),
            next_actions: self.next_actions(as_of),
            goals: self
                .progress
                .goals
                .iter()
                .map(|goal| GoalReport::of(goal, as_of.date_naive()))
                .collect(),
            voided_events: self.voided_events(),
        }
    }
}
