//! [`PlannedSession`]: one session of a protocol's plan.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

// For the doc link of `PlannedSession` (its text is the schema's description, which must not change).
#[cfg(doc)]
use super::Protocol;
use crate::exercises::PrtComponent;
use crate::sessions::{Modality, SessionKind};

/// One planned session of a protocol. Its number is its 1-based position in
/// [`Protocol::sessions`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct PlannedSession {
    pub(super) kind: SessionKind,
    pub(super) modality: Modality,
    #[schemars(range(min = 1, max = 240))]
    pub(super) minutes: u16,
    pub(super) focus: Vec<PrtComponent>,
}

impl PlannedSession {
    /// A session of `kind`, held by `modality`, planned for `minutes`, focused on `focus`.
    /// The length is checked when the protocol is built.
    pub fn new(
        kind: SessionKind,
        modality: Modality,
        minutes: u16,
        focus: impl IntoIterator<Item = PrtComponent>,
    ) -> PlannedSession {
        PlannedSession {
            kind,
            modality,
            minutes,
            focus: focus.into_iter().collect(),
        }
    }

    /// What kind of session it is.
    pub fn kind(&self) -> SessionKind {
        self.kind
    }

    /// How it is held.
    pub fn modality(&self) -> Modality {
        self.modality
    }

    /// Planned length in minutes (1-240).
    pub fn minutes(&self) -> u16 {
        self.minutes
    }

    /// The PRT components the session focuses on.
    pub fn focus(&self) -> &[PrtComponent] {
        &self.focus
    }

    /// Whether this is part of the evaluation phase (a physician evaluation and education session).
    pub fn is_evaluation(&self) -> bool {
        self.kind == SessionKind::PhysicianEvaluation
    }
}
