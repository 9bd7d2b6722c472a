//! History and replay: the [`EventLog`] document, [`Program::replay`], and the program snapshot
//! that is checked against its own history when read.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::event::Event;
use super::state::{ProgramState, StateKind};
use super::{Program, TransitionError};
use crate::json::ToWhole;
use crate::protocol::Protocol;
use crate::{PatientId, ProgramId};

/// The version of the event log and program snapshot document formats this crate writes.
pub const EVENT_LOG_SCHEMA_VERSION: u16 = 1;

/// Reads a `schema_version` of the program documents, refusing any version but
/// [`EVENT_LOG_SCHEMA_VERSION`] on read, as their schemas do (`1.0` is the number 1 for JSON Schema,
/// so it is read too).
pub(super) fn read_schema_version<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<u16, D::Error> {
    let found = crate::json::JsonNumber::deserialize(deserializer)?
        .to_whole("schema_version", 0, i128::from(u16::MAX), "1")
        .map_err(serde::de::Error::custom)?;
    match u16::try_from(found) {
        Ok(EVENT_LOG_SCHEMA_VERSION) => Ok(EVENT_LOG_SCHEMA_VERSION),
        Ok(found) => Err(serde::de::Error::custom(
            ReplayError::UnsupportedSchemaVersion { found },
        )),
        Err(_) => Err(serde::de::Error::custom(format!(
            "schema_version {found} is not supported; supported: {EVENT_LOG_SCHEMA_VERSION}"
        ))),
    }
}

/// Why a history could not be replayed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReplayError {
    /// An event was refused; nothing after it was applied.
    #[error("event {index} was refused: {error}")]
    Refused {
        /// The 0-based index of the refused event.
        index: usize,
        /// Why it was refused.
        error: TransitionError,
    },
    /// The document's `schema_version` is not one this crate reads.
    #[error("schema_version {found} is not supported; supported: {EVENT_LOG_SCHEMA_VERSION}")]
    UnsupportedSchemaVersion {
        /// The version found.
        found: u16,
    },
    /// A stored program's state is not what its history produces.
    #[error("the stored state is {stored} but the history produces {replayed}")]
    StateMismatch {
        /// The state stored in the document.
        stored: StateKind,
        /// The state the history produces.
        replayed: StateKind,
    },
}

impl ReplayError {
    /// The index of the first bad event, where one event is to blame.
    pub fn index(&self) -> Option<usize> {
        match self {
            ReplayError::Refused { index, .. } => Some(*index),
            _ => None,
        }
    }
}

impl Program {
    /// Rebuilds a program from its history: a new program on `protocol`, then each event applied in
    /// order. The result equals the program that recorded the history, field for field.
    ///
    /// # Errors
    ///
    /// [`ReplayError::Refused`] with the index of the first event refused; nothing is half-applied
    /// (the partial program is dropped).
    pub fn replay(
        id: ProgramId,
        patient: PatientId,
        protocol: Protocol,
        events: impl IntoIterator<Item = Event>,
    ) -> Result<Program, ReplayError> {
        let mut program = Program::new(id, patient, protocol);
        let events = events.into_iter();
        program.reserve(events.size_hint().0);
        for (index, event) in events.enumerate() {
            program
                .apply(event)
                .map_err(|error| ReplayError::Refused { index, error })?;
        }
        Ok(program)
    }

    /// The program's history as a document: the protocol it started on and every event.
    pub fn event_log(&self) -> EventLog {
        EventLog {
            schema_version: EVENT_LOG_SCHEMA_VERSION,
            program_id: self.id.clone(),
            patient_id: self.patient.clone(),
            protocol: self.initial_protocol().clone(),
            events: self.history.clone(),
        }
    }

    /// The protocol the program was created on, before any migration: where a replay starts.
    pub fn initial_protocol(&self) -> &Protocol {
        self.started_on.as_ref().unwrap_or(&self.protocol)
    }
}

/// A program's complete history: everything needed to rebuild it with [`EventLog::replay`].
///
/// ```
/// use pain_reprocessing::program::{EventLog, Program};
/// use pain_reprocessing::protocol::Protocol;
/// use pain_reprocessing::{PatientId, ProgramId};
///
/// let program = Program::new(ProgramId::new("p-1")?, PatientId::new("pt-1")?, Protocol::general_clinical());
/// let json = serde_json::to_string(&program.event_log())?;
/// let log: EventLog = serde_json::from_str(&json)?;
/// assert_eq!(log.replay()?, program);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct EventLog {
    #[schemars(range(min = 1, max = 1))]
    #[serde(deserialize_with = "read_schema_version")]
    schema_version: u16,
    program_id: ProgramId,
    patient_id: PatientId,
    protocol: Protocol,
    events: Vec<Event>,
}

impl EventLog {
    /// A log of `events` for program `program_id` of `patient_id`, started on `protocol`.
    pub fn new(
        program_id: ProgramId,
        patient_id: PatientId,
        protocol: Protocol,
        events: Vec<Event>,
    ) -> EventLog {
        EventLog {
            schema_version: EVENT_LOG_SCHEMA_VERSION,
            program_id,
            patient_id,
            protocol,
            events,
        }
    }

    /// The events, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The protocol the program started on.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// Rebuilds the program.
    ///
    /// # Errors
    ///
    /// [`ReplayError::UnsupportedSchemaVersion`] for a document version this crate does not read,
    /// and [`ReplayError::Refused`] with the index of the first event refused.
    pub fn replay(&self) -> Result<Program, ReplayError> {
        if self.schema_version != EVENT_LOG_SCHEMA_VERSION {
            return Err(ReplayError::UnsupportedSchemaVersion {
                found: self.schema_version,
            });
        }
        Program::replay(
            self.program_id.clone(),
            self.patient_id.clone(),
            self.protocol.clone(),
            self.events.iter().cloned(),
        )
    }
}

/// The JSON form of a [`Program`]: its identity, the protocol it started on, its state, and its
/// history. Reading one replays the history and refuses the document unless the stored state is
/// exactly what the history produces.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "Program")]
struct ProgramSnapshot {
    #[schemars(range(min = 1, max = 1))]
    #[serde(deserialize_with = "read_schema_version")]
    schema_version: u16,
    program_id: ProgramId,
    patient_id: PatientId,
    protocol: Protocol,
    state: ProgramState,
    events: Vec<Event>,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
struct ProgramSnapshotRef<'a> {
    schema_version: u16,
    program_id: &'a ProgramId,
    patient_id: &'a PatientId,
    protocol: &'a Protocol,
    state: ProgramState,
    events: &'a [Event],
}

impl Serialize for Program {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ProgramSnapshotRef {
            schema_version: EVENT_LOG_SCHEMA_VERSION,
            program_id: &self.id,
            patient_id: &self.patient,
            protocol: self.initial_protocol(),
            state: self.state,
            events: &self.history,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Program {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Program, D::Error> {
        let snapshot = ProgramSnapshot::deserialize(deserializer)?;
        Program::try_from(snapshot).map_err(serde::de::Error::custom)
    }
}

impl TryFrom<ProgramSnapshot> for Program {
    type Error = ReplayError;

    fn try_from(snapshot: ProgramSnapshot) -> Result<Program, ReplayError> {
        if snapshot.schema_version != EVENT_LOG_SCHEMA_VERSION {
            return Err(ReplayError::UnsupportedSchemaVersion {
                found: snapshot.schema_version,
            });
        }
        let program = Program::replay(
            snapshot.program_id,
            snapshot.patient_id,
            snapshot.protocol,
            snapshot.events,
        )?;
        if program.state != snapshot.state {
            return Err(ReplayError::StateMismatch {
                stored: snapshot.state.kind(),
                replayed: program.state.kind(),
            });
        }
        Ok(program)
    }
}

impl JsonSchema for Program {
    fn schema_name() -> Cow<'static, str> {
        "Program".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Program").into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        ProgramSnapshot::json_schema(generator)
    }
}
