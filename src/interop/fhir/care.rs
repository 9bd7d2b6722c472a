//! Goals, sessions and programs: `Goal`, `Encounter`, `CarePlan` and the whole-program `Bundle`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::{
    ActivityDetail, Bundle, BundleEntry, CarePlan, CarePlanActivity, CodeableConcept, Coding,
    Encounter, Goal, GoalTarget, Identifier, Patient, Period, Practitioner, Quantity, Range,
    Reference, Resource,
};
use super::observation::{Context, observations, patient_reference};
use super::{
    CLINICIAN_ID_SYSTEM, FHIR_BASE, GOAL_ID_SYSTEM, GOAL_MEASURE_SYSTEM, LOINC, PATIENT_ID_SYSTEM,
    PROGRAM_ID_SYSTEM, SCORE_SYSTEM, SESSION_ID_SYSTEM, SESSION_KIND_SYSTEM, TIMEPOINT_SYSTEM,
    child_id, date_time, fhir_id, loinc_code, number,
};
use crate::goals::{GoalMeasure, GoalStatus};
use crate::instruments::LoincTarget;
use crate::program::{Actor, EventKind, ProgramState, StateKind};
use crate::sessions::{Modality, SessionStatus};
use crate::{Direction, PatientId, Program, SessionRecord, Timepoint, TreatmentGoal};

const GOAL_ACHIEVEMENT: &str = "http://terminology.hl7.org/CodeSystem/goal-achievement";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

/// The snake_case JSON name of a serializable unit enum value.
fn code_of(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => code,
        _ => String::new(),
    }
}

fn timepoint_code(timepoint: Timepoint) -> String {
    match timepoint {
        Timepoint::Baseline => "baseline".to_owned(),
        Timepoint::PostTreatment => "post_treatment".to_owned(),
        Timepoint::FollowUp { months } => format!("follow_up_{months}_months"),
    }
}

/// The `Goal` of a treatment goal: lifecycle `active` (in progress, improving, worsening, no
/// change), `completed` (achieved, not achieved) or `cancelled` (abandoned); the achievement
/// status from HL7's `goal-achievement` (none for an abandoned goal); the target as a range
/// (`low` when higher is better, `high` when higher is worse) with its due date.
///
/// ```
/// use chrono::NaiveDate;
/// use pain_reprocessing::goals::{GoalId, GoalMeasure, TreatmentGoal};
/// use pain_reprocessing::{Note, PatientId, Rating};
/// use pain_reprocessing::interop::fhir::goal;
///
/// let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
/// let walk = TreatmentGoal::new(
///     GoalId::new("g1")?, Note::new("Walk the dog")?, day(2),
///     GoalMeasure::count_per_week(4)?, day(30),
/// )?;
/// let fhir = goal(&walk, &PatientId::new("pt-1")?);
/// assert_eq!(fhir.lifecycle_status, "active");
/// assert_eq!(fhir.target[0].due_date.as_deref(), Some("2026-03-30"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn goal(goal: &TreatmentGoal, patient: &PatientId) -> Goal {
    let status = goal.status();
    let lifecycle = match status {
        GoalStatus::Achieved | GoalStatus::NotAchieved => "completed",
        GoalStatus::Abandoned => "cancelled",
        _ => "active",
    };
    let achievement = match status {
        GoalStatus::InProgress => Some(("in-progress", "In Progress")),
        GoalStatus::Improving => Some(("improving", "Improving")),
        GoalStatus::Worsening => Some(("worsening", "Worsening")),
        GoalStatus::NoChange => Some(("no-change", "No Change")),
        GoalStatus::Achieved => Some(("achieved", "Achieved")),
        GoalStatus::NotAchieved => Some(("not-achieved", "Not Achieved")),
        _ => None,
    };
    let measure = goal.measure();
    let (measure_code, unit) = match measure {
        GoalMeasure::InstrumentScore { instrument, .. } => (
            loinc_code(*instrument, LoincTarget::Total)
                .map(|code| Coding::new(LOINC, code))
                .unwrap_or_else(|| Coding::new(SCORE_SYSTEM, instrument.as_str())),
            "{score}",
        ),
        GoalMeasure::CountPerWeek { .. } => {
            (Coding::new(GOAL_MEASURE_SYSTEM, "count_per_week"), "/wk")
        }
        GoalMeasure::MinutesPerWeek { .. } => (
            Coding::new(GOAL_MEASURE_SYSTEM, "minutes_per_week"),
            "min/wk",
        ),
        _ => (Coding::new(GOAL_MEASURE_SYSTEM, "rating_0_10"), "{score}"),
    };
    let bound = Quantity {
        value: Some(number(measure.target())),
        unit: Some(unit.to_owned()),
        system: Some(super::UCUM.to_owned()),
        code: Some(unit.to_owned()),
    };
    let range = match measure.direction() {
        Direction::HigherIsBetter => Range {
            low: Some(bound),
            high: None,
        },
        Direction::HigherIsWorse => Range {
            low: None,
            high: Some(bound),
        },
    };
    Goal {
        resource_type: "Goal".to_owned(),
        id: None,
        identifier: vec![Identifier {
            system: Some(GOAL_ID_SYSTEM.to_owned()),
            value: Some(goal.id().as_str().to_owned()),
        }],
        lifecycle_status: lifecycle.to_owned(),
        achievement_status: achievement.map(|(code, display)| {
            CodeableConcept::coded(
                Coding::new(GOAL_ACHIEVEMENT, code).with_display(display),
                None,
            )
        }),
        description: CodeableConcept::text(goal.activity().as_str()),
        subject: patient_reference(patient),
        start_date: Some(goal.set_on().to_string()),
        target: vec![GoalTarget {
            measure: Some(CodeableConcept::coded(measure_code, None)),
            detail_range: Some(range),
            due_date: Some(goal.due().to_string()),
        }],
    }
}

/// The `Encounter` of a session record: status `planned`, `in-progress`, `finished` or
/// `cancelled` (a no-show too: R4's Encounter has no no-show status); class `AMB` in person,
/// `VR` for video, phone and messaging; the session kind as `type`; the period it was held.
pub fn encounter(record: &SessionRecord, patient: &PatientId) -> Encounter {
    let (status, period) = match record.status() {
        SessionStatus::Scheduled => ("planned", None),
        SessionStatus::InProgress { started_at, .. } => (
            "in-progress",
            Some(Period {
                start: Some(date_time(*started_at)),
                end: None,
            }),
        ),
        SessionStatus::Completed {
            started_at,
            ended_at,
            ..
        } => (
            "finished",
            Some(Period {
                start: Some(date_time(*started_at)),
                end: Some(date_time(*ended_at)),
            }),
        ),
        _ => ("cancelled", None),
    };
    let class = match record.modality() {
        Modality::InPerson => Coding::new(ACT_CODE, "AMB").with_display("ambulatory"),
        _ => Coding::new(ACT_CODE, "VR").with_display("virtual"),
    };
    Encounter {
        resource_type: "Encounter".to_owned(),
        id: None,
        identifier: vec![Identifier {
            system: Some(SESSION_ID_SYSTEM.to_owned()),
            value: Some(record.session().as_str().to_owned()),
        }],
        status: status.to_owned(),
        class,
        kind: vec![CodeableConcept::coded(
            Coding::new(SESSION_KIND_SYSTEM, &code_of(&record.kind())),
            Some(format!("session {}", record.number())),
        )],
        subject: Some(patient_reference(patient)),
        period,
    }
}

/// How the bundle names resources of one program: `<program id>-<suffix>`, hashed when needed.
struct Ids<'p> {
    program: &'p str,
}

impl Ids<'_> {
    fn care_plan(&self) -> String {
        child_id(self.program, "careplan")
    }
    fn goal(&self, index: usize) -> String {
        child_id(self.program, &format!("goal-{}", index + 1))
    }
    fn session(&self, number: u16) -> String {
        child_id(self.program, &format!("session-{number}"))
    }
    fn event(&self, index: usize) -> String {
        child_id(self.program, &format!("e{index}"))
    }
}

/// A session's status as the program's events tell it.
fn session_statuses(program: &Program) -> BTreeMap<u16, (&'static str, Option<String>)> {
    let mut statuses = BTreeMap::new();
    // A voided event is not part of the record's content (docs/state-machine.md, corrections).
    for (_, event) in program.effective_history() {
        match event.kind() {
            EventKind::SessionScheduled {
                number,
                scheduled_for,
                ..
            } => {
                statuses.insert(*number, ("scheduled", Some(date_time(*scheduled_for))));
            }
            EventKind::SessionCompleted { number, .. } => {
                statuses.insert(*number, ("completed", None));
            }
            EventKind::SessionMissed { number } => {
                statuses.insert(*number, ("stopped", None));
            }
            EventKind::SessionCancelled { number, .. } => {
                statuses.insert(*number, ("cancelled", None));
            }
            _ => {}
        }
    }
    statuses
}

fn care_plan_status(state: ProgramState) -> &'static str {
    match state.kind() {
        StateKind::Referred
        | StateKind::Screening
        | StateKind::AwaitingMedicalEvaluation
        | StateKind::Eligible => "draft",
        StateKind::NotEligible | StateKind::Withdrawn => "revoked",
        StateKind::Paused | StateKind::SafetyHold => "on-hold",
        StateKind::Completed | StateKind::Discharged => "completed",
        _ => "active",
    }
}

/// The `CarePlan` of a program: status from the program's state (`draft` before enrolment,
/// `active`, `on-hold` when paused or on a safety hold, `completed`, `revoked` when withdrawn or
/// not eligible); one activity per planned session (`Appointment`, with its status from the
/// events: `not-started`, `scheduled`, `completed`, `stopped` for a missed session, `cancelled`)
/// and per scheduled assessment (`completed` once recorded); its goals. References use the
/// [`bundle`]'s ids, so they resolve inside the bundle.
pub fn care_plan(program: &Program, records: &[SessionRecord]) -> CarePlan {
    let ids = Ids {
        program: program.id().as_str(),
    };
    let statuses = session_statuses(program);
    let mut activity: Vec<CarePlanActivity> = program
        .protocol()
        .sessions()
        .iter()
        .enumerate()
        .map(|(index, planned)| {
            let number = u16::try_from(index + 1).unwrap_or(u16::MAX);
            let (status, scheduled) = statuses
                .get(&number)
                .cloned()
                .unwrap_or(("not-started", None));
            let held = records.iter().any(|record| record.number() == number);
            CarePlanActivity {
                outcome_reference: if held {
                    vec![Reference::to("Encounter", &ids.session(number))]
                } else {
                    Vec::new()
                },
                detail: ActivityDetail {
                    kind: Some("Appointment".to_owned()),
                    code: Some(CodeableConcept::coded(
                        Coding::new(SESSION_KIND_SYSTEM, &code_of(&planned.kind())),
                        None,
                    )),
                    status: status.to_owned(),
                    scheduled_string: scheduled,
                    description: Some(format!("session {number}")),
                },
            }
        })
        .collect();
    let recorded: BTreeMap<String, usize> = program
        .effective_history()
        .filter_map(|(index, event)| match event.kind() {
            EventKind::AssessmentRecorded { timepoint, .. }
            | EventKind::AssessmentRecordedWithoutAnswers { timepoint, .. } => {
                Some((timepoint_code(*timepoint), index))
            }
            _ => None,
        })
        .collect();
    for spec in program.protocol().assessments() {
        let code = timepoint_code(spec.timepoint());
        let event = recorded.get(&code);
        let outcome_reference = event
            .and_then(|index| program.scores_of_event(*index).map(|s| (*index, s)))
            .map(|(index, scores)| {
                scores
                    .iter()
                    .map(|score| {
                        let id = child_id(
                            &ids.event(index),
                            &format!("{}-total", super::resource_id_of(score.instrument())),
                        );
                        Reference::to("Observation", &id)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let instruments: Vec<&str> = spec
            .instruments()
            .iter()
            .map(|instrument| instrument.definition().short_name())
            .collect();
        activity.push(CarePlanActivity {
            outcome_reference,
            detail: ActivityDetail {
                kind: None,
                code: Some(CodeableConcept::coded(
                    Coding::new(TIMEPOINT_SYSTEM, &code),
                    Some(spec.timepoint().to_string()),
                )),
                status: if event.is_some() {
                    "completed"
                } else {
                    "not-started"
                }
                .to_owned(),
                scheduled_string: None,
                description: Some(format!(
                    "{} assessment: {}",
                    spec.timepoint(),
                    instruments.join(", ")
                )),
            },
        });
    }
    CarePlan {
        resource_type: "CarePlan".to_owned(),
        id: Some(ids.care_plan()),
        identifier: vec![Identifier {
            system: Some(PROGRAM_ID_SYSTEM.to_owned()),
            value: Some(program.id().as_str().to_owned()),
        }],
        status: care_plan_status(program.state()).to_owned(),
        intent: "plan".to_owned(),
        title: Some(format!(
            "Pain Reprocessing Therapy program (protocol {})",
            program.protocol().id().as_str()
        )),
        subject: patient_reference(program.patient()),
        goal: (0..program.goals().len())
            .map(|index| Reference::to("Goal", &ids.goal(index)))
            .collect(),
        activity,
    }
}

fn entry(resource_type: &str, id: &str, resource: Resource) -> BundleEntry {
    BundleEntry {
        full_url: format!("{FHIR_BASE}{resource_type}/{id}"),
        resource,
    }
}

/// A whole program as a `Bundle` of type `collection`: the Patient, the Practitioners its events
/// name, the CarePlan, a Goal per goal, an Encounter per session record, and per recorded
/// assessment the Observations (total, LOINC panel) and Flags of every score. Ids are derived from
/// the program id, the goal's position, the session number and the event's index in the
/// append-only history, so the same program always gives the same ids; every reference is
/// `Type/id` and resolves against its entry's `fullUrl` ([`FHIR_BASE`]) inside the bundle.
pub fn bundle(program: &Program, records: &[SessionRecord]) -> Bundle {
    let ids = Ids {
        program: program.id().as_str(),
    };
    let patient = program.patient();
    let patient_id = fhir_id(patient.as_str());
    let mut entries = vec![entry(
        "Patient",
        &patient_id,
        Resource::Patient(Patient {
            resource_type: "Patient".to_owned(),
            id: patient_id.clone(),
            identifier: vec![Identifier {
                system: Some(PATIENT_ID_SYSTEM.to_owned()),
                value: Some(patient.as_str().to_owned()),
            }],
        }),
    )];
    let mut clinicians: BTreeMap<String, String> = BTreeMap::new();
    for event in program.history() {
        if let Actor::Clinician { id } = event.actor() {
            clinicians.insert(fhir_id(id.as_str()), id.as_str().to_owned());
        }
    }
    for (id, clinician) in clinicians {
        entries.push(entry(
            "Practitioner",
            &id,
            Resource::Practitioner(Practitioner {
                resource_type: "Practitioner".to_owned(),
                id: id.clone(),
                identifier: vec![Identifier {
                    system: Some(CLINICIAN_ID_SYSTEM.to_owned()),
                    value: Some(clinician),
                }],
            }),
        ));
    }
    let plan = care_plan(program, records);
    let plan_id = ids.care_plan();
    entries.push(entry("CarePlan", &plan_id, Resource::CarePlan(plan)));
    for (index, treatment_goal) in program.goals().iter().enumerate() {
        let mut resource = goal(treatment_goal, patient);
        let id = ids.goal(index);
        resource.id = Some(id.clone());
        entries.push(entry("Goal", &id, Resource::Goal(resource)));
    }
    let mut seen_sessions = std::collections::BTreeSet::new();
    for record in records {
        if !seen_sessions.insert(record.number()) {
            continue;
        }
        let mut resource = encounter(record, patient);
        let id = ids.session(record.number());
        resource.id = Some(id.clone());
        entries.push(entry("Encounter", &id, Resource::Encounter(resource)));
    }
    for (index, event) in program.effective_history() {
        if let Some(scores) = program.scores_of_event(index) {
            let context = Context::from_event(patient, event);
            for score in scores {
                let out = observations(score, None, &context, &ids.event(index));
                for observation in out.observations() {
                    let id = observation.id.clone().unwrap_or_default();
                    entries.push(entry(
                        "Observation",
                        &id,
                        Resource::Observation(observation.clone()),
                    ));
                }
                for flag in out.flags {
                    let id = flag.id.clone().unwrap_or_default();
                    entries.push(entry("Flag", &id, Resource::Flag(flag)));
                }
            }
        }
    }
    Bundle {
        resource_type: "Bundle".to_owned(),
        id: child_id(program.id().as_str(), "bundle"),
        kind: "collection".to_owned(),
        entry: entries,
    }
}
