//! Strategies for the `program` types: programs driven along the legal path for a random number
//! of steps (with an occasional safety hold on the way).

use chrono::{DateTime, TimeDelta, Utc};
use proptest::prelude::*;

use super::*;
use crate::instruments::{InstrumentId, Response};
use crate::intake::ScreeningDecision;
use crate::outcomes::Timepoint;
use crate::program::{
    Action, Actor, Event, EventKind, EventLog, LateEntry, Program, ProgramReport, SafetyConcern,
};
use crate::{ClinicianId, PatientId, ProgramId, SessionId};

/// A response to `instrument` with every answer at `level` tenths of its scale.
fn response_at(instrument: InstrumentId, level: u8) -> Option<Response> {
    let definition = instrument.definition();
    let (min, max) = (definition.answer_min(), definition.answer_max());
    let answer = min + (max - min) * level.min(10) / 10;
    let response = if instrument == InstrumentId::Nrs {
        Response::nrs(Some(answer), crate::instruments::RecallPeriod::PastWeek)
    } else {
        Response::new(instrument, &vec![Some(answer); definition.item_count()])
    };
    response.ok()
}

/// The next event on the legal path from where `program` stands, or `None` when it has ended. An
/// assessment is dated no earlier than its window opens, and one after its window closed is
/// entered late with a clinician's approval.
fn next_event(program: &Program, at: DateTime<Utc>, level: u8, hold: bool) -> Option<Event> {
    let mut at = at;
    let mut late = None;
    for action in program.next_actions(at) {
        match action.action() {
            Action::RecordAssessment {
                opens: Some(opens), ..
            } if opens > at => at = opens,
            Action::AssessmentWindowClosed { .. } => {
                late = Some(LateEntry::new(
                    ClinicianId::new("dr-generated").ok()?,
                    crate::Note::new("entered late in a generated history").ok()?,
                ));
            }
            _ => {}
        }
    }
    use crate::program::{ProgramState, Stage};
    let clinician = Actor::clinician(ClinicianId::new("dr-generated").ok()?);
    let kind = match program.state() {
        ProgramState::SafetyHold { .. } => EventKind::SafetyConcernResolved { note: None },
        ProgramState::Paused { .. } => EventKind::Resumed,
        state if state.is_terminal() => return None,
        _ if hold => EventKind::SafetyConcernRaised {
            concern: SafetyConcern::Other { note: None },
        },
        state => match state.stage() {
            Stage::Referred | Stage::Screening | Stage::NotEligible => EventKind::IntakeScreened {
                outcome: screening_outcome_for(&ScreeningDecision::Eligible)?,
            },
            Stage::Eligible => EventKind::Enrolled,
            Stage::Evaluation { .. } | Stage::InTreatment { .. } => {
                let number = program.completed_sessions() + 1;
                EventKind::SessionCompleted {
                    number,
                    session_id: SessionId::new(format!("s-{number}")).ok()?,
                }
            }
            Stage::BaselineAssessment | Stage::PostTreatmentAssessment | Stage::FollowUp { .. } => {
                let timepoint = match state.stage() {
                    Stage::BaselineAssessment => Timepoint::Baseline,
                    Stage::PostTreatmentAssessment => Timepoint::PostTreatment,
                    Stage::FollowUp { next } => next,
                    _ => return None,
                };
                let instruments = program.protocol().assessment(timepoint)?.instruments();
                let responses: Option<Vec<Response>> =
                    instruments.iter().map(|&i| response_at(i, level)).collect();
                EventKind::AssessmentRecorded {
                    timepoint,
                    responses: responses?,
                    late_entry: late,
                }
            }
            _ => return None,
        },
    };
    Some(Event::new(at, clinician, kind))
}

/// Any program: a valid protocol, then up to 40 steps along the legal path, a day or more apart,
/// with scores at random levels and an occasional safety hold raised and resolved.
pub fn program() -> impl Strategy<Value = Program> {
    (
        protocol(),
        proptest::collection::vec((1_i64..=10, 0_u8..=10, prop::bool::weighted(0.05)), 0..40),
    )
        .prop_filter_map("built", |(protocol, steps)| {
            let mut program = Program::new(
                ProgramId::new("prog-generated").ok()?,
                PatientId::new("pt-generated").ok()?,
                protocol,
            );
            let mut at: DateTime<Utc> = "2026-01-05T09:00:00Z".parse().ok()?;
            for (days, level, hold) in steps {
                at = at.checked_add_signed(TimeDelta::days(days))?;
                let Some(event) = next_event(&program, at, level, hold) else {
                    break;
                };
                at = event.at();
                program.apply(event).ok()?;
            }
            Some(program)
        })
}

/// The event log of any program.
pub fn event_log() -> impl Strategy<Value = EventLog> {
    program().prop_map(|program| program.event_log())
}

/// Any event some program accepted.
pub fn event() -> impl Strategy<Value = Event> {
    (program(), any::<prop::sample::Index>()).prop_filter_map("has events", |(program, pick)| {
        let history = program.history();
        (!history.is_empty())
            .then(|| history.get(pick.index(history.len())).cloned())
            .flatten()
    })
}

/// Any program's report, as of a day or more after its last event.
pub fn program_report() -> impl Strategy<Value = ProgramReport> {
    (program(), 0_i64..=400).prop_filter_map("representable", |(program, days)| {
        let last = program.history().last().map_or_else(
            || "2026-01-05T09:00:00Z".parse().ok(),
            |event| Some(event.at()),
        )?;
        Some(program.report(last.checked_add_signed(TimeDelta::days(days))?))
    })
}
