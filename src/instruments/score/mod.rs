//! Scores: an exact total, subscales, band, safety flags and missing-item provenance.
//!
//! - `value`: the [`Score`] type and its serialization; `safety`, `subscale`: its parts; `schema`:
//!   its JSON Schema;
//! - `engine`: the scoring engine, which reads every rule from the instrument's definition and
//!   never allocates;
//! - `reading`: reading a stored score back, with every check a score alone allows.

mod engine;
mod reading;
mod safety;
mod schema;
mod subscale;
#[cfg(test)]
mod tests;
mod value;

pub(super) use self::engine::score;
pub(crate) use self::reading::{read_stored_scores, unflagged_safety_total};
pub use self::safety::{SafetyFlag, SafetyFlags};
pub use self::subscale::SubscaleScore;
pub use self::value::Score;
pub(super) use self::value::bits;
