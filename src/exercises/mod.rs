//! The PRT technique catalog and the practice log: what a person practises and how it felt.
//!
//! Pain Reprocessing Therapy has five named components (clinical reference §1.4 `[S8]` `[S9]`),
//! modelled as [`PrtComponent`]. The crate's catalog, [`ExerciseKind`], lists sixteen techniques a
//! PRT program draws on, each tagged with the components it serves, its [`ModalityFamily`], a
//! planning default for its length and a short description written for this crate. An app adds its
//! own techniques as a [`CustomExercise`] without forking the crate; both kinds are an [`Exercise`].
//!
//! A [`PracticeLog`] records one practice: which exercise, when, for how long, guided or not, and
//! optional 0-10 pain and fear ratings before and after, and optionally [`SomaticTracking`] detail:
//! per body region, the sensations noticed, how they shifted, how threatening they felt and the
//! emotions or memories that came up.
//!
//! ```
//! use chrono::{DateTime, Utc};
//! use pain_reprocessing::exercises::{
//!     Exercise, ExerciseKind, Guidance, PracticeLog, PrtComponent,
//! };
//! use pain_reprocessing::Rating;
//!
//! let kind = ExerciseKind::SomaticTracking;
//! assert_eq!(kind.components(), &[PrtComponent::SomaticTracking]);
//!
//! let at: DateTime<Utc> = "2026-03-02T18:30:00Z".parse()?;
//! let log = PracticeLog::builder(Exercise::Catalog(kind), at, 12)
//!     .guidance(Guidance::SelfGuided)
//!     .pain(Rating::new(6)?, Rating::new(4)?)
//!     .fear(Rating::new(7)?, Rating::new(3)?)
//!     .build()?;
//! assert_eq!(log.pain_change(), Some(-2)); // 4 - 6
//! assert_eq!(log.fear_change(), Some(-4)); // 3 - 7
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod catalog;
mod error;
mod exercise;
mod practice;
mod somatic;

pub use self::error::ExercisesError;
pub use catalog::{ExerciseKind, MAX_EXERCISE_MINUTES, ModalityFamily, PrtComponent};
pub(crate) use exercise::unique_components;
pub use exercise::{CustomExercise, Exercise, ExerciseId, ExerciseName, MAX_NAME_CHARS};
pub use practice::{Guidance, MAX_PRACTICE_MINUTES, PracticeLog, PracticeLogBuilder};
pub use somatic::{
    EmotionTag, MAX_TRACKED_REGIONS, Sensation, SensationShift, SomaticTracking, TrackedRegion,
};
