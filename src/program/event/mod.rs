//! Events: everything that can happen to a program, with its time and who did it. A map:
//!
//! - [`timed`]: [`Event`], what happened, when and by whom, and its constructors;
//! - [`kind`]: [`EventKind`], the tagged payload, and [`EventType`], its name;
//! - [`actor`]: [`Actor`], who caused it;
//! - [`payload`]: [`EarlyEndReason`], [`LateEntry`] and [`ProtocolMigration`], parts of payloads;
//! - [`concern`]: [`SafetyConcern`], the reasons for a safety hold, and the concerns recorded
//!   answers and scores raise.

/// For the intra-doc links of the submodules (`super::Program`).
#[cfg(doc)]
use super::Program;

mod actor;
mod concern;
mod kind;
mod payload;
mod timed;

pub use self::actor::Actor;
pub use self::concern::SafetyConcern;
pub(super) use self::concern::{response_signals, score_signals};
pub use self::kind::{EventKind, EventType};
pub use self::payload::{EarlyEndReason, LateEntry, ProtocolMigration};
pub use self::timed::Event;
