//! Builders for the program tests: instants, protocols, events and programs at each stage.

use super::*;

pub fn t0() -> DateTime<Utc> {
    "2026-01-05T09:00:00Z".parse().unwrap()
}

pub fn day(n: i64) -> DateTime<Utc> {
    t0() + TimeDelta::days(n)
}

pub fn dr() -> Actor {
    Actor::clinician(ClinicianId::new("dr-1").unwrap())
}

/// A valid response to `instrument`: every answer at the scale's minimum (NRS 3).
pub fn response(instrument: InstrumentId) -> Response {
    let definition = instrument.definition();
    let response = if instrument == InstrumentId::Nrs {
        Response::nrs(Some(3), RecallPeriod::PastWeek)
    } else {
        Response::new(
            instrument,
            &vec![Some(definition.answer_min()); definition.item_count()],
        )
    };
    response.unwrap()
}

/// The score the program derives from [`response`].
pub fn score(instrument: InstrumentId) -> Score {
    response(instrument).score().unwrap()
}

/// A PHQ-9 response whose item 9 is 1: a suicidal-ideation safety flag (§2.2).
pub fn flagged_phq9() -> Response {
    let mut answers = [Some(0); 9];
    answers[8] = Some(1);
    let response = Response::new(InstrumentId::Phq9, &answers).unwrap();
    assert!(!response.safety_flags().is_empty());
    response
}

/// A PHQ-9 response with item 9 unanswered: no score, and a safety flag.
pub fn phq9_item9_unanswered() -> Response {
    let mut answers = [Some(0); 9];
    answers[8] = None;
    Response::new(InstrumentId::Phq9, &answers).unwrap()
}

/// The one builder of scheduled assessment events in these tests.
pub fn assessment(
    timepoint: Timepoint,
    responses: impl IntoIterator<Item = Response>,
    at: DateTime<Utc>,
) -> Event {
    Event::assessment(timepoint, responses, Actor::Patient, at)
}

pub fn outcome(decision: ScreeningDecision) -> ScreeningOutcome {
    crate::testing::screening_outcome_for(&decision).unwrap()
}

pub fn ev(at: DateTime<Utc>, actor: Actor, kind: EventKind) -> Event {
    Event::new(at, actor, kind)
}

pub fn screened(at: DateTime<Utc>, decision: ScreeningDecision) -> Event {
    ev(
        at,
        dr(),
        EventKind::IntakeScreened {
            outcome: outcome(decision),
        },
    )
}

/// A response to every instrument the protocol lists at `timepoint`.
pub fn battery(protocol: &Protocol, timepoint: Timepoint) -> Vec<Response> {
    protocol
        .assessment(timepoint)
        .unwrap()
        .instruments()
        .iter()
        .map(|&i| response(i))
        .collect()
}

pub fn assess(program: &Program, at: DateTime<Utc>, timepoint: Timepoint) -> Event {
    assessment(timepoint, battery(program.protocol(), timepoint), at)
}

/// The first instant the assessment at `timepoint` may be recorded: when its window opens (the
/// anchor minus `days_before`), or `fallback` where the window is not anchored yet, and never
/// before the last event.
pub fn opens(program: &Program, timepoint: Timepoint, fallback: DateTime<Utc>) -> DateTime<Utc> {
    let opens = program
        .window(timepoint)
        .map_or(fallback, |(opens, _)| opens);
    program
        .progress
        .last_event_at
        .map_or(opens, |last| opens.max(last))
}

pub fn session(number: u16, at: DateTime<Utc>) -> Event {
    Event::session_completed(
        number,
        SessionId::new(format!("s-{number}")).unwrap(),
        ClinicianId::new("dr-1").unwrap(),
        at,
    )
}

pub fn new_program(protocol: Protocol) -> Program {
    Program::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        protocol,
    )
}

/// A program on `protocol` screened eligible on day 0 and enrolled on day 1: the baseline
/// assessment is due.
pub fn enrolled(protocol: Protocol) -> Program {
    let mut p = new_program(protocol);
    p.apply(screened(day(0), ScreeningDecision::Eligible))
        .unwrap();
    p.apply(Event::enrolled(ClinicianId::new("dr-1").unwrap(), day(1)))
        .unwrap();
    p
}

/// A Boulder program taken to `InTreatment { completed: 0 }` on day 3.
pub fn in_treatment() -> Program {
    let mut p = enrolled(Protocol::boulder_back_pain_study());
    let baseline = assess(&p, day(2), Timepoint::Baseline);
    p.apply(baseline).unwrap();
    p.apply(session(1, day(3))).unwrap();
    p
}

/// A format-2 event log or program document as format 1 stored it: version 1, no legacy prefix,
/// bare events (no `seq`, `id` or `hash`).
pub fn as_format_1(json: &serde_json::Value) -> serde_json::Value {
    let mut old = json.clone();
    old["schema_version"] = serde_json::json!(1);
    if let Some(object) = old.as_object_mut() {
        object.remove("legacy_events");
    }
    if let Some(events) = old["events"].as_array_mut() {
        for event in events {
            if let Some(object) = event.as_object_mut() {
                for key in ["seq", "id", "hash"] {
                    object.remove(key);
                }
            }
        }
    }
    old
}
