//! History and replay: the [`EventLog`] document, [`Program::replay`], and the program snapshot
//! that is checked against its own history when read.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

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
        Program::replay_with_legacy(id, patient, protocol, events, 0)
    }

    /// [`Program::replay`] of a history whose first `legacy_events` events were recorded under
    /// format 1 (see [`Program::replay_findings`]).
    fn replay_with_legacy(
        id: ProgramId,
        patient: PatientId,
        protocol: Protocol,
        events: impl IntoIterator<Item = Event>,
        legacy_events: usize,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct EventLog {
    #[schemars(with = "u16", range(min = 2, max = 2))]
    schema_version: Current<EventLog>,
    program_id: ProgramId,
    patient_id: PatientId,
    protocol: Protocol,
    /// How many leading events were recorded under format 1 (see [`Program::replay_findings`]).
    #[schemars(with = "u32")]
    legacy_events: usize,
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
            legacy_events: 0,
            events,
        }
    }

    /// How many leading events were recorded under format 1: kept even where they break a rule
    /// enforced since format 2, and reported by [`Program::replay_findings`].
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
        Program::replay_with_legacy(
            self.program_id.clone(),
            self.patient_id.clone(),
            self.protocol.clone(),
            self.events.iter().cloned(),
            self.legacy_events,
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
    /// How many leading events were recorded under format 1.
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
        let program = Program::replay_with_legacy(
            snapshot.program_id,
            snapshot.patient_id,
            snapshot.protocol,
            snapshot.events,
            snapshot.legacy_events,
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

/// Format 2 of the event log and the program snapshot: the legacy prefix (`legacy_events`).
const FORMAT_2: SchemaVersion = SchemaVersion::new(2);

impl Versioned for EventLog {
    const DOCUMENT: &'static str = "event_log";
    const CURRENT: SchemaVersion = FORMAT_2;
    const OLDEST: SchemaVersion = SchemaVersion::V1;

    fn upgrade(
        from: SchemaVersion,
        mut document: Map<String, Value>,
    ) -> Result<Map<String, Value>, VersionError> {
        mark_legacy_events(Self::DOCUMENT, from, &mut document)?;
        Ok(document)
    }
}

impl Versioned for Program {
    const DOCUMENT: &'static str = "program";
    const CURRENT: SchemaVersion = FORMAT_2;
    const OLDEST: SchemaVersion = SchemaVersion::V1;

    fn upgrade(
        from: SchemaVersion,
        mut document: Map<String, Value>,
    ) -> Result<Map<String, Value>, VersionError> {
        mark_legacy_events(Self::DOCUMENT, from, &mut document)?;
        Ok(document)
    }
}

/// The `1 -> 2` step of the legacy prefix, for an event log or a program snapshot: every event of
/// a format-1 history was recorded under format 1, so `legacy_events` is the number of events.
/// Nothing else changes: the events are kept as they are.
///
/// # Errors
///
/// [`VersionError::UnmappedValue`] when `events` is missing or not an array, or the document
/// already has `legacy_events`.
pub(crate) fn mark_legacy_events(
    document: &'static str,
    from: SchemaVersion,
    object: &mut Map<String, Value>,
) -> Result<(), VersionError> {
    let unmapped = |field: &str, reason| VersionError::UnmappedValue {
        document,
        from,
        field: field.to_owned(),
        reason,
    };
    if object.contains_key("legacy_events") {
        return Err(unmapped(
            "legacy_events",
            "a format-1 document has no legacy_events",
        ));
    }
    let count = match object.get("events") {
        Some(Value::Array(events)) => events.len(),
        _ => return Err(unmapped("events", "must be an array of events")),
    };
    object.insert("legacy_events".to_owned(), Value::from(count));
    Ok(())
}
