//! The crate-wide [`Error`], wrapping each module's own error.
//!
//! Every fallible function returns its module's precise error type (for example [`RatingError`]);
//! all of them convert into [`Error`] with `?`, so an app can use one error type at its boundary and
//! still match on the cause.

use crate::decimal::DecimalError;
use crate::exercises::ExercisesError;
use crate::id::IdError;
use crate::instruments::InstrumentError;
use crate::intake::IntakeError;
use crate::outcomes::OutcomesError;
use crate::program::{ReplayError, TransitionError};
use crate::protocol::ProtocolError;
use crate::rating::RatingError;
use crate::sessions::SessionsError;
use crate::text::NoteError;
use crate::versioning::VersionError;

/// Any error the crate reports. Each variant wraps one module's error; the message is the module's.
///
/// ```
/// use pain_reprocessing::{Error, Rating};
///
/// fn read(value: u8) -> Result<Rating, Error> {
///     Ok(Rating::new(value)?)
/// }
/// let err = read(12).unwrap_err();
/// assert!(matches!(err, Error::Rating(_)));
/// assert_eq!(err.to_string(), "rating 12 is out of range; allowed whole numbers 0-10");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A number could not become an exact [`Decimal`](crate::Decimal).
    #[error(transparent)]
    Decimal(#[from] DecimalError),
    /// A rating or percentage was out of range or malformed.
    #[error(transparent)]
    Rating(#[from] RatingError),
    /// An identifier was empty, too long or held a control character.
    #[error(transparent)]
    Id(#[from] IdError),
    /// A note was empty, too long or held a control character.
    #[error(transparent)]
    Note(#[from] NoteError),
    /// An outcome could not be computed: mismatched measurements, bad trajectories or parameters.
    #[error(transparent)]
    Outcomes(#[from] OutcomesError),
    /// An instrument response could not be built, read or scored.
    #[error(transparent)]
    Instrument(#[from] InstrumentError),
    /// An exercise or practice log was invalid.
    #[error(transparent)]
    Exercises(#[from] ExercisesError),
    /// A session plan, session record, homework or adherence request was invalid.
    #[error(transparent)]
    Sessions(#[from] SessionsError),
    /// An intake form, screening criteria or stored screening outcome was invalid.
    #[error(transparent)]
    Intake(#[from] IntakeError),
    /// A protocol broke one of its rules.
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    /// A program refused an event.
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// A program's history could not be replayed.
    #[error(transparent)]
    Replay(#[from] ReplayError),
    /// A stored document's `schema_version` is unsupported, or an older one could not be upgraded.
    #[error(transparent)]
    Version(#[from] VersionError),
    /// A treatment goal or goal entry was invalid.
    #[error(transparent)]
    Goals(#[from] crate::goals::GoalsError),
    /// A concurrent treatment or care log was invalid.
    #[error(transparent)]
    Care(#[from] crate::care::CareError),
    /// A resource, resource assignment or engagement entry was invalid.
    #[error(transparent)]
    Resources(#[from] crate::resources::ResourcesError),
}
