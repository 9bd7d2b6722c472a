//! The optional keyed seal over a log's head ([`Seal`], [`SealKey`], [`SealError`]; feature
//! `seal`).
//!
//! The hash chain ([`ChainError`](super::ChainError)) catches accidental and casual edits,
//! reordering and, with a kept head hash, truncation; it does not catch someone who edits the log
//! and recomputes the whole chain, since every input of the chain is in the log. A seal closes that
//! gap for an app that holds a secret key: it is HMAC-SHA-256 (RFC 2104, RustCrypto's `hmac` over
//! `sha2`) keyed by the app's [`SealKey`] over, in order:
//!
//! 1. the domain tag `pain-reprocessing event log seal 1\n`;
//! 2. the number of events sealed, as 8 bytes, big-endian;
//! 3. the head hash: the last event's chain hash, or for an empty log the genesis of its program
//!    (which already covers the program id).
//!
//! The app stores the seal apart from the log (or beside it: without the key it cannot be
//! forged) and checks it with [`EventLog::verify_seal`]. The key is never part of a document,
//! never serialized and never printed; where it lives and how it is rotated is the app's
//! responsibility (`docs/quality.md`).

use std::fmt;
use std::str::FromStr;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::chain;
use super::envelope::EventHash;
use super::log::EventLog;

/// The domain tag every seal starts with; a future layout of the seal changes it.
const DOMAIN: &[u8] = b"pain-reprocessing event log seal 1\n";

/// The fewest key bytes accepted: 32, the SHA-256 output length RFC 2104 recommends as the
/// least for an HMAC key.
pub const MIN_SEAL_KEY_BYTES: usize = 32;

/// The secret key an app seals its logs with: at least [`MIN_SEAL_KEY_BYTES`] bytes, from a
/// cryptographically secure source the app manages. Not serializable, and `Debug` shows nothing
/// of it.
///
/// ```
/// use pain_reprocessing::program::{SealKey, SealKeyError};
///
/// let key = SealKey::new(&[7u8; 32])?;
/// assert_eq!(format!("{key:?}"), "SealKey(redacted)");
/// assert_eq!(SealKey::new(b"short").unwrap_err(), SealKeyError::TooShort { bytes: 5 });
/// # Ok::<(), SealKeyError>(())
/// ```
#[derive(Clone)]
pub struct SealKey(Hmac<Sha256>);

/// Why a key was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SealKeyError {
    /// Fewer than [`MIN_SEAL_KEY_BYTES`] bytes.
    #[error("a seal key has at least 32 bytes (from a secure random source); this one has {bytes}")]
    TooShort {
        /// How many bytes were given.
        bytes: usize,
    },
}

impl SealKey {
    /// The key `bytes`.
    ///
    /// # Errors
    ///
    /// [`SealKeyError::TooShort`] below [`MIN_SEAL_KEY_BYTES`] bytes.
    pub fn new(bytes: &[u8]) -> Result<SealKey, SealKeyError> {
        if bytes.len() < MIN_SEAL_KEY_BYTES {
            return Err(SealKeyError::TooShort { bytes: bytes.len() });
        }
        // HMAC takes a key of any length, so this never fails; were it to, the key is refused.
        <Hmac<Sha256> as Mac>::new_from_slice(bytes)
            .map(SealKey)
            .map_err(|_| SealKeyError::TooShort { bytes: bytes.len() })
    }

    /// The MAC of `events` events whose head is `head`.
    fn mac(&self, events: u64, head: &EventHash) -> Hmac<Sha256> {
        let mut mac = self.0.clone();
        mac.update(DOMAIN);
        mac.update(&events.to_be_bytes());
        mac.update(head.as_bytes());
        mac
    }
}

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SealKey(redacted)")
    }
}

/// A keyed seal over a log as it stood: how many events it had and the HMAC-SHA-256 of its head
/// under the app's [`SealKey`] (over a domain tag, the event count and the head hash; see
/// `docs/quality.md`). Written as text, `<events>:<64 hexadecimal digits>`, for the app to store.
///
/// ```
/// use pain_reprocessing::program::{EventLog, Program, Seal, SealKey};
/// use pain_reprocessing::protocol::Protocol;
/// use pain_reprocessing::{PatientId, ProgramId};
///
/// let key = SealKey::new(&[42u8; 32])?;
/// let program = Program::new(ProgramId::new("p-1")?, PatientId::new("pt-1")?, Protocol::general_clinical());
/// let log = program.event_log();
/// let seal: Seal = log.seal(&key).to_string().parse()?;
/// assert_eq!(log.verify_seal(&key, &seal), Ok(()));
/// assert!(log.verify_seal(&SealKey::new(&[43u8; 32])?, &seal).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Seal {
    events: u64,
    mac: [u8; 32],
}

impl Seal {
    /// How many events the sealed log had.
    pub fn events(&self) -> u64 {
        self.events
    }
}

impl fmt::Display for Seal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.events)?;
        self.mac.iter().try_for_each(|byte| write!(f, "{byte:02x}"))
    }
}

/// A seal (MAC and event count) is not secret, so `Debug` shows it as written.
impl fmt::Debug for Seal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Seal({self})")
    }
}

/// Text that is not `<events>:<64 hexadecimal digits>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a seal is written <events>:<64 hexadecimal digits>, events a whole number")]
pub struct SealFormatError;

impl FromStr for Seal {
    type Err = SealFormatError;

    fn from_str(text: &str) -> Result<Seal, SealFormatError> {
        let (events, mac) = text.split_once(':').ok_or(SealFormatError)?;
        if events.is_empty() || !events.bytes().all(|b| b.is_ascii_digit()) {
            return Err(SealFormatError);
        }
        let events = events.parse::<u64>().map_err(|_| SealFormatError)?;
        let mac = EventHash::from_hex(mac).map_err(|_| SealFormatError)?;
        Ok(Seal {
            events,
            mac: *mac.as_bytes(),
        })
    }
}

/// Why a log does not match its seal. Never carries the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SealError {
    /// The log has another number of events than the seal covers: events were cut or added since
    /// it was sealed (seal again after every write).
    #[error(
        "the log has {events} events and its seal covers {sealed}; events were cut or added since it was sealed"
    )]
    Length {
        /// How many events the seal covers.
        sealed: u64,
        /// How many events the log has.
        events: u64,
    },
    /// The seal is not the MAC of this log's head under this key: the log was rewritten (its
    /// chain recomputed), or the seal or key is another log's.
    #[error(
        "the seal does not match the log under this key; the log was rewritten, or the seal or key belongs to another log"
    )]
    Mismatch,
}

impl EventLog {
    /// Seals the log as it stands with the app's `key` (feature `seal`): store the [`Seal`] and
    /// check it with [`verify_seal`](Self::verify_seal) when the log is read back.
    pub fn seal(&self, key: &SealKey) -> Seal {
        let (events, head) = self.sealed_head();
        Seal {
            events,
            mac: key.mac(events, &head).finalize().into_bytes().into(),
        }
    }

    /// Checks that the log is the one `seal` was made for under `key`: the same number of events
    /// and the same head, so (with the chain, checked when the log was read) every event the same.
    /// The MAC is compared in constant time (`hmac`'s `verify_slice`).
    ///
    /// # Errors
    ///
    /// [`SealError::Length`] when the log has another number of events, [`SealError::Mismatch`]
    /// when the MAC differs.
    pub fn verify_seal(&self, key: &SealKey, seal: &Seal) -> Result<(), SealError> {
        let (events, head) = self.sealed_head();
        if events != seal.events {
            return Err(SealError::Length {
                sealed: seal.events,
                events,
            });
        }
        key.mac(events, &head)
            .verify_slice(&seal.mac)
            .map_err(|_| SealError::Mismatch)
    }

    /// The number of events and the head hash a seal covers: the last event's hash, or the
    /// program's genesis for an empty log.
    fn sealed_head(&self) -> (u64, EventHash) {
        let head = self
            .head_hash()
            .copied()
            .unwrap_or_else(|| chain::genesis(self.program_id()));
        (self.events().len() as u64, head)
    }
}
