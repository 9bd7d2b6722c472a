//! History and replay: the [`EventLog`] document, [`Program::replay`], and the program snapshot
//! that is checked against its own history when read.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::chain::{self, ChainError};
use super::envelope::{EventHash, EventId, LoggedEvent};
use super::event::Event;
use super::state::{ProgramState, StateKind};
use super::{Program, TransitionError};
use crate::id::LegacyIds;
use crate::protocol::Protocol;
use crate::version::Current;
use crate::{PatientId, ProgramId};

pub use super::read::LogError;

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
    /// The stored envelopes do not hold together: an event was edited, reordered, inserted or
    /// removed, or two share an id.
    #[error(transparent)]
    Chain(#[from] ChainError),
}

impl ReplayError {
    /// The index of the first bad event, where one event is to blame.
    pub fn index(&self) -> Option<usize> {
        match self {
            ReplayError::Refused { index, .. } => Some(*index),
            ReplayError::Chain(error) => error.index(),
            ReplayError::StateMismatch { .. } | ReplayError::LegacyPrefixTooLong { .. } => None,
        }
    }
}

impl Program {
    /// Rebuilds a program from its history: a new program on `protocol`, then each event applied in
    /// order (voids honoured, see [`EventKind::EventVoided`](super::EventKind::EventVoided)), each
    /// with the id `seq-<n>`. The result equals the program that recorded the history, field for
    /// field, when that program gave no event an id of its own; [`EventLog::replay`] keeps the ids.
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
    /// As [`Program::replay`], and [`ReplayError::LegacyPrefixTooLong`] when `legacy_events` is
    /// more than the events given.
    pub fn replay_legacy(
        id: ProgramId,
        patient: PatientId,
        protocol: Protocol,
        legacy_events: usize,
        events: impl IntoIterator<Item = Event>,
    ) -> Result<Program, ReplayError> {
        let mut program = Program::new(id, patient, protocol);
        program.legacy_events = legacy_events;
        program
            .replay_entries(
                events
                    .into_iter()
                    .map(|event| (None, event, None))
                    .collect(),
            )
            .map_err(|(index, error)| ReplayError::Refused { index, error })?
            .with_legacy_prefix_checked()
    }

    /// Rebuilds a program from a stored log: checks its envelopes (sequence, unique ids, hash
    /// chain), then replays it keeping every event's id.
    ///
    /// # Errors
    ///
    /// [`ReplayError::Chain`] naming the first event whose content, order or presence does not
    /// match, and [`ReplayError::Refused`] with the index of the first event refused.
    pub fn replay_logged(
        id: ProgramId,
        patient: PatientId,
        protocol: Protocol,
        legacy_events: usize,
        events: &[LoggedEvent],
    ) -> Result<Program, ReplayError> {
        chain::verify(&id, events)?;
        // Each event's hash is checked: the program's ledger takes it rather than hashing the
        // event a second time.
        let mut program = Program::new(id, patient, protocol);
        program.legacy_events = legacy_events;
        program
            .replay_entries(
                events
                    .iter()
                    .map(|logged| {
                        let own = logged.id().reserved_seq().is_none();
                        (
                            own.then(|| logged.id().clone()),
                            logged.event().clone(),
                            Some(*logged.hash()),
                        )
                    })
                    .collect(),
            )
            .map_err(|(index, error)| ReplayError::Refused { index, error })?
            .with_legacy_prefix_checked()
    }

    /// `self`, or [`ReplayError::LegacyPrefixTooLong`] when its legacy prefix claims more events
    /// than its history holds (which would let new events skip the format-2 rules).
    fn with_legacy_prefix_checked(self) -> Result<Program, ReplayError> {
        if self.legacy_events > self.history.len() {
            return Err(ReplayError::LegacyPrefixTooLong {
                legacy_events: self.legacy_events,
                events: self.history.len(),
            });
        }
        Ok(self)
    }

    /// The program's history as a document: the protocol it started on and every event in its
    /// envelope.
    pub fn event_log(&self) -> EventLog {
        EventLog {
            schema_version: Current::new(),
            program_id: self.id.clone(),
            patient_id: self.patient.clone(),
            protocol: self.initial_protocol().clone(),
            legacy_events: self.legacy_events,
            events: self.logged_events(),
            legacy_ids: self.legacy_ids.clone(),
        }
    }

    /// The original text of the ids a reader mapped because they were outside the id alphabet
    /// (see [`LegacyIds`]); empty for a program whose ids always were in it.
    pub fn legacy_ids(&self) -> &LegacyIds {
        &self.legacy_ids
    }

    /// The protocol the program was created on, before any migration: where a replay starts.
    pub fn initial_protocol(&self) -> &Protocol {
        self.started_on.as_ref().unwrap_or(&self.protocol)
    }
}

/// A program's complete history: everything needed to rebuild it with [`EventLog::replay`].
///
/// Format 2 keeps each event in its envelope ([`LoggedEvent`]: `seq`, `id`, `hash`); reading one
/// checks the envelopes, so an edited, reordered, shortened or lengthened log is refused naming
/// the first event that does not match. Read format-1 logs with
/// [`versioning::read`](crate::versioning::read) or [`EventLog::read_json`], which upgrade them.
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
/// Format 2 (`schema_version` 2) stores assessments as the responses given, each event in its
/// envelope; a format-1 log is read through [`versioning::read`](crate::versioning::read) or
/// [`EventLog::read_json`], which upgrade it: its assessments keep their scores as
/// `assessment_recorded_without_answers` events, `legacy_events` counts the events recorded under
/// format 1, and each event gets its envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct EventLog {
    schema_version: Current<EventLog>,
    program_id: ProgramId,
    patient_id: PatientId,
    protocol: Protocol,
    legacy_events: usize,
    events: Vec<LoggedEvent>,
    #[serde(skip_serializing_if = "LegacyIds::is_empty")]
    legacy_ids: LegacyIds,
}

/// The JSON form of an [`EventLog`], before its envelopes are checked. Rules across fields,
/// checked when the document is read: each event's `seq` is its position (0, 1, 2, …); ids are
/// unique in the log, and an id of the form `seq-<n>` appears only at position `n`; each `hash` is
/// SHA-256 over the previous event's hash (for the first event, a genesis hash of `program_id`),
/// the `seq`, the `id` and the event's content, so an event edited, moved, inserted or removed
/// before the last is refused; each event's own rules (a screening outcome's decision the most
/// safety-critical one its reasons lead to, a goal's entries in order and after it was set).
/// Reading a log does not replay it: the guards (the events each state allows, sessions in
/// order, assessments due and inside their windows, time never going backwards, a void naming
/// an event of the log) are checked when it is replayed, as reading a `program` does.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "EventLog")]
pub(super) struct EventLogWire {
    #[schemars(with = "u16", range(min = 2, max = 2))]
    #[allow(dead_code)]
    schema_version: Current<EventLog>,
    program_id: ProgramId,
    patient_id: PatientId,
    protocol: Protocol,
    /// How many leading events were recorded under event-log format 1 (0 for a log started under
    /// format 2).
    #[schemars(with = "u32")]
    legacy_events: usize,
    /// The events, oldest first, each in its envelope.
    events: Vec<LoggedEvent>,
    /// The original text of the ids read through the id alphabet's migration (absent when none
    /// was outside it); not part of the chain, each entry checks itself.
    #[serde(default)]
    legacy_ids: LegacyIds,
}

impl TryFrom<EventLogWire> for EventLog {
    type Error = ChainError;

    fn try_from(wire: EventLogWire) -> Result<EventLog, ChainError> {
        let mut log =
            EventLog::from_logged(wire.program_id, wire.patient_id, wire.protocol, wire.events)?;
        log.legacy_events = wire.legacy_events;
        log.legacy_ids = wire.legacy_ids;
        Ok(log)
    }
}

impl<'de> Deserialize<'de> for EventLog {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<EventLog, D::Error> {
        let wire = EventLogWire::deserialize(deserializer)?;
        EventLog::try_from(wire).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for EventLog {
    fn schema_name() -> Cow<'static, str> {
        "EventLog".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::EventLog").into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        EventLogWire::json_schema(generator)
    }
}

impl EventLog {
    /// A log of `events` for program `program_id` of `patient_id`, started on `protocol`, each
    /// event with the id `seq-<n>` and its chain hash.
    pub fn new(
        program_id: ProgramId,
        patient_id: PatientId,
        protocol: Protocol,
        events: Vec<Event>,
    ) -> EventLog {
        let mut prev = chain::genesis(&program_id);
        let events = events
            .into_iter()
            .enumerate()
            .map(|(seq, event)| {
                let seq = seq as u64;
                let hash = chain::link(&prev, seq, None, &event);
                prev = hash;
                LoggedEvent::from_parts(seq, EventId::sequential(seq), event, hash)
            })
            .collect();
        EventLog {
            schema_version: Current::new(),
            program_id,
            patient_id,
            protocol,
            legacy_events: 0,
            events,
            legacy_ids: LegacyIds::default(),
        }
    }

    /// How many leading events were recorded under event-log format 1.
    pub fn legacy_events(&self) -> usize {
        self.legacy_events
    }

    /// The original text of the ids a reader mapped because they were outside the id alphabet
    /// (see [`LegacyIds`]).
    pub fn legacy_ids(&self) -> &LegacyIds {
        &self.legacy_ids
    }

    /// A log of events already in their envelopes, checked.
    ///
    /// # Errors
    ///
    /// The [`ChainError`] of the first event whose `seq`, id or hash does not match.
    pub fn from_logged(
        program_id: ProgramId,
        patient_id: PatientId,
        protocol: Protocol,
        events: Vec<LoggedEvent>,
    ) -> Result<EventLog, ChainError> {
        chain::verify(&program_id, &events)?;
        Ok(EventLog {
            legacy_ids: LegacyIds::default(),
            schema_version: Current::new(),
            program_id,
            patient_id,
            protocol,
            legacy_events: 0,
            events,
        })
    }

    /// The events in their envelopes, oldest first.
    pub fn events(&self) -> &[LoggedEvent] {
        &self.events
    }

    /// The protocol the program started on.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// The program's id.
    pub fn program_id(&self) -> &ProgramId {
        &self.program_id
    }

    /// The hash of the last event, to keep apart from the log (see [`check_head`](Self::check_head)).
    pub fn head_hash(&self) -> Option<&EventHash> {
        self.events.last().map(LoggedEvent::hash)
    }

    /// Checks that `head`, the [`head_hash`](Self::head_hash) an app kept apart from the log when
    /// it last wrote, is the hash of one of its events: the log still holds everything it held
    /// then, so its tail was not cut (the chain already guards everything before).
    ///
    /// # Errors
    ///
    /// [`ChainError::HeadNotFound`] when no event has that hash.
    pub fn check_head(&self, head: &EventHash) -> Result<(), ChainError> {
        chain::check_head(&self.events, head)
    }

    /// Rebuilds the program.
    ///
    /// # Errors
    ///
    /// [`ReplayError::Refused`] with the index of the first event refused.
    pub fn replay(&self) -> Result<Program, ReplayError> {
        let mut program = Program::replay_logged(
            self.program_id.clone(),
            self.patient_id.clone(),
            self.protocol.clone(),
            self.legacy_events,
            &self.events,
        )?;
        program.legacy_ids = self.legacy_ids.clone();
        Ok(program)
    }
}

/// The JSON form of a [`Program`]: its identity, the protocol it started on, its state, and its
/// history. Reading one checks the envelopes, replays the history and refuses the document unless
/// the stored state is exactly what the history produces. Rules across fields, checked when the
/// document is read: the envelopes of an event log (each `seq` its position, ids unique, each
/// `hash` SHA-256 over the previous one from a genesis hash of `program_id`, the `seq`, the `id`
/// and the event's content); each event's own rules; the history replayed from `protocol` under
/// the guards (the events each state allows, sessions in order, assessments due and inside their
/// windows, time never going backwards, a void naming an event of the log); `legacy_events` at
/// most the number of events; `state` exactly the state the history produces.
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
    events: Vec<LoggedEvent>,
    /// The original text of the ids read through the id alphabet's migration (absent when none
    /// was outside it).
    #[serde(default)]
    legacy_ids: LegacyIds,
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
    events: Vec<LoggedEvent>,
    #[serde(skip_serializing_if = "LegacyIds::is_empty")]
    legacy_ids: &'a LegacyIds,
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
            events: self.logged_events(),
            legacy_ids: &self.legacy_ids,
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
        let mut program = Program::replay_logged(
            snapshot.program_id,
            snapshot.patient_id,
            snapshot.protocol,
            snapshot.legacy_events,
            &snapshot.events,
        )?;
        program.legacy_ids = snapshot.legacy_ids;
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
