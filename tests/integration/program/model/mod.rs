//! An independent reference model of the Boulder program: plain counters and a phase, written
//! from the documented rules (docs/state-machine.md), not from the crate's code.
//!
//! - [`fixtures`]: responses, assessments, the protocol and outcomes the model uses;
//! - [`attempts`]: what a step tries, and the strategies that generate steps;
//! - [`reference`]: the model itself, and the event each attempt becomes;
//! - [`agreement`]: the property that the program agrees with the model.

mod agreement;
mod attempts;
mod fixtures;
mod reference;

use self::{attempts::*, fixtures::*, reference::*};
