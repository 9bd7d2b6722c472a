//! The FHIR adapter from outside the crate: every resource kind it writes goes to
//! `target/ci-out/fhir/` for the independent R4 validation in `.ci/run`, and its readers take any
//! bytes without panicking (the robustness suite's approach: catch_unwind around arbitrary and
//! mutated documents).

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use pain_reprocessing::goals::{GoalId, GoalMeasure, TreatmentGoal};
use pain_reprocessing::instruments::{
    AttributionCategory, CodedCause, InstrumentId, RecallPeriod, Response,
};
use pain_reprocessing::intake::{IntakeForm, ScreeningCriteria, screen};
use pain_reprocessing::interop::fhir::{
    self, Context, QuestionnaireMap, ReadOptions, read_questionnaire_response,
};
use pain_reprocessing::program::{Actor, Event, EventKind, Program};
use pain_reprocessing::protocol::Protocol;
use pain_reprocessing::sessions::{Modality, SessionKind, SessionOutcome};
use pain_reprocessing::{
    ClinicianId, Note, PatientId, ProgramId, SessionId, SessionRecord, Timepoint,
};
use proptest::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::support::proptest_config;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn hl7(name: &str) -> String {
    fs::read_to_string(root().join("tests/fixtures/fhir/hl7").join(name)).unwrap()
}

fn write(dir: &Path, name: &str, resource: &impl Serialize) {
    let text = serde_json::to_string_pretty(resource).unwrap();
    fs::write(dir.join(format!("{name}.json")), text).unwrap();
}

/// A response of `instrument` whose answers climb through the answer range.
fn climbing(instrument: InstrumentId) -> Response {
    let definition = instrument.definition();
    let span = definition.answer_max() - definition.answer_min() + 1;
    let answers: Vec<Option<u8>> = (0..definition.item_count())
        .map(|i| Some(definition.answer_min() + (u8::try_from(i).unwrap() * 2 + 1) % span))
        .collect();
    match instrument {
        InstrumentId::Nrs => Response::nrs(answers[0], RecallPeriod::PastWeek).unwrap(),
        // Its causes too: one of each category and one not yet coded (issue #19).
        InstrumentId::PainAttribution => Response::pain_attribution(
            &answers,
            vec![
                CodedCause::new(
                    Note::new("old lifting injury").unwrap(),
                    Some(AttributionCategory::Peripheral),
                ),
                CodedCause::new(
                    Note::new("stress and worry").unwrap(),
                    Some(AttributionCategory::MindBrain),
                ),
                CodedCause::new(Note::new("not sure").unwrap(), None),
            ],
        )
        .unwrap(),
        _ => Response::new(instrument, &answers).unwrap(),
    }
}

fn program() -> (Program, Vec<SessionRecord>) {
    program_for(PatientId::new("mrn_000123").unwrap()) // not a FHIR id: hashed
}

/// A program of `patient` with a screening, a baseline with a safety flag, goals and sessions:
/// every resource kind of a bundle.
pub(crate) fn program_for(patient: PatientId) -> (Program, Vec<SessionRecord>) {
    let dr = ClinicianId::new("dr-1").unwrap();
    let mut program = Program::new(
        ProgramId::new("prog-1").unwrap(),
        patient,
        Protocol::general_clinical(),
    );
    let intake = IntakeForm::new(pain_reprocessing::testing::eligible_intake()).unwrap();
    let outcome = screen(&intake, &ScreeningCriteria::boulder_trial());
    program
        .apply(Event::screened(
            outcome,
            dr.clone(),
            at("2026-03-02T09:00:00Z"),
        ))
        .unwrap();
    program
        .apply(Event::enrolled(dr.clone(), at("2026-03-03T09:00:00Z")))
        .unwrap();
    let scores = [
        Response::new(InstrumentId::Peg3, &[Some(6), Some(5), Some(6)]).unwrap(),
        Response::new(InstrumentId::Phq9, &[1, 1, 2, 1, 0, 1, 0, 0, 1].map(Some)).unwrap(),
        Response::new(InstrumentId::Gad7, &[1, 1, 0, 1, 0, 1, 0].map(Some)).unwrap(),
    ];
    program
        .apply(Event::assessment(
            Timepoint::Baseline,
            scores,
            Actor::Patient,
            at("2026-03-04T09:00:00Z"),
        ))
        .unwrap();
    program
        .apply(Event::new(
            at("2026-03-04T15:00:00Z"),
            Actor::clinician(dr.clone()),
            EventKind::SafetyConcernResolved { note: None },
        ))
        .unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    for (id, measure) in [
        ("walk", GoalMeasure::count_per_week(5).unwrap()),
        (
            "mood",
            GoalMeasure::instrument_score(InstrumentId::Phq9, 4.into()).unwrap(),
        ),
    ] {
        let goal = TreatmentGoal::new(
            GoalId::new(id).unwrap(),
            Note::new("A valued activity").unwrap(),
            day(5),
            measure,
            day(30),
        )
        .unwrap();
        program
            .apply(Event::new(
                at("2026-03-05T09:00:00Z"),
                Actor::clinician(dr.clone()),
                EventKind::GoalSet { goal },
            ))
            .unwrap();
    }
    let session = SessionId::new("s-1").unwrap();
    program
        .apply(Event::new(
            at("2026-03-05T09:30:00Z"),
            Actor::clinician(dr.clone()),
            EventKind::SessionScheduled {
                number: 1,
                session_id: session.clone(),
                scheduled_for: at("2026-03-06T10:00:00Z"),
            },
        ))
        .unwrap();
    program
        .apply(Event::session_completed(
            1,
            session.clone(),
            dr,
            at("2026-03-06T11:00:00Z"),
        ))
        .unwrap();
    let mut held = SessionRecord::new(
        session,
        1,
        SessionKind::PhysicianEvaluation,
        Modality::InPerson,
        at("2026-03-06T10:00:00Z"),
    )
    .unwrap();
    held.start(at("2026-03-06T10:00:00Z"), None).unwrap();
    held.complete(SessionOutcome::new(at("2026-03-06T10:50:00Z")))
        .unwrap();
    let planned = SessionRecord::new(
        SessionId::new("s-2").unwrap(),
        2,
        SessionKind::PrtTherapy,
        Modality::Video,
        at("2026-03-09T10:00:00Z"),
    )
    .unwrap();
    (program, vec![held, planned])
}

#[test]
fn every_resource_kind_is_written_for_independent_validation() {
    let dir = std::env::var_os("FHIR_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/ci-out/fhir"));
    fs::create_dir_all(&dir).unwrap();
    for entry in fs::read_dir(&dir).unwrap() {
        fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let patient = PatientId::new("pt-1").unwrap();
    let context = Context::new(&patient, at("2026-03-04T09:00:00Z"))
        .derived_from(fhir::model::Reference::to("QuestionnaireResponse", "qr-1"));
    let mut written = 0;
    for instrument in InstrumentId::ALL {
        let questionnaire = fhir::questionnaire(instrument).unwrap();
        let name = instrument.as_str();
        write(&dir, &format!("questionnaire-{name}"), &questionnaire);
        let response = climbing(instrument);
        write(
            &dir,
            &format!("questionnaire-response-{name}"),
            &fhir::questionnaire_response(&response),
        );
        let score = response.score().unwrap();
        let out = fhir::observations(&score, Some(&response), &context, "v");
        for observation in out.observations() {
            write(&dir, observation.id.as_deref().unwrap(), observation);
        }
        for flag in &out.flags {
            write(&dir, flag.id.as_deref().unwrap(), flag);
        }
        written += 1;
    }
    // Every catalog instrument, pain attribution (its causes answered) included.
    assert_eq!(written, 21);
    let attribution =
        fs::read_to_string(dir.join("questionnaire-response-pain_attribution.json")).unwrap();
    assert!(attribution.contains(r#""valueString": "stress and worry""#));
    let mut unanswered = [Some(0); 9];
    unanswered[8] = None;
    let response = Response::new(InstrumentId::Phq9, &unanswered).unwrap();
    let flag = fhir::flag(
        &response.safety_flags().as_slice()[0],
        InstrumentId::Phq9,
        &context,
    );
    write(&dir, "flag-unanswered-item-9", &flag);
    let fixtures = root().join("docs/schemas/fixtures/treatment_goal/valid");
    for entry in fs::read_dir(fixtures).unwrap() {
        let path = entry.unwrap().path();
        let goal: TreatmentGoal =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        write(&dir, &format!("goal-{stem}"), &fhir::goal(&goal, &patient));
    }
    let (program, records) = program();
    for record in &records {
        write(
            &dir,
            &format!("encounter-{}", record.number()),
            &fhir::encounter(record, &patient),
        );
    }
    let cancelled =
        root().join("docs/schemas/fixtures/session_record/valid/cancelled_by_patient.json");
    let record: SessionRecord =
        serde_json::from_str(&fs::read_to_string(cancelled).unwrap()).unwrap();
    write(
        &dir,
        "encounter-cancelled",
        &fhir::encounter(&record, &patient),
    );
    write(&dir, "careplan", &fhir::care_plan(&program, &records));
    write(&dir, "bundle", &fhir::bundle(&program, &records));
    let count = fs::read_dir(&dir).unwrap().count();
    assert!(count > 80, "{count} files");
}

#[test]
fn the_hl7_examples_read_as_recorded_in_docs_json() {
    let us_core = read_questionnaire_response(
        &hl7("QuestionnaireResponse-phq-9-example.json"),
        &ReadOptions::new(),
    )
    .unwrap();
    assert_eq!(
        us_core
            .response()
            .score()
            .unwrap()
            .total()
            .unwrap()
            .to_string(),
        "12"
    );
    let map =
        QuestionnaireMap::from_json(&hl7("questionnaire-sdc-profile-example-PHQ9.json")).unwrap();
    let options = (1..=9).fold(ReadOptions::new().questionnaire(&map), |o, n| {
        o.link(&format!("H1/T1/Q{n}"), n)
    });
    let sdc = read_questionnaire_response(
        &hl7("questionnaireresponse-sdc-profile-example-PHQ9.json"),
        &options,
    )
    .unwrap();
    assert_eq!(
        sdc.response().score().unwrap().total().unwrap().to_string(),
        "10"
    );
    assert_eq!(
        sdc.stated_total().map(|t| t.to_string()).as_deref(),
        Some("13")
    );
}

/// Valid documents to mutate: HL7's examples and the crate's own output.
fn seeds() -> Vec<Value> {
    let mut seeds: Vec<Value> = [
        "QuestionnaireResponse-phq-9-example.json",
        "questionnaireresponse-sdc-profile-example-PHQ9.json",
        "questionnaireresponse-sdc-example-PHQ9.json",
    ]
    .iter()
    .map(|name| serde_json::from_str(&hl7(name)).unwrap())
    .collect();
    for instrument in [
        InstrumentId::Phq9,
        InstrumentId::Nrs,
        InstrumentId::BpiSf,
        InstrumentId::PainAttribution,
    ] {
        seeds.push(
            serde_json::to_value(fhir::questionnaire_response(&climbing(instrument))).unwrap(),
        );
    }
    seeds
}

/// Replaces the value at a pseudo-random place in `value` with `replacement`.
fn mutate(value: &mut Value, mut pick: usize, replacement: Value) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            let len = map.len();
            let key = map.keys().nth(pick % len).cloned().unwrap();
            pick /= len;
            if pick.is_multiple_of(3) {
                map.insert(key, replacement);
            } else if pick % 3 == 1 {
                map.remove(&key);
            } else {
                mutate(map.get_mut(&key).unwrap(), pick / 3, replacement);
            }
        }
        Value::Array(list) if !list.is_empty() => {
            let len = list.len();
            let index = pick % len;
            if (pick / len).is_multiple_of(2) {
                list[index] = replacement;
            } else {
                let copy = list[index].clone();
                list.push(copy);
                mutate(&mut list[index], pick / len / 2, replacement);
            }
        }
        other => *other = replacement,
    }
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(serde_json::json!("")),
        Just(serde_json::json!("entered-in-error")),
        Just(serde_json::json!({"valueString": "text"})),
        Just(serde_json::json!([{"valueInteger": 99}, {"valueDecimal": 0.5}])),
        Just(serde_json::json!({"modifierExtension": [{}]})),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        "[a-zA-Z0-9/.-]{0,12}".prop_map(Value::String),
    ]
}

proptest! {
    #![proptest_config(proptest_config(512))]

    #[test]
    fn the_fhir_readers_never_panic_on_mutated_documents(
        seed in 0usize..7,
        edits in proptest::collection::vec((any::<usize>(), replacement()), 1..5),
    ) {
        let mut document = seeds()[seed].clone();
        for (pick, value) in edits {
            mutate(&mut document, pick, value);
        }
        let text = document.to_string();
        let map = QuestionnaireMap::from_json(&hl7("questionnaire-sdc-profile-example-PHQ9.json")).unwrap();
        let result = catch_unwind(AssertUnwindSafe(|| {
            let _ = read_questionnaire_response(&text, &ReadOptions::new());
            let _ = read_questionnaire_response(&text, &ReadOptions::new().questionnaire(&map).link("H1/T1/Q1", 1));
            let _ = QuestionnaireMap::from_json(&text);
        }));
        prop_assert!(result.is_ok(), "panicked on {text}");
    }

    #[test]
    fn the_fhir_readers_never_panic_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let result = catch_unwind(AssertUnwindSafe(|| {
            let _ = read_questionnaire_response(&text, &ReadOptions::new());
            let _ = QuestionnaireMap::from_json(&text);
        }));
        prop_assert!(result.is_ok());
    }
}
