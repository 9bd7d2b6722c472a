//! [`ProtocolError`]: why a protocol is not valid.

use crate::IdError;
use crate::instruments::InstrumentId;
use crate::outcomes::Timepoint;

/// Why a protocol is not valid. Each message names the part that is wrong and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProtocolError {
    /// Version 0 was given.
    #[error("protocol version 0 is not allowed; versions start at 1")]
    ZeroVersion,
    /// The protocol has no sessions.
    #[error("a protocol needs at least one session")]
    NoSessions,
    /// The protocol has evaluation sessions only.
    #[error("a protocol needs at least one treatment session after its evaluation sessions")]
    NoTreatmentSessions,
    /// A physician evaluation session comes after a treatment session.
    #[error(
        "session {number} is a physician evaluation after treatment began; evaluations come first"
    )]
    EvaluationAfterTreatment {
        /// The 1-based session number.
        number: u16,
    },
    /// A session's planned length is outside 1-240 minutes.
    #[error("session {number} is planned for {minutes} minutes; allowed 1-240")]
    SessionLength {
        /// The 1-based session number.
        number: u16,
        /// The planned minutes.
        minutes: u16,
    },
    /// The protocol has more sessions than a session number can carry.
    #[error("a protocol may have at most {max} sessions; this one has {count}")]
    TooManySessions {
        /// How many sessions were given.
        count: usize,
        /// The most allowed.
        max: u16,
    },
    /// Sessions per week outside 1-7.
    #[error("cadence of {per_week} sessions per week is not allowed; allowed 1-7")]
    SessionsPerWeek {
        /// The value given.
        per_week: u8,
    },
    /// A treatment window outside 1-365 days.
    #[error("treatment window of {days} days is not allowed; allowed 1-365")]
    WindowDays {
        /// The value given.
        days: u16,
    },
    /// The treatment sessions cannot be held in the window at the cadence.
    #[error(
        "{sessions} treatment sessions at {per_week} per week need {needed_days} days; the window is {window_days} days"
    )]
    CadenceDoesNotFit {
        /// Treatment sessions planned.
        sessions: u16,
        /// Sessions per week.
        per_week: u8,
        /// Days the sessions need at that cadence (rounded up to whole days).
        needed_days: u32,
        /// The window.
        window_days: u16,
    },
    /// A required timepoint (baseline or post-treatment) has no assessment.
    #[error(
        "the assessment schedule has no {timepoint} assessment; baseline and post-treatment are required"
    )]
    MissingTimepoint {
        /// The missing timepoint.
        timepoint: Timepoint,
    },
    /// A timepoint appears twice.
    #[error("the {timepoint} assessment appears twice; each timepoint is assessed once")]
    DuplicateTimepoint {
        /// The repeated timepoint.
        timepoint: Timepoint,
    },
    /// Timepoints are not in clinical order (baseline, post-treatment, then follow-ups by increasing offset).
    #[error(
        "the {next} assessment is listed after {previous}; timepoints must be in increasing order"
    )]
    TimepointsNotIncreasing {
        /// The earlier-listed timepoint.
        previous: Timepoint,
        /// The out-of-order timepoint.
        next: Timepoint,
    },
    /// A follow-up offset outside 1-120 months.
    #[error(
        "follow-up at +{months} months is not allowed; allowed 1-120 months after post-treatment"
    )]
    FollowUpOffset {
        /// The offset given.
        months: u16,
    },
    /// An assessment lists no instruments.
    #[error("the {timepoint} assessment lists no instruments")]
    NoInstruments {
        /// The timepoint.
        timepoint: Timepoint,
    },
    /// An assessment lists an instrument twice.
    #[error("the {timepoint} assessment lists {instrument} twice")]
    DuplicateInstrument {
        /// The timepoint.
        timepoint: Timepoint,
        /// The repeated instrument.
        instrument: InstrumentId,
    },
    /// An assessment's tolerance window is over 365 days.
    #[error("the {timepoint} assessment window of {days} days is too long; allowed 0-365")]
    AssessmentWindow {
        /// The timepoint.
        timepoint: Timepoint,
        /// The days given.
        days: u16,
    },
    /// The missed-sessions limit is 0.
    #[error(
        "missed sessions before review must be 1-255; 0 would trigger a review before any miss"
    )]
    MissedSessionsLimit,
    /// The primary outcome is not an instrument (or an item or subscale of one) that the
    /// post-treatment assessment lists.
    #[error(
        "the primary outcome {outcome} is not an instrument, item or subscale of the post-treatment assessment"
    )]
    PrimaryOutcomeNotAssessed {
        /// The outcome's key.
        outcome: String,
    },
    /// The protocol id is not a valid identifier.
    #[error(transparent)]
    Id(#[from] IdError),
}
