//! [`ProgramRules`]: the rules a program applies while running a protocol.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Rules the program applies while running this protocol.
///
/// A safety flag on any recorded score (PHQ-9 item 9 above 0 or unanswered) and a newly reported
/// red flag always put the program on a safety hold; that is not configurable (clinical reference
/// §2.2 `[S35]` `[S36]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct ProgramRules {
    #[schemars(range(min = 1))]
    pub(super) missed_sessions_before_review: u8,
}

impl ProgramRules {
    /// A clinician review is due once `missed_sessions_before_review` sessions have been missed.
    /// Checked when the protocol is built (1-255).
    pub const fn new(missed_sessions_before_review: u8) -> ProgramRules {
        ProgramRules {
            missed_sessions_before_review,
        }
    }

    /// Missed sessions (no-shows) that make a clinician review due.
    pub const fn missed_sessions_before_review(&self) -> u8 {
        self.missed_sessions_before_review
    }
}

impl Default for ProgramRules {
    /// A review after 2 missed sessions: a design default, not a trial rule.
    fn default() -> ProgramRules {
        ProgramRules::new(2)
    }
}
