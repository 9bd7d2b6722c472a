//! Reading: item and answer forms, round trips, no panics, every bad input the issue names.

use super::*;

// ---- item and answer forms ----------------------------------------------------------------

#[test]
fn loinc_linkids_with_and_without_a_slash_nested_groups_and_unanswered_items() {
    let mut json = phq9_loinc([1, 2, 0, 1, 0, 0, 1, 0, 1]);
    json["item"][0]["item"][1]["linkId"] = json!("44255-8"); // no slash
    json["item"][0]["item"][2]
        .as_object_mut()
        .unwrap()
        .remove("answer"); // unanswered
    json["item"][0]["item"][3]["answer"] = json!([{"valueDecimal": 1.0}]);
    json["item"][0]["item"][0]["answer"] =
        json!([{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]);
    let imported = read(&json).unwrap();
    assert_eq!(
        answers(imported.response()),
        vec![
            Some(1),
            Some(2),
            None,
            Some(1),
            Some(0),
            Some(0),
            Some(1),
            Some(0),
            Some(1)
        ]
    );
}

#[test]
fn every_loinc_answer_code_reads_as_its_value() {
    for (code, value) in [
        ("LA6568-5", 0),
        ("LA6569-3", 1),
        ("LA6570-1", 2),
        ("LA6571-9", 3),
    ] {
        let mut json = phq9_loinc([0; 9]);
        json["item"][0]["item"][8]["answer"] =
            json!([{"valueCoding": {"system": "http://loinc.org", "code": code}}]);
        assert_eq!(read(&json).unwrap().response().answer(9), Some(value));
    }
}

#[test]
fn answers_nested_under_an_answer_are_read() {
    let mut json = phq9_loinc([0; 9]);
    let items = json["item"][0]["item"].take();
    json["item"] = json!([{"linkId": "intro", "answer": [{"valueBoolean": true, "item": items}]}]);
    json["item"][0]["linkId"] = json!("/44249-1"); // the panel: its own answers are not read
    assert_eq!(read(&json).unwrap().response().missing_count(), 0);
}

#[test]
fn every_catalog_instrument_reads_by_crate_linkids_and_by_its_loinc_codes() {
    for instrument in InstrumentId::ALL
        .into_iter()
        .filter(|i| i.is_fixed_response())
    {
        let definition = instrument.definition();
        let values: Vec<Option<u8>> = (0..definition.item_count())
            .map(|i| {
                let span = definition.answer_max() - definition.answer_min() + 1;
                Some(definition.answer_min() + u8::try_from(i).unwrap() % span)
            })
            .collect();
        let response = if instrument == InstrumentId::Nrs {
            Response::nrs(values[0], RecallPeriod::Now).unwrap()
        } else {
            Response::new(instrument, &values).unwrap()
        };
        let written = serde_json::to_value(questionnaire_response(&response)).unwrap();
        assert_eq!(
            read(&written).unwrap().response(),
            &response,
            "{instrument}"
        );
        // The same answers under LOINC linkIds, where the catalog has item codes.
        let coded: Vec<Value> = definition
            .items()
            .iter()
            .enumerate()
            .filter_map(|(i, _)| {
                let code = loinc_code(instrument, LoincTarget::Item(u8::try_from(i + 1).ok()?))?;
                Some(json!({"linkId": format!("/{code}"), "answer": [{"valueInteger": values[i]}]}))
            })
            .collect();
        if coded.len() == definition.item_count() {
            let json = json!({
                "resourceType": "QuestionnaireResponse",
                "questionnaire": "http://example.org/Q",
                "status": "completed",
                "item": coded
            });
            let options = ReadOptions::new().instrument(instrument);
            let imported = read_questionnaire_response(&json.to_string(), &options).unwrap();
            assert_eq!(imported.response(), &response, "{instrument} by LOINC");
        }
    }
}

#[test]
fn the_nrs_reads_through_its_loinc_code_with_the_recall_given() {
    let json = json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "http://example.org/Q/pain",
        "status": "completed",
        "item": [{"linkId": "72514-3", "answer": [{"valueInteger": 7}]}]
    });
    assert_eq!(read_err(&json), FhirError::RecallMissing);
    let options = ReadOptions::new().recall(RecallPeriod::PastWeek);
    let imported = read_questionnaire_response(&json.to_string(), &options).unwrap();
    assert_eq!(
        imported.response(),
        &Response::nrs(Some(7), RecallPeriod::PastWeek).unwrap()
    );
}

// ---- round trips --------------------------------------------------------------------------

#[test]
fn every_response_fixture_round_trips_through_a_questionnaire_response() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/schemas/fixtures/response/valid"
    );
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let response: Response = serde_json::from_str(&text).unwrap();
        let json = serde_json::to_string(&questionnaire_response(&response)).unwrap();
        let back = read_questionnaire_response(&json, &ReadOptions::new()).unwrap();
        assert_eq!(back.response(), &response, "{text}");
        count += 1;
    }
    // pain_attribution.json among them: its causes, words and codes, come back (issue #19).
    assert!(count >= 4);
}

const KEYS: &[&str] = &[
    "resourceType",
    "questionnaire",
    "status",
    "item",
    "linkId",
    "answer",
    "valueInteger",
    "valueDecimal",
    "valueCoding",
    "valueString",
    "valueQuantity",
    "value",
    "code",
    "system",
    "modifierExtension",
    "extension",
    "url",
    "valueDecimal",
    "answerOption",
    "answerValueSet",
    "contained",
    "compose",
    "include",
    "concept",
    "type",
    "authored",
    "id",
];
const TEXTS: &[&str] = &[
    "QuestionnaireResponse",
    "Questionnaire",
    "ValueSet",
    "completed",
    "entered-in-error",
    "in-progress",
    "/44250-9",
    "44260-8",
    "44261-6",
    "44249-1",
    "phq9_9",
    "nrs_recall",
    "H1/T1/Q1",
    "http://loinc.org",
    "LA6569-3",
    "#VSPHQ9",
    "group",
    "https://pain-reprocessing.example/fhir/Questionnaire/phq9",
    "https://pain-reprocessing.example/fhir/Questionnaire/nrs",
    "http://hl7.org/fhir/StructureDefinition/ordinalValue",
    "",
    "é\u{0}",
];

/// Arbitrary JSON whose keys and strings are the ones the reader looks at.
fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
    use proptest::prelude::*;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e20f64..1e20).prop_map(|f| json!(f)),
        (-2i64..30).prop_map(|n| json!(n)),
        proptest::sample::select(TEXTS).prop_map(|t| json!(t)),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((proptest::sample::select(KEYS), inner), 0..8).prop_map(
                |pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            ),
        ]
    })
}

/// A QuestionnaireResponse root with arbitrary items: gets past the outer checks.
fn plausible_response() -> impl proptest::strategy::Strategy<Value = Value> {
    use proptest::prelude::*;
    (
        proptest::sample::select(TEXTS),
        proptest::sample::select(&["completed", "in-progress", "stopped", "amended"][..]),
        proptest::collection::vec(json_value(), 0..12),
    )
        .prop_map(|(questionnaire, status, items)| {
            json!({"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status, "item": items})
        })
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(256))]

    #[test]
    fn any_response_round_trips(response in crate::testing::response()) {
        let json = serde_json::to_string(&questionnaire_response(&response)).unwrap();
        let back = read_questionnaire_response(&json, &ReadOptions::new()).unwrap();
        proptest::prop_assert_eq!(back.response(), &response);
    }

    #[test]
    fn reading_any_json_never_panics(value in json_value(), plausible in plausible_response()) {
        let _ = read_questionnaire_response(&value.to_string(), &ReadOptions::new());
        let _ = read_questionnaire_response(&plausible.to_string(), &ReadOptions::new().recall(RecallPeriod::Now));
        let map = QuestionnaireMap::from_value(&value).unwrap_or_default();
        let _ = read_questionnaire_response(&plausible.to_string(), &ReadOptions::new().questionnaire(&map).link("H1/T1/Q1", 1).link("x", 99));
    }
}

// ---- bad input ----------------------------------------------------------------------------

#[test]
fn bad_documents_get_typed_errors_naming_the_field() {
    let good = phq9_loinc([0; 9]);

    let mut wrong = good.clone();
    wrong["resourceType"] = json!("Questionnaire");
    assert_eq!(
        read_err(&wrong).to_string(),
        "resourceType is \"Questionnaire\"; expected \"QuestionnaireResponse\""
    );

    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("questionnaire");
    assert_eq!(
        read_err(&missing).to_string(),
        "questionnaire is missing; the canonical URL of the Questionnaire answered"
    );

    let mut voided = good.clone();
    voided["status"] = json!("entered-in-error");
    assert_eq!(read_err(&voided), FhirError::EnteredInError);

    let mut status = good.clone();
    status["status"] = json!("done");
    assert_eq!(
        read_err(&status).to_string(),
        "status is \"done\"; allowed in-progress, completed, amended, stopped"
    );

    let mut unknown = good.clone();
    unknown["item"][0]["item"][4]["linkId"] = json!("/12345-6");
    assert!(
        matches!(read_err(&unknown), FhirError::UnknownItem { link_id, path, .. } if link_id == "/12345-6" && path == "item[0].item[4]")
    );

    let mut text = good.clone();
    text["item"][0]["item"][2]["answer"] = json!([{"valueString": "some days, maybe"}]);
    let err = read_err(&text);
    assert_eq!(
        err.to_string(),
        "item[0].item[2].answer[0]: linkId \"/44259-0\" is answered with valueString (text); this item takes valueInteger, valueDecimal or valueCoding"
    );
    assert!(!err.to_string().contains("maybe")); // no answer text in messages

    let mut range = good.clone();
    range["item"][0]["item"][0]["answer"] = json!([{"valueInteger": 4}]);
    assert_eq!(
        read_err(&range).to_string(),
        "item[0].item[0].answer[0]: linkId \"/44250-9\" is 4; PHQ-9 answers range 0-3"
    );

    let mut fraction = good.clone();
    fraction["item"][0]["item"][0]["answer"] = json!([{"valueDecimal": 1.5}]);
    assert!(matches!(
        read_err(&fraction),
        FhirError::NotAWholeNumber { min: 0, max: 3, .. }
    ));

    let mut two = good.clone();
    two["item"][0]["item"][0]["answer"] = json!([{"valueInteger": 1}, {"valueInteger": 2}]);
    assert!(matches!(
        read_err(&two),
        FhirError::MultipleAnswers { count: 2, .. }
    ));

    let mut twice = good.clone();
    twice["item"][0]["item"][1]["linkId"] = json!("phq9_1");
    assert!(matches!(
        read_err(&twice),
        FhirError::DuplicateItem { item: 1, .. }
    ));

    let mut code = good.clone();
    code["item"][0]["item"][0]["answer"] =
        json!([{"valueCoding": {"system": "http://loinc.org", "code": "LA6573-5"}}]);
    assert!(
        matches!(read_err(&code), FhirError::UnknownAnswerCode { code, .. } if code == "LA6573-5")
    );

    let mut modifier = good.clone();
    modifier["item"][0]["item"][0]["modifierExtension"] = json!([{"url": "http://x"}]);
    assert_eq!(
        read_err(&modifier),
        FhirError::ModifierExtension {
            path: "item[0].item[0]".to_owned()
        }
    );

    let mut no_value = good.clone();
    no_value["item"][0]["item"][0]["answer"] = json!([{}]);
    assert!(
        matches!(read_err(&no_value), FhirError::Missing { path, .. } if path == "item[0].item[0].answer[0].value[x]")
    );

    assert!(matches!(
        read_questionnaire_response("{\"resourceType\":", &ReadOptions::new()),
        Err(FhirError::NotJson {
            category: "eof",
            ..
        })
    ));
}

#[test]
fn the_instrument_must_be_knowable_and_agree() {
    // Only item codes, shared by PHQ-2 and PHQ-9: the reader does not guess.
    let mut json = phq9_loinc([0; 9]);
    json["item"][0]["linkId"] = json!("group");
    assert!(matches!(
        read_err(&json),
        FhirError::UnknownInstrument { .. }
    ));

    let mut crate_url = phq9_loinc([0; 9]);
    crate_url["questionnaire"] = json!(questionnaire_url(InstrumentId::Phq9));
    let options = ReadOptions::new().instrument(InstrumentId::Gad7);
    let err = read_questionnaire_response(&crate_url.to_string(), &options).unwrap_err();
    assert!(matches!(
        err,
        FhirError::InstrumentMismatch {
            given: InstrumentId::Gad7,
            found: InstrumentId::Phq9,
            ..
        }
    ));
}

#[test]
fn an_unscorable_phq9_still_yields_its_flag() {
    let mut json = phq9_loinc([0; 9]);
    json["item"][0]["item"][8]
        .as_object_mut()
        .unwrap()
        .remove("answer");
    let response = read(&json).unwrap().response().clone();
    let flags = response.safety_flags();
    assert_eq!(
        flags.as_slice(),
        &[SafetyFlag::SafetyItemUnanswered { item: 9 }]
    );
    let context = Context::new(&PatientId::new("pt-1").unwrap(), at("2026-03-04T09:00:00Z"));
    let resource = flag(&flags.as_slice()[0], InstrumentId::Phq9, &context);
    assert_eq!(
        resource.code.coding[0].code.as_deref(),
        Some("safety_item_unanswered")
    );
}

// ---- crate responses written before the PROMIS rename (issue #19) -------------------------

/// `response` as the crate wrote it, under the Questionnaire URL of `old_id`.
fn under_old_url(response: &Response, old_id: &str) -> Value {
    let mut json = serde_json::to_value(questionnaire_response(response)).unwrap();
    json["questionnaire"] = json!(format!("{QUESTIONNAIRE_BASE}{}", old_id.replace('_', "-")));
    json
}

#[test]
fn a_boulder_sleep_response_under_its_old_url_reads_as_8a_with_its_total() {
    // 1, 2, 3, 4, 5, 1, 2, 3 on 8a: reversed 1→5, 2→4, 8:3→3 = 12; plain 3+4+5+1+2 = 15: 27.
    let answers = [1, 2, 3, 4, 5, 1, 2, 3].map(Some);
    let boulder = Response::new(InstrumentId::PromisSleepDisturbance8a, &answers).unwrap();
    let old = under_old_url(&boulder, "promis_sleep_disturbance_8b");
    let back = read(&old).unwrap();
    assert_eq!(back.response(), &boulder);
    assert_eq!(back.response().score().unwrap().total(), Some(27.into()));
    // The real 8b under its (current) URL stays 8b: 25 from the same answers.
    let real = Response::new(InstrumentId::PromisSleepDisturbance8b, &answers).unwrap();
    let back = read(&under_old_url(&real, "promis_sleep_disturbance_8b")).unwrap();
    assert_eq!(back.response(), &real);
    assert_eq!(back.response().score().unwrap().total(), Some(25.into()));
    // Items of both forms under that URL: not guessed, read as the 8b the URL names now, so
    // 8a's item is unknown there.
    let mut mixed = under_old_url(&real, "promis_sleep_disturbance_8b");
    mixed["item"][0]["linkId"] = json!("promis_sleep_1");
    assert!(matches!(
        read_err(&mixed),
        FhirError::UnknownItem { link_id, instrument: InstrumentId::PromisSleepDisturbance8b, .. }
            if link_id == "promis_sleep_1"
    ));
}

#[test]
fn a_depression_response_under_the_retired_url_reads_as_8a() {
    let answers = [1, 2, 3, 4, 5, 5, 5, 5].map(Some);
    let boulder = Response::new(InstrumentId::PromisDepression8a, &answers).unwrap();
    let back = read(&under_old_url(&boulder, "promis_depression_8b")).unwrap();
    assert_eq!(back.response(), &boulder);
    // 1+2+3+4+5+5+5+5 = 30.
    assert_eq!(back.response().score().unwrap().total(), Some(30.into()));
    // Told it is 8a, the old URL agrees; told anything else, it does not.
    let options = ReadOptions::new().instrument(InstrumentId::PromisDepression8a);
    let json = under_old_url(&boulder, "promis_depression_8b").to_string();
    assert!(read_questionnaire_response(&json, &options).is_ok());
    let options = ReadOptions::new().instrument(InstrumentId::PromisAnxiety8a);
    assert!(matches!(
        read_questionnaire_response(&json, &options),
        Err(FhirError::InstrumentMismatch {
            given: InstrumentId::PromisAnxiety8a,
            found: InstrumentId::PromisDepression8a,
            ..
        })
    ));
}
