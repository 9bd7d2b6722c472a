//! The program state machine's tests, one file per topic; the builders are in `fixtures`, the
//! helpers shared by several topics here.

use chrono::{DateTime, TimeDelta, Utc};

use super::*;
use crate::instruments::{InstrumentId, RecallPeriod, Response, Score};
use crate::intake::{ScreeningDecision, ScreeningOutcome, Urgency};
use crate::outcomes::Timepoint;
use crate::protocol::{Cadence, Protocol, ProtocolId};
use crate::sessions::CancelledBy;
use crate::sessions::Modality;
use crate::{ClinicianId, PatientId, ProgramId, SessionId};

pub(super) mod fixtures;

use fixtures::*;

mod envelope;
mod guards;
mod holds;
mod legacy;
mod lifecycle;
mod migration;
mod next;
mod reading;
mod replay;
mod responses;
#[cfg(feature = "seal")]
mod seal;
mod summary;
mod windows;

fn stage(p: &Program) -> Stage {
    p.state().stage()
}

fn goal(id: &str) -> crate::goals::TreatmentGoal {
    use crate::goals::{GoalId, GoalMeasure, TreatmentGoal};
    TreatmentGoal::new(
        GoalId::new(id).unwrap(),
        crate::Note::new("Walk the dog around the lake again").unwrap(),
        day(3).date_naive(),
        GoalMeasure::count_per_week(4).unwrap(),
        day(60).date_naive(),
    )
    .unwrap()
}
