//! The envelope every event of a log is stored in: its [`EventId`], its sequence number and the
//! [`EventHash`] that chains it to the event before ([`LoggedEvent`]).
//!
//! # Who makes the id
//!
//! The **app** does, when the user acts and before the first attempt to store the event: an
//! idempotency key such as a UUID, kept with the pending write and sent again on every retry.
//! [`Program::record`] then recognises a retried write as the event already in the log
//! ([`Recorded::AlreadyRecorded`](super::Recorded::AlreadyRecorded)) rather than a second one. A
//! content-derived id cannot do this safely: two genuine events can have the same content (a
//! pause, a resume and a pause again in the same second by the same clinician), and the content an
//! app sends on a retry is not always byte-identical to the first attempt.
//!
//! An event applied without an id ([`Program::apply`], [`Program::replay`]) gets the id
//! `seq-<n>`, `n` its sequence number; that form is reserved for it, so an app-supplied id of the
//! form `seq-<digits>` is refused ([`RecordError::ReservedId`](super::RecordError::ReservedId)).
//! Events read from a format-1 log get the same ids, so the same old file always gives the same
//! ids and the same chain.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::chain;
use super::event::{Actor, Event, EventKind};
use super::machine::Program;
use crate::id::identifier;

identifier! {
    /// Identifies one event within a program's log: unique in that log. Made by the app as an
    /// idempotency key (see [`Program::record`]); `seq-<n>` is the id of an event applied
    /// without one.
    ///
    /// ```
    /// use pain_reprocessing::program::EventId;
    ///
    /// let id = EventId::new("7f9c2e1a-5b1d-4c0e-9a43-2b8f6d0c1e55")?;
    /// assert_eq!(id.as_str().len(), 36);
    /// assert!(EventId::new("a/b").is_err());
    /// # Ok::<(), pain_reprocessing::IdError>(())
    /// ```
    EventId, "event id", redacted: false
}

/// The prefix of the ids the crate gives events applied without one.
const SEQUENTIAL_PREFIX: &str = "seq-";

impl EventId {
    /// The id of the event at `seq` applied without an id: `seq-<seq>`.
    pub fn sequential(seq: u64) -> EventId {
        EventId(format!("{SEQUENTIAL_PREFIX}{seq}"))
    }

    /// The sequence number this id reserves, if it has the form `seq-<digits>`.
    pub(super) fn reserved_seq(&self) -> Option<Result<u64, ()>> {
        let digits = self.0.strip_prefix(SEQUENTIAL_PREFIX)?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // `seq-007` or an overflowing number is reserved but matches no position.
        Some(match digits.parse::<u64>() {
            Ok(seq) if seq.to_string() == digits => Ok(seq),
            _ => Err(()),
        })
    }
}

/// The SHA-256 chain hash of an event: over the hash before it, its sequence number, its id and
/// its content (see `docs/quality.md`). Written as 64 lowercase hexadecimal digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct EventHash(pub(super) [u8; 32]);

impl EventHash {
    /// The 32 bytes of the hash.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The hash as 64 lowercase hexadecimal digits, as written to JSON.
    pub fn to_hex(&self) -> String {
        self.to_string()
    }

    /// Reads 64 hexadecimal digits (lowercase or uppercase).
    ///
    /// # Errors
    ///
    /// A message saying what is expected when `text` is not 64 hexadecimal digits.
    pub fn from_hex(text: &str) -> Result<EventHash, HashFormatError> {
        let bytes = text.as_bytes();
        if bytes.len() != 64 {
            return Err(HashFormatError);
        }
        let mut out = [0u8; 32];
        for (slot, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
            let digit = |b: u8| char::from(b).to_digit(16);
            match pair {
                [high, low] => match (digit(*high), digit(*low)) {
                    (Some(h), Some(l)) => {
                        *slot = u8::try_from(h * 16 + l).map_err(|_| HashFormatError)?
                    }
                    _ => return Err(HashFormatError),
                },
                _ => return Err(HashFormatError),
            }
        }
        Ok(EventHash(out))
    }
}

/// A hash that is not 64 hexadecimal digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an event hash is 64 hexadecimal digits (a SHA-256)")]
pub struct HashFormatError;

impl fmt::Display for EventHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for EventHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EventHash({self})")
    }
}

impl Serialize for EventHash {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventHash {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<EventHash, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        EventHash::from_hex(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for EventHash {
    fn schema_name() -> Cow<'static, str> {
        "EventHash".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::EventHash").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The SHA-256 chain hash of the event: 64 hexadecimal digits.",
            "type": "string",
            "pattern": "^[0-9a-fA-F]{64}$",
        })
    }
}

/// One event as a log stores it: its sequence number (its 0-based position), its id, the event,
/// and its chain hash.
///
/// JSON: the event's own fields with the envelope's around them,
/// `{"seq": 0, "id": "seq-0", "at": "2026-01-05T09:00:00Z", "actor": {"role": "clinician", "id":
/// "dr-1"}, "event": {"type": "enrolled"}, "hash": "…64 hex digits…"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedEvent {
    seq: u64,
    id: EventId,
    event: Event,
    hash: EventHash,
}

impl LoggedEvent {
    /// The sequence number: the event's 0-based position in the log.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// The event's id, unique in its log.
    pub fn id(&self) -> &EventId {
        &self.id
    }

    /// The event.
    pub fn event(&self) -> &Event {
        &self.event
    }

    /// The chain hash stored with the event.
    pub fn hash(&self) -> &EventHash {
        &self.hash
    }

    /// The event without its envelope.
    pub fn into_event(self) -> Event {
        self.event
    }

    /// An envelope as stored, unchecked: the log checks it ([`chain`]).
    pub(super) fn from_parts(seq: u64, id: EventId, event: Event, hash: EventHash) -> LoggedEvent {
        LoggedEvent {
            seq,
            id,
            event,
            hash,
        }
    }
}

/// The JSON form of a [`LoggedEvent`]. `at`, `actor` and `event` are the fields of [`Event`],
/// spelled out so that an event's JSON paths stay `events[3].event.…` with the envelope around.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
#[schemars(rename = "LoggedEvent")]
struct LoggedEventWire {
    /// The event's 0-based position in the log.
    seq: u64,
    /// The event's id, unique in the log.
    id: EventId,
    /// When it happened.
    #[serde(with = "crate::json::rfc3339::DateTime")]
    at: DateTime<Utc>,
    /// Who caused it.
    actor: Actor,
    /// What happened.
    event: EventKind,
    /// SHA-256 over the previous event's hash, `seq`, `id` and the event's content.
    hash: EventHash,
}

impl Serialize for LoggedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Ref<'a> {
            seq: u64,
            id: &'a EventId,
            at: DateTime<Utc>,
            actor: &'a Actor,
            event: &'a EventKind,
            hash: &'a EventHash,
        }
        Ref {
            seq: self.seq,
            id: &self.id,
            at: self.event.at(),
            actor: self.event.actor(),
            event: self.event.kind(),
            hash: &self.hash,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for LoggedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LoggedEvent, D::Error> {
        let wire = LoggedEventWire::deserialize(deserializer)?;
        Ok(LoggedEvent {
            seq: wire.seq,
            id: wire.id,
            event: Event::new(wire.at, wire.actor, wire.event),
            hash: wire.hash,
        })
    }
}

impl JsonSchema for LoggedEvent {
    fn schema_name() -> Cow<'static, str> {
        "LoggedEvent".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::LoggedEvent").into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        LoggedEventWire::json_schema(generator)
    }
}

/// What a program keeps per history entry besides the event: its id (`None` for `seq-<n>`) and
/// its chain hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Envelope {
    pub(super) id: Option<EventId>,
    pub(super) hash: EventHash,
}

/// The log-keeping part of a program: one envelope per history entry, and which entries are
/// voided by which void event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Ledger {
    pub(super) envelopes: Vec<Envelope>,
    /// History index of a voided event -> history index of the void event.
    pub(super) voided: BTreeMap<usize, usize>,
    /// The envelope, already checked against the chain, that the next entry pushed takes instead
    /// of being hashed: set by a replay for one step only, `None` at rest (so ledgers compare
    /// equal whatever replay built them).
    pub(super) next: Option<Envelope>,
}

impl Program {
    /// Appends `event` to the history with the id `seq-<n>` and its chain hash (or the checked
    /// envelope a replay set for it): the only place the history grows.
    pub(super) fn push_entry(&mut self, event: Event) {
        let envelope = self.ledger.next.take().unwrap_or_else(|| {
            let seq = self.history.len();
            Envelope {
                id: None,
                hash: chain::link(&self.previous_hash(seq), seq as u64, None, &event),
            }
        });
        self.history.push(event);
        self.ledger.envelopes.push(envelope);
    }

    /// Gives the last entry the app's id, and hashes it again.
    pub(super) fn set_last_id(&mut self, id: Option<EventId>) {
        let Some(seq) = self.history.len().checked_sub(1) else {
            return;
        };
        let prev = self.previous_hash(seq);
        if let (Some(event), Some(envelope)) =
            (self.history.get(seq), self.ledger.envelopes.get_mut(seq))
        {
            envelope.hash = chain::link(&prev, seq as u64, id.as_ref(), event);
            envelope.id = id;
        }
    }

    /// The hash the entry at `seq` chains to: the one before it, or the genesis of this program.
    fn previous_hash(&self, seq: usize) -> EventHash {
        seq.checked_sub(1)
            .and_then(|before| self.ledger.envelopes.get(before))
            .map_or_else(|| chain::genesis(&self.id), |envelope| envelope.hash)
    }

    /// The hash of the last event: what an app stores apart from the log to detect a truncated
    /// tail ([`EventLog::check_head`](super::EventLog::check_head)). `None` before any event.
    pub fn head_hash(&self) -> Option<EventHash> {
        self.ledger.envelopes.last().map(|envelope| envelope.hash)
    }

    /// The number of events in the log, voided ones and voids included: the sequence number the
    /// next event gets, and what [`apply_expecting`](Program::apply_expecting) expects.
    pub fn next_seq(&self) -> u64 {
        self.history.len() as u64
    }

    /// The id of the event at history index `index`.
    pub fn event_id(&self, index: usize) -> Option<EventId> {
        let envelope = self.ledger.envelopes.get(index)?;
        Some(
            envelope
                .id
                .clone()
                .unwrap_or_else(|| EventId::sequential(index as u64)),
        )
    }

    /// The history index of the event with id `id`.
    pub fn index_of(&self, id: &EventId) -> Option<usize> {
        find(&self.ledger.envelopes, id)
    }

    /// The whole log, each event in its envelope, oldest first.
    pub fn logged_events(&self) -> Vec<LoggedEvent> {
        self.history
            .iter()
            .zip(&self.ledger.envelopes)
            .enumerate()
            .map(|(seq, (event, envelope))| LoggedEvent {
                seq: seq as u64,
                id: envelope
                    .id
                    .clone()
                    .unwrap_or_else(|| EventId::sequential(seq as u64)),
                event: event.clone(),
                hash: envelope.hash,
            })
            .collect()
    }
}

/// The index of the entry with id `id` among `envelopes`.
pub(super) fn find(envelopes: &[Envelope], id: &EventId) -> Option<usize> {
    if let Some(Ok(seq)) = id.reserved_seq() {
        let index = usize::try_from(seq).ok()?;
        return envelopes
            .get(index)
            .filter(|envelope| envelope.id.is_none())
            .map(|_| index);
    }
    envelopes
        .iter()
        .position(|envelope| envelope.id.as_ref() == Some(id))
}
