//! [`ProgramReport`]: a program's situation at a moment, as a small document for dashboards and
//! other languages.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Program;
use super::log::EVENT_LOG_SCHEMA_VERSION;
use super::next::NextAction;
use super::state::ProgramState;
use crate::ProgramId;
use crate::protocol::ProtocolId;

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
    #[schemars(range(min = 1, max = 1))]
    schema_version: u16,
    program_id: ProgramId,
    protocol_id: ProtocolId,
    #[schemars(range(min = 1))]
    protocol_version: u32,
    as_of: DateTime<Utc>,
    state: ProgramState,
    completed_sessions: u16,
    open_safety_concerns: u32,
    next_actions: Vec<NextAction>,
}

impl ProgramReport {
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
}

impl Program {
    /// The program's situation at `as_of`.
    pub fn report(&self, as_of: DateTime<Utc>) -> ProgramReport {
        ProgramReport {
            schema_version: EVENT_LOG_SCHEMA_VERSION,
            program_id: self.id.clone(),
            protocol_id: self.protocol.id().clone(),
            protocol_version: self.protocol.version(),
            as_of,
            state: self.state,
            completed_sessions: self.progress.completed_sessions,
            open_safety_concerns: u32::try_from(self.progress.open_concerns.len())
                .unwrap_or(u32::MAX),
            next_actions: self.next_actions(as_of),
        }
    }
}
