//! The program state machine, driven from outside the crate. A map:
//!
//! - [`diagram`]: docs/state-machine.md embeds the diagram the code enforces;
//! - [`model`]: an independent reference model of the Boulder program, and the property that the
//!   program agrees with it;
//! - [`documents`]: generated program documents round-trip through their schemas;
//! - [`format1`]: documents written by event-log format 1 keep reading and replaying.

mod diagram;
mod documents;
mod format1;
mod model;
