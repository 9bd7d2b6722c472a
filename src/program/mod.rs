//! The program state machine: one patient's path through one protocol, from referral to follow-up.
//!
//! A [`Program`] changes only through [`Program::apply`], one [`Event`] at a time. Guards decide:
//! screening cannot be skipped, treatment cannot start without a baseline, sessions are completed
//! in order and once, assessments are recorded only when due and with the instruments the protocol
//! lists, time never goes backwards, and a completed, withdrawn or discharged program accepts
//! nothing. A rejected event leaves the program exactly as it was and says why.
//!
//! Safety comes first. A safety flag on any recorded score (PHQ-9 item 9 above 0 or unanswered), a
//! crisis at screening, or a reported concern puts the program on a **safety hold** that pre-empts
//! every stage; only a clinician's recorded resolution lifts it, and nothing else (not a pause, not
//! a discharge, not a protocol migration) can move the program while it holds.
//!
//! Every accepted event is appended to the history; [`Program::replay`] rebuilds the identical
//! program from it, and a stored program is checked against its own history when read from JSON.
//!
//! ```
//! use chrono::{DateTime, Utc};
//! use pain_reprocessing::program::{Program, ProgramState, Stage};
//! use pain_reprocessing::protocol::Protocol;
//! use pain_reprocessing::{PatientId, ProgramId};
//!
//! let protocol = Protocol::boulder_back_pain_study();
//! let program = Program::new(ProgramId::new("prog-1")?, PatientId::new("pt-1")?, protocol);
//! assert_eq!(program.state(), ProgramState::Active { stage: Stage::Referred });
//!
//! let now: DateTime<Utc> = "2026-01-05T09:00:00Z".parse()?;
//! let due = program.next_actions(now);
//! assert_eq!(due[0].to_string(), "screen the intake");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod apply;
mod chain;
mod envelope;
mod error;
mod event;
mod legacy;
mod locate;
mod log;
mod machine;
mod next;
mod read;
mod record;
mod report;
#[cfg(feature = "seal")]
mod seal;
mod state;
mod summary;
mod table;
mod transition;
mod upgrade;
mod void;

pub use self::chain::ChainError;
pub use self::envelope::{EventHash, EventId, HashFormatError, LoggedEvent};
pub use self::error::{MigrationMismatch, TransitionError, VoidError};
pub use self::event::{
    Actor, EarlyEndReason, Event, EventKind, EventType, LateEntry, ProtocolMigration, SafetyConcern,
};
pub use self::legacy::{LegacyRule, ReplayFinding};
pub use self::log::{EventLog, LogError, ReplayError};
pub use self::machine::Program;
pub use self::next::{Action, NextAction};
pub use self::record::{RecordError, Recorded};
pub use self::report::{GoalReport, ProgramReport};
#[cfg(feature = "seal")]
pub use self::seal::{MIN_SEAL_KEY_BYTES, Seal, SealError, SealFormatError, SealKey, SealKeyError};
pub use self::state::{DischargeReason, ProgramState, Stage, StateKind, WithdrawalReason};
pub(crate) use self::summary::upgrade_outcome_summary_v1;
pub use self::summary::{InstrumentOutcome, OutcomeSummary, default_responder_definition};
pub use self::table::{is_allowed, state_diagram};
pub use self::transition::{AutomaticEffect, Transition};
pub(crate) use self::upgrade::log_v1_to_v2;
pub use self::void::VoidedEvent;

#[cfg(test)]
mod tests;
