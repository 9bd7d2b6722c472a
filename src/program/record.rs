//! Writing with an id and against a known version: [`Program::record`] and
//! [`Program::apply_expecting`], the optimistic concurrency rule.
//!
//! # The concurrency rule
//!
//! A writer reads the stored log, replays it, and remembers [`Program::next_seq`]: how many events
//! it saw. To store an event it reads the stored log again and calls
//! [`apply_expecting(seen, id, event)`](Program::apply_expecting) on that fresh program: when
//! another event landed in between, the call is refused with [`RecordError::Conflict`] and nothing
//! changes; the writer shows the user what changed and tries again. An app that stores the log
//! with a compare-and-swap on the head hash (or a database transaction) gets the same guarantee
//! between reading and writing.
//!
//! A retry of a write that did land (the answer was lost) is recognised by its id: the event is
//! already in the log with the same content, so the call answers
//! [`Recorded::AlreadyRecorded`] and changes nothing, whatever `seen` was.

use super::envelope::{EventId, find};
use super::event::Event;
use super::{Program, Transition, TransitionError};

/// What [`Program::record`] or [`Program::apply_expecting`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Recorded {
    /// The event was applied and appended at `seq`.
    Applied {
        /// Its sequence number.
        seq: u64,
        /// What it changed.
        transition: Transition,
    },
    /// The log already holds this event (same id, same content) at `seq`: a retried write.
    /// Nothing changed.
    AlreadyRecorded {
        /// Where it is.
        seq: u64,
    },
}

/// Why [`Program::record`] or [`Program::apply_expecting`] refused an event. The program is
/// unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// Another event landed after the version the writer saw.
    #[error(
        "conflict: the writer saw {expected} events but the log has {actual}; read it again and retry"
    )]
    Conflict {
        /// The sequence number the writer expected its event to get.
        expected: u64,
        /// The sequence number it would get.
        actual: u64,
    },
    /// Another event already has this id.
    #[error(
        "event {index} already has the id {id} with other content; give a new event its own id"
    )]
    DuplicateId {
        /// The id.
        id: EventId,
        /// The index of the event that has it.
        index: usize,
    },
    /// Ids of the form `seq-<digits>` are the crate's, for events applied without an id.
    #[error("the id {id} has the form seq-<number>, reserved for events applied without an id")]
    ReservedId {
        /// The id.
        id: EventId,
    },
    /// The guards refused the event that would have been at `index`.
    #[error("event {index} was refused: {error}")]
    Refused {
        /// The index it would have had.
        index: usize,
        /// Why.
        error: TransitionError,
    },
}

impl RecordError {
    /// The index of the event to blame, where there is one.
    pub fn index(&self) -> Option<usize> {
        match self {
            RecordError::DuplicateId { index, .. } | RecordError::Refused { index, .. } => {
                Some(*index)
            }
            _ => None,
        }
    }
}

impl Program {
    /// Applies `event` under the app's id `id` (an idempotency key): like [`apply`](Self::apply),
    /// and a retry of an event already in the log (same id, same content) is answered
    /// [`Recorded::AlreadyRecorded`] without a change.
    ///
    /// # Errors
    ///
    /// [`RecordError::DuplicateId`] when the id is taken by an event with other content,
    /// [`RecordError::ReservedId`] for an id of the form `seq-<digits>`, and
    /// [`RecordError::Refused`] with the guard's [`TransitionError`].
    pub fn record(&mut self, id: EventId, event: Event) -> Result<Recorded, RecordError> {
        if let Some(recorded) = self.already_recorded(&id, &event)? {
            return Ok(recorded);
        }
        self.append(id, event)
    }

    /// Applies `event` under id `id` only if the log has exactly `expected` events, the
    /// [`next_seq`](Self::next_seq) the writer saw: optimistic concurrency: a writer re-reads the stored log just before writing and passes the
    /// `next_seq` it saw when it looked; another event in between is a conflict. A retry of an event already in the log is recognised first, as by
    /// [`record`](Self::record).
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// use pain_reprocessing::program::{Event, EventId, Program, RecordError};
    /// use pain_reprocessing::protocol::Protocol;
    /// use pain_reprocessing::{ClinicianId, PatientId, ProgramId};
    ///
    /// let mut program = Program::new(ProgramId::new("p-1")?, PatientId::new("pt-1")?, Protocol::general_clinical());
    /// let at: DateTime<Utc> = "2026-01-05T09:00:00Z".parse()?;
    /// let pause = |clinician: &str| Event::new(at, pain_reprocessing::program::Actor::clinician(ClinicianId::new(clinician).unwrap()),
    ///     pain_reprocessing::program::EventKind::SafetyConcernRaised {
    ///         concern: pain_reprocessing::program::SafetyConcern::Other { note: None } });
    /// program.apply_expecting(0, EventId::new("a-1")?, pause("dr-a"))?;
    /// let err = program.apply_expecting(0, EventId::new("b-1")?, pause("dr-b")).unwrap_err();
    /// assert_eq!(err, RecordError::Conflict { expected: 0, actual: 1 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RecordError::Conflict`] when the log has another number of events, and every error of
    /// [`record`](Self::record).
    pub fn apply_expecting(
        &mut self,
        expected: u64,
        id: EventId,
        event: Event,
    ) -> Result<Recorded, RecordError> {
        if let Some(recorded) = self.already_recorded(&id, &event)? {
            return Ok(recorded);
        }
        let actual = self.next_seq();
        if actual != expected {
            return Err(RecordError::Conflict { expected, actual });
        }
        self.append(id, event)
    }

    /// `Some` when the log holds `event` under `id` already; an error when `id` is taken or
    /// reserved.
    fn already_recorded(
        &self,
        id: &EventId,
        event: &Event,
    ) -> Result<Option<Recorded>, RecordError> {
        if id.reserved_seq().is_some() {
            return Err(RecordError::ReservedId { id: id.clone() });
        }
        match find(&self.ledger.envelopes, id) {
            None => Ok(None),
            Some(index) if self.history.get(index) == Some(event) => {
                Ok(Some(Recorded::AlreadyRecorded { seq: index as u64 }))
            }
            Some(index) => Err(RecordError::DuplicateId {
                id: id.clone(),
                index,
            }),
        }
    }

    fn append(&mut self, id: EventId, event: Event) -> Result<Recorded, RecordError> {
        let seq = self.next_seq();
        let transition = self.apply(event).map_err(|error| RecordError::Refused {
            index: seq as usize,
            error,
        })?;
        self.set_last_id(Some(id));
        Ok(Recorded::Applied { seq, transition })
    }
}
