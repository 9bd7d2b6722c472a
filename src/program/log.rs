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
use crate::versioning::{SchemaVersion, VersionError, Versioned};
use crate::{PatientId, ProgramId};

/// The version of the event log and program snapshot document formats this crate writes.
#[deprecated(
    since = "0.1.0",
    note = "use `<EventLog as versioning::Versioned>::CURRENT`, a `SchemaVersion`"
)]
pub const EVENT_LOG_SCHEMA_VERSION: u16 = 2;

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
    /// `legacy_events` counts more events than the history has: a document cannot claim events
    /// it does not hold were recorded under format 1.
    #[error("legacy_events is {legacy_events} but the history has {events} events")]
    LegacyPrefixTooLong {
        /// The `legacy_events` given.
        legacy_events: usize,
        /// The number of events.
        events: usize,
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
        Program::replay_legacy(id, patient, protocol, 0, events)
    }

    /// [`Program::replay`] of a history whose first `legacy_events` events were recorded under
    /// event-log format 1: those are kept where they break a rule enforced since format 2, and
    /// reported ([`Program::replay_findings`]).
    ///
    /// # Errors
    ///
    /// As [`Program::replay`].
    pub fn replay_legacy(
        id: ProgramId,
        patient: PatientId,
        protocol: Protocol,
        legacy_events: usize,
        events: impl IntoIterator<Item = Event>,
    ) -> Result<Program, ReplayError> {
        let mut program = Program::new(id, patient, protocol);
        program.legacy_events = legacy_events;
        let events = events.into_iter();
        program.reserve(events.size_hint().0);
        for (index, event) in events.enumerate() {
            program
                .apply(event)
                .map_err(|error| ReplayError::Refused { index, error })?;
        }
        if legacy_events > program.history.len() {
            return Err(ReplayError::LegacyPrefixTooLong {
                legacy_events,
                events: program.history.len(),
            });
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
            legacy_events: self.legacy_events,
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
///
/// Format 2 (`schema_version` 2) stores assessments as the responses given; a format-1 log is read
/// through [`versioning::read`](crate::versioning::read), which upgrades it: its assessments keep
/// their scores as `assessment_recorded_without_answers` events, and `legacy_events` counts the
/// events recorded under format 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct EventLog {
    #[schemars(with = "u16", range(min = 2, max = 2))]
    schema_version: Current<EventLog>,
    program_id: ProgramId,
    patient_id: PatientId,
    protocol: Protocol,
    /// How many leading events were recorded under event-log format 1 (0 for a log started under
    /// format 2).
    #[schemars(with = "u32")]
    legacy_events: usize,
    events: Vec<Event>,
}

impl Versioned for EventLog {
    const DOCUMENT: &'static str = "event_log";
    const CURRENT: SchemaVersion = SchemaVersion::new(2);
    const OLDEST: SchemaVersion = SchemaVersion::V1;

    /// Only version 1 is older: `from` is always 1, and the step's errors name it.
    fn upgrade(
        _from: SchemaVersion,
        document: serde_json::Map<String, serde_json::Value>,
    ) -> Result<serde_json::Map<String, serde_json::Value>, VersionError> {
        super::upgrade::v1_to_v2(document)
    }
}

impl Versioned for Program {
    const DOCUMENT: &'static str = "program";
    const CURRENT: SchemaVersion = SchemaVersion::new(2);
    const OLDEST: SchemaVersion = SchemaVersion::V1;

    /// Only version 1 is older: `from` is always 1, and the step's errors name it.
    fn upgrade(
        _from: SchemaVersion,
        document: serde_json::Map<String, serde_json::Value>,
    ) -> Result<serde_json::Map<String, serde_json::Value>, VersionError> {
        super::upgrade::v1_to_v2(document)
    }
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
            legacy_events: 0,
            events,
        }
    }

    /// How many leading events were recorded under event-log format 1.
    pub fn legacy_events(&self) -> usize {
        self.legacy_events
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
        Program::replay_legacy(
            self.program_id.clone(),
            self.patient_id.clone(),
            self.protocol.clone(),
            self.legacy_events,
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
    /// How many leading events were recorded under event-log format 1.
    #[schemars(with = "u32")]
    legacy_events: usize,
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
    legacy_events: usize,
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
            legacy_events: self.legacy_events,
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
        let program = Program::replay_legacy(
            snapshot.program_id,
            snapshot.patient_id,
            snapshot.protocol,
            snapshot.legacy_events,
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
