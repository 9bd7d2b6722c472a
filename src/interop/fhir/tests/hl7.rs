//! HL7's own examples as conformance fixtures (docs/json.md records what they showed).

use super::*;

// ---- HL7's examples -----------------------------------------------------------------------

#[test]
fn us_core_phq9_example_imports_and_scores_to_the_total_it_states() {
    let imported = read_questionnaire_response(US_CORE_PHQ9, &ReadOptions::new()).unwrap();
    let response = imported.response();
    assert_eq!(response.instrument(), InstrumentId::Phq9);
    assert_eq!(
        answers(response),
        [2, 2, 2, 2, 1, 1, 2, 0, 0].map(Some).to_vec()
    );
    let score = response.score().unwrap();
    assert_eq!(score.total().unwrap(), Decimal::from_int(12));
    assert_eq!(imported.stated_total(), Some(Decimal::from_int(12)));
    assert_eq!(score.band(), Some(Band::Moderate));
    assert!(!score.has_safety_flag());
    assert_eq!(imported.status(), ResponseStatus::Completed);
    assert_eq!(imported.authored(), Some(at("2022-11-29T20:50:32.718Z")));
}

/// The questionnaire's own total item is never scored, but never dropped either: an answer that is
/// not an object, two answers, or a number past the decimal range are refused with the item's path.
#[test]
fn a_stated_total_in_the_wrong_form_is_refused_not_dropped() {
    let example: serde_json::Value = serde_json::from_str(US_CORE_PHQ9).unwrap();
    let total = example["item"]
        .as_array()
        .unwrap()
        .iter()
        .position(|item| item["linkId"] == "/44261-6")
        .unwrap();
    let read_with = |answer: serde_json::Value| {
        let mut document = example.clone();
        document["item"][total]["answer"] = answer;
        read_questionnaire_response(&document.to_string(), &ReadOptions::new())
    };
    let path = format!("item[{total}]");
    let err = read_with(json!([[12]])).unwrap_err();
    assert!(
        matches!(&err, FhirError::Invalid { path: p, expected: "an object" } if *p == format!("{path}.answer[0]")),
        "{err}"
    );
    let err = read_with(json!([{"valueInteger": 12}, {"valueInteger": 13}])).unwrap_err();
    assert!(
        matches!(&err, FhirError::MultipleAnswers { path: p, count: 2, .. } if *p == path),
        "{err}"
    );
    let err = read_with(json!([{"valueDecimal": 5e13}])).unwrap_err();
    assert!(
        matches!(&err, FhirError::UnsupportedAnswer { path: p, found, .. }
            if *p == format!("{path}.answer[0]") && found.contains("beyond the decimal range")),
        "{err}"
    );
    let unanswered = read_with(json!([])).unwrap();
    assert_eq!(unanswered.stated_total(), None);
}

#[test]
fn sdc_questionnaire_items_carry_no_loinc_codes_so_its_linkids_need_an_item_map() {
    let map = QuestionnaireMap::from_json(SDC_QUESTIONNAIRE).unwrap();
    let options = ReadOptions::new().questionnaire(&map);
    let err = read_questionnaire_response(SDC_PROFILE_PHQ9, &options).unwrap_err();
    assert!(
        matches!(&err, FhirError::UnknownItem { link_id, instrument: InstrumentId::Phq9, .. } if link_id == "H1/T1/Q1"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "item[0].item[0]: linkId \"H1/T1/Q1\" is not an item of PHQ-9: not a crate item id, not one of its LOINC item codes, not in the item map, and the Questionnaire gives it no such code"
    );
}

fn sdc_links(map: &QuestionnaireMap) -> ReadOptions<'_> {
    (1..=9).fold(ReadOptions::new().questionnaire(map), |options, n| {
        options.link(&format!("H1/T1/Q{n}"), n)
    })
}

#[test]
fn sdc_profile_example_states_13_but_its_answers_sum_to_10() {
    let map = QuestionnaireMap::from_json(SDC_QUESTIONNAIRE).unwrap();
    // The instrument comes from the Questionnaire's total item (code 44261-6); answer codes map
    // through the contained ValueSet's ordinalValues.
    let imported = read_questionnaire_response(SDC_PROFILE_PHQ9, &sdc_links(&map)).unwrap();
    let response = imported.response();
    assert_eq!(response.instrument(), InstrumentId::Phq9);
    assert_eq!(
        answers(response),
        [0, 0, 0, 1, 2, 1, 3, 2, 1].map(Some).to_vec()
    );
    let score = response.score().unwrap();
    assert_eq!(score.total().unwrap(), Decimal::from_int(10));
    // The example's own total item says 13: the crate scores the answers, never the stated total.
    assert_eq!(imported.stated_total(), Some(Decimal::from_int(13)));
    assert_eq!(
        score.safety_flags(),
        &[SafetyFlag::SuicidalIdeation { answer: 1 }]
    );
}

#[test]
fn sdc_flat_example_names_another_questionnaire_and_codes_outside_its_valueset() {
    let map = QuestionnaireMap::from_json(SDC_QUESTIONNAIRE).unwrap();
    let err = read_questionnaire_response(SDC_FLAT_PHQ9, &sdc_links(&map)).unwrap_err();
    assert_eq!(
        err,
        FhirError::QuestionnaireMismatch {
            response: "Questionnaire/sdc-profile-example-PHQ9".to_owned(),
            given:
                "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9"
                    .to_owned(),
        }
    );
    // Even told it is that Questionnaire, the answer "Several days" (with a space) is not the
    // ValueSet's code "Several-days": refused, not guessed from its display.
    let mut flat: Value = serde_json::from_str(SDC_FLAT_PHQ9).unwrap();
    flat["questionnaire"] =
        json!("http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9");
    let err = read_questionnaire_response(&flat.to_string(), &sdc_links(&map)).unwrap_err();
    assert!(
        matches!(&err, FhirError::UnknownAnswerCode { link_id, code, .. } if link_id == "H1/T1/Q1" && code == "Several days"),
        "{err}"
    );
}

#[test]
fn a_publisher_questionnaire_with_loinc_item_codes_maps_its_linkids_without_an_item_map() {
    let mut questionnaire: Value = serde_json::from_str(SDC_QUESTIONNAIRE).unwrap();
    let codes = [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
        "44260-8",
    ];
    for (n, code) in codes.iter().enumerate() {
        questionnaire["item"][0]["item"][n]["code"] =
            json!([{"system": "http://loinc.org", "code": code}]);
    }
    let map = QuestionnaireMap::from_value(&questionnaire).unwrap();
    let options = ReadOptions::new().questionnaire(&map);
    let imported = read_questionnaire_response(SDC_PROFILE_PHQ9, &options).unwrap();
    assert_eq!(
        answers(imported.response()),
        [0, 0, 0, 1, 2, 1, 3, 2, 1].map(Some).to_vec()
    );
}

#[test]
fn inline_answer_options_with_ordinal_values_map_codes() {
    let questionnaire = json!({
        "resourceType": "Questionnaire",
        "url": "http://example.org/Questionnaire/gad",
        "code": [{"system": "http://loinc.org", "code": "69737-5"}],
        "item": (1..=7).map(|n| json!({
            "linkId": format!("g{n}"), "type": "choice",
            "answerOption": ([0, 1, 2, 3].iter().map(|v| json!({
                "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": v}],
                "valueCoding": {"system": "http://example.org/cs", "code": format!("a{v}")}
            })).collect::<Vec<_>>())
        })).collect::<Vec<_>>()
    });
    let map = QuestionnaireMap::from_value(&questionnaire).unwrap();
    let options = (1..=7).fold(ReadOptions::new().questionnaire(&map), |o, n| {
        o.link(&format!("g{n}"), n)
    });
    let response = json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "http://example.org/Questionnaire/gad|1.0",
        "status": "completed",
        "item": (1..=7).map(|n| json!({"linkId": format!("g{n}"), "answer": [{"valueCoding": {"system": "http://example.org/cs", "code": format!("a{}", n % 4)}}]})).collect::<Vec<_>>()
    });
    let imported = read_questionnaire_response(&response.to_string(), &options).unwrap();
    assert_eq!(imported.response().instrument(), InstrumentId::Gad7);
    assert_eq!(
        answers(imported.response()),
        [1, 2, 3, 0, 1, 2, 3].map(Some).to_vec()
    );
}
