//! [`Cadence`]: how often treatment sessions are held, and the window they fit in.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How often treatment sessions are held and the window they must fit in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct Cadence {
    #[schemars(range(min = 1, max = 7))]
    pub(super) sessions_per_week: u8,
    #[schemars(range(min = 1, max = 365))]
    pub(super) window_days: u16,
}

impl Cadence {
    /// `sessions_per_week` sessions, all within `window_days` of the first treatment session.
    /// Checked when the protocol is built.
    pub const fn new(sessions_per_week: u8, window_days: u16) -> Cadence {
        Cadence {
            sessions_per_week,
            window_days,
        }
    }

    /// Target treatment sessions per week (1-7).
    pub const fn sessions_per_week(&self) -> u8 {
        self.sessions_per_week
    }

    /// Days from the first treatment session by which all must be done (1-365).
    pub const fn window_days(&self) -> u16 {
        self.window_days
    }

    /// Days after the first treatment session that session `k` (0-based among treatment sessions)
    /// is due at this cadence: `ceil(k × 7 / sessions_per_week)`.
    pub fn due_offset_days(&self, k: u16) -> u32 {
        let per_week = u32::from(self.sessions_per_week.max(1));
        (u32::from(k) * 7).div_ceil(per_week)
    }
}
