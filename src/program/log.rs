//! History and replay: the [`EventLog`] document, [`Program::replay`], and the program snapshot
//! that is checked against its own history when read.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::event::Event;
use super::state::{ProgramState, StateKind};
use super::{Program, TransitionError};
use crate::protocol::Protocol;
use crate::version::Current;
use crate::{PatientId, ProgramId};

/// The version of the event log and program snapshot document formats this crate writes.
#[deprecated(
    since = "0.1.0",
    note = "use `<EventLog as versioning::Versioned>::CURRENT`, a `SchemaVersion`"
)]
pub const EVENT_LOG_SCHEMA_VERSION: u16 = 1;

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
            schema_version: Current::new(),
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
    #[schemars(with = "u16", range(min = 2, max = 2))]
    schema_version: Current<EventLog>,
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
            schema_version: Current::new(),
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
    /// [`ReplayError::Refused`] with the index of the first event refused.
    pub fn replay(&self) -> Result<Program, ReplayError> {
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
    // Checked as it is read; the marker holds nothing to look at afterwards.
    #[allow(dead_code)]
    #[schemars(with = "u16", range(min = 2, max = 2))]
    schema_version: Current<Program>,
    program_id: ProgramId,
    patient_id: PatientId,
    protocol: Protocol,
    state: ProgramState,
    events: Vec<Event>,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
struct ProgramSnapshotRef<'a> {
    schema_version: Current<Program>,
    program_id: &'a ProgramId,
    patient_id: &'a PatientId,
    protocol: &'a Protocol,
    state: ProgramState,
    events: &'a [Event],
}

impl Serialize for Program {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ProgramSnapshotRef {
            schema_version: Current::new(),
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

/// Format 2 (2026-12): embedded scores, goals and protocols are at their format 2
/// (`instruments::migrate`); see `upgrade_log_instruments_v1`.
impl crate::versioning::Versioned for EventLog {
    const DOCUMENT: &'static str = "event_log";
    const CURRENT: crate::versioning::SchemaVersion = crate::versioning::SchemaVersion::V2;
    const OLDEST: crate::versioning::SchemaVersion = crate::versioning::SchemaVersion::V1;

    fn upgrade(
        from: crate::versioning::SchemaVersion,
        document: serde_json::Map<String, serde_json::Value>,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
        crate::instruments::migrate::from_v1::<EventLog>(from, document, upgrade_log_instruments_v1)
    }
}

/// Format 2 (2026-12), as [`EventLog`]'s.
impl crate::versioning::Versioned for Program {
    const DOCUMENT: &'static str = "program";
    const CURRENT: crate::versioning::SchemaVersion = crate::versioning::SchemaVersion::V2;
    const OLDEST: crate::versioning::SchemaVersion = crate::versioning::SchemaVersion::V1;

    fn upgrade(
        from: crate::versioning::SchemaVersion,
        document: serde_json::Map<String, serde_json::Value>,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
        crate::instruments::migrate::from_v1::<Program>(from, document, upgrade_log_instruments_v1)
    }
}

/// Event log and program format 1 to 2, the instruments' part: every embedded document that names
/// an instrument is upgraded where it sits and set to its format 2: the scores of assessment
/// events (`event.scores`) and of score flags (`event.score`), the goal of a goal event
/// (`event.goal`), the protocol of a protocol migration (`event.migration.protocol`) and the
/// protocol the program started on (`protocol`). Other fields are left to the other steps of the
/// same upgrade and to the reader.
///
/// # Errors
///
/// The errors of [`upgrade_score_v1`](crate::instruments::migrate::upgrade_score_v1).
pub(crate) fn upgrade_log_instruments_v1(
    mut log: serde_json::Map<String, serde_json::Value>,
) -> Result<serde_json::Map<String, serde_json::Value>, crate::versioning::VersionError> {
    use crate::instruments::migrate::{upgrade_embedded_score_v1, upgrade_embedded_v1 as embedded};
    use serde_json::Value;
    if let Some(protocol) = log.get_mut("protocol") {
        embedded(protocol, crate::protocol::upgrade_protocol_v1)?;
    }
    if let Some(Value::Array(events)) = log.get_mut("events") {
        for event in events.iter_mut().filter_map(|e| e.get_mut("event")) {
            if let Some(Value::Array(scores)) = event.get_mut("scores") {
                scores.iter_mut().try_for_each(upgrade_embedded_score_v1)?;
            }
            if let Some(score) = event.get_mut("score") {
                upgrade_embedded_score_v1(score)?;
            }
            if let Some(goal) = event.get_mut("goal") {
                embedded(goal, crate::goals::upgrade_goal_v1)?;
            }
            if let Some(protocol) = event
                .get_mut("migration")
                .and_then(|m| m.get_mut("protocol"))
            {
                embedded(protocol, crate::protocol::upgrade_protocol_v1)?;
            }
        }
    }
    Ok(log)
}
