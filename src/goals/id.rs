//! [`GoalId`].

use crate::id::identifier;

identifier! {
    /// Identifies a treatment goal within a program, such as `goal-1`.
    GoalId, "goal id", redacted: false
}
