//! Protocol templates: what a PRT program consists of, before any patient is enrolled in it.
//!
//! A [`Protocol`] is data: the planned sessions in order (physician evaluation first, then therapy),
//! the cadence the therapy sessions keep, the assessment schedule (baseline, post-treatment and
//! follow-ups, each with its instruments and a tolerance window) and the program rules. The
//! [`program`](crate::program) state machine reads it to decide what may happen next.
//!
//! ```
//! use pain_reprocessing::protocol::Protocol;
//!
//! let boulder = Protocol::boulder_back_pain_study();
//! assert_eq!(boulder.sessions().len(), 9); // 1 physician evaluation + 8 PRT sessions
//! assert_eq!(boulder.treatment_session_count(), 8);
//! assert_eq!(boulder.cadence().sessions_per_week(), 2);
//! assert_eq!(boulder.assessments().len(), 7); // baseline, post-treatment, +1, +2, +3, +6, +12 months
//! ```
//!
//! Build your own with [`Protocol::builder`]; every rule is checked once, in
//! [`ProtocolBuilder::build`], and when a protocol is read from JSON.

mod assessment;
mod builder;
mod cadence;
mod error;
mod form;
mod id;
mod migrate;
mod presets;
mod rules;
mod session;
mod template;
#[cfg(test)]
mod tests;

pub use self::assessment::AssessmentSpec;
pub use self::builder::ProtocolBuilder;
pub use self::cadence::Cadence;
pub use self::error::ProtocolError;
pub use self::form::AssessmentForm;
pub use self::id::ProtocolId;
pub(crate) use self::migrate::upgrade_protocol_v1;
pub use self::rules::ProgramRules;
pub use self::session::PlannedSession;
pub use self::template::Protocol;
