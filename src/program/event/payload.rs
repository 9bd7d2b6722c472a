//! The structured parts of some payloads: [`EarlyEndReason`], [`LateEntry`] and
//! [`ProtocolMigration`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::EventKind;
use crate::protocol::Protocol;
use crate::{ClinicianId, Note};

/// Why a clinician ended treatment before all planned sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EarlyEndReason {
    /// Pain resolved; further sessions not needed.
    Recovered,
    /// Too many sessions missed to continue.
    Adherence,
    /// A clinical reason, recorded elsewhere.
    Clinical,
    /// Another reason.
    Other,
}

/// A clinician's approval of an assessment entered after its window closed: who approved it and
/// why. Recorded in the [`EventKind::AssessmentRecorded`] event itself, so the history shows that
/// the entry was late and on whose authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct LateEntry {
    approved_by: ClinicianId,
    reason: Note,
}

impl LateEntry {
    /// A late entry approved by `approved_by` for `reason`.
    pub fn new(approved_by: ClinicianId, reason: Note) -> LateEntry {
        LateEntry {
            approved_by,
            reason,
        }
    }

    /// The clinician who approved the late entry.
    pub fn approved_by(&self) -> &ClinicianId {
        &self.approved_by
    }

    /// Why the assessment was entered late (patient data: redacted in `Debug`).
    pub fn reason(&self) -> &Note {
        &self.reason
    }
}

/// A move to a new version of the same protocol.
///
/// The mapping is explicit: `completed_sessions` is how many of the new protocol's sessions count
/// as already done (sessions are completed in order, so a count is the whole position). It must
/// be exactly the number of sessions the patient completed ([`Program::completed_sessions`],
/// evaluation sessions included): a migration neither invents nor loses a session. Each of those
/// must be of the same kind as the session the patient actually completed at that number, and
/// every assessment already recorded must exist in the new schedule; otherwise the migration is
/// rejected with the reason, never guessed.
///
/// [`Program::completed_sessions`]: super::Program::completed_sessions
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ProtocolMigration {
    protocol: Protocol,
    completed_sessions: u16,
}

impl ProtocolMigration {
    /// A migration to `protocol`, counting `completed_sessions` of it as done.
    pub fn new(protocol: Protocol, completed_sessions: u16) -> ProtocolMigration {
        ProtocolMigration {
            protocol,
            completed_sessions,
        }
    }

    /// The new protocol.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// Sessions of the new protocol that count as completed.
    pub fn completed_sessions(&self) -> u16 {
        self.completed_sessions
    }
}
