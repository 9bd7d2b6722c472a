//! [`Program::apply`](super::Program::apply): the guards and the transitions.
//!
//! Every handler checks everything first and changes the program only once all checks passed, so a
//! refused event leaves the program exactly as it was. `dispatch.rs` holds `apply` itself, the
//! checks every event meets and the helpers the handlers share; each other file holds the handlers
//! of one concept.

mod assessment;
mod dispatch;
mod goal;
mod instrument_set;
mod migration;
mod safety;
mod screening;
mod session;
