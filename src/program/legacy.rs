//! Histories recorded under event-log format 1: the leading `legacy_events` of a history, which
//! are kept even where they break a rule enforced since format 2, and reported.
//!
//! A legacy event that breaks a format-2 rule is applied as before and a [`ReplayFinding`] with its
//! index is recorded ([`Program::replay_findings`](super::Program::replay_findings)); the same
//! event applied new is refused with a typed [`TransitionError`](super::TransitionError). Safety
//! is never relaxed: a safety signal found in a legacy event puts the program on hold and is
//! reported as a finding.

use std::fmt;

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

/// `event 3: …`.
impl fmt::Display for ReplayFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "event {}: {}", self.index, self.rule)
    }
}

/// The rule a legacy event breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LegacyRule {
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
            LegacyRule::UnflaggedSafetyTotal {
                timepoint,
                score,
                item_at_least,
            } => write!(
                f,
                "the {} score at {timepoint} has a total of {}, which proves item 9 answered at least {item_at_least}, but carries no safety flag; the program is put on a safety hold",
                score.instrument(),
                score.total()
            ),
        }
    }
}
