//! [`Actor`]: who caused an event.

use crate::ClinicianId;
use crate::tagged::tagged_enum;

tagged_enum! {
/// Who caused an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Actor {
    tag = "role", wire = ActorWire;
    /// The patient (for example, a self-reported assessment in an app).
    Patient = "patient",
    /// A clinician, identified.
    Clinician = "clinician" {
        /// Who.
        id: ClinicianId,
    },
    /// The embedding system (for example, an automatic no-show after a missed appointment).
    System = "system",
}
}

impl Actor {
    /// A clinician actor.
    pub fn clinician(id: ClinicianId) -> Actor {
        Actor::Clinician { id }
    }

    /// Whether this is a clinician.
    pub fn is_clinician(&self) -> bool {
        matches!(self, Actor::Clinician { .. })
    }
}
