//! Legacy events: the leading events of a history recorded under format 1, before the rules of
//! format 2 existed.
//!
//! A stored history is never refused for a rule it could not know. An event whose index is below
//! the history's `legacy_events` count and that breaks a rule introduced in format 2 is applied as
//! format 1 applied it, and reported as a [`ReplayFinding`] (see
//! [`Program::replay_findings`](super::Program::replay_findings)). The same event applied new is
//! refused with its [`TransitionError`](super::TransitionError). Safety is never relaxed.

use std::fmt;

use chrono::{DateTime, Utc};

use crate::SessionId;
use crate::instruments::Score;
use crate::outcomes::Timepoint;

/// An event of a format-1 history that breaks a rule this crate enforces since format 2: kept, and
/// reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayFinding {
    index: usize,
    rule: LegacyRule,
}

impl ReplayFinding {
    pub(super) fn new(index: usize, rule: LegacyRule) -> ReplayFinding {
        ReplayFinding { index, rule }
    }

    /// The 0-based index of the event in the history.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The rule it breaks.
    pub fn rule(&self) -> &LegacyRule {
        &self.rule
    }
}

impl fmt::Display for ReplayFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "event {}: {}", self.index, self.rule)
    }
}

/// The rule a legacy event breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LegacyRule {
    /// An assessment recorded outside its window without a clinician's late-entry approval.
    AssessmentWindow {
        /// The assessment.
        timepoint: Timepoint,
        /// When its window opened.
        opens: DateTime<Utc>,
        /// When its window closed.
        closes: DateTime<Utc>,
        /// When it was recorded.
        at: DateTime<Utc>,
    },
    /// A protocol migration whose mapping did not count exactly the sessions completed.
    MigrationSessionCount {
        /// Sessions the patient had completed.
        done: u16,
        /// Sessions the mapping counted as completed.
        mapped: u16,
    },
    /// A session id already used for another session of the program.
    DuplicateSessionId {
        /// The id.
        session_id: SessionId,
        /// The session it was first used for.
        first_number: u16,
        /// The session it was used for again.
        number: u16,
    },
    /// A stored PHQ-9 score whose total (25-27) proves item 9 above 0 carries no suicidal-ideation
    /// flag (the other eight items reach at most 24). The event is kept and the program is put on
    /// a safety hold with [`SafetyConcern::UnflaggedScore`](super::SafetyConcern::UnflaggedScore).
    UnflaggedSafetyTotal {
        /// The assessment the score was recorded at.
        timepoint: Timepoint,
        /// The score as stored.
        score: Score,
        /// The least item-9 answer the total proves.
        item_at_least: u8,
    },
}

impl fmt::Display for LegacyRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LegacyRule::AssessmentWindow {
                timepoint,
                opens,
                closes,
                at,
            } => write!(
                f,
                "the {timepoint} assessment was recorded at {} outside its window {} to {} \
                 (assessment window rule)",
                day(*at),
                day(*opens),
                day(*closes)
            ),
            LegacyRule::MigrationSessionCount { done, mapped } => write!(
                f,
                "the protocol migration counted {mapped} sessions as completed but {done} were \
                 (migration session count rule)"
            ),
            LegacyRule::DuplicateSessionId {
                session_id,
                first_number,
                number,
            } => write!(
                f,
                "session id {session_id} of session {first_number} was used again for session \
                 {number} (unique session id rule)"
            ),
            LegacyRule::UnflaggedSafetyTotal {
                timepoint,
                score,
                item_at_least,
            } => write!(
                f,
                "the {} score at {timepoint} has a total of {}, which proves item 9 answered at \
                 least {item_at_least}, but carries no safety flag; the program is put on a safety \
                 hold",
                score.instrument(),
                score
                    .total()
                    .map(|total| total.to_string())
                    .unwrap_or_default()
            ),
        }
    }
}

/// An instant as the day and minute it names, for messages.
pub(super) fn day(at: DateTime<Utc>) -> impl fmt::Display {
    at.format("%Y-%m-%d %H:%M UTC")
}
