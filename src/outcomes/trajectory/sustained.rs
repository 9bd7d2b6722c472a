//! Responder questions over a [`Trajectory`]: the status at one timepoint and whether a response
//! was sustained ([`SustainedResponse`]).

use super::Trajectory;
use crate::outcomes::{
    Change, NotEvaluableReason, OutcomesError, ResponderContext, ResponderDefinition,
    ResponderStatus, Timepoint,
};
use crate::tagged::tagged_enum;

tagged_enum! {
/// Whether a patient stayed a responder from a timepoint on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SustainedResponse {
    tag = "status", wire = SustainedResponseWire;
    /// A responder at every administered timepoint from `from` through `through`.
    Sustained = "sustained" {
        /// Where the run starts.
        from: Timepoint,
        /// The last administered timepoint.
        through: Timepoint,
    },
    /// Not a responder at `first_miss`.
    NotSustained = "not_sustained" {
        /// The first administered timepoint, from the start on, without a response.
        first_miss: Timepoint,
    },
    /// No administration at the starting timepoint.
    NoDataAt = "no_data_at" {
        /// The starting timepoint.
        timepoint: Timepoint,
    },
    /// No timepoint failed, but one could not be evaluated.
    NotEvaluable = "not_evaluable" {
        /// The first timepoint that could not be evaluated.
        at: Timepoint,
        /// Why.
        why: NotEvaluableReason,
    },
}
}

impl Trajectory {
    /// Whether the patient was a responder at `timepoint`; `Ok(None)` when nothing was administered
    /// then.
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn responder_status_at(
        &self,
        timepoint: Timepoint,
        definition: &ResponderDefinition,
        context: &ResponderContext<'_>,
    ) -> Result<Option<ResponderStatus>, OutcomesError> {
        Ok(self
            .change_at(timepoint)?
            .map(|change| definition.evaluate(&change, context)))
    }

    /// Whether the patient was a responder at every administered timepoint from `from` on.
    ///
    /// `from` itself must have an administration ([`SustainedResponse::NoDataAt`] otherwise); later
    /// timepoints without an administration are skipped, as nothing says the response lapsed.
    /// One non-response decides [`SustainedResponse::NotSustained`]; otherwise one timepoint that
    /// cannot be evaluated makes the answer [`SustainedResponse::NotEvaluable`].
    ///
    /// # Errors
    ///
    /// [`OutcomesError::NoBaseline`] without a baseline administration.
    pub fn sustained_response(
        &self,
        from: Timepoint,
        definition: &ResponderDefinition,
        context: &ResponderContext<'_>,
    ) -> Result<SustainedResponse, OutcomesError> {
        let baseline = self.baseline_measurement()?;
        if self.at(from).is_none() {
            return Ok(SustainedResponse::NoDataAt { timepoint: from });
        }
        let mut unevaluable = None;
        let mut through = from;
        for administration in self.administrations.iter().filter(|a| a.timepoint >= from) {
            let change = Change::between(&baseline, &self.measurement(administration))?;
            through = administration.timepoint;
            match definition.evaluate(&change, context) {
                ResponderStatus::Responder => {}
                ResponderStatus::NonResponder => {
                    return Ok(SustainedResponse::NotSustained {
                        first_miss: administration.timepoint,
                    });
                }
                ResponderStatus::NotEvaluable { why } => {
                    unevaluable.get_or_insert((administration.timepoint, why));
                }
            }
        }
        Ok(match unevaluable {
            Some((at, why)) => SustainedResponse::NotEvaluable { at, why },
            None => SustainedResponse::Sustained { from, through },
        })
    }
}
