//! Writing: Questionnaires, Observations and Flags, Goals, Encounters, CarePlans, Bundles.

use super::*;

// ---- questionnaires -----------------------------------------------------------------------

#[test]
fn questionnaires_carry_text_only_for_public_domain_instruments() {
    for instrument in InstrumentId::ALL {
        // Every catalog instrument has one, pain attribution included (issue #19).
        let q = questionnaire(instrument).unwrap();
        let definition = instrument.definition();
        assert_eq!(q.url, questionnaire_url(instrument));
        assert!(q.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
        for (item, catalog) in q.item.iter().zip(definition.items()) {
            assert_eq!(item.link_id, catalog.id());
            if definition.licence().status() != LicenceStatus::PublicDomain {
                assert_eq!(item.text.as_deref(), Some(catalog.label()), "{instrument}");
            }
        }
        // A QuestionnaireMap of the crate's own Questionnaire reads the crate's own responses.
        let map = QuestionnaireMap::from_value(&serde_json::to_value(&q).unwrap()).unwrap();
        let min = vec![Some(definition.answer_min()); definition.item_count()];
        let response = match instrument {
            InstrumentId::Nrs => Response::nrs(min[0], RecallPeriod::Past24Hours).unwrap(),
            _ => Response::new(instrument, &min).unwrap(),
        };
        let written = serde_json::to_string(&questionnaire_response(&response)).unwrap();
        let options = ReadOptions::new().questionnaire(&map);
        let back = read_questionnaire_response(&written, &options).unwrap();
        assert_eq!(back.response(), &response, "{instrument}");
    }
    let phq9 = questionnaire(InstrumentId::Phq9).unwrap();
    assert_eq!(
        phq9.item[8].text.as_deref(),
        Some("Thoughts that you would be better off dead, or of hurting yourself in some way")
    );
    let bpi = questionnaire(InstrumentId::BpiSf).unwrap();
    assert!(bpi.copyright.unwrap().contains("Cleeland"));
}

// ---- observations and flags ---------------------------------------------------------------

fn context() -> Context {
    Context::new(&PatientId::new("pt-1").unwrap(), at("2026-03-04T09:00:00Z"))
        .derived_from(model::Reference::to("QuestionnaireResponse", "qr-1"))
}

#[test]
fn a_phq9_score_becomes_a_loinc_observation_a_panel_with_members_and_a_flag() {
    let response =
        Response::new(InstrumentId::Phq9, &[2, 2, 2, 2, 1, 1, 2, 0, 2].map(Some)).unwrap();
    let score = response.score().unwrap();
    let out = observations(&score, Some(&response), &context(), "a1");
    let total = serde_json::to_value(&out.total).unwrap();
    assert_eq!(
        total,
        json!({
            "resourceType": "Observation",
            "id": "a1-phq9-total",
            "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey", "display": "Survey"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6"}], "text": "PHQ-9 total score"},
            "subject": {"reference": "Patient/pt-1", "identifier": {"system": PATIENT_ID_SYSTEM, "value": "pt-1"}},
            "effectiveDateTime": "2026-03-04T09:00:00Z",
            "performer": [{"reference": "Patient/pt-1", "identifier": {"system": PATIENT_ID_SYSTEM, "value": "pt-1"}}],
            "valueQuantity": {"value": 14, "unit": "{score}", "system": "http://unitsofmeasure.org", "code": "{score}"},
            "interpretation": [{"coding": [{"system": BAND_SYSTEM, "code": "moderate", "display": "moderate"}], "text": "moderate"}],
            "derivedFrom": [{"reference": "QuestionnaireResponse/qr-1"}]
        })
    );
    let panel = out.panel.as_ref().unwrap();
    assert_eq!(panel.code.coding[0].code.as_deref(), Some("44249-1"));
    assert!(panel.value_quantity.is_none());
    let ids: BTreeSet<String> = out
        .observations()
        .filter_map(|o| o.id.clone())
        .map(|id| format!("Observation/{id}"))
        .collect();
    assert_eq!(panel.has_member.len(), 10);
    for member in &panel.has_member {
        assert!(ids.contains(member.reference.as_deref().unwrap()));
    }
    let item9 = &out.items[8];
    assert_eq!(item9.code.coding[0].code.as_deref(), Some("44260-8"));
    assert_eq!(
        item9.value_codeable_concept.as_ref().unwrap().coding[0]
            .code
            .as_deref(),
        Some("LA6570-1")
    );
    assert_eq!(out.flags.len(), 1);
    let flag = serde_json::to_value(&out.flags[0]).unwrap();
    assert_eq!(flag["category"][0]["coding"][0]["code"], "safety");
    assert_eq!(flag["code"]["coding"][0]["code"], "suicidal_ideation");
    assert_eq!(flag["status"], "active");
    let display = item9.value_codeable_concept.as_ref().unwrap().coding[0]
        .display
        .as_deref();
    assert_eq!(display, Some("More than half the days")); // as HL7's US Core example writes it
    assert_eq!(flag["period"]["start"], "2026-03-04T09:00:00Z");
}

#[test]
fn scores_without_a_verified_loinc_code_use_the_crate_code_system() {
    let response = Response::new(InstrumentId::BpiSf, &[Some(5); 11]).unwrap();
    let out = observations(&response.score().unwrap(), Some(&response), &context(), "b");
    assert_eq!(
        out.total.code.coding[0].system.as_deref(),
        Some(SCORE_SYSTEM)
    );
    assert_eq!(out.total.code.coding[0].code.as_deref(), Some("bpi_sf"));
    let interference = &out.total.component[1];
    assert_eq!(interference.code.coding[0].code.as_deref(), Some("77565-0"));
    assert!(out.panel.is_none() && out.items.is_empty() && out.flags.is_empty());

    let odi = Response::new(InstrumentId::Odi, &[Some(2); 10]).unwrap();
    let out = observations(&odi.score().unwrap(), None, &context(), "c");
    let quantity = out.total.value_quantity.unwrap();
    assert_eq!(
        (quantity.value.unwrap().as_i64(), quantity.code.as_deref()),
        (Some(40), Some("%"))
    );

    let peg = Response::new(InstrumentId::Peg3, &[Some(6), Some(5), Some(6)]).unwrap();
    let out = observations(&peg.score().unwrap(), Some(&peg), &context(), "d");
    assert_eq!(
        out.total.value_quantity.unwrap().value.unwrap().as_f64(),
        Some(5.67)
    );
    assert_eq!(out.panel.unwrap().has_member.len(), 1); // PEG items have no assigned codes
}

#[test]
fn a_prorated_score_says_so_in_a_note() {
    let options = crate::instruments::ScoringOptions::new(
        crate::instruments::MissingPolicy::Prorate { max_missing: 1 },
        1,
    )
    .unwrap();
    let response = Response::new(
        InstrumentId::Gad7,
        &[Some(1), Some(1), None, Some(1), Some(1), Some(1), Some(1)],
    )
    .unwrap();
    let out = observations(
        &response.score_with(&options).unwrap(),
        None,
        &context(),
        "p",
    );
    assert_eq!(
        out.total.note[0].text,
        "unanswered items: 3; the total is prorated"
    );
}

// ---- goals, encounters, care plans, bundles -------------------------------------------------

fn program() -> (Program, Vec<SessionRecord>) {
    let dr = ClinicianId::new("dr-1").unwrap();
    let mut program = Program::new(
        ProgramId::new("prog-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        Protocol::general_clinical(),
    );
    let intake = IntakeForm::new(crate::testing::eligible_intake()).unwrap();
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
    let peg = Response::new(InstrumentId::Peg3, &[Some(6), Some(5), Some(6)]).unwrap();
    let phq9 = Response::new(InstrumentId::Phq9, &[1, 1, 2, 1, 0, 1, 0, 0, 1].map(Some)).unwrap();
    let gad7 = Response::new(InstrumentId::Gad7, &[1, 1, 0, 1, 0, 1, 0].map(Some)).unwrap();
    program
        .apply(Event::assessment(
            Timepoint::Baseline,
            [peg, phq9, gad7],
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
    let goal = TreatmentGoal::new(
        GoalId::new("walk").unwrap(),
        Note::new("Walk the dog every morning").unwrap(),
        day(5),
        GoalMeasure::count_per_week(5).unwrap(),
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
    let mut record = SessionRecord::new(
        session,
        1,
        SessionKind::PhysicianEvaluation,
        Modality::Video,
        at("2026-03-06T10:00:00Z"),
    )
    .unwrap();
    record.start(at("2026-03-06T10:00:00Z"), None).unwrap();
    record
        .complete(SessionOutcome::new(at("2026-03-06T10:50:00Z")))
        .unwrap();
    (program, vec![record])
}

#[test]
fn goals_encounters_and_care_plans_map_their_statuses() {
    let (program, records) = program();
    let patient = program.patient();
    let goal = goal(&program.goals()[0], patient);
    assert_eq!(goal.lifecycle_status, "active");
    assert_eq!(
        goal.achievement_status.unwrap().coding[0].code.as_deref(),
        Some("in-progress")
    );
    let range = goal.target[0].detail_range.as_ref().unwrap();
    assert_eq!(
        range.low.as_ref().unwrap().value.as_ref().unwrap().as_i64(),
        Some(5)
    );
    assert!(range.high.is_none());

    let encounter = encounter(&records[0], patient);
    assert_eq!(encounter.status, "finished");
    assert_eq!(encounter.class.code.as_deref(), Some("VR"));
    assert_eq!(
        encounter.period.unwrap().end.as_deref(),
        Some("2026-03-06T10:50:00Z")
    );

    let plan = care_plan(&program, &records);
    assert_eq!(plan.status, "active");
    assert_eq!(plan.activity[0].detail.status, "completed");
    assert_eq!(plan.activity[1].detail.status, "not-started");
    let baseline = plan
        .activity
        .iter()
        .find(|a| {
            a.detail
                .code
                .as_ref()
                .and_then(|c| c.coding[0].code.as_deref())
                == Some("baseline")
        })
        .unwrap();
    assert_eq!(baseline.detail.status, "completed");
    assert_eq!(baseline.outcome_reference.len(), 3);
}

#[test]
fn a_bundle_has_stable_unique_ids_and_every_reference_resolves_inside_it() {
    let (program, records) = program();
    let first = serde_json::to_value(bundle(&program, &records)).unwrap();
    assert_eq!(
        first,
        serde_json::to_value(bundle(&program, &records)).unwrap()
    );
    let entries = first["entry"].as_array().unwrap();
    let mut urls = BTreeSet::new();
    for entry in entries {
        let resource = &entry["resource"];
        let id = resource["id"].as_str().unwrap();
        assert!(
            id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
            "{id}"
        );
        let url = format!(
            "{FHIR_BASE}{}/{id}",
            resource["resourceType"].as_str().unwrap()
        );
        assert_eq!(entry["fullUrl"], json!(url));
        assert!(urls.insert(url), "duplicate {id}");
    }
    fn references(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("reference") {
                    out.push(reference.clone());
                }
                map.values().for_each(|v| references(v, out));
            }
            Value::Array(list) => list.iter().for_each(|v| references(v, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    references(&first, &mut found);
    assert!(found.len() > 20);
    for reference in found {
        assert!(
            urls.contains(&format!("{FHIR_BASE}{reference}")),
            "{reference} does not resolve"
        );
    }
    let kinds: BTreeSet<&str> = entries
        .iter()
        .filter_map(|e| e["resource"]["resourceType"].as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "CarePlan",
            "Encounter",
            "Flag",
            "Goal",
            "Observation",
            "Patient",
            "Practitioner"
        ]
        .into_iter()
        .collect()
    );
}

#[test]
fn ids_are_hashed_when_app_ids_are_not_fhir_ids() {
    assert_eq!(fhir_id("pt-1"), "pt-1");
    assert_eq!(fhir_id("mrn 000123"), fhir_id("mrn 000123"));
    assert_ne!(fhir_id("mrn 000123"), fhir_id("mrn 000124"));
    assert!(fhir_id("mrn 000123").starts_with('h'));
    assert_eq!(fhir_id("mrn 000123").len(), 17);
    assert_eq!(child_id(&"x".repeat(60), "total").len(), 23);
}

#[test]
fn a_voided_event_is_not_exported() {
    let (mut program, records) = program();
    let status = |program: &Program| {
        let plan = serde_json::to_value(care_plan(program, &records)).unwrap();
        plan["activity"][0]["detail"]["status"].clone()
    };
    assert_eq!(status(&program), json!("completed"));
    let last = program.history().len() - 1;
    let id = program.event_id(last).unwrap();
    program
        .apply(Event::voided(
            id,
            Note::new("Recorded against the wrong patient").unwrap(),
            ClinicianId::new("dr-1").unwrap(),
            at("2026-03-06T12:00:00Z"),
        ))
        .unwrap();
    // The completion is voided: the session is back to booked, as the history without it says.
    assert_eq!(status(&program), json!("scheduled"));
}
