//! [`Transition`]: what an accepted event changed, with its [`AutomaticEffect`].

use super::ProgramState;

/// Something an event did besides moving the state by its own meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutomaticEffect {
    /// A safety hold began (a flagged score, a crisis at screening, or a raised concern).
    SafetyHoldEntered,
    /// The last planned treatment session was completed, or treatment ended early; the
    /// post-treatment assessment is now due.
    TreatmentFinished,
    /// The last scheduled assessment was recorded; the program is complete.
    ProgramCompleted,
    /// Missed sessions reached the protocol's limit; a clinician review is due.
    MissedSessionsReviewDue,
}

/// Plain lowercase words for a clinician: `safety hold entered`, `treatment finished`,
/// `program completed`, `missed sessions review due`.
impl std::fmt::Display for AutomaticEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AutomaticEffect::SafetyHoldEntered => "safety hold entered",
            AutomaticEffect::TreatmentFinished => "treatment finished",
            AutomaticEffect::ProgramCompleted => "program completed",
            AutomaticEffect::MissedSessionsReviewDue => "missed sessions review due",
        })
    }
}

/// What an accepted event changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub(super) from: ProgramState,
    pub(super) to: ProgramState,
    pub(super) effect: Option<AutomaticEffect>,
}

impl Transition {
    /// The state before.
    pub fn from(&self) -> ProgramState {
        self.from
    }

    /// The state after.
    pub fn to(&self) -> ProgramState {
        self.to
    }

    /// The automatic effect, if any.
    pub fn effect(&self) -> Option<AutomaticEffect> {
        self.effect
    }
}
