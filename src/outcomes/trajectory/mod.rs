//! [`Trajectory`]: one patient's administrations of one instrument over time.
//!
//! - `administration`: [`Administration`] (timepoint, optional date, value) and [`DatedMeasurement`];
//! - `series`: [`Trajectory`] itself, its ordering rules and the changes from baseline;
//! - `sustained`: responder status at a timepoint and [`SustainedResponse`].

mod administration;
mod series;
mod sustained;
#[cfg(test)]
mod tests;

pub use self::administration::{Administration, DatedMeasurement};
pub use self::series::Trajectory;
pub use self::sustained::SustainedResponse;
