//! [`Trajectory`]: one patient's administrations of one instrument over time.
//!
//! - `administration`: [`Administration`] (timepoint, optional date, value) and [`DatedMeasurement`];
//! - `series`: [`Trajectory`] itself, its ordering rules and the changes from baseline;
//! - `read`: [`Trajectory::read_cohort`], a cohort's trajectories from JSON, errors naming the
//!   patient;
//! - `sustained`: responder status at a timepoint and [`SustainedResponse`].

mod administration;
mod read;
mod series;
mod sustained;
#[cfg(test)]
mod tests;

pub use self::administration::{Administration, DatedMeasurement};
pub use self::series::Trajectory;
pub use self::sustained::SustainedResponse;
