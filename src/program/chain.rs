//! The hash chain over a log's events, and its check on read ([`ChainError`]).
//!
//! Each event's hash is SHA-256 over, in order:
//!
//! 1. the domain tag `pain-reprocessing event log 2\n`;
//! 2. the previous event's 32-byte hash, or for the first event the **genesis**: SHA-256 of the
//!    domain tag, `genesis\n` and the program id's UTF-8 bytes (so a chain cannot be moved to
//!    another program);
//! 3. the sequence number as 8 bytes, big-endian;
//! 4. the id's UTF-8 bytes and `\n` (the id alphabet has no line feed);
//! 5. the event's canonical serialization: the compact JSON this crate writes for the [`Event`]
//!    (`{"at":…,"actor":…,"event":…}`, fields in declaration order, no whitespace), which depends
//!    only on the typed value, not on how the stored text spelled it.
//!
//! RustCrypto's `sha2` computes it: the maintained pure-Rust SHA-256 of the RustCrypto project,
//! no C toolchain, no unsafe in its portable path, and no allocation, so applying an event stays
//! allocation-free (`tests/allocations.rs`).

use sha2::{Digest, Sha256};

use super::envelope::{EventHash, EventId, LoggedEvent};
use super::event::Event;
use crate::ProgramId;

/// The domain tag every hash starts with; a future format that hashes differently changes it.
const DOMAIN: &[u8] = b"pain-reprocessing event log 2\n";

/// Why a stored log's envelopes do not hold together. Each names the first event that does not
/// match: its content, its order or its presence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ChainError {
    /// The event's `seq` is not its position: an event was removed, inserted or moved before it.
    #[error(
        "event {index} has seq {seq}; events are numbered by position, so one is missing, added or moved"
    )]
    Sequence {
        /// The 0-based position.
        index: usize,
        /// The `seq` stored.
        seq: u64,
    },
    /// Two events have the same id.
    #[error("event {index} has id {id}, already the id of event {first}; ids are unique in a log")]
    DuplicateId {
        /// The later event's position.
        index: usize,
        /// The id.
        id: EventId,
        /// The first event with it.
        first: usize,
    },
    /// An id of the form `seq-<n>` at another position than `n`: reserved for the event at `n`.
    #[error(
        "event {index} has the id {id}, reserved for the event applied without an id at that seq"
    )]
    ReservedId {
        /// The event's position.
        index: usize,
        /// The id.
        id: EventId,
    },
    /// The stored hash is not the one its content and the events before give: the event or one
    /// before it was edited, reordered, inserted or removed.
    #[error(
        "event {index} does not match its hash: it, or the order or presence of the events before it, was changed"
    )]
    Broken {
        /// The first event whose hash does not match.
        index: usize,
    },
    /// The head hash an app kept is not in the log: its tail was cut or the log was rewritten.
    #[error(
        "the log has {events} events and none has the head hash kept for it; its tail was cut or it was rewritten"
    )]
    HeadNotFound {
        /// How many events the log has.
        events: usize,
    },
}

impl ChainError {
    /// The index of the first event to blame, if one is.
    pub fn index(&self) -> Option<usize> {
        match self {
            ChainError::Sequence { index, .. }
            | ChainError::DuplicateId { index, .. }
            | ChainError::ReservedId { index, .. }
            | ChainError::Broken { index } => Some(*index),
            ChainError::HeadNotFound { .. } => None,
        }
    }
}

/// The hash the first event of program `program` chains to.
pub(super) fn genesis(program: &ProgramId) -> EventHash {
    let mut hasher = Sha256::new();
    hasher.update(DOMAIN);
    hasher.update(b"genesis\n");
    hasher.update(program.as_str().as_bytes());
    EventHash(hasher.finalize().into())
}

/// Feeds what is written into the hasher.
struct Feed<'a>(&'a mut Sha256);

impl std::io::Write for Feed<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl std::fmt::Write for Feed<'_> {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0.update(text.as_bytes());
        Ok(())
    }
}

/// The hash of `event` at `seq` with id `id` (`None`: `seq-<seq>`), after `prev`. Allocates
/// nothing.
pub(super) fn link(prev: &EventHash, seq: u64, id: Option<&EventId>, event: &Event) -> EventHash {
    let mut hasher = Sha256::new();
    hasher.update(DOMAIN);
    hasher.update(prev.as_bytes());
    hasher.update(seq.to_be_bytes());
    match id {
        Some(id) => hasher.update(id.as_str().as_bytes()),
        None => {
            let _ = std::fmt::Write::write_fmt(&mut Feed(&mut hasher), format_args!("seq-{seq}"));
        }
    }
    hasher.update(b"\n");
    // Serializing a typed event to JSON cannot fail (no map with non-string keys, no I/O error
    // from the hasher); were it to, the hash would not match on read and the log be refused.
    let _ = serde_json::to_writer(Feed(&mut hasher), event);
    EventHash(hasher.finalize().into())
}

/// Checks the envelopes of `events`, the log of program `program`: `seq` is the position, ids are
/// unique and `seq-<n>` only at `n`, and every hash is the chain's. Reports the first event that
/// does not match.
///
/// # Errors
///
/// The [`ChainError`] of the first event that does not match.
pub(super) fn verify(program: &ProgramId, events: &[LoggedEvent]) -> Result<(), ChainError> {
    let mut prev = genesis(program);
    let mut seen: std::collections::HashMap<&str, usize> =
        std::collections::HashMap::with_capacity(events.len());
    for (index, logged) in events.iter().enumerate() {
        if logged.seq() != index as u64 {
            return Err(ChainError::Sequence {
                index,
                seq: logged.seq(),
            });
        }
        let id = logged.id();
        if let Some(reserved) = id.reserved_seq()
            && reserved != Ok(index as u64)
        {
            return Err(ChainError::ReservedId {
                index,
                id: id.clone(),
            });
        }
        if let Some(&first) = seen.get(id.as_str()) {
            return Err(ChainError::DuplicateId {
                index,
                id: id.clone(),
                first,
            });
        }
        seen.insert(id.as_str(), index);
        let own = id.reserved_seq().is_none().then_some(id);
        let expected = link(&prev, index as u64, own, logged.event());
        if expected != *logged.hash() {
            return Err(ChainError::Broken { index });
        }
        prev = expected;
    }
    Ok(())
}

/// Checks that `head`, a hash an app kept when the log had some length, is the hash of one of
/// `events`, so the log still holds everything it held then.
pub(super) fn check_head(events: &[LoggedEvent], head: &EventHash) -> Result<(), ChainError> {
    if events.iter().rev().any(|logged| logged.hash() == head) {
        Ok(())
    } else {
        Err(ChainError::HeadNotFound {
            events: events.len(),
        })
    }
}
